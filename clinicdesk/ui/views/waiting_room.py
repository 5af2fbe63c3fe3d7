"""The waiting room: today's arrived patients, how long each has waited, walk-ins."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.services.appointment_changes import set_status
from clinicdesk.services.catalog import clinic_settings, list_types
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.urgent import WalkInResult, walk_in
from clinicdesk.services.views import AppointmentView
from clinicdesk.services.waiting_room import WaitingRoom, waiting_room
from clinicdesk.ui.background import inline_refusal, run_in_background
from clinicdesk.ui.i18n import time_text, tr
from clinicdesk.ui.models import WaitingRoomModel
from clinicdesk.ui.patient_search import PatientSearch
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon

DEFAULT_THRESHOLD_MINUTES = 20


def walk_in_feedback(patient_name: str, result: WalkInResult, zone: ZoneInfo) -> str:
    """What the desk says after a walk-in: who, when and with whom (or the queue place)."""
    booked = result.appointment
    if booked is not None:
        return QCoreApplication.translate(
            "WalkInDialog", "Walk-in booked: {name}, {time}, {provider}."
        ).format(
            name=patient_name,
            time=time_text(booked.start.astimezone(zone)),
            provider=booked.provider_name,
        )
    return f"{patient_name}: {result.message}"


class WalkInDialog(QDialog):
    """A patient at the desk without an appointment: the soonest gap, or a queue place."""

    def __init__(self, ctx: ServiceContext, queued_ahead: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queued_ahead = queued_ahead
        self.result_message = ""
        self.zone = ZoneInfo("UTC")
        self.setWindowTitle(tr("WalkInDialog", "Add a walk-in"))
        self.resize(560, 460)
        self.search = PatientSearch()
        self.search.set_context(ctx)
        self.type = QComboBox()
        self.type.setAccessibleName(tr("WalkInDialog", "Appointment type"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("WalkInDialog", "&Type:"), self.type)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("WalkInDialog", "&Add walk-in"))
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        run_in_background(
            self, lambda: (list_types(ctx), clinic_settings(ctx).time_zone), self._fill_types
        )

    def _fill_types(self, loaded: tuple[list[AppointmentType], str]) -> None:
        types, zone_name = loaded
        self.zone = ZoneInfo(zone_name)
        for kind in types:
            self.type.addItem(kind.name, kind.id)

    def add(self) -> None:
        patient = self.search.selected
        if patient is None:
            # Never the first of many: "khan" matches a family, not a person.
            self.problem.setText(self.search.why_none_chosen())
            self.search.focus_choice()
            return
        type_id = self.type.currentData()
        if type_id is None:
            self.problem.setText(tr("WalkInDialog", "Choose an appointment type."))
            return
        ctx, ahead = self.ctx, self.queued_ahead
        self.ok.setEnabled(False)

        def done(result: WalkInResult) -> None:
            self.result_message = walk_in_feedback(patient.display_name, result, self.zone)
            self.accept()

        run_in_background(
            self,
            lambda: walk_in(ctx, patient.id, type_id, queued_ahead=ahead),
            done,
            inline_refusal(
                self,
                self.problem.setText,
                tr("WalkInDialog", "Walk-in"),
                before=lambda: self.ok.setEnabled(True),
            ),
        )


class WaitingRoomView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("WaitingRoomView", "Waiting room"))
        self.ctx: ServiceContext | None = None
        self.walk_ins_queued = 0
        title = QLabel(tr("WaitingRoomView", "Waiting room"))
        title.setProperty("role", "title")
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.threshold = QSpinBox()
        self.threshold.setRange(5, 180)
        self.threshold.setValue(DEFAULT_THRESHOLD_MINUTES)
        self.threshold.setSuffix(tr("WaitingRoomView", " min"))
        self.threshold.setAccessibleName(tr("WaitingRoomView", "Flag patients waiting longer than"))
        self.threshold.valueChanged.connect(lambda _v: self.reload())
        self.model = WaitingRoomModel(ZoneInfo("UTC"))
        self.table = record_table("Arrived patients", self.model, stretch_column=1)
        self.walk_in_button = QPushButton(
            icon("mdi6.account-plus"), tr("WaitingRoomView", "Add &walk-in…")
        )
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.in_room_button = QPushButton(
            icon("mdi6.door-open"), tr("WaitingRoomView", "Show &into room")
        )
        self.in_room_button.clicked.connect(self.show_into_room)
        self.message = QLabel()
        self.message.setWordWrap(True)
        label = QLabel(tr("WaitingRoomView", "&Flag after:"))
        label.setBuddy(self.threshold)
        bar = QHBoxLayout()
        bar.addWidget(self.walk_in_button)
        bar.addWidget(self.in_room_button)
        bar.addStretch()
        bar.addWidget(label)
        bar.addWidget(self.threshold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)  # minutes waited tick on by themselves
        self._timer.timeout.connect(self.reload)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._timer.start()

    def on_shown(self) -> None:
        self.reload()

    def show_date(self, day: date) -> None:
        """The waiting room is always today's."""

    def selected_appointment(self) -> AppointmentView | None:
        waiting = self.model.record(self.table.currentIndex().row())
        return waiting.appointment if waiting is not None else None

    def on_schedule_changed(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        threshold = self.threshold.value()
        run_in_background(self, lambda: waiting_room(ctx, threshold), self._show)

    def _show(self, room: WaitingRoom) -> None:
        self.model.zone = ZoneInfo(room.time_zone)
        waiting = room.waiting
        self.model.set_rows(waiting)
        late = sum(1 for w in waiting if w.over_threshold)
        text = tr("WaitingRoomView", "%n waiting", n=len(waiting))
        if late:
            text += tr("WaitingRoomView", "; {late} past {minutes} minutes (flagged)").format(
                late=late, minutes=self.threshold.value()
            )
        self.summary.setText(text + ".")

    def show_into_room(self) -> None:
        index = self.table.currentIndex()
        row = self.model.record(index.row()) if index.isValid() else None
        ctx = self.ctx
        if row is None or ctx is None:
            return
        run_in_background(
            self,
            lambda: set_status(ctx, row.appointment.id, Status.IN_ROOM),
            lambda _r: self.reload(),
        )

    def add_walk_in(self) -> None:
        if self.ctx is None:
            return
        dialog = WalkInDialog(self.ctx, self.walk_ins_queued, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(dialog.result_message)
            self.reload()
