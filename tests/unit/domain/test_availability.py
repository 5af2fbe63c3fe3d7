"""Working time from templates, breaks, exceptions, clinic hours and busy time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.availability import (
    free_intervals,
    free_rooms,
    template_rows_on,
    working_intervals,
)
from clinicdesk.domain.common import Interval
from clinicdesk.domain.intervals import total
from clinicdesk.domain.providers import ExceptionKind
from tests.unit.domain.factories import (
    MONDAY,
    appointment,
    at,
    clinic,
    exception,
    hm,
    kind,
    provider,
    room,
    schedule,
    span,
    weekly,
)

SETTINGS = clinic()


def hours_of(intervals: list[Interval]) -> list[tuple[str, str]]:
    from clinicdesk.domain.clinic_time import clinic_zone

    zone = clinic_zone(SETTINGS.time_zone)
    return [
        (f"{i.start.astimezone(zone):%H:%M}", f"{i.end.astimezone(zone):%H:%M}") for i in intervals
    ]


def test_template_minus_breaks() -> None:
    rows = weekly(breaks=[span("12:00", "13:00")])
    assert hours_of(working_intervals(MONDAY, rows, [], SETTINGS)) == [
        ("09:00", "12:00"),
        ("13:00", "17:00"),
    ]


def test_latest_effective_template_wins_as_a_whole() -> None:
    old = weekly(days=range(5))
    new = weekly(hours=span("10:00", "14:00"), days=[0, 1], effective_from=MONDAY)
    rows = old + new
    assert hours_of(working_intervals(MONDAY, rows, [], SETTINGS)) == [("10:00", "14:00")]
    wednesday = MONDAY + timedelta(days=2)
    # The new template has no Wednesday: the old one's Wednesday no longer applies.
    assert template_rows_on(rows, wednesday) == []
    # The week before, the old template was in force.
    assert hours_of(working_intervals(MONDAY - timedelta(days=7), rows, [], SETTINGS)) == [
        ("09:00", "17:00")
    ]


def test_temporary_template_ends_and_the_old_one_returns() -> None:
    summer = weekly(
        hours=span("08:00", "12:00"), effective_from=MONDAY, effective_to=MONDAY + timedelta(days=6)
    )
    rows = weekly() + summer
    assert hours_of(working_intervals(MONDAY, rows, [], SETTINGS)) == [("08:00", "12:00")]
    assert hours_of(working_intervals(MONDAY + timedelta(days=7), rows, [], SETTINGS)) == [
        ("09:00", "17:00")
    ]


def test_split_shifts_on_one_weekday() -> None:
    rows = weekly(hours=span("08:00", "11:00"), days=[0]) + weekly(
        hours=span("14:00", "18:00"), days=[0]
    )
    assert hours_of(working_intervals(MONDAY, rows, [], SETTINGS)) == [
        ("08:00", "11:00"),
        ("14:00", "18:00"),
    ]


def test_clinic_hours_clip_and_closed_days_are_empty() -> None:
    settings = clinic(opening=span("10:00", "16:00"), days=range(5))
    rows = weekly(days=range(7))
    assert hours_of(working_intervals(MONDAY, rows, [], settings)) == [("10:00", "16:00")]
    saturday = MONDAY + timedelta(days=5)
    assert working_intervals(saturday, rows, [], settings) == []


def test_extra_hours_add_even_when_the_clinic_is_shut() -> None:
    settings = clinic(days=range(5))
    saturday = MONDAY + timedelta(days=5)
    extra = exception(
        "p1",
        kind=ExceptionKind.EXTRA_HOURS,
        first_day=saturday,
        last_day=saturday,
        start=hm("09:00"),
        end=hm("12:00"),
    )
    assert hours_of(working_intervals(saturday, weekly(), [extra], settings)) == [
        ("09:00", "12:00")
    ]
    late = exception(
        "p1",
        kind=ExceptionKind.EXTRA_HOURS,
        first_day=MONDAY,
        last_day=MONDAY,
        start=hm("17:00"),
        end=hm("19:00"),
    )
    assert hours_of(working_intervals(MONDAY, weekly(), [late], SETTINGS)) == [("09:00", "19:00")]


def test_time_off_whole_day_and_partial() -> None:
    whole = exception(
        "p1", kind=ExceptionKind.TIME_OFF, first_day=MONDAY, last_day=MONDAY + timedelta(days=1)
    )
    assert working_intervals(MONDAY + timedelta(days=1), weekly(), [whole], SETTINGS) == []
    assert working_intervals(MONDAY + timedelta(days=2), weekly(), [whole], SETTINGS) != []
    partial = exception(
        "p1",
        kind=ExceptionKind.TIME_OFF,
        first_day=MONDAY,
        last_day=MONDAY,
        start=hm("11:00"),
        end=hm("12:30"),
    )
    assert hours_of(working_intervals(MONDAY, weekly(), [partial], SETTINGS)) == [
        ("09:00", "11:00"),
        ("12:30", "17:00"),
    ]


def test_deleted_rows_are_ignored() -> None:
    from dataclasses import replace

    rows = [replace(r, deleted=True) for r in weekly()]
    assert working_intervals(MONDAY, rows, [], SETTINGS) == []


def test_busy_time_respects_max_parallel() -> None:
    booked = [appointment("a1", at(MONDAY, "09:00")), appointment("a2", at(MONDAY, "09:10"))]
    one = free_intervals(
        MONDAY, provider(), hours=weekly(), exceptions=[], settings=SETTINGS, appointments=booked
    )
    assert hours_of(one)[0] == ("09:30", "17:00")
    two = free_intervals(
        MONDAY,
        provider(max_parallel=2),
        hours=weekly(),
        exceptions=[],
        settings=SETTINGS,
        appointments=booked,
    )
    # Only 09:10-09:20 has two patients at once.
    assert hours_of(two) == [("09:00", "09:10"), ("09:20", "17:00")]


def test_cancelled_and_other_providers_appointments_do_not_block() -> None:
    booked = [
        appointment("a1", at(MONDAY, "09:00"), status=Status.CANCELLED),
        appointment("a2", at(MONDAY, "09:00"), status=Status.NO_SHOW),
        appointment("a3", at(MONDAY, "09:00"), pid="p2"),
    ]
    free = free_intervals(
        MONDAY, provider(), hours=weekly(), exceptions=[], settings=SETTINGS, appointments=booked
    )
    assert hours_of(free) == [("09:00", "17:00")]


def test_free_rooms_by_kind() -> None:
    rooms = [room("r1", "Room 1"), room("r2", "Room 2"), room("x1", "Procedure", "procedure")]
    window = Interval(at(MONDAY, "09:00"), at(MONDAY, "09:20"))
    taken = [appointment("a1", at(MONDAY, "09:10"), room_id="r1")]
    assert [r.id for r in free_rooms(rooms, ["consult"], window, taken)] == ["r2"]
    assert [
        r.id for r in free_rooms(rooms, ["consult"], window, taken, ignore_appointment_id="a1")
    ] == ["r1", "r2"]
    index = schedule(rooms=rooms, appointments=taken, hours=weekly())
    needs = kind(room_kinds=("consult", "procedure"))
    assert [r.id for r in index.free_rooms(needs, window.start, window.end, prefer="x1")] == [
        "x1",
        "r2",
    ]


def test_index_matches_plain_functions_and_with_changes() -> None:
    booked = [appointment("a1", at(MONDAY, "10:00"))]
    index = schedule(hours=weekly(), appointments=booked)
    plain = free_intervals(
        MONDAY, provider(), hours=weekly(), exceptions=[], settings=SETTINGS, appointments=booked
    )
    assert index.free_intervals("p1", MONDAY) == plain
    freed = index.with_changes(removed_ids=["a1"])
    assert hours_of(freed.free_intervals("p1", MONDAY)) == [("09:00", "17:00")]
    assert index.free_intervals("p1", MONDAY) == plain  # the original is untouched
    moved = index.with_changes(added=[appointment("a1", at(MONDAY, "15:00"))])
    assert hours_of(moved.free_intervals("p1", MONDAY)) == [("09:00", "15:00"), ("15:20", "17:00")]


# -- DST: 23- and 25-hour days ------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "hours"),
    [
        ("Europe/London", date(2025, 3, 30), 23),
        ("Europe/London", date(2025, 10, 26), 25),
        ("America/New_York", date(2025, 3, 9), 23),
        ("America/New_York", date(2025, 11, 2), 25),
        ("America/New_York", date(2025, 11, 9), 24),
    ],
)
def test_round_the_clock_hours_give_23_or_25_hours_on_dst_days(
    zone: str, day: date, hours: int
) -> None:
    settings = clinic(zone, opening=span("00:00", "23:59"))
    rows = weekly(hours=span("00:00", "23:59"), days=range(7))
    working = working_intervals(day, rows, [], settings)
    assert total((i.start, i.end) for i in working) == timedelta(hours=hours)
    index = schedule(settings, hours=rows)
    assert total(index.free_spans("p1", day)) == timedelta(hours=hours)


@pytest.mark.parametrize(
    ("zone", "day", "hours"),
    [
        ("America/New_York", date(2025, 3, 9), 5),  # 00:00-06:00 loses 02:00-03:00
        ("America/New_York", date(2025, 11, 2), 7),  # ...and repeats 01:00-02:00
        ("Europe/London", date(2025, 3, 30), 5),
        ("Europe/London", date(2025, 10, 26), 7),
    ],
)
def test_night_shift_across_the_change_counts_real_hours(zone: str, day: date, hours: int) -> None:
    settings = clinic(zone, opening=span("00:00", "23:59"))
    rows = weekly(hours=span("00:00", "06:00"), days=range(7))
    working = working_intervals(day, rows, [], settings)
    assert total((i.start, i.end) for i in working) == timedelta(hours=hours)


def test_daytime_hours_are_eight_real_hours_on_dst_days() -> None:
    for zone, day in (
        ("Europe/London", date(2025, 3, 30)),
        ("America/New_York", date(2025, 11, 2)),
    ):
        settings = clinic(zone)
        rows = weekly(days=range(7))
        working = working_intervals(day, rows, [], settings)
        assert total((i.start, i.end) for i in working) == timedelta(hours=8)
