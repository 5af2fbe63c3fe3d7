"""Why the local store could not be created or opened, in words a receptionist can act on.

Every class here is a ``clinicdesk.domain.errors.StoreError`` so the UI and the CLI show the
message as it is. The messages never contain patient data or key material.
"""

from __future__ import annotations

from pathlib import Path

from clinicdesk.domain.errors import StoreError
from clinicdesk.domain.i18n import tr

__all__ = [
    "CorruptStoreError",
    "KeyringUnavailableError",
    "MigrationFailedError",
    "MissingKeyError",
    "NewerStoreError",
    "NoKeyringForClinicError",
    "NoStoreError",
    "NotADatabaseError",
    "ReadOnlyStoreError",
    "RecoveryKeyFormatError",
    "SqlcipherMissingError",
    "StoreError",
    "StoreExistsError",
    "WrongKeyError",
]


class WrongKeyError(StoreError):
    """The key does not decrypt the file (or its first page is damaged: SQLCipher cannot
    tell the two apart)."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(
            tr(
                "store",
                "The clinic data in {db_path} could not be unlocked: the key is wrong (or the "
                "start of the file is damaged). Enter the recovery key from the printed "
                "recovery sheet, or restore a backup.",
            ).format(db_path=db_path)
        )
        self.db_path = db_path


class NotADatabaseError(StoreError):
    """The file is empty, cut short, or some other kind of file: not a clinicdesk store."""

    def __init__(self, db_path: Path, reason: str) -> None:
        super().__init__(
            tr(
                "store",
                "{db_path} is not a clinicdesk data file ({reason}). It has been left "
                "untouched. Restore a backup, or choose another data folder.",
            ).format(db_path=db_path, reason=reason)
        )
        self.db_path = db_path
        self.reason = reason


class CorruptStoreError(StoreError):
    """The file unlocks but its integrity check fails."""

    def __init__(self, db_path: Path, detail: str = "") -> None:
        suffix = f" ({detail})" if detail else ""
        super().__init__(
            tr(
                "store",
                "The clinic data in {db_path} is damaged{suffix}. It has been left untouched. "
                "Restore the latest backup, or call your support contact.",
            ).format(db_path=db_path, suffix=suffix)
        )
        self.db_path = db_path


class MissingKeyError(StoreError):
    """The key for this store is not in the system keyring (deleted, or another PC)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or tr(
                "store",
                "The key that unlocks the clinic data is missing from this computer's keyring. "
                "Enter the recovery key from the printed recovery sheet to unlock it.",
            )
        )


class KeyringUnavailableError(MissingKeyError):
    """No usable system keyring (no backend, locked, or it refused the request)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            tr(
                "store",
                "The system keyring that keeps the clinic data key cannot be used ({detail}). "
                "Sign in to the desktop session normally, or enter the recovery key to unlock "
                "the clinic data.",
            ).format(detail=detail)
        )


class NoKeyringForClinicError(StoreError):
    """Creating a real clinic on a PC without a usable keyring: say what to install."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            tr(
                "store",
                "A new clinic keeps its data key in this computer's keyring, and none can be "
                "used ({detail}). On Windows that is Credential Manager: sign in to Windows "
                "with your own account. On Linux, install and unlock a Secret Service: GNOME "
                "Keyring (Debian/Ubuntu: apt install gnome-keyring) or KeePassXC with its "
                "Secret Service integration on. Only on a PC whose disk is itself protected, "
                "you may keep the key in a plain-text file instead: pip install keyrings.alt "
                "and set PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring (anyone who "
                "can read that file can open the clinic data). Nothing was created. To look "
                "around first, 'clinicdesk demo' works without a keyring.",
            ).format(detail=detail)
        )
        self.detail = detail


class NewerStoreError(StoreError):
    """The file was made or upgraded by a newer clinicdesk version."""

    def __init__(self, db_path: Path, revision: str) -> None:
        super().__init__(
            tr(
                "store",
                "The clinic data in {db_path} was saved by a newer version of clinicdesk "
                "(schema {revision}). Install the latest clinicdesk to open it; the file has "
                "been left untouched.",
            ).format(db_path=db_path, revision=revision)
        )
        self.db_path = db_path
        self.revision = revision


class MigrationFailedError(StoreError):
    """Upgrading the file to this version's schema failed; it was rolled back whole."""

    def __init__(self, db_path: Path, from_revision: str | None, to_revision: str | None) -> None:
        super().__init__(
            tr(
                "store",
                "The clinic data in {db_path} could not be upgraded for this version of "
                "clinicdesk (schema {value} to {to_revision}). Nothing was changed: the "
                "previous version of clinicdesk can still open it. Call your support contact.",
            ).format(
                db_path=db_path,
                value=from_revision or tr("store", "new"),
                to_revision=to_revision,
            )
        )
        self.db_path = db_path
        self.from_revision = from_revision
        self.to_revision = to_revision


class StoreExistsError(StoreError):
    """Creating a store where one already exists: never overwrite clinic data."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(
            tr(
                "store",
                "A clinic data file already exists at {db_path}; it was not touched. Open it "
                "instead, or choose an empty data folder for a new clinic.",
            ).format(db_path=db_path)
        )
        self.db_path = db_path


class NoStoreError(StoreError):
    """Opening a store that does not exist yet."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(
            tr(
                "store",
                "There is no clinic data at {db_path}. Create a clinic first (clinicdesk init) "
                "or choose the data folder that holds it.",
            ).format(db_path=db_path)
        )
        self.db_path = db_path


class SqlcipherMissingError(StoreError):
    """The SQLite library in use has no encryption: refuse to write patient data to it."""

    def __init__(self) -> None:
        super().__init__(
            tr(
                "store",
                "This copy of clinicdesk was installed without database encryption "
                "(SQLCipher), so it refuses to open clinic data. Reinstall clinicdesk.",
            )
        )


class RecoveryKeyFormatError(StoreError):
    """A typed recovery key that cannot be right (wrong length, a group with a typo)."""


class ReadOnlyStoreError(StoreError):
    """The data folder or the store file cannot be written: not damage, a permission."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            tr(
                "store",
                "The clinic data folder {path} is read-only, so the clinic data cannot be "
                "opened for work or replaced. Nothing was changed. Ask whoever looks after "
                "this computer to give your account permission to write there.",
            ).format(path=path)
        )
        self.path = path
