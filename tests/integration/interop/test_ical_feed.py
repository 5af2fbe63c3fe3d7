"""The providers' live iCalendar feeds served on 127.0.0.1, fetched by a real HTTP client."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, time
from http.client import HTTPConnection
from zoneinfo import ZoneInfo

import icalendar
import pytest

from clinicdesk.domain.errors import ClinicError, PermissionDeniedError
from clinicdesk.domain.users import Role
from clinicdesk.interop.ical_feed import FeedRefusedError, feed_server
from clinicdesk.services.calendar_exchange import provider_feed
from clinicdesk.services.context import ServiceContext
from tests.integration.interop.conftest import SmallClinic, at, audit_rows
from tests.integration.interop.test_ical import book

LONDON = ZoneInfo("Europe/London")


@contextmanager
def serving(ctx: ServiceContext, *, with_names: bool = False) -> Iterator[str]:
    def feed(provider_id: str) -> bytes:
        try:
            return provider_feed(ctx, provider_id, with_names=with_names).data
        except ClinicError as error:
            status = 403 if isinstance(error, PermissionDeniedError) else 404
            raise FeedRefusedError(str(error), status) from error

    server = feed_server(feed, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def fetch(url: str, method: str = "GET") -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=10) as r:
            return r.status, r.headers["Content-Type"], r.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def test_a_calendar_app_reads_each_providers_feed_without_names(clinic: SmallClinic) -> None:
    book(clinic, at(27, 9))
    book(clinic, datetime(2026, 3, 30, 8, 0, tzinfo=UTC))  # after the clocks go forward
    with serving(clinic.ctx) as base:
        status, kind, body = fetch(f"{base}/providers/{clinic.ana.id}.ics")
        assert (status, kind) == (200, "text/calendar; charset=utf-8")
        calendar = icalendar.Calendar.from_ical(body)
        events = sorted(calendar.walk("VEVENT"), key=lambda e: e["DTSTART"].dt)
        assert [e["DTSTART"].dt.astimezone(LONDON).time() for e in events] == [time(9)] * 2
        assert b"Smith" not in body and {str(e["SUMMARY"]) for e in events} == {"Consultation"}
        # Another provider's feed holds only its own visits; a polled feed changes with the
        # bookings (a calendar app sees the new one at its next fetch).
        assert fetch(f"{base}/providers/{clinic.ben.id}.ics")[2].count(b"BEGIN:VEVENT") == 0
        book(clinic, at(27, 10), clinic.jones.id)
        assert fetch(f"{base}/providers/{clinic.ana.id}.ics")[2].count(b"BEGIN:VEVENT") == 3
        head = fetch(f"{base}/providers/{clinic.ana.id}.ics", "HEAD")
        assert head[0] == 200 and head[2] == b""
    fetched = [row for row in audit_rows(clinic.ctx) if row[0] == "export.ical"]
    assert len(fetched) == 4 and fetched[0][1] == clinic.ana.id
    with serving(clinic.ctx, with_names=True) as base:
        assert b"Consultation: J. Smith" in fetch(f"{base}/providers/{clinic.ana.id}.ics")[2]


@pytest.mark.parametrize(
    ("path", "status", "said"),
    [
        ("/providers/no-such-provider.ics", 404, b"No provider with id no-such-provider."),
        ("/providers/../../etc/passwd", 404, b"Feeds are at /providers/<id>.ics"),
        ("/", 404, b"Feeds are at"),
        ("/providers/%00.ics", 404, b"Feeds are at"),
        ("/providers/" + "a" * 5000 + ".ics", 404, b"Feeds are at"),
    ],
)
def test_anything_but_a_feed_is_a_clear_refusal(
    clinic: SmallClinic, path: str, status: int, said: bytes
) -> None:
    before = audit_rows(clinic.ctx)
    with serving(clinic.ctx) as base:
        got = fetch(base + path)
        assert got[0] == status and said in got[2] and got[1].startswith("text/plain")
        port = int(base.rsplit(":", 1)[1])
        connection = HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("POST", f"/providers/{clinic.ana.id}.ics", body=b"x")
        assert connection.getresponse().status == 501
        connection.close()
        # A page on another site whose name was rebound to 127.0.0.1 reads nothing.
        connection = HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request(
            "GET", f"/providers/{clinic.ana.id}.ics", headers={"Host": f"evil.example:{port}"}
        )
        refused = connection.getresponse()
        assert refused.status == 403 and b"BEGIN:VCALENDAR" not in refused.read()
        connection.close()
    assert [r for r in audit_rows(clinic.ctx) if r not in before and r[2] == "ok"] == []


def test_the_feed_listens_on_this_pc_only_and_keeps_the_role_rules(
    clinic: SmallClinic,
) -> None:
    server = feed_server(lambda provider_id: b"", 0)
    assert server.server_address[0] == "127.0.0.1"
    server.server_close()
    with serving(clinic.as_role(Role.RECEPTIONIST)) as base:
        status, _, body = fetch(f"{base}/providers/{clinic.ana.id}.ics")
        assert status == 403 and b"BEGIN:VCALENDAR" not in body
