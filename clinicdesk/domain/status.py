"""The appointment status machine, its history and undo.

::

    booked -> confirmed -> arrived -> in_room -> completed
       |          |           |
       +----------+-----------+--> cancelled (by patient or clinic)
       +----------+--> no_show

* ``booked`` may skip ``confirmed`` (patients often just turn up) and ``arrived``
  may go straight to ``completed`` (a quick visit never shown into a room).
* ``arrived`` may still be cancelled: the patient left before being seen.
* ``no_show`` needs the appointment to have started (when ``at`` is past ``start``).
* ``completed``, ``no_show`` and ``cancelled`` are final; only an undo leaves them.
* A cancellation **by the patient** is *late* when it comes less than
  ``ClinicSettings.late_cancel_hours`` before the start. A clinic's cancellation is
  never late: the measure is about patients' behaviour.

Every change returns an :class:`AppointmentEvent` (kind ``status``, old and new value,
time and user) for the service to save with the updated appointment. Undo reverts the
most recent change not already undone, found by replaying the history, and records a
``status_undone`` event; it can be repeated to walk further back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from types import MappingProxyType

from clinicdesk.domain.appointments import (
    FREEING_STATUSES,
    Appointment,
    AppointmentEvent,
    CancelledBy,
    Status,
    Urgency,
)
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr, tr_noop
from clinicdesk.domain.ids import new_id

TRANSITIONS: Mapping[Status, frozenset[Status]] = MappingProxyType(
    {
        Status.BOOKED: frozenset(
            {Status.CONFIRMED, Status.ARRIVED, Status.NO_SHOW, Status.CANCELLED}
        ),
        Status.CONFIRMED: frozenset({Status.ARRIVED, Status.NO_SHOW, Status.CANCELLED}),
        Status.ARRIVED: frozenset({Status.IN_ROOM, Status.COMPLETED, Status.CANCELLED}),
        Status.IN_ROOM: frozenset({Status.COMPLETED}),
        Status.COMPLETED: frozenset(),
        Status.NO_SHOW: frozenset(),
        Status.CANCELLED: frozenset(),
    }
)
"""Which statuses each status may move to (undo aside)."""

STATUS_EVENT = "status"
UNDO_EVENT = "status_undone"

_LABELS = {
    Status.BOOKED: tr_noop("status", "booked"),
    Status.CONFIRMED: tr_noop("status", "confirmed"),
    Status.ARRIVED: tr_noop("status", "arrived"),
    Status.IN_ROOM: tr_noop("status", "in room"),
    Status.COMPLETED: tr_noop("status", "completed"),
    Status.NO_SHOW: tr_noop("status", "no-show"),
    Status.CANCELLED: tr_noop("status", "cancelled"),
}
_URGENCY_LABELS = {
    Urgency.ROUTINE: tr_noop("urgency", "routine"),
    Urgency.SOON: tr_noop("urgency", "soon"),
    Urgency.URGENT: tr_noop("urgency", "urgent"),
    Urgency.EMERGENCY: tr_noop("urgency", "emergency"),
}


def status_label(status: Status) -> str:
    """The status as a receptionist says it ("in room", "no-show"), in the user's
    language (looked up when shown; the stored value stays the English code)."""
    return tr("status", _LABELS[status])


def urgency_label(urgency: Urgency) -> str:
    """The urgency in the user's language ("urgent", "dringend")."""
    return tr("urgency", _URGENCY_LABELS[urgency])


@dataclass(frozen=True, slots=True)
class StatusChange:
    """The appointment after a change, the event to record, and whether the change
    takes a slot back (an undo out of cancelled/no-show: re-run the booking check)."""

    appointment: Appointment
    event: AppointmentEvent
    retakes_slot: bool = False


def allowed_transitions(current: Status) -> frozenset[Status]:
    """The statuses an appointment in ``current`` may move to."""
    return TRANSITIONS[current]


def check_transition(current: Status, target: Status) -> None:
    """Raise ValidationError unless ``current -> target`` is allowed."""
    if target == current:
        raise ValidationError(tr(
            "status",
            "The appointment is already {status_label}.",
        ).format(status_label=status_label(current)))
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(status_label(s) for s in TRANSITIONS[current]))
        options = f" It can become: {allowed}." if allowed else " It cannot change any more."
        raise ValidationError(
            tr(
                "status",
                "A {status_label} appointment cannot be marked {status_label2}.{options}",
            ).format(
                status_label=status_label(current),
                status_label2=status_label(target),
                options=options,
            )
        )


def is_late_cancellation(
    appointment: Appointment, at: datetime, cancelled_by: CancelledBy, settings: ClinicSettings
) -> bool:
    """Whether a cancellation at ``at`` counts as late (patient, within the notice period)."""
    if cancelled_by is not CancelledBy.PATIENT:
        return False
    return appointment.start - at < timedelta(hours=settings.late_cancel_hours)


def change_status(
    appointment: Appointment,
    target: Status,
    *,
    at: datetime,
    by: str,
    settings: ClinicSettings,
    cancelled_by: CancelledBy | None = None,
    reason: str = "",
) -> StatusChange:
    """Move an appointment to ``target``, returning the new appointment and its event.

    Cancelling needs ``cancelled_by``; the late flag is worked out here.
    """
    check_transition(appointment.status, target)
    if target is Status.NO_SHOW and at < appointment.start:
        raise ValidationError(tr(
            "status",
            "An appointment cannot be a no-show before its start time.",
        ))
    changes: dict[str, object] = {"status": target, "updated_by": by, "updated_at": at}
    if target is Status.CANCELLED:
        if cancelled_by is None:
            raise ValidationError(tr("status", "Say who cancelled: the patient or the clinic."))
        changes["cancelled_by"] = cancelled_by
        changes["cancel_reason"] = reason
        changes["late_cancel"] = is_late_cancellation(appointment, at, cancelled_by, settings)
    event = AppointmentEvent(
        id=new_id(),
        appointment_id=appointment.id,
        kind=STATUS_EVENT,
        at=at,
        by=by,
        old_value=appointment.status.value,
        new_value=target.value,
        reason=reason,
    )
    return StatusChange(replace(appointment, **changes), event)  # type: ignore[arg-type]


def undoable_change(history: Iterable[AppointmentEvent]) -> AppointmentEvent | None:
    """The most recent status change not already undone, replaying the history."""
    stack: list[AppointmentEvent] = []
    for event in sorted(history, key=lambda e: (e.at, e.id)):
        if event.kind == STATUS_EVENT:
            stack.append(event)
        elif event.kind == UNDO_EVENT and stack:
            stack.pop()
    return stack[-1] if stack else None


def undo_status(
    appointment: Appointment,
    history: Iterable[AppointmentEvent],
    *,
    at: datetime,
    by: str,
    reason: str = "",
) -> StatusChange:
    """Revert the last status change still in effect to the status before it.

    Leaving ``cancelled`` clears the cancellation details. When the undo takes the slot
    back (``retakes_slot``), the service must re-run the booking check first: someone
    else may have been booked into the freed time.
    """
    last = undoable_change(e for e in history if e.appointment_id == appointment.id)
    if last is None:
        raise ValidationError(tr(
            "status",
            "There is no status change to undo on this appointment.",
        ))
    if last.new_value != appointment.status.value:
        raise ValidationError(
            tr(
                "status",
                "The appointment's history does not match its status; reload it and try again.",
            )
        )
    previous = Status(last.old_value)
    changes: dict[str, object] = {"status": previous, "updated_by": by, "updated_at": at}
    if appointment.status is Status.CANCELLED:
        changes.update(cancelled_by=None, cancel_reason="", late_cancel=False)
    event = AppointmentEvent(
        id=new_id(),
        appointment_id=appointment.id,
        kind=UNDO_EVENT,
        at=at,
        by=by,
        old_value=appointment.status.value,
        new_value=previous.value,
        reason=reason,
    )
    retakes = appointment.status in FREEING_STATUSES and previous not in FREEING_STATUSES
    return StatusChange(replace(appointment, **changes), event, retakes)  # type: ignore[arg-type]
