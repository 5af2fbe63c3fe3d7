"""The store key: made at random, kept in the OS keyring.

The keyring entry lives under service ``clinicdesk`` and is named by the store id, a
non-secret UUID kept inside the encrypted file and beside it in ``store.json`` (so two
clinics on one PC keep separate keys). The backend is the ``keyring`` package's choice:
Windows Credential Manager, macOS Keychain, Secret Service on Linux; the standard
``PYTHON_KEYRING_BACKEND`` variable overrides it (tests use keyrings.alt's files).

A backend that ``keyring`` itself does not recommend (priority below 1, e.g.
keyrings.alt's plain-text file, which ``keyring`` picks silently when nothing better is
there) is used only when chosen explicitly with ``PYTHON_KEYRING_BACKEND``.

The one exception to "never in a file": the synthetic demo clinic on a PC without a
keyring keeps its key in ``DEMO-ONLY-store-key.txt`` in its data folder
(:class:`DemoFileKeyStore`), so ``clinicdesk demo`` works on a bare server or CI box.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors

from clinicdesk.domain.i18n import tr
from clinicdesk.store.errors import (
    KeyringUnavailableError,
    MissingKeyError,
    NoKeyringForClinicError,
)

KEY_BYTES = 32
KEYRING_SERVICE = "clinicdesk"
BACKEND_ENV = "PYTHON_KEYRING_BACKEND"
# keyring's own line between a backend it recommends and one it merely allows.
RECOMMENDED_PRIORITY = 1
DEMO_KEY_FILE_NAME = "DEMO-ONLY-store-key.txt"


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
        if self._backend is not None:
            if _is_fail_backend(self._backend):
                raise KeyringUnavailableError(tr(
                    "keys",
                    "no keyring service was found on this computer",
                ))
            return self._backend
        status = system_keyring_status()
        if status.backend is None:
            raise KeyringUnavailableError(status.problem)
        return status.backend

    def refuse_new_clinic_without_keyring(self) -> None:
        """``NoKeyringForClinicError`` (what to install) when no usable keyring is here."""
        if self._backend is not None:
            if _is_fail_backend(self._backend):
                raise NoKeyringForClinicError(tr(
                    "keys",
                    "no keyring service was found on this computer",
                ))
            return
        status = system_keyring_status()
        if status.backend is None:
            raise NoKeyringForClinicError(status.problem)

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
                tr(
                    "keys",
                    "The keyring entry for the clinic data key is damaged. Enter the recovery "
                    "key from the printed recovery sheet to unlock the clinic data.",
                )
            )
        return key

    def delete_key(self, store_id: str) -> None:
        try:
            self._keyring().delete_password(self.service, store_id)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(_describe(exc)) from exc


@dataclass(frozen=True)
class KeyringStatus:
    """The keyring this process would use, and whether clinicdesk may keep a key in it."""

    name: str  # the backend's class, e.g. keyring.backends.SecretService.Keyring
    backend: keyring.backend.KeyringBackend | None  # None: not usable (see problem)
    chosen_by_variable: bool  # PYTHON_KEYRING_BACKEND named it
    recommended: bool  # keyring recommends it (an OS keyring, not a plain file)
    problem: str = ""

    @property
    def usable(self) -> bool:
        return self.backend is not None

    def warning(self) -> str:
        """A warning to show when keys go to a backend chosen by hand that is no OS keyring."""
        if self.backend is None or self.recommended:
            return ""
        return (
            f"the clinic data key is kept by {self.name}, chosen with {BACKEND_ENV}: it is "
            "no OS keyring (keyrings.alt's files keep it readable, next to your profile), "
            "so anyone who can read that file can open the clinic data"
        )


def system_keyring_status() -> KeyringStatus:
    """What ``keyring`` picks on this PC, judged by clinicdesk's rule (see the module)."""
    chosen = os.environ.get(BACKEND_ENV, "").strip()
    try:
        backend = keyring.get_keyring()
    except (ImportError, ValueError, AttributeError, TypeError) as exc:
        missing = exc.name if isinstance(exc, ImportError) and exc.name else chosen
        return KeyringStatus(
            chosen,
            None,
            True,
            False,
            f"{BACKEND_ENV} names {chosen!r}, which cannot be loaded (module {missing} is "
            "not installed or has no such class); for a file keyring run "
            "'pip install keyrings.alt', or unset the variable",
        )
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    if _is_fail_backend(backend):
        return KeyringStatus(
            name, None, bool(chosen), False, "no keyring service was found on this computer"
        )
    recommended = float(getattr(backend, "priority", 0)) >= RECOMMENDED_PRIORITY
    if not recommended and not chosen:
        return KeyringStatus(
            name,
            None,
            False,
            False,
            f"no OS keyring was found on this computer, only {name}, which keeps keys in a "
            f"plain-text file and is used only when chosen with {BACKEND_ENV}",
        )
    return KeyringStatus(name, backend, bool(chosen), recommended)


class DemoFileKeyStore:
    """The demo clinic's key in a plain-text file in its data folder: synthetic data only.

    Used by ``clinicdesk demo`` on a PC without a usable keyring. The file says what it
    is and holds one ``<store id>=<key in hex>`` line per entry (a rekey keeps a pending
    entry beside the current one, as in a keyring). A real clinic never gets one
    (``init`` and the window refuse instead).
    """

    HEADER = (
        "# clinicdesk DEMO clinic key, kept in this plain-text file because this\n"
        "# computer has no usable keyring. Anyone who can read this file can open the\n"
        "# clinic data in this folder: use it for the synthetic demo data only.\n"
    )

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / DEMO_KEY_FILE_NAME

    def _entries(self) -> dict[str, str]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError):
            lines = []
        pairs = (line.partition("=") for line in lines if not line.startswith("#"))
        return {name.strip(): value.strip() for name, sep, value in pairs if sep}

    def _write(self, entries: dict[str, str]) -> None:
        if not entries:
            self.path.unlink(missing_ok=True)
            return
        text = self.HEADER + "".join(f"{name}={value}\n" for name, value in entries.items())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        # Owner-only from the first byte on (the mode matters on Linux; Windows keeps the
        # per-user data folder private by its ACL).
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, self.path)

    def save_key(self, store_id: str, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"a store key is {KEY_BYTES} bytes, got {len(key)}")
        self._write(self._entries() | {store_id: key.hex()})

    def load_key(self, store_id: str) -> bytes:
        stored = self._entries().get(store_id)
        if stored is None:
            raise MissingKeyError()
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise MissingKeyError(
                tr(
                    "keys",
                    "The demo key file {path} is damaged. Enter the recovery key printed when "
                    "the demo was made, or delete the data folder and run the demo again.",
                ).format(path=self.path)
            )
        return key

    def delete_key(self, store_id: str) -> None:
        entries = self._entries()
        if entries.pop(store_id, None) is not None:
            self._write(entries)


def key_store_for(data_dir: Path) -> KeyStore:
    """Where this data folder's key is kept: the demo's key file if it has one, else the
    OS keyring."""
    demo = DemoFileKeyStore(data_dir)
    return demo if demo.path.exists() else KeyringKeyStore()


def _is_fail_backend(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import fail

    return isinstance(backend, fail.Keyring)


def _describe(exc: keyring.errors.KeyringError) -> str:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return "no keyring service was found on this computer"
    if isinstance(exc, keyring.errors.KeyringLocked):
        return "the keyring is locked"
    return "the keyring refused the request"
