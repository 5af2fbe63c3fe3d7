"""iCalendar out (provider feed, one appointment) and busy times in, across DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from hypothesis import given, settings
from hypothesis import strategies as st

from clinicdesk.domain.errors import ValidationError
from clinicdesk.interop import ical
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.calendar_exchange import (
    export_appointment_calendar,
    export_provider_calendar,
    import_busy_times,
)
from clinicdesk.services.schedules import weekly_hours
from tests.integration.interop.conftest import SmallClinic, at, audit_rows

LONDON = ZoneInfo("Europe/London")


def book(clinic: SmallClinic, start: datetime, patient_id: str | None = None) -> str:
    return book_appointment(
        clinic.ctx,
        BookingInput(patient_id or clinic.smith.id, "Consultation", clinic.ana.id, start),
    ).appointment.id


def expanded(data: bytes, first: datetime, last: datetime) -> list:
    calendar = icalendar.Calendar.from_ical(data)
    return sorted(
        recurring_ical_events.of(calendar).between(first, last), key=lambda e: e["DTSTART"].dt
    )


def test_provider_feed_keeps_wall_clock_across_dst_and_hides_names(
    clinic: SmallClinic, out_dir: Path
) -> None:
    book(clinic, at(27, 9))  # Friday before the clocks go forward: 09:00 GMT
    book(clinic, datetime(2026, 3, 30, 8, 0, tzinfo=UTC))  # Monday after: 09:00 BST
    result = export_provider_calendar(clinic.ctx, clinic.ana.id, out_dir / "ana.ics")
    data = result.file.read_bytes()
    assert result.events == 2
    assert b"TZID=Europe/London" in data and b"BEGIN:VTIMEZONE" in data
    assert b"Smith" not in data
    events = expanded(data, datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 30, tzinfo=UTC))
    assert [e["DTSTART"].dt.astimezone(LONDON).time() for e in events] == [time(9), time(9)]
    assert [e["DTSTART"].dt.astimezone(UTC).hour for e in events] == [9, 8]
    assert all(str(e["SUMMARY"]) == "Consultation" for e in events)
    # Same rows, same bytes; names only when asked.
    again = export_provider_calendar(clinic.ctx, clinic.ana.id, out_dir / "again.ics")
    assert again.file.read_bytes() == data
    named = export_provider_calendar(
        clinic.ctx, clinic.ana.id, out_dir / "named.ics", with_names=True
    )
    assert b"Consultation: J. Smith" in named.file.read_bytes()
    assert ("export.ical", clinic.ana.id, "ok", "") in audit_rows(clinic.ctx)


def test_one_appointment_ics_for_an_email(clinic: SmallClinic, out_dir: Path) -> None:
    appointment_id = book(clinic, datetime(2026, 3, 30, 8, 0, tzinfo=UTC))
    result = export_appointment_calendar(clinic.ctx, appointment_id, out_dir / "visit.ics")
    calendar = icalendar.Calendar.from_ical(result.file.read_bytes())
    assert str(calendar["METHOD"]) == "PUBLISH"
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"{appointment_id}@clinicdesk"
    assert event["DTSTART"].dt.astimezone(LONDON).time() == time(9)
    assert str(event["SUMMARY"]) == "Consultation with Dr Ana Lee"
    assert result.first_day == date(2026, 3, 30)


BUSY = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Other//Calendar//EN\r
BEGIN:VEVENT\r
UID:weekly-meeting\r
DTSTAMP:20260301T000000Z\r
DTSTART;TZID=Europe/London:20260317T140000\r
DTEND;TZID=Europe/London:20260317T150000\r
RRULE:FREQ=WEEKLY;COUNT=4\r
EXDATE;TZID=Europe/London:20260331T140000\r
SUMMARY:Board meeting\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:weekly-meeting\r
DTSTAMP:20260301T000000Z\r
RECURRENCE-ID;TZID=Europe/London:20260324T140000\r
DTSTART;TZID=Europe/London:20260324T160000\r
DTEND;TZID=Europe/London:20260324T170000\r
SUMMARY:Board meeting (moved)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:conference\r
DTSTAMP:20260301T000000Z\r
DTSTART;VALUE=DATE:20260410\r
DTEND;VALUE=DATE:20260411\r
SUMMARY:Conference\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:reminder\r
DTSTAMP:20260301T000000Z\r
DTSTART:20260318T100000Z\r
DTEND:20260318T110000Z\r
TRANSP:TRANSPARENT\r
SUMMARY:Free time, not busy\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_busy_times_become_time_off_once(clinic: SmallClinic) -> None:
    clash = book(clinic, at(17, 14))
    preview = import_busy_times(
        clinic.ctx,
        clinic.ana.id,
        BUSY,
        first=date(2026, 3, 2),
        last=date(2026, 4, 30),
        dry_run=True,
    )
    expected = [
        (date(2026, 3, 17), time(14), time(15)),
        (date(2026, 3, 24), time(16), time(17)),  # the moved occurrence
        (date(2026, 4, 7), time(14), time(15)),  # after DST: still 14:00 on the wall
        (date(2026, 4, 10), None, None),  # all day
    ]
    assert [(p.day, p.start, p.end) for p in preview.pieces] == expected
    assert preview.added_exception_ids == ()
    assert weekly_hours(clinic.ctx, clinic.ana.id).exceptions == ()

    done = import_busy_times(
        clinic.ctx, clinic.ana.id, BUSY, first=date(2026, 3, 2), last=date(2026, 4, 30)
    )
    assert len(done.added_exception_ids) == 4
    assert done.affected_appointment_ids == (clash,)
    shown = weekly_hours(clinic.ctx, clinic.ana.id).exceptions
    assert {(e.first_day, e.start, e.end) for e in shown} == set(expected)
    again = import_busy_times(
        clinic.ctx, clinic.ana.id, BUSY, first=date(2026, 3, 2), last=date(2026, 4, 30)
    )
    assert again.added_exception_ids == () and not any(p.new for p in again.pieces)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"hello, world", "not an iCalendar file"),
        (b"\xff\xfeB\x00", "not UTF-8"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no start\r\nEND:VEVENT\r\n"
            b"END:VCALENDAR\r\n",
            "has no start",
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Mars/Olympus:20260302T090000"
            b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "unknown time zone 'Mars/Olympus'",
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260302T090000Z\r\n"
            b"RRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "cannot be expanded",
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026030\r\nEND:VEVENT\r\n"
            b"END:VCALENDAR\r\n",
            "broken DTSTART",
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260302T090000Z\r\n"
            b"DTEND:20260302T091500Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=15\r\nEND:VEVENT\r\n"
            b"END:VCALENDAR\r\n",
            "more than 5000",
        ),
        (b"BEGIN:VCALENDAR\r\n" + b"X" * (ical.MAX_CALENDAR_BYTES + 1), "larger than"),
    ],
)
def test_broken_calendars_are_refused_with_a_reason(
    clinic: SmallClinic, data: bytes, reason: str
) -> None:
    with pytest.raises(ValidationError, match=reason):
        import_busy_times(clinic.ctx, clinic.ana.id, data)
    assert weekly_hours(clinic.ctx, clinic.ana.id).exceptions == ()


_MINUTES = st.integers(min_value=0, max_value=60 * 24 * 60)


@st.composite
def busy_spans(draw: st.DrawFn) -> list[ical.BusyTime]:
    base = datetime(2026, 3, 1, tzinfo=UTC)
    spans = []
    for start_minute, length in draw(
        st.lists(st.tuples(_MINUTES, st.integers(1, 600)), max_size=6)
    ):
        start = base + timedelta(minutes=start_minute)
        spans.append(ical.BusyTime(start, start + timedelta(minutes=length)))
    for offset in draw(st.lists(st.integers(0, 59), max_size=2)):
        day = date(2026, 3, 1) + timedelta(days=offset)
        bounds_start = datetime.combine(day, time(), LONDON).astimezone(UTC)
        bounds_end = datetime.combine(day + timedelta(days=1), time(), LONDON).astimezone(UTC)
        spans.append(ical.BusyTime(bounds_start, bounds_end, (day, day)))
    return spans


@settings(max_examples=25, deadline=None)
@given(busy_spans())
def test_busy_calendar_round_trips_to_the_same_bytes(spans: list[ical.BusyTime]) -> None:
    first, last = datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)
    written = ical.busy_calendar(spans, LONDON)
    read = ical.parse_busy_times(written, first, last, LONDON)
    assert read == sorted(set(spans))
    assert ical.busy_calendar(read, LONDON) == written
