"""Gateway passwords and tokens live in the OS keyring, never in a file or a setting.

Each entry is named after the channel, the account and the server, so two gateways
never share a secret.
"""

from __future__ import annotations

import keyring
import keyring.errors

from clinicdesk.domain.errors import ClinicError
from clinicdesk.domain.i18n import tr

KEYRING_SERVICE = "clinicdesk-messages"


def entry_name(kind: str, account: str, server: str) -> str:
    return f"{kind}:{account}@{server}"


def save_secret(kind: str, account: str, server: str, secret: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, entry_name(kind, account, server), secret)
    except keyring.errors.KeyringError as exc:
        raise ClinicError(
            tr(
                "credentials",
                "The {kind} password could not be kept in this computer's keyring ({exc}).",
            ).format(kind=kind, exc=exc)
        ) from exc


def load_secret(kind: str, account: str, server: str) -> str:
    """The secret, or a ClinicError saying how to store it."""
    try:
        secret = keyring.get_password(KEYRING_SERVICE, entry_name(kind, account, server))
    except keyring.errors.KeyringError:
        secret = None
    if not secret:
        raise ClinicError(
            tr(
                "credentials",
                "No {kind} password for {account} at {server} in this computer's keyring: "
                "store it with 'clinicdesk messages secret {kind}'.",
            ).format(kind=kind, account=account, server=server)
        )
    return secret
