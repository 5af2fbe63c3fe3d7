"""Patients: a searchable list, the record with validation, insurance, history and alerts."""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicError
from clinicdesk.services.catalog import clinic_settings, clinic_today
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.patient_no_show import PatientNoShowHistory
from clinicdesk.services.patients import (
    PatientRecord,
    PatientSummary,
    parse_birth_date,
    show_patient,
    update_patient,
)
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.fitting import scrolling
from clinicdesk.ui.i18n import date_text, time_text, tr
from clinicdesk.ui.models import AppointmentTableModel
from clinicdesk.ui.patient_search import PatientSearch
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon
from clinicdesk.ui.views.insurance_form import InsuranceForm

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^[+\d][\d ()\-.]{5,}$")


def _mark(field: QLineEdit, invalid: bool) -> None:
    """Show a field as wrong (red border) without colour being the only sign: the
    problem line under the form says what is wrong."""
    field.setProperty("invalid", invalid)
    field.style().unpolish(field)
    field.style().polish(field)


def no_show_text(history: PatientNoShowHistory | None, zone: ZoneInfo) -> str:
    """The history behind the patient's no-show score, in words (empty while prediction
    is switched off)."""
    if history is None:
        return ""
    if not history.past_visits and history.next_start is None:
        return tr("PatientDetail", "No-show history: no past or upcoming visit.")
    lines = [
        tr(
            "PatientDetail",
            "No-show history: %n past visit(s) with an outcome",
            n=history.past_visits,
        )
        + ", "
        + tr("PatientDetail", "%n missed", n=history.missed)
        + ", "
        + tr("PatientDetail", "%n late cancellation(s)", n=history.late_cancellations)
        + "."
    ]
    rate = history.recent_rate
    if rate is None:
        lines.append(tr("PatientDetail", "No visit in the last 12 months."))
    else:
        lines.append(
            tr("PatientDetail", "Last 12 months: {missed} of {visits} missed ({rate}).").format(
                missed=history.recent_missed, visits=history.recent_visits, rate=f"{rate:.0%}"
            )
        )
    if history.next_start is None:
        lines.append(tr("PatientDetail", "No upcoming visit to score."))
    elif history.next_probability is not None:
        local = history.next_start.astimezone(zone)
        score = tr("PatientDetail", "Next visit {day} {time}: {percent} no-show risk").format(
            day=date_text(local.date()),
            time=time_text(local),
            percent=f"{history.next_probability:.0%}",
        )
        lines.append(score + (": " + "; ".join(history.reasons) if history.reasons else "") + ".")
        lines.append(
            tr("PatientDetail", "The score helps plan calls and reminders; it never limits care.")
        )
    return "\n".join(lines)


class PatientDetail(QFrame):
    """One patient's record: alerts first, then the form, counts and appointments."""

    saved = Signal(object)  # PatientSummary
    book_requested = Signal(object)  # PatientSummary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.ctx: ServiceContext | None = None
        self.record: PatientRecord | None = None
        self._saved_id: str | None = None
        self.zone = ZoneInfo("UTC")
        self.name = QLabel(tr("PatientDetail", "Choose a patient"))
        self.name.setProperty("role", "title")
        self.alerts = QLabel()
        self.alerts.setProperty("role", "alert")
        self.alerts.setWordWrap(True)
        self.alerts.setAccessibleName(tr("PatientDetail", "Patient alerts"))
        self.alerts.hide()
        self.counts = QLabel()
        self.counts.setProperty("role", "muted")
        self.counts.setAccessibleName(tr("PatientDetail", "Attendance"))
        self.no_show = QLabel()
        self.no_show.setProperty("role", "muted")
        self.no_show.setWordWrap(True)
        self.no_show.setAccessibleName(tr("PatientDetail", "No-show history"))
        self.no_show.hide()
        self.insurance = InsuranceForm()
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(tr("PatientDetail", "dd/mm/yyyy"))
        self.phones = QLineEdit()
        self.phones.setPlaceholderText(tr("PatientDetail", "separate several with ;"))
        self.email = QLineEdit()
        self.alert_text = QPlainTextEdit()
        # Two lines at least, four at most: a short window shrinks it before scrolling.
        lines = self.alert_text.fontMetrics().lineSpacing()
        self.alert_text.setMinimumHeight(2 * lines + 16)
        self.alert_text.setMaximumHeight(4 * lines + 16)
        for widget, name in (
            (self.given, "Given name"),
            (self.family, "Family name"),
            (self.birth_date, "Date of birth"),
            (self.phones, "Phones"),
            (self.email, "Email"),
            (self.alert_text, "Alerts"),
        ):
            widget.setAccessibleName(name)
        self.birth_date.editingFinished.connect(self.validate)
        self.email.editingFinished.connect(self.validate)
        self.phones.editingFinished.connect(self.validate)
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.save_button = QPushButton(
            icon("mdi6.content-save-outline"), tr("PatientDetail", "&Save changes")
        )
        self.save_button.clicked.connect(self.save)
        self.book_button = QPushButton(
            icon("mdi6.calendar-plus"), tr("PatientDetail", "&Book for this patient…")
        )
        self.book_button.clicked.connect(self._book)
        form = QFormLayout()
        form.addRow(tr("PatientDetail", "&Given name:"), self.given)
        form.addRow(tr("PatientDetail", "&Family name:"), self.family)
        form.addRow(tr("PatientDetail", "Date of &birth:"), self.birth_date)
        form.addRow(tr("PatientDetail", "&Phones:"), self.phones)
        form.addRow(tr("PatientDetail", "&Email:"), self.email)
        form.addRow(tr("PatientDetail", "&Alerts:"), self.alert_text)
        self.upcoming_model = AppointmentTableModel(self.zone)
        self.history_model = AppointmentTableModel(self.zone)
        tabs = QTabWidget()
        tabs.addTab(
            record_table("Upcoming appointments", self.upcoming_model, stretch_column=4),
            tr("PatientDetail", "&Upcoming"),
        )
        tabs.addTab(
            record_table("Appointment history", self.history_model, stretch_column=4),
            tr("PatientDetail", "&History"),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.book_button)
        buttons.addStretch()
        record = QWidget()
        self.record_layout = record_layout = QVBoxLayout(record)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(self.name)
        record_layout.addWidget(self.alerts)
        record_layout.addWidget(self.counts)
        record_layout.addWidget(self.no_show)
        record_layout.addLayout(form)
        record_layout.addWidget(self.insurance)
        record_layout.addWidget(self.problem)
        record_layout.addLayout(buttons)
        record_layout.addStretch()
        # The record scrolls and the appointments share the height by a splitter, so
        # the view fits a 1366×768 desk at 125% without the whole page scrolling.
        self.record_scroll = scrolling(record)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.record_scroll)
        split.addWidget(tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(split)
        self.setEnabled(False)

    def show_record(self, record: PatientRecord, zone: ZoneInfo) -> None:
        # The reload after a save shows the saved record; "Saved." stays for it.
        just_saved = self._saved_id == record.id
        self._saved_id = None
        self.record = record
        self.zone = zone
        self.setEnabled(True)
        self.name.setText(record.display_name)
        self.alerts.setText(
            tr("PatientDetail", "⚠ Alert: {alerts}").format(alerts=record.alerts)
            if record.alerts
            else ""
        )
        self.alerts.setVisible(bool(record.alerts))
        counts = record.counts
        self.counts.setText(
            " · ".join(
                (
                    tr("PatientDetail", "%n appointment(s)", n=counts.total),
                    tr("PatientDetail", "%n completed", n=counts.completed),
                    tr("PatientDetail", "%n no-show(s)", n=counts.no_shows),
                    tr("PatientDetail", "%n late cancellation(s)", n=counts.late_cancellations),
                    tr("PatientDetail", "%n upcoming", n=counts.upcoming),
                )
            )
        )
        self.no_show.setText(no_show_text(record.no_show, zone))
        self.no_show.setVisible(record.no_show is not None)
        self.insurance.load(record.insurance)
        self.given.setText(record.given)
        self.family.setText(record.family)
        self.birth_date.setText(f"{record.birth_date:%d/%m/%Y}")
        self.phones.setText("; ".join(record.phones))
        self.email.setText(record.email)
        self.alert_text.setPlainText(record.alerts)
        self.problem.setText(tr("PatientDetail", "Saved.") if just_saved else "")
        for field in (
            self.birth_date,
            self.email,
            self.phones,
            self.insurance.payer,
            self.insurance.member_id,
            self.insurance.checked_on,
        ):
            _mark(field, False)
        self.upcoming_model.zone = zone
        self.history_model.zone = zone
        self.upcoming_model.set_rows(record.upcoming)
        self.history_model.set_rows(record.history)

    def validate(self) -> list[str]:
        """Problems with what is typed, each field marked; empty when it can be saved."""
        problems = []
        try:
            parse_birth_date(self.birth_date.text())
            _mark(self.birth_date, False)
        except ClinicError as error:
            problems.append(error.message)
            _mark(self.birth_date, True)
        email = self.email.text().strip()
        bad_email = bool(email) and not _EMAIL.match(email)
        _mark(self.email, bad_email)
        if bad_email:
            problems.append(f"'{email}' is not an email address.")
        phones = [p.strip() for p in self.phones.text().split(";") if p.strip()]
        bad_phones = [p for p in phones if not _PHONE.match(p)]
        _mark(self.phones, bool(bad_phones))
        if bad_phones:
            problems.append(f"'{bad_phones[0]}' is not a phone number.")
        today = clinic_today(self.ctx) if self.ctx is not None else date.today()
        wrong = self.insurance.problems(today)
        wrong_fields = {id(field) for field, _ in wrong}
        for field in (self.insurance.payer, self.insurance.member_id, self.insurance.checked_on):
            _mark(field, id(field) in wrong_fields)  # type: ignore[arg-type]
        problems.extend(message for _, message in wrong)
        self.problem.setText(" ".join(problems))
        return problems

    def save(self) -> None:
        record, ctx = self.record, self.ctx
        if record is None or ctx is None or self.validate():
            return
        changes = {
            "given": self.given.text(),
            "family": self.family.text(),
            "birth_date": parse_birth_date(self.birth_date.text()),
            "phones": [p.strip() for p in self.phones.text().split(";") if p.strip()],
            "email": self.email.text(),
            "alerts": self.alert_text.toPlainText(),
        }
        insurance = self.insurance.value()
        if insurance is None:
            changes["clear_insurance"] = record.insurance is not None
        else:
            changes["insurance"] = insurance
        self.save_button.setEnabled(False)

        def done(summary: PatientSummary) -> None:
            self.save_button.setEnabled(True)
            self.problem.setText(tr("PatientDetail", "Saved."))
            self._saved_id = summary.id
            self.saved.emit(summary)

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)  # the edits stay in the form
            if isinstance(error, ClinicError):
                self.problem.setText(error.message)
            else:
                report_error(self, error, "Save patient")

        run_in_background(
            self,
            lambda: update_patient(ctx, record.id, **changes),  # type: ignore[arg-type]
            done,
            failed,
        )

    def _book(self) -> None:
        if self.record is not None:
            self.book_requested.emit(self.record)


class PatientsView(QWidget):
    book_requested = Signal(object)  # a PatientRecord to book for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("PatientsView", "Patients"))
        self.ctx: ServiceContext | None = None
        self.zone = ZoneInfo("UTC")
        self.search = PatientSearch()
        self.detail = PatientDetail()
        self.search.chosen.connect(self.open_patient)
        self.detail.saved.connect(self.open_patient)
        self.detail.book_requested.connect(self.book_requested.emit)
        title = QLabel(tr("PatientsView", "Patients"))
        title.setProperty("role", "title")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.search)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.search.set_context(ctx)
        self.detail.ctx = ctx
        run_in_background(self, lambda: clinic_settings(ctx).time_zone, self._set_zone)

    def _set_zone(self, zone_name: str) -> None:
        self.zone = ZoneInfo(zone_name)

    # -- the workspace's view protocol (clinicdesk.ui.shell.workspace) -------------------

    def on_shown(self) -> None:
        """Nothing to load until a patient is searched for."""

    def show_date(self, day: date) -> None:
        """A record lists all of a patient's visits, whatever the day."""

    def on_schedule_changed(self) -> None:
        """The open record's visits changed: read it again."""
        patient = self.search.selected
        if patient is not None and self.isVisible():
            self.open_patient(patient)

    def selected_appointment(self) -> AppointmentView | None:
        return None

    def focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    def open_patient(self, patient: PatientSummary | None) -> None:
        ctx = self.ctx
        if patient is None or ctx is None:
            return
        run_in_background(
            self,
            lambda: show_patient(ctx, patient.id),
            lambda record: self.detail.show_record(record, self.zone),
        )
