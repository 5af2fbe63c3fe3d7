"""A corrupt or truncated store is never replaced silently; the newest good backup is offered."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from clinicdesk.bootstrap import open_clinic_store
from clinicdesk.store.backup import create_backup
from clinicdesk.store.errors import CorruptStoreError, NotADatabaseError, WrongKeyError
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import create_store
from clinicdesk.store.recovery_key import recovery_store_key


@pytest.fixture
def key_store(tmp_path: Path) -> KeyringKeyStore:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "k.cfg")  # type: ignore[misc]
    return KeyringKeyStore(backend)


@pytest.mark.parametrize("damage", ["truncate", "scribble"])
def test_damaged_store_is_left_alone_and_a_backup_is_offered(
    tmp_path: Path, key_store: KeyringKeyStore, damage: str
) -> None:
    data_dir = tmp_path / "data"
    store, recovery_key = create_store(data_dir, key_store=key_store)
    backup = create_backup(store.engine, recovery_store_key(recovery_key), data_dir / "backups")
    store.close()
    db_path = data_dir / "clinic.db"
    data = db_path.read_bytes()
    if damage == "truncate":
        damaged = data[: len(data) // 2 + 100]
    else:
        damaged = data[:4096] + b"\xff" * 4096 + data[8192:]
    db_path.write_bytes(damaged)

    with pytest.raises((NotADatabaseError, CorruptStoreError, WrongKeyError)) as refused:
        open_clinic_store(data_dir, key_store=key_store)
    assert "clinicdesk backup restore" in refused.value.message
    assert str(backup.path) in refused.value.message
    assert refused.value.offered_backup == backup  # type: ignore[attr-defined]
    assert db_path.read_bytes() == damaged  # untouched
    # .integrity: the open-check bookkeeping of the clean close before the damage.
    assert sorted(p.name for p in data_dir.iterdir()) == [
        ".integrity",
        "backups",
        "clinic.db",
        "store.json",
    ]


def test_no_backup_says_so(tmp_path: Path, key_store: KeyringKeyStore) -> None:
    data_dir = tmp_path / "data"
    create_store(data_dir, key_store=key_store)[0].close()
    db_path = data_dir / "clinic.db"
    db_path.write_bytes(db_path.read_bytes()[:5000])
    with pytest.raises(NotADatabaseError, match="No backup that checks out"):
        open_clinic_store(data_dir, key_store=key_store)
