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
