"""The week view: one provider, a column per day, Monday to Sunday."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clinicdesk.services.context import ServiceContext
from clinicdesk.services.providers import ProviderView, list_providers
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.calendar.data import CalendarData, load_week
from clinicdesk.ui.calendar.day_view import CalendarPane
from clinicdesk.ui.i18n import tr
from clinicdesk.ui.word_search import enable_word_search


class WeekView(QWidget):
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("WeekView", "Week view"))
        self.ctx: ServiceContext | None = None
        self.day: date | None = None
        self.provider = enable_word_search(QComboBox())  # "lee" finds Dr Ana Lee
        self.provider.setAccessibleName(tr("WeekView", "Provider shown in the week view"))
        self.provider.setMinimumWidth(220)
        label = QLabel(tr("WeekView", "&Provider:"))
        label.setBuddy(self.provider)
        self.pane = CalendarPane("Week calendar: one column per day")
        self.canvas = self.pane.canvas
        self._generation = 0
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 8)
        top.addWidget(label)
        top.addWidget(self.provider)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pane)
        self.provider.currentIndexChanged.connect(lambda _index: self.reload())

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        run_in_background(self, lambda: list_providers(ctx, bookable_only=True), self._fill)

    def _fill(self, providers: list[ProviderView]) -> None:
        current = self.provider.currentData()
        self.provider.blockSignals(True)
        self.provider.clear()
        for provider in providers:
            self.provider.addItem(f"{provider.display_name} ({provider.specialty})", provider.id)
        index = self.provider.findData(current)
        self.provider.setCurrentIndex(max(0, index))
        self.provider.blockSignals(False)
        self.reload()

    def show_day(self, day: date) -> None:
        self.day = day
        self.reload()

    # -- the workspace's view protocol (clinicdesk.ui.shell.workspace) -------------------

    def on_shown(self) -> None:
        """Nothing to load (the week follows the window's date); the keyboard goes to
        the calendar."""
        self.canvas.setFocus()

    def show_date(self, day: date) -> None:
        self.show_day(day)

    def on_schedule_changed(self) -> None:
        self.reload()

    def selected_appointment(self) -> AppointmentView | None:
        return self.canvas.selected

    def reload(self) -> None:
        provider_id = self.provider.currentData()
        if self.ctx is None or self.day is None or provider_id is None:
            return
        ctx, day = self.ctx, self.day
        self._generation += 1
        generation = self._generation

        def done(data: CalendarData) -> None:
            if generation == self._generation:
                self.pane.show_data(data, "")
                self.loaded.emit()

        run_in_background(self, lambda: load_week(ctx, provider_id, day), done)
