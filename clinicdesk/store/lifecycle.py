"""Create and open the clinic's encrypted store.

A data folder holds ``clinic.db`` (the SQLCipher file, with its ``-wal``/``-shm`` while
open) and ``store.json`` (the store id, which names the key's keyring entry; nothing
secret). The key itself lives only in the keyring and, as the recovery key, on paper.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, insert, select

from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.store import tables
from clinicdesk.store.audit_anchor import ChainBinding, bind_chain
from clinicdesk.store.audit_keys import (
    WRAPPED_AUDIT_KEY_META,
    anchor_new_chain,
    audit_key_name,
    audit_secrets,
    settle_audit_key,
)
from clinicdesk.store.engine import open_engine
from clinicdesk.store.errors import (
    MissingKeyError,
    NoStoreError,
    NotADatabaseError,
    ReadOnlyStoreError,
    StoreExistsError,
)
from clinicdesk.store.keys import KeyStore
from clinicdesk.store.migrate import upgrade_store
from clinicdesk.store.open_check import (
    FULL,
    CheckPlan,
    OpenSession,
    plan_check,
    record_full_check,
    run_check,
)
from clinicdesk.store.recovery_key import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
    store_key_for,
    store_keys_from_recovery,
)

DB_FILE_NAME = "clinic.db"
STORE_INFO_FILE_NAME = "store.json"
# A store being made is built under this name and renamed into place when whole.
CREATING_SUFFIX = ".creating"
STORE_ID_META_KEY = "store_id"
CREATED_AT_META_KEY = "created_at"


@dataclass(frozen=True)
class Store:
    """An open store. ``close()`` (or ``with store:``) releases the file."""

    engine: Engine
    db_path: Path
    store_id: str
    # The integrity check made at open ("full: why" or "cheap: why"; store/open_check.py)
    # and this session's marker, removed at a clean close.
    integrity: str = ""
    session: OpenSession | None = field(default=None, repr=False, compare=False)

    def close(self) -> None:
        # Closing the last connection checkpoints the WAL back into the file.
        self.engine.dispose()
        if self.session is not None:
            self.session.close_cleanly()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def db_path_for(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILE_NAME


def store_exists(data_dir: Path) -> bool:
    return db_path_for(data_dir).exists()


def create_store(data_dir: Path, *, key_store: KeyStore) -> tuple[Store, str]:
    """Make a new, empty store at the head schema and keep its keys in ``key_store``.

    Returns the open store and the recovery key to show (once) and print. Refuses with
    ``StoreExistsError`` if a store file is already there: clinic data is never replaced.
    Built in a temporary file and renamed into place (``begin_store``), so an interrupted
    creation leaves no store and no keyring entry behind.
    """
    build = begin_store(data_dir, key_store=key_store)
    try:
        store = build.finish()
    except BaseException:
        build.abandon()
        raise
    return store, build.recovery_key


@dataclass
class StoreUnderConstruction:
    """A new store being filled in a temporary file beside where it will live.

    Nothing is in place until ``finish``: no ``clinic.db``, no keyring entry. Killed at
    any moment before, the next ``begin_store`` in the folder clears what was left; an
    error should call ``abandon``.
    """

    store: Store  # open on the temporary file
    recovery_key: str
    data_dir: Path
    key: bytes = field(repr=False)
    audit_key: bytes = field(repr=False)
    key_store: KeyStore = field(repr=False)

    def finish(self) -> Store:
        """Put the store in place (keys, store.json, an atomic rename); it reopened there."""
        temp = self.store.db_path
        with self.store.engine.connect() as connection:
            # The whole store in the one file, so renaming that file moves all of it.
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.store.engine.dispose()
        for suffix in ("-wal", "-shm"):
            _sidecar(temp, suffix).unlink(missing_ok=True)
        db_path = db_path_for(self.data_dir)
        _refuse_a_store_in_place(db_path)
        self.key_store.save_key(self.store.store_id, self.key)
        self.key_store.save_key(audit_key_name(self.store.store_id), self.audit_key)
        _write_store_info(self.data_dir, self.store.store_id)
        os.replace(temp, db_path)
        _fsync_dir(self.data_dir)
        _creating_marker(self.data_dir).unlink(missing_ok=True)
        # A brand-new store has nothing to check yet: it counts as fully checked now.
        record_full_check(self.data_dir, CheckPlan(FULL, "new store"))
        store = _open_with_key(
            self.data_dir, self.key, key_store=self.key_store, integrity_check=False
        )
        return replace(store, integrity="full: new store")

    def abandon(self) -> None:
        """Remove the unfinished store (after an error; never touches a finished one)."""
        self.store.engine.dispose()
        _remove_unfinished(self.data_dir, self.key_store)


def begin_store(data_dir: Path, *, key_store: KeyStore) -> StoreUnderConstruction:
    """A new, empty store at the head schema, in a temporary file in ``data_dir``.

    Refuses with ``StoreExistsError`` when the folder already holds a store. What an
    earlier, interrupted creation left (its temporary file and the keyring entries it
    may have saved just before its rename) is removed first.
    """
    data_dir = Path(data_dir)
    _refuse_a_store_in_place(db_path_for(data_dir))
    data_dir.mkdir(parents=True, exist_ok=True)
    _remove_unfinished(data_dir, key_store)
    recovery_secret = new_recovery_secret()
    key = store_key_for(recovery_secret)
    audit = audit_secrets(recovery_secret)
    store_id = new_id()
    temp = _creating_path(data_dir)
    _write_json(_creating_marker(data_dir), {"store_id": store_id})
    engine = open_engine(temp, key, create=True)
    try:
        upgrade_store(engine, temp, new_store=True)
        with engine.begin() as connection:
            connection.execute(
                insert(tables.store_meta),
                [
                    {"key": STORE_ID_META_KEY, "value": store_id},
                    {"key": CREATED_AT_META_KEY, "value": datetime.now(UTC).isoformat()},
                    {"key": WRAPPED_AUDIT_KEY_META, "value": audit.wrapped},
                ],
            )
        binding = ChainBinding(audit.key, store_id, data_dir)
        anchor_new_chain(binding)
        bind_chain(engine, binding)
    except BaseException:
        engine.dispose()
        _remove_unfinished(data_dir, key_store)
        raise
    return StoreUnderConstruction(
        store=Store(engine=engine, db_path=temp, store_id=store_id, integrity="new store"),
        recovery_key=format_recovery_key(recovery_secret),
        data_dir=data_dir,
        key=key,
        audit_key=audit.key,
        key_store=key_store,
    )


def _refuse_a_store_in_place(db_path: Path) -> None:
    """A store file, or the WAL of one that was moved away, is never built over."""
    if db_path.exists() or _sidecar(db_path, "-wal").exists():
        raise StoreExistsError(db_path)


def _creating_path(data_dir: Path) -> Path:
    return db_path_for(data_dir).with_name(DB_FILE_NAME + CREATING_SUFFIX)


def _creating_marker(data_dir: Path) -> Path:
    return db_path_for(data_dir).with_name(DB_FILE_NAME + CREATING_SUFFIX + ".json")


def _remove_unfinished(data_dir: Path, key_store: KeyStore) -> None:
    """Clear what an unfinished creation left: its temporary file, and the keyring
    entries of a store that was never renamed into place."""
    temp = _creating_path(data_dir)
    marker = _creating_marker(data_dir)
    unfinished_id = None
    try:
        note = json.loads(marker.read_text(encoding="utf-8"))
        unfinished_id = note.get("store_id") if isinstance(note, dict) else None
    except (OSError, ValueError):
        unfinished_id = None
    if isinstance(unfinished_id, str) and unfinished_id and temp.exists():
        key_store.delete_key(unfinished_id)
        key_store.delete_key(audit_key_name(unfinished_id))
    for suffix in ("", "-wal", "-shm", "-journal"):
        _sidecar(temp, suffix).unlink(missing_ok=True)
    marker.unlink(missing_ok=True)


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def open_store(data_dir: Path, *, key_store: KeyStore, integrity_check: bool = True) -> Store:
    """Open the store with the key kept in ``key_store``, upgrading an older schema.

    Raises ``NoStoreError`` when there is no store, ``MissingKeyError`` when the key is
    not in the keyring (ask for the recovery key, then call ``open_with_recovery_key``),
    and the other ``StoreError`` subclasses from ``open_engine``/``upgrade_store``.
    The integrity check follows store/open_check.py: the full ``PRAGMA quick_check``
    (every page: about 5 s for an 800 MB store) after an unclean close, a change made
    outside clinicdesk, or a week without one, and for small stores; a cheap check
    otherwise. ``integrity_check=False`` skips both: for short-lived read commands.
    """
    db_path = db_path_for(data_dir)
    if not db_path.exists():
        raise NoStoreError(db_path)
    refuse_read_only(data_dir)
    store_id = read_store_id(data_dir)
    if store_id is None:
        raise MissingKeyError(
            tr(
                "lifecycle",
                "This computer has no record of the key for the clinic data "
                "({STORE_INFO_FILE_NAME} is missing). Enter the recovery key from the printed "
                "recovery sheet to unlock it.",
            ).format(STORE_INFO_FILE_NAME=STORE_INFO_FILE_NAME)
        )
    # Tries the pending key of an interrupted rekey too (late import: rekey builds on this).
    from clinicdesk.store.rekey import settle_store_key

    key = settle_store_key(data_dir, key_store)
    return _open_with_key(data_dir, key, key_store=key_store, integrity_check=integrity_check)


def open_with_recovery_key(data_dir: Path, recovery_key: str, *, key_store: KeyStore) -> Store:
    """Open the store with a typed recovery key and put the key back in ``key_store``.

    Raises ``RecoveryKeyFormatError`` for a mistyped key (naming the group) and
    ``WrongKeyError`` for a well-formed key that does not unlock this store.
    """
    from clinicdesk.store.rekey import opens

    secret = parse_recovery_key(recovery_key)
    candidates = store_keys_from_recovery(recovery_key)
    db_path = db_path_for(data_dir)
    key = next((each for each in candidates if db_path.exists() and opens(db_path, each)), secret)
    store = _open_with_key(data_dir, key, key_store=key_store, recovery_secrets=(secret,))
    try:
        key_store.save_key(store.store_id, key)
        if read_store_id(data_dir) != store.store_id:
            _write_store_info(Path(data_dir), store.store_id)
    except BaseException:
        store.close()
        raise
    return store


def refuse_read_only(data_dir: Path) -> None:
    """``ReadOnlyStoreError`` when the data folder or its store file cannot be written.

    SQLite reports a folder it cannot write (no ``-wal``/``-shm``) as a file it cannot
    open, which reads like damage; asking the file system first names the real cause.
    The folder is probed by making a file there: permission bits alone do not say what
    an administrator account or a read-only mount allows.
    """
    folder = Path(data_dir)
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".write-probe-"):
            pass
    except FileNotFoundError:
        return  # no folder yet: whoever creates it reports its own error
    except OSError as exc:
        raise ReadOnlyStoreError(folder) from exc
    db_path = db_path_for(folder)
    if db_path.exists() and not os.access(db_path, os.W_OK):
        raise ReadOnlyStoreError(folder)


def read_store_id(data_dir: Path) -> str | None:
    """The store id recorded in ``store.json``, or None if the file is missing or unreadable."""
    info_path = Path(data_dir) / STORE_INFO_FILE_NAME
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    store_id = info.get("store_id") if isinstance(info, dict) else None
    return store_id if isinstance(store_id, str) and store_id else None


def _open_with_key(
    data_dir: Path,
    key: bytes,
    *,
    key_store: KeyStore,
    recovery_secrets: tuple[bytes, ...] = (),
    integrity_check: bool = True,
) -> Store:
    db_path = db_path_for(data_dir)
    engine = open_engine(db_path, key, integrity_check=False)
    session = None
    try:
        plan = plan_check(Path(data_dir), db_path) if integrity_check else None
        if plan is not None:
            with engine.connect() as connection:
                run_check(connection.connection.dbapi_connection, db_path, plan)
        upgrade_store(engine, db_path)
        with engine.connect() as connection:
            store_id = connection.execute(
                select(tables.store_meta.c.value).where(
                    tables.store_meta.c.key == STORE_ID_META_KEY
                )
            ).scalar_one_or_none()
        if store_id is None:
            raise NotADatabaseError(db_path, "it has no clinicdesk store id")
        bind_chain(
            engine,
            settle_audit_key(
                engine,
                Path(data_dir),
                store_id,
                key,
                key_store,
                recovery_secrets=recovery_secrets,
            ),
        )
        if plan is not None:
            record_full_check(Path(data_dir), plan)
        session = OpenSession(Path(data_dir), db_path)
    except BaseException:
        engine.dispose()
        raise
    return Store(
        engine=engine,
        db_path=db_path,
        store_id=store_id,
        integrity=f"{plan.kind}: {plan.reason}" if plan else "skipped",
        session=session,
    )


def _write_store_info(data_dir: Path, store_id: str) -> None:
    """Write store.json atomically (temp file + rename) so it is never half-written."""
    _write_json(Path(data_dir) / STORE_INFO_FILE_NAME, {"store_id": store_id, "format": 1})


def _write_json(target: Path, document: dict[str, object]) -> None:
    payload = json.dumps(document, indent=2) + "\n"
    handle, temp_name = tempfile.mkstemp(prefix=".store-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as temp:
            temp.write(payload)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
