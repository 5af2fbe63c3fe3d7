"""Painting the calendar grid: shaded columns, hour lines, appointment blocks, "now".

Everything here paints only what intersects the exposed rectangle: on the large demo
clinic a day is 30 columns and hundreds of blocks, and a scroll step exposes a strip
of a few dozen pixels. Fonts and their metrics are made once per base font, and each
block's elided text is kept until the block's width changes, so a frame is mostly
fills and cached strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap

from clinicdesk.domain.appointments import Status, Urgency
from clinicdesk.domain.common import utc_now
from clinicdesk.domain.status import status_label
from clinicdesk.ui.calendar.layout import GUTTER, Block
from clinicdesk.ui.i18n import time_text
from clinicdesk.ui.theme import PALETTE, colour, status_icon

if TYPE_CHECKING:
    from clinicdesk.ui.calendar.canvas import CalendarCanvas

FADED = frozenset({Status.NO_SHOW, Status.COMPLETED})
URGENT = frozenset({Urgency.URGENT, Urgency.EMERGENCY})
URGENT_MARK = "!"  # before the name of an urgent or emergency visit; the legend says so


@dataclass(frozen=True, slots=True)
class _Fonts:
    hours: QFont
    bold: QFont
    bold_metrics: QFontMetrics
    small: QFont
    small_metrics: QFontMetrics

    @classmethod
    def of(cls, base: QFont) -> _Fonts:
        hours = QFont(base)
        hours.setPointSizeF(base.pointSizeF() * 0.9)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.92)
        return cls(hours, bold, QFontMetrics(bold), small, QFontMetrics(small))


@dataclass(frozen=True, slots=True)
class _BlockText:
    """A block's two strings, elided to fit, and where they go."""

    width: float
    height: float
    first: str
    name_width: float
    two_lines: bool
    second: str
    second_room: float


class GridPainter:
    """Paints one :class:`CalendarCanvas`; the canvas owns the data and geometry."""

    def __init__(self, canvas: CalendarCanvas) -> None:
        self.canvas = canvas
        self._fonts: _Fonts | None = None
        self._font_key = ""
        self._texts: dict[str, _BlockText] = {}
        self._fills: dict[tuple[str, bool], tuple[QColor, QColor]] = {}
        self._icons: dict[tuple[Status, int, float], QPixmap] = {}

    def forget_layout(self) -> None:
        """Blocks moved or changed size: their elided text must be made again."""
        self._texts.clear()

    def fonts(self) -> _Fonts:
        base = self.canvas.font()
        if self._fonts is None or base.key() != self._font_key:
            self._fonts = _Fonts.of(base)
            self._font_key = base.key()
            self._texts.clear()
        return self._fonts

    def paint(self, painter: QPainter, exposed: QRectF) -> None:
        canvas = self.canvas
        painter.fillRect(exposed, colour("surface"))
        if canvas.data is None:
            painter.setPen(colour("muted"))
            painter.drawText(canvas.rect(), Qt.AlignmentFlag.AlignCenter, "Loading…")
            return
        self._paint_columns(painter, exposed)
        self._paint_grid(painter, exposed)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for block in canvas.blocks_in(exposed):
            self._paint_block(painter, block)
        self._paint_now(painter)

    # -- background ---------------------------------------------------------------------

    def _visible_columns(self, exposed: QRectF) -> range:
        return self.canvas.columns_between(exposed.left(), exposed.right())

    def _paint_columns(self, painter: QPainter, exposed: QRectF) -> None:
        canvas = self.canvas
        assert canvas.data is not None
        width = canvas.column_width()
        top, bottom = exposed.top(), exposed.bottom()
        closed, open_ = colour("closed"), colour("surface")
        painter.setPen(QPen(colour("border"), 1))
        for index in self._visible_columns(exposed):
            column = canvas.data.columns[index]
            left = canvas.column_left(index)
            # Outside working hours (closed, breaks, time off) is shaded; working time is white.
            painter.fillRect(QRectF(left, top, width, bottom - top), closed)
            for start, end in column.working:
                span_top = max(top, canvas.y_of(start))
                span_bottom = min(bottom, canvas.y_of(end))
                if span_bottom > span_top:
                    painter.fillRect(QRectF(left, span_top, width, span_bottom - span_top), open_)
            # The rule on the column's side towards the time column.
            edge = left + width if canvas.right_to_left() else left
            painter.drawLine(QPointF(edge, top), QPointF(edge, bottom))

    def _paint_grid(self, painter: QPainter, exposed: QRectF) -> None:
        canvas = self.canvas
        data = canvas.data
        assert data is not None
        painter.setFont(self.fonts().hours)
        hour_pen, line_pen = QPen(colour("grid_hour"), 1), QPen(colour("grid_line"), 1)
        gutter = QRectF(canvas.gutter_left(), exposed.top(), GUTTER, exposed.height())
        if canvas.right_to_left():
            left, right = exposed.left(), min(gutter.left(), exposed.right())
            hour_align = Qt.AlignmentFlag.AlignLeft
        else:
            left, right = max(GUTTER, exposed.left()), exposed.right()
            hour_align = Qt.AlignmentFlag.AlignRight
        first = max(data.first_minute, canvas.minute_at(exposed.top() - 20) // 15 * 15)
        last = min(data.last_minute, canvas.minute_at(exposed.bottom() + 20))
        for minute in range(first, last + 1, 15):
            y = canvas.y_of(minute)
            on_hour = minute % 60 == 0
            painter.setPen(hour_pen if on_hour else line_pen)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            if on_hour and gutter.intersects(exposed):
                painter.setPen(colour("muted"))
                # The hour stands next to the grid: at the gutter's inner edge.
                inner = gutter.left() + (10 if canvas.right_to_left() else 0)
                painter.drawText(
                    QRectF(inner, y - 2, GUTTER - 10, 18),
                    hour_align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop,
                    f"{minute // 60:02d}:00",
                )

    # -- blocks -------------------------------------------------------------------------

    def _fill_of(self, type_colour: str, faded: bool) -> tuple[QColor, QColor]:
        """The block's type colour and its tint laid over white, made once per pair.

        One opaque tint instead of a white block under a translucent one: half the
        antialiased rounded rectangles, which are most of a frame's cost.
        """
        key = (type_colour, faded)
        found = self._fills.get(key)
        if found is None:
            base = QColor(type_colour)
            alpha = (60 if faded else 95) / 255
            surface = colour("surface")
            tint = QColor(
                round(base.red() * alpha + surface.red() * (1 - alpha)),
                round(base.green() * alpha + surface.green() * (1 - alpha)),
                round(base.blue() * alpha + surface.blue() * (1 - alpha)),
            )
            found = self._fills[key] = (base, tint)
        return found

    def _status_pixmap(self, block: Block, size: int) -> QPixmap:
        """Status icons drawn once per status and size (qtawesome paints in Python)."""
        ratio = self.canvas.devicePixelRatioF()
        key = (block.appointment.status, size, ratio)
        pixmap = self._icons.get(key)
        if pixmap is None:
            pixmap = status_icon(block.appointment.status).pixmap(QSize(size, size), ratio)
            self._icons[key] = pixmap
        return pixmap

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        data = self.canvas.data
        assert data is not None
        appointment = block.appointment
        rect = block.rect
        faded = appointment.status in FADED
        base, tint = self._fill_of(
            data.type_colours.get(appointment.type_id, PALETTE["accent"]), faded
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(rect, 5, 5)
        stripe = rect.right() - 4 if self.canvas.right_to_left() else rect.left() + 1
        painter.fillRect(QRectF(stripe, rect.top() + 2, 3, rect.height() - 4), base)
        if appointment.id == self.canvas.selected_id:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour("accent"), 2.5))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
            if self.canvas.hasFocus():
                self._paint_focus_mark(painter, block)
        self._paint_block_text(painter, block, faded)

    def _block_text(self, block: Block) -> _BlockText:
        """The patient's name first; then, with room for a second line, the time,
        status and type beside the status icon, else the status icon alone at the right
        (its word is in the tooltip and the accessible description)."""
        rect = block.rect.adjusted(8, 2, -4, -2)
        cached = self._texts.get(block.appointment.id)
        if cached is not None and (cached.width, cached.height) == (rect.width(), rect.height()):
            return cached
        fonts = self.fonts()
        data = self.canvas.data
        appointment = block.appointment
        local_start = appointment.start.astimezone(data.zone) if data else appointment.start
        first = appointment.patient_name
        if appointment.urgency in URGENT:
            first = f"{URGENT_MARK} {first}"
        line = fonts.bold_metrics.height()
        icon_size = fonts.small_metrics.height()
        two_lines = rect.height() >= line + icon_size - 2
        name_width = rect.width() if two_lines else rect.width() - icon_size - 4
        name_width = max(0.0, name_width)
        second = (
            f"{time_text(local_start)} {status_label(appointment.status)} · {appointment.type}"
            if two_lines
            else ""
        )
        if two_lines and data and appointment.id in data.risk_marks:
            # The discreet mark: the risk in words; the tooltip gives the reasons.
            second += " · " + data.risk_marks[appointment.id].split(":", 1)[0]
        room = max(0.0, rect.width() - icon_size - 4) if two_lines else 0.0
        text = _BlockText(
            width=rect.width(),
            height=rect.height(),
            first=fonts.bold_metrics.elidedText(
                first, Qt.TextElideMode.ElideRight, int(name_width)
            ),
            name_width=name_width,
            two_lines=two_lines,
            second=fonts.small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, int(room)),
            second_room=room,
        )
        self._texts[appointment.id] = text
        return text

    def _paint_block_text(self, painter: QPainter, block: Block, faded: bool) -> None:
        fonts = self.fonts()
        text = self._block_text(block)
        rect = block.rect.adjusted(8, 2, -4, -2)
        line = fonts.bold_metrics.height()
        icon_size = fonts.small_metrics.height()
        mirrored = self.canvas.right_to_left()

        def placed(box: QRectF) -> QRectF:
            """``box`` laid out left to right, moved to its mirror place in the block."""
            if not mirrored:
                return box
            return QRectF(rect.left() + rect.right() - box.right(), box.top(), box.width(),
                          box.height())

        painter.setPen(colour("muted") if faded else colour("text"))
        painter.setFont(fonts.bold)
        painter.drawText(
            placed(QRectF(rect.left(), rect.top(), text.name_width, line)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text.first,
        )
        painter.setFont(fonts.small)
        if text.two_lines:
            top = rect.top() + line
            left = rect.left()
        else:
            top = rect.top() + (line - icon_size) / 2
            left = rect.right() - icon_size
        icon = placed(QRectF(left, top, icon_size, icon_size))
        painter.drawPixmap(int(icon.left()), int(icon.top()), self._status_pixmap(block, icon_size))
        if text.second:
            painter.drawText(
                placed(QRectF(left + icon_size + 4, top, text.second_room, icon_size)),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text.second,
            )

    def _paint_focus_mark(self, painter: QPainter, block: Block) -> None:
        """The keyboard's place: a dark ring just outside the selection ring, drawn
        only while the calendar has the keyboard's focus."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour("text"), 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(block.rect.adjusted(-2, -2, 2, 2), 6, 6)

    # -- overlays -----------------------------------------------------------------------

    def _paint_now(self, painter: QPainter) -> None:
        canvas = self.canvas
        data = canvas.data
        assert data is not None
        now = utc_now()
        today = now.astimezone(data.zone).date()
        minute = data.minute_of(now)
        if not data.first_minute <= minute <= data.last_minute:
            return
        y = canvas.y_of(minute)
        pen = QPen(colour("now"), 2)
        for index, column in enumerate(data.columns):
            if column.day != today:
                continue
            painter.setPen(pen)
            left = canvas.column_left(index)
            painter.drawLine(QPointF(left, y), QPointF(left + canvas.column_width(), y))
            painter.setBrush(colour("now"))
            dot = left + canvas.column_width() - 3 if canvas.right_to_left() else left + 3
            painter.drawEllipse(QPointF(dot, y), 4, 4)

    def paint_ghost(self, painter: QPainter, ghost: QRectF, label: str) -> None:
        """Where a dragged block would land (or a move waiting for the engine's answer)."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour("accent"), 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(ghost, 5, 5)
        if label:
            painter.setPen(colour("accent"))
            painter.drawText(
                ghost.adjusted(8, 2, -4, -2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                label,
            )


def _elided(text: str, metrics: QFontMetrics, width: int) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def fit_phrase(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` cut after its last whole word that fits, marked "…" (a single word too
    long for the room is the only thing ever cut inside)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    for count in range(len(words) - 1, 0, -1):
        shorter = " ".join(words[:count]).rstrip(" ·,;") + " …"
        if metrics.horizontalAdvance(shorter) <= width:
            return shorter
    return _elided(text, metrics, width)


def fit_name(text: str, metrics: QFontMetrics, width: int) -> str:
    """A person's name made to fit without cutting a word: given names become initials
    ("Nurse V. Almeida"), then the title goes ("V. Almeida"), then all but the surname."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    tries: list[list[str]] = []
    shortened = list(words)
    for index in range(1, len(words) - 1):
        shortened = [*shortened[:index], f"{words[index][0]}.", *shortened[index + 1 :]]
        tries.append(shortened)
    if len(shortened) > 2:
        tries.append(shortened[1:])
    if len(words) > 1:
        tries.append(words[-1:])
    for attempt in tries:
        candidate = " ".join(attempt)
        if metrics.horizontalAdvance(candidate) <= width:
            return candidate
    return _elided(words[-1] if words else text, metrics, width)
