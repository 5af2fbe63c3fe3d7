"""The keyring-backed key store: round trip, missing and damaged entries, no keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import fail

from clinicdesk.store.errors import KeyringUnavailableError, MissingKeyError
from clinicdesk.store.keys import KEYRING_SERVICE, KeyringKeyStore, new_store_key


def test_keys_are_random_and_256_bits() -> None:
    keys = {new_store_key() for _ in range(50)}
    assert len(keys) == 50
    assert all(len(key) == 32 for key in keys)


def test_round_trip_replace_and_delete(key_store: KeyringKeyStore) -> None:
    first, second = new_store_key(), new_store_key()
    key_store.save_key("store-a", first)
    key_store.save_key("store-b", second)
    assert key_store.load_key("store-a") == first
    key_store.save_key("store-a", second)
    assert key_store.load_key("store-a") == second
    key_store.delete_key("store-a")
    with pytest.raises(MissingKeyError, match="recovery key"):
        key_store.load_key("store-a")
    key_store.delete_key("store-a")  # already gone: no error
    assert key_store.load_key("store-b") == second


def test_a_damaged_entry_is_a_missing_key(key_store: KeyringKeyStore) -> None:
    backend = key_store._keyring()
    backend.set_password(KEYRING_SERVICE, "store-a", "not hex at all")
    with pytest.raises(MissingKeyError, match="damaged"):
        key_store.load_key("store-a")
    backend.set_password(KEYRING_SERVICE, "store-a", "ab" * 16)  # hex, but 16 bytes
    with pytest.raises(MissingKeyError, match="damaged"):
        key_store.load_key("store-a")


def test_no_keyring_gives_a_clear_error() -> None:
    no_keyring = KeyringKeyStore(fail.Keyring())
    for action in (
        lambda: no_keyring.save_key("s", new_store_key()),
        lambda: no_keyring.load_key("s"),
        lambda: no_keyring.delete_key("s"),
    ):
        with pytest.raises(KeyringUnavailableError, match="no keyring service was found"):
            action()


def test_only_32_byte_keys_are_saved(key_store: KeyringKeyStore) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        key_store.save_key("s", b"short")


def test_python_keyring_backend_picks_the_backend(tmp_path: Path) -> None:
    """The standard variable is honoured (checked in a fresh process: keyring reads it once)."""
    script = (
        "from clinicdesk.store.keys import KeyringKeyStore, new_store_key\n"
        "store = KeyringKeyStore()\n"
        "key = new_store_key()\n"
        "store.save_key('s', key)\n"
        "assert store.load_key('s') == key\n"
        "print(type(store._keyring()).__name__)\n"
    )
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    env["HOME"] = str(tmp_path)
    ran = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "PlaintextKeyring"
    assert list((tmp_path / "xdg").rglob("keyring_pass.cfg"))
