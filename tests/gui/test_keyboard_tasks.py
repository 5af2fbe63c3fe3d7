"""The ten front-desk tasks done with the keyboard alone, on a real clinic.

Every step here is a key event sent where the keyboard's focus is (``press`` and
``type_in`` never name a widget), as a receptionist's keyboard would send it; the only
other calls arrange the clinic through its services and read the outcome. The key
counts of docs/keyboard.md are these paths.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.common import utc_now
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.views import AppointmentView, day_schedule
from clinicdesk.services.waitlist import list_waitlist
from clinicdesk.ui.appointment_actions import MoveDialog
from clinicdesk.ui.print_preview import PrintSheetDialog, SheetPreviewDialog
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.views.waiting_room import WalkInDialog

from .conftest import ZONE, GuiClinic, sign_in, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    """Where the keyboard's keys go. A desktop gives the keys to a modal dialog when it
    opens and back to the window under it when it closes; the offscreen test platform
    does not always, so that part of the desktop's job is done here."""
    widget = QApplication.focusWidget()
    modal = QApplication.activeModalWidget()
    if modal is not None and (widget is None or widget.window() is not modal):
        modal.activateWindow()
        QTest.qWaitForWindowActive(modal)
        widget = QApplication.focusWidget()
    if widget is None:
        main = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        main.activateWindow()
        QTest.qWaitForWindowActive(main)
        widget = QApplication.focusWidget() or main
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_in(text: str) -> None:
    QTest.keyClicks(focused(), text)


def the_day(clinic: GuiClinic) -> list[AppointmentView]:
    return list(day_schedule(clinic.desk, clinic.day).appointments)


def test_find_book_waitlist_walk_in_and_print_by_keyboard(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    window.activateWindow()

    # Find a patient by name, by phone digits, by birth date: Ctrl+F, type.
    press(Qt.Key.Key_F, CTRL)
    found = window.patients_view.search
    for typed in ("smith al", "900123", "17/05/1980"):
        press(Qt.Key.Key_A, CTRL)
        type_in(typed)
        qtbot.waitUntil(lambda: found.up_to_date and found.model.rowCount() == 1, timeout=5_000)
        assert found.model.record(0).id == clinic.alice

    # Book with a given provider and day: Ctrl+N, name, Alt+V provider by surname,
    # Alt+F the day, Enter.
    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is not window)
    dialog = focused().window()
    wait_idle(qtbot)
    type_in("jones")
    qtbot.waitUntil(lambda: dialog.patient is not None)  # the only match: chosen
    press(Qt.Key.Key_V, ALT)
    type_in("okafor")
    press(Qt.Key.Key_F, ALT)
    type_in(clinic.day.strftime("%d %b %Y"))
    qtbot.waitUntil(lambda: dialog.slot is not None and dialog.slot.start >= clinic.at(9))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    booked = the_day(clinic)
    assert [(a.patient_id, a.provider_id, a.start) for a in booked] == [
        (clinic.bob, clinic.ben, clinic.at(9))
    ]

    # Book the first available: Ctrl+N, name, Enter.
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: focused().window() is not window)
    dialog = focused().window()
    type_in("smith al")
    qtbot.waitUntil(lambda: dialog.patient is not None and dialog.slot is not None)
    first_free = dialog.slot.start
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert window.statusBar().currentMessage().startswith("Booked: A. Smith")
    assert first_free >= utc_now() - timedelta(minutes=5)

    # Add to the waitlist: Ctrl+N, name, Alt+W.
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: focused().window() is not window)
    dialog = focused().window()
    type_in("smithson")
    qtbot.waitUntil(lambda: dialog.patient is not None)
    press(Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert [e.patient_name for e in list_waitlist(clinic.desk)] == ["C. Smithson"]

    # A walk-in: Ctrl+5, Alt+W, name, Enter (the dialog is modal: its keys come from
    # inside its own event loop).
    press(Qt.Key.Key_5, CTRL)
    assert window.current_view == "waiting"

    walk_ins: list[WalkInDialog] = []

    def walk_in_keys() -> None:
        walk_in = focused().window()
        assert isinstance(walk_in, WalkInDialog)
        walk_ins.append(walk_in)
        type_in("jones")
        qtbot.waitUntil(lambda: walk_in.search.selected is not None, timeout=5_000)
        press(Qt.Key.Key_Return)

    QTimer.singleShot(400, walk_in_keys)  # Alt+W on a button clicks it 100 ms later
    press(Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: bool(walk_ins) and not walk_ins[0].isVisible(), timeout=10_000)
    assert walk_ins and walk_ins[0].result() == QDialog.DialogCode.Accepted
    assert "Jones, Bob" in walk_ins[0].result_message

    # Today's sheet: Ctrl+P, Alt+V for the preview of the day's sheet.
    press(Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: isinstance(focused().window(), PrintSheetDialog))
    sheet = focused().window()
    press(Qt.Key.Key_V, ALT)
    qtbot.waitUntil(
        lambda: isinstance(getattr(sheet, "preview_dialog", None), SheetPreviewDialog),
        timeout=10_000,
    )
    assert sheet.preview_dialog.isVisible()
    press(Qt.Key.Key_Escape)


def test_move_cancel_check_in_and_no_show_by_keyboard(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, message_boxes: list[tuple[str, str]]
) -> None:
    first = book_appointment(
        clinic.desk,
        BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(10)),
    ).appointment.id
    second = book_appointment(
        clinic.desk,
        BookingInput(clinic.bob, clinic.type_id, clinic.ana, clinic.at(11)),
    ).appointment.id
    sign_in(qtbot, window)
    window.go_to(clinic.day)
    wait_idle(qtbot)
    window.activateWindow()
    canvas = window.day_view.canvas

    # Move: Ctrl+1 (the day calendar takes the keys), Down to the block, M, the new
    # time, Enter.
    press(Qt.Key.Key_1, CTRL)
    assert canvas.hasFocus()
    press(Qt.Key.Key_Down)
    assert canvas.selected_id == first
    press(Qt.Key.Key_M)
    qtbot.waitUntil(lambda: isinstance(focused().window(), MoveDialog))
    mover = focused().window()
    type_in("1500")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not mover.isVisible(), timeout=5_000)
    assert {a.id: a.start for a in the_day(clinic)}[first] == clinic.at(15)

    # A move into the lunch break needs an override: the dialog says so and takes it.
    wait_idle(qtbot)
    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_Home)
    assert canvas.selected_id == second
    press(Qt.Key.Key_M)
    qtbot.waitUntil(lambda: isinstance(focused().window(), MoveDialog))
    mover = focused().window()
    type_in("1250")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mover.reason.isVisible() and mover.reason.hasFocus())
    assert "Needs an override" in mover.problem.text()
    type_in("only time the patient can come")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not mover.isVisible(), timeout=5_000)
    moved = {a.id: a for a in the_day(clinic)}[second]
    assert moved.start == clinic.at(12, 50)
    assert moved.override_reason == "only time the patient can come"

    # No-show before the start: refused, with when it becomes possible.
    wait_idle(qtbot)
    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_N)
    wait_idle(qtbot)
    assert message_boxes and "starts at" in message_boxes[-1][1]
    assert {a.id: a.status for a in the_day(clinic)}[canvas.selected_id] is Status.BOOKED

    # Check in: I. Cancel: Delete, a reason, Enter.
    chosen = canvas.selected_id
    press(Qt.Key.Key_I)
    wait_idle(qtbot)
    assert {a.id: a.status for a in the_day(clinic)}[chosen] is Status.ARRIVED
    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_Down)
    other = canvas.selected_id
    assert other != chosen

    def cancel_keys() -> None:
        type_in("patient unwell")
        press(Qt.Key.Key_Return)

    QTimer.singleShot(300, cancel_keys)
    press(Qt.Key.Key_Delete)
    wait_idle(qtbot)
    assert {a.id: a.status for a in the_day(clinic)}[other] is Status.CANCELLED

    # No-show once the start has passed: N marks it.
    now = utc_now().astimezone(ZONE)
    earlier = now.replace(minute=now.minute // 5 * 5, second=0, microsecond=0) - timedelta(hours=1)
    late = book_appointment(
        clinic.desk,
        BookingInput(
            clinic.bob, clinic.type_id, clinic.ben, earlier, override_reason="entered late"
        ),
    ).appointment.id
    press(Qt.Key.Key_T)  # today
    if earlier.date() != now.date():
        press(Qt.Key.Key_Left)  # just after midnight: yesterday
    wait_idle(qtbot)
    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_Home)
    for _ in range(10):
        if canvas.selected_id == late:
            break
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_N)
    wait_idle(qtbot)
    statuses = {a.id: a.status for a in day_schedule(clinic.desk, earlier.date()).appointments}
    assert statuses[late] is Status.NO_SHOW
