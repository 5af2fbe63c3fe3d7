"""When the schedule retrains the no-show model."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicdesk.services.no_show_risk import retrain_due

NOW = datetime(2026, 3, 9, 23, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("age", "night", "due"),
    [
        (None, True, False),  # never trained: a manager trains first
        (timedelta(days=7), True, True),
        (timedelta(days=7) - timedelta(seconds=1), True, False),
        (timedelta(days=7), False, False),  # by day only once a day overdue
        (timedelta(days=8) - timedelta(seconds=1), False, False),
        (timedelta(days=8), False, True),
        (timedelta(days=-1), True, False),  # the clock went back
    ],
)
def test_retrain_due(age: timedelta | None, night: bool, due: bool) -> None:
    trained = None if age is None else NOW - age
    assert retrain_due(trained, NOW, night) is due


def test_a_stored_time_without_a_zone_is_utc() -> None:
    naive = (NOW - timedelta(days=8)).replace(tzinfo=None)
    assert retrain_due(naive, NOW, False) is True
