"""Change the store key so that, killed at any moment, the old or the new key opens it.

Order of steps (each a durable write):

1. the new key goes into the keyring as ``<store id>.pending``;
2. a re-keyed copy is exported to ``clinic.db.rekey``, synced and checked;
3. the old file's WAL is folded in, then ``clinic.db.rekey`` atomically replaces
   ``clinic.db``;
4. the new key replaces the current keyring entry, and the pending entry is removed.

Until step 3 the current entry opens ``clinic.db``; after it the pending (then current)
entry does. ``open_store`` tries the current key and then the pending one, and tidies
up whichever is stale (``settle_store_key``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from clinicdesk.domain.i18n import tr
from clinicdesk.store.audit_keys import WRAPPED_AUDIT_KEY_META, audit_key_name, wrap_audit_key
from clinicdesk.store.backup import (
    BackupError,
    _remove_with_journal,
    export_copy,
    fsync_dir,
    fsync_file,
    pending_key_name,
    verify_backup,
)
from clinicdesk.store.errors import MissingKeyError
from clinicdesk.store.instance_lock import InstanceLock
from clinicdesk.store.keys import KeyStore
from clinicdesk.store.lifecycle import db_path_for, read_store_id
from clinicdesk.store.recovery_key import format_recovery_key, new_recovery_secret, store_key_for

Step = Callable[[str], None]


def rekey_store(data_dir: Path, *, key_store: KeyStore, step: Step | None = None) -> str:
    """Give the closed store in ``data_dir`` a new key; the new recovery key (its secret
    derives the store key and wraps the audit chain's key, which stays the same).

    ``step`` is called with the name of each step as it completes (tests kill the
    process there). Refuses while clinicdesk has the store open (instance lock).
    """
    data_dir = Path(data_dir)
    reached = step or (lambda _name: None)
    db_path = db_path_for(data_dir)
    store_id = read_store_id(data_dir)
    if store_id is None:
        raise MissingKeyError()
    with InstanceLock(data_dir):
        old_key = settle_store_key(data_dir, key_store)
        # The audit chain keeps its key; only its wrapped copy follows the new recovery key.
        audit_key = key_store.load_key(audit_key_name(store_id))
        recovery_secret = new_recovery_secret()
        new_key = store_key_for(recovery_secret)
        key_store.save_key(pending_key_name(store_id), new_key)
        reached("pending-key-saved")
        staged = db_path.with_name(db_path.name + ".rekey")
        _remove_with_journal(staged)
        with closing(_open(db_path, old_key)) as raw:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # The write lock, held while exporting, keeps out a writer from another program.
            export_copy(
                raw,
                staged,
                new_key,
                extra_meta={WRAPPED_AUDIT_KEY_META: wrap_audit_key(recovery_secret, audit_key)},
                lock_writers=True,
            )
            fsync_file(staged)
            verify_backup(staged, [new_key])
            reached("copy-made")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            _remove_with_journal(staged)
            raise BackupError(
                tr(
                    "rekey",
                    "Another program wrote to the clinic data while its key was being changed; "
                    "nothing was changed. Close every clinicdesk window and try again.",
                )
            )
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staged, db_path)
        fsync_dir(data_dir)
        reached("file-replaced")
        key_store.save_key(store_id, new_key)
        reached("key-saved")
        key_store.delete_key(pending_key_name(store_id))
        reached("done")
    return format_recovery_key(recovery_secret)


def settle_store_key(data_dir: Path, key_store: KeyStore) -> bytes:
    """The key that opens the store now, after finishing any interrupted rekey.

    The current keyring entry is tried first, then the pending one; a pending key that
    opens the store becomes the current entry. Raises ``WrongKeyError`` if neither opens
    it and ``MissingKeyError`` if there is no entry at all.
    """
    store_id = read_store_id(data_dir)
    if store_id is None:
        raise MissingKeyError()
    db_path = db_path_for(data_dir)
    pending_name = pending_key_name(store_id)
    current: bytes | None = None
    with suppress(MissingKeyError):
        current = key_store.load_key(store_id)
    if current is not None and opens(db_path, current):
        key_store.delete_key(pending_name)  # a stale key from a rekey that never got far
        return current
    with suppress(MissingKeyError):
        pending = key_store.load_key(pending_name)
        if opens(db_path, pending):
            key_store.save_key(store_id, pending)
            key_store.delete_key(pending_name)
            return pending
    if current is None:
        raise MissingKeyError()
    # Neither opens it: hand back the current key and let open_engine say why (wrong key,
    # damaged, not a database), exactly as without a rekey.
    return current


def opens(db_path: Path, key: bytes) -> bool:
    """Whether ``key`` decrypts the store (reads its first page only)."""
    try:
        with closing(_open(db_path, key)):
            return True
    except sqlcipher.DatabaseError:
        return False


def _open(db_path: Path, key: bytes) -> Any:
    raw = sqlcipher.connect(db_path.resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None)
    try:
        raw.execute("PRAGMA cipher_log_level = NONE")
        raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        raw.close()
        raise
    return raw
