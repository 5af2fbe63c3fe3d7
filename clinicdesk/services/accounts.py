"""Sign-in and user accounts: named logins only, throttled, locked after repeated failures.

The failure count lives in the ``users`` table, not in memory or in a timer, so neither
restarting the app nor turning the system clock back clears it; only a successful sign-in
or an unlock by a manager does. Unknown user names, wrong passwords, locked and disabled
accounts all get the same message, so the sign-in screen never confirms that a name exists.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.common import utc_now
from clinicdesk.domain.errors import AuthenticationError, NotFoundError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.security_settings import SecuritySettings
from clinicdesk.domain.users import Actor, Role, User
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.passwords import (
    UNUSABLE_HASH,
    check_password_policy,
    hash_password,
    needs_rehash,
    verify_password,
)
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.security import read_security_settings

UowFactory = Callable[[], UnitOfWork]

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True, slots=True)
class SignInPolicy:
    """How hard repeated failures are pushed back.

    After the n-th failure in a row for a typed name, the next attempt with that name
    waits ``delay_seconds * 2**(n-1)`` (at most ``max_delay_seconds``), whether or not an
    account has the name. When an account locks is the clinic's security setting
    ``sign_in_lock_after`` (in the store, changed by an administrator).
    """

    delay_seconds: float = 0.5
    max_delay_seconds: float = 8.0

    def delay_after(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return min(self.max_delay_seconds, self.delay_seconds * 2 ** (failures - 1))


DEFAULT_SIGN_IN_POLICY = SignInPolicy()
# Failure counts of names untried for this long are forgotten (an unlocked account's
# count lives on in the users table).
FORGET_FAILURES_AFTER = timedelta(days=1)


def sign_in_failed_message(settings: SecuritySettings) -> str:
    return (
        "Sign-in failed: the user name or password is wrong, or the account is locked or "
        f"disabled. After {settings.sign_in_lock_after} failed tries in a row an account "
        "locks; a practice manager can unlock it."
    )


def sign_in_name_key(name: str) -> str:
    """The key a typed name's failures are counted under (no name is stored as typed)."""
    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()


def _audit_name(name: str) -> str:
    """A typed name as the audit trail may hold it: bounded, and storable even when the
    terminal passed bytes that are not UTF-8."""
    return name[:MAX_AUDITED_NAME].encode("utf-8", "backslashreplace").decode("utf-8")


MAX_AUDITED_NAME = 80


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A user account as screens and the CLI show it (never the password hash)."""

    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    locked: bool
    failed_attempts: int
    provider_id: str | None


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        active=user.active,
        locked=user.locked,
        failed_attempts=user.failed_attempts,
        provider_id=user.provider_id,
    )


def _actor(user: User, workstation: str) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        workstation=workstation,
        provider_id=user.provider_id,
    )


def normalize_username(username: str) -> str:
    return username.strip().lower()


def check_username(username: str) -> str:
    """The user name as stored (trimmed, lower case), or a ValidationError saying why not."""
    name = normalize_username(username)
    if not _USERNAME.match(name):
        raise ValidationError(
            tr(
                "accounts",
                "A user name is 2 to 64 letters, digits, dots, dashes or underscores, starting "
                "with a letter or digit (for example 'j.lee'). Each person gets their own.",
            )
        )
    return name


# --- sign-in ---------------------------------------------------------------------------


def sign_in(
    uow_factory: UowFactory,
    username: str,
    password: str,
    workstation: str,
    *,
    policy: SignInPolicy = DEFAULT_SIGN_IN_POLICY,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], datetime] = utc_now,
) -> Actor:
    """The signed-in Actor, or ``AuthenticationError`` with one message for every failure.

    Every attempt does the same work whatever the name: the same wait (from the failures
    counted for the typed name, known or not), one argon2 verification (against a hash of
    today's parameters when there is no usable account) and one write. An account locks
    at the clinic's ``sign_in_lock_after`` failures in a row.
    """
    name = normalize_username(username)
    key = sign_in_name_key(name)
    # A name no account could have (too long, not text) is looked up as no name at all.
    lookup = name if _USERNAME.match(name) else ""
    with uow_factory().for_reading() as uow:
        user = uow.users.by_username(lookup)
        failures, last_failed = uow.security.failure_record(key)
        rules = read_security_settings(uow)
    # Outside any transaction: a throttled guesser must not hold the write lock.
    delay = policy.delay_after(failures)
    if delay:
        sleep(delay)
    now = clock()
    lock_over = _lock_over(rules, last_failed, now)
    usable = user is not None and user.active and (not user.locked or lock_over)
    checked_hash = user.password_hash if user is not None and usable else UNUSABLE_HASH
    password_ok = verify_password(checked_hash, password) and usable

    with uow_factory() as uow:
        # Re-read: another PC may have counted a failure or locked the account meanwhile.
        current = uow.users.get(user.id) if user is not None else None
        if (
            current is not None
            and password_ok
            and current.active
            and not current.deleted
            and (not current.locked or lock_over)
        ):
            uow.security.clear_failures(key)
            return _signed_in(uow, current, password, workstation)
        uow.security.count_failure(key, now)
        uow.security.forget_failures_before(now - FORGET_FAILURES_AFTER)
        if current is None:
            uow.audit.record_unidentified(
                _audit_name(name), workstation, AuditEvent.USER_SIGN_IN, outcome="failed"
            )
            uow.commit()
            raise AuthenticationError(sign_in_failed_message(rules))
        actor = _actor(current, workstation)
        if not current.active or current.deleted or (current.locked and not lock_over):
            outcome = "locked" if current.locked else "disabled"
            uow.audit.record(
                actor,
                AuditEvent.USER_SIGN_IN,
                object_type="user",
                object_id=current.id,
                outcome=outcome,
            )
            uow.commit()
            raise AuthenticationError(sign_in_failed_message(rules))
        failures_in_a_row = current.failed_attempts + 1
        lock_now = failures_in_a_row >= rules.sign_in_lock_after
        uow.users.update(
            replace(current, failed_attempts=failures_in_a_row, locked=lock_now, updated_at=now)
        )
        uow.audit.record(
            actor,
            AuditEvent.USER_SIGN_IN,
            object_type="user",
            object_id=current.id,
            outcome="failed",
        )
        if lock_now:
            uow.audit.record(actor, AuditEvent.USER_LOCK, object_type="user", object_id=current.id)
        uow.commit()
    raise AuthenticationError(sign_in_failed_message(rules))


def _lock_over(rules: SecuritySettings, last_failed: datetime | None, now: datetime) -> bool:
    """Whether a lock has run its course (never, when locks last until an unlock)."""
    if rules.sign_in_lock_minutes <= 0:
        return False
    if last_failed is None:
        return True
    return now - last_failed >= timedelta(minutes=rules.sign_in_lock_minutes)


def _signed_in(uow: UnitOfWork, user: User, password: str, workstation: str) -> Actor:
    updated = replace(user, failed_attempts=0, locked=False, updated_at=utc_now())
    if needs_rehash(user.password_hash):
        updated = replace(updated, password_hash=hash_password(password))
    if updated != replace(user, updated_at=updated.updated_at):
        uow.users.update(updated)
    actor = _actor(user, workstation)
    uow.audit.record(actor, AuditEvent.USER_SIGN_IN, object_type="user", object_id=user.id)
    uow.commit()
    return actor


@writes
def sign_out(ctx: ServiceContext) -> None:
    """Record that the user signed out (or was signed out by the idle lock's Sign out)."""
    with ctx.write() as uow:
        uow.audit.record(
            ctx.actor, AuditEvent.USER_SIGN_OUT, object_type="user", object_id=ctx.actor.user_id
        )
        uow.commit()


def create_first_admin(
    uow_factory: UowFactory,
    username: str,
    password: str,
    *,
    display_name: str = "",
    workstation: str = "",
) -> Actor:
    """The clinic's first administrator; refused once any user exists.

    Nobody is signed in yet, so there is no permission to check: the store has just been
    made by whoever holds its recovery key. Audited as the new administrator.
    """
    name = check_username(username)
    check_password_policy(password, username=name)
    password_hash = hash_password(password)
    with uow_factory() as uow:
        if uow.users.list():
            raise ValidationError(
                tr(
                    "accounts",
                    "This clinic already has user accounts; an administrator adds new ones.",
                )
            )
        admin = User(
            id=new_id(),
            username=name,
            display_name=display_name.strip() or name,
            role=Role.ADMIN,
            password_hash=password_hash,
            updated_at=utc_now(),
        )
        uow.users.add(admin)
        actor = _actor(admin, workstation)
        uow.audit.record(
            actor,
            AuditEvent.USER_CREATE,
            object_type="user",
            object_id=admin.id,
            fields=("username", "display_name", "role", "password"),
        )
        uow.commit()
    return actor


# --- account administration ---------------------------------------------------------------


@writes
def add_user(
    ctx: ServiceContext,
    username: str,
    display_name: str,
    role: Role | str,
    password: str,
    *,
    provider_id: str | None = None,
) -> UserInfo:
    authorize(ctx, Permission.MANAGE_USERS, AuditEvent.USER_CREATE)
    name = check_username(username)
    chosen_role = _role(role)
    check_password_policy(password, username=name)
    if chosen_role is Role.PROVIDER and not provider_id:
        raise ValidationError(tr(
            "accounts",
            "A provider account must be linked to a provider (--provider).",
        ))
    password_hash = hash_password(password)
    with ctx.write() as uow:
        _check_clinic_password_rules(uow, password, name)
        if uow.users.by_username(name) is not None:
            raise ValidationError(tr(
                "accounts",
                "The user name {name!r} is already taken.",
            ).format(name=name))
        if provider_id and uow.providers.get(provider_id) is None:
            raise NotFoundError(tr(
                "accounts",
                "There is no provider with id {provider_id}.",
            ).format(provider_id=provider_id))
        user = User(
            id=new_id(),
            username=name,
            display_name=display_name.strip() or name,
            role=chosen_role,
            password_hash=password_hash,
            updated_at=ctx.now(),
            provider_id=provider_id if chosen_role is Role.PROVIDER else None,
        )
        uow.users.add(user)
        uow.audit.record(
            ctx.actor,
            AuditEvent.USER_CREATE,
            object_type="user",
            object_id=user.id,
            fields=("username", "display_name", "role", "password"),
        )
        uow.commit()
    return _info(user)


@reads
def list_users(ctx: ServiceContext) -> list[UserInfo]:
    authorize(ctx, Permission.VIEW_USERS, AuditEvent.USER_LIST)
    with ctx.read() as uow:
        return [_info(user) for user in uow.users.list()]


@writes
def disable_user(ctx: ServiceContext, username: str) -> UserInfo:
    """Stop an account signing in (people leave; accounts are never deleted: the audit
    trail still names them)."""
    authorize(ctx, Permission.MANAGE_USERS, AuditEvent.USER_DISABLE)
    with ctx.write() as uow:
        user = _existing(uow, username)
        if user.id == ctx.actor.user_id:
            raise ValidationError(tr("accounts", "You cannot disable your own account."))
        _keep_an_admin(uow, user, still_admin=False)
        return _save(ctx, uow, replace(user, active=False), AuditEvent.USER_DISABLE, ("active",))


@writes
def enable_user(ctx: ServiceContext, username: str) -> UserInfo:
    authorize(ctx, Permission.MANAGE_USERS, AuditEvent.USER_ENABLE)
    with ctx.write() as uow:
        user = _existing(uow, username)
        return _save(ctx, uow, replace(user, active=True), AuditEvent.USER_ENABLE, ("active",))


@writes
def unlock_user(ctx: ServiceContext, username: str) -> UserInfo:
    """Clear a lock (and the failure count) after checking who is asking, e.g. by phone."""
    authorize(ctx, Permission.UNLOCK_ACCOUNTS, AuditEvent.USER_UNLOCK)
    with ctx.write() as uow:
        user = _existing(uow, username)
        unlocked = replace(user, locked=False, failed_attempts=0)
        return _save(ctx, uow, unlocked, AuditEvent.USER_UNLOCK, ("locked", "failed_attempts"))


@writes
def set_role(
    ctx: ServiceContext, username: str, role: Role | str, *, provider_id: str | None = None
) -> UserInfo:
    authorize(ctx, Permission.MANAGE_USERS, AuditEvent.USER_ROLE_CHANGE)
    chosen = _role(role)
    with ctx.write() as uow:
        user = _existing(uow, username)
        _keep_an_admin(uow, user, still_admin=chosen is Role.ADMIN)
        link = provider_id or user.provider_id
        if chosen is Role.PROVIDER and not link:
            raise ValidationError(tr(
                "accounts",
                "A provider account must be linked to a provider.",
            ))
        if chosen is Role.PROVIDER and link and uow.providers.get(link) is None:
            raise NotFoundError(tr(
                "accounts",
                "There is no provider with id {link}.",
            ).format(link=link))
        changed = replace(user, role=chosen, provider_id=link if chosen is Role.PROVIDER else None)
        return _save(ctx, uow, changed, AuditEvent.USER_ROLE_CHANGE, ("role", "provider_id"))


@writes
def reset_password(ctx: ServiceContext, username: str, new_password: str) -> UserInfo:
    """An administrator sets a new password for someone who forgot theirs (also unlocks)."""
    authorize(ctx, Permission.MANAGE_USERS, AuditEvent.USER_PASSWORD_RESET)
    name = normalize_username(username)
    check_password_policy(new_password, username=name)
    password_hash = hash_password(new_password)
    with ctx.write() as uow:
        _check_clinic_password_rules(uow, new_password, name)
        user = _existing(uow, name)
        changed = replace(user, password_hash=password_hash, locked=False, failed_attempts=0)
        return _save(ctx, uow, changed, AuditEvent.USER_PASSWORD_RESET, ("password", "locked"))


@writes
def change_own_password(ctx: ServiceContext, current_password: str, new_password: str) -> None:
    """Every signed-in user may change their own password, proving the current one."""
    check_password_policy(new_password, username=ctx.actor.username)
    with ctx.write() as uow:
        user = uow.users.get(ctx.actor.user_id)
        if user is None or not verify_password(user.password_hash, current_password):
            uow.audit.record(
                ctx.actor,
                AuditEvent.USER_PASSWORD_CHANGE,
                object_type="user",
                object_id=ctx.actor.user_id,
                outcome="failed",
            )
            uow.commit()
            raise AuthenticationError(tr(
                "accounts",
                "The current password is wrong; nothing was changed.",
            ))
        _check_clinic_password_rules(uow, new_password, ctx.actor.username)
        changed = replace(user, password_hash=hash_password(new_password))
        _save(ctx, uow, changed, AuditEvent.USER_PASSWORD_CHANGE, ("password",))


# --- helpers -------------------------------------------------------------------------------


def _check_clinic_password_rules(uow: UnitOfWork, password: str, username: str) -> None:
    """The clinic's own password length (its security settings), checked inside the
    transaction that stores the password, so a rule changed meanwhile still applies."""
    rules = read_security_settings(uow)
    check_password_policy(password, username=username, min_length=rules.password_min_length)


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        known = ", ".join(item.value for item in Role)
        raise ValidationError(tr(
            "accounts",
            "Unknown role {role!r}; choose one of: {known}.",
        ).format(role=role, known=known)) from None


def _existing(uow: UnitOfWork, username: str) -> User:
    user = uow.users.by_username(normalize_username(username))
    if user is None:
        raise NotFoundError(tr(
            "accounts",
            "There is no user named {normalize_username!r}.",
        ).format(normalize_username=normalize_username(username)))
    return user


def _keep_an_admin(uow: UnitOfWork, user: User, *, still_admin: bool) -> None:
    """Refuse a change that would leave no active administrator to manage accounts."""
    if user.role is not Role.ADMIN or still_admin or not user.active:
        return
    others = [u for u in uow.users.list() if u.role is Role.ADMIN and u.active and u.id != user.id]
    if not others:
        raise ValidationError(
            tr(
                "accounts",
                "{username} is the only active administrator; add another one first.",
            ).format(username=user.username)
        )


def _save(
    ctx: ServiceContext, uow: UnitOfWork, user: User, event: str, fields: tuple[str, ...]
) -> UserInfo:
    user = replace(user, updated_at=ctx.now())
    uow.users.update(user)
    uow.audit.record(ctx.actor, event, object_type="user", object_id=user.id, fields=fields)
    uow.commit()
    return _info(user)
