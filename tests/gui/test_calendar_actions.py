"""The calendar's hands-on actions on a real store: drag to move, status steps, cancel,
undo, the waitlist offer after a cancellation, and a refused move that snaps back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from clinicdesk.domain.appointments import Status
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.views import AppointmentView, day_schedule
from clinicdesk.services.waitlist import WaitlistInput, add_to_waitlist, list_waitlist
from clinicdesk.ui import appointment_actions
from clinicdesk.ui.calendar.canvas import PIXELS_PER_MINUTE
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import GuiClinic, sign_in, wait_idle


def book(clinic: GuiClinic, patient: str, hour: int, minute: int = 0) -> str:
    result = book_appointment(
        clinic.desk,
        BookingInput(
            patient_id=patient,
            type=clinic.type_id,
            provider_id=clinic.ana,
            start=clinic.at(hour, minute),
        ),
    )
    return result.appointment.id


def on_day(clinic: GuiClinic, appointment_id: str) -> AppointmentView:
    found = [
        a for a in day_schedule(clinic.desk, clinic.day).appointments if a.id == appointment_id
    ]
    assert len(found) == 1
    return found[0]


def show_clinic_day(qtbot: QtBot, window: MainWindow, clinic: GuiClinic) -> None:
    sign_in(qtbot, window)
    window.go_to(clinic.day)
    wait_idle(qtbot)


def drag(qtbot: QtBot, window: MainWindow, appointment_id: str, minutes: int) -> None:
    """Press on the block, move it ``minutes`` down (up if negative), let go."""
    canvas = window.day_view.canvas
    start = canvas.point_of(appointment_id)
    end = start + QPoint(0, round(minutes * PIXELS_PER_MINUTE))
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas, start + QPoint(0, 8))
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    wait_idle(qtbot)


def test_drag_to_move_then_check_in_cancel_and_undo(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    appointment_id = book(clinic, clinic.alice, 10)
    show_clinic_day(qtbot, window, clinic)
    drag(qtbot, window, appointment_id, 60)
    moved = on_day(clinic, appointment_id)
    assert (moved.start, moved.provider_id) == (clinic.at(11), clinic.ana)
    wait_idle(qtbot)
    block = window.day_view.canvas.block_of(appointment_id)
    assert block is not None and block.appointment.start == clinic.at(11)

    # Check in from the keyboard: select the block, press I.
    canvas = window.day_view.canvas
    canvas.select(appointment_id)
    assert window.appointments.status_actions[Status.ARRIVED].isEnabled()
    assert not window.appointments.status_actions[Status.COMPLETED].isEnabled()
    QTest.keyClick(canvas, Qt.Key.Key_I)
    wait_idle(qtbot)
    assert on_day(clinic, appointment_id).status is Status.ARRIVED

    # Cancel with a reason (the dialog is answered as a receptionist would).
    def answer(dialog: appointment_actions.CancelDialog) -> int:
        dialog.reason.setText("Patient felt better")
        dialog.by_patient.setChecked(True)
        return appointment_actions.CancelDialog.DialogCode.Accepted

    monkeypatch.setattr(appointment_actions.CancelDialog, "exec", answer)
    canvas.select(appointment_id)
    window.appointments.cancel_action.trigger()
    wait_idle(qtbot)
    cancelled = on_day(clinic, appointment_id)
    assert cancelled.status is Status.CANCELLED
    assert cancelled.cancel_reason == "Patient felt better"
    assert canvas.block_of(appointment_id) is None  # cancelled time shows as free

    # Undo the last status change: the appointment is back, checked in.
    assert window.appointments.undo_action.isEnabled()
    window.appointments.undo_action.trigger()
    wait_idle(qtbot)
    assert on_day(clinic, appointment_id).status is Status.ARRIVED
    assert canvas.block_of(appointment_id) is not None


def test_a_refused_move_snaps_back_and_says_why(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, message_boxes: list[tuple[str, str]]
) -> None:
    book(clinic, clinic.alice, 10)
    bob = book(clinic, clinic.bob, 11)
    show_clinic_day(qtbot, window, clinic)
    drag(qtbot, window, bob, -60)
    assert on_day(clinic, bob).start == clinic.at(11)
    # The double booking may be overridden with a reason: the Move dialog says why and
    # offers it; keeping the visit where it was puts the block back.
    mover = window.appointments.move_dialog
    assert mover is not None and mover.isVisible()
    text = mover.problem.text()
    assert "Dr Ana Lee" in text and "10:00" in text and "A. Smith" in text
    assert mover.reason.isVisible()
    assert not message_boxes
    mover.reject()
    assert window.day_view.canvas.pending is None
    block = window.day_view.canvas.block_of(bob)
    assert block is not None and block.appointment.start == clinic.at(11)


def test_drag_the_bottom_edge_to_lengthen(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    appointment_id = book(clinic, clinic.alice, 10)
    show_clinic_day(qtbot, window, clinic)
    canvas = window.day_view.canvas
    block = canvas.block_of(appointment_id)
    assert block is not None
    grip = QPoint(int(block.rect.center().x()), int(block.rect.bottom()) - 2)
    end = grip + QPoint(0, round(10 * PIXELS_PER_MINUTE))
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip)
    QTest.mouseMove(canvas, grip + QPoint(0, 8))
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    wait_idle(qtbot)
    longer = on_day(clinic, appointment_id)
    assert (longer.start, longer.end) == (clinic.at(10), clinic.at(10, 30))


def test_a_cancellation_offers_the_time_to_the_waitlist(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice_visit = book(clinic, clinic.alice, 10)
    add_to_waitlist(clinic.desk, WaitlistInput(patient_id=clinic.bob, type=clinic.type_id))
    show_clinic_day(qtbot, window, clinic)

    def answer(dialog: appointment_actions.CancelDialog) -> int:
        dialog.reason.setText("Moving away")
        return appointment_actions.CancelDialog.DialogCode.Accepted

    monkeypatch.setattr(appointment_actions.CancelDialog, "exec", answer)
    window.day_view.canvas.select(alice_visit)
    window.appointments.cancel_action.trigger()
    wait_idle(qtbot)
    offer = window.waitlist_offer
    qtbot.waitUntil(offer.isVisible)
    candidates = offer.model.rows
    assert [(c.rank, c.patient_id, c.start) for c in candidates] == [(1, clinic.bob, clinic.at(10))]
    offer.book_button.click()
    qtbot.waitUntil(lambda: not offer.isVisible(), timeout=5_000)
    wait_idle(qtbot)
    booked = [a for a in day_schedule(clinic.desk, clinic.day).active]
    assert [(a.patient_id, a.start) for a in booked] == [(clinic.bob, clinic.at(10))]
    assert list_waitlist(clinic.desk) == []
    assert window.day_view.canvas.data is not None
    shown = [a.patient_id for c in window.day_view.canvas.data.columns for a in c.appointments]
    assert shown == [clinic.bob]
