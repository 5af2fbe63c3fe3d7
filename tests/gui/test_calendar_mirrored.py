"""The painted calendar mirrored for a right-to-left language: the time column on the
right, the first provider next to it, blocks where the mirror puts them, and the mouse,
the header and the arrow keys agreeing with what is painted."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from clinicdesk.ui.calendar.layout import GUTTER
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import GuiClinic, sign_in, wait_idle
from .test_desk_calendar import book


def _rect(window: MainWindow, appointment_id: str) -> QRectF:
    block = window.day_view.canvas.block_of(appointment_id)
    assert block is not None
    return block.rect


def test_a_block_stands_at_its_mirror_place_and_answers_there(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    ana_visit = book(clinic, clinic.alice, clinic.ana, 10)
    ben_visit = book(clinic, clinic.bob, clinic.ben, 10)
    sign_in(qtbot, window)
    window.resize(1366, 728)
    window.go_to(clinic.day)
    wait_idle(qtbot)
    canvas = window.day_view.canvas
    header = window.day_view.pane.header
    unmirrored = _rect(window, ana_visit)
    width = canvas.width()
    assert canvas.block_of(ana_visit).column == 0  # type: ignore[union-attr]
    assert GUTTER < unmirrored.left() < GUTTER + 10  # first column, next to the times

    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(canvas.right_to_left, timeout=2000)
    wait_idle(qtbot)
    assert canvas.gutter_left() == canvas.width() - GUTTER
    mirrored = canvas.block_of(ana_visit)
    assert mirrored is not None and mirrored.column == 0
    # Mirrored inside the canvas: as far from its right edge as it was from its left.
    assert canvas.width() == width
    assert abs(mirrored.rect.right() - (width - unmirrored.left())) <= 1
    assert mirrored.rect.top() == unmirrored.top()
    assert abs(mirrored.rect.width() - unmirrored.width()) <= 1
    # The first provider is now next to the time column on the right, the second left of it.
    ben_block = canvas.block_of(ben_visit)
    assert ben_block is not None and ben_block.rect.right() < mirrored.rect.left()
    assert mirrored.rect.right() <= canvas.gutter_left()

    # The mouse finds the block where it is painted, and the header names its column.
    centre = mirrored.rect.center().toPoint()
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre)
    assert canvas.selected_id == ana_visit
    header_x = canvas.mapTo(header, centre).x()
    assert header.column_at(header_x) == 0
    QTest.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(unmirrored.center().x()), centre.y())
    )
    assert canvas.selected_id != ana_visit  # its old place is another column now

    # Ctrl+Left goes to the provider on the left: the next one in a mirrored grid.
    canvas.select(ana_visit)
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert canvas.selected_id == ben_visit

    window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: not canvas.right_to_left(), timeout=2000)
    assert _rect(window, ana_visit) == unmirrored
