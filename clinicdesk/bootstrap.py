"""Wiring shared by the command line and the window: create a clinic, open its store.

This is composition-root code (like ``app.py`` and ``cli.py``): it joins the store to
the domain so that ``clinicdesk init`` and the window's "Create a clinic…" make the
same clinic the same way.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from pathlib import Path

from clinicdesk.domain.audit import UnlockAttempt
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.common import TimeRange, utc_now
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.users import Actor, Role, User
from clinicdesk.services.accounts import check_username, normalize_username
from clinicdesk.services.audit import record_unlock_attempts
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.passwords import check_password_policy, hash_password
from clinicdesk.settings import load_settings
from clinicdesk.store.backup import backup_folder, offer_backup
from clinicdesk.store.errors import (
    CorruptStoreError,
    NotADatabaseError,
    StoreExistsError,
    WrongKeyError,
)
from clinicdesk.store.keys import KeyringKeyStore, KeyStore, key_store_for
from clinicdesk.store.lifecycle import (
    Store,
    begin_store,
    db_path_for,
    open_store,
    open_with_recovery_key,
    store_exists,
)
from clinicdesk.store.unlock_attempts import note_failed_unlock, retry_after, take_failed_unlocks
from clinicdesk.store.uow import SqlUnitOfWork

MAX_USERNAME_LENGTH = 64
# A new clinic opens Monday to Friday, 08:00-18:00, until the manager says otherwise.
DEFAULT_OPENING_HOURS = {weekday: TimeRange(time(8, 0), time(18, 0)) for weekday in range(5)}


@dataclass(frozen=True, slots=True)
class NewClinic:
    clinic_name: str
    time_zone: str
    admin_username: str
    password: str


@dataclass(frozen=True, slots=True)
class CreatedClinic:
    store_path: Path
    recovery_key: str
    admin_user_id: str
    admin_username: str  # as stored and signed in with (normalized)


def workstation_name(data_dir: Path) -> str:
    """This PC's name for the audit trail: the workstation setting, else the host name."""
    return load_settings(data_dir).settings.workstation or socket.gethostname()


def check_clinic_details(clinic_name: str, time_zone: str, admin_username: str) -> None:
    """A ValidationError saying what to fix in the clinic's name, zone or admin name."""
    if not clinic_name.strip():
        raise ValidationError(tr("bootstrap", "Give the clinic a name."))
    if not time_zone.strip():
        raise ValidationError(tr("bootstrap", "Give the clinic's time zone, e.g. Europe/London."))
    clinic_zone(time_zone.strip())  # a clear ValidationError for an unknown zone
    username = admin_username.strip()
    if not username:
        raise ValidationError(tr("bootstrap", "Give the administrator a user name."))
    if len(username) > MAX_USERNAME_LENGTH or any(char.isspace() for char in username):
        raise ValidationError(
            tr(
                "bootstrap",
                "A user name is one word of at most {MAX_USERNAME_LENGTH} characters, without "
                "spaces.",
            ).format(MAX_USERNAME_LENGTH=MAX_USERNAME_LENGTH)
        )
    check_username(username)  # the same rule as every other account (services/accounts.py)


def check_new_password(password: str, admin_username: str) -> None:
    """The clinic's password policy (services/passwords.py), before anything is made."""
    check_password_policy(password, username=admin_username)


def check_new_clinic(request: NewClinic) -> NewClinic:
    """The request with names trimmed, or a ValidationError saying what to fix."""
    check_clinic_details(request.clinic_name, request.time_zone, request.admin_username)
    check_new_password(request.password, request.admin_username)
    return NewClinic(
        request.clinic_name.strip(),
        request.time_zone.strip(),
        # Stored as sign-in looks it up: trimmed and lower case.
        normalize_username(request.admin_username),
        request.password,
    )


def refuse_existing_store(data_dir: Path) -> None:
    """Stop before asking anything when the folder already holds a clinic."""
    if store_exists(data_dir):
        raise StoreExistsError(db_path_for(data_dir))


def create_clinic(
    data_dir: Path,
    request: NewClinic,
    *,
    key_store: KeyStore | None = None,
    fill: Callable[[ServiceContext], None] | None = None,
) -> CreatedClinic:
    """A new encrypted store holding the clinic's settings and its first administrator.

    Everything is checked before the store is made. The store is built in a temporary
    file and renamed into place only when whole (with ``fill``'s work too, done as the
    new administrator: the demo clinic's data), so an error or a kill at any moment
    leaves no clinic and the same command starts again cleanly. An existing store is
    never touched (``StoreExistsError``).
    """
    request = check_new_clinic(request)
    refuse_existing_store(data_dir)
    keys = key_store if key_store is not None else KeyringKeyStore()
    if isinstance(keys, KeyringKeyStore):
        keys.refuse_new_clinic_without_keyring()  # before anything is written
    data_dir.mkdir(parents=True, exist_ok=True)
    password_hash = hash_password(request.password)
    build = begin_store(data_dir, key_store=keys)
    admin = User(
        id=new_id(),
        username=request.admin_username,
        display_name=request.admin_username,
        role=Role.ADMIN,
        password_hash=password_hash,
        updated_at=utc_now(),
    )
    actor = Actor(
        user_id=admin.id,
        username=admin.username,
        role=Role.ADMIN,
        workstation=workstation_name(data_dir),
    )

    def uow_factory() -> SqlUnitOfWork:
        return SqlUnitOfWork(build.store.engine)

    try:
        with uow_factory() as uow:
            uow.catalog.save_clinic(
                ClinicSettings(
                    name=request.clinic_name,
                    time_zone=request.time_zone,
                    opening_hours=dict(DEFAULT_OPENING_HOURS),
                ),
                utc_now(),
            )
            uow.users.add(admin)
            uow.audit.record(actor, AuditEvent.CLINIC_CREATE, object_type="clinic")
            uow.audit.record(actor, AuditEvent.USER_CREATE, object_type="user", object_id=admin.id)
            uow.commit()
        if fill is not None:
            fill(ServiceContext(uow_factory=uow_factory, actor=actor))
        store = build.finish()
    except BaseException:
        build.abandon()
        raise
    store.close()
    return CreatedClinic(store.db_path, build.recovery_key, admin.id, admin.username)


def protected_folders(data_dir: Path) -> tuple[Path, ...]:
    """The folders no file written for a user may land in: the data folder and the
    backup folder (interop/files.py refuses them)."""
    return (data_dir, backup_folder(data_dir, load_settings(data_dir).settings.backup_dir))


def open_clinic_store(data_dir: Path, *, key_store: KeyStore | None = None) -> Store:
    """The clinic's store, unlocked with the key in the keyring.

    A store that will not open is never replaced; the error offers the newest backup
    that checks out (store/backup.py). Recovery-key unlocks that failed since the last
    open are written to the audit trail now.
    """
    keys = key_store if key_store is not None else key_store_for(data_dir)
    try:
        store = open_store(data_dir, key_store=keys)
    except (CorruptStoreError, NotADatabaseError, WrongKeyError) as exc:
        folder = backup_folder(data_dir, load_settings(data_dir).settings.backup_dir)
        raise offer_backup(exc, data_dir, keys, folder) from None
    _audit_unlocks(store, data_dir, succeeded=False)
    return store


def unlock_clinic_store(
    data_dir: Path, recovery_key: str, *, key_store: KeyStore | None = None
) -> Store:
    """The store opened with a typed recovery key, its keys back in the keyring.

    Every try is audited: a right key at once, a wrong one (which opens nothing) when
    the store next opens. After too many wrong keys in a short time, tries are refused
    for a while (store/unlock_attempts.py).
    """
    keys = key_store if key_store is not None else key_store_for(data_dir)
    now = utc_now()
    wait = retry_after(data_dir, now)
    if wait is not None:
        minutes = max(1, -(-int(wait.total_seconds()) // 60))
        raise ValidationError(
            tr(
                "bootstrap",
                "Too many wrong recovery keys were typed on this computer. Wait %n minute(s) "
                "and try again; every try is kept in the audit trail.",
                n=minutes,
            )
        )
    try:
        store = open_with_recovery_key(data_dir, recovery_key, key_store=keys)
    except WrongKeyError:
        note_failed_unlock(data_dir, workstation_name(data_dir), now)
        raise
    _audit_unlocks(store, data_dir, succeeded=True)
    return store


def _audit_unlocks(store: Store, data_dir: Path, *, succeeded: bool) -> None:
    """Failed unlocks noted beside the store (and this one, if it succeeded) into the trail."""
    attempts = take_failed_unlocks(data_dir)
    if succeeded:
        attempts.append(UnlockAttempt(utc_now(), workstation_name(data_dir), succeeded=True))
    if not attempts:
        return
    try:
        record_unlock_attempts(lambda: SqlUnitOfWork(store.engine), attempts)
    except BaseException:
        store.close()
        raise
