"""Taking the keyboard's focus never changes a widget's size under the window's style
sheet: a focused field drawn with a wider border than it was measured with grew its
hint after layout and lost content height, so what a test measured depended on which
field had the focus."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QTextEdit,
    QTimeEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinicdesk.ui.calendar.day_view import CalendarPane
from clinicdesk.ui.theme import style_sheet


def _tool_button(parent: QWidget) -> QWidget:
    bar = QToolBar(parent)
    bar.addAction("Day")
    button = bar.widgetForAction(bar.actions()[0])
    assert isinstance(button, QToolButton)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # as the window's toolbar does
    return button


# One of each kind the style sheet gives a :focus look, made as the window makes it.
KINDS: dict[str, Callable[[QWidget], QWidget]] = {
    "QLineEdit": lambda parent: QLineEdit("Okonkwo", parent),
    "QComboBox": QComboBox,
    "QDateEdit": QDateEdit,
    "QTimeEdit": QTimeEdit,
    "QSpinBox": QSpinBox,
    "QPlainTextEdit": QPlainTextEdit,
    "QTextEdit": QTextEdit,
    "QPushButton": lambda parent: QPushButton("&Book", parent),
    "QToolButton": _tool_button,
}


@pytest.fixture
def window_look() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.styleSheet()
    app.setStyleSheet(style_sheet())
    yield
    app.setStyleSheet(previous)


def test_every_kind_with_a_focus_look_is_measured_here() -> None:
    focus_styled = {
        re.sub(r"\[.*?\]|:.*", "", selector.split()[-1])
        for selector in re.findall(r"([\w#\[\]=\"\s:-]+:focus)", style_sheet())
    }
    assert focus_styled <= set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_focus_leaves_the_size_as_it_was(qtbot: QtBot, window_look: None, kind: str) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    other = QLineEdit(form)
    widget = KINDS[kind](form)
    layout.addWidget(other)
    layout.addWidget(widget.parentWidget() if isinstance(widget, QToolButton) else widget)
    form.show()
    form.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=2000)
    at_rest = widget.sizeHint()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    assert widget.sizeHint() == at_rest


def test_a_focused_line_edit_keeps_its_hint_and_its_text_room(
    qtbot: QtBot, window_look: None
) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    first, second = QLineEdit("Alice", form), QLineEdit("Bob", form)
    layout.addWidget(first)
    layout.addWidget(second)
    form.show()
    form.activateWindow()
    second.setFocus()
    qtbot.waitUntil(second.hasFocus, timeout=2000)
    unfocused = (first.sizeHint(), _text_room(first))
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    assert (first.sizeHint(), _text_room(first)) == unfocused


def _text_room(field: QLineEdit) -> QSize:
    """The box the text is drawn in, as the style works it out for the field's state."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    return field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field).size()


def test_the_calendar_shows_its_focus_without_moving_anything(
    qtbot: QtBot, window_look: None
) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    other = QLineEdit(form)
    pane = CalendarPane("Day calendar")
    layout.addWidget(other)
    layout.addWidget(pane)
    form.resize(600, 500)
    form.show()
    form.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=2000)
    at_rest = (pane.sizeHint(), pane.scroll.geometry(), _border(pane))
    pane.canvas.setFocus()
    qtbot.waitUntil(lambda: pane.canvas.hasFocus() and pane.shows_focus, timeout=2000)
    assert (pane.sizeHint(), pane.scroll.geometry()) == at_rest[:2]
    assert _border(pane) != at_rest[2]  # the ring is there, in another colour


def _border(pane: CalendarPane) -> int:
    """The colour of the pane's top left border pixel, as drawn."""
    return pane.grab().toImage().pixel(1, pane.height() // 2)
