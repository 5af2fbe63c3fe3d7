"""Test support: a throwaway encrypted store without the keyring or migrations."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event

from clinicdesk.store.tables import metadata


def make_test_engine(db_path: Path, key: bytes | None = None) -> Engine:
    """An engine on a real SQLCipher file with every table created from the metadata.

    Services and repositories are tested against this; the full open path (keyring,
    migrations, integrity check) is tested in tests/integration/store.
    """
    raw_key = (key or os.urandom(32)).hex()

    def connect() -> sqlcipher.Connection:
        connection = sqlcipher.connect(str(db_path), check_same_thread=False)
        connection.execute(f"PRAGMA key = \"x'{raw_key}'\"")
        return connection

    engine = create_engine("sqlite+pysqlite://", creator=connect, module=sqlcipher)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlcipher.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA journal_mode = WAL")
        dbapi_connection.execute("PRAGMA busy_timeout = 5000")

    metadata.create_all(engine)
    return engine
