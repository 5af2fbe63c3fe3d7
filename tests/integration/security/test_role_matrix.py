"""Every role x every service call, checked against ROLE_PERMISSIONS.

The service calls come from ``clinicdesk.services.registry`` (read from the services'
code), so a new service is in this matrix the moment it exists. Each call runs with
``authorize`` watched: an allowed role must pass the gate (whatever the dummy arguments
do afterwards); a denied role must be refused at the gate, change nothing, and leave a
"denied" row in the audit trail.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

import clinicdesk.services
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.common import utc_now
from clinicdesk.domain.errors import PermissionDeniedError
from clinicdesk.domain.permissions import ROLE_PERMISSIONS, Permission, sees_only_own_bookings
from clinicdesk.domain.providers import Provider
from clinicdesk.domain.users import Actor, Role, User
from clinicdesk.services import context as context_module
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.registry import SELF_SERVICE, ServiceCall, service_calls
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork
from tests.conftest import TEST_TIME_ZONE, weekday_hours

CALLS = service_calls()
PROVIDER_ID = "prov-1"
MONDAY = date(2026, 3, 2)

# Arguments for services that check their input before the permission gate, where the
# dummies below would be refused before reaching it. Keyed by the call's name; each
# gives the arguments after the context.
EXAMPLES: dict[str, Callable[[Path], tuple[Any, ...]]] = {
    "clinicdesk.services.print_jobs.save_day_sheet": lambda tmp: (tmp / "day.pdf",),
    "clinicdesk.services.recall_output.save_recall_list": lambda tmp: (tmp / "recalls.csv",),
    "clinicdesk.services.reports.run_report": lambda tmp: ("utilisation", MONDAY, MONDAY),
    "clinicdesk.services.reports.export_report": lambda tmp: (
        "utilisation",
        MONDAY,
        MONDAY,
        tmp / "report.csv",
    ),
    "clinicdesk.services.calendar_exchange.export_provider_calendar": lambda tmp: (
        PROVIDER_ID,
        tmp / "feed.ics",
    ),
    "clinicdesk.services.calendar_exchange.export_appointment_calendar": lambda tmp: (
        "no-such-appointment",
        tmp / "visit.ics",
    ),
    "clinicdesk.services.schedules.add_extra_hours": lambda tmp: (
        PROVIDER_ID,
        MONDAY,
        time(18, 0),
        time(20, 0),
    ),
}


def _public_functions_taking_a_context() -> set[str]:
    """Read with ``inspect`` (not the registry's AST walk): every public function of
    clinicdesk.services whose first parameter is a ServiceContext."""
    found = set()
    for info in pkgutil.iter_modules(clinicdesk.services.__path__):
        module = importlib.import_module(f"clinicdesk.services.{info.name}")
        for name, function in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(function):
                continue
            if function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters.values())
            if parameters and "ServiceContext" in str(parameters[0].annotation):
                found.add(f"{module.__name__}.{name}")
    return found


# Take a context but open no unit of work of their own: the gate and its audit rows, a
# pure builder, and the guarded file writer the print services share. A new entry here is
# a deliberate decision, not a registry blind spot.
NOT_SERVICES = {
    "clinicdesk.services.context.authorize",
    "clinicdesk.services.context.refuse",
    "clinicdesk.services.context.record_read",
    # The own-bookings row rule: called by services after their gate, like refuse.
    "clinicdesk.services.booking_scope.visible_provider",
    "clinicdesk.services.booking_scope.refuse_whole_clinic",
    "clinicdesk.services.booking_scope.keep_visible",
    "clinicdesk.services.booking.new_appointment",
    "clinicdesk.services.print_jobs.save_pdf",
}


def test_the_registry_finds_every_service_and_nothing_else() -> None:
    names = {call.name for call in CALLS}
    assert names == _public_functions_taking_a_context() - NOT_SERVICES
    for call in CALLS:
        module, _, name = call.name.rpartition(".")
        assert getattr(importlib.import_module(module), name) is call.function
    # One from each family a user reaches, so a registry that lost a module shows here.
    assert {
        "clinicdesk.services.accounts.add_user",
        "clinicdesk.services.audit.verify_audit",
        "clinicdesk.services.booking.book_appointment",
        "clinicdesk.services.finding.find_slots",
        "clinicdesk.services.patients.search_patients",
        "clinicdesk.services.reports.run_report",
        "clinicdesk.services.sync_conflicts.open_conflicts",
        "clinicdesk.services.views.day_schedule",
    } <= names
    services_modules = {name.rpartition(".")[0] for name in names}
    assert len(services_modules) >= 20


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name.removeprefix("clinicdesk."))
def test_every_service_is_gated_by_a_permission(call: ServiceCall) -> None:
    assert call.permission is not None or call.name in SELF_SERVICE, (
        f"{call.name} reaches the store without authorize(ctx, Permission.X, ...); gate it, "
        "or add it to SELF_SERVICE in services/registry.py if it only touches the caller's "
        "own account"
    )


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_test_engine(tmp_path_factory.mktemp("matrix") / "clinic.db")
    now = utc_now()
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(
            ClinicSettings(
                name="Matrix Clinic", time_zone=TEST_TIME_ZONE, opening_hours=weekday_hours()
            ),
            now,
        )
        uow.providers.add(Provider(id=PROVIDER_ID, name="Lee", specialty="general", updated_at=now))
        for role in Role:
            uow.users.add(
                User(
                    id=f"u-{role.value}",
                    username=f"the.{role.value}",
                    display_name=role.value,
                    role=role,
                    password_hash="$argon2id$not-used-here",
                    updated_at=now,
                    provider_id=PROVIDER_ID if role is Role.PROVIDER else None,
                )
            )
        uow.commit()
    yield engine
    engine.dispose()


def _actor(role: Role) -> Actor:
    return Actor(
        user_id=f"u-{role.value}",
        username=f"the.{role.value}",
        role=role,
        workstation="matrix-pc",
        provider_id=PROVIDER_ID if role is Role.PROVIDER else None,
    )


def _dummy(name: str, annotation: Any, tmp_path: Path) -> Any:
    """A harmless value of roughly the annotated type: enough to reach the gate.

    A provider id is the provider account's own, so the own-bookings row rule (tested
    in test_own_bookings.py) lets the allowed roles through."""
    hint = str(annotation)
    if name == "provider_id":
        return PROVIDER_ID
    if "datetime" in hint:
        return datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    if "date" in hint:
        return date(2026, 3, 2)
    if "time" in hint:
        return time(9, 0)
    if "Path" in hint:
        return tmp_path / "out"
    if "Role" in hint:
        return Role.RECEPTIONIST
    if hint.startswith(("int", "float")):
        return 1
    if hint.startswith("bool"):
        return False
    if hint.startswith("str"):
        return "matrix-value-1"
    if hint.startswith(("Sequence", "list", "tuple")):
        return ()
    return None


def _arguments(call: ServiceCall, tmp_path: Path) -> tuple[list[Any], dict[str, Any]]:
    if call.name in EXAMPLES:
        return list(EXAMPLES[call.name](tmp_path)), {}
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    parameters = list(inspect.signature(call.function).parameters.values())[1:]
    for parameter in parameters:
        if parameter.default is not inspect.Parameter.empty:
            continue
        value = _dummy(parameter.name, parameter.annotation, tmp_path)
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[parameter.name] = value
        else:
            positional.append(value)
    return positional, keywords


def _snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table except the audit trail (and its key and head marker)."""
    with engine.connect() as connection:
        tables = [
            row[0]
            for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            )
        ]
        state = {}
        for table in tables:
            if table == "audit_log":
                continue
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).all()
            if table == "store_meta":
                rows = [row for row in rows if not str(row[0]).startswith("audit_chain_")]
            state[table] = sorted(tuple(row) for row in rows)
    return state


def _last_audit(engine: Engine) -> tuple[Any, ...] | None:
    with engine.connect() as connection:
        row = connection.execute(
            text('SELECT "user", role, outcome FROM audit_log ORDER BY seq DESC LIMIT 1')
        ).first()
    return None if row is None else tuple(row)


@pytest.fixture
def watched_gate(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Permission, bool]]:
    """Replace ``authorize`` in every service module with one that notes each check."""
    seen: list[tuple[Permission, bool]] = []
    real = context_module.authorize

    def watching(ctx: ServiceContext, permission: Permission, event: str) -> None:
        try:
            real(ctx, permission, event)
        except PermissionDeniedError:
            seen.append((permission, False))
            raise
        seen.append((permission, True))

    modules = {call.function.__module__ for call in CALLS}
    for name in modules:
        module = __import__(name, fromlist=["authorize"])
        if getattr(module, "authorize", None) is real:
            monkeypatch.setattr(module, "authorize", watching)
    return seen


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name.removeprefix("clinicdesk."))
def test_role_may_call_service_only_if_the_table_allows_it(
    call: ServiceCall,
    role: Role,
    engine: Engine,
    watched_gate: list[tuple[Permission, bool]],
    tmp_path: Path,
) -> None:
    uow_factory: Callable[[], SqlUnitOfWork] = lambda: SqlUnitOfWork(engine)  # noqa: E731
    ctx = ServiceContext(uow_factory=uow_factory, actor=_actor(role))  # type: ignore[arg-type]
    positional, keywords = _arguments(call, tmp_path)
    permission = call.permission
    allowed = permission is None or permission in ROLE_PERMISSIONS[role]
    before = _snapshot(engine)

    try:
        call.function(ctx, *positional, **keywords)
    except PermissionDeniedError:
        refused = True
    except Exception:  # dummy arguments may fail after the gate; only the gate is judged
        refused = False
    else:
        refused = False

    if permission is None:
        assert not refused, f"{call.name} is self-service but refused {role.value}"
        return
    assert watched_gate, (
        f"{call.name} refused the dummy arguments before authorize(); add real ones to "
        "EXAMPLES in this file"
    )
    assert watched_gate[0][0] is permission, (
        f"{call.name} checked {watched_gate[0][0]} first; the registry read {permission}"
    )
    if allowed:
        assert watched_gate[0] == (permission, True)
        # Past the gate only the own-bookings row rule may still refuse (a provider
        # asking for the whole clinic's downtime pack, say).
        assert not refused or (call.scoped and sees_only_own_bookings(role))
        return
    assert refused, f"{role.value} was allowed {call.name} ({permission}) against the table"
    assert watched_gate == [(permission, False)]
    assert _snapshot(engine) == before, f"denied {call.name} changed clinic data"
    assert _last_audit(engine) == (f"the.{role.value}", role.value, "denied")


def test_each_role_gets_what_its_job_needs_and_no_more() -> None:
    receptionist = ROLE_PERMISSIONS[Role.RECEPTIONIST]
    manager = ROLE_PERMISSIONS[Role.MANAGER]
    provider = ROLE_PERMISSIONS[Role.PROVIDER]
    admin = ROLE_PERMISSIONS[Role.ADMIN]
    assert {Permission.BOOK, Permission.EDIT_PATIENTS, Permission.PRINT_DAY_SHEETS} <= receptionist
    assert not receptionist & {Permission.VIEW_REPORTS, Permission.EXPORT, Permission.VIEW_AUDIT}
    assert Permission.CLINICAL_NOTES in provider and Permission.BOOK not in provider
    assert receptionist < manager
    assert {
        Permission.MANAGE_SCHEDULES,
        Permission.MANAGE_CATALOG,
        Permission.VIEW_REPORTS,
        Permission.EXPORT,
        Permission.VIEW_AUDIT,
        Permission.UNLOCK_ACCOUNTS,
        Permission.BACKUP,
    } <= manager
    assert not manager & {Permission.MANAGE_USERS, Permission.RECOVERY, Permission.SYNC_SETTINGS}
    assert {Permission.MANAGE_USERS, Permission.RECOVERY, Permission.SYNC_SETTINGS} <= admin
    # The administrator's own login sees no patients, bookings or reports.
    assert not admin & {
        Permission.VIEW_PATIENTS,
        Permission.BOOK,
        Permission.VIEW_REPORTS,
        Permission.EXPORT,
        Permission.CLINICAL_NOTES,
    }
