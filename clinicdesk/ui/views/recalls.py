"""The recall list in the window: patients due for a follow-up, an attempt recorded from
the list, and the same list printed or saved as a CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.context import ServiceContext
from clinicdesk.services.recall_output import save_recall_list
from clinicdesk.services.recalls import DueRecalls, RecallView, due_recalls, record_recall_attempt
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.i18n import date_text, tr
from clinicdesk.ui.models import Column, RecordTableModel
from clinicdesk.ui.save_target import ask_save_target
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon

# The windows the desk chooses from: None is "by the end of this month".
WINDOWS: tuple[int | None, ...] = (None, 30, 90)


def _state(row: RecallView) -> str:
    if row.state == "overdue":
        return tr("RecallsView", "overdue")
    return tr("RecallsView", "due")


def _day(day: date | None) -> str:
    return date_text(day, weekday=False) if day is not None else ""


class RecallTableModel(RecordTableModel[RecallView]):
    columns = (
        Column(tr("RecallsView", "Due"), lambda r: _day(r.due)),
        Column(
            tr("RecallsView", "State"),
            _state,
            lambda r: icon("mdi6.alert-circle-outline") if r.state == "overdue" else None,
        ),
        Column(tr("RecallsView", "Patient"), lambda r: r.patient_name),
        Column(
            tr("RecallsView", "Phone"),
            lambda r: ", ".join(r.phones) or tr("RecallsView", "no phone on file"),
        ),
        Column(tr("RecallsView", "Recall"), lambda r: r.recall_type),
        Column(tr("RecallsView", "Attempts"), lambda r: str(r.attempts), align_right=True),
        Column(tr("RecallsView", "Last attempt"), lambda r: _day(r.last_attempt_on)),
        Column(tr("RecallsView", "Hidden until"), lambda r: _day(r.hidden_until)),
    )


class RecallsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("RecallsView", "Recall"))
        self.ctx: ServiceContext | None = None
        self.saved_to: Path | None = None
        title = QLabel(tr("RecallsView", "Recall"))
        title.setProperty("role", "title")
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.window_box = QComboBox()
        self.window_box.addItem(tr("RecallsView", "Due by the end of this month"))
        self.window_box.addItem(tr("RecallsView", "Due in the next 30 days"))
        self.window_box.addItem(tr("RecallsView", "Due in the next 90 days"))
        self.window_box.setAccessibleName(tr("RecallsView", "Which recalls"))
        window_label = QLabel(tr("RecallsView", "&Show:"))
        window_label.setBuddy(self.window_box)
        self.hidden_box = QCheckBox(tr("RecallsView", "&Include patients hidden after a call"))
        self.model = RecallTableModel()
        self.table = record_table(tr("RecallsView", "Patients due for recall"), self.model, 2)
        self.attempt_button = QPushButton(
            icon("mdi6.phone-check"), tr("RecallsView", "Record a&ttempt")
        )
        self.print_button = QPushButton(
            icon("mdi6.printer"), tr("RecallsView", "Save for pri&nting (PDF)…")
        )
        self.csv_button = QPushButton(
            icon("mdi6.file-delimited"), tr("RecallsView", "E&xport CSV…")
        )
        self.refresh_button = QPushButton(icon("mdi6.refresh"), tr("RecallsView", "&Update list"))
        self.outcome = QLabel()
        self.outcome.setProperty("role", "muted")
        self.window_box.currentIndexChanged.connect(lambda _index: self.reload())
        self.hidden_box.toggled.connect(lambda _on: self.reload())
        self.attempt_button.clicked.connect(self.record_attempt)
        self.print_button.clicked.connect(lambda: self.save(".pdf"))
        self.csv_button.clicked.connect(lambda: self.save(".csv"))
        self.refresh_button.clicked.connect(self.reload)
        self.table.activated.connect(lambda _index: self.record_attempt())
        filters = QHBoxLayout()
        filters.addWidget(window_label)
        filters.addWidget(self.window_box)
        filters.addWidget(self.hidden_box)
        filters.addStretch()
        filters.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (self.attempt_button, self.print_button, self.csv_button):
            actions.addWidget(button)
        actions.addWidget(self.outcome)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)

    # WorkspaceView --------------------------------------------------------------------

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def on_shown(self) -> None:
        self.reload()

    def show_date(self, day: date) -> None:
        """The list runs from today, whatever day the calendar shows."""

    def selected_appointment(self) -> AppointmentView | None:
        return None

    def on_schedule_changed(self) -> None:
        # A booking may have closed a recall.
        if self.isVisible():
            self.reload()

    # Loading and actions ---------------------------------------------------------------

    @property
    def within_days(self) -> int | None:
        return WINDOWS[max(self.window_box.currentIndex(), 0)]

    def reload(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        within, hidden = self.within_days, self.hidden_box.isChecked()
        run_in_background(
            self,
            lambda: due_recalls(ctx, within_days=within, include_hidden=hidden),
            self._show,
        )

    def _show(self, listing: DueRecalls) -> None:
        selected = self.selected_recall()
        self.model.set_rows(listing.rows)
        overdue = sum(1 for row in listing.rows if row.state == "overdue")
        self.summary.setText(
            tr("RecallsView", "{count} due by {day}, {overdue} overdue.").format(
                count=len(listing.rows), day=_day(listing.last_day), overdue=overdue
            )
        )
        rows = self.model.rows
        keep = next((i for i, row in enumerate(rows) if selected and row.id == selected.id), 0)
        if rows:
            self.table.selectRow(keep)

    def selected_recall(self) -> RecallView | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def record_attempt(self) -> None:
        ctx, recall = self.ctx, self.selected_recall()
        if ctx is None or recall is None:
            return

        def recorded(after: RecallView) -> None:
            self.outcome.setText(
                tr("RecallsView", "Attempt {count} recorded for {name}.").format(
                    count=after.attempts, name=after.patient_name
                )
            )
            self.reload()

        run_in_background(self, lambda: record_recall_attempt(ctx, recall.id), recorded)

    def save(self, extension: str) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        is_csv = extension == ".csv"
        target = ask_save_target(
            self,
            tr("RecallsView", "Export CSV") if is_csv else tr("RecallsView", "Save as PDF"),
            Path.home() / f"recall-list{extension}",
            tr("RecallsView", "CSV files (*.csv)")
            if is_csv
            else tr("RecallsView", "PDF files (*.pdf)"),
            extension,
        )
        if target is None:
            return
        within, hidden = self.within_days, self.hidden_box.isChecked()

        def saved(path: Path) -> None:
            self.saved_to = path
            self.outcome.setText(tr("RecallsView", "Saved {path}").format(path=path))

        run_in_background(
            self,
            lambda: save_recall_list(
                ctx,
                target.path,
                within_days=within,
                include_hidden=hidden,
                overwrite=target.overwrite,
            ),
            saved,
        )
