"""Actions on one appointment: status steps, cancel with a reason, undo, move, resize.

Each runs its service call in the background and reports through ``changed``; the
window reloads the calendar and, when time was freed, offers it to the waitlist.
A move is a drag or, from the keyboard, the Move dialog (``M``); a move the rules allow
only with an override (outside hours, in the past, a full list) opens that dialog with
the clashes and a reason box, for the roles that may book, and a new length dragged
into such a time opens the Length dialog, which asks the same way.
"""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QObject, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.appointments import CancelledBy, Status
from clinicdesk.domain.errors import ClinicError, SchedulingConflictError, ValidationError
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
from clinicdesk.services.providers import ProviderView, list_providers
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.date_bounds import ClinicDateEdit
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import date_text, date_time_text, time_text, tr
from clinicdesk.ui.length_dialog import LengthDialog
from clinicdesk.ui.override_reason import OverrideReason
from clinicdesk.ui.theme import icon, status_icon
from clinicdesk.ui.word_search import enable_word_search

MOVABLE = frozenset({Status.BOOKED, Status.CONFIRMED})  # as the engine's moves allow

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


class MoveDialog(QDialog):
    """Move one appointment to a day, time and provider typed in, from the keyboard.

    Opened by ``M`` on a selected block, or after a drag the rules allow only with an
    override: then the clashes show and the reason box has the focus. The dialog makes
    the move itself and stays open on a refusal, with everything typed kept.
    """

    moved = Signal(object)  # ChangeResult

    def __init__(
        self,
        ctx: ServiceContext,
        appointment: AppointmentView,
        zone: ZoneInfo,
        parent: QWidget | None = None,
        *,
        start: datetime | None = None,
        provider_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.zone = zone
        self.setWindowTitle(tr("MoveDialog", "Move appointment"))
        was = appointment.start.astimezone(zone)
        what = QLabel(
            tr("MoveDialog", "Move {patient}'s {type} (now {when} with {provider}).").format(
                patient=appointment.patient_name,
                type=appointment.type,
                when=date_time_text(was),
                provider=appointment.provider_name,
            )
        )
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        to = (start or appointment.start).astimezone(zone)
        self.day = ClinicDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy, ddd")  # typed day first, as in booking
        self.day.setAccessibleName(tr("MoveDialog", "New day"))
        self.day.setDate(QDate(to.date()))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(tr("MoveDialog", "New time"))
        self.time.setTime(QTime(to.hour, to.minute))
        self.provider = enable_word_search(QComboBox())
        self.provider.setAccessibleName(tr("MoveDialog", "Provider"))
        target = provider_id or appointment.provider_id
        self.provider.addItem(appointment.provider_name, appointment.provider_id)
        self._wanted_provider = target
        self.override = OverrideReason(
            ctx,
            self,
            tr("MoveDialog", "To move it anyway, give the reason for overriding and press Enter."),
        )
        self.problem, self.reason = self.override.problem, self.override.reason
        self.reason_label = self.override.label
        form = QFormLayout()
        form.addRow(tr("MoveDialog", "&Day:"), self.day)
        form.addRow(tr("MoveDialog", "&Time:"), self.time)
        form.addRow(tr("MoveDialog", "Pro&vider:"), self.provider)
        form.addRow(self.reason_label, self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.move_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.move_button.setText(tr("MoveDialog", "&Move"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("MoveDialog", "&Keep it"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.time.setFocus()
        run_in_background(
            self, lambda: list_providers(ctx, bookable_only=True), self._fill_providers
        )

    def _fill_providers(self, providers: list[ProviderView]) -> None:
        self.provider.blockSignals(True)
        for provider in providers:
            if self.provider.findData(provider.id) < 0:
                self.provider.addItem(provider.display_name, provider.id)
        self.provider.setCurrentIndex(max(0, self.provider.findData(self._wanted_provider)))
        self.provider.blockSignals(False)

    def show_refusal(self, error: ClinicError) -> None:
        """Say why; when an override would do and this role may give one, ask for it."""
        self.override.show_refusal(error)

    @property
    def start(self) -> datetime:
        day = self.day.date().toPython()
        at = self.time.time().toPython()
        assert isinstance(at, time)
        return datetime.combine(day, at).replace(tzinfo=self.zone)  # type: ignore[arg-type]

    def submit(self) -> None:
        ctx, appointment_id = self.ctx, self.appointment.id
        start, provider_id = self.start, self.provider.currentData()
        self.override.submit(
            self.move_button,
            lambda reason: move_appointment(
                ctx, appointment_id, start, provider_id=provider_id, override_reason=reason
            ),
            self.moved.emit,
            tr("MoveDialog", "Move appointment"),
        )


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
        self.move_dialog: MoveDialog | None = None
        self.length_dialog: LengthDialog | None = None
        self.status_actions: dict[Status, QAction] = {}
        for status, text, key in STATUS_STEPS:
            action = QAction(status_icon(status), text, window)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_actions[status] = action
        self.move_action = QAction(
            icon("mdi6.calendar-arrow-right"), tr("AppointmentActions", "Mo&ve…"), window
        )
        self.move_action.setShortcut(QKeySequence("M"))
        self.move_action.triggered.connect(lambda _checked=False: self.open_move())
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
        return [
            *self.status_actions.values(),
            self.move_action,
            self.cancel_action,
            self.undo_action,
        ]

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
        self.move_action.setEnabled(
            appointment is not None and may_book and appointment.status in MOVABLE
        )
        no_show = self.status_actions[Status.NO_SHOW]
        no_show.setToolTip(self._no_show_tip(appointment))
        self.undo_action.setEnabled(
            may_book and (appointment is not None or self.last_changed_id is not None)
        )

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for action in self.status_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.move_action)
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

    def _zone(self) -> ZoneInfo:
        zone = getattr(self.window, "clinic_zone", None)
        return zone if isinstance(zone, ZoneInfo) else ZoneInfo("UTC")

    def _no_show_tip(self, appointment: AppointmentView | None) -> str:
        if appointment is None:
            return tr("AppointmentActions", "No-show (N)")
        start = appointment.start.astimezone(self._zone())
        return tr("AppointmentActions", "No-show (N): from {time}, the visit's start").format(
            time=time_text(start)
        )

    def set_status(self, status: Status) -> None:
        ctx, target = self.ctx, self.target
        if ctx is None or target is None:
            return
        if status is Status.NO_SHOW and ctx.now() < target.start:
            # The engine refuses it too; this says when it will be possible.
            start = target.start.astimezone(self._zone())
            report_error(
                self.window,
                ValidationError(
                    tr(
                        "AppointmentActions",
                        "Not a no-show yet: {patient}'s visit starts at {time} on {day}. "
                        "A no-show can be marked from then; if they have come, check them "
                        "in (I).",
                    ).format(
                        patient=target.patient_name,
                        time=time_text(start),
                        day=date_text(start.date(), year=False),
                    )
                ),
                tr("AppointmentActions", "No-show"),
            )
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

    def open_move(
        self,
        appointment: AppointmentView | None = None,
        *,
        start: datetime | None = None,
        provider_id: str | None = None,
        refusal: ClinicError | None = None,
    ) -> MoveDialog | None:
        """The Move dialog for ``appointment`` (the one in hand when not given)."""
        ctx, target = self.ctx, appointment or self.target
        if ctx is None or target is None:
            return None
        dialog = MoveDialog(
            ctx, target, self._zone(), self.window, start=start, provider_id=provider_id
        )
        dialog.moved.connect(self._moved)
        if refusal is not None:
            dialog.show_refusal(refusal)
            dialog.rejected.connect(self.refused.emit)  # the dragged block snaps back
        self.move_dialog = dialog
        dialog.open()
        return dialog

    def _moved(self, result: ChangeResult) -> None:
        self.last_changed_id = result.appointment.id
        self.changed.emit(result)

    def move(self, appointment: AppointmentView, provider_id: str, start: datetime) -> None:
        ctx = self.ctx
        if ctx is None:
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, SchedulingConflictError) and error.overridable:
                self.open_move(appointment, start=start, provider_id=provider_id, refusal=error)
                return
            self.refused.emit()
            report_error(self.window, error, "Move appointment")

        run_in_background(
            self.window,
            lambda: move_appointment(ctx, appointment.id, start, provider_id=provider_id),
            self._moved,
            failed,
        )

    def resize(self, appointment: AppointmentView, end: datetime) -> None:
        ctx = self.ctx
        if ctx is None:
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, SchedulingConflictError) and error.overridable:
                self.open_length(appointment, end, error)
                return
            self.refused.emit()
            report_error(self.window, error, "Change length")

        run_in_background(
            self.window, lambda: change_length(ctx, appointment.id, end), self._moved, failed
        )

    def open_length(
        self, appointment: AppointmentView, end: datetime, refusal: ClinicError
    ) -> LengthDialog | None:
        """The Length dialog after a drag the rules allow only with an override: the
        clashes, the end the drag chose, and the reason box (as the Move dialog asks)."""
        if self.ctx is None:
            return None
        dialog = LengthDialog(self.ctx, appointment, self._zone(), end, self.window)
        dialog.changed.connect(self._moved)
        dialog.override.show_refusal(refusal)
        dialog.rejected.connect(self.refused.emit)  # the stretched block snaps back
        self.length_dialog = dialog
        dialog.open()
        return dialog
