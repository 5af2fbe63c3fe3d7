"""Bulk loading: indexes and the search index come back whole, and a failure undoes it all."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Patient, Phone
from clinicdesk.store.search_index import TRIGGER_NAMES
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork

STAMP = datetime(2026, 1, 5, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    made = make_test_engine(tmp_path / "clinic.db")
    yield made
    made.dispose()


def _schema(engine: Engine) -> list[tuple[str, str, str]]:
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                text(
                    "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                    "AND sql IS NOT NULL ORDER BY name"
                )
            )
        ]


def _patients(count: int) -> list[Patient]:
    return [
        Patient(
            new_id(),
            f"Given{n}",
            "Ødegaard" if n % 2 else "O'Brien",
            date(1980, 1, 1 + n % 28),
            STAMP,
            phones=(Phone(f"+44 7700 9{n:05d}", "mobile"),),
        )
        for n in range(count)
    ]


def test_bulk_load_leaves_the_same_indexes_and_triggers_and_a_searchable_index(engine):
    before = _schema(engine)
    assert any(name == TRIGGER_NAMES[0] for _kind, name, _sql in before)
    with SqlUnitOfWork(engine) as uow:
        with uow.bulk_load():
            uow.patients.add_many(_patients(300))
            inside = {name for _kind, name, _sql in _schema_in(uow)}
            assert "ix_patients_birth_date" not in inside  # really deferred
            assert TRIGGER_NAMES[0] not in inside
        uow.commit()
    assert _schema(engine) == before
    with SqlUnitOfWork(engine) as uow:
        assert len(uow.patients.search("odegaard", 500)) == 150
        assert len(uow.patients.search("obrien 7700900", 500)) == 150
        assert [p.given for p in uow.patients.search("9 00007")] == ["Given7"]
        cache = uow.connection.exec_driver_sql("PRAGMA cache_size").scalar()
    assert cache == -32768  # the app's own page cache again
    # The triggers are back: a patient added after the load is found too.
    with SqlUnitOfWork(engine) as uow:
        uow.patients.add(Patient(new_id(), "Zebedee", "Quill", date(1990, 2, 3), STAMP))
        uow.commit()
    with SqlUnitOfWork(engine) as uow:
        assert [p.given for p in uow.patients.search("quill")] == ["Zebedee"]


def _schema_in(uow: SqlUnitOfWork) -> list[tuple[str, str, str]]:
    return [
        tuple(row)
        for row in uow.connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "AND sql IS NOT NULL"
        )
    ]


def test_a_failed_bulk_load_leaves_the_store_as_it_was(engine):
    before = _schema(engine)
    with pytest.raises(RuntimeError), SqlUnitOfWork(engine) as uow, uow.bulk_load():
        uow.patients.add_many(_patients(50))
        raise RuntimeError("power cut halfway")
    assert _schema(engine) == before
    with SqlUnitOfWork(engine) as uow:
        assert uow.patients.count() == 0
        assert uow.patients.search("obrien") == []


def _outbox_rows(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()


def _set_capture(engine: Engine, value: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE sync_state SET value = :value WHERE key = 'capture'"), {"value": value}
        )


def test_capture_triggers_are_set_aside_while_sync_capture_is_off(engine):
    before = _schema(engine)
    capture_insert = "sync_capture_patients_insert"
    assert any(name == capture_insert for _kind, name, _sql in before)
    with SqlUnitOfWork(engine) as uow:
        with uow.bulk_load():
            uow.patients.add_many(_patients(20))
            assert capture_insert not in {name for _kind, name, _sql in _schema_in(uow)}
        uow.commit()
    assert _schema(engine) == before
    assert _outbox_rows(engine) == 0


def test_a_store_that_syncs_still_queues_every_bulk_loaded_row(engine):
    _set_capture(engine, "on")
    with SqlUnitOfWork(engine) as uow:
        with uow.bulk_load():
            uow.patients.add_many(_patients(20))
            assert "sync_capture_patients_insert" in {n for _k, n, _s in _schema_in(uow)}
        uow.commit()
    assert _outbox_rows(engine) == 20


def test_a_bulk_load_of_appointments_leaves_the_patient_side_alone(engine):
    before = _schema(engine)
    with SqlUnitOfWork(engine) as uow:
        with uow.bulk_load("appointments"):
            inside = {name for _kind, name, _sql in _schema_in(uow)}
            assert "ix_appointments_provider_start" not in inside
            assert "sync_capture_appointments_insert" not in inside
            assert {"ix_patients_birth_date", TRIGGER_NAMES[0]} <= inside
            assert "sync_capture_patients_insert" in inside
        uow.commit()
    assert _schema(engine) == before


def test_a_bulk_load_of_an_unknown_table_is_refused_before_anything_changes(engine):
    before = _schema(engine)
    with SqlUnitOfWork(engine) as uow, pytest.raises(ValueError, match="bulk load is for"):
        uow.bulk_load("audit_log").__enter__()
    assert _schema(engine) == before
