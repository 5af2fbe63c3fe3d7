"""The waitlist: who is waiting for an earlier slot, most urgent first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.context import ServiceContext
from clinicdesk.services.views import AppointmentView
from clinicdesk.services.waitlist import WaitlistEntryView, list_waitlist, remove_from_waitlist
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.i18n import tr
from clinicdesk.ui.models import WaitlistTableModel
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon


class WaitlistView(QWidget):
    add_requested = Signal()  # the window opens the booking dialog (waitlist from there)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("WaitlistView", "Waitlist"))
        self.ctx: ServiceContext | None = None
        title = QLabel(tr("WaitlistView", "Waitlist"))
        title.setProperty("role", "title")
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.model = WaitlistTableModel()
        self.table = record_table("Patients on the waitlist", self.model, stretch_column=1)
        self.add_button = QPushButton(
            icon("mdi6.account-plus"), tr("WaitlistView", "&Add to waitlist…")
        )
        self.add_button.setToolTip(
            tr("WaitlistView", "Opens the booking dialog; use Add to waitlist there")
        )
        self.remove_button = QPushButton(icon("mdi6.account-remove"), tr("WaitlistView", "&Remove"))
        self.refresh_button = QPushButton(icon("mdi6.refresh"), tr("WaitlistView", "Re&fresh"))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def on_shown(self) -> None:
        self.reload()

    def show_date(self, day: date) -> None:
        """The waitlist is not of one day."""

    def selected_appointment(self) -> AppointmentView | None:
        return None

    def on_schedule_changed(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        run_in_background(self, lambda: list_waitlist(ctx), self._show)

    def _show(self, entries: list[WaitlistEntryView]) -> None:
        self.model.set_rows(entries)
        urgent = sum(1 for e in entries if e.urgency.value in ("urgent", "emergency"))
        self.summary.setText(
            tr("WaitlistView", "%n waiting; {urgent} urgent or emergency.", n=len(entries)).format(
                urgent=urgent
            )
        )

    @property
    def selected(self) -> WaitlistEntryView | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def remove_selected(self) -> None:
        ctx, entry = self.ctx, self.selected
        if ctx is None or entry is None:
            return
        run_in_background(
            self, lambda: remove_from_waitlist(ctx, entry.id), lambda _r: self.reload()
        )
