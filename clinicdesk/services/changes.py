"""Small helpers for writing changes: what changed (for the audit) and input checks."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from clinicdesk.domain.appointments import Appointment, AppointmentEvent
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.status import StatusChange
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.services.recall_hooks import follow_status_change
from clinicdesk.services.reminder_queue import refresh_for_appointment

if TYPE_CHECKING:
    from clinicdesk.services.context import ServiceContext
    from clinicdesk.services.ports import UnitOfWork

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# Bookkeeping fields every update touches; naming them in the audit says nothing.
_BOOKKEEPING = frozenset({"updated_at", "updated_by"})


def changed_fields(before: Any, after: Any) -> list[str]:
    """Names of the dataclass fields whose values differ (never the values themselves)."""
    return [
        f.name
        for f in dataclasses.fields(before)
        if f.name not in _BOOKKEEPING and getattr(before, f.name) != getattr(after, f.name)
    ]


_Record = TypeVar("_Record")


def save_if_changed(
    uow: UnitOfWork,
    ctx: ServiceContext,
    before: _Record,
    after: _Record,
    save: Callable[[_Record], object],
    *,
    event: str,
    object_type: str,
    object_id: str = "",
) -> list[str]:
    """The edit of a record: when any field changed, ``save(after)`` with one audit row
    naming the changed fields (never their values), committed together. Nothing changed:
    nothing is written and no row is added. Returns the changed fields."""
    fields = changed_fields(before, after)
    if fields:
        save(after)
        uow.audit.record(
            ctx.actor, event, object_type=object_type, object_id=object_id, fields=fields
        )
        uow.commit()
    return fields


def require_text(value: str, what: str, kind: TextKind = TextKind.NAME) -> str:
    """The value stripped; refused when empty or when the text policy refuses it."""
    cleaned = check_text(value, kind, f"The {what}").strip()
    if not cleaned:
        raise ValidationError(tr("changes", "Enter the {what}.").format(what=what))
    return cleaned


def require_colour(value: str) -> str:
    if not _COLOUR.match(value):
        raise ValidationError(tr(
            "changes",
            "Colour '{value}' is not a colour like #4C78A8.",
        ).format(value=value))
    return value.upper()


def save_appointment_change(
    uow: UnitOfWork,
    ctx: ServiceContext,
    before: Appointment,
    after: Appointment,
    *,
    kind: str,
    audit_event: str,
    old_value: str = "",
    new_value: str = "",
    reason: str = "",
    outcome: str = "ok",
) -> None:
    """Write a changed appointment with its history entry and its audit row (the names
    of the changed fields only), inside the caller's unit of work."""
    uow.appointments.update(after)
    record_appointment_change(
        uow,
        ctx,
        AppointmentEvent(
            id=new_id(),
            appointment_id=before.id,
            kind=kind,
            at=after.updated_at,
            by=ctx.actor.username,
            old_value=old_value,
            new_value=new_value,
            reason=reason,
        ),
        audit_event,
        outcome=outcome,
        fields=changed_fields(before, after),
    )


def save_status_change(
    uow: UnitOfWork, ctx: ServiceContext, before: Appointment, change: StatusChange, event: str
) -> None:
    """Write a status change (cancel, arrive, no-show, undo) the domain worked out, with
    its history entry and audit row, inside the caller's unit of work."""
    uow.appointments.update(change.appointment)
    record_appointment_change(
        uow, ctx, change.event, event, fields=changed_fields(before, change.appointment)
    )


def record_appointment_change(
    uow: UnitOfWork,
    ctx: ServiceContext,
    history: AppointmentEvent,
    audit_event: str,
    *,
    outcome: str = "ok",
    fields: Sequence[str] = (),
) -> None:
    """The two records every appointment write leaves: its history entry (what the
    patient's record shows) and its audit row (who did it; field names, never values)."""
    uow.appointments.add_event(history)
    # A completed visit sets the patient's next recall, in the same transaction.
    follow_status_change(uow, ctx, history)
    # The patient's reminders follow the change in the same transaction.
    refresh_for_appointment(uow, ctx.now(), history.appointment_id)
    uow.audit.record(
        ctx.actor,
        audit_event,
        object_type="appointment",
        object_id=history.appointment_id,
        outcome=outcome,
        fields=fields,
    )
