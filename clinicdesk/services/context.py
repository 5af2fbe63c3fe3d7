"""What every service call carries: how to open a transaction, who is acting, the clock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NoReturn

from clinicdesk.domain.common import utc_now
from clinicdesk.domain.errors import PermissionDeniedError
from clinicdesk.domain.permissions import Permission, allows
from clinicdesk.domain.users import Actor
from clinicdesk.services.ports import UnitOfWork


class AuditThrottle:
    """When an event was last recorded in this session, so a burst of the same harmless
    read (search as you type) writes one audit row a minute, not one per keystroke."""

    def __init__(self, window: timedelta = timedelta(minutes=1)) -> None:
        self.window = window
        self._last: dict[str, datetime] = {}
        self._lock = threading.Lock()

    def due(self, event: str, now: datetime) -> bool:
        with self._lock:
            last = self._last.get(event)
        return last is None or not timedelta(0) <= now - last < self.window

    def recorded(self, event: str, now: datetime) -> None:
        """Call after the audit row committed, so a failed write is tried again."""
        with self._lock:
            self._last[event] = now


@dataclass(frozen=True)
class ServiceContext:
    uow_factory: Callable[[], UnitOfWork]
    actor: Actor
    clock: Callable[[], datetime] = field(default=utc_now)
    # One per context, i.e. per signed-in session; a copied context starts afresh.
    audit_throttle: AuditThrottle = field(
        default_factory=AuditThrottle, init=False, compare=False, repr=False
    )

    def now(self) -> datetime:
        return self.clock()


def authorize(context: ServiceContext, permission: Permission, event: str) -> None:
    """Refuse (and audit the refusal) unless the actor's role allows ``permission``.

    Call before opening the unit of work for the change: a denied call changes nothing
    but its own audit row, which is committed on its own.
    """
    if allows(context.actor.role, permission):
        return
    refuse(
        context,
        event,
        f"Your account ({context.actor.role.value}) is not allowed to do this: {event}.",
    )


def refuse(context: ServiceContext, event: str, message: str) -> NoReturn:
    """Audit a refusal in a transaction of its own, then raise it: for rules finer than
    a role, such as a provider acting only on their own appointments."""
    with context.uow_factory() as uow:
        uow.audit.record(context.actor, event, outcome="denied")
        uow.commit()
    raise PermissionDeniedError(message)
