"""When time frees up: the ranked waitlist candidates, and booking the one chosen."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.appointment_changes import ChangeResult
from clinicdesk.services.booking import BookingResult
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.waitlist import book_from_waitlist
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import date_text, time_range_text, tr
from clinicdesk.ui.models import CandidateTableModel
from clinicdesk.ui.tables import record_table


class WaitlistOfferDialog(QDialog):
    booked = Signal(object)  # BookingResult

    def __init__(self, ctx: ServiceContext, change: ChangeResult, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("WaitlistOfferDialog", "Time freed: offer it from the waitlist"))
        self.resize(860, 380)
        zone = ZoneInfo("UTC")
        if change.appointment.start.tzinfo is not None:
            zone = getattr(parent, "clinic_zone", zone)
        freed = change.freed
        where = change.appointment.provider_name
        when = ""
        if freed is not None:
            start = freed.start.astimezone(zone)
            end = freed.end.astimezone(zone)
            when = f"{date_text(start.date(), year=False)} {time_range_text(start, end)}"
        intro = QLabel(
            tr(
                "WaitlistOfferDialog",
                "{when} with {provider} is free. These waitlist patients fit, best match "
                "first. Call them on the numbers shown, then book the one who takes it.",
            ).format(when=when, provider=where)
        )
        intro.setWordWrap(True)
        self.model = CandidateTableModel(zone, change.waitlist_candidates)
        self.table = record_table("Waitlist candidates", self.model, stretch_column=1)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.buttons = QDialogButtonBox()
        self.book_button = self.buttons.addButton(
            tr("WaitlistOfferDialog", "&Book the selected patient"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.book_button.setDefault(True)
        later = self.buttons.addButton(
            tr("WaitlistOfferDialog", "&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        later.clicked.connect(self.reject)
        self.book_button.clicked.connect(self.book_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)

    def book_selected(self) -> None:
        index = self.table.currentIndex()
        candidate = self.model.record(index.row()) if index.isValid() else None
        if candidate is None:
            return
        ctx = self.ctx
        self.book_button.setEnabled(False)

        def done(result: BookingResult) -> None:
            self.booked.emit(result)
            self.accept()

        def failed(error: BaseException) -> None:
            self.book_button.setEnabled(True)
            report_error(self, error, "Book from the waitlist")

        run_in_background(self, lambda: book_from_waitlist(ctx, candidate), done, failed)
