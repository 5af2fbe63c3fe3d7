"""Accounts: password policy, argon2id parameters, sign-in throttling and locking."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from argon2 import extract_parameters
from argon2.low_level import Type

from clinicdesk.domain.audit import AuditQuery
from clinicdesk.domain.common import utc_now
from clinicdesk.domain.errors import AuthenticationError, PermissionDeniedError, ValidationError
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import accounts
from clinicdesk.services.accounts import SignInPolicy, create_first_admin, sign_in
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.passwords import (
    MAX_PASSWORD_LENGTH,
    check_password_policy,
    hash_password,
    verify_password,
)
from clinicdesk.store.uow import SqlUnitOfWork

GOOD_PASSWORD = "staple horse battery"
NO_WAIT = SignInPolicy(delay_seconds=0.0, max_delay_seconds=0.0)
LOCK_AFTER = 3


def _set_lock_after(uow_factory: Callable[[], SqlUnitOfWork], count: int) -> None:
    with uow_factory() as uow:
        uow.security.save_setting("sign_in_lock_after", str(count), utc_now())
        uow.commit()


@pytest.fixture
def uow_factory(test_engine: object) -> Callable[[], SqlUnitOfWork]:
    factory = lambda: SqlUnitOfWork(test_engine)  # type: ignore[arg-type]  # noqa: E731
    _set_lock_after(factory, LOCK_AFTER)
    return factory


@pytest.fixture
def admin(uow_factory: Callable[[], SqlUnitOfWork]) -> Actor:
    return create_first_admin(uow_factory, "Ada", GOOD_PASSWORD, workstation="desk-1")


def _context(uow_factory: Callable[[], SqlUnitOfWork], actor: Actor) -> ServiceContext:
    return ServiceContext(uow_factory=uow_factory, actor=actor)  # type: ignore[arg-type]


def _user(uow_factory: Callable[[], SqlUnitOfWork], name: str):  # type: ignore[no-untyped-def]
    with uow_factory() as uow:
        return uow.users.by_username(name)


# --- policy -------------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["short", "1234567", "seven77"])
def test_passwords_under_eight_characters_are_refused(password: str) -> None:
    with pytest.raises(ValidationError, match="at least 8"):
        check_password_policy(password)


def test_long_passphrases_up_to_at_least_64_characters_are_accepted() -> None:
    check_password_policy("a" * 3 + " quiet river under the old stone bridge at dawn" + "z" * 14)
    check_password_policy("x" * 64 + "y" * (MAX_PASSWORD_LENGTH - 64))
    with pytest.raises(ValidationError, match="too long"):
        check_password_policy("x" * (MAX_PASSWORD_LENGTH + 1))


@pytest.mark.parametrize("password", ["password", "Password1", "12345678", "QWERTY123", "iloveyou"])
def test_common_passwords_are_refused_whatever_their_case(password: str) -> None:
    with pytest.raises(ValidationError, match="commonly used"):
        check_password_policy(password)


@pytest.mark.parametrize("password", ["alllowercaseletters", "87295103648", "no digits or caps"])
def test_no_composition_rules(password: str) -> None:
    check_password_policy(password)  # no "must contain a digit / capital / symbol"


def test_password_equal_to_user_name_is_refused() -> None:
    with pytest.raises(ValidationError, match="user name"):
        check_password_policy("J.Lee-front", username="j.lee-front")


# --- hashing ------------------------------------------------------------------------------


def test_hashes_are_argon2id_with_at_least_the_required_cost() -> None:
    encoded = hash_password(GOOD_PASSWORD)
    parameters = extract_parameters(encoded)
    assert parameters.type is Type.ID
    assert parameters.time_cost >= 2
    assert parameters.memory_cost >= 19 * 1024  # KiB
    assert GOOD_PASSWORD not in encoded
    assert hash_password(GOOD_PASSWORD) != encoded  # salted
    assert verify_password(encoded, GOOD_PASSWORD)
    assert not verify_password(encoded, GOOD_PASSWORD + "!")


def test_unicode_passwords_match_across_normalisation_forms() -> None:
    composed = "café au lait please"
    decomposed = "cafe\u0301 au lait please"
    assert verify_password(hash_password(composed), decomposed)


# --- sign-in ------------------------------------------------------------------------------


def test_sign_in_returns_the_actor_and_is_audited(
    uow_factory: Callable[[], SqlUnitOfWork], admin: Actor
) -> None:
    actor = sign_in(uow_factory, " ADA ", GOOD_PASSWORD, "desk-2", policy=NO_WAIT)
    assert actor == Actor(admin.user_id, "ada", Role.ADMIN, "desk-2")
    with uow_factory() as uow:
        last = uow.audit.entries(AuditQuery(limit=1))[0]
    assert (last.event, last.user, last.workstation, last.outcome) == (
        "user.sign_in",
        "ada",
        "desk-2",
        "ok",
    )


def test_unknown_user_and_wrong_password_get_the_same_message(
    uow_factory: Callable[[], SqlUnitOfWork], admin: Actor
) -> None:
    with pytest.raises(AuthenticationError) as unknown:
        sign_in(uow_factory, "nobody", GOOD_PASSWORD, "desk-1", policy=NO_WAIT)
    with pytest.raises(AuthenticationError) as wrong:
        sign_in(uow_factory, "ada", "not the password", "desk-1", policy=NO_WAIT)
    assert unknown.value.message == wrong.value.message
    with uow_factory() as uow:
        rows = uow.audit.entries(AuditQuery(event="user.sign_in", outcome="failed"))
    assert {row.user for row in rows} == {"nobody", "ada"}


def test_failures_are_throttled_with_a_growing_wait(
    uow_factory: Callable[[], SqlUnitOfWork], admin: Actor
) -> None:
    waits: list[float] = []
    _set_lock_after(uow_factory, 10)
    policy = SignInPolicy(delay_seconds=0.5, max_delay_seconds=2.0)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            sign_in(uow_factory, "ada", "wrong guess!", "d", policy=policy, sleep=waits.append)
    assert waits == [0.5, 1.0, 2.0, 2.0]  # none before the first failure, capped at 2 s
    sign_in(uow_factory, "ada", GOOD_PASSWORD, "d", policy=policy, sleep=waits.append)
    assert _user(uow_factory, "ada").failed_attempts == 0


def test_account_locks_after_the_configured_count_and_stays_locked_after_restart(
    uow_factory: Callable[[], SqlUnitOfWork], test_engine: object, admin: Actor
) -> None:
    for _ in range(LOCK_AFTER):
        with pytest.raises(AuthenticationError):
            sign_in(uow_factory, "ada", "wrong guess!", "d", policy=NO_WAIT)
    # "Restart": every connection closed, new units of work on new connections; only
    # what is in the file is left.
    test_engine.dispose()  # type: ignore[attr-defined]

    def fresh() -> SqlUnitOfWork:
        return SqlUnitOfWork(test_engine)  # type: ignore[arg-type]

    with pytest.raises(AuthenticationError) as locked:
        sign_in(fresh, "ada", GOOD_PASSWORD, "d", policy=NO_WAIT)
    with pytest.raises(AuthenticationError) as wrong:
        sign_in(fresh, "ada", "wrong guess!", "d", policy=NO_WAIT)
    assert locked.value.message == wrong.value.message  # locking does not confirm the name
    stored = _user(fresh, "ada")
    assert stored.locked and stored.failed_attempts == LOCK_AFTER
    with fresh() as uow:
        events = [(e.event, e.outcome) for e in uow.audit.entries(AuditQuery(event="user."))]
    assert ("user.lock", "ok") in events
    assert ("user.sign_in", "locked") in events


def test_lock_does_not_expire_when_the_clock_moves(
    uow_factory: Callable[[], SqlUnitOfWork], admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(LOCK_AFTER):
        with pytest.raises(AuthenticationError):
            sign_in(uow_factory, "ada", "wrong guess!", "d", policy=NO_WAIT)
    from datetime import UTC, datetime

    later = datetime(2099, 1, 1, tzinfo=UTC)
    with pytest.raises(AuthenticationError):
        sign_in(uow_factory, "ada", GOOD_PASSWORD, "d", policy=NO_WAIT, clock=lambda: later)


def test_manager_unlocks_and_the_user_signs_in_again(
    uow_factory: Callable[[], SqlUnitOfWork], admin: Actor
) -> None:
    admin_ctx = _context(uow_factory, admin)
    accounts.add_user(admin_ctx, "m.jones", "Mary Jones", Role.MANAGER, "manager passphrase")
    accounts.add_user(admin_ctx, "r.smith", "Rita Smith", "receptionist", "front desk words")
    for _ in range(LOCK_AFTER):
        with pytest.raises(AuthenticationError):
            sign_in(uow_factory, "r.smith", "wrong guess!", "d", policy=NO_WAIT)
    manager = sign_in(uow_factory, "m.jones", "manager passphrase", "d", policy=NO_WAIT)
    receptionist_ctx = _context(uow_factory, manager)
    info = accounts.unlock_user(receptionist_ctx, "r.smith")
    assert not info.locked and info.failed_attempts == 0
    assert sign_in(uow_factory, "r.smith", "front desk words", "d", policy=NO_WAIT).role is (
        Role.RECEPTIONIST
    )


def test_disabled_accounts_cannot_sign_in(
    uow_factory: Callable[[], SqlUnitOfWork], admin: Actor
) -> None:
    ctx = _context(uow_factory, admin)
    accounts.add_user(ctx, "old.staff", "Former", Role.RECEPTIONIST, "leaving the clinic")
    accounts.disable_user(ctx, "old.staff")
    with pytest.raises(AuthenticationError):
        sign_in(uow_factory, "old.staff", "leaving the clinic", "d", policy=NO_WAIT)
    accounts.enable_user(ctx, "old.staff")
    sign_in(uow_factory, "old.staff", "leaving the clinic", "d", policy=NO_WAIT)


def test_user_administration_rules(uow_factory: Callable[[], SqlUnitOfWork], admin: Actor) -> None:
    ctx = _context(uow_factory, admin)
    with pytest.raises(ValidationError, match="already taken"):
        accounts.add_user(ctx, "ADA", "Again", Role.ADMIN, "another passphrase")
    with pytest.raises(ValidationError, match="user name"):
        accounts.add_user(ctx, "two words", "X", Role.ADMIN, "another passphrase")
    with pytest.raises(ValidationError, match="commonly used"):
        accounts.add_user(ctx, "bob", "Bob", Role.RECEPTIONIST, "password123")
    with pytest.raises(ValidationError, match="own account"):
        accounts.disable_user(ctx, "ada")
    with pytest.raises(ValidationError, match="only active administrator"):
        accounts.set_role(ctx, "ada", Role.MANAGER)
    listed = accounts.list_users(ctx)
    assert [(u.username, u.role) for u in listed] == [("ada", Role.ADMIN)]
    assert not hasattr(listed[0], "password_hash")


def test_receptionist_cannot_add_users(
    uow_factory: Callable[[], SqlUnitOfWork], admin: Actor
) -> None:
    accounts.add_user(
        _context(uow_factory, admin), "r.smith", "R", "receptionist", "front desk words"
    )
    receptionist = sign_in(uow_factory, "r.smith", "front desk words", "d", policy=NO_WAIT)
    with pytest.raises(PermissionDeniedError):
        accounts.add_user(
            _context(uow_factory, receptionist), "x.y", "X", Role.ADMIN, "sneaky admin maker"
        )
    assert _user(uow_factory, "x.y") is None


def test_change_own_password_needs_the_current_one(
    uow_factory: Callable[[], SqlUnitOfWork], admin: Actor
) -> None:
    ctx = _context(uow_factory, admin)
    with pytest.raises(AuthenticationError):
        accounts.change_own_password(ctx, "not it at all", "a brand new phrase")
    accounts.change_own_password(ctx, GOOD_PASSWORD, "a brand new phrase")
    sign_in(uow_factory, "ada", "a brand new phrase", "d", policy=NO_WAIT)
    with pytest.raises(AuthenticationError):
        sign_in(uow_factory, "ada", GOOD_PASSWORD, "d", policy=NO_WAIT)


def test_first_admin_only_once(uow_factory: Callable[[], SqlUnitOfWork], admin: Actor) -> None:
    with pytest.raises(ValidationError, match="already has user accounts"):
        create_first_admin(uow_factory, "eve", "another long phrase")


def test_the_stand_in_hash_for_unknown_names_costs_what_a_real_one_does() -> None:
    """An unknown name is checked against UNUSABLE_HASH: with weaker parameters than the
    hasher's, a failed sign-in would be faster for names that do not exist."""
    from clinicdesk.services.passwords import UNUSABLE_HASH, needs_rehash

    assert not needs_rehash(UNUSABLE_HASH)
    assert not verify_password(UNUSABLE_HASH, "")
    assert not verify_password(UNUSABLE_HASH, "clinicdesk: no such user, no such password ")
