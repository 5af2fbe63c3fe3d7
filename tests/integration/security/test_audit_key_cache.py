"""The audit chain key is remembered per engine, but never a key that was rolled back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from clinicdesk.domain.users import Actor, Role
from clinicdesk.store.engine import open_engine
from clinicdesk.store.repositories.audit import AUDIT_KEY_NAME
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork

ACTOR = Actor(user_id="u1", username="ana", role=Role.MANAGER, workstation="desk-1")


def _stored_key(engine) -> str | None:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT value FROM store_meta WHERE key = :key"), {"key": AUDIT_KEY_NAME}
        ).scalar()


def test_a_key_made_in_a_rolled_back_transaction_is_not_reused(tmp_path: Path) -> None:
    engine = make_test_engine(tmp_path / "clinic.db")
    try:
        with SqlUnitOfWork(engine) as uow:
            # The first row makes the key; the second reads it back inside the same
            # transaction, which then rolls back: the key never reaches the file.
            uow.audit.record(ACTOR, "patient.search", object_type="patient")
            uow.audit.record(ACTOR, "patient.search", object_type="patient")
        assert _stored_key(engine) is None
        for _ in range(3):
            with SqlUnitOfWork(engine) as uow:
                uow.audit.record(ACTOR, "patient.search", object_type="patient")
                uow.commit()
        with SqlUnitOfWork(engine) as uow:
            check = uow.audit.verify()
        assert check.intact and check.rows_checked == 3
    finally:
        engine.dispose()


def test_rows_chain_on_across_engines_with_the_remembered_key(tmp_path: Path) -> None:
    key = bytes(range(32))
    path = tmp_path / "second.db"
    first = make_test_engine(path, key)
    try:
        for _ in range(3):
            with SqlUnitOfWork(first) as uow:
                uow.audit.record(ACTOR, "patient.view", object_type="patient", object_id="p1")
                uow.commit()
        stored = _stored_key(first)
        assert stored is not None
        second = open_engine(path, key, integrity_check=False)
        try:
            with SqlUnitOfWork(second) as uow:
                uow.audit.record(ACTOR, "patient.view", object_type="patient", object_id="p2")
                uow.commit()
            with SqlUnitOfWork(first) as uow:
                uow.audit.record(ACTOR, "patient.view", object_type="patient", object_id="p3")
                uow.commit()
                check = uow.audit.verify()
            assert check.intact and check.rows_checked == 5
            assert _stored_key(second) == stored
        finally:
            second.dispose()
    finally:
        first.dispose()
