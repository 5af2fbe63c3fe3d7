"""Today is the clinic's date, whatever zone the computer is set to."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from clinicdesk.services.catalog import clinic_today
from clinicdesk.services.context import ServiceContext


@pytest.mark.parametrize(
    ("instant", "today"),
    [
        # London is UTC+1 in July: 23:30 UTC is already the next day there.
        (datetime(2026, 7, 1, 23, 30, tzinfo=UTC), date(2026, 7, 2)),
        (datetime(2026, 7, 1, 22, 59, tzinfo=UTC), date(2026, 7, 1)),
        # In January London is on UTC.
        (datetime(2026, 1, 5, 23, 59, tzinfo=UTC), date(2026, 1, 5)),
    ],
)
def test_clinic_today_is_the_date_in_the_clinics_zone(
    service_context: ServiceContext, instant: datetime, today: date
) -> None:
    ctx = dataclasses.replace(service_context, clock=lambda: instant)
    assert clinic_today(ctx) == today
