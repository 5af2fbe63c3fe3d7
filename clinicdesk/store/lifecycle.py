"""Create and open the clinic's encrypted store.

A data folder holds ``clinic.db`` (the SQLCipher file, with its ``-wal``/``-shm`` while
open) and ``store.json`` (the store id, which names the key's keyring entry; nothing
secret). The key itself lives only in the keyring and, as the recovery key, on paper.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, insert, select

from clinicdesk.domain.ids import new_id
from clinicdesk.store import tables
from clinicdesk.store.engine import open_engine
from clinicdesk.store.errors import (
    MissingKeyError,
    NoStoreError,
    NotADatabaseError,
    ReadOnlyStoreError,
)
from clinicdesk.store.keys import KeyStore, new_store_key
from clinicdesk.store.migrate import upgrade_store
from clinicdesk.store.open_check import (
    FULL,
    CheckPlan,
    OpenSession,
    plan_check,
    record_full_check,
    run_check,
)
from clinicdesk.store.recovery_key import format_recovery_key, parse_recovery_key

DB_FILE_NAME = "clinic.db"
STORE_INFO_FILE_NAME = "store.json"
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
    """Make a new, empty store at the head schema and keep its key in ``key_store``.

    Returns the open store and the recovery key to show (once) and print. Refuses with
    ``StoreExistsError`` if a store file is already there: clinic data is never replaced.
    If anything fails, the half-made file is removed and no keyring entry is left behind.
    """
    data_dir = Path(data_dir)
    db_path = db_path_for(data_dir)
    key = new_store_key()
    store_id = new_id()
    engine = open_engine(db_path, key, create=True)
    try:
        upgrade_store(engine, db_path, new_store=True)
        with engine.begin() as connection:
            connection.execute(
                insert(tables.store_meta),
                [
                    {"key": STORE_ID_META_KEY, "value": store_id},
                    {"key": CREATED_AT_META_KEY, "value": datetime.now(UTC).isoformat()},
                ],
            )
        key_store.save_key(store_id, key)
        try:
            _write_store_info(data_dir, store_id)
        except BaseException:
            key_store.delete_key(store_id)
            raise
    except BaseException:
        engine.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        raise
    # A brand-new store has nothing to check yet: it counts as fully checked now.
    record_full_check(data_dir, CheckPlan(FULL, "new store"))
    store = Store(
        engine=engine,
        db_path=db_path,
        store_id=store_id,
        integrity="full: new store",
        session=OpenSession(data_dir, db_path),
    )
    return store, format_recovery_key(key)


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
            "This computer has no record of the key for the clinic data "
            f"({STORE_INFO_FILE_NAME} is missing). Enter the recovery key from the printed "
            "recovery sheet to unlock it."
        )
    # Tries the pending key of an interrupted rekey too (late import: rekey builds on this).
    from clinicdesk.store.rekey import settle_store_key

    key = settle_store_key(data_dir, key_store)
    return _open_with_key(data_dir, key, integrity_check=integrity_check)


def open_with_recovery_key(data_dir: Path, recovery_key: str, *, key_store: KeyStore) -> Store:
    """Open the store with a typed recovery key and put the key back in ``key_store``.

    Raises ``RecoveryKeyFormatError`` for a mistyped key (naming the group) and
    ``WrongKeyError`` for a well-formed key that does not unlock this store.
    """
    key = parse_recovery_key(recovery_key)
    store = _open_with_key(data_dir, key)
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


def _open_with_key(data_dir: Path, key: bytes, *, integrity_check: bool = True) -> Store:
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
    payload = json.dumps({"store_id": store_id, "format": 1}, indent=2) + "\n"
    handle, temp_name = tempfile.mkstemp(prefix=".store-", suffix=".json", dir=data_dir)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as temp:
            temp.write(payload)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, Path(data_dir) / STORE_INFO_FILE_NAME)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
