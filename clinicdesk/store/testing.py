"""Test support: a throwaway encrypted store without the keyring or migrations."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine

from clinicdesk.store.engine import open_engine
from clinicdesk.store.search_index import create_patient_search_index
from clinicdesk.store.sync_capture import install_capture_triggers
from clinicdesk.store.tables import metadata


def make_test_engine(db_path: Path, key: bytes | None = None) -> Engine:
    """An engine on a real SQLCipher file, opened the way the app opens it, with every
    table created straight from the metadata.

    Services and repositories are tested against this; the full open path (keyring,
    migrations) is tested in tests/integration/store.
    """
    engine = open_engine(db_path, key or os.urandom(32), create=True)
    with engine.begin() as connection:
        metadata.create_all(connection)
        create_patient_search_index(connection)
        # The sync capture triggers, as migration 0002 installs them (capture stays off).
        install_capture_triggers(connection)
    return engine
