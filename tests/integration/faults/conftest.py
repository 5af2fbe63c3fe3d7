"""Helpers for the fault tests: a real encrypted store made without keyring or Alembic."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicdesk.store.engine import open_engine
from clinicdesk.store.tables import metadata

ROOT = Path(__file__).resolve().parents[3]
PYTHON = sys.executable


def make_store(db_path: Path) -> bytes:
    """A new store file at ``db_path`` with every table; its raw key."""
    key = os.urandom(32)
    engine = open_engine(db_path, key, create=True)
    metadata.create_all(engine)
    engine.dispose()
    return key


@pytest.fixture
def store_file(tmp_path: Path) -> Iterator[tuple[Path, bytes]]:
    db_path = tmp_path / "clinic.db"
    yield db_path, make_store(db_path)
