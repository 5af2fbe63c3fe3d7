"""The painted calendar as assistive technology sees it: a list of appointment blocks.

The canvas paints its blocks rather than making a widget per block, so a screen reader
would find nothing in it. This module gives the canvas a ``QAccessibleInterface``
whose children are the blocks, each named by its time and patient and described by
its type, provider, status, urgency, room and reason, with its place on the screen and
whether it has the keyboard's focus. The canvas reports focus moves from block to
block (:func:`announce_focus`), so a reader follows the arrow keys.

Qt keeps the interfaces it is handed, so each block keeps one interface for as long
as the canvas lives (looked up by appointment id), rather than a new one per call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from clinicdesk.ui.i18n import tr

if TYPE_CHECKING:
    from clinicdesk.ui.calendar.canvas import CalendarCanvas
    from clinicdesk.ui.calendar.layout import Block


class BlockAccessible(QAccessibleInterface):
    """One appointment block, a child of the canvas's interface."""

    def __init__(self, owner: CanvasAccessible, appointment_id: str) -> None:
        super().__init__()
        self.owner = owner
        self.appointment_id = appointment_id

    def _block(self) -> Block | None:
        return self.owner.canvas.block_of(self.appointment_id)

    def isValid(self) -> bool:
        return self._block() is not None

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self.owner.window()

    def parent(self) -> QAccessibleInterface:
        return self.owner

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:
        return None

    def text(self, kind: QAccessible.Text) -> str:
        block = self._block()
        if block is None:
            return ""
        canvas = self.owner.canvas
        if kind == QAccessible.Text.Name:
            return canvas.accessible_name_of(block.appointment)
        if kind == QAccessible.Text.Description:
            return canvas.describe(block.appointment)
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        """Blocks are read, not typed into."""

    def rect(self) -> QRect:
        block = self._block()
        if block is None:
            return QRect()
        canvas = self.owner.canvas
        box = block.rect.toRect()
        return QRect(canvas.mapToGlobal(box.topLeft()), box.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        canvas = self.owner.canvas
        chosen = canvas.selected_id == self.appointment_id
        state.selected = chosen
        state.focused = chosen and canvas.hasFocus()
        state.invisible = self._block() is None
        return state


class CanvasAccessible(QAccessibleWidget):
    """The canvas as a list whose items are its appointment blocks, in reading order."""

    def __init__(self, canvas: CalendarCanvas) -> None:
        super().__init__(canvas, QAccessible.Role.List)
        self.canvas = canvas
        self._children: dict[str, BlockAccessible] = {}

    def _child_of(self, appointment_id: str) -> BlockAccessible:
        found = self._children.get(appointment_id)
        if found is None:
            found = self._children[appointment_id] = BlockAccessible(self, appointment_id)
        return found

    def childCount(self) -> int:
        return len(self.canvas.reading_order())

    def child(self, index: int) -> QAccessibleInterface | None:
        ordered = self.canvas.reading_order()
        if not 0 <= index < len(ordered):
            return None
        return self._child_of(ordered[index].appointment.id)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if not isinstance(child, BlockAccessible):
            return -1
        ids = [block.appointment.id for block in self.canvas.reading_order()]
        return ids.index(child.appointment_id) if child.appointment_id in ids else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        block = self.canvas.block_at(self.canvas.mapFromGlobal(QPoint(x, y)).toPointF())
        return None if block is None else self._child_of(block.appointment.id)

    def focusChild(self) -> QAccessibleInterface | None:
        if self.canvas.selected_id is None or not self.canvas.hasFocus():
            return None
        if self.canvas.block_of(self.canvas.selected_id) is None:
            return None
        return self._child_of(self.canvas.selected_id)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Description:
            return tr("CalendarCanvas", "%n appointment(s)", n=len(self.canvas.blocks))
        return super().text(kind)


def _factory(_class_name: str, candidate: QObject) -> QAccessibleInterface | None:
    from clinicdesk.ui.calendar.canvas import CalendarCanvas

    if isinstance(candidate, CalendarCanvas):
        return candidate.accessible_interface()
    return None


_installed = False


def install_accessible_factory() -> None:
    """Let Qt ask this module for the canvas's interface (once per process)."""
    global _installed  # noqa: PLW0603 - one factory for the process
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce_focus(canvas: CalendarCanvas) -> None:
    """Tell assistive technology which block now has the keyboard's focus."""
    if not QAccessible.isActive() or not canvas.hasFocus() or canvas.selected_id is None:
        return
    ids = [block.appointment.id for block in canvas.reading_order()]
    if canvas.selected_id not in ids:
        return
    event = QAccessibleEvent(canvas, QAccessible.Event.Focus)
    event.setChild(ids.index(canvas.selected_id))
    QAccessible.updateAccessibility(event)
