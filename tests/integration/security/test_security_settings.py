"""The clinic's security settings: in the store, changed by an administrator only,
audited, bounded, and obeyed by sign-in and password changes on every PC."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, text

from clinicdesk.domain.errors import AuthenticationError, PermissionDeniedError, ValidationError
from clinicdesk.domain.security_settings import SECURITY_OPTIONS, SecuritySettings
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import accounts
from clinicdesk.services.accounts import SignInPolicy, create_first_admin, sign_in
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.security import change_security_setting, security_settings
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork

PASSWORD = "staple horse battery"
NO_WAIT = SignInPolicy(delay_seconds=0.0, max_delay_seconds=0.0)
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_test_engine(tmp_path_factory.mktemp("security") / "clinic.db")
    yield engine
    engine.dispose()


@pytest.fixture
def uow_factory(engine: Engine) -> Callable[[], SqlUnitOfWork]:
    return lambda: SqlUnitOfWork(engine)


@pytest.fixture
def admin(uow_factory: Callable[[], SqlUnitOfWork]) -> ServiceContext:
    actor = create_first_admin(uow_factory, "ada", PASSWORD)
    ctx = ServiceContext(uow_factory=uow_factory, actor=actor)  # type: ignore[arg-type]
    accounts.add_user(ctx, "mary", "Mary", Role.MANAGER, PASSWORD)
    accounts.add_user(ctx, "rita", "Rita", Role.RECEPTIONIST, PASSWORD)
    return ctx


def _as(admin: ServiceContext, role: Role) -> ServiceContext:
    actor = Actor(f"u-{role.value}", role.value, role, "pc")
    return ServiceContext(uow_factory=admin.uow_factory, actor=actor)


def _stored(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name, value FROM security_settings ORDER BY name"))
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _last_audit(engine: Engine) -> tuple[str, str, str, str]:
    with engine.connect() as connection:
        row = connection.execute(
            text('SELECT "user", event, object_id, outcome FROM audit_log ORDER BY seq DESC')
        ).first()
    assert row is not None
    return tuple(row)  # type: ignore[return-value]


def test_the_administrator_changes_a_setting_and_it_is_audited(
    admin: ServiceContext, engine: Engine
) -> None:
    changed = change_security_setting(admin, "sign_in_lock_after", "3")
    assert changed.sign_in_lock_after == 3
    assert _stored(engine) == [("sign_in_lock_after", "3")]
    assert _last_audit(engine) == ("ada", "security.setting_change", "sign_in_lock_after", "ok")
    # Anyone signed in may read them (the window's idle lock does).
    settings, problems = security_settings(_as(admin, Role.RECEPTIONIST))
    assert settings.sign_in_lock_after == 3 and problems == []


@pytest.mark.parametrize("role", [Role.MANAGER, Role.RECEPTIONIST, Role.PROVIDER])
def test_no_one_else_changes_them(admin: ServiceContext, engine: Engine, role: Role) -> None:
    with pytest.raises(PermissionDeniedError):
        change_security_setting(_as(admin, role), "sign_in_lock_after", "1000000")
    assert _stored(engine) == []
    assert _last_audit(engine)[1:] == ("security.setting_change", "", "denied")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("sign_in_lock_after", "1000000"),
        ("sign_in_lock_after", "0"),
        ("sign_in_lock_after", "2"),
        ("sign_in_lock_after", "-3"),
        ("sign_in_lock_after", "five"),
        ("sign_in_lock_after", "５"),  # a full-width digit is not a plain number
        ("sign_in_lock_after", "3\x00"),
        ("idle_lock_minutes", "0"),
        ("idle_lock_minutes", "61"),
        ("password_min_length", "7"),
        ("sign_in_lock_minutes", "99999999999999999999999"),
        ("no_such_setting", "3"),
    ],
)
def test_values_out_of_bounds_are_refused_and_nothing_changes(
    admin: ServiceContext, engine: Engine, name: str, value: str
) -> None:
    with pytest.raises(ValidationError):
        change_security_setting(admin, name, value)
    assert _stored(engine) == []


def test_every_option_is_documented_and_bounded() -> None:
    defaults = SecuritySettings().as_dict()
    assert [option.name for option in SECURITY_OPTIONS] == list(defaults)
    for option in SECURITY_OPTIONS:
        assert option.description and option.unit
        assert option.minimum <= option.default == defaults[option.name] <= option.maximum


def test_sign_in_locks_at_the_clinics_threshold(
    admin: ServiceContext, uow_factory: Callable[[], SqlUnitOfWork]
) -> None:
    change_security_setting(admin, "sign_in_lock_after", 3)
    for _ in range(3):
        with pytest.raises(AuthenticationError, match="After 3 failed tries"):
            sign_in(uow_factory, "rita", "wrong guess!", "pc", policy=NO_WAIT)
    with pytest.raises(AuthenticationError):
        sign_in(uow_factory, "rita", PASSWORD, "pc", policy=NO_WAIT)


def test_a_lock_with_a_duration_ends_by_itself(
    admin: ServiceContext, uow_factory: Callable[[], SqlUnitOfWork]
) -> None:
    change_security_setting(admin, "sign_in_lock_after", 3)
    change_security_setting(admin, "sign_in_lock_minutes", 15)
    for minute in range(3):
        with pytest.raises(AuthenticationError):
            sign_in(
                uow_factory,
                "rita",
                "wrong guess!",
                "pc",
                policy=NO_WAIT,
                clock=lambda minute=minute: START + timedelta(minutes=minute),
            )
    with pytest.raises(AuthenticationError):
        sign_in(
            uow_factory,
            "rita",
            PASSWORD,
            "pc",
            policy=NO_WAIT,
            clock=lambda: START + timedelta(minutes=10),
        )
    # A try while locked starts the quarter of an hour again (from minute 10).
    with pytest.raises(AuthenticationError):
        sign_in(
            uow_factory,
            "rita",
            PASSWORD,
            "pc",
            policy=NO_WAIT,
            clock=lambda: START + timedelta(minutes=24),
        )
    actor = sign_in(
        uow_factory,
        "rita",
        PASSWORD,
        "pc",
        policy=NO_WAIT,
        clock=lambda: START + timedelta(minutes=40),
    )
    assert actor.username == "rita"
    with uow_factory() as uow:
        rita = uow.users.by_username("rita")
    assert rita is not None and not rita.locked and rita.failed_attempts == 0


def test_new_passwords_follow_the_clinics_length(admin: ServiceContext) -> None:
    change_security_setting(admin, "password_min_length", 24)
    with pytest.raises(ValidationError, match="at least 24"):
        accounts.add_user(admin, "sam", "Sam", Role.RECEPTIONIST, "quite long but short")
    with pytest.raises(ValidationError, match="at least 24"):
        accounts.reset_password(admin, "rita", "quite long but short")
    accounts.add_user(admin, "sam", "Sam", Role.RECEPTIONIST, "a much longer pass phrase here")


def test_a_value_edited_by_hand_in_the_store_falls_back_to_its_default(
    admin: ServiceContext, engine: Engine, uow_factory: Callable[[], SqlUnitOfWork]
) -> None:
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO security_settings VALUES ('sign_in_lock_after', '1000000', 0)")
        )
    settings, problems = security_settings(admin)
    assert settings.sign_in_lock_after == SecuritySettings().sign_in_lock_after
    assert problems and "from 3 to 20" in problems[0]
    for _ in range(SecuritySettings().sign_in_lock_after):
        with pytest.raises(AuthenticationError):
            sign_in(uow_factory, "rita", "wrong guess!", "pc", policy=NO_WAIT)
    with uow_factory() as uow:
        rita = uow.users.by_username("rita")
    assert rita is not None and rita.locked
