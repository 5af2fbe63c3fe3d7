"""The worklist of visits left inside new time off: ring, tick off, rebook, print.

Every visit is listed (not the first ten), with the patient's phone numbers. Each
action is one service call on the selected visit, and the list is read again after it,
so what the table shows is what the store holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.interop.files import OutputKind, OutputRequest, write_rendered
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.displaced_visits import (
    DisplacedVisit,
    displaced_visits,
    mark_called,
    print_displaced_visits,
    rebook_first_available,
)
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.fitting import fit_to_screen
from clinicdesk.ui.i18n import date_text, date_time_text, tr
from clinicdesk.ui.models import Column, RecordTableModel
from clinicdesk.ui.save_target import ask_save_target
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon


class DisplacedVisitModel(RecordTableModel[DisplacedVisit]):
    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__()
        self.zone = zone
        self.columns = (
            Column(tr("DisplacedVisitModel", "When"), self._when),
            Column(tr("DisplacedVisitModel", "Patient"), lambda v: v.patient_name),
            Column(
                tr("DisplacedVisitModel", "Born"),
                lambda v: date_text(v.birth_date, weekday=False) if v.birth_date else "",
            ),
            Column(
                tr("DisplacedVisitModel", "Phone"),
                lambda v: ", ".join(v.phones) or tr("DisplacedVisitModel", "no phone on file"),
            ),
            Column(tr("DisplacedVisitModel", "Type"), lambda v: v.appointment.type),
            Column(tr("DisplacedVisitModel", "Provider"), lambda v: v.appointment.provider_name),
            Column(
                tr("DisplacedVisitModel", "Called"),
                lambda v: (
                    tr("DisplacedVisitModel", "✓ called")
                    if v.called
                    else tr("DisplacedVisitModel", "to call")
                ),
            ),
            Column(tr("DisplacedVisitModel", "State"), self._state),
        )

    def _when(self, visit: DisplacedVisit) -> str:
        return date_time_text(visit.appointment.start.astimezone(self.zone))

    @staticmethod
    def _state(visit: DisplacedVisit) -> str:
        if visit.appointment.status.value == "cancelled":
            return tr("DisplacedVisitModel", "cancelled")
        if visit.rebooked:
            return tr("DisplacedVisitModel", "rebooked")
        return tr("DisplacedVisitModel", "to rebook")


class DisplacedVisitsDialog(QDialog):
    """``changed`` tells the window the schedule moved (calendars reload)."""

    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        appointment_ids: Sequence[str],
        since: datetime,
        zone: ZoneInfo,
        parent: QWidget | None = None,
        *,
        provider_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = tuple(appointment_ids)
        self.since = since
        self.provider_name = provider_name
        self.saved_to: Path | None = None
        self.setWindowTitle(tr("DisplacedVisitsDialog", "Visits to rebook"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = DisplacedVisitModel(zone)
        # The phone column gives way (its tooltip holds every number); names stay whole.
        self.table = record_table(
            tr("DisplacedVisitsDialog", "Visits inside the time off"), self.model, 3
        )
        self.outcome = QLabel()  # what the last action did; refusals come as a dialog
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(tr("DisplacedVisitsDialog", "Last action"))
        self.called_button = QPushButton(
            icon("mdi6.phone-check"), tr("DisplacedVisitsDialog", "Ca&lled")
        )
        self.called_button.setToolTip(
            tr("DisplacedVisitsDialog", "Tick off the call to the selected patient")
        )
        self.same_button = QPushButton(
            icon("mdi6.calendar-refresh"), tr("DisplacedVisitsDialog", "Rebook, &same")
        )
        self.same_button.setToolTip(
            tr(
                "DisplacedVisitsDialog",
                "Move the selected visit to the first free time with the same provider",
            )
        )
        self.other_button = QPushButton(
            icon("mdi6.account-switch"), tr("DisplacedVisitsDialog", "Rebook, &other")
        )
        self.other_button.setToolTip(
            tr(
                "DisplacedVisitsDialog",
                "Move the selected visit to the first free time with another provider",
            )
        )
        self.print_button = QPushButton(
            icon("mdi6.printer"), tr("DisplacedVisitsDialog", "Save list as &PDF…")
        )
        self.actions = (self.called_button, self.same_button, self.other_button)
        self.called_button.clicked.connect(self.tick_called)
        self.same_button.clicked.connect(lambda: self.rebook(same_provider=True))
        self.other_button.clicked.connect(lambda: self.rebook(same_provider=False))
        self.print_button.clicked.connect(self.save_pdf)
        row = QHBoxLayout()
        for button in (*self.actions, self.print_button):
            row.addWidget(button)
        row.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(close)
        fit_to_screen(self, QSize(1180, 620))
        self.reload()

    # -- reading ----------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        ctx, ids, since = self.ctx, self.ids, self.since
        run_in_background(
            self,
            lambda: displaced_visits(ctx, ids, since),
            lambda visits: self._show(visits, select_id),
            lambda error: report_error(
                self, error, tr("DisplacedVisitsDialog", "Visits to rebook")
            ),
        )

    def _show(self, visits: list[DisplacedVisit], select_id: str | None) -> None:
        current = select_id or (self.selected.appointment.id if self.selected else None)
        self.model.set_rows(visits)
        to_call = sum(1 for v in visits if not v.called)
        to_rebook = sum(1 for v in visits if not v.rebooked)
        self.summary.setText(
            tr(
                "DisplacedVisitsDialog",
                "{count} booked visits are inside the time off of {provider}; they were not "
                "moved. {to_call} still to call, {to_rebook} still to rebook.",
            ).format(
                count=len(visits),
                provider=self.provider_name or tr("DisplacedVisitsDialog", "the provider"),
                to_call=to_call,
                to_rebook=to_rebook,
            )
        )
        row = next(
            (n for n, v in enumerate(visits) if v.appointment.id == current),
            next((n for n, v in enumerate(visits) if not v.rebooked), 0),
        )
        if visits:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus()

    @property
    def selected(self) -> DisplacedVisit | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    # -- acting -----------------------------------------------------------------------

    def _run(self, call: object, done: object) -> None:
        for button in self.actions:
            button.setEnabled(False)

        def finished(result: object) -> None:
            for button in self.actions:
                button.setEnabled(True)
            self.outcome.clear()
            done(result)  # type: ignore[operator]

        def failed(error: BaseException) -> None:
            for button in self.actions:
                button.setEnabled(True)
            report_error(self, error, tr("DisplacedVisitsDialog", "Visits to rebook"))

        run_in_background(self, call, finished, failed)  # type: ignore[arg-type]

    def tick_called(self) -> None:
        visit, ctx = self.selected, self.ctx
        if visit is None:
            return
        visit_id = visit.appointment.id
        self._run(lambda: mark_called(ctx, visit_id), lambda _r: self.reload(visit_id))

    def rebook(self, *, same_provider: bool) -> None:
        visit, ctx = self.selected, self.ctx
        if visit is None:
            return
        visit_id = visit.appointment.id

        def moved(view: AppointmentView) -> None:
            local = view.start.astimezone(self.model.zone)
            self.outcome.setText(
                tr("DisplacedVisitsDialog", "Rebooked: {name}, {time}, {provider}").format(
                    name=visit.patient_name,
                    time=date_time_text(local),
                    provider=view.provider_name,
                )
            )
            self.changed.emit()
            self.reload(visit_id)

        self._run(lambda: rebook_first_available(ctx, visit_id, same_provider=same_provider), moved)

    def save_pdf(self) -> None:
        ctx, ids, since = self.ctx, self.ids, self.since
        target = ask_save_target(
            self,
            tr("DisplacedVisitsDialog", "Save as PDF"),
            Path.home() / "visits-to-rebook.pdf",
            tr("DisplacedVisitsDialog", "PDF files (*.pdf)"),
            ".pdf",
        )
        if target is None:
            return
        request = OutputRequest(target.path, OutputKind.PDF, target.overwrite)

        def write() -> Path:
            return write_rendered(
                request, lambda: print_displaced_visits(ctx, ids, since), ctx.protected_folders
            )

        def saved(path: Path) -> None:
            self.saved_to = path
            self.outcome.setText(tr("DisplacedVisitsDialog", "Saved {path}").format(path=path))

        run_in_background(
            self,
            write,
            saved,
            lambda error: report_error(self, error, tr("DisplacedVisitsDialog", "Save as PDF")),
        )
