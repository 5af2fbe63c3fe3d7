"""Time off and extra hours for one provider: the list, add, and remove.

Adding time off over booked appointments does not move them (the engine leaves them
for the front desk); the editor opens them straight away as a worklist (every visit,
the patients' phones, call ticked off, rebook at the first free time, print), so
someone can ring and rebook. A role that may not see bookings hears only how many.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QModelIndex, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicError
from clinicdesk.domain.permissions import Permission, allows
from clinicdesk.domain.providers import ExceptionKind
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.schedules import (
    ExceptionView,
    add_extra_hours,
    add_time_off,
    remove_exception,
)
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.date_bounds import ClinicDateEdit
from clinicdesk.ui.displaced_visits_dialog import DisplacedVisitsDialog
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import date_text, tr, tr_noop
from clinicdesk.ui.models import Column, RecordTableModel
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon

KIND_TEXT = {
    ExceptionKind.TIME_OFF: tr_noop("ExceptionsEditor", "Time off"),
    ExceptionKind.EXTRA_HOURS: tr_noop("ExceptionsEditor", "Extra hours"),
}
KIND_ICON = {
    ExceptionKind.TIME_OFF: "mdi6.beach",
    ExceptionKind.EXTRA_HOURS: "mdi6.clock-plus-outline",
}


def span_text(exception: ExceptionView) -> str:
    if exception.start is None or exception.end is None:
        return "all day"
    return f"{exception.start:%H:%M}-{exception.end:%H:%M}"


class ExceptionTableModel(RecordTableModel[ExceptionView]):
    columns = (
        Column(
            tr("ExceptionTableModel", "Kind"),
            lambda e: tr("ExceptionsEditor", KIND_TEXT[e.kind]),
            lambda e: icon(KIND_ICON[e.kind]),
        ),
        Column(tr("ExceptionTableModel", "From"), lambda e: date_text(e.first_day)),
        Column(tr("ExceptionTableModel", "To"), lambda e: date_text(e.last_day)),
        Column(tr("ExceptionTableModel", "Time"), span_text),
        Column(tr("ExceptionTableModel", "Reason"), lambda e: e.reason),
    )


@dataclass(frozen=True, slots=True)
class Added:
    exception: ExceptionView
    affected_ids: tuple[str, ...]
    since: datetime  # when the time off was added: later moves are rebookings


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class ExceptionsEditor(QWidget):
    """Shown beside the weekly template; ``changed`` asks the owner to reload."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: ServiceContext | None = None
        self.provider_id: str | None = None
        self.provider_name = ""
        self.zone = ZoneInfo("UTC")
        self.model = ExceptionTableModel()
        self.table = record_table("Time off and extra hours", self.model, stretch_column=4)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("ExceptionsEditor", "Kind of exception"))
        for kind, text in KIND_TEXT.items():
            self.kind.addItem(icon(KIND_ICON[kind]), text, kind)
        self.first_day = ClinicDateEdit(QDate.currentDate())
        self.last_day = ClinicDateEdit(QDate.currentDate())
        for edit, name in ((self.first_day, "First day"), (self.last_day, "Last day")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setAccessibleName(name)
        self.whole_day = QCheckBox(tr("ExceptionsEditor", "&Whole days"))
        self.whole_day.setChecked(True)
        self.start = QTimeEdit(_qtime(time(9)))
        self.end = QTimeEdit(_qtime(time(12)))
        for edit, name in ((self.start, "From time"), (self.end, "To time")):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("ExceptionsEditor", "Reason"))
        self.reason.setPlaceholderText(
            tr("ExceptionsEditor", "e.g. annual leave, training, Saturday clinic")
        )
        self.add_button = QPushButton(icon("mdi6.plus"), tr("ExceptionsEditor", "&Add"))
        self.remove_button = QPushButton(
            icon("mdi6.delete-outline"), tr("ExceptionsEditor", "Re&move selected…")
        )
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.affected = QLabel()
        self.affected.setProperty("role", "alert")
        self.affected.setWordWrap(True)
        self.affected.setAccessibleName(
            tr("ExceptionsEditor", "Appointments inside the new time off")
        )
        self.affected.hide()
        self.worklist_button = QPushButton(
            icon("mdi6.phone-outline"), tr("ExceptionsEditor", "Open the &worklist…")
        )
        self.worklist_button.setToolTip(
            tr("ExceptionsEditor", "Every visit inside the time off: call, rebook, print")
        )
        self.worklist_button.clicked.connect(self.open_worklist)
        self.worklist_button.hide()
        self.worklist: DisplacedVisitsDialog | None = None
        self._last_added: Added | None = None
        self.kind.currentIndexChanged.connect(lambda _i: self._enable())
        self.whole_day.toggled.connect(lambda _on: self._enable())
        self.first_day.dateChanged.connect(self._keep_order)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self._layout()
        self._enable()
        self.setEnabled(False)

    def _layout(self) -> None:
        times = QHBoxLayout()
        times.addWidget(self.whole_day)
        times.addWidget(self.start)
        times.addWidget(QLabel(tr("ExceptionsEditor", "to")))
        times.addWidget(self.end)
        times.addStretch()
        days = QHBoxLayout()
        days.addWidget(self.first_day)
        days.addWidget(QLabel(tr("ExceptionsEditor", "to")))
        days.addWidget(self.last_day)
        days.addStretch()
        # A row holding a layout gets no buddy from QFormLayout: give these labels theirs,
        # or the '&' shows as text instead of a shortcut.
        days_label = QLabel(tr("ExceptionsEditor", "&Days:"))
        days_label.setBuddy(self.first_day)
        time_label = QLabel(tr("ExceptionsEditor", "T&ime:"))
        time_label.setBuddy(self.whole_day)
        form = QFormLayout()
        form.addRow(tr("ExceptionsEditor", "&Kind:"), self.kind)
        form.addRow(days_label, days)
        form.addRow(time_label, times)
        form.addRow(tr("ExceptionsEditor", "R&eason:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        affected_row = QHBoxLayout()
        affected_row.addWidget(self.affected, 1)
        affected_row.addWidget(self.worklist_button)
        layout.addLayout(affected_row)

    def _enable(self) -> None:
        time_off = self.kind.currentData() == ExceptionKind.TIME_OFF
        self.whole_day.setEnabled(time_off)
        timed = not time_off or not self.whole_day.isChecked()
        self.start.setEnabled(timed)
        self.end.setEnabled(timed)

    def _keep_order(self, first: QDate) -> None:
        if self.last_day.date() < first:
            self.last_day.setDate(first)

    def show_for(self, provider_id: str, name: str, exceptions: tuple[ExceptionView, ...]) -> None:
        if provider_id != self.provider_id:
            self.affected.hide()
            self.worklist_button.hide()
        self.provider_id = provider_id
        self.provider_name = name
        self.model.set_rows(sorted(exceptions, key=lambda e: (e.first_day, e.start or time())))
        self.setEnabled(True)

    # -- add and remove -----------------------------------------------------------------

    def add(self) -> None:
        ctx, provider_id = self.ctx, self.provider_id
        if ctx is None or provider_id is None:
            return
        kind = ExceptionKind(self.kind.currentData())
        first: date = self.first_day.date().toPython()  # type: ignore[assignment]
        last: date = self.last_day.date().toPython()  # type: ignore[assignment]
        timed = kind is ExceptionKind.EXTRA_HOURS or not self.whole_day.isChecked()
        start = self.start.time().toPython() if timed else None
        end = self.end.time().toPython() if timed else None
        reason = self.reason.text()
        if last < first:
            self.problem.setText(tr("ExceptionsEditor", "The last day is before the first day."))
            return

        def call() -> Added:
            since = ctx.now()
            if kind is ExceptionKind.TIME_OFF:
                result = add_time_off(
                    ctx, provider_id, first, last, start=start, end=end, reason=reason
                )  # type: ignore[arg-type]
            else:
                assert start is not None and end is not None
                result = add_extra_hours(
                    ctx, provider_id, first, start, end, last_day=last, reason=reason
                )  # type: ignore[arg-type]
            return Added(result.exception, result.affected_appointment_ids, since)

        self.add_button.setEnabled(False)
        run_in_background(self, call, self._added, self._failed)

    def _added(self, added: Added) -> None:
        self.add_button.setEnabled(True)
        self.problem.clear()
        self.reason.clear()
        self._last_added = added
        self.show_affected(len(added.affected_ids))
        self.changed.emit()
        if added.affected_ids and self.worklist_button.isVisibleTo(self):
            self.open_worklist()

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, ClinicError):
            self.problem.setText(error.message)
        else:
            report_error(self, error, "Time off")

    def show_affected(self, count: int) -> None:
        """Say how many visits the new time off holds; a role that sees bookings gets
        the worklist of them, one without it hears only the count."""
        if not count:
            self.affected.hide()
            self.worklist_button.hide()
            return
        sees_bookings = self.ctx is not None and allows(
            self.ctx.actor.role, Permission.VIEW_SCHEDULE
        )
        then = (
            tr("ExceptionsEditor", "Call and rebook them from the worklist.")
            if sees_bookings
            else tr("ExceptionsEditor", "The front desk sees and rebooks them in the day view.")
        )
        self.affected.setText(
            tr(
                "ExceptionsEditor",
                "⚠ %n booked appointment(s) now inside this time off; they were not moved. ",
                n=count,
            )
            + then
        )
        self.affected.show()
        self.worklist_button.setVisible(sees_bookings)

    def open_worklist(self) -> None:
        added, ctx = self._last_added, self.ctx
        if added is None or ctx is None or not added.affected_ids:
            return
        self.worklist = DisplacedVisitsDialog(
            ctx,
            added.affected_ids,
            added.since,
            self.zone,
            self,
            provider_name=self.provider_name,
        )
        self.worklist.changed.connect(self.changed.emit)
        self.worklist.open()

    @property
    def selected(self) -> ExceptionView | None:
        index: QModelIndex = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def remove_selected(self) -> None:
        ctx, provider_id, exception = self.ctx, self.provider_id, self.selected
        if ctx is None or provider_id is None:
            return
        if exception is None:
            self.problem.setText(
                tr("ExceptionsEditor", "Choose the time off or extra hours to remove.")
            )
            return
        kind = tr("ExceptionsEditor", KIND_TEXT[exception.kind]).lower()
        what = f"{kind} {date_text(exception.first_day, year=False)}"
        if exception.last_day != exception.first_day:
            what += tr("ExceptionsEditor", " to {day}").format(
                day=date_text(exception.last_day, year=False)
            )
        answer = QMessageBox.question(
            self,
            tr("ExceptionsEditor", "Remove"),
            tr("ExceptionsEditor", "Remove {provider}'s {what} ({span})?").format(
                provider=self.provider_name, what=what, span=span_text(exception)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_none: object) -> None:
            self.problem.clear()
            self.changed.emit()

        run_in_background(
            self,
            lambda: remove_exception(ctx, provider_id, exception.id),
            done,
            self._failed,
        )
