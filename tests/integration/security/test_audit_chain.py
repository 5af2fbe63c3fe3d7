"""The audit trail is tamper-evident: verify names the first altered, deleted or inserted row."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text

from clinicdesk.domain.audit import AuditQuery, ChainProblem
from clinicdesk.domain.errors import PermissionDeniedError
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.audit import show_audit, verify_audit
from clinicdesk.services.context import ServiceContext
from clinicdesk.store.uow import SqlUnitOfWork

ROWS = 10


@pytest.fixture
def trail(test_engine: Engine) -> Callable[[], SqlUnitOfWork]:
    actor = Actor("u-1", "r.smith", Role.RECEPTIONIST, "desk-1")

    def factory() -> SqlUnitOfWork:
        return SqlUnitOfWork(test_engine)

    for number in range(ROWS):
        with factory() as uow:
            uow.audit.record(actor, "patient.view", object_type="patient", object_id=f"p-{number}")
            uow.commit()
    return factory


def _verify(factory: Callable[[], SqlUnitOfWork]):  # type: ignore[no-untyped-def]
    with factory() as uow:
        return uow.audit.verify()


def _sql(engine: Engine, statement: str) -> None:
    with engine.begin() as connection:
        connection.execute(text(statement))


def test_an_untouched_trail_verifies(trail: Callable[[], SqlUnitOfWork]) -> None:
    check = _verify(trail)
    assert check.intact and check.rows_checked == ROWS and check.last_seq == ROWS
    assert "intact" in check.describe()


def test_altered_row_is_named(trail: Callable[[], SqlUnitOfWork], test_engine: Engine) -> None:
    _sql(test_engine, "UPDATE audit_log SET object_id = 'p-999' WHERE seq = 4")
    check = _verify(trail)
    assert (check.first_bad_seq, check.problem) == (4, ChainProblem.ALTERED)
    assert "row 4" in check.describe()


def test_altered_time_is_named(trail: Callable[[], SqlUnitOfWork], test_engine: Engine) -> None:
    _sql(test_engine, "UPDATE audit_log SET at = at - 3600 WHERE seq = 7")
    assert _verify(trail).first_bad_seq == 7


def test_deleted_row_is_named(trail: Callable[[], SqlUnitOfWork], test_engine: Engine) -> None:
    _sql(test_engine, "DELETE FROM audit_log WHERE seq = 5")
    check = _verify(trail)
    assert (check.first_bad_seq, check.problem) == (5, ChainProblem.DELETED)


def test_deleted_tail_is_named_and_later_rows_do_not_hide_it(
    trail: Callable[[], SqlUnitOfWork], test_engine: Engine
) -> None:
    _sql(test_engine, "DELETE FROM audit_log WHERE seq >= 9")
    check = _verify(trail)
    assert (check.first_bad_seq, check.problem) == (9, ChainProblem.DELETED)
    with trail() as uow:  # the app carries on writing after the tampering
        uow.audit.record(Actor("u-2", "m", Role.MANAGER), "patient.view")
        uow.commit()
    assert _verify(trail).first_bad_seq == 9


def test_inserted_row_is_named(trail: Callable[[], SqlUnitOfWork], test_engine: Engine) -> None:
    # Make room at 4 by renumbering 4.. upwards, then insert a forged row there.
    _sql(test_engine, "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 4")
    _sql(test_engine, "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000")
    _sql(
        test_engine,
        "INSERT INTO audit_log (seq, at, user, role, workstation, event, object_type, "
        "object_id, outcome, fields, chain_hash) VALUES (4, 1767225600, 'r.smith', "
        "'receptionist', 'desk-1', 'patient.view', 'patient', 'p-x', 'ok', '', x'00')",
    )
    check = _verify(trail)
    assert (check.first_bad_seq, check.problem) == (4, ChainProblem.INSERTED)


def test_row_appended_by_hand_is_named(
    trail: Callable[[], SqlUnitOfWork], test_engine: Engine
) -> None:
    _sql(
        test_engine,
        "INSERT INTO audit_log (seq, at, user, role, workstation, event, object_type, "
        "object_id, outcome, fields, chain_hash) VALUES (11, 1767225600, 'x', 'admin', "
        "'', 'user.create', 'user', 'u-9', 'ok', '', x'00')",
    )
    assert _verify(trail).first_bad_seq == 11


def test_services_show_with_filters_and_verify_for_the_manager(
    trail: Callable[[], SqlUnitOfWork], test_engine: Engine
) -> None:
    manager = ServiceContext(uow_factory=trail, actor=Actor("u-m", "m.jones", Role.MANAGER))  # type: ignore[arg-type]
    rows = show_audit(manager, AuditQuery(object_id="p-3"))
    assert [(row.seq, row.event, row.user) for row in rows] == [(4, "patient.view", "r.smith")]
    assert len(show_audit(manager, AuditQuery(event="patient.", limit=3))) == 3
    assert verify_audit(manager).intact
    _sql(test_engine, "UPDATE audit_log SET outcome = 'denied' WHERE seq = 2")
    assert verify_audit(manager).first_bad_seq == 2
    with trail() as uow:
        events = [row.event for row in uow.audit.entries(AuditQuery(limit=3))]
    assert events[:2] == ["audit.verify", "audit.verify"]


def test_receptionist_cannot_read_the_trail(trail: Callable[[], SqlUnitOfWork]) -> None:
    ctx = ServiceContext(uow_factory=trail, actor=Actor("u-1", "r.smith", Role.RECEPTIONIST))  # type: ignore[arg-type]
    with pytest.raises(PermissionDeniedError):
        show_audit(ctx)
