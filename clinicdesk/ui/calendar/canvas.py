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

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from clinicdesk.domain.appointments import Status, Urgency
from clinicdesk.domain.common import utc_now
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.calendar.data import CalendarData
from clinicdesk.ui.theme import PALETTE, colour, status_icon

GUTTER = 64
MIN_COLUMN_WIDTH = 150
PIXELS_PER_MINUTE = 2.0
RESIZE_GRIP = 6  # pixels at a block's bottom edge that resize instead of move
DRAG_THRESHOLD = 5
FADED = frozenset({Status.NO_SHOW, Status.COMPLETED})


@dataclass(frozen=True, slots=True)
class Block:
    appointment: AppointmentView
    column: int
    rect: QRectF


@dataclass(slots=True)
class _Drag:
    block: Block
    press: QPointF
    grab_minutes: int  # where in the block it was grabbed
    resize: bool
    active: bool = False
    target_column: int = 0
    target_minute: int = 0  # new start (move) or new end (resize)


def _lanes(appointments: tuple[AppointmentView, ...]) -> list[tuple[AppointmentView, int, int]]:
    """Each appointment with its lane and the lane count of its overlapping cluster."""
    ordered = sorted(appointments, key=lambda a: (a.start, a.end, a.id))
    placed: list[tuple[AppointmentView, int, int]] = []
    cluster: list[tuple[AppointmentView, int]] = []
    cluster_end = None

    def close_cluster() -> None:
        width = max((lane for _, lane in cluster), default=-1) + 1
        placed.extend((a, lane, width) for a, lane in cluster)

    for appointment in ordered:
        if cluster_end is not None and appointment.start >= cluster_end:
            close_cluster()
            cluster, cluster_end = [], None
        busy = {lane for a, lane in cluster if a.end > appointment.start}
        lane = next(i for i in range(len(cluster) + 1) if i not in busy)
        cluster.append((appointment, lane))
        cluster_end = appointment.end if cluster_end is None else max(cluster_end, appointment.end)
    close_cluster()
    return placed


class CalendarCanvas(QWidget):
    """The grid itself; sits in a scroll area under a :class:`CalendarHeader`."""

    selection_changed = Signal(object)  # AppointmentView | None
    appointment_activated = Signal(object)  # AppointmentView: double-click / Enter
    slot_activated = Signal(str, object)  # provider_id, aware start: book here
    move_requested = Signal(object, str, object)  # AppointmentView, provider_id, start
    resize_requested = Signal(object, object)  # AppointmentView, new end
    context_menu_requested = Signal(object, QPoint)  # AppointmentView, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Calendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.data: CalendarData | None = None
        self.blocks: list[Block] = []
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

    def column_left(self, index: int) -> float:
        return GUTTER + index * self.column_width()

    def y_of(self, minute: int) -> float:
        first = self.data.first_minute if self.data else 0
        return (minute - first) * PIXELS_PER_MINUTE

    def minute_at(self, y: float) -> int:
        first = self.data.first_minute if self.data else 0
        return int(first + y / PIXELS_PER_MINUTE)

    def column_at(self, x: float) -> int | None:
        if self.data is None or x < GUTTER:
            return None
        index = int((x - GUTTER) // self.column_width())
        return index if 0 <= index < len(self.data.columns) else None

    def snap(self, minute: int) -> int:
        step = self.data.slot_minutes if self.data else 5
        return round(minute / step) * step

    def block_rect(
        self, column: int, start: int, end: int, lane: int = 0, lanes: int = 1
    ) -> QRectF:
        width = (self.column_width() - 8) / lanes
        left = self.column_left(column) + 4 + lane * width
        top = self.y_of(start)
        return QRectF(left, top + 1, width - 2, max(14.0, self.y_of(end) - top - 2))

    def _layout_blocks(self) -> None:
        self.blocks = []
        if self.data is None:
            return
        for index, column in enumerate(self.data.columns):
            for appointment, lane, lanes in _lanes(column.appointments):
                start = self.data.minute_of(appointment.start)
                end = start + int((appointment.end - appointment.start).total_seconds() // 60)
                rect = self.block_rect(index, start, end, lane, lanes)
                self.blocks.append(Block(appointment, index, rect))

    def resizeEvent(self, event: object) -> None:
        self._layout_blocks()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def block_at(self, point: QPointF) -> Block | None:
        for block in reversed(self.blocks):
            if block.rect.contains(point):
                return block
        return None

    def block_of(self, appointment_id: str) -> Block | None:
        return next((b for b in self.blocks if b.appointment.id == appointment_id), None)

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colour("surface"))
        if self.data is None:
            painter.setPen(colour("muted"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Loading…")
            return
        exposed = QRectF(event.rect())
        self._paint_columns(painter)
        self._paint_grid(painter, exposed)
        for block in self.blocks:
            if block.rect.intersects(exposed):
                self._paint_block(painter, block)
        self._paint_now(painter)
        self._paint_ghosts(painter)

    def _paint_columns(self, painter: QPainter) -> None:
        assert self.data is not None
        height = self.height()
        for index, column in enumerate(self.data.columns):
            left = self.column_left(index)
            width = self.column_width()
            # Outside working hours (closed, breaks, time off) is shaded; working time is white.
            painter.fillRect(QRectF(left, 0, width, height), colour("closed"))
            for start, end in column.working:
                top = self.y_of(start)
                painter.fillRect(QRectF(left, top, width, self.y_of(end) - top), colour("surface"))
            painter.setPen(QPen(colour("border"), 1))
            painter.drawLine(QPointF(left, 0), QPointF(left, height))

    def _paint_grid(self, painter: QPainter, exposed: QRectF) -> None:
        assert self.data is not None
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        for minute in range(self.data.first_minute, self.data.last_minute + 1, 15):
            y = self.y_of(minute)
            if y < exposed.top() - 20 or y > exposed.bottom() + 20:
                continue
            on_hour = minute % 60 == 0
            painter.setPen(QPen(colour("grid_hour" if on_hour else "grid_line"), 1))
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            if on_hour:
                painter.setPen(colour("muted"))
                painter.drawText(
                    QRectF(0, y - 2, GUTTER - 10, 18),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{minute // 60:02d}:00",
                )

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        assert self.data is not None
        appointment = block.appointment
        rect = block.rect
        base = QColor(self.data.type_colours.get(appointment.type_id, PALETTE["accent"]))
        faded = appointment.status in FADED
        fill = QColor(base)
        fill.setAlpha(60 if faded else 95)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("surface"))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setBrush(base)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        if appointment.id == self.selected_id:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour("accent"), 2.5))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        self._paint_block_text(painter, block, faded)

    def _paint_block_text(self, painter: QPainter, block: Block, faded: bool) -> None:
        appointment = block.appointment
        rect = block.rect.adjusted(8, 2, -4, -2)
        painter.setPen(colour("muted") if faded else colour("text"))
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        line = metrics.height()
        local_start = (
            appointment.start.astimezone(self.data.zone) if self.data else appointment.start
        )
        urgent = appointment.urgency in (Urgency.URGENT, Urgency.EMERGENCY)
        first = f"{local_start:%H:%M} {appointment.patient_name}"
        if urgent:
            first = f"! {first}"
        plain = QFont(self.font())
        plain.setPointSizeF(plain.pointSizeF() * 0.92)
        small = QFontMetrics(plain)
        icon_size = small.height()
        two_lines = rect.height() >= line + icon_size - 2
        name_width = rect.width()
        if not two_lines:
            # Too short for a second line: the status icon and word go at the right.
            name_width -= small.horizontalAdvance(appointment.status_label) + icon_size + 8
        painter.setFont(bold)
        painter.drawText(
            QRectF(rect.left(), rect.top(), max(0.0, name_width), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(first, Qt.TextElideMode.ElideRight, int(max(0.0, name_width))),
        )
        painter.setFont(plain)
        if two_lines:
            top = rect.top() + line
            left = rect.left()
            text = f"{appointment.status_label} · {appointment.type}"
        else:
            top = rect.top() + (line - icon_size) / 2
            left = rect.left() + name_width + 4
            text = appointment.status_label
        status_icon(appointment.status).paint(painter, int(left), int(top), icon_size, icon_size)
        room = rect.right() - left - icon_size - 4
        painter.drawText(
            QRectF(left + icon_size + 4, top, max(0.0, room), icon_size),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small.elidedText(text, Qt.TextElideMode.ElideRight, int(max(0.0, room))),
        )

    def _paint_now(self, painter: QPainter) -> None:
        assert self.data is not None
        now = utc_now()
        today = now.astimezone(self.data.zone).date()
        minute = self.data.minute_of(now)
        if not self.data.first_minute <= minute <= self.data.last_minute:
            return
        y = self.y_of(minute)
        pen = QPen(colour("now"), 2)
        for index, column in enumerate(self.data.columns):
            if column.day != today:
                continue
            painter.setPen(pen)
            left = self.column_left(index)
            painter.drawLine(QPointF(left, y), QPointF(left + self.column_width(), y))
            painter.setBrush(colour("now"))
            painter.drawEllipse(QPointF(left + 3, y), 4, 4)

    def _paint_ghosts(self, painter: QPainter) -> None:
        ghost = self._ghost_rect()
        if ghost is None and self.pending is not None:
            ghost = self.pending[2]
        if ghost is None:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour("accent"), 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(ghost, 5, 5)
        if self._drag is not None and self._drag.active and self.data is not None:
            drag = self._drag
            label = self._drag_label(drag)
            painter.setPen(colour("accent"))
            painter.drawText(
                ghost.adjusted(8, 2, -4, -2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                label,
            )

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
            drag.target_column = drag.block.column if column is None else column
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
            if new_start != appointment.start or column.provider_id != appointment.provider_id:
                length = int((appointment.end - appointment.start).total_seconds() // 60)
                self.pending = (
                    appointment.id,
                    drag.target_column,
                    self.block_rect(
                        drag.target_column, drag.target_minute, drag.target_minute + length
                    ),
                )
                self.move_requested.emit(appointment, column.provider_id, new_start)
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
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_selection(-1 if key == Qt.Key.Key_Up else 1)
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

    def _step_selection(self, step: int) -> None:
        ordered = sorted(self.blocks, key=lambda b: (b.column, b.appointment.start))
        if not ordered:
            return
        ids = [b.appointment.id for b in ordered]
        if self.selected_id in ids:
            index = max(0, min(len(ids) - 1, ids.index(self.selected_id) + step))
        else:
            index = 0
        self.select(ids[index])

    def describe(self, appointment: AppointmentView) -> str:
        zone = self.data.zone if self.data else None
        start = appointment.start.astimezone(zone)
        end = appointment.end.astimezone(zone)
        lines = [
            f"{start:%H:%M}-{end:%H:%M}  {appointment.patient_name}",
            f"{appointment.type} with {appointment.provider_name}",
            f"Status: {appointment.status_label}; urgency: {appointment.urgency.value}",
        ]
        if appointment.room_name:
            lines.append(f"Room: {appointment.room_name}")
        if appointment.reason:
            lines.append(f"Reason: {appointment.reason}")
        return "\n".join(lines)

    def day_of_column(self, index: int) -> date:
        assert self.data is not None
        return self.data.columns[index].day

    def point_of(self, appointment_id: str) -> QPoint:
        """Centre of a block (tests drive drags with it)."""
        block = self.block_of(appointment_id)
        assert block is not None
        return block.rect.center().toPoint()
