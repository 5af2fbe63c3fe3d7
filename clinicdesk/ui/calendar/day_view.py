"""The calendar pane (header + scrolling canvas) and the day view over it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from clinicdesk.services.context import ServiceContext
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.calendar.canvas import GUTTER, CalendarCanvas
from clinicdesk.ui.calendar.data import CalendarData, load_day
from clinicdesk.ui.theme import colour

HEADER_HEIGHT = 46


class CalendarHeader(QWidget):
    """Column titles, kept in line with the canvas as it scrolls sideways."""

    def __init__(self, canvas: CalendarCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.offset = 0
        self.setFixedHeight(HEADER_HEIGHT)
        self.setAccessibleName("Calendar columns")

    def set_offset(self, offset: int) -> None:
        self.offset = offset
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), colour("surface"))
        painter.setPen(colour("border"))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        data = self.canvas.data
        if data is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.88)
        width = self.canvas.column_width()
        for index, column in enumerate(data.columns):
            left = GUTTER + index * width - self.offset
            if left + width < GUTTER or left > self.width():
                continue
            box = QRectF(left + 8, 4, width - 12, HEADER_HEIGHT - 8)
            painter.setPen(colour("text"))
            painter.setFont(bold)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                painter.fontMetrics().elidedText(
                    column.title, Qt.TextElideMode.ElideRight, int(box.width())
                ),
            )
            painter.setPen(colour("muted"))
            painter.setFont(small)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, column.subtitle
            )
        painter.fillRect(0, 0, GUTTER, self.height() - 1, colour("surface"))


class CalendarPane(QFrame):
    """Header over a scroll area holding the canvas."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.canvas = CalendarCanvas()
        self.canvas.setAccessibleName(accessible_name)
        self.header = CalendarHeader(self.canvas)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.horizontalScrollBar().valueChanged.connect(self.header.set_offset)
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll)

    def show_data(self, data: CalendarData, empty_text: str) -> None:
        first_time = self.canvas.data is None
        self.canvas.set_data(data)
        self.header.update()
        self.empty.setText(empty_text)
        self.empty.setVisible(not data.columns)
        if first_time:
            # Start the day at the first working hour rather than at midnight.
            starts = [s for c in data.columns for s, _ in c.working]
            if starts:
                self.scroll.verticalScrollBar().setValue(int(self.canvas.y_of(min(starts))) - 8)


class DayView(QWidget):
    """One column per bookable provider for the chosen day."""

    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Day view")
        self.ctx: ServiceContext | None = None
        self.day: date | None = None
        self.pane = CalendarPane("Day calendar: one column per provider")
        self.canvas = self.pane.canvas
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pane)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def show_day(self, day: date) -> None:
        self.day = day
        self.reload()

    def reload(self) -> None:
        if self.ctx is None or self.day is None:
            return
        ctx, day = self.ctx, self.day
        self._generation += 1
        generation = self._generation

        def done(data: CalendarData) -> None:
            if generation != self._generation:
                return  # an older day finished after a newer one was asked for
            self.pane.show_data(data, "No providers are set up yet.")
            self.loaded.emit()

        run_in_background(self, lambda: load_day(ctx, day), done)
