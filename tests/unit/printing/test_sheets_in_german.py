"""The week schedule, call list, recovery sheet and day sheet printed in German and read
back from the PDF: headings, columns, dates in words and the page footer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from clinicdesk.domain import i18n
from clinicdesk.printing.call_list import render_call_list
from clinicdesk.printing.day_sheet import render_day_sheet
from clinicdesk.printing.models import CallList, CallListRow, RecoverySheet, WeekDay, WeekSchedule
from clinicdesk.printing.recovery_sheet import render_recovery_sheet
from clinicdesk.printing.week_schedule import render_week_schedule
from clinicdesk.translations import install_for_command_line
from tests.unit.printing.pdf_reading import pages_and_text
from tests.unit.printing.sheets import DAY, LONDON, PRINTED, provider, row, sheet

KEY = "-".join(f"{11 * (1000 + i):06d}" for i in range(16))


@pytest.fixture(autouse=True)
def german() -> Iterator[None]:
    install_for_command_line("de")
    yield
    i18n.bind(None)


def _text(pdf: bytes) -> str:
    return " ".join(pages_and_text(pdf)[1].split())  # cells wrap within their columns


def test_the_week_schedule_prints_in_german() -> None:
    days = (
        WeekDay(DAY, "09:00-17:00", (row(0), row(1, urgency="urgent"))),
        WeekDay(DAY + timedelta(days=1), "", ()),
    )
    week = WeekSchedule("Riverside", "p-ana", "Dr Ana Lee", "GP", DAY, PRINTED, days)
    text = _text(render_week_schedule(week))
    for needle in (
        "Woche vom 2. März 2026",
        "Montag, 2. März · arbeitet 09:00-17:00 · 2 gebucht",
        "Dienstag, 3. März · arbeitet nicht · 0 gebucht",
        "Zeit Patient Geboren Telefon Art Grund Hinweise",
        "DRINGEND",
        "2 Termine",
        "Gedruckt 2026-03-02 07:45",
        "Seite 1 von 1",
    ):
        assert needle in text, (needle, text)
    assert "Week of" not in text and "booked" not in text


def test_the_call_list_prints_in_german() -> None:
    when = datetime(2026, 3, 2, 9, 0, tzinfo=LONDON)
    rows = (
        CallListRow(
            when,
            "Montag 2026-03-02 09:00",
            "Nowak, Łukasz",
            date(1980, 1, 1),
            "07700 900123",
            "Dr Ana Lee",
            "Consultation",
            "Nicht erschienen",
        ),
    )
    calls = CallList("Riverside", DAY, DAY + timedelta(days=6), PRINTED, rows)
    text = _text(render_call_list(calls))
    for needle in (
        "Anrufliste für Nichterscheinen und Absagen",
        "2. März 2026 bis 8. März 2026",
        "1 Patient anzurufen",
        "Verpasster Termin",
        "Schon neu gebucht",
        "nein",
    ):
        assert needle in text, (needle, text)
    empty = _text(render_call_list(CallList("Riverside", DAY, DAY, PRINTED, ())))
    assert "Niemand anzurufen." in empty and "0 Patienten anzurufen" in empty


def test_the_recovery_sheet_prints_in_german() -> None:
    pdf = render_recovery_sheet(
        RecoverySheet("Riverside", KEY, PRINTED, store_location="C:\\ClinicData")
    )
    text = _text(pdf)
    for needle in (
        "Wiederherstellungsschlüssel der Datenbank",
        "clinicdesk unlock",
        "Praxistresor",
        "Datenordner auf diesem Computer: C:\\ClinicData",
        "Erstellt 2026-03-02 07:45",
        "GEHEIM: Wer diesen Schlüssel hat",
    ):
        assert needle in text, (needle, text)
    assert KEY.split("-")[15] in text
    assert "Keep this sheet" not in text


def test_the_day_sheet_heading_and_provider_line_print_in_german() -> None:
    text = _text(render_day_sheet(sheet(provider(2), provider(0, pid="p-cy", name="Dr Cy Ng"))))
    for needle in (
        "Tagesliste · Montag, 2. März 2026",
        "arbeitet 08:00-12:00, 13:00-17:00 · 2 Termine",
        "Keine Termine gebucht.",
    ):
        assert needle in text, (needle, text)
