"""After Book the desk sees what happened: said in the status bar, selected in the
calendar on its day, and every view that shows appointments reads them again."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from clinicdesk.services.views import day_schedule
from clinicdesk.ui.i18n import date_time_text
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.shell.workspace import WorkspaceView

from .conftest import GuiClinic, sign_in, wait_idle


def test_book_says_who_when_and_with_whom_and_selects_it_on_its_day(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    window.show_view("day")
    assert window.current_day != clinic.day
    refreshed: list[str] = []
    for key, view in window.views.items():
        original = view.on_schedule_changed
        view.on_schedule_changed = (  # type: ignore[method-assign]
            lambda k=key, o=original: (refreshed.append(k), o())
        )
    dialog = window.book_at(None, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    wait_idle(qtbot)
    dialog.from_day.setDate(QDate(clinic.day))
    qtbot.keyClicks(dialog.search.box, "smith al")
    qtbot.waitUntil(
        lambda: (
            dialog.patient is not None
            and dialog.slot is not None
            and dialog.slot.start == clinic.at(9)
        ),
        timeout=5_000,
    )
    qtbot.keyClick(dialog.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    booked = day_schedule(clinic.desk, clinic.day).appointments
    assert len(booked) == 1
    message = window.statusBar().currentMessage()
    when = date_time_text(clinic.at(9))
    assert message == f"Booked: {booked[0].patient_name}, {when}, Dr Ana Lee"
    assert window.current_day == clinic.day
    qtbot.waitUntil(lambda: window.day_view.canvas.selected_id == booked[0].id, timeout=5_000)
    assert window.appointments.target is not None
    assert window.appointments.target.id == booked[0].id
    wait_idle(qtbot)
    # The views not following the date were told; the calendars read the new day.
    assert {"waiting", "waitlist", "patients", "providers", "reports"} <= set(refreshed)
    assert window.week_view.canvas.data is not None
    assert window.week_view.canvas.data.find(booked[0].id) is not None


def test_every_view_of_the_workspace_answers_to_the_view_protocol(
    window: MainWindow,
) -> None:
    assert window.views
    for view in window.views.values():
        assert isinstance(view, WorkspaceView), type(view).__name__
