"""Backups: made from the live store without copying it, checked, restored only when sound."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from clinicdesk.domain.errors import StoreError
from clinicdesk.store import tables
from clinicdesk.store.backup import (
    BackupError,
    create_backup,
    list_backups,
    newest_verified_backup,
    restore_backup,
    verify_backup,
)
from clinicdesk.store.instance_lock import InstanceLock, StoreInUseError
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import Store, create_store, open_store, read_store_id
from clinicdesk.store.recovery_key import recovery_store_key
from tests.integration.security.conftest import file_key_store

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _add_rooms(store: Store, *names: str) -> None:
    with store.engine.begin() as connection:
        connection.execute(
            insert(tables.rooms),
            [{"id": name, "name": name, "kind": "exam", "updated_at": NOW} for name in names],
        )


def _rooms(store: Store) -> list[str]:
    with store.engine.connect() as connection:
        return sorted(connection.execute(select(tables.rooms.c.id)).scalars())


@pytest.fixture
def clinic(data_dir: Path, key_store: KeyringKeyStore) -> tuple[Store, str]:
    store, recovery_key = create_store(data_dir, key_store=key_store)
    _add_rooms(store, "room-a", "room-b")
    return store, recovery_key


def test_backup_round_trip_while_the_store_is_open(
    clinic: tuple[Store, str], tmp_path: Path, data_dir: Path, key_store: KeyringKeyStore
) -> None:
    store, recovery_key = clinic
    key = recovery_store_key(recovery_key)
    info = create_backup(store.engine, key, tmp_path / "backups", now=NOW)
    assert info.path.name == "clinic-backup-20260302-090000.cdbak"
    assert info.store_id == store.store_id and info.taken_at == NOW
    assert not list((tmp_path / "backups").glob("*.partial"))
    assert b"room-a" not in info.path.read_bytes()  # encrypted at rest
    _add_rooms(store, "room-c")  # work goes on after the backup
    store.close()

    result = restore_backup(data_dir, info.path, key_store=key_store, now=NOW)
    assert result.previous_store is not None and result.previous_store.exists()
    assert result.previous_store.name == "clinic.db.before-restore-20260302-090000"
    with open_store(data_dir, key_store=key_store) as restored:
        assert _rooms(restored) == ["room-a", "room-b"]
    # The store that was replaced is kept whole, with the room added after the backup.
    kept, _ = verify_backup(result.previous_store, [key])
    assert kept.store_id == store.store_id


def test_backups_are_pruned_to_the_newest_kept(clinic: tuple[Store, str], tmp_path: Path) -> None:
    store, recovery_key = clinic
    key = recovery_store_key(recovery_key)
    for hour in range(4):
        create_backup(store.engine, key, tmp_path / "b", keep=2, now=NOW.replace(hour=9 + hour))
    assert [path.name[14:27] for path in list_backups(tmp_path / "b")] == [
        "20260302-1200",
        "20260302-1100",
    ]
    store.close()


def test_verify_refuses_a_damaged_backup(clinic: tuple[Store, str], tmp_path: Path) -> None:
    store, recovery_key = clinic
    key = recovery_store_key(recovery_key)
    info = create_backup(store.engine, key, tmp_path / "b", now=NOW)
    store.close()
    data = bytearray(info.path.read_bytes())
    data[5000] ^= 0xFF  # one flipped byte in the second page
    info.path.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="damaged"):
        verify_backup(info.path, [key])


def test_verify_refuses_another_clinics_backup(clinic: tuple[Store, str], tmp_path: Path) -> None:
    store, _ = clinic
    other_store, other_recovery = create_store(
        tmp_path / "other", key_store=file_key_store(tmp_path / "k2")
    )
    other = create_backup(other_store.engine, recovery_store_key(other_recovery), tmp_path / "b")
    other_store.close()
    with pytest.raises(BackupError, match="could not be opened"):
        verify_backup(other.path, [recovery_store_key(clinic[1])])
    store.close()


def test_restore_refuses_a_bad_backup_and_leaves_the_store_unchanged(
    clinic: tuple[Store, str], tmp_path: Path, data_dir: Path, key_store: KeyringKeyStore
) -> None:
    store, recovery_key = clinic
    info = create_backup(store.engine, recovery_store_key(recovery_key), tmp_path / "b")
    store.close()
    truncated = tmp_path / "b" / "clinic-backup-cut.cdbak"
    truncated.write_bytes(info.path.read_bytes()[:6000])
    before = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}
    for bad in (truncated, tmp_path / "missing.cdbak"):
        with pytest.raises(StoreError):
            restore_backup(data_dir, bad, key_store=key_store)
    after = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}
    assert after == before


def test_restore_on_a_new_pc_with_the_recovery_key(
    clinic: tuple[Store, str], tmp_path: Path
) -> None:
    store, recovery_key = clinic
    info = create_backup(store.engine, recovery_store_key(recovery_key), tmp_path / "usb")
    store.close()
    new_pc_dir = tmp_path / "new-pc"
    new_pc_keys = file_key_store(tmp_path / "new-pc-keyring")
    with pytest.raises(StoreError, match="recovery key"):
        restore_backup(new_pc_dir, info.path, key_store=new_pc_keys)
    result = restore_backup(new_pc_dir, info.path, key_store=new_pc_keys, recovery_key=recovery_key)
    assert result.previous_store is None
    assert read_store_id(new_pc_dir) == store.store_id
    with open_store(new_pc_dir, key_store=new_pc_keys) as restored:  # keyring now holds it
        assert _rooms(restored) == ["room-a", "room-b"]


def test_restore_refuses_while_the_app_holds_the_store(
    clinic: tuple[Store, str], tmp_path: Path, data_dir: Path, key_store: KeyringKeyStore
) -> None:
    store, recovery_key = clinic
    info = create_backup(store.engine, recovery_store_key(recovery_key), tmp_path / "b")
    store.close()
    with InstanceLock(data_dir), pytest.raises(StoreInUseError, match="already open"):
        restore_backup(data_dir, info.path, key_store=key_store)


def test_newest_verified_backup_skips_damaged_ones(
    clinic: tuple[Store, str], tmp_path: Path
) -> None:
    store, recovery_key = clinic
    key = recovery_store_key(recovery_key)
    good = create_backup(store.engine, key, tmp_path / "b", now=NOW)
    bad = create_backup(store.engine, key, tmp_path / "b", now=NOW.replace(hour=10))
    store.close()
    bad.path.write_bytes(bad.path.read_bytes()[:4096])
    found = newest_verified_backup(tmp_path / "b", [key])
    assert found is not None and found.path == good.path
