"""Changing how long one appointment lasts, with an override when the rules ask for one.

Opened after a drag of a block's bottom edge that the rules allow only with an
override (past the provider's hours, into a break, in the past): the clashes show, the
end time the drag chose can still be typed over, and the reason box has the focus, as
in the Move dialog. The dialog makes the change itself and stays open on a refusal.
"""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.appointment_length import change_length
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.i18n import date_time_text, tr
from clinicdesk.ui.override_reason import OverrideReason


class LengthDialog(QDialog):
    """A new end time for one appointment (same start, provider and room)."""

    changed = Signal(object)  # ChangeResult

    def __init__(
        self,
        ctx: ServiceContext,
        appointment: AppointmentView,
        zone: ZoneInfo,
        end: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.zone = zone
        self.setWindowTitle(tr("LengthDialog", "Change length"))
        what = QLabel(
            tr(
                "LengthDialog",
                "Change when {patient}'s {type} ends (starts {when} with {provider}).",
            ).format(
                patient=appointment.patient_name,
                type=appointment.type,
                when=date_time_text(appointment.start.astimezone(zone)),
                provider=appointment.provider_name,
            )
        )
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        until = end.astimezone(zone)
        self.end_time = QTimeEdit()
        self.end_time.setDisplayFormat("HH:mm")
        self.end_time.setAccessibleName(tr("LengthDialog", "New end time"))
        self.end_time.setTime(QTime(until.hour, until.minute))
        self.override = OverrideReason(
            ctx,
            self,
            tr("LengthDialog", "To change the length anyway, give the reason for overriding."),
        )
        self.problem, self.reason = self.override.problem, self.override.reason
        form = QFormLayout()
        form.addRow(tr("LengthDialog", "&Ends at:"), self.end_time)
        form.addRow(self.override.label, self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.change_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.change_button.setText(tr("LengthDialog", "&Change length"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("LengthDialog", "&Keep it")
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.end_time.setFocus()

    @property
    def end(self) -> datetime:
        """The end typed, on the appointment's own day in the clinic's zone."""
        at = self.end_time.time().toPython()
        assert isinstance(at, time)
        day = self.appointment.start.astimezone(self.zone).date()
        return datetime.combine(day, at, tzinfo=self.zone)

    def submit(self) -> None:
        ctx, appointment_id, end = self.ctx, self.appointment.id, self.end
        self.override.submit(
            self.change_button,
            lambda reason: change_length(ctx, appointment_id, end, override_reason=reason),
            self.changed.emit,
            tr("LengthDialog", "Change length"),
        )
