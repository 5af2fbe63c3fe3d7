"""A visit dragged longer into a time that needs an override is offered one, with a
reason, the way a move is: the dialog shows the clashes, keeps the end the drag chose,
and the change is made through the same service with the reason on the record."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.views import AppointmentView, day_schedule
from clinicdesk.ui.calendar.layout import PIXELS_PER_MINUTE
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import GuiClinic, sign_in, wait_idle


def the_visit(clinic: GuiClinic, appointment_id: str) -> AppointmentView:
    return {a.id: a for a in day_schedule(clinic.desk, clinic.day).appointments}[appointment_id]


def drag_bottom_edge(window: MainWindow, appointment_id: str, minutes: int) -> None:
    """Press on the block's bottom edge and pull it down by ``minutes``, as a mouse does."""
    canvas = window.day_view.canvas
    block = canvas.block_of(appointment_id)
    assert block is not None
    grip = QPoint(round(block.rect.center().x()), round(block.rect.bottom()) - 2)
    end = grip + QPoint(0, round(minutes * PIXELS_PER_MINUTE))
    QTest.mouseMove(canvas, grip)
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip)
    QTest.mouseMove(canvas, grip + QPoint(0, 8))
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_a_lengthening_drag_into_lunch_takes_an_override_with_a_reason(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    visit = book_appointment(
        clinic.desk, BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(12))
    ).appointment.id  # 12:00 to 12:20; lunch is 12:30 to 13:30
    sign_in(qtbot, window)
    window.resize(1366, 728)
    window.go_to(clinic.day)
    wait_idle(qtbot)

    # 12:20 -> 12:50, into the lunch break: refused, and the reason is asked for.
    drag_bottom_edge(window, visit, 30)
    wait_idle(qtbot)
    dialog = window.appointments.length_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Needs an override" in dialog.problem.text()
    assert dialog.end == clinic.at(12, 50)  # the end the drag chose
    qtbot.waitUntil(lambda: dialog.reason.isVisible() and dialog.reason.hasFocus())
    assert the_visit(clinic, visit).end == clinic.at(12, 20)  # nothing changed yet

    # An empty reason is refused again, with the same words; the dialog stays.
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert dialog.isVisible() and "Needs an override" in dialog.problem.text()

    QTest.keyClicks(dialog.reason, "dressing needs the extra time")
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    wait_idle(qtbot)
    lengthened = the_visit(clinic, visit)
    assert lengthened.end == clinic.at(12, 50)
    assert lengthened.override_reason == "dressing needs the extra time"
    assert "Alice" in window.statusBar().currentMessage() or "Smith" in (
        window.statusBar().currentMessage()
    )


def test_keeping_it_puts_the_block_back(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    visit = book_appointment(
        clinic.desk, BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(12))
    ).appointment.id
    sign_in(qtbot, window)
    window.resize(1366, 728)
    window.go_to(clinic.day)
    wait_idle(qtbot)
    drag_bottom_edge(window, visit, 30)
    wait_idle(qtbot)
    dialog = window.appointments.length_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.day_view.canvas.pending is not None  # drawn stretched meanwhile
    dialog.reject()
    assert window.day_view.canvas.pending is None
    assert the_visit(clinic, visit).end == clinic.at(12, 20)
