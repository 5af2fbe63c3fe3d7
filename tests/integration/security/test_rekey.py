"""Changing the store key: killed at any step, the old or the new key opens the store."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from clinicdesk.store import tables
from clinicdesk.store.backup import pending_key_name
from clinicdesk.store.errors import WrongKeyError
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import create_store, open_store, open_with_recovery_key
from clinicdesk.store.recovery_key import recovery_store_key
from clinicdesk.store.rekey import rekey_store
from tests.integration.security.conftest import file_key_store

ROOT = Path(__file__).resolve().parents[3]
STEPS = ["pending-key-saved", "copy-made", "file-replaced", "key-saved", "done"]


@pytest.fixture
def made(data_dir: Path, key_store: KeyringKeyStore) -> str:
    store, recovery_key = create_store(data_dir, key_store=key_store)
    with store, store.engine.begin() as connection:
        connection.execute(
            insert(tables.rooms),
            [{"id": "room-a", "name": "A", "kind": "exam", "updated_at": datetime.now(UTC)}],
        )
    return recovery_key


def _rooms(data_dir: Path, key_store: KeyringKeyStore) -> list[str]:
    with open_store(data_dir, key_store=key_store) as store, store.engine.connect() as c:
        return list(c.execute(select(tables.rooms.c.id)).scalars())


def test_rekey_changes_the_key_and_keeps_the_data(
    made: str, data_dir: Path, key_store: KeyringKeyStore, tmp_path: Path
) -> None:
    old_key = recovery_store_key(made)
    new_recovery = rekey_store(data_dir, key_store=key_store)
    assert new_recovery != made
    assert _rooms(data_dir, key_store) == ["room-a"]
    assert not list(data_dir.glob("*.rekey*"))
    store_id = (data_dir / "store.json").read_text()
    assert recovery_store_key(new_recovery) != old_key and store_id
    # The old recovery key no longer opens it; the new one does.
    with pytest.raises(WrongKeyError):
        open_with_recovery_key(data_dir, made, key_store=file_key_store(tmp_path / "k3"))
    with open_with_recovery_key(data_dir, new_recovery, key_store=file_key_store(tmp_path / "k4")):
        pass


@pytest.mark.parametrize("die_at", STEPS)
def test_rekey_killed_at_any_step_leaves_an_openable_store(
    made: str, data_dir: Path, key_store: KeyringKeyStore, tmp_path: Path, die_at: str
) -> None:
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.integration.security.rekey_child",
            str(data_dir),
            str(tmp_path / "keyring"),
            die_at,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == (0 if die_at == "never" else 9), child.stderr
    assert _rooms(data_dir, key_store) == ["room-a"]  # opens with old or new key
    # Opening settled the keyring: one current key that works, no pending entry left.
    store_id = (data_dir / "store.json").read_text().split('"store_id": "')[1].split('"')[0]
    with pytest.raises(Exception, match="missing"):
        key_store.load_key(pending_key_name(store_id))
    # And the store can be re-keyed again afterwards.
    rekey_store(data_dir, key_store=key_store)
    assert _rooms(data_dir, key_store) == ["room-a"]
