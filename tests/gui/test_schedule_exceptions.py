"""Providers view: time off and extra hours on a real store."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from clinicdesk.domain.providers import ExceptionKind
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.schedules import weekly_hours
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import GuiClinic, sign_in, wait_idle


def open_providers(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "admin")
    window.show_view("providers")
    wait_idle(qtbot)
    window.providers_view.tabs.setCurrentIndex(1)


def test_time_off_over_booked_visits_lists_them_then_remove_with_confirmation(
    qtbot: QtBot,
    window: MainWindow,
    clinic: GuiClinic,
    message_boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book_appointment(
        clinic.desk, BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(10))
    )
    book_appointment(
        clinic.desk, BookingInput(clinic.bob, clinic.type_id, clinic.ana, clinic.at(15))
    )
    open_providers(qtbot, window)
    view = window.providers_view
    editor = view.exceptions
    assert editor.isEnabled() and editor.provider_id == clinic.ana
    assert editor.model.rowCount() == 0
    # Time off in the morning of clinic.day: Alice's 10:00 is inside, Bob's 15:00 is not.
    editor.kind.setCurrentIndex(editor.kind.findData(ExceptionKind.TIME_OFF))
    editor.first_day.setDate(QDate(clinic.day))
    assert editor.last_day.date() == QDate(clinic.day)  # follows the first day forward
    editor.whole_day.setChecked(False)
    assert editor.start.isEnabled()
    editor.start.setTime(QTime(9, 0))
    editor.end.setTime(QTime(12, 0))
    editor.reason.setText("Training")
    editor.add()
    wait_idle(qtbot)
    assert editor.problem.text() == ""
    assert editor.affected.isVisibleTo(window)
    # The administrator hears how many bookings are affected, not whose (no patient
    # data for that role); the front desk rebooks them.
    assert "1 booked appointment now inside this time off" in editor.affected.text()
    assert "Smith" not in editor.affected.text()
    assert editor.model.rowCount() == 1
    row = editor.model.record(0)
    assert row is not None and (row.start, row.end, row.reason) == (time(9), time(12), "Training")
    assert editor.model.data(editor.model.index(0, 3)) == "09:00-12:00"
    # The weekly preview shows it too.
    view.effective.setDate(QDate(clinic.day))
    assert "time off 09:00-12:00 (Training)" in view.preview.text()

    # Extra hours on the Saturday; ends before it starts are refused in plain words.
    saturday = clinic.day + timedelta(days=5)
    editor.kind.setCurrentIndex(editor.kind.findData(ExceptionKind.EXTRA_HOURS))
    assert not editor.whole_day.isEnabled() and editor.start.isEnabled()
    editor.first_day.setDate(QDate(saturday))
    editor.start.setTime(QTime(12, 0))
    editor.end.setTime(QTime(10, 0))
    editor.add()
    wait_idle(qtbot)
    assert "end (10:00) before they start (12:00)" in editor.problem.text()
    editor.end.setTime(QTime(13, 0))
    editor.add()
    wait_idle(qtbot)
    assert editor.model.rowCount() == 2
    assert not editor.affected.isVisibleTo(window)  # extra hours displace nobody
    kinds = {e.kind for e in weekly_hours(clinic.desk, clinic.ana).exceptions}
    assert kinds == {ExceptionKind.TIME_OFF, ExceptionKind.EXTRA_HOURS}

    # Remove: declined first (nothing changes), then confirmed.
    editor.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    editor.remove_selected()
    wait_idle(qtbot)
    assert len(weekly_hours(clinic.desk, clinic.ana).exceptions) == 2
    monkeypatch.undo()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    editor.table.selectRow(0)
    editor.remove_selected()
    wait_idle(qtbot)
    assert asked and asked[0].startswith("Remove Dr Ana Lee's time off")
    remaining = weekly_hours(clinic.desk, clinic.ana).exceptions
    assert [e.kind for e in remaining] == [ExceptionKind.EXTRA_HOURS]
    assert editor.model.rowCount() == 1


def test_new_hours_and_time_off_default_to_the_clinics_today(
    qtbot: QtBot, clinic: GuiClinic
) -> None:
    from clinicdesk.ui.views.providers import ProvidersView

    # 23:30 UTC on 1 July is already 2 July in London, whatever this computer's zone.
    late = datetime(2026, 7, 1, 23, 30, tzinfo=UTC)
    view = ProvidersView()
    qtbot.addWidget(view)
    view.set_context(dataclasses.replace(clinic.desk, clock=lambda: late))
    wanted = date(2026, 7, 2)
    edits = (view.effective, view.exceptions.first_day, view.exceptions.last_day)
    qtbot.waitUntil(lambda: all(e.date().toPython() == wanted for e in edits), timeout=5_000)
