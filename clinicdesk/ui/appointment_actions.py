"""Actions on one appointment: status steps, cancel with a reason, undo, move, resize.

Each runs its service call in the background and reports through ``changed``; the
window reloads the calendar and, when time was freed, offers it to the waitlist.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.appointments import CancelledBy, Status
from clinicdesk.domain.permissions import Permission, allows
from clinicdesk.domain.status import TRANSITIONS
from clinicdesk.services.appointment_changes import (
    ChangeResult,
    cancel_appointment,
    move_appointment,
    set_status,
    undo_last_status,
)
from clinicdesk.services.appointment_length import change_length
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import tr
from clinicdesk.ui.theme import icon, status_icon

# (status, menu text, shortcut): shortcuts are single keys, shown in the menus.
STATUS_STEPS: tuple[tuple[Status, str, str], ...] = (
    (Status.CONFIRMED, "&Confirm", "C"),
    (Status.ARRIVED, "Check &in", "I"),
    (Status.IN_ROOM, "In &room", "R"),
    (Status.COMPLETED, "Co&mplete", "D"),
    (Status.NO_SHOW, "&No-show", "N"),
)


class CancelDialog(QDialog):
    """Why, and who cancelled: both go on the record (late cancellations count)."""

    def __init__(self, appointment: AppointmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("CancelDialog", "Cancel appointment"))
        what = QLabel(
            tr("CancelDialog", "Cancel {patient}'s {type}?").format(
                patient=appointment.patient_name, type=appointment.type
            )
        )
        what.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("CancelDialog", "Cancellation reason"))
        self.reason.setPlaceholderText(tr("CancelDialog", "e.g. patient unwell, provider away"))
        self.by_patient = QRadioButton(tr("CancelDialog", "&Patient"))
        self.by_clinic = QRadioButton(tr("CancelDialog", "C&linic"))
        self.by_patient.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_patient)
        group.addButton(self.by_clinic)
        who = QHBoxLayout()
        who.addWidget(self.by_patient)
        who.addWidget(self.by_clinic)
        who.addStretch()
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        form = QFormLayout()
        form.addRow(tr("CancelDialog", "&Reason:"), self.reason)
        form.addRow(tr("CancelDialog", "Cancelled by:"), who)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("CancelDialog", "Cancel &appointment")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("CancelDialog", "&Keep it")
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    @property
    def cancelled_by(self) -> CancelledBy:
        return CancelledBy.PATIENT if self.by_patient.isChecked() else CancelledBy.CLINIC

    def _check(self) -> None:
        if not self.reason.text().strip():
            self.problem.setText(tr("CancelDialog", "Give a reason for the cancellation."))
            self.reason.setFocus()
            return
        self.accept()


class AppointmentActions(QObject):
    """The actions, enabled for the appointment in hand; results come out of ``changed``."""

    changed = Signal(object)  # ChangeResult
    refused = Signal()  # a change was refused (the calendar snaps back)
    open_requested = Signal(object)  # AppointmentView

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.ctx: ServiceContext | None = None
        self.target: AppointmentView | None = None
        self.last_changed_id: str | None = None
        self.status_actions: dict[Status, QAction] = {}
        for status, text, key in STATUS_STEPS:
            action = QAction(status_icon(status), text, window)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_actions[status] = action
        self.cancel_action = QAction(
            icon("mdi6.cancel"), tr("AppointmentActions", "C&ancel appointment…"), window
        )
        self.cancel_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.cancel_action.triggered.connect(self.cancel)
        self.undo_action = QAction(
            icon("mdi6.undo"), tr("AppointmentActions", "&Undo last status change"), window
        )
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.open_action = QAction(
            icon("mdi6.file-document-outline"), tr("AppointmentActions", "&Open…"), window
        )
        self.open_action.setShortcut(QKeySequence("Return"))
        self.open_action.triggered.connect(
            lambda: self.target is not None and self.open_requested.emit(self.target)
        )
        for action in self.all_actions():
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
            window.addAction(action)
        self.set_target(None)

    def all_actions(self) -> list[QAction]:
        return [*self.status_actions.values(), self.cancel_action, self.undo_action]

    def set_context(self, ctx: ServiceContext | None) -> None:
        self.ctx = ctx

    def set_target(self, appointment: AppointmentView | None) -> None:
        self.target = appointment
        may_book = self.ctx is not None and allows(self.ctx.actor.role, Permission.BOOK)
        allowed = (
            TRANSITIONS.get(appointment.status, frozenset())
            if appointment and may_book
            else frozenset()
        )
        for status, action in self.status_actions.items():
            action.setEnabled(status in allowed)
        self.cancel_action.setEnabled(Status.CANCELLED in allowed)
        self.undo_action.setEnabled(
            may_book and (appointment is not None or self.last_changed_id is not None)
        )

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for action in self.status_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.cancel_action)
        menu.addAction(self.undo_action)
        return menu

    # -- the calls ----------------------------------------------------------------------

    def _run(self, call: object, what: str) -> None:
        assert callable(call)

        def done(result: ChangeResult) -> None:
            self.last_changed_id = result.appointment.id
            self.changed.emit(result)

        def failed(error: BaseException) -> None:
            self.refused.emit()
            report_error(self.window, error, what)

        run_in_background(self.window, call, done, failed)

    def set_status(self, status: Status) -> None:
        ctx, target = self.ctx, self.target
        if ctx is None or target is None:
            return
        self._run(lambda: set_status(ctx, target.id, status), "Change status")

    def cancel(self) -> None:
        ctx, target = self.ctx, self.target
        if ctx is None or target is None:
            return
        dialog = CancelDialog(target, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, by = dialog.reason.text(), dialog.cancelled_by
        self._run(lambda: cancel_appointment(ctx, target.id, reason, by=by), "Cancel")

    def undo(self) -> None:
        """Undo the last status change of the appointment in hand, else the last one made."""
        ctx = self.ctx
        target_id = self.target.id if self.target is not None else self.last_changed_id
        if ctx is None or target_id is None:
            return
        self._run(lambda: undo_last_status(ctx, target_id), "Undo")

    def move(self, appointment: AppointmentView, provider_id: str, start: datetime) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        self._run(
            lambda: move_appointment(ctx, appointment.id, start, provider_id=provider_id),
            "Move appointment",
        )

    def resize(self, appointment: AppointmentView, end: datetime) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        self._run(lambda: change_length(ctx, appointment.id, end), "Change length")
