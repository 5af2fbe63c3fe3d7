"""Fixtures shared by every test folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.context import ServiceContext

# Property tests: short in CI, long with CLINICDESK_LONG_PROPERTIES=1.
hypothesis_settings.register_profile("ci", max_examples=100, deadline=None)
hypothesis_settings.register_profile("long", max_examples=2000, deadline=None)
hypothesis_settings.load_profile("long" if os.environ.get("CLINICDESK_LONG_PROPERTIES") else "ci")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEST_TIME_ZONE = "Europe/London"


def weekday_hours(open_at: str = "08:00", close_at: str = "18:00") -> dict[int, TimeRange]:
    span = TimeRange(time.fromisoformat(open_at), time.fromisoformat(close_at))
    return {day: span for day in range(5)}


@pytest.fixture
def test_engine(tmp_path: Path) -> Iterator[object]:
    """A real SQLCipher file in tmp_path with every table, opened with a random raw key."""
    from clinicdesk.store.testing import make_test_engine

    engine = make_test_engine(tmp_path / "clinic.db")
    yield engine
    engine.dispose()


@pytest.fixture
def fixed_now() -> datetime:
    return datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def service_context(test_engine: object, fixed_now: datetime) -> ServiceContext:
    """A context acting as a practice manager on a store holding one clinic."""
    from clinicdesk.store.uow import SqlUnitOfWork

    def uow_factory() -> SqlUnitOfWork:
        return SqlUnitOfWork(test_engine)  # type: ignore[arg-type]

    with uow_factory() as uow:
        uow.catalog.save_clinic(
            ClinicSettings(
                name="Test Clinic", time_zone=TEST_TIME_ZONE, opening_hours=weekday_hours()
            ),
            fixed_now,
        )
        uow.commit()
    actor = Actor(user_id="u-manager", username="manager", role=Role.MANAGER, workstation="test-pc")
    return ServiceContext(uow_factory=uow_factory, actor=actor, clock=lambda: fixed_now)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Under CI (CLINICDESK_FAIL_ON_SKIP=1) a skipped test is a failure: a missing tool or
    service must not turn a real check into a silent pass."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and os.environ.get("CLINICDESK_FAIL_ON_SKIP") == "1":
        if hasattr(report, "wasxfail"):
            return
        report.outcome = "failed"
        report.longrepr = f"skipped under CI, which must run every test: {report.longrepr}"


@pytest.fixture(autouse=True)
def no_background_calls_left_running() -> Iterator[None]:
    """A window's background call must not outlive the test that started it: answering
    later, inside another test, it would open a real dialog and abort the run."""
    yield
    import sys

    background = sys.modules.get("clinicdesk.ui.background")
    if background is not None and background.jobs_running():
        pytest.fail(f"{background.jobs_running()} background call(s) still running after the test")
