"""Expected, user-fixable failures.

Every ClinicError carries a message fit to show a receptionist as it is. The UI
and the CLI turn these into a dialog or a one-line message at one boundary;
anything that is not a ClinicError is a bug.
"""

from __future__ import annotations


class ClinicError(Exception):
    """A failure the user can understand and act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(ClinicError):
    """Input that cannot be accepted as given (bad date, empty name...)."""


class NotFoundError(ClinicError):
    """A record the user referred to does not exist (or was deleted)."""


class PermissionDeniedError(ClinicError):
    """The signed-in user's role does not allow this action."""


class AuthenticationError(ClinicError):
    """Sign-in failed, or the account is locked or disabled."""


class SchedulingConflictError(ClinicError):
    """A booking or move clashes with existing appointments or rules.

    ``clashes`` holds one plain-language line per clash so a screen can list them;
    ``overridable`` says a person may go ahead anyway by giving a reason.
    """

    def __init__(
        self, message: str, clashes: tuple[str, ...] = (), *, overridable: bool = False
    ) -> None:
        super().__init__(message)
        self.clashes = clashes
        self.overridable = overridable


class StoreError(ClinicError):
    """The local store cannot be opened or used (wrong key, corrupt file...)."""


class ImportCancelledError(ClinicError):
    """The person cancelled an import; nothing was written."""
