"""Stores made the real way (keyring over a file backend in tmp_path) for security tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from clinicdesk.store.keys import KeyringKeyStore


def file_key_store(folder: Path) -> KeyringKeyStore:
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring_pass.cfg")  # type: ignore[misc]
    return KeyringKeyStore(backend)


@pytest.fixture
def key_store(tmp_path: Path) -> KeyringKeyStore:
    return file_key_store(tmp_path / "keyring")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "clinic-data"
