"""What every service call carries: how to open a transaction, who is acting, the clock."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal, NoReturn, ParamSpec, TypeVar

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
    # The data and backup folders: no file written for a user may land inside them.
    protected_folders: tuple[Path, ...] = ()
    # One per context, i.e. per signed-in session; a copied context starts afresh.
    audit_throttle: AuditThrottle = field(
        default_factory=AuditThrottle, init=False, compare=False, repr=False
    )

    def now(self) -> datetime:
        return self.clock()

    def read(self) -> UnitOfWork:
        """A read-only transaction: takes no write lock, so it never waits behind a
        writer (a sync, a backup, another window's booking) and never blocks one."""
        return self.uow_factory().for_reading()

    def write(self) -> UnitOfWork:
        """A write transaction (BEGIN IMMEDIATE: the write lock from the start, so two
        PCs never both pass a conflict check and then both write the same slot)."""
        if _reading_service.get():
            raise ReadOnlyServiceError(
                f"{_reading_service.get()} is declared @reads but opened a write transaction"
            )
        return self.uow_factory()


Transactions = Literal["read", "write"]
_P = ParamSpec("_P")
_R = TypeVar("_R")
# The read-only service running now (its name), so ``write()`` can refuse inside it.
_reading_service: ContextVar[str] = ContextVar("reading_service", default="")


class ReadOnlyServiceError(RuntimeError):
    """A service declared ``@reads`` asked for a write transaction: a programming error."""


def reads(service: Callable[_P, _R]) -> Callable[_P, _R]:
    """Declare a service read-only: it opens only ``ctx.read()`` transactions, and
    ``ctx.write()`` inside it raises. (Refusals are still audited: ``refuse`` writes its
    own row.) Services declare ``@reads`` or ``@writes``; tests check every one."""
    name = f"{service.__module__}.{service.__qualname__}"

    @functools.wraps(service)
    def reading(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        token = _reading_service.set(name)
        try:
            return service(*args, **kwargs)
        finally:
            _reading_service.reset(token)

    reading.transactions = "read"  # type: ignore[attr-defined]
    return reading


def writes(service: Callable[_P, _R]) -> Callable[_P, _R]:
    """Declare a service that changes data (or records an audit row in the same
    transaction as what it reads)."""
    service.transactions = "write"  # type: ignore[attr-defined]
    return service


def declared_transactions(service: Callable[..., object]) -> Transactions | None:
    """``"read"`` or ``"write"`` as the service declares it; None when it declares nothing."""
    return getattr(service, "transactions", None)


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


def record_read(
    context: ServiceContext, event: str, *, object_type: str = "", object_id: str = ""
) -> None:
    """Audit a read-only service's use in a short transaction of its own, so the read
    itself stays off the write lock (a search as you type, a year's report). Commits
    before the read: if the row cannot be written, nothing is shown unaudited."""
    with context.uow_factory() as uow:
        uow.audit.record(context.actor, event, object_type=object_type, object_id=object_id)
        uow.commit()


def refuse(context: ServiceContext, event: str, message: str) -> NoReturn:
    """Audit a refusal in a transaction of its own, then raise it: for rules finer than
    a role, such as a provider acting only on their own appointments. A read-only
    service may refuse too: the refusal's row is the only thing written."""
    with context.uow_factory() as uow:
        uow.audit.record(context.actor, event, outcome="denied")
        uow.commit()
    raise PermissionDeniedError(message)
