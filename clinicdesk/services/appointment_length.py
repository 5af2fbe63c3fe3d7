"""Changing an appointment's length (the calendar's "drag the bottom edge").

The same rules as a move: only booked or confirmed appointments change, the one
booking check decides (clash named, policy lines need an override reason), and the
change is saved with its history entry and audit row in one transaction.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.booking import BookingRequest
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.recurrence import EDITABLE_STATUSES
from clinicdesk.domain.status import status_label
from clinicdesk.domain.waitlist_matching import FreedSlot
from clinicdesk.services.appointment_changes import ChangeResult, appointment_type_of
from clinicdesk.services.booking import enforce
from clinicdesk.services.changes import save_appointment_change
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.lookups import require_appointment, require_clinic
from clinicdesk.services.schedule_window import Catalogue, check_request
from clinicdesk.services.slot_offers import queue_offers
from clinicdesk.services.views import appointment_view
from clinicdesk.services.waitlist import candidates_for_freed

RESIZED_EVENT = "resized"
MIN_MINUTES = 5


@writes
def change_length(
    ctx: ServiceContext, appointment_id: str, end: datetime, *, override_reason: str = ""
) -> ChangeResult:
    """Make the appointment end at ``end`` (same start, provider and room)."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_RESIZE)
    with ctx.write() as uow:
        catalogue = Catalogue.load(uow, require_clinic(uow))
        before = require_appointment(uow, appointment_id)
        if before.status not in EDITABLE_STATUSES:
            raise ValidationError(
                tr(
                    "appointment length",
                    "Only booked or confirmed appointments can be changed; this one is {status}.",
                ).format(status=status_label(before.status))
            )
        if (end - before.start).total_seconds() < MIN_MINUTES * 60:
            raise ValidationError(tr(
                "appointment length",
                "An appointment lasts at least {MIN_MINUTES} minutes.",
            ).format(MIN_MINUTES=MIN_MINUTES))
        request = BookingRequest(
            before.patient_id,
            before.provider_id,
            appointment_type_of(uow, before),
            before.start,
            end,
            before.room_id,
            appointment_id=before.id,
        )
        decision = check_request(uow, catalogue, request, ctx.now())
        overridden = enforce(decision, override_reason)
        now = ctx.now()
        after = dataclasses.replace(
            before,
            end=decision.end,
            override_reason=override_reason.strip() if overridden else before.override_reason,
            updated_by=ctx.actor.username,
            updated_at=now,
        )
        save_appointment_change(
            uow,
            ctx,
            before,
            after,
            kind=RESIZED_EVENT,
            audit_event=AuditEvent.APPOINTMENT_RESIZE,
            old_value=before.end.isoformat(),
            new_value=after.end.isoformat(),
            reason=override_reason.strip() if overridden else "",
            outcome="override" if overridden else "ok",
        )
        freed = None
        candidates = []
        if after.end < before.end:
            freed = FreedSlot(before.provider_id, after.end, before.end, before.room_id)
            candidates = candidates_for_freed(uow, catalogue, freed)
            queue_offers(uow, ctx, catalogue, freed)
        view = appointment_view(uow, after)
        uow.commit()
    return ChangeResult(view, freed, tuple(candidates), overridden)
