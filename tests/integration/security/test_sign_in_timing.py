"""An account name cannot be learned from how long a failed sign-in takes.

Rather than time anything, the test watches the work itself on a real store: how many
argon2 verifications each attempt makes (and with which hash parameters), how long it
is told to wait, and how many store writes it commits. A known name, an unknown name,
a locked account and a disabled one must match attempt for attempt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import extract_parameters
from sqlalchemy import Engine, event

from clinicdesk.domain.errors import AuthenticationError
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import accounts, passwords
from clinicdesk.services.accounts import SignInPolicy, create_first_admin, sign_in
from clinicdesk.services.context import ServiceContext
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork

PASSWORD = "staple horse battery"
POLICY = SignInPolicy(delay_seconds=0.5, max_delay_seconds=8.0)
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@dataclass
class Work:
    """What one sign-in attempt did."""

    verifications: list[object] = field(default_factory=list)  # argon2 parameters used
    waits: list[float] = field(default_factory=list)
    writes: int = 0


@pytest.fixture
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_test_engine(tmp_path_factory.mktemp("timing") / "clinic.db")
    yield engine
    engine.dispose()


@pytest.fixture
def uow_factory(engine: Engine) -> Callable[[], SqlUnitOfWork]:
    factory = lambda: SqlUnitOfWork(engine)  # noqa: E731
    admin = create_first_admin(factory, "ada", PASSWORD)
    ctx = ServiceContext(uow_factory=factory, actor=admin)  # type: ignore[arg-type]
    accounts.add_user(ctx, "reception", "Front desk", Role.RECEPTIONIST, PASSWORD)
    accounts.add_user(ctx, "leaver", "Gone", Role.RECEPTIONIST, PASSWORD)
    accounts.disable_user(ctx, "leaver")
    return factory


def _attempts(
    uow_factory: Callable[[], SqlUnitOfWork],
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    count: int,
) -> list[tuple[tuple[object, ...], tuple[float, ...], int]]:
    """Run ``count`` wrong-password sign-ins as ``name``; what each one did."""
    done: list[tuple[tuple[object, ...], tuple[float, ...], int]] = []
    real_verify = passwords.verify_password
    for attempt in range(count):
        work = Work()

        def verify(password_hash: str, password: str, work: Work = work) -> bool:
            work.verifications.append(extract_parameters(password_hash))
            return real_verify(password_hash, password)

        def count_commit(_connection: object, work: Work = work) -> None:
            work.writes += 1

        monkeypatch.setattr(accounts, "verify_password", verify)
        event.listen(engine, "commit", count_commit)
        try:
            with pytest.raises(AuthenticationError):
                sign_in(
                    uow_factory,
                    name,
                    "not the password",
                    "pc",
                    policy=POLICY,
                    sleep=work.waits.append,
                    clock=lambda attempt=attempt: START + timedelta(seconds=attempt),
                )
        finally:
            event.remove(engine, "commit", count_commit)
        done.append((tuple(work.verifications), tuple(work.waits), work.writes))
    return done


def test_known_unknown_locked_and_disabled_names_do_the_same_work(
    uow_factory: Callable[[], SqlUnitOfWork],
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Eight tries each: past the lock at five, so a locked account is compared too.
    known = _attempts(uow_factory, engine, monkeypatch, "reception", 8)
    unknown = _attempts(uow_factory, engine, monkeypatch, "no.such.person", 8)
    disabled = _attempts(uow_factory, engine, monkeypatch, "leaver", 8)
    assert known == unknown == disabled
    verifications, waits, writes = zip(*known, strict=True)
    # One argon2 verification each time, with today's parameters...
    today = extract_parameters(passwords.hash_password(PASSWORD))
    assert all(v == (today,) for v in verifications)
    # ...the same growing wait, starting after the first failure...
    assert [sum(w) for w in waits] == [0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    # ...and one committed write per attempt.
    assert set(writes) == {1}
    with uow_factory() as uow:
        reception = uow.users.by_username("reception")
    assert reception is not None and reception.locked


def test_an_unknown_names_wait_survives_a_restart(
    uow_factory: Callable[[], SqlUnitOfWork], engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each command-line run is a new process: the count lives in the store."""
    _attempts(uow_factory, engine, monkeypatch, "guess", 3)
    engine.dispose()
    again = _attempts(uow_factory, engine, monkeypatch, "guess", 1)
    assert again[0][1] == (2.0,)


def test_a_right_password_clears_the_names_count(
    uow_factory: Callable[[], SqlUnitOfWork], engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _attempts(uow_factory, engine, monkeypatch, "reception", 2)
    actor = sign_in(uow_factory, "reception", PASSWORD, "pc", policy=POLICY, sleep=lambda _: None)
    assert isinstance(actor, Actor)
    assert _attempts(uow_factory, engine, monkeypatch, "reception", 1)[0][1] == ()


def test_names_that_are_not_text_are_audited_not_crashed_on(
    uow_factory: Callable[[], SqlUnitOfWork], engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A terminal may pass bytes that are not UTF-8 (lone surrogates) or a huge name."""
    for name in ("pc\udcff", "x" * 100_000, "\u202eadmin", "a\x00b"):
        assert len(_attempts(uow_factory, engine, monkeypatch, name, 1)) == 1
