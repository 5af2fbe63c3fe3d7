"""The integrity check at open: full when damage is plausible, cheap otherwise."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from clinicdesk.store import open_check, tables
from clinicdesk.store.errors import CorruptStoreError
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import Store, create_store, open_store
from clinicdesk.store.open_check import BOOKKEEPING_DIR, STATE_FILE

NOW = datetime(2026, 1, 5, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _no_small_store_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every store here is small; let the policy treat them like big ones."""
    monkeypatch.setattr(open_check, "ALWAYS_FULL_BELOW_BYTES", 0)


def _made(data_dir: Path, key_store: KeyringKeyStore) -> None:
    store, _ = create_store(data_dir, key_store=key_store)
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
                for i in range(300)
            ],
        )
    store.close()


def _damage_middle_page_keeping_mtime(db_path: Path) -> None:
    """A damaged page that size and modification time do not show (a bad sector)."""
    before = db_path.stat()
    data = bytearray(db_path.read_bytes())
    # A leaf of the rooms filled last, a few pages from the end: not the last leaf,
    # which the cheap check reads, wherever new empty tables move the rest.
    middle = (len(data) // 4096 - 5) * 4096 + 100
    data[middle : middle + 16] = bytes(16)
    db_path.write_bytes(bytes(data))
    os.utime(db_path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _reopen(data_dir: Path, key_store: KeyringKeyStore) -> str:
    store = open_store(data_dir, key_store=key_store)
    store.close()
    return store.integrity


def test_a_cleanly_closed_recently_checked_store_gets_the_cheap_check(data_dir, key_store):
    _made(data_dir, key_store)
    assert _reopen(data_dir, key_store).startswith("cheap")
    assert _reopen(data_dir, key_store).startswith("cheap")


def test_an_unclean_close_gets_the_full_check_which_finds_a_damaged_page(data_dir, key_store):
    _made(data_dir, key_store)
    crashed = open_store(data_dir, key_store=key_store)
    crashed.engine.dispose()
    assert crashed.session is not None
    crashed.session.abandon()  # the marker's lock is gone, as when the process dies...
    marker = data_dir / BOOKKEEPING_DIR / "crashed-session.open"
    marker.write_bytes(b"")  # ...and its marker file is left behind
    _damage_middle_page_keeping_mtime(data_dir / "clinic.db")
    with pytest.raises(CorruptStoreError, match="damaged"):
        open_store(data_dir, key_store=key_store)
    assert marker.exists()  # still unclean: the next open checks in full again


def test_an_unclean_close_of_a_sound_store_is_checked_once_then_cheap(data_dir, key_store):
    _made(data_dir, key_store)
    (data_dir / BOOKKEEPING_DIR / "crashed-session.open").write_bytes(b"")
    assert _reopen(data_dir, key_store) == "full: a previous session did not close cleanly"
    assert _reopen(data_dir, key_store).startswith("cheap")


def test_a_session_still_open_elsewhere_is_not_an_unclean_close(data_dir, key_store):
    _made(data_dir, key_store)
    running = open_store(data_dir, key_store=key_store)
    try:
        assert _reopen(data_dir, key_store).startswith("cheap")
    finally:
        running.close()


def test_the_cheap_check_does_not_read_every_page_but_the_full_one_does(data_dir, key_store):
    _made(data_dir, key_store)
    _damage_middle_page_keeping_mtime(data_dir / "clinic.db")
    assert _reopen(data_dir, key_store).startswith("cheap")  # the policy's known blind spot
    (data_dir / BOOKKEEPING_DIR / "crashed-session.open").write_bytes(b"")
    with pytest.raises(CorruptStoreError):
        open_store(data_dir, key_store=key_store)


def test_a_file_changed_outside_clinicdesk_gets_the_full_check(data_dir, key_store):
    _made(data_dir, key_store)
    db_path = data_dir / "clinic.db"
    data = bytearray(db_path.read_bytes())
    # A leaf of the rooms filled last, a few pages from the end: not the last leaf,
    # which the cheap check reads, wherever new empty tables move the rest.
    middle = (len(data) // 4096 - 5) * 4096 + 100
    data[middle : middle + 16] = bytes(16)
    db_path.write_bytes(bytes(data))
    stat = db_path.stat()
    os.utime(db_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    with pytest.raises(CorruptStoreError):
        open_store(data_dir, key_store=key_store)


def test_a_week_without_a_full_check_gets_one(data_dir, key_store):
    _made(data_dir, key_store)
    state_path = data_dir / BOOKKEEPING_DIR / STATE_FILE
    state = json.loads(state_path.read_text())
    state["last_full_check"] = (datetime.now(UTC) - timedelta(days=8)).isoformat()
    state_path.write_text(json.dumps(state))
    assert _reopen(data_dir, key_store).startswith("full: the last full check")
    assert _reopen(data_dir, key_store).startswith("cheap")


def test_small_stores_are_always_checked_in_full(data_dir, key_store, monkeypatch):
    monkeypatch.setattr(open_check, "ALWAYS_FULL_BELOW_BYTES", 64 * 1024 * 1024)
    _made(data_dir, key_store)
    assert _reopen(data_dir, key_store) == "full: small store"


def test_store_is_a_plain_value_still(data_dir, key_store):
    store, _ = create_store(data_dir, key_store=key_store)
    store.close()
    store.close()  # closing twice is harmless
    assert isinstance(store, Store)
