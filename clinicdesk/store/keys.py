"""The store key: made at random, kept in the OS keyring, never written to a file.

The keyring entry lives under service ``clinicdesk`` and is named by the store id, a
non-secret UUID kept inside the encrypted file and beside it in ``store.json`` (so two
clinics on one PC keep separate keys). The backend is the ``keyring`` package's choice:
Windows Credential Manager, macOS Keychain, Secret Service on Linux; the standard
``PYTHON_KEYRING_BACKEND`` variable overrides it (tests use keyrings.alt's files).
"""

from __future__ import annotations

import secrets
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors

from clinicdesk.store.errors import KeyringUnavailableError, MissingKeyError

KEY_BYTES = 32
KEYRING_SERVICE = "clinicdesk"


def new_store_key() -> bytes:
    """A random 256-bit key from the OS's cryptographic random source."""
    return secrets.token_bytes(KEY_BYTES)


class KeyStore(Protocol):
    """Where store keys are kept, by store id."""

    def save_key(self, store_id: str, key: bytes) -> None:
        """Keep ``key`` for ``store_id``, replacing any key kept before."""
        ...

    def load_key(self, store_id: str) -> bytes:
        """The key for ``store_id``; ``MissingKeyError`` when there is none."""
        ...

    def delete_key(self, store_id: str) -> None:
        """Forget the key for ``store_id`` (no error when there is none)."""
        ...


class KeyringKeyStore:
    """Store keys in the OS keyring as hex text (keyring backends hold text)."""

    def __init__(
        self,
        backend: keyring.backend.KeyringBackend | None = None,
        *,
        service: str = KEYRING_SERVICE,
    ) -> None:
        self._backend = backend
        self.service = service

    def _keyring(self) -> keyring.backend.KeyringBackend:
        # Resolved at first use, not at import: keyring reads PYTHON_KEYRING_BACKEND then.
        backend = self._backend or keyring.get_keyring()
        if _is_fail_backend(backend):
            raise KeyringUnavailableError("no keyring service was found on this computer")
        return backend

    def save_key(self, store_id: str, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"a store key is {KEY_BYTES} bytes, got {len(key)}")
        try:
            self._keyring().set_password(self.service, store_id, key.hex())
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(_describe(exc)) from exc

    def load_key(self, store_id: str) -> bytes:
        try:
            stored = self._keyring().get_password(self.service, store_id)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(_describe(exc)) from exc
        if stored is None:
            raise MissingKeyError()
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise MissingKeyError(
                "The keyring entry for the clinic data key is damaged. Enter the recovery "
                "key from the printed recovery sheet to unlock the clinic data."
            )
        return key

    def delete_key(self, store_id: str) -> None:
        try:
            self._keyring().delete_password(self.service, store_id)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(_describe(exc)) from exc


def _is_fail_backend(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import fail

    return isinstance(backend, fail.Keyring)


def _describe(exc: keyring.errors.KeyringError) -> str:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return "no keyring service was found on this computer"
    if isinstance(exc, keyring.errors.KeyringLocked):
        return "the keyring is locked"
    return "the keyring refused the request"
