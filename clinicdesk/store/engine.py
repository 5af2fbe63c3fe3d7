"""The SQLCipher engine: raw-key unlock, connection PRAGMAs and the checks made at open.

SQLAlchemy's ``sqlite+pysqlcipher`` dialect wants a passphrase in the URL and runs a key
derivation (~250 ms) on every connection; instead every connection is made here with
``sqlcipher3`` and a raw 256-bit key (``x'...'``), which unlocks in well under 1 ms.

SQLCipher only notices a wrong key at the first read, so each new connection reads
``sqlite_master`` straight away and maps the failure to a clear ``StoreError``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from clinicdesk.store.errors import (
    CorruptStoreError,
    NoStoreError,
    NotADatabaseError,
    SqlcipherMissingError,
    StoreExistsError,
    WrongKeyError,
)

KEY_BYTES = 32
# SQLCipher 4 default page size; an encrypted file is always a whole number of pages.
CIPHER_PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 5000
# Set in a connection's info dict before begin() to take the write lock at BEGIN.
BEGIN_IMMEDIATE_FLAG = "clinicdesk_begin_immediate"
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
# SQLITE_NOTADB: what SQLCipher reports for a wrong key and for undecryptable pages.
_SQLITE_NOTADB = 26
_SQLITE_CORRUPT = 11


def open_engine(
    db_path: Path, key: bytes, *, create: bool = False, integrity_check: bool = True
) -> Engine:
    """An engine over the encrypted file at ``db_path``, unlocked with the raw ``key``.

    With ``create=False`` (the default) the file must already exist and look like an
    encrypted store; it is never created, truncated or rewritten by a failed open.
    With ``create=True`` the file must not exist; it is created empty and exclusively,
    so an existing store can never be overwritten.

    Raises ``NoStoreError``, ``StoreExistsError``, ``NotADatabaseError``,
    ``WrongKeyError``, ``CorruptStoreError`` or ``SqlcipherMissingError``.
    """
    if len(key) != KEY_BYTES:
        raise ValueError(f"a store key is {KEY_BYTES} bytes, got {len(key)}")
    db_path = Path(db_path)
    if create:
        _create_empty_file(db_path)
    else:
        check_store_file(db_path)

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=_connection_factory(db_path, key),
        module=sqlcipher,
        # The empty URL would otherwise select the in-memory pool, which hands every
        # Connection in a thread the same DB-API connection (and so the same transaction).
        poolclass=QueuePool,
        # The connection used last is handed out next: its page cache holds what was
        # just read (decrypted), where a queue's oldest connection may hold nothing of it.
        pool_use_lifo=True,
    )
    _use_real_transactions(engine)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            if integrity_check and not create:
                _quick_check(raw, db_path)
    except BaseException:
        engine.dispose()
        if create:
            _remove_new_file(db_path)
        raise
    return engine


def check_store_file(db_path: Path) -> None:
    """Refuse, before SQLCipher touches it, a file that cannot be an encrypted store.

    An empty file would silently become a brand-new database, so it must be caught here.
    A path the system cannot look at (a name too long, a loop of links, no permission)
    is refused the same way, never as an internal error.
    """
    try:
        if not db_path.exists():
            raise NoStoreError(db_path)
        if db_path.is_dir():
            raise NotADatabaseError(db_path, "it is a folder, not a file")
        if not db_path.is_file():
            # A FIFO or a device would block or never end when read.
            raise NotADatabaseError(db_path, "it is not an ordinary file")
        size = db_path.stat().st_size
        if size == 0:
            raise NotADatabaseError(db_path, "the file is empty")
        with db_path.open("rb") as handle:
            header = handle.read(len(_PLAIN_SQLITE_HEADER))
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise NotADatabaseError(db_path, f"it cannot be read ({reason})") from error
    if header == _PLAIN_SQLITE_HEADER:
        raise NotADatabaseError(db_path, "it is an ordinary, unencrypted SQLite database")
    if size < CIPHER_PAGE_SIZE or size % CIPHER_PAGE_SIZE:
        raise NotADatabaseError(db_path, "the file is cut short or is some other kind of file")


def _create_empty_file(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for companion in (db_path, _sidecar(db_path, "-wal"), _sidecar(db_path, "-journal")):
        if companion.exists():
            raise StoreExistsError(db_path)
    try:
        # Exclusive create, so a file that appears meanwhile is never truncated; owner-only
        # permissions (SQLite gives the -wal and -shm files the same mode).
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError as exc:
        raise StoreExistsError(db_path) from exc


def _remove_new_file(db_path: Path) -> None:
    """Undo a half-made store (only ever called for a file this process just created)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        _sidecar(db_path, suffix).unlink(missing_ok=True)


def _sidecar(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


def _connection_factory(db_path: Path, key: bytes) -> Callable[[], Any]:
    # mode=rw: SQLite itself must never create the file; creation is _create_empty_file's job.
    uri = db_path.resolve().as_uri() + "?mode=rw"
    key_pragma = f"PRAGMA key = \"x'{key.hex()}'\""

    def connect() -> Any:
        raw = sqlcipher.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        try:
            _prepare_connection(raw, key_pragma, db_path)
        except BaseException:
            raw.close()
            raise
        return raw

    return connect


def _prepare_connection(raw: Any, key_pragma: str, db_path: Path) -> None:
    # Before the key: otherwise a wrong key prints SQLCipher's errors on stderr.
    raw.execute("PRAGMA cipher_log_level = NONE")
    raw.execute(key_pragma)
    version = raw.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise SqlcipherMissingError()
    try:
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        raise _classify_open_error(exc, db_path) from None
    raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = raw.execute("PRAGMA journal_mode = WAL").fetchone()
    if not mode or str(mode[0]).lower() != "wal":
        raise CorruptStoreError(db_path, "the file cannot be switched to write-ahead logging")
    raw.execute("PRAGMA synchronous = NORMAL")
    raw.execute("PRAGMA foreign_keys = ON")
    # Sorts and temporary indexes stay in memory, never in a temp file on disk.
    raw.execute("PRAGMA temp_store = MEMORY")
    # 32 MiB of decrypted pages per connection: decryption is the main read cost.
    raw.execute("PRAGMA cache_size = -32768")


def _classify_open_error(exc: Exception, db_path: Path) -> Exception:
    code = getattr(exc, "sqlite_errorcode", None)
    if code == _SQLITE_NOTADB or "not a database" in str(exc):
        # The file passed check_store_file, so it has the shape of an encrypted store:
        # a wrong key is by far the likeliest cause (garbage of the right size reads the same).
        return WrongKeyError(db_path)
    if code == _SQLITE_CORRUPT or "malformed" in str(exc):
        return CorruptStoreError(db_path)
    return CorruptStoreError(db_path, str(exc))


def _quick_check(raw: Any, db_path: Path) -> None:
    try:
        rows = raw.execute("PRAGMA quick_check").fetchall()
    except sqlcipher.DatabaseError as exc:
        raise CorruptStoreError(db_path) from exc
    if [tuple(row) for row in rows] != [("ok",)]:
        raise CorruptStoreError(db_path, f"{len(rows)} problem(s) found by the integrity check")


def _use_real_transactions(engine: Engine) -> None:
    """Let SQLAlchemy's begin() emit BEGIN itself.

    The DB-API driver, left alone, starts transactions only before INSERT/UPDATE/DELETE, so
    DDL (migrations) and reads would run outside any transaction. With the driver in
    autocommit mode (``isolation_level=None``, set at connect) and an explicit BEGIN here,
    a migration or a multi-statement write commits whole or not at all (SQLAlchemy's
    documented recipe for SQLite).
    """

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # A unit of work that will write asks for the write lock up front (see
        # store/uow.py) so a conflict check and its write cannot interleave.
        immediate = connection.info.pop(BEGIN_IMMEDIATE_FLAG, False)
        statement = "BEGIN IMMEDIATE" if immediate else "BEGIN"
        # Straight to the driver: SQLAlchemy's statement machinery cost more than the
        # BEGIN itself, on every search as you type. A failure (the write lock busy past
        # the timeout) is wrapped as SQLAlchemy would, for the unit of work's message.
        try:
            connection.connection.dbapi_connection.execute(statement)
        except sqlcipher.Error as error:
            raise OperationalError(statement, (), error) from error


def sqlcipher_version() -> str:
    """The linked SQLCipher's version ("" when the SQLite library has no encryption)."""
    raw = sqlcipher.connect(":memory:")
    try:
        row = raw.execute("PRAGMA cipher_version").fetchone()
    finally:
        raw.close()
    return str(row[0]) if row and row[0] else ""
