"""Clinical notes on an appointment: written by providers, for their own patients.

The audit trail records that the notes changed, never what they say.
"""

from __future__ import annotations

import dataclasses

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.domain.users import Role
from clinicdesk.services.changes import save_appointment_change
from clinicdesk.services.context import ServiceContext, authorize, refuse, writes
from clinicdesk.services.lookups import require_appointment
from clinicdesk.services.views import AppointmentView, appointment_views

NOTES_EVENT = "notes"
MAX_NOTES_CHARACTERS = 20_000


@writes
def update_clinical_notes(ctx: ServiceContext, appointment_id: str, notes: str) -> AppointmentView:
    """Replace an appointment's clinical notes; a provider may only write their own."""
    authorize(ctx, Permission.CLINICAL_NOTES, AuditEvent.APPOINTMENT_NOTES)
    text = check_text(notes, TextKind.NOTE, "The notes").strip()
    if len(text) > MAX_NOTES_CHARACTERS:
        raise ValidationError(
            tr(
                "clinical notes",
                "Notes are limited to {MAX_NOTES_CHARACTERS:,} characters; these have "
                "{count:,}.",
            ).format(MAX_NOTES_CHARACTERS=MAX_NOTES_CHARACTERS, count=len(text))
        )
    with ctx.write() as uow:
        before = require_appointment(uow, appointment_id)
        if not _is_own(ctx, before):
            uow.rollback()
            refuse(
                ctx,
                AuditEvent.APPOINTMENT_NOTES,
                "You can only write notes for your own patients' appointments.",
            )
        if text != before.notes:
            now = ctx.now()
            after = dataclasses.replace(
                before, notes=text, updated_by=ctx.actor.username, updated_at=now
            )
            # History says when and by whom, like the audit; the text stays on the record.
            save_appointment_change(
                uow, ctx, before, after, kind=NOTES_EVENT, audit_event=AuditEvent.APPOINTMENT_NOTES
            )
            uow.commit()
            before = after
        (view,) = appointment_views(uow, [before])
    return view


def _is_own(ctx: ServiceContext, appointment: Appointment) -> bool:
    if ctx.actor.role is not Role.PROVIDER:
        return True
    return ctx.actor.provider_id is not None and ctx.actor.provider_id == appointment.provider_id
