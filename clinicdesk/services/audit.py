"""Reading and checking the audit trail, and recording recovery-key unlocks (no service
changes or deletes rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from clinicdesk.domain.audit import AuditEntry, AuditQuery, ChainCheck, UnlockAttempt
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.common import require_utc
from clinicdesk.domain.permissions import Permission
from clinicdesk.services.backups import RECOVERY_KEY_USER
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.ports import UnitOfWork

MAX_ROWS = 10_000


@writes
def show_audit(ctx: ServiceContext, query: AuditQuery | None = None) -> list[AuditEntry]:
    """Rows matching ``query``; looking at the trail is itself recorded."""
    authorize(ctx, Permission.VIEW_AUDIT, AuditEvent.AUDIT_VIEW)
    query = query or AuditQuery()
    query = replace(
        query,
        since=require_utc(query.since, "since") if query.since else None,
        until=require_utc(query.until, "until") if query.until else None,
        limit=min(max(query.limit, 1), MAX_ROWS),
    )
    with ctx.write() as uow:
        rows = uow.audit.entries(query)
        uow.audit.record(ctx.actor, AuditEvent.AUDIT_VIEW, object_type="audit")
        uow.commit()
    return rows


@writes
def verify_audit(ctx: ServiceContext) -> ChainCheck:
    """Check the whole hash chain; the check and its result are recorded too."""
    authorize(ctx, Permission.VIEW_AUDIT, AuditEvent.AUDIT_VERIFY)
    with ctx.write() as uow:
        # Checked before this check's own row is added, so that row cannot mask a break.
        result = uow.audit.verify()
        uow.audit.record(
            ctx.actor,
            AuditEvent.AUDIT_VERIFY,
            object_type="audit",
            outcome="ok" if result.intact else f"broken at {result.first_bad_seq}",
        )
        uow.commit()
    return result


def record_unlock_attempts(
    uow_factory: Callable[[], UnitOfWork], attempts: Sequence[UnlockAttempt]
) -> None:
    """Recovery-key unlocks, right key or wrong, in the trail: nobody is signed in then,
    so holding (or guessing at) the key is what is recorded, with the PC it was typed on."""
    if not attempts:
        return
    with uow_factory() as uow:
        for attempt in attempts:
            uow.audit.record_unidentified(
                RECOVERY_KEY_USER,
                attempt.workstation,
                AuditEvent.RECOVERY_KEY_UNLOCK,
                outcome=attempt.outcome(),
            )
        uow.commit()
