"""Sync failures a person can act on (all ClinicErrors: shown as they are)."""

from __future__ import annotations

from clinicdesk.domain.errors import ClinicError


class SyncError(ClinicError):
    """Sync could not run; nothing on this PC was lost."""


class SyncOfflineError(SyncError):
    """The server could not be reached or stopped answering; changes wait on this PC."""


class SyncNotConfiguredError(SyncError):
    """This PC has not joined a sync server."""


class ServerVersionError(SyncError):
    """This PC and the server speak different schema versions."""
