"""Wall clock <-> UTC across DST in London and New York."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from clinicdesk.domain.clinic_time import (
    clinic_zone,
    day_bounds,
    format_wall,
    is_ambiguous,
    wall_range_to_interval,
    wall_to_utc,
    wall_to_utc_lenient,
)
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.errors import ValidationError

LONDON = clinic_zone("Europe/London")
NEW_YORK = clinic_zone("America/New_York")
LONDON_SPRING, LONDON_FALL = date(2025, 3, 30), date(2025, 10, 26)
NY_SPRING, NY_FALL = date(2025, 3, 9), date(2025, 11, 2)


def test_spring_gap_0230_in_new_york_is_refused_naming_the_time() -> None:
    with pytest.raises(ValidationError) as caught:
        wall_to_utc(NY_SPRING, time(2, 30), NEW_YORK)
    message = str(caught.value)
    assert "02:30 on 2025-03-09 does not exist in America/New_York" in message
    assert "from 02:00 to 03:00" in message


def test_spring_gap_in_london_is_0100_to_0200() -> None:
    with pytest.raises(ValidationError, match=r"01:30 on 2025-03-30 .* from 01:00 to 02:00"):
        wall_to_utc(LONDON_SPRING, time(1, 30), LONDON)
    # 02:30 exists in London that day: it is BST.
    assert wall_to_utc(LONDON_SPRING, time(2, 30), LONDON) == datetime(
        2025, 3, 30, 1, 30, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("zone", "day", "first", "second"),
    [
        (
            NEW_YORK,
            NY_FALL,
            datetime(2025, 11, 2, 5, 30, tzinfo=UTC),
            datetime(2025, 11, 2, 6, 30, tzinfo=UTC),
        ),
        (
            LONDON,
            LONDON_FALL,
            datetime(2025, 10, 26, 0, 30, tzinfo=UTC),
            datetime(2025, 10, 26, 1, 30, tzinfo=UTC),
        ),
    ],
)
def test_fall_back_0130_resolves_to_the_first_occurrence_unless_asked(
    zone: object, day: date, first: datetime, second: datetime
) -> None:
    assert is_ambiguous(day, time(1, 30), zone)  # type: ignore[arg-type]
    assert wall_to_utc(day, time(1, 30), zone) == first  # type: ignore[arg-type]
    assert wall_to_utc(day, time(1, 30), zone, fold=1) == second  # type: ignore[arg-type]
    # Stored in UTC, each is unambiguous and reads back with its own abbreviation.
    assert format_wall(first, zone) != format_wall(second, zone)  # type: ignore[arg-type]
    assert format_wall(first, zone).startswith("01:30")  # type: ignore[arg-type]


def test_ordinary_times_are_not_ambiguous_and_format_plainly() -> None:
    assert not is_ambiguous(NY_FALL, time(9, 0), NEW_YORK)
    assert format_wall(wall_to_utc(NY_FALL, time(9, 0), NEW_YORK), NEW_YORK) == "09:00"


@pytest.mark.parametrize(
    ("zone", "day", "hours"),
    [
        (LONDON, LONDON_SPRING, 23),
        (LONDON, LONDON_FALL, 25),
        (LONDON, date(2025, 6, 1), 24),
        (NEW_YORK, NY_SPRING, 23),
        (NEW_YORK, NY_FALL, 25),
    ],
)
def test_day_bounds_are_23_24_or_25_hours(zone: object, day: date, hours: int) -> None:
    bounds = day_bounds(day, zone)  # type: ignore[arg-type]
    assert bounds.end - bounds.start == timedelta(hours=hours)


def test_range_starting_in_the_gap_starts_when_the_clock_jumps() -> None:
    interval = wall_range_to_interval(NY_SPRING, TimeRange(time(2, 0), time(6, 0)), NEW_YORK)
    assert interval is not None
    assert interval.start == datetime(2025, 3, 9, 7, 0, tzinfo=UTC)  # 03:00 EDT
    assert interval.end - interval.start == timedelta(hours=3)
    assert wall_to_utc_lenient(NY_SPRING, time(2, 30), NEW_YORK) == interval.start


def test_range_inside_the_gap_never_happens() -> None:
    assert wall_range_to_interval(NY_SPRING, TimeRange(time(2, 0), time(2, 45)), NEW_YORK) is None


def test_range_spanning_the_fall_back_hour_includes_it() -> None:
    interval = wall_range_to_interval(NY_FALL, TimeRange(time(0, 0), time(4, 0)), NEW_YORK)
    assert interval is not None
    assert interval.end - interval.start == timedelta(hours=5)


def test_range_to_2359_runs_to_midnight() -> None:
    interval = wall_range_to_interval(date(2025, 6, 2), TimeRange(time(0), time(23, 59)), LONDON)
    assert interval is not None
    assert interval.end - interval.start == timedelta(hours=24)


def test_unknown_zone_is_a_clear_validation_error() -> None:
    with pytest.raises(ValidationError, match="'Mars/Olympus' is not a known time zone"):
        clinic_zone("Mars/Olympus")
