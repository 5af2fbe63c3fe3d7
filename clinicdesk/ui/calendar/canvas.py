"""The painted calendar grid: columns of time, appointment blocks, drag to move or resize.

A custom-painted widget rather than one widget per block: a busy day of the large demo
clinic is hundreds of blocks, and painting only what the scroll area exposes keeps
scrolling smooth. The canvas never changes data itself: it emits what the user asked
(move, resize, open, book here) and shows the block where it was until the engine
answers, so a refused move snaps back by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from clinicdesk.domain.status import status_label, urgency_label
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.calendar.accessible import (
    CanvasAccessible,
    announce_focus,
    install_accessible_factory,
)
from clinicdesk.ui.calendar.data import CalendarData
from clinicdesk.ui.calendar.layout import (
    DRAG_THRESHOLD,
    GUTTER,
    MIN_COLUMN_WIDTH,
    PIXELS_PER_MINUTE,
    RESIZE_GRIP,
    Block,
    lanes,
)
from clinicdesk.ui.calendar.painting import GridPainter
from clinicdesk.ui.i18n import time_range_text, time_text, tr

__all__ = ["GUTTER", "PIXELS_PER_MINUTE", "Block", "CalendarCanvas"]


@dataclass(slots=True)
class _Drag:
    block: Block
    press: QPointF
    grab_minutes: int  # where in the block it was grabbed
    resize: bool
    active: bool = False
    target_column: int = 0
    target_minute: int = 0  # new start (move) or new end (resize)


class CalendarCanvas(QWidget):
    """The grid itself; sits in a scroll area under a :class:`CalendarHeader`."""

    selection_changed = Signal(object)  # AppointmentView | None
    appointment_activated = Signal(object)  # AppointmentView: double-click / Enter
    slot_activated = Signal(str, object)  # provider_id, aware start: book here
    move_requested = Signal(object, str, object)  # AppointmentView, provider_id, start
    resize_requested = Signal(object, object)  # AppointmentView, new end
    context_menu_requested = Signal(object, QPoint)  # AppointmentView, global position
    focus_moved = Signal(QRect)  # the block the arrow keys moved to: keep it in view

    def __init__(self, parent: QWidget | None = None) -> None:
        install_accessible_factory()
        super().__init__(parent)
        self._accessible: CanvasAccessible | None = None
        self.setAccessibleName(tr("CalendarCanvas", "Calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.data: CalendarData | None = None
        self.blocks: list[Block] = []
        self._by_column: list[list[Block]] = []
        self._reading: list[Block] = []
        self.painter = GridPainter(self)
        self.selected_id: str | None = None
        self.pending: tuple[str, int, QRectF] | None = None  # a move waiting for the engine
        self._drag: _Drag | None = None
        self._now_timer = QTimer(self)
        self._now_timer.timeout.connect(self.update)
        self._now_timer.start(60_000)

    # -- data ---------------------------------------------------------------------------

    def set_data(self, data: CalendarData) -> None:
        self.data = data
        self.pending = None
        self._drag = None
        self.setMinimumHeight(self.total_height())
        self.setMinimumWidth(GUTTER + MIN_COLUMN_WIDTH * max(1, len(data.columns)))
        self._layout_blocks()
        if self.selected_id is not None and data.find(self.selected_id) is None:
            self.selected_id = None
        self.selection_changed.emit(self.selected)
        self.update()

    @property
    def selected(self) -> AppointmentView | None:
        if self.data is None or self.selected_id is None:
            return None
        return self.data.find(self.selected_id)

    def select(self, appointment_id: str | None) -> None:
        if appointment_id != self.selected_id:
            self.selected_id = appointment_id
            self.selection_changed.emit(self.selected)
            self.update()
            announce_focus(self)

    # -- assistive technology -----------------------------------------------------------

    def accessible_interface(self) -> CanvasAccessible:
        """The interface Qt hands to screen readers (one per canvas, made when asked)."""
        if self._accessible is None:
            self._accessible = CanvasAccessible(self)
        return self._accessible

    def reading_order(self) -> list[Block]:
        """The blocks column by column, each column from the earliest: how arrows walk."""
        return self._reading

    def accessible_name_of(self, appointment: AppointmentView) -> str:
        zone = self.data.zone if self.data else None
        start = appointment.start.astimezone(zone)
        end = appointment.end.astimezone(zone)
        return tr("CalendarCanvas", "{start} to {end}, {patient}").format(
            start=time_text(start), end=time_text(end), patient=appointment.patient_name
        )

    def clear_pending(self) -> None:
        self.pending = None
        self.update()

    # -- geometry -----------------------------------------------------------------------

    def total_height(self) -> int:
        if self.data is None:
            return 400
        return int((self.data.last_minute - self.data.first_minute) * PIXELS_PER_MINUTE) + 2

    def sizeHint(self) -> QSize:
        return QSize(GUTTER + MIN_COLUMN_WIDTH * 4, self.total_height())

    def column_width(self) -> float:
        count = len(self.data.columns) if self.data else 1
        return max(1.0, (self.width() - GUTTER) / max(1, count))

    def right_to_left(self) -> bool:
        """Arabic and other right-to-left layouts mirror the grid: the time column on
        the right, the first provider next to it, later ones towards the left."""
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def gutter_left(self) -> float:
        return self.width() - GUTTER if self.right_to_left() else 0.0

    def column_left(self, index: int) -> float:
        if self.right_to_left():
            return self.width() - GUTTER - (index + 1) * self.column_width()
        return GUTTER + index * self.column_width()

    def _from_gutter(self, x: float) -> float:
        """How far ``x`` lies into the columns from the time column's edge."""
        return self.width() - GUTTER - x if self.right_to_left() else x - GUTTER

    def columns_between(self, left: float, right: float) -> range:
        """The columns that a band of the canvas from ``left`` to ``right`` touches."""
        count = len(self.data.columns) if self.data else 0
        width = self.column_width()
        near, far = sorted((self._from_gutter(left), self._from_gutter(right)))
        return range(max(0, int(near // width)), min(count, int(far // width) + 1))

    def y_of(self, minute: int) -> float:
        first = self.data.first_minute if self.data else 0
        return (minute - first) * PIXELS_PER_MINUTE

    def minute_at(self, y: float) -> int:
        first = self.data.first_minute if self.data else 0
        return int(first + y / PIXELS_PER_MINUTE)

    def column_at(self, x: float) -> int | None:
        offset = self._from_gutter(x)
        if self.data is None or offset < 0:
            return None
        index = int(offset // self.column_width())
        return index if 0 <= index < len(self.data.columns) else None

    def snap(self, minute: int) -> int:
        step = self.data.slot_minutes if self.data else 5
        return round(minute / step) * step

    def block_rect(
        self, column: int, start: int, end: int, lane: int = 0, lanes: int = 1
    ) -> QRectF:
        width = (self.column_width() - 8) / lanes
        left = GUTTER + column * self.column_width() + 4 + lane * width
        top = self.y_of(start)
        rect = QRectF(left, top + 1, width - 2, max(14.0, self.y_of(end) - top - 2))
        if self.right_to_left():  # the exact mirror: the first lane at the column's right
            rect.moveLeft(self.width() - rect.right())
        return rect

    def _layout_blocks(self) -> None:
        self.blocks = []
        self._by_column = []
        self._reading = []
        self.painter.forget_layout()
        if self.data is None:
            return
        for index, column in enumerate(self.data.columns):
            placed = []
            for appointment, lane, lane_count in lanes(column.appointments):
                start = self.data.minute_of(appointment.start)
                end = start + int((appointment.end - appointment.start).total_seconds() // 60)
                rect = self.block_rect(index, start, end, lane, lane_count)
                placed.append(Block(appointment, index, rect))
            self._by_column.append(placed)
            self.blocks.extend(placed)
        self._reading = sorted(
            self.blocks, key=lambda b: (b.column, b.appointment.start, b.rect.left())
        )

    def resizeEvent(self, event: object) -> None:
        self._layout_blocks()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._layout_blocks()
            self.update()
        super().changeEvent(event)

    def block_at(self, point: QPointF) -> Block | None:
        for block in reversed(self.blocks_in(QRectF(point.x(), point.y(), 1, 1))):
            if block.rect.contains(point):
                return block
        return None

    def block_of(self, appointment_id: str) -> Block | None:
        return next((b for b in self.blocks if b.appointment.id == appointment_id), None)

    # -- painting -----------------------------------------------------------------------

    def blocks_in(self, rect: QRectF) -> list[Block]:
        """Blocks that intersect ``rect``, found per exposed column (blocks are kept by column)."""
        if self.data is None or not self._by_column:
            return []
        shown = self.columns_between(rect.left(), rect.right())
        return [
            block
            for column in self._by_column[shown.start : shown.stop]
            for block in column
            if block.rect.intersects(rect)
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        exposed = QRectF(event.rect())
        self.painter.paint(painter, exposed)
        if self.data is None:
            return
        ghost = self._ghost_rect()
        label = ""
        if ghost is not None and self._drag is not None:
            label = self._drag_label(self._drag)
        elif self.pending is not None:
            ghost = self.pending[2]
        if ghost is not None:
            self.painter.paint_ghost(painter, ghost, label)

    def _drag_label(self, drag: _Drag) -> str:
        minute = drag.target_minute
        return ("ends " if drag.resize else "to ") + f"{minute // 60:02d}:{minute % 60:02d}"

    def _ghost_rect(self) -> QRectF | None:
        drag = self._drag
        if drag is None or not drag.active or self.data is None:
            return None
        appointment = drag.block.appointment
        if drag.resize:
            start = self.data.minute_of(appointment.start)
            return self.block_rect(drag.block.column, start, max(start + 5, drag.target_minute))
        length = int((appointment.end - appointment.start).total_seconds() // 60)
        return self.block_rect(drag.target_column, drag.target_minute, drag.target_minute + length)

    # -- mouse and keyboard -------------------------------------------------------------

    def _on_grip(self, block: Block, point: QPointF) -> bool:
        return block.rect.bottom() - point.y() <= RESIZE_GRIP

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        point = event.position()
        block = self.block_at(point)
        self.select(block.appointment.id if block else None)
        if block is None or event.button() != Qt.MouseButton.LeftButton:
            return
        assert self.data is not None
        grab = self.minute_at(point.y()) - self.data.minute_of(block.appointment.start)
        self._drag = _Drag(block, point, grab, resize=self._on_grip(block, point))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is None:
            block = self.block_at(point)
            grip = block is not None and self._on_grip(block, point)
            self.setCursor(Qt.CursorShape.SizeVerCursor if grip else Qt.CursorShape.ArrowCursor)
            if block is not None:
                self.setToolTip(self.describe(block.appointment))
            else:
                self.setToolTip("")
            return
        if not drag.active and (point - drag.press).manhattanLength() < DRAG_THRESHOLD:
            return
        drag.active = True
        if drag.resize:
            drag.target_column = drag.block.column
            drag.target_minute = self.snap(self.minute_at(point.y()))
        else:
            column = self.column_at(point.x())
            # A room column moves time only: changing room is not a move the engine offers.
            keep = column is None or self.data is None or self.data.by_room
            drag.target_column = drag.block.column if keep else column
            drag.target_minute = self.snap(self.minute_at(point.y()) - drag.grab_minutes)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or not drag.active or self.data is None:
            self.update()
            return
        appointment = drag.block.appointment
        column = self.data.columns[drag.target_column]
        if drag.resize:
            new_end = self.data.instant_at(column.day, drag.target_minute)
            if new_end != appointment.end:
                start = self.data.minute_of(appointment.start)
                self.pending = (
                    appointment.id,
                    drag.target_column,
                    self.block_rect(drag.block.column, start, max(start + 5, drag.target_minute)),
                )
                self.resize_requested.emit(appointment, new_end)
        else:
            new_start = self.data.instant_at(column.day, drag.target_minute)
            provider_id = column.provider_id or appointment.provider_id
            if new_start != appointment.start or provider_id != appointment.provider_id:
                length = int((appointment.end - appointment.start).total_seconds() // 60)
                self.pending = (
                    appointment.id,
                    drag.target_column,
                    self.block_rect(
                        drag.target_column, drag.target_minute, drag.target_minute + length
                    ),
                )
                self.move_requested.emit(appointment, provider_id, new_start)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        block = self.block_at(point)
        if block is not None:
            self.appointment_activated.emit(block.appointment)
            return
        column_index = self.column_at(point.x())
        if column_index is None or self.data is None:
            return
        column = self.data.columns[column_index]
        minute = self.snap(self.minute_at(point.y()) - self.data.slot_minutes // 2)
        self.slot_activated.emit(column.provider_id, self.data.instant_at(column.day, minute))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        block = self.block_at(QPointF(event.pos()))
        if block is None:
            return
        self.select(block.appointment.id)
        self.context_menu_requested.emit(block.appointment, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        sideways = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_selection(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and sideways:
            # Plain Left/Right change the day (the window's keys); with Ctrl they move
            # to the nearest visit in the next column.
            self._step_column(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self._reading:
            self._focus_block(self._reading[0 if key == Qt.Key.Key_Home else -1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            selected = self.selected
            if selected is not None:
                self.appointment_activated.emit(selected)
        elif key == Qt.Key.Key_Menu and self.selected is not None:
            block = self.block_of(self.selected.id)
            if block is not None:
                where = self.mapToGlobal(block.rect.center().toPoint())
                self.context_menu_requested.emit(block.appointment, where)
        else:
            super().keyPressEvent(event)

    def _focus_block(self, block: Block) -> None:
        self.select(block.appointment.id)
        self.focus_moved.emit(block.rect.toRect())

    def _step_selection(self, step: int) -> None:
        ordered = self._reading
        if not ordered:
            return
        ids = [b.appointment.id for b in ordered]
        if self.selected_id in ids:
            index = max(0, min(len(ids) - 1, ids.index(self.selected_id) + step))
        else:
            index = 0
        self._focus_block(ordered[index])

    def _step_column(self, step: int) -> None:
        """The visit nearest in time in the next column that has any (none: stay)."""
        current = self.block_of(self.selected_id) if self.selected_id else None
        if current is None:
            self._step_selection(1)
            return
        start = current.appointment.start

        def distance(block: Block) -> tuple[float, float]:
            return abs((block.appointment.start - start).total_seconds()), block.rect.left()

        if self.right_to_left():
            step = -step  # the arrow's way on screen: Left is the next provider
        column = current.column + step
        while 0 <= column < len(self._by_column):
            candidates = self._by_column[column]
            if candidates:
                nearest = min(candidates, key=distance)
                self._focus_block(nearest)
                return
            column += step

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the focus mark on the chosen block
        announce_focus(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def describe(self, appointment: AppointmentView) -> str:
        zone = self.data.zone if self.data else None
        start = appointment.start.astimezone(zone)
        end = appointment.end.astimezone(zone)
        lines = [
            f"{time_range_text(start, end)}  {appointment.patient_name}",
            tr("CalendarCanvas", "{type} with {provider}").format(
                type=appointment.type, provider=appointment.provider_name
            ),
            tr("CalendarCanvas", "Status: {status}; urgency: {urgency}").format(
                status=status_label(appointment.status), urgency=urgency_label(appointment.urgency)
            ),
        ]
        if appointment.room_name:
            lines.append(tr("CalendarCanvas", "Room: {room}").format(room=appointment.room_name))
        if appointment.reason:
            lines.append(tr("CalendarCanvas", "Reason: {reason}").format(reason=appointment.reason))
        if self.data and appointment.id in self.data.risk_marks:
            lines.append(self.data.risk_marks[appointment.id])
        return "\n".join(lines)

    def day_of_column(self, index: int) -> date:
        assert self.data is not None
        return self.data.columns[index].day

    def point_of(self, appointment_id: str) -> QPoint:
        """Centre of a block (tests drive drags with it)."""
        block = self.block_of(appointment_id)
        assert block is not None
        return block.rect.center().toPoint()
