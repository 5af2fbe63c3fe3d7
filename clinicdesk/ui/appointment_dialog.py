"""One appointment: its details, its history, and the status actions."""

from __future__ import annotations

import contextlib
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.appointments import AppointmentEvent
from clinicdesk.domain.status import status_label, urgency_label
from clinicdesk.services.appointment_changes import appointment_history
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.appointment_actions import AppointmentActions
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.i18n import date_time_text, long_date_text, time_range_text, tr
from clinicdesk.ui.theme import status_icon


class AppointmentDialog(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        appointment: AppointmentView,
        actions: AppointmentActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        zone: ZoneInfo = getattr(parent, "clinic_zone", ZoneInfo("UTC"))
        self.setWindowTitle(
            tr("AppointmentDialog", "Appointment: {patient}").format(
                patient=appointment.patient_name
            )
        )
        self.resize(560, 480)
        start = appointment.start.astimezone(zone)
        end = appointment.end.astimezone(zone)
        status = QLabel(status_label(appointment.status))
        status_row = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(status_icon(appointment.status).pixmap(18, 18))
        status_row.addWidget(badge)
        status_row.addWidget(status)
        status_row.addStretch()
        form = QFormLayout()
        form.addRow(tr("AppointmentDialog", "Patient:"), QLabel(appointment.patient_name))
        form.addRow(
            tr("AppointmentDialog", "When:"),
            QLabel(f"{long_date_text(start.date())}, {time_range_text(start, end)}"),
        )
        form.addRow(tr("AppointmentDialog", "Type:"), QLabel(appointment.type))
        form.addRow(tr("AppointmentDialog", "Provider:"), QLabel(appointment.provider_name))
        form.addRow(tr("AppointmentDialog", "Status:"), status_row)
        form.addRow(tr("AppointmentDialog", "Urgency:"), QLabel(urgency_label(appointment.urgency)))
        if appointment.room_name:
            form.addRow(tr("AppointmentDialog", "Room:"), QLabel(appointment.room_name))
        if appointment.reason:
            form.addRow(tr("AppointmentDialog", "Reason:"), QLabel(appointment.reason))
        if appointment.override_reason:
            form.addRow(tr("AppointmentDialog", "Overridden:"), QLabel(appointment.override_reason))
        if appointment.cancel_reason:
            form.addRow(tr("AppointmentDialog", "Cancelled:"), QLabel(appointment.cancel_reason))
        actions.set_target(appointment)
        buttons_row = QHBoxLayout()
        for action in actions.all_actions():
            button = QToolButton()
            button.setDefaultAction(action)
            buttons_row.addWidget(button)
            action.triggered.connect(self.accept)
        buttons_row.addStretch()
        self.history = QListWidget()
        self.history.setAccessibleName(tr("AppointmentDialog", "Appointment history"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        heading = QLabel(tr("AppointmentDialog", "History"))
        heading.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(heading)
        layout.addWidget(self.history)
        layout.addWidget(close)
        self.finished.connect(lambda _r: self._disconnect(actions))
        run_in_background(
            self, lambda: appointment_history(ctx, appointment.id), self._show_history
        )
        self._zone = zone

    def _disconnect(self, actions: AppointmentActions) -> None:
        for action in actions.all_actions():
            with contextlib.suppress(RuntimeError, TypeError):
                action.triggered.disconnect(self.accept)

    def _show_history(self, events: list[AppointmentEvent]) -> None:
        for event in events:
            at = event.at.astimezone(self._zone)
            change = (
                f"{event.old_value} → {event.new_value}" if event.old_value else event.new_value
            )
            line = f"{date_time_text(at)}  {event.kind}: {change}  ({event.by})"
            if event.reason:
                line += f" — {event.reason}"
            self.history.addItem(line)
