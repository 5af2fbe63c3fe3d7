"""Recurring bookings from the booking dialog on a real store: rule, preview, clashes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from clinicdesk.domain.booking import Verdict
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.views import day_schedule
from clinicdesk.ui.background import jobs_running
from clinicdesk.ui.booking_dialog import BookingDialog
from clinicdesk.ui.repeat_panel import RepeatPanel
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import GuiClinic, sign_in, wait_idle


def test_the_repeat_choices_make_an_rrule(qtbot: QtBot) -> None:
    panel = RepeatPanel()
    qtbot.addWidget(panel)
    today = date.today()
    monday = today + timedelta(days=7 + (7 - today.weekday()) % 7)
    until = monday + timedelta(days=175)
    panel.set_first_day(monday)
    assert panel.rule(monday) == "FREQ=WEEKLY;BYDAY=MO;COUNT=6"
    panel.days[3].setChecked(True)
    panel.interval.setValue(2)
    panel.count.setValue(10)
    assert panel.rule(monday) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10"
    assert panel.until_day is None
    panel.frequency.setCurrentIndex(panel.frequency.findData("MONTHLY"))
    assert not panel.days[0].isEnabled() and panel.interval.suffix() == " month(s)"
    panel.by_until.setChecked(True)
    panel.until.setDate(QDate(until))
    assert panel.rule(monday) == "FREQ=MONTHLY;INTERVAL=2"
    assert panel.until_day == until


def open_for_alice(qtbot: QtBot, window: MainWindow, clinic: GuiClinic) -> BookingDialog:
    dialog = window.book_at(None, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    wait_idle(qtbot)
    dialog.provider.setCurrentIndex(dialog.provider.findData(clinic.ana))
    dialog.from_day.setDate(QDate(clinic.day))
    qtbot.keyClicks(dialog.search.box, "alice smith")
    qtbot.waitUntil(lambda: dialog.patient is not None, timeout=5_000)
    qtbot.waitUntil(
        lambda: dialog.slot is not None and dialog.slot.start == clinic.at(9), timeout=5_000
    )
    return dialog


def previewed(qtbot: QtBot, dialog: BookingDialog, count: int) -> list[Verdict]:
    """The dates checked for the dialog's current choices: no check still to start (a
    slot search finishing late starts one) and none running."""
    qtbot.waitUntil(
        lambda: (
            dialog.repeat.preview is not None
            and len(dialog.repeat.preview.occurrences) == count
            and not dialog._series_timer.isActive()
            and jobs_running() == 0
        ),
        timeout=20_000,
    )
    assert dialog.repeat.preview is not None
    return [o.verdict for o in dialog.repeat.preview.occurrences]


def test_the_series_end_follows_its_first_day_until_one_is_picked(qtbot: QtBot) -> None:
    panel = RepeatPanel()
    qtbot.addWidget(panel)
    # Far from the computer's own date; its end falls mid-month, so Up moves the day.
    first = date(date.today().year + 2, 6, 10)
    panel.set_first_day(first)
    assert panel.until.date().toPython() == first + timedelta(weeks=12)
    later = first + timedelta(days=1)
    panel.set_first_day(later)
    assert panel.until.date().toPython() == later + timedelta(weeks=12)
    panel.show()
    qtbot.waitExposed(panel)
    panel.setChecked(True)
    panel.by_until.click()
    panel.until.setFocus()
    qtbot.keyClick(panel.until, Qt.Key.Key_Up)  # the receptionist moves the end date
    picked = panel.until.date().toPython()
    assert picked != later + timedelta(weeks=12)
    panel.set_first_day(first)
    assert panel.until.date().toPython() == picked


def test_preview_shows_each_clash_and_booking_skips_it_after_confirming(
    qtbot: QtBot,
    window: MainWindow,
    clinic: GuiClinic,
    message_boxes: list[tuple[str, str]],
) -> None:
    next_week = clinic.day + timedelta(days=7)
    book_appointment(
        clinic.desk,
        BookingInput(clinic.bob, clinic.type_id, clinic.ana, clinic.at(9, day=next_week)),
    )
    sign_in(qtbot, window)
    dialog = open_for_alice(qtbot, window, clinic)
    dialog.repeat.setChecked(True)
    assert dialog.repeat.body.isVisible()
    dialog.repeat.count.setValue(4)
    verdicts = previewed(qtbot, dialog, 4)
    assert verdicts[0] is Verdict.ALLOWED and verdicts[2:] == [Verdict.ALLOWED] * 2
    assert verdicts[1] is not Verdict.ALLOWED  # Bob holds Dr Lee next Monday at 09:00
    clash = dialog.repeat.preview.occurrences[1]  # type: ignore[union-attr]
    assert clash.day == next_week and clash.reasons
    assert dialog.repeat.model.data(dialog.repeat.model.index(1, 3)) in (
        "Refused",
        "Needs override",
    )
    assert "4 occurrences: 3 OK" in dialog.repeat.note.text()
    assert "skips 1" in dialog.repeat.note.text()
    # Every two weeks misses the clash.
    dialog.repeat.interval.setValue(2)
    qtbot.waitUntil(
        lambda: (
            dialog.repeat.preview is not None
            and dialog.repeat.preview.occurrences[1].day == clinic.day + timedelta(days=14)
        ),
        timeout=5_000,
    )
    assert not dialog.repeat.preview.clashing
    dialog.repeat.interval.setValue(1)
    previewed(qtbot, dialog, 4)
    qtbot.waitUntil(lambda: dialog.repeat.preview.occurrences[1].day == next_week, timeout=5_000)  # type: ignore[union-attr]

    dialog.book()  # the confirmation is answered Yes by the message_boxes fixture
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    asked = [text for kind, text in message_boxes if kind == "question"]
    assert asked and "1 of 4 dates clash" in asked[0] and "Book the other 3" in asked[0]
    alices = {}
    for offset in (0, 7, 14, 21):
        day = clinic.day + timedelta(days=offset)
        alices[offset] = [
            a for a in day_schedule(clinic.desk, day).appointments if a.patient_id == clinic.alice
        ]
    assert alices[7] == []
    booked = [alices[o][0] for o in (0, 14, 21)]
    assert all(a.start.astimezone(clinic.at(9).tzinfo).hour == 9 for a in booked)
    assert len({a.series_id for a in booked}) == 1 and booked[0].series_id is not None


def test_declining_the_skip_books_nothing(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    next_week = clinic.day + timedelta(days=7)
    book_appointment(
        clinic.desk,
        BookingInput(clinic.bob, clinic.type_id, clinic.ana, clinic.at(9, day=next_week)),
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    sign_in(qtbot, window)
    dialog = open_for_alice(qtbot, window, clinic)
    dialog.repeat.setChecked(True)
    dialog.repeat.count.setValue(2)
    previewed(qtbot, dialog, 2)
    dialog.book()
    wait_idle(qtbot)
    assert dialog.isVisible() and dialog.book_button.isEnabled()
    booked = day_schedule(clinic.desk, clinic.day).appointments
    assert [a for a in booked if a.patient_id == clinic.alice] == []
