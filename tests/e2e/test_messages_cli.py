"""The reminder loop from the command line, as Task Scheduler would run it: settings, a
gateway token in the keyring, consent, a booking, ``messages run --now`` against a local
Twilio-shaped gateway, a reply, the queue and the unconfirmed list as JSON."""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Callable, Iterator

import pytest

from tests.e2e.conftest import CliResult
from tests.e2e.test_scheduling_cli import MONDAY, clinic  # noqa: F401 (fixture)
from tests.integration.messaging.servers import FakeTwilio, inbound_sms, start_http
from tests.unit.printing.pdf_reading import pages_and_text


@pytest.fixture
def gateway() -> Iterator[tuple[FakeTwilio, str]]:
    api = FakeTwilio()
    server, url = start_http(api)
    try:
        yield api, url
    finally:
        server.shutdown()
        server.server_close()


def test_messages_run_sends_once_and_takes_replies(
    run_cli: Callable[..., CliResult],
    clinic: tuple[str, str, str],  # noqa: F811
    gateway: tuple[FakeTwilio, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    provider, _smith, _jones = clinic
    api, url = gateway
    desk = ("--user", "desk", "--json")

    def ok(*args: str, **kwargs: object) -> object:
        result = run_cli(*desk, *args, **kwargs)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    patient = ok(
        "patient",
        "add",
        "--given",
        "Ann",
        "--family",
        "Reed",
        "--birth-date",
        "1980-02-02",
        "--phone",
        "+447700900001",
    )["id"]
    refused = run_cli(*desk, "patient", "consent", patient, "--sms", "yes", "--language", "de_DE")
    assert refused.returncode == 1
    assert "'de_DE' is not a language code like de, fr or pt-BR" in refused.stderr
    assert ok("patient", "consent", patient, "--sms", "yes", "--language", "de") == {
        "patient_id": patient,
        "sms": True,
        "email": False,
        "language": "de",
    }
    here = socket.gethostname()
    for name, value in (
        ("sending_workstation", here),
        ("sms_base_url", url),
        ("sms_account", api.account),
        ("sms_from", "+441000000000"),
        ("template.reminder.de", "Hallo {name}, Termin am {date} um {time}."),
    ):
        assert ok("messages", "settings", "set", name, value) == {"name": name, "value": value}
    ok("messages", "secret", "sms", env={"CLINICDESK_MESSAGE_SECRET": api.token})
    visit = ok(
        "book",
        "--patient",
        patient,
        "--type",
        "Consultation",
        "--provider",
        provider,
        "--start",
        f"{MONDAY}T10:00",
    )["id"]
    monday = dt.date.fromisoformat(MONDAY)
    saturday = (monday - dt.timedelta(days=2)).isoformat()
    report = ok("messages", "run", "--now", f"{saturday}T10:00")
    assert (report["sent"], report["failed"]) == (1, 0)
    assert [(m["To"], m["Body"][:10]) for m in api.sent] == [("+447700900001", "Hallo Ann,")]
    api.inbound.append(
        inbound_sms("IN1", "+447700900001", "+441000000000", "C", dt.datetime.now(dt.UTC))
    )
    again = ok("messages", "run", "--now", f"{saturday}T10:10")
    assert (again["sent"], again["replies"]) == (0, 1)
    assert len(api.sent) == 1
    (sent,) = ok("messages", "list", "--status", "sent")
    assert sent["appointment_ids"] == [visit] and sent["gateway_id"].startswith("SM")
    assert sent["send_after"] == f"{saturday}T10:00:00+00:00"
    assert ok("confirm-list", "--days", "5") == []  # the one visit is confirmed
    printed = tmp_path_factory.mktemp("prints") / "confirm.pdf"
    assert ok("confirm-list", "--days", "5", "--pdf", str(printed)) == {"file": str(printed)}
    _pages, text = pages_and_text(printed.read_bytes())
    assert "Every visit is confirmed." in text
    again = run_cli(*desk, "confirm-list", "--pdf", str(printed))
    assert again.returncode == 1 and "already exists" in again.stderr
