"""The painted calendar for the keyboard and for assistive technology: its blocks as
accessible children, arrow keys with a focus mark, short blocks that lead with the
name, headers shortened by whole words, the colour key, and Tab to the toolbar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from clinicdesk.services.appointment_length import change_length
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.ui.calendar.layout import PIXELS_PER_MINUTE
from clinicdesk.ui.calendar.painting import fit_name, fit_phrase
from clinicdesk.ui.i18n import time_text
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import GuiClinic, sign_in, wait_idle


def book(clinic: GuiClinic, patient: str, provider: str, hour: int) -> str:
    booking = BookingInput(
        patient_id=patient, type=clinic.type_id, provider_id=provider, start=clinic.at(hour)
    )
    return book_appointment(clinic.desk, booking).appointment.id


def test_the_calendar_is_read_and_walked_by_keys(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    alice_ana = book(clinic, clinic.alice, clinic.ana, 10)
    bob_ben = book(clinic, clinic.bob, clinic.ben, 11)
    bob_ana = book(clinic, clinic.bob, clinic.ana, 14)
    change_length(clinic.desk, bob_ana, clinic.at(14, 10))  # a 10-minute visit
    sign_in(qtbot, window)
    window.resize(1366, 728)
    window.go_to(clinic.day)
    wait_idle(qtbot)
    canvas = window.day_view.canvas
    pane = window.day_view.pane

    # A screen reader finds every block, named by time and patient, described in full.
    reader = QAccessible.queryAccessibleInterface(canvas)
    assert reader.childCount() == 3
    names = [reader.child(i).text(QAccessible.Text.Name) for i in range(3)]
    assert names == [
        f"{time_text(clinic.at(10))} to {time_text(clinic.at(10, 20))}, A. Smith",
        f"{time_text(clinic.at(14))} to {time_text(clinic.at(14, 10))}, B. Jones",
        f"{time_text(clinic.at(11))} to {time_text(clinic.at(11, 20))}, B. Jones",
    ]
    described = reader.child(0).text(QAccessible.Text.Description)
    assert "Consultation with Dr Ana Lee" in described and "Status: booked" in described

    # Tab reaches the calendar; the pane shows it has the focus; arrows walk the blocks.
    window.activateWindow()
    window.date_edit.setFocus()
    for _ in range(12):
        if canvas.hasFocus():
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert canvas.hasFocus() and pane.shows_focus
    assert reader.focusChild() is None  # nothing chosen yet
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected_id == alice_ana
    assert reader.focusChild().text(QAccessible.Text.Name) == names[0]
    assert reader.child(0).state().focused
    QTest.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert canvas.selected_id == bob_ben  # the next column, nearest in time
    QTest.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected_id == bob_ana
    assert window.current_day == clinic.day  # Ctrl+arrows never change the day

    # A short block leads with the patient's name; its status is an icon, the words in
    # the tooltip and description.
    short = canvas.block_of(bob_ana)
    assert short is not None
    text = canvas.painter._block_text(short)
    assert not text.two_lines and text.first.startswith("B. Jones") and not text.second
    assert "Status: booked" in canvas.describe(short.appointment)

    # Colours are explained: every type by name, and the urgency mark.
    key = pane.legend.entries()
    assert "Consultation" in key
    assert any(entry.startswith("! before a name: urgent") for entry in key)
    assert "No-show" in key and "Booked" in key

    # Tab goes on to the toolbar, where the focused button is drawn with a ring.
    reached = set()
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    toolbar_buttons = {
        w for w in reached if isinstance(w, QToolButton) and w.parent() is window.toolbar
    }
    assert len(toolbar_buttons) >= 8
    assert window.day_view.pane.scroll not in reached  # no stop that shows nothing

    # A drag into the lunch break needs an override: the Move dialog offers one.
    start = canvas.point_of(bob_ben)
    end = start + QPoint(0, round(100 * PIXELS_PER_MINUTE))  # 11:00 -> 12:40
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas, start + QPoint(0, 8))
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    wait_idle(qtbot)
    mover = window.appointments.move_dialog
    assert mover is not None and mover.isVisible()
    assert mover.reason.isVisible() and "Needs an override" in mover.problem.text()
    assert mover.start == clinic.at(12, 40)
    # The refusal squeezes nothing. Measured with the focus elsewhere: under the app's
    # style sheet a focused field's 2 px border adds to its hint after layout.
    mover.move_button.setFocus()
    qtbot.waitUntil(mover.move_button.hasFocus, timeout=2000)
    for field in (mover.day, mover.time, mover.reason):
        assert field.height() >= field.minimumSizeHint().height()
    mover.reject()  # Keep it: the block goes back
    assert canvas.pending is None


def test_column_titles_are_shortened_by_whole_words() -> None:
    metrics = QFontMetrics(QFont())
    name = "Nurse Victor Almeida"
    assert fit_name(name, metrics, metrics.horizontalAdvance(name)) == name
    room = metrics.horizontalAdvance("Nurse V. Almeida")
    assert fit_name(name, metrics, room) == "Nurse V. Almeida"
    assert fit_name(name, metrics, metrics.horizontalAdvance("V. Almeida")) == "V. Almeida"
    assert fit_name(name, metrics, metrics.horizontalAdvance("Almeida")) == "Almeida"
    phrase = "Nursing · not working"
    assert fit_phrase(phrase, metrics, metrics.horizontalAdvance("Nursing · not …")) == (
        "Nursing · not …"
    )
