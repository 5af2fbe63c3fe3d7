"""Booking-time features of the no-show model: exact boundaries, and an independent oracle.

The oracle recomputes every feature the slow, obvious way (a scan over all visits per
visit, ages from dateutil's relativedelta, bands from their own table) so a sweep or
bisect slip in the real code cannot hide behind a matching slip in the test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.no_show_features import (
    AGE_BANDS,
    RECENT_DAYS,
    UNKNOWN_AGE,
    BookingFeatures,
    Visit,
    age_band,
    completed_years,
    outcome,
    patient_features,
)

LONDON = ZoneInfo("Europe/London")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday, winter time (UTC = London)


def visit(
    vid: str,
    start: datetime,
    booked_at: datetime,
    status: Status = Status.COMPLETED,
    *,
    late_cancel: bool = False,
    confirmed: bool | None = None,
    provider: str = "p1",
    kind: str = "t1",
) -> Visit:
    return Visit(
        id=vid,
        start=start,
        booked_at=booked_at,
        status=status,
        provider_id=provider,
        type_id=kind,
        late_cancel=late_cancel,
        confirmed=confirmed,
    )


def by_id(rows: list[BookingFeatures]) -> dict[str, BookingFeatures]:
    return {row.visit_id: row for row in rows}


# --- the oracle --------------------------------------------------------------------

_ORACLE_BANDS = [(80, "80 and over"), (65, "65-79"), (45, "45-64"), (30, "30-44"), (16, "16-29")]


def oracle_band(born: date | None, on: date) -> str:
    if born is None or born > on:
        return "age unknown"
    years = relativedelta(on, born).years
    for lower, label in _ORACLE_BANDS:
        if years >= lower:
            return label
    return "under 16"


def oracle(visits: list[Visit], born: date | None, zone: ZoneInfo) -> dict[str, tuple]:
    result = {}
    judged_statuses = {Status.NO_SHOW, Status.COMPLETED, Status.ARRIVED, Status.IN_ROOM}
    for v in visits:
        known = [w for w in visits if w.status in judged_statuses and w.start < v.booked_at]
        recent = [w for w in known if w.start >= v.booked_at - timedelta(days=365)]
        late = [
            w
            for w in visits
            if w.status is Status.CANCELLED and w.late_cancel and w.start < v.booked_at
        ]
        day = v.start.astimezone(zone).date()
        same_day = [
            w
            for w in visits
            if w.id != v.id
            and w.start.astimezone(zone).date() == day
            and w.booked_at <= v.booked_at
        ]
        lead = (day - v.booked_at.astimezone(zone).date()).days
        result[v.id] = (
            len(known),
            sum(1 for w in known if w.status is Status.NO_SHOW),
            len(late),
            len(recent),
            sum(1 for w in recent if w.status is Status.NO_SHOW),
            lead if lead > 0 else 0,
            len(same_day),
            oracle_band(born, day),
            day.weekday(),
            v.start.astimezone(zone).hour,
            v.type_id,
            v.provider_id,
            v.confirmed,
        )
    return result


def as_tuple(row: BookingFeatures) -> tuple:
    return (
        row.prior_outcomes,
        row.prior_no_shows,
        row.prior_late_cancels,
        row.recent_outcomes,
        row.recent_no_shows,
        row.lead_days,
        row.visits_that_day,
        row.age_band,
        row.weekday,
        row.hour,
        row.type_id,
        row.provider_id,
        row.confirmed,
    )


_STATUSES = st.sampled_from(list(Status))
_OFFSET = st.integers(min_value=0, max_value=800 * 24 * 4)  # quarter hours over 800 days


@st.composite
def histories(draw) -> list[Visit]:
    count = draw(st.integers(min_value=0, max_value=12))
    visits = []
    base = datetime(2025, 1, 1, tzinfo=UTC)
    for index in range(count):
        start = base + timedelta(minutes=15 * draw(_OFFSET))
        lead = timedelta(minutes=15 * draw(st.integers(min_value=-8, max_value=500 * 24 * 4)))
        visits.append(
            visit(
                f"v{index}",
                start,
                start - lead,
                draw(_STATUSES),
                late_cancel=draw(st.booleans()),
                confirmed=draw(st.sampled_from([None, True, False])),
                provider=draw(st.sampled_from(["p1", "p2"])),
                kind=draw(st.sampled_from(["t1", "t2"])),
            )
        )
    # Visits booked at exactly another's start, the sharpest boundary there is.
    if len(visits) >= 2 and draw(st.booleans()):
        visits[1] = visit(
            "v1", visits[1].start, visits[0].start, visits[1].status, late_cancel=True
        )
    return visits


@settings(max_examples=60, deadline=None)
@given(
    histories(),
    st.one_of(st.none(), st.dates(min_value=date(1920, 1, 1), max_value=date(2027, 12, 31))),
    st.sampled_from([LONDON, ZoneInfo("America/New_York"), ZoneInfo("UTC")]),
)
def test_every_feature_matches_the_oracle(visits, born, zone) -> None:
    rows = patient_features(visits, born, zone)
    expected = oracle(visits, born, zone)
    assert {row.visit_id: as_tuple(row) for row in rows} == expected
    assert [row.visit_id for row in rows] == [
        v.id for v in sorted(visits, key=lambda v: (v.start, v.id))
    ]


# --- exact boundaries --------------------------------------------------------------


def test_a_visit_counts_only_if_it_started_before_the_booking() -> None:
    earlier = visit("a", T0, T0 - timedelta(days=10), Status.NO_SHOW)
    at_booking = visit("b", T0 + timedelta(days=5), T0)  # booked as "a" started
    after = visit("c", T0 + timedelta(days=6), T0 + timedelta(microseconds=1))
    rows = by_id(patient_features([earlier, at_booking, after], None, LONDON))
    assert rows["b"].prior_outcomes == 0
    assert rows["b"].prior_no_shows == 0
    assert rows["c"].prior_outcomes == 1
    assert rows["c"].prior_no_shows == 1
    assert rows["c"].recent_no_shows == 1


def test_recent_means_the_365_days_before_the_booking_inclusive() -> None:
    booked = T0 + timedelta(days=400)
    edge = visit("edge", booked - timedelta(days=RECENT_DAYS), T0 - timedelta(days=1))
    edge = visit("edge", edge.start, edge.booked_at, Status.NO_SHOW)
    older = visit(
        "older",
        booked - timedelta(days=RECENT_DAYS, seconds=1),
        T0 - timedelta(days=2),
        Status.NO_SHOW,
    )
    target = visit("t", booked + timedelta(days=3), booked)
    rows = by_id(patient_features([edge, older, target], None, LONDON))
    assert RECENT_DAYS == 365
    assert rows["t"].prior_outcomes == 2
    assert rows["t"].prior_no_shows == 2
    assert rows["t"].recent_outcomes == 1
    assert rows["t"].recent_no_shows == 1
    assert rows["t"].recent_rate == 1.0


def test_recent_rate_is_missed_over_judged_and_none_without_history() -> None:
    visits = [
        visit("a", T0, T0 - timedelta(days=3), Status.NO_SHOW),
        visit("b", T0 + timedelta(days=1), T0 - timedelta(days=3), Status.COMPLETED),
        visit("c", T0 + timedelta(days=2), T0 - timedelta(days=3), Status.ARRIVED),
        visit("d", T0 + timedelta(days=3), T0 - timedelta(days=3), Status.IN_ROOM),
        visit("e", T0 + timedelta(days=4), T0 - timedelta(days=3), Status.BOOKED),
        visit("f", T0 + timedelta(days=5), T0 - timedelta(days=3), Status.CONFIRMED),
        visit("g", T0 + timedelta(days=6), T0 - timedelta(days=3), Status.CANCELLED),
        visit("t", T0 + timedelta(days=20), T0 + timedelta(days=10)),
    ]
    rows = by_id(patient_features(visits, None, LONDON))
    assert rows["t"].prior_outcomes == 4
    assert rows["t"].recent_rate == 0.25
    assert rows["a"].recent_rate is None


def test_late_cancellations_count_only_late_patient_cancels_before_the_booking() -> None:
    visits = [
        visit("late", T0, T0 - timedelta(days=9), Status.CANCELLED, late_cancel=True),
        visit("early", T0 + timedelta(hours=1), T0 - timedelta(days=9), Status.CANCELLED),
        visit("flag", T0 + timedelta(hours=2), T0 - timedelta(days=9), late_cancel=True),
        visit("at", T0 + timedelta(days=1), T0, Status.CANCELLED, late_cancel=True),
        visit("t", T0 + timedelta(days=8), T0 + timedelta(days=1)),
        visit("u", T0 + timedelta(days=9), T0 + timedelta(days=1, microseconds=1)),
    ]
    rows = by_id(patient_features(visits, None, LONDON))
    assert rows["at"].prior_late_cancels == 0  # "late" started exactly at this booking
    assert rows["t"].prior_late_cancels == 1
    assert rows["u"].prior_late_cancels == 2


def test_lead_time_counts_clinic_calendar_days_and_never_goes_below_zero() -> None:
    summer = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)  # 09:00 in London
    late_evening = datetime(2026, 6, 30, 22, 59, tzinfo=UTC)  # 23:59 in London
    just_after_midnight = datetime(2026, 6, 30, 23, 0, tzinfo=UTC)  # 00:00 on 1 July
    rows = by_id(
        patient_features(
            [
                visit("a", summer, late_evening),
                visit("b", summer + timedelta(minutes=1), just_after_midnight),
                visit("c", summer + timedelta(minutes=2), summer + timedelta(hours=3)),
                visit("d", summer + timedelta(days=40), summer),
            ],
            None,
            LONDON,
        )
    )
    assert (rows["a"].lead_days, rows["a"].same_day) == (1, False)
    assert (rows["b"].lead_days, rows["b"].same_day) == (0, True)
    assert (rows["c"].lead_days, rows["c"].same_day) == (0, True)
    assert rows["d"].lead_days == 40
    assert rows["a"].hour == 9
    assert rows["a"].weekday == 2  # Wednesday


def test_visits_that_day_count_others_booked_by_then_on_the_clinic_date() -> None:
    day = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    booked = day - timedelta(days=5)
    visits = [
        visit("t", day, booked),
        visit("same_time_booked", day + timedelta(hours=2), booked),
        visit("booked_later", day + timedelta(hours=3), booked + timedelta(seconds=1)),
        visit("cancelled", day + timedelta(hours=4), booked, Status.CANCELLED),
        # 23:30 UTC on 1 July is 00:30 on 2 July in London: another clinic day.
        visit("next_day", datetime(2026, 7, 1, 23, 30, tzinfo=UTC), booked),
        visit("day_before", day - timedelta(days=1), booked),
    ]
    rows = by_id(patient_features(visits, None, LONDON))
    assert rows["t"].visits_that_day == 2
    assert rows["booked_later"].visits_that_day == 3
    assert rows["next_day"].visits_that_day == 0
    assert rows["day_before"].visits_that_day == 0


def test_the_rest_passes_through() -> None:
    row = patient_features(
        [visit("a", T0, T0, confirmed=False, provider="dr", kind="long")], None, LONDON
    )[0]
    assert (row.provider_id, row.type_id, row.confirmed) == ("dr", "long", False)
    assert row.age_band == UNKNOWN_AGE
    assert patient_features([], None, LONDON) == []


@pytest.mark.parametrize(
    ("born", "on", "band"),
    [
        (date(2010, 5, 10), date(2026, 5, 9), "under 16"),
        (date(2010, 5, 10), date(2026, 5, 10), "16-29"),
        (date(1996, 5, 10), date(2026, 5, 9), "16-29"),
        (date(1996, 5, 10), date(2026, 5, 10), "30-44"),
        (date(1981, 5, 10), date(2026, 5, 9), "30-44"),
        (date(1981, 5, 10), date(2026, 5, 10), "45-64"),
        (date(1961, 5, 10), date(2026, 5, 9), "45-64"),
        (date(1961, 5, 10), date(2026, 5, 10), "65-79"),
        (date(1946, 5, 10), date(2026, 5, 9), "65-79"),
        (date(1946, 5, 10), date(2026, 5, 10), "80 and over"),
        (date(2026, 5, 10), date(2026, 5, 10), "under 16"),
        (date(2026, 5, 11), date(2026, 5, 10), UNKNOWN_AGE),
        (None, date(2026, 5, 10), UNKNOWN_AGE),
        # A 29 February birthday: sixteen on 1 March of a common year.
        (date(2008, 2, 29), date(2024, 2, 28), "under 16"),
        (date(2008, 2, 29), date(2024, 2, 29), "16-29"),
        (date(2004, 2, 29), date(2020, 2, 28), "under 16"),
        (date(2009, 2, 28), date(2025, 2, 28), "16-29"),
    ],
)
def test_age_bands_turn_over_on_the_birthday(born, on, band) -> None:
    assert age_band(born, on) == band
    assert oracle_band(born, on) == band


def test_the_bands_are_the_documented_ones() -> None:
    assert [lower for lower, _ in AGE_BANDS] == [0, 16, 30, 45, 65, 80]


def test_completed_years_on_the_day_before_and_of_the_birthday() -> None:
    assert completed_years(date(2000, 6, 15), date(2026, 6, 14)) == 25
    assert completed_years(date(2000, 6, 15), date(2026, 6, 15)) == 26
    assert completed_years(date(2000, 6, 15), date(2026, 5, 16)) == 25
    assert completed_years(date(2000, 6, 15), date(2026, 7, 1)) == 26


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (Status.NO_SHOW, True),
        (Status.COMPLETED, False),
        (Status.ARRIVED, False),
        (Status.IN_ROOM, False),
        (Status.BOOKED, None),
        (Status.CONFIRMED, None),
        (Status.CANCELLED, None),
    ],
)
def test_outcome_of_each_status(status, expected) -> None:
    assert outcome(status) is expected


def test_the_outcome_of_the_visit_itself_never_reaches_its_features() -> None:
    """Same visit, missed or attended: identical features (no leakage)."""
    history = [visit("old", T0, T0 - timedelta(days=30), Status.NO_SHOW)]
    missed = patient_features(
        [*history, visit("t", T0 + timedelta(days=9), T0 + timedelta(days=1), Status.NO_SHOW)],
        date(1990, 1, 1),
        LONDON,
    )
    came = patient_features(
        [*history, visit("t", T0 + timedelta(days=9), T0 + timedelta(days=1), Status.COMPLETED)],
        date(1990, 1, 1),
        LONDON,
    )
    assert missed == came
