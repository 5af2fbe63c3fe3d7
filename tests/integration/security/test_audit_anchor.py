"""The audit chain's key and head live outside the database: a cut, a deleted or damaged
head, or a chain rewritten by someone holding only the store key is named by verify."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from clinicdesk.domain.audit import ChainCheck, ChainProblem
from clinicdesk.domain.users import Actor, Role
from clinicdesk.store.audit_anchor import head_path
from clinicdesk.store.audit_keys import WRAPPED_AUDIT_KEY_META, audit_key_name
from clinicdesk.store.backup import create_backup, restore_backup
from clinicdesk.store.engine import open_engine
from clinicdesk.store.errors import MissingKeyError
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import (
    Store,
    create_store,
    open_store,
    open_with_recovery_key,
)
from clinicdesk.store.recovery_key import recovery_store_key
from clinicdesk.store.rekey import rekey_store
from clinicdesk.store.repositories.audit import (
    AUDIT_HEAD_NAME,
    AUDIT_KEY_NAME,
    GENESIS_HASH,
    chain_hash,
)
from clinicdesk.store.uow import SqlUnitOfWork
from tests.integration.security.conftest import file_key_store

ACTOR = Actor("u-1", "r.smith", Role.RECEPTIONIST, "desk-1")
ROWS = 8


def _record(store: Store, count: int, label: str = "patient.view") -> None:
    for number in range(count):
        with SqlUnitOfWork(store.engine) as uow:
            uow.audit.record(ACTOR, label, object_type="patient", object_id=f"p-{number}")
            uow.commit()


def _verify(store: Store) -> ChainCheck:
    with SqlUnitOfWork(store.engine) as uow:
        return uow.audit.verify()


def _sql(data_dir: Path, key: bytes, *statements: str) -> None:
    """Change the closed store behind clinicdesk's back, as someone holding its key can."""
    engine = open_engine(data_dir / "clinic.db", key, integrity_check=False)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def clinic(data_dir: Path, key_store: KeyringKeyStore) -> Iterator[tuple[bytes, str]]:
    """A closed store with ROWS audit rows; (store key, recovery key)."""
    store, recovery_key = create_store(data_dir, key_store=key_store)
    with store:
        _record(store, ROWS)
        assert _verify(store).intact
    yield recovery_store_key(recovery_key), recovery_key


def _reopen(data_dir: Path, key_store: KeyringKeyStore) -> Store:
    return open_store(data_dir, key_store=key_store)


def test_the_chain_key_is_in_its_own_keyring_entry_not_in_the_database(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    key, _ = clinic
    engine = open_engine(data_dir / "clinic.db", key, integrity_check=False)
    try:
        with engine.connect() as connection:
            meta = dict(connection.execute(text("SELECT key, value FROM store_meta")).all())
    finally:
        engine.dispose()
    assert AUDIT_KEY_NAME not in meta
    store_id = meta["store_id"]
    audit_key = key_store.load_key(audit_key_name(store_id))
    assert audit_key != key
    assert audit_key.hex() not in json.dumps(meta)
    assert WRAPPED_AUDIT_KEY_META in meta


def test_rows_cut_off_the_end_with_the_head_row_are_named(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    key, _ = clinic
    _sql(
        data_dir,
        key,
        f"DELETE FROM audit_log WHERE seq > {ROWS - 3}",
        f"DELETE FROM store_meta WHERE key = '{AUDIT_HEAD_NAME}'",
    )
    with _reopen(data_dir, key_store) as store:
        found = _verify(store)
        assert not found.intact
        _record(store, 2)  # the next sign-ins neither fail nor hide the cut
        later = _verify(store)
    assert not later.intact
    assert "tampered" in later.describe()


def test_rows_cut_with_the_head_row_set_back_are_named(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    key, _ = clinic
    engine = open_engine(data_dir / "clinic.db", key, integrity_check=False)
    with engine.connect() as connection:
        kept_hash = connection.execute(
            text(f"SELECT chain_hash FROM audit_log WHERE seq = {ROWS - 3}")
        ).scalar_one()
    engine.dispose()
    _sql(
        data_dir,
        key,
        f"DELETE FROM audit_log WHERE seq > {ROWS - 3}",
        f"UPDATE store_meta SET value = '{ROWS - 3}:{bytes(kept_hash).hex()}' "
        f"WHERE key = '{AUDIT_HEAD_NAME}'",
    )
    with _reopen(data_dir, key_store) as store:
        found = _verify(store)
        _record(store, 1)
        later = _verify(store)
    assert (found.problem, found.first_bad_seq) == (ChainProblem.DELETED, ROWS - 2)
    assert not later.intact


@pytest.mark.parametrize("garbage", ["garbage", "", ":", "12", "x:zz", "-5:00", "7:" + "00" * 3])
def test_a_garbage_head_row_is_named_and_sign_ins_still_work(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore, garbage: str
) -> None:
    key, _ = clinic
    _sql(
        data_dir, key, f"UPDATE store_meta SET value = '{garbage}' WHERE key = '{AUDIT_HEAD_NAME}'"
    )
    with _reopen(data_dir, key_store) as store:
        _record(store, 2)
        found = _verify(store)
    assert found.problem is ChainProblem.HEAD_DAMAGED
    assert "damaged" in found.describe()


def test_a_chain_rewritten_with_the_store_key_alone_is_named(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    """Someone with the store key rewrites a row and re-chains the whole trail with a key
    of their own (where the key used to live): the chain no longer verifies."""
    key, _ = clinic
    forged_key = bytes(32)
    engine = open_engine(data_dir / "clinic.db", key, integrity_check=False)
    with engine.begin() as connection:
        rows = [
            dict(row)
            for row in connection.execute(text("SELECT * FROM audit_log ORDER BY seq")).mappings()
        ]
        previous = GENESIS_HASH
        for row in rows:
            from datetime import UTC, datetime

            row["at"] = datetime.fromtimestamp(row["at"], UTC)
            if row["seq"] == 3:
                row["user"] = "somebody.else"
            row["chain_hash"] = chain_hash(forged_key, previous, row)
            previous = row["chain_hash"]
            connection.execute(
                text("UPDATE audit_log SET user = :user, chain_hash = :hash WHERE seq = :seq"),
                {"user": row["user"], "hash": row["chain_hash"], "seq": row["seq"]},
            )
        connection.execute(
            text("INSERT OR REPLACE INTO store_meta (key, value) VALUES (:k, :v)"),
            {"k": AUDIT_KEY_NAME, "v": forged_key.hex()},
        )
        connection.execute(
            text("UPDATE store_meta SET value = :v WHERE key = :k"),
            {"k": AUDIT_HEAD_NAME, "v": f"{rows[-1]['seq']}:{previous.hex()}"},
        )
    engine.dispose()
    with _reopen(data_dir, key_store) as store:
        found = _verify(store)
    assert (found.problem, found.first_bad_seq) == (ChainProblem.ALTERED, 1)


def test_a_missing_or_forged_head_record_in_the_data_folder_is_named(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    record = head_path(data_dir)
    genuine = json.loads(record.read_text())
    record.unlink()
    with _reopen(data_dir, key_store) as store:
        _record(store, 1)
        assert _verify(store).problem is ChainProblem.HEAD_MISSING
    assert not record.exists()  # never quietly made again
    # A record pointing further back, signed without the chain key: damaged.
    forged = dict(genuine, seq=2)
    forged["mac"] = hmac.new(b"guess", b"2", hashlib.sha256).hexdigest()
    record.write_text(json.dumps(forged))
    with _reopen(data_dir, key_store) as store:
        assert _verify(store).problem is ChainProblem.HEAD_DAMAGED
    record.write_text("\x00garbage")
    with _reopen(data_dir, key_store) as store:
        _record(store, 1)
        assert _verify(store).problem is ChainProblem.HEAD_DAMAGED


def test_the_recovery_key_brings_back_both_keys_and_the_trail_verifies(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    _, recovery_key = clinic
    with _reopen(data_dir, key_store) as store:
        store_id = store.store_id
    key_store.delete_key(store_id)
    key_store.delete_key(audit_key_name(store_id))
    with pytest.raises(MissingKeyError):
        _reopen(data_dir, key_store)
    with open_with_recovery_key(data_dir, recovery_key, key_store=key_store) as store:
        assert _verify(store).intact
    with _reopen(data_dir, key_store) as store:
        _record(store, 1)
        assert _verify(store).intact


def test_the_audit_key_alone_lost_is_brought_back_by_the_recovery_key(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    _, recovery_key = clinic
    with _reopen(data_dir, key_store) as store:
        store_id = store.store_id
    key_store.delete_key(audit_key_name(store_id))
    with pytest.raises(MissingKeyError, match="recovery key"):
        _reopen(data_dir, key_store)
    with open_with_recovery_key(data_dir, recovery_key, key_store=key_store) as store:
        assert _verify(store).intact


def test_after_a_rekey_the_new_recovery_key_brings_back_the_same_chain_key(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    with _reopen(data_dir, key_store) as store:
        store_id = store.store_id
    chain_key_before = key_store.load_key(audit_key_name(store_id))
    new_recovery = rekey_store(data_dir, key_store=key_store)
    with _reopen(data_dir, key_store) as store:
        _record(store, 1)
        assert _verify(store).intact
    key_store.delete_key(store_id)
    key_store.delete_key(audit_key_name(store_id))
    with open_with_recovery_key(data_dir, new_recovery, key_store=key_store) as store:
        assert _verify(store).intact
    assert key_store.load_key(audit_key_name(store_id)) == chain_key_before


def test_a_restored_backup_carries_its_head_and_verifies_on_a_new_pc(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore, tmp_path: Path
) -> None:
    key, recovery_key = clinic
    from clinicdesk.store.backup import StoreBackups

    backup = StoreBackups(data_dir, key_store).create(tmp_path / "backups")
    with _reopen(data_dir, key_store) as store:
        _record(store, 5)  # the live trail moves on past the backup
    # The same PC: restoring the older backup is not mistaken for a cut.
    restore_backup(data_dir, backup.path, key_store=key_store)
    with _reopen(data_dir, key_store) as store:
        assert _verify(store).intact
    # A new PC: nothing in its keyring; the recovery key brings back both keys.
    new_pc = tmp_path / "new-pc"
    new_keys = file_key_store(tmp_path / "new-keyring")
    restore_backup(new_pc, backup.path, key_store=new_keys, recovery_key=recovery_key)
    with _reopen(new_pc, new_keys) as store:
        assert _verify(store).intact
        _record(store, 1)
        assert _verify(store).intact
    assert key


def test_a_backup_whose_trail_was_cut_is_named_after_restore(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore, tmp_path: Path
) -> None:
    key, recovery_key = clinic
    from clinicdesk.store.backup import StoreBackups

    backup = StoreBackups(data_dir, key_store).create(tmp_path / "backups")
    # Cut rows out of the backup file itself (it opens with the store key).
    cut = tmp_path / "cut"
    cut.mkdir()
    (cut / "clinic.db").write_bytes(backup.path.read_bytes())
    engine = open_engine(cut / "clinic.db", key, integrity_check=False)
    with engine.begin() as connection:
        connection.execute(text(f"DELETE FROM audit_log WHERE seq > {ROWS - 2}"))
        connection.execute(
            text(f"DELETE FROM store_meta WHERE key = '{AUDIT_HEAD_NAME}'"),
        )
    engine.dispose()
    tampered = tmp_path / "backups" / "clinic-backup-tampered.cdbak"
    tampered.write_bytes((cut / "clinic.db").read_bytes())
    new_pc = tmp_path / "new-pc"
    new_keys = file_key_store(tmp_path / "new-keyring")
    restore_backup(new_pc, tampered, key_store=new_keys, recovery_key=recovery_key)
    with _reopen(new_pc, new_keys) as store:
        assert not _verify(store).intact


def test_a_store_from_before_the_key_moved_is_migrated_and_stays_verifiable(
    data_dir: Path, key_store: KeyringKeyStore
) -> None:
    """Made the old way: the chain key in store_meta in the clear, no head record."""
    store, recovery_key = create_store(data_dir, key_store=key_store)
    store_id = store.store_id
    store.close()
    key = recovery_store_key(recovery_key)
    _sql(data_dir, key, f"DELETE FROM store_meta WHERE key = '{WRAPPED_AUDIT_KEY_META}'")
    key_store.delete_key(audit_key_name(store_id))
    head_path(data_dir).unlink()
    old_engine = open_engine(data_dir / "clinic.db", key, integrity_check=False)  # unbound
    try:
        for number in range(3):
            with SqlUnitOfWork(old_engine) as uow:
                uow.audit.record(ACTOR, "patient.view", object_id=f"p-{number}")
                uow.commit()
        with old_engine.connect() as connection:
            plain = connection.execute(
                text(f"SELECT value FROM store_meta WHERE key = '{AUDIT_KEY_NAME}'")
            ).scalar_one()
    finally:
        old_engine.dispose()

    with _reopen(data_dir, key_store) as store:
        assert _verify(store).intact
        _record(store, 2)
        assert _verify(store).intact
    assert key_store.load_key(audit_key_name(store_id)).hex() == plain
    engine = open_engine(data_dir / "clinic.db", key, integrity_check=False)
    with engine.connect() as connection:
        names = set(connection.execute(text("SELECT key FROM store_meta")).scalars())
    engine.dispose()
    assert AUDIT_KEY_NAME not in names and WRAPPED_AUDIT_KEY_META in names
    assert head_path(data_dir).exists()
    # The cut is now named on the migrated store too.
    _sql(
        data_dir,
        key,
        "DELETE FROM audit_log WHERE seq > 3",
        f"DELETE FROM store_meta WHERE key = '{AUDIT_HEAD_NAME}'",
    )
    with _reopen(data_dir, key_store) as store:
        assert not _verify(store).intact


def test_a_backup_from_before_the_key_moved_restores_with_its_old_recovery_key(
    clinic: tuple[bytes, str], data_dir: Path, key_store: KeyringKeyStore, tmp_path: Path
) -> None:
    """An old backup holds the chain key in the clear and no signed head, and its recovery
    key is the store key itself: it still restores, on a new PC, and verifies."""
    from clinicdesk.store.backup import SIGNED_HEAD_META
    from clinicdesk.store.recovery_key import format_recovery_key

    key, _ = clinic
    with _reopen(data_dir, key_store) as store:
        chain_key = key_store.load_key(audit_key_name(store.store_id))
        info = create_backup(store.engine, key, tmp_path / "b")
    old = tmp_path / "old"
    old.mkdir()
    (old / "clinic.db").write_bytes(info.path.read_bytes())
    _sql(
        old,
        key,
        f"DELETE FROM store_meta WHERE key IN ('{WRAPPED_AUDIT_KEY_META}', '{SIGNED_HEAD_META}')",
        f"INSERT INTO store_meta (key, value) VALUES ('{AUDIT_KEY_NAME}', '{chain_key.hex()}')",
    )
    old_backup = tmp_path / "b" / "clinic-backup-old.cdbak"
    old_backup.write_bytes((old / "clinic.db").read_bytes())
    new_pc, new_keys = tmp_path / "new-pc", file_key_store(tmp_path / "k2")
    restore_backup(new_pc, old_backup, key_store=new_keys, recovery_key=format_recovery_key(key))
    with _reopen(new_pc, new_keys) as store:
        assert _verify(store).intact
        _record(store, 1)
        assert _verify(store).intact
