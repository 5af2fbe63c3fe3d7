"""The scheduling rules checked against an independent oracle: a minute-by-minute model
of the day (tests/unit/domain/minute_model.py) that shares no code with them.

Short under the shared "ci" hypothesis profile; CLINICDESK_LONG_PROPERTIES=1 runs the
long one. Days are ordinary (no clock change) in four zones, one of them half an hour
off UTC, so wall minutes map to instants by plain addition in the model.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from clinicdesk.domain.booking import BookingRequest, check_booking
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.intervals import (
    covers,
    intersect,
    normalize,
    peak_overlap,
    saturated,
    subtract,
    total,
    union,
)
from clinicdesk.domain.providers import ExceptionKind, WorkingHours
from clinicdesk.domain.slots import SlotQuery, first_available
from tests.unit.domain import minute_model as model
from tests.unit.domain.factories import (
    STAMP,
    appointment,
    clinic,
    exception,
    kind,
    provider,
    schedule,
)

ZONES = ["Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Sydney"]
ORDINARY_DAYS = [date(2025, 3, 3), date(2025, 6, 4), date(2025, 11, 12), date(2025, 1, 17)]
GRIDS = [5, 10, 15, 30]

zones = st.sampled_from(ZONES)
days = st.sampled_from(ORDINARY_DAYS)
# Wall minutes on the 5-minute grid; the last start is 23:50 so every range ends by 23:55.
grid_minutes = st.integers(0, (24 * 60 - 10) // 5).map(lambda n: n * 5)


def wall(minute: int) -> time:
    return time(minute // 60, minute % 60)


@st.composite
def wall_ranges(draw: st.DrawFn, low: int = 0, high: int = 24 * 60 - 5) -> tuple[time, time]:
    start = draw(st.integers(low // 5, high // 5 - 1)) * 5
    end = draw(st.integers(start // 5 + 1, high // 5)) * 5
    return wall(start), wall(end)


@st.composite
def day_rules(draw: st.DrawFn) -> model.DayRules:
    shifts = []
    for _ in range(draw(st.integers(0, 2))):
        start, end = draw(wall_ranges())
        breaks = tuple(draw(st.lists(wall_ranges(), max_size=2)))
        shifts.append(model.Shift(start, end, breaks))
    opening = draw(st.none() | wall_ranges())
    extra = tuple(draw(st.lists(wall_ranges(), max_size=2)))
    time_off = tuple(draw(st.lists(wall_ranges(), max_size=2)))
    whole_day_off = draw(st.integers(0, 9)) == 0
    return model.DayRules(tuple(shifts), opening, extra, time_off, whole_day_off)


def rows_for(pid: str, day: date, rules: model.DayRules) -> tuple[list, list]:
    """The provider's WorkingHours and ScheduleException rows for the model's rules."""
    hours = [
        WorkingHours(
            id=f"wh-{pid}-{n}",
            provider_id=pid,
            weekday=day.weekday(),
            hours=TimeRange(s.start, s.end),
            effective_from=date(2024, 1, 1),
            updated_at=STAMP,
            breaks=tuple(TimeRange(b, e) for b, e in s.breaks),
        )
        for n, s in enumerate(rules.shifts)
    ]
    exceptions = [
        exception(pid, kind=ExceptionKind.EXTRA_HOURS, first_day=day, last_day=day, start=s, end=e)
        for s, e in rules.extra
    ]
    exceptions += [
        exception(pid, kind=ExceptionKind.TIME_OFF, first_day=day, last_day=day, start=s, end=e)
        for s, e in rules.time_off
    ]
    if rules.whole_day_off:
        exceptions.append(exception(pid, kind=ExceptionKind.TIME_OFF, first_day=day, last_day=day))
    # The factory names exceptions by day and kind; give each its own id.
    return hours, [replace(e, id=f"ex-{pid}-{n}") for n, e in enumerate(exceptions)]


def settings_for(zone: str, rules: model.DayRules, grid: int = 5):  # type: ignore[no-untyped-def]
    opening = {}
    if rules.opening is not None:
        opening = {weekday: TimeRange(*rules.opening) for weekday in range(7)}
    return replace(clinic(zone, slot_minutes=grid), opening_hours=opening)


# -- span algebra -----------------------------------------------------------------

# Starts and lengths on a 5-minute grid, so spans often touch, coincide or are empty:
# the cases where an off-by-one in a sweep shows.
minute_spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 6)).map(lambda p: (5 * p[0], 5 * (p[0] + p[1]))),
    max_size=8,
)
BASE = datetime(2025, 6, 4, 8, 0, tzinfo=UTC)


def as_instants(spans: list[tuple[int, int]]) -> list[tuple[datetime, datetime]]:
    return [(BASE + timedelta(minutes=s), BASE + timedelta(minutes=e)) for s, e in spans]


def as_minutes(spans: list[tuple[datetime, datetime]]) -> set[int]:
    found: set[int] = set()
    for start, end in spans:
        first = int((start - BASE).total_seconds() // 60)
        last = int((end - BASE).total_seconds() // 60)
        found |= set(range(first, last))
    return found


def minute_set(spans: list[tuple[int, int]]) -> set[int]:
    return {m for s, e in spans for m in range(s, e)}


def is_normalized(spans: list[tuple[datetime, datetime]]) -> bool:
    return all(s < e for s, e in spans) and all(
        spans[n][1] < spans[n + 1][0] for n in range(len(spans) - 1)
    )


@given(minute_spans, minute_spans)
@example([(0, 100)], [(5, 10), (15, 20), (25, 30)])  # one long span against many short
@example([(5, 5), (10, 20)], [(20, 30)])  # an empty span; touching but not overlapping
def test_span_algebra_matches_sets_of_minutes(first: list, second: list) -> None:
    a, b = normalize(as_instants(first)), normalize(as_instants(second))
    assert is_normalized(a) and as_minutes(a) == minute_set(first)
    for result, expected in (
        (union(a, b), minute_set(first) | minute_set(second)),
        (subtract(a, b), minute_set(first) - minute_set(second)),
        (intersect(a, b), minute_set(first) & minute_set(second)),
    ):
        assert is_normalized(result)
        assert as_minutes(result) == expected
    assert total(a) == timedelta(minutes=len(minute_set(first)))


@given(minute_spans, st.integers(0, 200), st.integers(1, 40))
def test_covers_means_every_minute_is_inside_one_span(spans: list, start: int, length: int) -> None:
    normalized = normalize(as_instants(spans))
    wanted = set(range(start, start + length))
    in_one = any(wanted <= set(range(s, e)) for s, e in model.runs(minute_set(spans)))
    assert (
        covers(
            normalized, BASE + timedelta(minutes=start), BASE + timedelta(minutes=start + length)
        )
        == in_one
    )


@given(minute_spans, st.integers(0, 200), st.integers(1, 60))
@example([(0, 10), (10, 20), (12, 14)], 0, 20)  # back to back, then a third inside
def test_peak_overlap_is_the_busiest_minute(bookings: list, start: int, length: int) -> None:
    window = (start, start + length)
    got = peak_overlap(
        as_instants(bookings),
        BASE + timedelta(minutes=window[0]),
        BASE + timedelta(minutes=window[1]),
    )
    assert got == model.peak(bookings, window)


@given(minute_spans, st.integers(1, 4))
@example([(0, 10), (20, 30)], 2)  # never two at once
@example([(0, 10), (0, 20), (5, 15)], 2)  # three, then two, then one
def test_saturated_is_where_capacity_is_reached(bookings: list, capacity: int) -> None:
    got = saturated(as_instants(bookings), capacity)
    assert is_normalized(got)
    expected = {m for m in range(0, 240) if model.count_at(m, bookings) >= capacity}
    assert as_minutes(got) == expected


# -- availability ------------------------------------------------------------------


@given(zones, days, day_rules())
def test_working_time_is_the_minutes_the_rules_allow(
    zone: str, day: date, rules: model.DayRules
) -> None:
    hours, exceptions = rows_for("p1", day, rules)
    index = schedule(settings_for(zone, rules), hours=hours, exceptions=exceptions)
    spans = index.working_spans("p1", day)
    assert is_normalized(spans)
    assert model.minutes_of_spans(day, zone, spans) == rules.working_minutes()


bookings_of_day = st.lists(
    st.tuples(grid_minutes, st.sampled_from([5, 10, 20, 30, 45])), max_size=10
)


@given(zones, days, day_rules(), bookings_of_day, st.integers(1, 3))
def test_free_time_is_working_time_below_the_parallel_limit(
    zone: str, day: date, rules: model.DayRules, booked: list, limit: int
) -> None:
    hours, exceptions = rows_for("p1", day, rules)
    made = [
        appointment(f"a{n}", model.instant(day, zone, start), minutes, patient=f"pat-{n}")
        for n, (start, minutes) in enumerate(booked)
        if start + minutes <= model.MINUTES_PER_DAY
    ]
    index = schedule(
        settings_for(zone, rules),
        providers=[provider(max_parallel=limit)],
        hours=hours,
        exceptions=exceptions,
        appointments=made,
    )
    as_pairs = [
        (model.minute_at(day, zone, a.start), model.minute_at(day, zone, a.end)) for a in made
    ]
    expected = rules.working_minutes() - model.full_minutes(as_pairs, limit)
    assert model.minutes_of_spans(day, zone, index.free_spans("p1", day)) == expected


# -- the conflict check ----------------------------------------------------------


@given(
    zone=zones,
    day=days,
    rules=day_rules(),
    booked=bookings_of_day,
    limit=st.integers(1, 3),
    start=grid_minutes,
)
def test_the_conflict_check_agrees_with_the_model(
    *, zone: str, day: date, rules: model.DayRules, booked: list, limit: int, start: int
) -> None:
    hours, exceptions = rows_for("p1", day, rules)
    made = [
        appointment(f"a{n}", model.instant(day, zone, s), minutes, patient=f"pat-{n}")
        for n, (s, minutes) in enumerate(booked)
        if s + minutes <= model.MINUTES_PER_DAY
    ]
    index = schedule(
        settings_for(zone, rules),
        providers=[provider(max_parallel=limit)],
        hours=hours,
        exceptions=exceptions,
        appointments=made,
    )
    duration = 20
    wanted = BookingRequest(
        "pat-new", "p1", kind(minutes=duration), model.instant(day, zone, start)
    )
    decision = check_booking(wanted, index)
    window = (start, start + duration)
    pairs = [(model.minute_at(day, zone, a.start), model.minute_at(day, zone, a.end)) for a in made]
    over_limit = model.peak(pairs, window) + 1 > limit
    clash_lines = [r for r in decision.override_reasons if " is booked " in r]
    overlapping = [p for p in pairs if p[0] < window[1] and window[0] < p[1]]
    assert len(clash_lines) == (len(overlapping) if over_limit else 0)
    inside_hours = set(range(*window)) <= rules.working_minutes() if window[1] <= 1440 else None
    hours_lines = [r for r in decision.override_reasons if "working hours" in r or "time off" in r]
    if inside_hours is not None:
        assert bool(hours_lines) == (not inside_hours)
    assert decision.refusals == ()


# -- the slot finder ----------------------------------------------------------------


@given(
    zone=zones,
    day=days,
    first_rules=day_rules(),
    second_rules=day_rules(),
    booked=bookings_of_day,
    grid=st.sampled_from(GRIDS),
    duration=st.sampled_from([10, 15, 20, 25, 40]),
    earliest=st.integers(0, 24 * 60 - 1),
    count=st.integers(1, 12),
    patient_busy=st.booleans(),
)
def test_first_available_is_the_soonest_greedy_offers_of_the_model(
    *,
    zone: str,
    day: date,
    first_rules: model.DayRules,
    second_rules: model.DayRules,
    booked: list,
    grid: int,
    duration: int,
    earliest: int,
    count: int,
    patient_busy: bool,
) -> None:
    # Both providers share the clinic's opening hours: the first one's.
    second_rules = model.DayRules(
        second_rules.shifts,
        first_rules.opening,
        second_rules.extra,
        second_rules.time_off,
        second_rules.whole_day_off,
    )
    hours_a, off_a = rows_for("pa", day, first_rules)
    hours_b, off_b = rows_for("pb", day, second_rules)
    # Bookings alternate between the providers; the first of each pair is the patient's.
    made = []
    for n, (s, minutes) in enumerate(booked):
        if s + minutes > model.MINUTES_PER_DAY:
            continue
        who = "pat-me" if patient_busy and n % 3 == 0 else f"pat-{n}"
        made.append(
            appointment(
                f"a{n}", model.instant(day, zone, s), minutes, pid=("pa", "pb")[n % 2], patient=who
            )
        )
    people = [provider("pb", "Bea Zed", max_parallel=2), provider("pa", "Al Bee")]
    index = schedule(
        settings_for(zone, first_rules, grid),
        providers=people,
        hours=hours_a + hours_b,
        exceptions=off_a + off_b,
        appointments=made,
    )
    query = SlotQuery(
        appointment_type=kind(minutes=duration),
        earliest=model.instant(day, zone, earliest),
        count=count,
        last_day=day,
        patient_id="pat-me",
    )
    got = [
        (s.provider_id, model.minute_at(day, zone, s.start)) for s in first_available(query, index)
    ]

    mine = {
        m
        for a in made
        if a.patient_id == "pat-me"
        for m in range(model.minute_at(day, zone, a.start), model.minute_at(day, zone, a.end))
    }
    offers = []
    for order, (pid, rules, limit) in enumerate(
        (("pa", first_rules, 1), ("pb", second_rules, 2))  # by name: Al Bee, Bea Zed
    ):
        pairs = [
            (model.minute_at(day, zone, a.start), model.minute_at(day, zone, a.end))
            for a in made
            if a.provider_id == pid
        ]
        free = rules.working_minutes() - model.full_minutes(pairs, limit) - mine
        offers += [
            (start, order, pid) for start in model.greedy_slots(free, duration, grid, earliest)
        ]
    expected = [(pid, start) for start, _, pid in sorted(offers)[:count]]
    assert got == expected
