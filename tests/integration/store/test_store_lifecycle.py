"""Create, open, recover: and every bad file refused with a clear message, untouched."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from keyring.backends import fail
from sqlalchemy import Connection, insert, select, text

from clinicdesk.store import tables
from clinicdesk.store.engine import open_engine
from clinicdesk.store.errors import (
    CorruptStoreError,
    KeyringUnavailableError,
    MissingKeyError,
    NewerStoreError,
    NoStoreError,
    NotADatabaseError,
    RecoveryKeyFormatError,
    SqlcipherMissingError,
    StoreExistsError,
    WrongKeyError,
)
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import (
    Store,
    create_store,
    open_store,
    open_with_recovery_key,
    read_store_id,
)
from clinicdesk.store.migrate import head_revision
from clinicdesk.store.recovery_key import format_recovery_key, recovery_store_key

Snapshot = Callable[[Path], dict[str, bytes]]
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _fill(store: Store, rows: int) -> None:
    with store.engine.begin() as connection:
        connection.execute(
            insert(tables.rooms),
            [
                {
                    "id": f"r-{i:05d}",
                    "name": f"Room {i} " + "x" * 200,
                    "kind": "exam",
                    "updated_at": NOW,
                }
                for i in range(rows)
            ],
        )


def test_create_then_open_with_the_key_from_the_keyring(
    created: tuple[Store, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    store, recovery_key = created
    assert store.db_path == data_dir / "clinic.db"
    assert read_store_id(data_dir) == store.store_id
    info = json.loads((data_dir / "store.json").read_text())
    assert set(info) == {"store_id", "format"}  # nothing secret beside the db
    assert key_store.load_key(store.store_id) == recovery_store_key(recovery_key)
    _fill(store, 3)
    store.close()
    with open_store(data_dir, key_store=key_store) as reopened:
        assert reopened.store_id == store.store_id
        with reopened.engine.connect() as connection:
            assert connection.execute(select(tables.rooms.c.id)).scalars().all() == [
                "r-00000",
                "r-00001",
                "r-00002",
            ]
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert revision.scalar_one() == head_revision()


def test_every_connection_gets_the_pragmas(created: tuple[Store, str]) -> None:
    store, _ = created
    connections = [store.engine.connect() for _ in range(3)]
    try:
        # Three DB-API connections, not one shared (each has its own transaction).
        assert len({id(c.connection.dbapi_connection) for c in connections}) == 3
        for connection in connections:
            pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731, B023
            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") == 5000
            assert pragma("synchronous") == 1  # NORMAL
            assert pragma("cipher_version")
    finally:
        for connection in connections:
            connection.close()


def test_a_failed_write_leaves_nothing_behind(created: tuple[Store, str]) -> None:
    """Transactions are real: DDL and rows from a failed unit of work are rolled back."""
    store, _ = created
    with pytest.raises(sqlcipher.IntegrityError), store.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (x)")
        _insert_room(connection, "r-1")
        _insert_room(connection, "r-1")
    with store.engine.connect() as connection:
        assert connection.execute(select(tables.rooms.c.id)).all() == []
        names = connection.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
        assert "scratch" not in names


def _insert_room(connection: Connection, room_id: str) -> None:
    try:
        connection.execute(
            insert(tables.rooms),
            {"id": room_id, "name": "Room", "kind": "exam", "updated_at": NOW},
        )
    except Exception as exc:  # unwrap SQLAlchemy's wrapper to assert on the driver error
        raise exc.orig from None  # type: ignore[attr-defined]


def test_create_refuses_an_existing_file_and_leaves_it_alone(
    data_dir: Path, key_store: KeyringKeyStore, snapshot: Snapshot
) -> None:
    data_dir.mkdir()
    (data_dir / "clinic.db").write_bytes(b"precious clinic data")
    before = snapshot(data_dir)
    with pytest.raises(StoreExistsError, match="already exists"):
        create_store(data_dir, key_store=key_store)
    assert snapshot(data_dir) == before


def test_create_refuses_over_a_real_store(
    created: tuple[Store, str], data_dir: Path, key_store: KeyringKeyStore, snapshot: Snapshot
) -> None:
    store, _ = created
    store.close()
    before = snapshot(data_dir)
    with pytest.raises(StoreExistsError):
        create_store(data_dir, key_store=key_store)
    assert snapshot(data_dir) == before
    assert key_store.load_key(store.store_id)  # the old key is still there


def test_create_refuses_a_leftover_wal(data_dir: Path, key_store: KeyringKeyStore) -> None:
    data_dir.mkdir()
    (data_dir / "clinic.db-wal").write_bytes(b"wal frames of a store whose db was moved")
    with pytest.raises(StoreExistsError):
        create_store(data_dir, key_store=key_store)
    assert not (data_dir / "clinic.db").exists()


def test_create_without_a_keyring_leaves_no_file(data_dir: Path) -> None:
    with pytest.raises(KeyringUnavailableError, match="keyring"):
        create_store(data_dir, key_store=KeyringKeyStore(fail.Keyring()))
    assert not (data_dir / "clinic.db").exists()
    assert not (data_dir / "store.json").exists()


def test_open_where_there_is_no_store(data_dir: Path, key_store: KeyringKeyStore) -> None:
    with pytest.raises(NoStoreError, match="no clinic data"):
        open_store(data_dir, key_store=key_store)
    assert not data_dir.exists()


def test_missing_keyring_entry_then_recovery_key_restores_it(
    created: tuple[Store, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    store, recovery_key = created
    _fill(store, 2)
    store.close()
    key_store.delete_key(store.store_id)
    with pytest.raises(MissingKeyError, match="recovery key"):
        open_store(data_dir, key_store=key_store)
    typed = recovery_key.replace("-", " ")  # as a person might type it
    with open_with_recovery_key(data_dir, typed, key_store=key_store) as recovered:
        assert recovered.store_id == store.store_id
    with open_store(data_dir, key_store=key_store) as reopened, reopened.engine.connect() as c:
        assert len(c.execute(select(tables.rooms.c.id)).all()) == 2


def test_recovery_key_also_restores_a_lost_store_json(
    created: tuple[Store, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    store, recovery_key = created
    store.close()
    (data_dir / "store.json").unlink()
    with pytest.raises(MissingKeyError):
        open_store(data_dir, key_store=key_store)
    open_with_recovery_key(data_dir, recovery_key, key_store=key_store).close()
    assert read_store_id(data_dir) == store.store_id
    open_store(data_dir, key_store=key_store).close()


def test_another_stores_recovery_key_is_the_wrong_key(
    created: tuple[Store, str], data_dir: Path, key_store: KeyringKeyStore, snapshot: Snapshot
) -> None:
    store, _ = created
    store.close()
    before = snapshot(data_dir)
    other = format_recovery_key(os.urandom(32))
    with pytest.raises(WrongKeyError):
        open_with_recovery_key(data_dir, other, key_store=key_store)
    with pytest.raises(RecoveryKeyFormatError, match="Group 1 "):
        mistyped = str((int(other[0]) + 1) % 10) + other[1:]
        open_with_recovery_key(data_dir, mistyped, key_store=key_store)
    assert snapshot(data_dir) == before
    assert key_store.load_key(store.store_id) != recovery_store_key(other)


def _plain_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE patients (name TEXT)")
    connection.execute("INSERT INTO patients VALUES ('someone else''s data')")
    connection.commit()
    connection.close()


BAD_FILES: dict[str, tuple[Callable[[Path, bytes], None], type[Exception], str]] = {
    "zero bytes": (lambda p, real: p.write_bytes(b""), NotADatabaseError, "empty"),
    "truncated mid-page": (
        lambda p, real: p.write_bytes(real[:10_000]),
        NotADatabaseError,
        "cut short",
    ),
    "shorter than a page": (
        lambda p, real: p.write_bytes(real[:1000]),
        NotADatabaseError,
        "cut short",
    ),
    "truncated at a page boundary": (
        lambda p, real: p.write_bytes(real[: 4096 * 3]),
        CorruptStoreError,
        "damaged",
    ),
    "garbage": (lambda p, real: p.write_bytes(os.urandom(5000)), NotADatabaseError, "other kind"),
    "page-sized garbage": (
        lambda p, real: p.write_bytes(os.urandom(8192)),
        WrongKeyError,
        "damaged",
    ),
    "text file": (
        lambda p, real: p.write_text("name,phone\nAda,0123\n"),
        NotADatabaseError,
        "cut short",
    ),
    "plain SQLite": (lambda p, real: _plain_sqlite(p), NotADatabaseError, "unencrypted SQLite"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_are_refused_clearly_and_left_byte_for_byte(
    case: str,
    created: tuple[Store, str],
    data_dir: Path,
    key_store: KeyringKeyStore,
    snapshot: Snapshot,
) -> None:
    store, _ = created
    _fill(store, 200)  # enough pages that a page-boundary cut loses data
    store.close()
    db_path = data_dir / "clinic.db"
    real = db_path.read_bytes()
    assert len(real) > 4096 * 4
    db_path.unlink()
    make, error, words = BAD_FILES[case]
    make(db_path, real)
    before = snapshot(data_dir)
    with pytest.raises(error, match=words) as raised:
        open_store(data_dir, key_store=key_store)
    assert "Traceback" not in str(raised.value)
    assert snapshot(data_dir) == before  # no -wal/-shm made, nothing rewritten
    with pytest.raises(StoreExistsError):
        create_store(data_dir, key_store=key_store)
    assert snapshot(data_dir) == before


def test_a_damaged_page_fails_the_integrity_check(
    created: tuple[Store, str], data_dir: Path, key_store: KeyringKeyStore, snapshot: Snapshot
) -> None:
    store, _ = created
    _fill(store, 200)
    store.close()
    db_path = data_dir / "clinic.db"
    data = bytearray(db_path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 100
    data[middle : middle + 16] = bytes(16)
    db_path.write_bytes(bytes(data))
    before = snapshot(data_dir)
    with pytest.raises(CorruptStoreError, match=r"damaged.*Restore the latest backup"):
        open_store(data_dir, key_store=key_store)
    assert snapshot(data_dir) == before


def test_a_store_from_a_newer_version_is_refused_untouched(
    created: tuple[Store, str], data_dir: Path, key_store: KeyringKeyStore, snapshot: Snapshot
) -> None:
    store, _ = created
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    before = snapshot(data_dir)
    with pytest.raises(NewerStoreError, match="newer version of clinicdesk"):
        open_store(data_dir, key_store=key_store)
    assert snapshot(data_dir) == before


def test_refuses_sqlite_without_sqlcipher(
    created: tuple[Store, str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build of the binding without encryption answers PRAGMA cipher_version with nothing."""
    store, _ = created
    store.close()
    plain_path = data_dir / "plain.db"
    monkeypatch.setattr(
        sqlcipher,
        "connect",
        lambda *args, **kwargs: sqlite3.connect(
            plain_path,
            **{k: v for k, v in kwargs.items() if k in {"check_same_thread", "isolation_level"}},
        ),
    )
    with pytest.raises(SqlcipherMissingError, match="without database encryption"):
        open_engine(data_dir / "clinic.db", os.urandom(32))


def test_new_store_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    import stat

    from clinicdesk.store.engine import open_engine

    db_path = tmp_path / "owner-only.db"
    open_engine(db_path, b"\x01" * 32, create=True).dispose()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
