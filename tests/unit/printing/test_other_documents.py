"""Week schedule, call list and recovery sheet read back from their PDFs."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from clinicdesk.printing.call_list import render_call_list
from clinicdesk.printing.models import CallList, CallListRow, RecoverySheet, WeekDay, WeekSchedule
from clinicdesk.printing.recovery_sheet import render_recovery_sheet
from clinicdesk.printing.week_schedule import render_week_schedule
from tests.unit.printing.pdf_reading import font_names, pages_and_text
from tests.unit.printing.sheets import DAY, LONDON, PRINTED, row

KEY = "-".join(f"{11 * (1000 + i):06d}" for i in range(16))


def test_week_schedule_lists_days_with_their_bookings() -> None:
    days = (
        WeekDay(DAY, "09:00-17:00", tuple(row(i) for i in range(3))),
        WeekDay(DAY + timedelta(days=1), "", ()),
        WeekDay(DAY + timedelta(days=2), "09:00-13:00", (row(3, urgency="urgent"),)),
    )
    week = WeekSchedule("Riverside", "p-ana", "Dr Ana Lee", "GP", DAY, PRINTED, days)
    pages, text = pages_and_text(render_week_schedule(week))
    assert pages == 1
    for needle in (
        "Week of 2 March 2026",
        "Monday 2 March",
        "Tuesday 3 March · not working · 0 booked",
        "Wednesday 4 March",
        "Adams, Zoë",
        "王, 芳",
        "URGENT",
        "4 appointments",
    ):
        assert needle in text, needle


def test_a_busy_week_runs_over_pages_with_numbers() -> None:
    days = tuple(
        WeekDay(DAY + timedelta(days=d), "08:00-18:00", tuple(row(i) for i in range(40)))
        for d in range(5)
    )
    week = WeekSchedule("Riverside", "p-ana", "Dr Ana Lee", "GP", DAY, PRINTED, days)
    pages, text = pages_and_text(render_week_schedule(week))
    assert pages > 3
    assert f"Page {pages} of {pages}" in text


def test_call_list_shows_what_happened_and_the_phone() -> None:
    when = datetime(2026, 3, 2, 9, 0, tzinfo=LONDON)
    rows = (
        CallListRow(
            when,
            "Mon 2026-03-02 09:00",
            "Nowak, Łukasz",
            date(1980, 1, 1),
            "07700 900123",
            "Dr Ana Lee",
            "Consultation",
            "No-show",
        ),
        CallListRow(
            when,
            "Mon 2026-03-02 10:00",
            "王, 芳",
            None,
            "07700 900124",
            "Dr Ana Lee",
            "Consultation",
            "Cancelled by patient (late)",
            "Car broke down",
            "2026-03-09 10:00",
        ),
    )
    calls = CallList("Riverside", DAY, DAY + timedelta(days=6), PRINTED, rows)
    pages, text = pages_and_text(render_call_list(calls))
    text = text.replace("\n", " ")  # cells wrap within their columns
    assert pages == 1
    for needle in (
        "No-show and cancellation call list",
        "2 March 2026 to 8 March 2026",
        "2 patients to call",
        "Nowak, Łukasz",
        "07700 900123",
        "王, 芳",
        "Cancelled by patient (late)",
        "Car broke down",
        "2026-03-09 10:00",
    ):
        assert needle in text, needle


def test_an_empty_call_list_says_so() -> None:
    _, text = pages_and_text(render_call_list(CallList("Riverside", DAY, DAY, PRINTED, ())))
    assert "Nobody to call." in text


def test_recovery_sheet_prints_every_group_numbered_in_monospace() -> None:
    data = render_recovery_sheet(
        RecoverySheet("Riverside", KEY, PRINTED, store_location="C:\\ClinicData")
    )
    pages, text = pages_and_text(data)
    assert pages == 1
    groups = KEY.split("-")
    found = re.findall(r"\b\d{6}\b", text)
    assert found == groups  # all 16, in order, nothing else six digits long
    needles = ("Recovery key", "clinicdesk unlock", "type the 16", "C:\\ClinicData", "1.", "16.")
    for needle in needles:
        assert needle in text, needle
    fonts = font_names(data)
    assert any("DejaVuSansMono-Bold" in name for name in fonts)
    assert all("+" in name for name in fonts), fonts  # embedded subsets only
