"""Encrypted backups, their check, and restore: the live file is never copied.

A backup is made by SQLCipher's ``sqlcipher_export`` inside one read transaction, so it
is a consistent snapshot even while the clinic keeps working, encrypted with the store's
own key: the recovery key on the printed sheet opens it on any PC. It is written as
``*.partial``, synced to disk, checked, and only then renamed into place.

Restore checks the backup first (opens with a known key, full integrity check, a schema
this version knows), keeps the replaced store beside it as
``clinic.db.before-restore-<time>``, and swaps the file in with an atomic rename.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from clinicdesk.domain.backups import BackupInfo, RestoreResult
from clinicdesk.domain.errors import StoreError
from clinicdesk.domain.i18n import tr
from clinicdesk.store.audit_anchor import sign_head, write_head_text
from clinicdesk.store.audit_keys import WRAPPED_AUDIT_KEY_META, audit_key_name, unwrap_audit_key
from clinicdesk.store.engine import check_store_file
from clinicdesk.store.errors import MissingKeyError
from clinicdesk.store.instance_lock import InstanceLock
from clinicdesk.store.keys import KeyStore
from clinicdesk.store.lifecycle import (
    STORE_ID_META_KEY,
    _write_store_info,
    db_path_for,
    read_store_id,
    refuse_read_only,
)
from clinicdesk.store.migrate import alembic_config
from clinicdesk.store.recovery_key import parse_recovery_key, store_keys_from_recovery
from clinicdesk.store.repositories.audit import AUDIT_KEY_NAME, GENESIS_HASH

BACKUP_PREFIX = "clinic-backup-"
BACKUP_SUFFIX = ".cdbak"
TAKEN_AT_META_KEY = "backup_taken_at"
SIGNED_HEAD_META = "audit_head_signed"
PENDING_SUFFIX = ".pending"
# Signs an audit head (seq, chain hash) with the chain key: store/audit_anchor.sign_head.
HeadSigner = Callable[[int, bytes], str]


class BackupError(StoreError):
    """A backup that cannot be made, opened, trusted or restored; says what to do."""


def pending_key_name(store_id: str) -> str:
    """The keyring entry holding a new key while the store is being re-keyed."""
    return store_id + PENDING_SUFFIX


# --- making a backup ----------------------------------------------------------------------


def create_backup(
    engine: Engine,
    key: bytes,
    folder: Path,
    *,
    keep: int | None = None,
    now: datetime | None = None,
    sign_head: HeadSigner | None = None,
) -> BackupInfo:
    """Write a checked, encrypted backup of the open store into ``folder``.

    With ``keep``, older backups beyond the newest ``keep`` are removed, only after the
    new one has passed its check.
    """
    folder = Path(folder)
    taken_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(tr(
            "backup",
            "The backup folder {folder} cannot be used ({strerror}).",
        ).format(folder=folder, strerror=exc.strerror)) from exc
    final = _free_name(folder, f"{BACKUP_PREFIX}{taken_at:%Y%m%d-%H%M%S}")
    partial = final.with_name(final.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            export_copy(
                raw,
                partial,
                key,
                extra_meta={TAKEN_AT_META_KEY: taken_at.isoformat()},
                sign_head=sign_head,
            )
        fsync_file(partial)
        verify_backup(partial, [key])
        os.replace(partial, final)
        fsync_dir(folder)
    except BaseException as exc:
        _remove_with_journal(partial)
        if isinstance(exc, sqlcipher.Error | OSError):
            raise BackupError(
                tr(
                    "backup",
                    "The backup could not be written to {folder}: {describe}. Nothing was "
                    "changed in the clinic data.",
                ).format(folder=folder, describe=_describe(exc))
            ) from exc
        raise
    info, _ = verify_backup(final, [key])
    if keep is not None:
        prune_backups(folder, keep)
    return info


def export_copy(
    raw: Any,
    target: Path,
    key: bytes,
    *,
    extra_meta: dict[str, str] | None = None,
    lock_writers: bool = False,
    sign_head: HeadSigner | None = None,
) -> None:
    """Export the database open on the raw connection ``raw`` into a new encrypted file.

    One transaction on the source makes it a consistent snapshot (WAL readers see one
    point in time); the target uses a rollback journal so it is a single file at rest.
    ``sign_head`` signs the copy's audit head (its newest row), kept in the copy so that
    a restore brings back a head record that matches it (store/audit_anchor.py).
    """
    target_sql = str(target).replace("'", "''")
    raw.execute(f"ATTACH DATABASE '{target_sql}' AS backup KEY \"x'{key.hex()}'\"")
    try:
        raw.execute("PRAGMA backup.journal_mode = DELETE")
        raw.execute("BEGIN IMMEDIATE" if lock_writers else "BEGIN")
        try:
            raw.execute("SELECT sqlcipher_export('backup')")
            for name, value in (extra_meta or {}).items():
                raw.execute(
                    "INSERT OR REPLACE INTO backup.store_meta (key, value) VALUES (?, ?)",
                    (name, value),
                )
            if sign_head is not None:
                newest = raw.execute(
                    "SELECT seq, chain_hash FROM backup.audit_log ORDER BY seq DESC LIMIT 1"
                ).fetchone()
                seq, chain = (int(newest[0]), bytes(newest[1])) if newest else (0, GENESIS_HASH)
                raw.execute(
                    "INSERT OR REPLACE INTO backup.store_meta (key, value) VALUES (?, ?)",
                    (SIGNED_HEAD_META, sign_head(seq, chain)),
                )
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise
    finally:
        raw.execute("DETACH DATABASE backup")


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` backups in ``folder``; the paths removed."""
    removed = []
    for old in list_backups(folder)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def list_backups(folder: Path) -> list[Path]:
    """Backup files in ``folder``, newest first (by the time in their name)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.iterdir()
        if path.name.startswith(BACKUP_PREFIX) and path.name.endswith(BACKUP_SUFFIX)
    ]
    return sorted(found, key=lambda path: path.name, reverse=True)


# --- checking a backup --------------------------------------------------------------------


def verify_backup(path: Path, keys: Iterable[bytes]) -> tuple[BackupInfo, bytes]:
    """Open ``path`` read-only with the first key that fits, run the full integrity check
    and read its store id and schema revision; the info and the key that opened it.

    Raises ``BackupError`` saying why the backup cannot be trusted.
    """
    path = Path(path)
    try:
        check_store_file(path)
    except StoreError as exc:
        raise BackupError(tr(
            "backup",
            "{name} is not a usable clinicdesk backup: {message}",
        ).format(name=path.name, message=exc.message)) from exc
    tried = False
    for key in keys:
        tried = True
        with closing(_open_read_only(path, key)) as raw:
            try:
                raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.DatabaseError:
                continue  # not this key
            _integrity(raw, path)
            info = _describe_backup(raw, path)
        return info, key
    if not tried:
        raise MissingKeyError(
            tr("backup", "No key is known for this backup on this computer: give the recovery key.")
        )
    raise BackupError(
        tr(
            "backup",
            "{name} could not be opened with this clinic's key or the recovery key given. It "
            "may belong to another clinic, or to a time before the key was changed (then use "
            "the recovery key printed at that time).",
        ).format(name=path.name)
    )


def newest_verified_backup(folder: Path, keys: Sequence[bytes]) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes ``verify_backup``, or None."""
    for candidate in list_backups(folder):
        try:
            info, _ = verify_backup(candidate, keys)
        except StoreError:
            continue
        return info
    return None


def _open_read_only(path: Path, key: bytes) -> Any:
    raw = sqlcipher.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    raw.execute("PRAGMA cipher_log_level = NONE")
    raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return raw


def _integrity(raw: Any, path: Path) -> None:
    try:
        pages = raw.execute("PRAGMA cipher_integrity_check").fetchall()
        rows = raw.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher.DatabaseError as exc:
        raise BackupError(tr(
            "backup",
            "{name} is damaged ({exc}); do not restore it.",
        ).format(name=path.name, exc=exc)) from exc
    if pages or [tuple(row) for row in rows] != [("ok",)]:
        raise BackupError(
            tr(
                "backup",
                "{name} is damaged (%n problem(s) found by the integrity check); do not "
                "restore it. Try an older backup.",
                n=len(pages) + len(rows),
            ).format(name=path.name)
        )


def _describe_backup(raw: Any, path: Path) -> BackupInfo:
    try:
        meta = dict(raw.execute("SELECT key, value FROM store_meta").fetchall())
        revision_row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.DatabaseError as exc:
        raise BackupError(tr(
            "backup",
            "{name} is not a clinicdesk backup (no clinic data).",
        ).format(name=path.name)) from exc
    revision = revision_row[0] if revision_row else ""
    store_id = meta.get(STORE_ID_META_KEY, "")
    if not store_id or not revision:
        raise BackupError(tr(
            "backup",
            "{name} is not a clinicdesk backup (no store id or schema).",
        ).format(name=path.name))
    if revision not in known_revisions():
        raise BackupError(
            tr(
                "backup",
                "{name} was made by a newer clinicdesk (schema {revision}); install the latest "
                "clinicdesk to restore it.",
            ).format(name=path.name, revision=revision)
        )
    taken = meta.get(TAKEN_AT_META_KEY)
    taken_at = (
        datetime.fromisoformat(taken)
        if taken
        else datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
    )
    return BackupInfo(
        path=path,
        store_id=store_id,
        schema_revision=revision,
        taken_at=taken_at,
        size_bytes=path.stat().st_size,
    )


def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(revision.revision for revision in script.walk_revisions())


# --- restoring ----------------------------------------------------------------------------


def known_keys(data_dir: Path, key_store: KeyStore) -> list[bytes]:
    """The keys this PC holds for the store in ``data_dir``: current, then pending."""
    store_id = read_store_id(data_dir)
    if store_id is None:
        return []
    keys = []
    for name in (store_id, pending_key_name(store_id)):
        with suppress(MissingKeyError):
            keys.append(key_store.load_key(name))
    return keys


def restore_backup(
    data_dir: Path,
    backup: Path,
    *,
    key_store: KeyStore,
    recovery_key: str | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the store in ``data_dir`` with ``backup``, only once the backup checks out.

    The store must be closed (the caller's engine disposed); the window's instance lock
    is taken, so a running clinicdesk makes this refuse. The replaced store is kept as
    ``clinic.db.before-restore-<time>`` (with its ``-wal``); on a new PC, where there is
    no store or keyring entry, ``recovery_key`` opens the backup and its key is kept in
    the keyring afterwards.
    """
    data_dir = Path(data_dir)
    refuse_read_only(data_dir)
    # With a recovery key, that key is the authority: only it may open the backup, so a
    # wrong key can never be carried through by the keys this PC already holds.
    keys = (
        store_keys_from_recovery(recovery_key) if recovery_key else known_keys(data_dir, key_store)
    )
    info, key = verify_backup(Path(backup), keys)
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = db_path_for(data_dir)
    with InstanceLock(data_dir):
        staged = db_path.with_name(db_path.name + ".restoring")
        _remove_with_journal(staged)
        # The backup is a closed, checked file, so a plain copy of it is safe; the copy
        # is checked again in case the disk or network mangled it on the way.
        shutil.copyfile(info.path, staged)
        fsync_file(staged)
        verify_backup(staged, [key])
        secret = parse_recovery_key(recovery_key) if recovery_key else None
        audit_key, head_text = _restored_audit(staged, key, info.store_id, key_store, secret)
        # Kept as "pending" first: whatever moment this is killed at, open finds a key.
        key_store.save_key(pending_key_name(info.store_id), key)
        key_store.save_key(audit_key_name(info.store_id), audit_key)
        aside = _set_aside(db_path, keys, stamp) if db_path.exists() else None
        os.replace(staged, db_path)
        fsync_dir(data_dir)
        write_head_text(data_dir, head_text)
        if read_store_id(data_dir) != info.store_id:
            _write_store_info(data_dir, info.store_id)
        key_store.save_key(info.store_id, key)
        key_store.delete_key(pending_key_name(info.store_id))
    return RestoreResult(restored_from=info, previous_store=aside)


def _restored_audit(
    copy: Path, key: bytes, store_id: str, key_store: KeyStore, secret: bytes | None
) -> tuple[bytes, str]:
    """The restored store's audit chain key and the head record to keep beside it.

    The key comes from the recovery key (unwrapped from the backup), else this PC's
    keyring, else the clear copy a backup from before the key left the database holds.
    The head is the one signed into the backup when it was made, or, for an older
    backup, its newest row as it stands.
    """
    with closing(_open_read_only(copy, key)) as raw:
        meta = dict(raw.execute("SELECT key, value FROM store_meta").fetchall())
        newest = raw.execute(
            "SELECT seq, chain_hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    audit_key = None
    wrapped = meta.get(WRAPPED_AUDIT_KEY_META)
    if secret is not None and wrapped:
        audit_key = unwrap_audit_key(secret, wrapped)
    if audit_key is None:
        with suppress(MissingKeyError):
            audit_key = key_store.load_key(audit_key_name(store_id))
    if audit_key is None and meta.get(AUDIT_KEY_NAME):
        with suppress(ValueError):
            audit_key = bytes.fromhex(meta[AUDIT_KEY_NAME])
    if audit_key is None or len(audit_key) != len(GENESIS_HASH):
        raise BackupError(
            tr(
                "backup",
                "This computer does not hold the audit trail's key for that backup: restore it "
                "with --recovery-key (the recovery key printed for that clinic). Nothing was "
                "changed.",
            )
        )
    signed = meta.get(SIGNED_HEAD_META)
    if signed is not None:
        return audit_key, signed  # kept as made: audit verify judges it
    seq, chain = (int(newest[0]), bytes(newest[1])) if newest else (0, GENESIS_HASH)
    return audit_key, sign_head(audit_key, store_id, seq, chain)


def _set_aside(db_path: Path, keys: Sequence[bytes], stamp: datetime) -> Path:
    """Keep the current store (with any WAL) under a dated name; db_path stays in place
    until the atomic replace, so a store file exists at every moment."""
    _checkpoint_if_possible(db_path, keys)
    aside = _free_name(db_path.parent, f"{db_path.name}.before-restore-{stamp:%Y%m%d-%H%M%S}", "")
    try:
        os.link(db_path, aside)
    except OSError:
        shutil.copy2(db_path, aside)
    fsync_file(aside)
    for suffix in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            # A WAL left beside the new file would be replayed into it: move it with
            # the old store, where it belongs.
            os.replace(companion, aside.with_name(aside.name + suffix))
    fsync_dir(db_path.parent)
    return aside


def _checkpoint_if_possible(db_path: Path, keys: Sequence[bytes]) -> None:
    """Fold the WAL into the file so the set-aside store is whole in one file."""
    for key in keys:
        try:
            raw = sqlcipher.connect(str(db_path), isolation_level=None)
        except sqlcipher.Error:
            return
        with closing(raw):
            try:
                raw.execute("PRAGMA cipher_log_level = NONE")
                raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                return
            except sqlcipher.Error:
                continue


# --- files --------------------------------------------------------------------------------


def fsync_file(path: Path) -> None:
    with Path(path).open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _free_name(folder: Path, stem: str, suffix: str = BACKUP_SUFFIX) -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _remove_with_journal(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _describe(exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return "the disk is full"
    if isinstance(exc, PermissionError) or "readonly" in text or "permission" in text:
        return "no permission to write there"
    return str(exc) or type(exc).__name__


# --- wiring for the services and the command line -----------------------------------------


class StoreBackups:
    """``services.backups.BackupPort`` for the store in ``data_dir``, with this PC's keys.

    Backups read through their own connection, so they run beside an open window.
    """

    def __init__(self, data_dir: Path, key_store: KeyStore) -> None:
        self._data_dir = Path(data_dir)
        self._key_store = key_store

    def create(self, folder: Path, keep: int | None = None) -> BackupInfo:
        from clinicdesk.store.engine import open_engine
        from clinicdesk.store.rekey import settle_store_key

        key = settle_store_key(self._data_dir, self._key_store)
        store_id = read_store_id(self._data_dir) or ""
        audit_key = self._key_store.load_key(audit_key_name(store_id))
        engine = open_engine(db_path_for(self._data_dir), key, integrity_check=False)
        try:
            return create_backup(
                engine,
                key,
                folder,
                keep=keep,
                sign_head=lambda seq, chain: sign_head(audit_key, store_id, seq, chain),
            )
        finally:
            engine.dispose()

    def verify(self, path: Path) -> BackupInfo:
        return verify_backup(path, known_keys(self._data_dir, self._key_store))[0]


def backup_folder(data_dir: Path, configured: str = "") -> Path:
    """The folder backups go to: the configured one, else ``backups`` in the data folder."""
    return Path(configured).expanduser() if configured else Path(data_dir) / "backups"


def offer_backup(
    error: StoreError, data_dir: Path, key_store: KeyStore, folder: Path
) -> StoreError:
    """``error`` (a store that will not open), its message now naming the newest backup
    that checks out; its class is kept so callers still tell a wrong key from damage.

    The damaged store is never touched: restoring is the user's decision. The backup
    found is also left on the error as ``offered_backup`` (None when there is none).
    """
    backup = newest_verified_backup(folder, known_keys(data_dir, key_store))
    if backup is None:
        offer = f" No backup that checks out was found in {folder}."
    else:
        offer = (
            f" The newest backup that checks out is {backup.path} (taken "
            f"{backup.taken_at:%Y-%m-%d %H:%M} UTC): restore it with "
            f"'clinicdesk backup restore \"{backup.path}\"'."
        )
    error.message += offer
    error.args = (error.message,)
    error.offered_backup = backup  # type: ignore[attr-defined]
    return error
