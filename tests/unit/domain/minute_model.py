"""A brute-force model of one clinic day, minute by minute: the oracle for property tests.

It shares no code with the scheduling rules it checks. A day is the set of its wall-clock
minutes (0 = local midnight); each rule is written as the plain sentence it stands for,
one minute at a time: "a minute is working time when the template row covers it, no
break does, the clinic is open, or extra hours cover it, and no time off does". Only at
the edge is a minute turned into a UTC instant, by adding minutes to the UTC instant of
local midnight, which holds on a day without a clock change (the tests use such days).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MINUTES_PER_DAY = 24 * 60


def minute_of(wall: time) -> int:
    return wall.hour * 60 + wall.minute


def wall_minutes(start: time, end: time) -> set[int]:
    """The minutes of a wall range [start, end) on one day."""
    return set(range(minute_of(start), minute_of(end)))


def local_midnight_utc(day: date, zone: str) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def instant(day: date, zone: str, minute: int) -> datetime:
    return local_midnight_utc(day, zone) + timedelta(minutes=minute)


def minute_at(day: date, zone: str, moment: datetime) -> int:
    seconds = (moment - local_midnight_utc(day, zone)).total_seconds()
    assert seconds % 60 == 0, moment
    return int(seconds // 60)


def minutes_of_span(day: date, zone: str, start: datetime, end: datetime) -> set[int]:
    return set(range(minute_at(day, zone, start), minute_at(day, zone, end)))


def minutes_of_spans(day: date, zone: str, spans: Iterable[tuple[datetime, datetime]]) -> set[int]:
    found: set[int] = set()
    for start, end in spans:
        found |= minutes_of_span(day, zone, start, end)
    return found


def runs(minutes: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of consecutive minutes as [first, last + 1) pairs."""
    found: list[tuple[int, int]] = []
    for minute in sorted(minutes):
        if found and found[-1][1] == minute:
            found[-1] = (found[-1][0], minute + 1)
        else:
            found.append((minute, minute + 1))
    return found


@dataclass(frozen=True)
class Shift:
    start: time
    end: time
    breaks: tuple[tuple[time, time], ...] = ()


@dataclass(frozen=True)
class DayRules:
    """One provider's rules for one day, as wall-clock ranges."""

    shifts: tuple[Shift, ...]
    opening: tuple[time, time] | None
    extra: tuple[tuple[time, time], ...] = ()
    time_off: tuple[tuple[time, time], ...] = ()
    whole_day_off: bool = False

    def working_minutes(self) -> set[int]:
        if self.whole_day_off:
            return set()
        open_minutes = wall_minutes(*self.opening) if self.opening else set()
        shift_minutes: set[int] = set()
        for shift in self.shifts:
            in_shift = wall_minutes(shift.start, shift.end)
            for pause in shift.breaks:
                in_shift -= wall_minutes(*pause)
            shift_minutes |= in_shift
        extra_minutes = {m for e in self.extra for m in wall_minutes(*e)}
        off_minutes = {m for o in self.time_off for m in wall_minutes(*o)}
        return ((shift_minutes & open_minutes) | extra_minutes) - off_minutes


def count_at(minute: int, bookings: Iterable[tuple[int, int]]) -> int:
    """How many bookings [start, end) (in minutes) run during ``minute``."""
    return sum(1 for start, end in bookings if start <= minute < end)


def peak(bookings: list[tuple[int, int]], window: tuple[int, int]) -> int:
    return max((count_at(m, bookings) for m in range(*window)), default=0)


def full_minutes(bookings: list[tuple[int, int]], capacity: int) -> set[int]:
    """The minutes where at least ``capacity`` bookings run at once."""
    running = [0] * (MINUTES_PER_DAY + 1)
    for start, end in bookings:
        for minute in range(start, end):
            running[minute] += 1
    return {m for m, n in enumerate(running) if n >= max(capacity, 1)}


def greedy_slots(free: set[int], duration: int, grid: int, earliest: int = 0) -> list[int]:
    """Start minutes one provider offers: walking the grid from ``earliest``, a start is
    offered when every minute of the appointment is free and it does not overlap the
    previous offer; after an offer the next start is a duration later, rounded up to
    the grid."""
    step = -(-duration // grid) * grid
    offered: list[int] = []
    next_allowed = earliest
    for start in range(0, MINUTES_PER_DAY - duration + 1, grid):
        if start < next_allowed:
            continue
        if all(m in free for m in range(start, start + duration)):
            offered.append(start)
            next_allowed = start + step
    return offered
