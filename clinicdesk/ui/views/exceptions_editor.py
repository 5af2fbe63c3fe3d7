"""Time off and extra hours for one provider: the list, add, and remove.

Adding time off over booked appointments does not move them (the engine leaves them
for the front desk); the editor lists them straight away, with times and patients,
so someone can ring and rebook.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QModelIndex, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from clinicdesk.services.views import AppointmentView, day_schedule
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.date_bounds import bound_to_clinic_calendar
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.models import Column, RecordTableModel
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon

SHOWN_AFFECTED = 10  # the rest are on the calendar; the list must not push the table away
KIND_TEXT = {ExceptionKind.TIME_OFF: "Time off", ExceptionKind.EXTRA_HOURS: "Extra hours"}
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
            "Kind",
            lambda e: KIND_TEXT[e.kind],
            lambda e: icon(KIND_ICON[e.kind]),
        ),
        Column("From", lambda e: f"{e.first_day:%a %d %b %Y}"),
        Column("To", lambda e: f"{e.last_day:%a %d %b %Y}"),
        Column("Time", span_text),
        Column("Reason", lambda e: e.reason),
    )


@dataclass(frozen=True, slots=True)
class Added:
    exception: ExceptionView
    affected: tuple[AppointmentView, ...]
    affected_count: int


def _affected_views(
    ctx: ServiceContext, provider_id: str, exception: ExceptionView, ids: tuple[str, ...]
) -> tuple[AppointmentView, ...]:
    # Who the appointments are for is booking data: a role without it (the administrator
    # setting hours up) hears how many there are, not whose.
    if not ids or not allows(ctx.actor.role, Permission.VIEW_SCHEDULE):
        return ()
    wanted = set(ids)
    found: list[AppointmentView] = []
    day = exception.first_day
    while day <= exception.last_day and len(found) < len(wanted):
        found.extend(a for a in day_schedule(ctx, day, provider_id).appointments if a.id in wanted)
        day += timedelta(days=1)
    return tuple(found)


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
        self.kind.setAccessibleName("Kind of exception")
        for kind, text in KIND_TEXT.items():
            self.kind.addItem(icon(KIND_ICON[kind]), text, kind)
        self.first_day = QDateEdit(QDate.currentDate())
        self.last_day = QDateEdit(QDate.currentDate())
        bound_to_clinic_calendar(self.first_day, self.last_day)
        for edit, name in ((self.first_day, "First day"), (self.last_day, "Last day")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setAccessibleName(name)
        self.whole_day = QCheckBox("&Whole days")
        self.whole_day.setChecked(True)
        self.start = QTimeEdit(_qtime(time(9)))
        self.end = QTimeEdit(_qtime(time(12)))
        for edit, name in ((self.start, "From time"), (self.end, "To time")):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Reason")
        self.reason.setPlaceholderText("e.g. annual leave, training, Saturday clinic")
        self.add_button = QPushButton(icon("mdi6.plus"), "&Add")
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), "Re&move selected…")
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.affected = QLabel()
        self.affected.setProperty("role", "alert")
        self.affected.setWordWrap(True)
        self.affected.setAccessibleName("Appointments inside the new time off")
        self.affected.hide()
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
        times.addWidget(QLabel("to"))
        times.addWidget(self.end)
        times.addStretch()
        days = QHBoxLayout()
        days.addWidget(self.first_day)
        days.addWidget(QLabel("to"))
        days.addWidget(self.last_day)
        days.addStretch()
        # A row holding a layout gets no buddy from QFormLayout: give these labels theirs,
        # or the '&' shows as text instead of a shortcut.
        days_label = QLabel("&Days:")
        days_label.setBuddy(self.first_day)
        time_label = QLabel("T&ime:")
        time_label.setBuddy(self.whole_day)
        form = QFormLayout()
        form.addRow("&Kind:", self.kind)
        form.addRow(days_label, days)
        form.addRow(time_label, times)
        form.addRow("R&eason:", self.reason)
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
        layout.addWidget(self.affected)

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
            self.problem.setText("The last day is before the first day.")
            return

        def call() -> Added:
            if kind is ExceptionKind.TIME_OFF:
                result = add_time_off(
                    ctx, provider_id, first, last, start=start, end=end, reason=reason
                )  # type: ignore[arg-type]
            else:
                assert start is not None and end is not None
                result = add_extra_hours(
                    ctx, provider_id, first, start, end, last_day=last, reason=reason
                )  # type: ignore[arg-type]
            views = _affected_views(
                ctx, provider_id, result.exception, result.affected_appointment_ids
            )
            return Added(result.exception, views, len(result.affected_appointment_ids))

        self.add_button.setEnabled(False)
        run_in_background(self, call, self._added, self._failed)

    def _added(self, added: Added) -> None:
        self.add_button.setEnabled(True)
        self.problem.clear()
        self.reason.clear()
        self.show_affected(added.affected, added.affected_count)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, ClinicError):
            self.problem.setText(error.message)
        else:
            report_error(self, error, "Time off")

    def show_affected(
        self, appointments: tuple[AppointmentView, ...], count: int | None = None
    ) -> None:
        count = len(appointments) if count is None else count
        if not count:
            self.affected.hide()
            return
        if not appointments:
            self.affected.setText(
                self.tr(
                    "⚠ %n booked appointment(s) now inside this time off; they were not "
                    "moved. The front desk sees and rebooks them in the day view.",
                    "",
                    count,
                )
            )
            self.affected.show()
            return
        ordered = sorted(appointments, key=lambda a: a.start)
        lines = [
            f"{a.start.astimezone(self.zone):%a %d %b %H:%M}  {a.patient_name} ({a.type})"
            for a in ordered[:SHOWN_AFFECTED]
        ]
        if count > SHOWN_AFFECTED:
            lines.append(f"… and {count - SHOWN_AFFECTED} more: see the day view.")
        noun = "appointment is" if count == 1 else "appointments are"
        self.affected.setText(
            f"⚠ {count} booked {noun} now inside this time off; they were not moved. "
            "Rebook them:\n" + "\n".join(lines)
        )
        self.affected.show()

    @property
    def selected(self) -> ExceptionView | None:
        index: QModelIndex = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def remove_selected(self) -> None:
        ctx, provider_id, exception = self.ctx, self.provider_id, self.selected
        if ctx is None or provider_id is None:
            return
        if exception is None:
            self.problem.setText("Choose the time off or extra hours to remove.")
            return
        what = f"{KIND_TEXT[exception.kind].lower()} {exception.first_day:%a %d %b}"
        if exception.last_day != exception.first_day:
            what += f" to {exception.last_day:%a %d %b}"
        answer = QMessageBox.question(
            self, "Remove", f"Remove {self.provider_name}'s {what} ({span_text(exception)})?"
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
