"""Fixtures for the store lifecycle tests: a file keyring in tmp_path, a made store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import Store, create_store


@pytest.fixture
def key_store(tmp_path: Path) -> KeyringKeyStore:
    """The real keyring-backed key store over keyrings.alt's file backend in tmp_path."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")  # type: ignore[misc]
    return KeyringKeyStore(backend)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "clinic-data"


@pytest.fixture
def created(data_dir: Path, key_store: KeyringKeyStore) -> Iterator[tuple[Store, str]]:
    """A new store, open, with its recovery key."""
    store, recovery_key = create_store(data_dir, key_store=key_store)
    yield store, recovery_key
    store.close()


def snapshot_files(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` by name, with its bytes."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


@pytest.fixture
def snapshot() -> Callable[[Path], dict[str, bytes]]:
    return snapshot_files
