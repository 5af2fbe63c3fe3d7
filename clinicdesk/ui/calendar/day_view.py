"""The calendar pane (header + scrolling canvas) and the day view over it, with its
choice of columns: all providers, a saved view of some, or one column per room."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.context import ServiceContext
from clinicdesk.services.providers import ProviderView, list_providers
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.calendar.canvas import GUTTER, CalendarCanvas
from clinicdesk.ui.calendar.data import CalendarData, load_day, load_rooms_day
from clinicdesk.ui.calendar.provider_picker import ProviderPicker
from clinicdesk.ui.calendar.saved_views import NamedViews
from clinicdesk.ui.theme import colour, icon

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


ALL_KEY = "@all"
ROOMS_KEY = "@rooms"
CUSTOM_KEY = "@custom"


class DayView(QWidget):
    """One column per provider (all, a chosen few, or a saved view) or per room."""

    loaded = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Day view")
        self.ctx: ServiceContext | None = None
        self.day: date | None = None
        self.views = NamedViews(settings)
        self.providers: list[ProviderView] = []
        self.provider_ids: list[str] | None = None  # None: every bookable provider
        self.by_room = False
        self.pane = CalendarPane("Day calendar: one column per provider")
        self.canvas = self.pane.canvas
        self._generation = 0
        self.shown = QComboBox()
        self.shown.setAccessibleName("Columns shown in the day view")
        self.shown.setMinimumWidth(220)
        label = QLabel("Sho&w:")
        label.setBuddy(self.shown)
        self.choose_button = QPushButton(icon("mdi6.account-multiple-check"), "C&hoose providers…")
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), "Save as &view…")
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), "Delete view")
        self.choose_button.clicked.connect(self.choose_providers)
        self.save_button.clicked.connect(lambda _checked=False: self.save_view(None))
        self.delete_button.clicked.connect(self.delete_view)
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 8)
        top.addWidget(label)
        top.addWidget(self.shown)
        top.addWidget(self.choose_button)
        top.addWidget(self.save_button)
        top.addWidget(self.delete_button)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pane)
        self._fill_choices(self.views.chosen or ALL_KEY)
        self.shown.currentIndexChanged.connect(lambda _index: self._chosen_changed())
        self._apply_choice(reload=False)

    # -- what is shown --------------------------------------------------------------------

    def _fill_choices(self, select: str) -> None:
        self.shown.blockSignals(True)
        self.shown.clear()
        self.shown.addItem(icon("mdi6.account-group-outline"), "All providers", ALL_KEY)
        for name in self.views.names():
            self.shown.addItem(icon("mdi6.bookmark-outline"), name, name)
        if select == CUSTOM_KEY:
            self.shown.addItem(icon("mdi6.account-multiple-check"), "Chosen providers", CUSTOM_KEY)
        self.shown.addItem(icon("mdi6.door"), "By room", ROOMS_KEY)
        self.shown.setCurrentIndex(max(0, self.shown.findData(select)))
        self.shown.blockSignals(False)

    @property
    def choice(self) -> str:
        return str(self.shown.currentData())

    def _chosen_changed(self) -> None:
        self._apply_choice(reload=True)

    def _apply_choice(self, *, reload: bool) -> None:
        key = self.choice
        self.by_room = key == ROOMS_KEY
        if key == ALL_KEY:
            self.provider_ids = None
        elif key not in (ROOMS_KEY, CUSTOM_KEY):
            self.provider_ids = self.views.providers(key) or None
        self.delete_button.setEnabled(key not in (ALL_KEY, ROOMS_KEY, CUSTOM_KEY))
        self.save_button.setEnabled(key == CUSTOM_KEY)
        self.choose_button.setEnabled(not self.by_room)
        self.canvas.setAccessibleName(
            "Day calendar: one column per room"
            if self.by_room
            else "Day calendar: one column per provider"
        )
        if key != CUSTOM_KEY:
            self.views.chosen = key
        if reload:
            self.reload()

    def show_choice(self, key: str) -> None:
        """Show all providers (ALL_KEY), rooms (ROOMS_KEY) or a saved view by name."""
        index = self.shown.findData(key)
        if index < 0:
            raise ValueError(f"No calendar view called {key!r}.")
        self.shown.setCurrentIndex(index)

    def set_providers(self, provider_ids: list[str]) -> None:
        """Show just these providers (not yet saved as a view)."""
        self.provider_ids = list(provider_ids)
        self._fill_choices(CUSTOM_KEY)
        self._apply_choice(reload=True)

    def choose_providers(self) -> None:
        picker = ProviderPicker(self.providers, self.provider_ids, self)
        picker.accepted.connect(lambda: self.set_providers(picker.chosen))
        picker.open()

    def save_view(self, name: str | None = None) -> str | None:
        """Save the chosen providers under ``name`` (asked for when not given)."""
        if self.provider_ids is None:
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, "Save calendar view", "Name of the view:")
            if not ok:
                return None
        try:
            saved = self.views.save(name, self.provider_ids)
        except ValueError as error:
            QMessageBox.warning(self, "Save calendar view", str(error))
            return None
        self._fill_choices(saved)
        self._apply_choice(reload=False)
        return saved

    def delete_view(self) -> None:
        key = self.choice
        if key in (ALL_KEY, ROOMS_KEY, CUSTOM_KEY):
            return
        answer = QMessageBox.question(
            self, "Delete calendar view", f"Delete the view '{key}'? No appointments change."
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.views.delete(key)
        self._fill_choices(ALL_KEY)
        self._apply_choice(reload=True)

    # -- loading --------------------------------------------------------------------------

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        run_in_background(self, lambda: list_providers(ctx, bookable_only=True), self._got)

    def _got(self, providers: list[ProviderView]) -> None:
        self.providers = providers

    def show_day(self, day: date) -> None:
        self.day = day
        self.reload()

    # -- the workspace's view protocol (clinicdesk.ui.shell.workspace) -------------------

    def on_shown(self) -> None:
        """Nothing to load: the day follows the window's date."""

    def show_date(self, day: date) -> None:
        self.show_day(day)

    def on_schedule_changed(self) -> None:
        self.reload()

    def selected_appointment(self) -> AppointmentView | None:
        return self.canvas.selected

    def reload(self) -> None:
        if self.ctx is None or self.day is None:
            return
        ctx, day = self.ctx, self.day
        ids = list(self.provider_ids) if self.provider_ids else None
        loader = load_rooms_day if self.by_room else load_day
        self._generation += 1
        generation = self._generation

        def done(data: CalendarData) -> None:
            if generation != self._generation:
                return  # an older day finished after a newer one was asked for
            empty = "No rooms are set up yet." if self.by_room else "No providers are set up yet."
            self.pane.show_data(data, empty)
            self.loaded.emit()

        run_in_background(self, lambda: loader(ctx, day, ids), done)
