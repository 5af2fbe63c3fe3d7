"""The sync server's password lives in the OS keyring, never in settings.json.

The settings file keeps the URL without its password; the keyring entry is named after
that URL (user, host, port and database), so two servers never share a password.
"""

from __future__ import annotations

import keyring
import keyring.errors
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from clinicdesk.domain.i18n import tr
from clinicdesk.sync.errors import SyncError

KEYRING_SERVICE = "clinicdesk-sync"
PASSWORD_ENV = "CLINICDESK_SYNC_PASSWORD"


def split_password(url: str) -> tuple[str, str | None]:
    """``(url without password, password or None)``; refuses a malformed URL."""
    try:
        params = conninfo_to_dict(url)
    except Exception as exc:
        raise SyncError(tr(
            "credentials",
            "That server address is not a PostgreSQL URL ({exc}).",
        ).format(exc=exc)) from exc
    password = params.pop("password", None)
    if password is None:
        return url, None
    return make_conninfo("", **params), str(password)


def entry_name(url: str) -> str:
    params = conninfo_to_dict(url)
    return "{user}@{host}:{port}/{dbname}".format(
        user=params.get("user", ""),
        host=params.get("host", ""),
        port=params.get("port", "5432"),
        dbname=params.get("dbname", ""),
    )


def save_password(url: str, password: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, entry_name(url), password)
    except keyring.errors.KeyringError as exc:
        raise SyncError(
            tr(
                "credentials",
                "The sync password could not be kept in this computer's keyring ({exc}).",
            ).format(exc=exc)
        ) from exc


def load_password(url: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, entry_name(url))
    except keyring.errors.KeyringError:
        return None
