"""Every service says whether it reads or writes, and a reader never takes the write lock.

A write transaction (BEGIN IMMEDIATE) holds SQLite's single write lock: a search or a
slot finder that took it would queue behind a sync or a backup, and block the next
booking while it ran. The services come from ``clinicdesk.services.registry``, so a new
service is checked the moment it exists: undeclared, it fails here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import pytest
from sqlalchemy import Engine, text

from clinicdesk.domain.permissions import ROLE_PERMISSIONS
from clinicdesk.domain.users import Role
from clinicdesk.services.context import ReadOnlyServiceError, ServiceContext, reads
from clinicdesk.services.registry import ServiceCall, service_calls
from clinicdesk.store.uow import SqlUnitOfWork
from tests.integration.security.test_role_matrix import PROVIDER_ID, _actor, _arguments
from tests.integration.security.test_role_matrix import engine as engine  # noqa: PLC0414

CALLS = service_calls()
# Arguments for readers that check them before opening any transaction.
READ_EXAMPLES: dict[str, tuple[Any, ...]] = {
    "clinicdesk.services.waitlist.match_slot": (
        PROVIDER_ID,
        datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    ),
}
READERS = [call for call in CALLS if call.transactions == "read"]


def _id(call: ServiceCall) -> str:
    return call.name.removeprefix("clinicdesk.services.")


@pytest.mark.parametrize("call", CALLS, ids=_id)
def test_every_service_declares_whether_it_reads_or_writes(call: ServiceCall) -> None:
    assert call.transactions in ("read", "write"), (
        f"{call.name} declares neither: decorate it with @reads (only ctx.read()) or "
        "@writes (from clinicdesk.services.context)"
    )


@pytest.mark.parametrize("call", CALLS, ids=_id)
def test_the_declaration_matches_the_transactions_the_code_opens(call: ServiceCall) -> None:
    assert "uow_factory" not in call.opens, (
        f"{call.name} opens ctx.uow_factory() itself; use ctx.read() or ctx.write()"
    )
    if call.transactions == "read":
        assert call.opens == {"read"}, f"{call.name} is @reads but opens {sorted(call.opens)}"
    else:
        assert "write" in call.opens, (
            f"{call.name} is @writes but opens only {sorted(call.opens)}: declare it @reads"
        )


class _WatchedUnitOfWork(SqlUnitOfWork):
    """Notes every transaction it begins: True for a write (BEGIN IMMEDIATE)."""

    def __init__(self, engine: Engine, began: list[bool]) -> None:
        super().__init__(engine)
        self._began = began

    def __enter__(self) -> Self:
        entered = super().__enter__()
        self._began.append(not self._reading)
        return entered


def _audit_rows(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one())


def _allowed_role(call: ServiceCall) -> Role:
    return next(
        role
        for role in Role
        if call.permission is None or call.permission in ROLE_PERMISSIONS[role]
    )


@pytest.fixture
def began() -> Iterator[list[bool]]:
    yield []


@pytest.mark.parametrize("call", READERS, ids=_id)
def test_a_reading_service_begins_no_write_transaction(
    call: ServiceCall, engine: Engine, began: list[bool], tmp_path: Path
) -> None:
    """Run as a role that may call it: every transaction it begins is read-only, but for
    one short write per audit row (a refusal, the once-a-minute search row)."""
    uow_factory: Callable[[], SqlUnitOfWork] = lambda: _WatchedUnitOfWork(engine, began)  # noqa: E731
    ctx = ServiceContext(uow_factory=uow_factory, actor=_actor(_allowed_role(call)))  # type: ignore[arg-type]
    positional, keywords = (
        (list(READ_EXAMPLES[call.name]), {})
        if call.name in READ_EXAMPLES
        else _arguments(call, tmp_path)
    )
    audit_before = _audit_rows(engine)
    try:
        call.function(ctx, *positional, **keywords)
    except ReadOnlyServiceError:
        raise
    except Exception:  # dummy arguments may fail inside; the transactions are judged
        pass
    assert began, f"{call.name} opened no transaction with these arguments"
    writes = sum(began)
    assert writes <= _audit_rows(engine) - audit_before, (
        f"{call.name} is @reads but began {writes} write transaction(s)"
    )


def test_a_write_inside_a_reading_service_is_refused(engine: Engine) -> None:
    @reads
    def sneaky(ctx: ServiceContext) -> None:
        with ctx.write():
            pass

    ctx = ServiceContext(uow_factory=lambda: SqlUnitOfWork(engine), actor=_actor(Role.MANAGER))  # type: ignore[arg-type]
    with pytest.raises(ReadOnlyServiceError, match="sneaky"):
        sneaky(ctx)
    # Outside the reading service, the same context writes as usual.
    with ctx.write() as uow:
        uow.commit()


def _declared(function: Callable[..., Any]) -> str | None:
    return getattr(function, "transactions", None)


def test_the_checks_cover_the_services_that_run_on_every_keystroke() -> None:
    by_name = {call.name.rsplit(".", 1)[1]: call for call in CALLS}
    for name in ("find_slots", "search_patients", "list_types", "clinic_settings", "day_schedule"):
        assert _declared(by_name[name].function) == "read", name
    assert _declared(by_name["book_appointment"].function) == "write"
    assert len(READERS) >= 20
