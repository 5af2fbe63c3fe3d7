"""Sign-in and user accounts: named logins only, throttled, locked after repeated failures.

The failure count lives in the ``users`` table, not in memory or in a timer, so neither
restarting the app nor turning the system clock back clears it; only a successful sign-in
or an unlock by a manager does. Unknown user names, wrong passwords, locked and disabled
accounts all get the same message, so the sign-in screen never confirms that a name exists.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.common import utc_now
from clinicdesk.domain.errors import AuthenticationError, NotFoundError, ValidationError
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.users import Actor, Role, User
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.passwords import (
    burn_verification_time,
    check_password_policy,
    hash_password,
    needs_rehash,
    verify_password,
)
from clinicdesk.services.ports import UnitOfWork

UowFactory = Callable[[], UnitOfWork]

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True, slots=True)
class SignInPolicy:
    """How hard repeated failures are pushed back.

    After the n-th failure in a row the next attempt waits ``delay_seconds * 2**(n-1)``
    (at most ``max_delay_seconds``); after ``lock_after`` failures the account locks.
    """

    lock_after: int = 5
    delay_seconds: float = 0.5
    max_delay_seconds: float = 8.0

    def delay_after(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return min(self.max_delay_seconds, self.delay_seconds * 2 ** (failures - 1))


DEFAULT_SIGN_IN_POLICY = SignInPolicy()


def sign_in_failed_message(policy: SignInPolicy) -> str:
    return (
        "Sign-in failed: the user name or password is wrong, or the account is locked or "
        f"disabled. After {policy.lock_after} failed tries in a row an account locks; "
        "a practice manager can unlock it."
    )


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
            "A user name is 2 to 64 letters, digits, dots, dashes or underscores, starting "
            "with a letter or digit (for example 'j.lee'). Each person gets their own."
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
) -> Actor:
    """The signed-in Actor, or ``AuthenticationError`` with one message for every failure.

    Waits before checking when the account has recent failures (the wait grows with
    each one), and locks the account at ``policy.lock_after`` failures in a row.
    """
    name = normalize_username(username)
    with uow_factory() as uow:
        user = uow.users.by_username(name)
    if user is not None and user.failed_attempts and not user.locked:
        # Outside any transaction: a throttled guesser must not hold the write lock.
        sleep(policy.delay_after(user.failed_attempts))
    usable = user is not None and user.active and not user.locked
    if user is not None and usable:
        password_ok = verify_password(user.password_hash, password)
    else:
        burn_verification_time(password)
        password_ok = False

    with uow_factory() as uow:
        # Re-read: another PC may have counted a failure or locked the account meanwhile.
        current = uow.users.get(user.id) if user is not None else None
        if current is None:
            uow.audit.record_unidentified(
                name, workstation, AuditEvent.USER_SIGN_IN, outcome="failed"
            )
            uow.commit()
            raise AuthenticationError(sign_in_failed_message(policy))
        actor = _actor(current, workstation)
        if not current.active or current.locked or current.deleted:
            outcome = "locked" if current.locked else "disabled"
            uow.audit.record(
                actor,
                AuditEvent.USER_SIGN_IN,
                object_type="user",
                object_id=current.id,
                outcome=outcome,
            )
            uow.commit()
            raise AuthenticationError(sign_in_failed_message(policy))
        if password_ok:
            updated = replace(current, failed_attempts=0, updated_at=utc_now())
            if needs_rehash(current.password_hash):
                updated = replace(updated, password_hash=hash_password(password))
            if updated.failed_attempts != current.failed_attempts or (
                updated.password_hash != current.password_hash
            ):
                uow.users.update(updated)
            uow.audit.record(
                actor, AuditEvent.USER_SIGN_IN, object_type="user", object_id=current.id
            )
            uow.commit()
            return actor
        failures = current.failed_attempts + 1
        lock_now = failures >= policy.lock_after
        uow.users.update(
            replace(current, failed_attempts=failures, locked=lock_now, updated_at=utc_now())
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
    raise AuthenticationError(sign_in_failed_message(policy))


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
                "This clinic already has user accounts; an administrator adds new ones."
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
        raise ValidationError("A provider account must be linked to a provider (--provider).")
    password_hash = hash_password(password)
    with ctx.write() as uow:
        if uow.users.by_username(name) is not None:
            raise ValidationError(f"The user name {name!r} is already taken.")
        if provider_id and uow.providers.get(provider_id) is None:
            raise NotFoundError(f"There is no provider with id {provider_id}.")
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
            raise ValidationError("You cannot disable your own account.")
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
            raise ValidationError("A provider account must be linked to a provider.")
        if chosen is Role.PROVIDER and link and uow.providers.get(link) is None:
            raise NotFoundError(f"There is no provider with id {link}.")
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
            raise AuthenticationError("The current password is wrong; nothing was changed.")
        changed = replace(user, password_hash=hash_password(new_password))
        _save(ctx, uow, changed, AuditEvent.USER_PASSWORD_CHANGE, ("password",))


# --- helpers -------------------------------------------------------------------------------


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        known = ", ".join(item.value for item in Role)
        raise ValidationError(f"Unknown role {role!r}; choose one of: {known}.") from None


def _existing(uow: UnitOfWork, username: str) -> User:
    user = uow.users.by_username(normalize_username(username))
    if user is None:
        raise NotFoundError(f"There is no user named {normalize_username(username)!r}.")
    return user


def _keep_an_admin(uow: UnitOfWork, user: User, *, still_admin: bool) -> None:
    """Refuse a change that would leave no active administrator to manage accounts."""
    if user.role is not Role.ADMIN or still_admin or not user.active:
        return
    others = [u for u in uow.users.list() if u.role is Role.ADMIN and u.active and u.id != user.id]
    if not others:
        raise ValidationError(
            f"{user.username} is the only active administrator; add another one first."
        )


def _save(
    ctx: ServiceContext, uow: UnitOfWork, user: User, event: str, fields: tuple[str, ...]
) -> UserInfo:
    user = replace(user, updated_at=ctx.now())
    uow.users.update(user)
    uow.audit.record(ctx.actor, event, object_type="user", object_id=user.id, fields=fields)
    uow.commit()
    return _info(user)
