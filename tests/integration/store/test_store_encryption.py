"""The store file is encrypted: no plaintext on disk, unreadable without the key."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from clinicdesk.store import tables
from clinicdesk.store.engine import open_engine
from clinicdesk.store.errors import WrongKeyError
from clinicdesk.store.lifecycle import Store, open_store

Snapshot = Callable[[Path], dict[str, bytes]]

GIVEN, FAMILY = "Zoë", "Quillfeather-Marchetti"
NAME = f"{GIVEN} {FAMILY}"
NOTE = "allergic to penicillin; prefers Tuesday mornings"


def _write_patient(store: Store) -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with store.engine.begin() as connection:
        connection.execute(
            insert(tables.patients),
            {
                "id": "p-1",
                "given": GIVEN,
                "family": FAMILY,
                "birth_date": date(1980, 5, 17),
                "phones": [["+44 7700 900123", "mobile"]],
                "notes": f"{NAME}: {NOTE}",
                "updated_at": now,
            },
        )


def _plaintext_hits(files: dict[str, bytes]) -> list[str]:
    needles = [NAME.encode(), NOTE.encode(), b"Quillfeather", b"penicillin", b"900123"]
    needles += [NAME.encode("utf-16-le"), b"CREATE TABLE", b"patients"]
    return [name for name, data in files.items() for needle in needles if needle in data]


def test_the_search_would_find_plaintext_in_an_unencrypted_file(
    tmp_path: Path, snapshot: Snapshot
) -> None:
    """Control: the same search does find the strings in a plain SQLite file and its WAL."""
    plain = tmp_path / "plain" / "clinic.db"
    plain.parent.mkdir()
    connection = sqlite3.connect(plain)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE patients (notes TEXT)")
    connection.execute("INSERT INTO patients VALUES (?)", (f"{NAME}: {NOTE}",))
    connection.commit()
    assert "clinic.db-wal" in snapshot(plain.parent)
    assert _plaintext_hits(snapshot(plain.parent))
    connection.close()


def test_no_plaintext_in_the_db_or_its_wal(
    created: tuple[Store, str], data_dir: Path, snapshot: Snapshot
) -> None:
    store, _ = created
    _write_patient(store)
    with store.engine.connect() as connection:  # keep a connection so the WAL stays
        assert connection.execute(select(tables.patients.c.given)).scalar_one() == "Zoë"
        files = snapshot(data_dir)
        assert "clinic.db-wal" in files and len(files["clinic.db-wal"]) > 0
        assert _plaintext_hits(files) == []
    store.close()
    assert _plaintext_hits(snapshot(data_dir)) == []


def test_plain_sqlite_cannot_read_the_store(created: tuple[Store, str], data_dir: Path) -> None:
    store, _ = created
    _write_patient(store)
    store.close()
    plain = sqlite3.connect(f"{(data_dir / 'clinic.db').resolve().as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_wrong_key_is_refused_and_the_file_left_alone(
    created: tuple[Store, str], data_dir: Path, key_store: object, snapshot: Snapshot
) -> None:
    store, _ = created
    _write_patient(store)
    store.close()
    before = snapshot(data_dir)
    with pytest.raises(WrongKeyError, match="the key is wrong"):
        open_engine(data_dir / "clinic.db", bytes(32))
    key_store.save_key(store.store_id, b"\x01" * 32)  # type: ignore[attr-defined]
    with pytest.raises(WrongKeyError, match="recovery key"):
        open_store(data_dir, key_store=key_store)  # type: ignore[arg-type]
    assert snapshot(data_dir) == before


def test_wrong_key_prints_nothing_on_stderr(
    created: tuple[Store, str], data_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    store, _ = created
    store.close()
    capfd.readouterr()
    with pytest.raises(WrongKeyError):
        open_engine(data_dir / "clinic.db", bytes(32))
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
