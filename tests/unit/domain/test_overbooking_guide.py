"""Guided overbooking: how many extras a session's expected no-shows justify, and where."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicdesk.domain.overbooking_guide import (
    DEFAULT_THRESHOLD,
    GUIDED_REASON_PREFIX,
    OverbookingPolicy,
    PolicyMode,
    ScoredBooking,
    expected_ahead,
    extras_due,
    suggest_for_session,
)

NINE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def booking(
    minute: int, probability: float, *, extra: bool = False, name: str = ""
) -> ScoredBooking:
    start = NINE + timedelta(minutes=minute)
    return ScoredBooking(
        name or f"a{minute}", start, start + timedelta(minutes=15), probability, extra
    )


@pytest.mark.parametrize(
    ("expected", "threshold", "most", "due"),
    [
        (0.0, 0.9, 3, 0),
        (0.89, 0.9, 3, 0),
        (0.9, 0.9, 3, 1),
        (1.79, 0.9, 3, 1),
        (1.8, 0.9, 3, 2),
        (2.7, 0.9, 2, 2),
        (2.7, 0.9, 0, 0),
        (5.0, 0.0, 3, 0),
        (5.0, -1.0, 3, 0),
        (1.0, 1.0, 1, 1),
        (0.3 + 0.3 + 0.3, 0.9, 3, 1),  # 0.8999999999999999 still reaches 0.9
    ],
)
def test_extras_due_at_each_whole_threshold(expected, threshold, most, due) -> None:
    assert extras_due(expected, threshold, most) == due


def test_the_extra_goes_beside_the_riskiest_booking_with_a_no_show_still_ahead() -> None:
    # Expected from each booking to the end: 1.8, 1.5, 1.0, 0.5, 0.1. The first three
    # have a whole no-show ahead; of those the riskiest, the earlier on a tie.
    session = [
        booking(0, 0.3),
        booking(15, 0.5),
        booking(30, 0.5),
        booking(45, 0.4),
        booking(60, 0.1),
    ]
    suggestions = suggest_for_session(session, OverbookingPolicy(PolicyMode.SUGGEST, 1), 0.9)
    assert len(suggestions) == 1
    (only,) = suggestions
    assert only.beside_appointment_id == "a15"
    assert only.start == NINE + timedelta(minutes=15)
    assert only.end == NINE + timedelta(minutes=30)
    assert only.probability == 0.5
    assert only.expected_no_shows == pytest.approx(1.8)
    assert only.reason == (
        f"{GUIDED_REASON_PREFIX}: 1.8 expected no-shows this session; "
        "the booking at this time has a 50% no-show risk"
    )


def test_a_riskier_booking_too_late_to_absorb_the_wait_is_passed_over() -> None:
    # 09:45 is the riskiest, but only 0.6 no-shows are expected from it on; 09:30 has
    # exactly one whole no-show ahead, so it qualifies.
    session = [booking(0, 0.1), booking(15, 0.2), booking(30, 0.4), booking(45, 0.6)]
    (only,) = suggest_for_session(session, OverbookingPolicy(max_extra=1), 0.9)
    assert only.beside_appointment_id == "a30"
    assert expected_ahead(session) == pytest.approx([1.3, 1.2, 1.0, 0.6])


def test_the_second_extra_needs_two_no_shows_ahead() -> None:
    session = [booking(0, 0.2), booking(15, 0.6), booking(30, 0.7), booking(45, 0.8)]
    # Ahead: 2.3, 2.1, 1.5, 0.8. First: riskiest with 1 ahead (09:30); second: riskiest
    # with 2 ahead, 09:30 taken (09:15).
    found = suggest_for_session(session, OverbookingPolicy(max_extra=2), 0.9)
    assert [s.beside_appointment_id for s in found] == ["a30", "a15"]


def test_with_no_whole_no_show_ahead_the_earliest_free_place_is_used() -> None:
    session = [booking(0, 0.1, extra=True, name="x"), booking(0, 0.2), booking(15, 0.3)]
    # 0.6 expected, threshold 0.5: one extra, nowhere a whole no-show ahead; 09:00 holds
    # an extra already, so 09:15.
    (only,) = suggest_for_session(session, OverbookingPolicy(max_extra=2), 0.3)
    assert only.beside_appointment_id == "a15"
    assert suggest_for_session([booking(0, 0.9, extra=True)], OverbookingPolicy(), 0.3) == []
    # The earliest, even where a later one is riskier.
    (first,) = suggest_for_session([booking(0, 0.25), booking(15, 0.35)], OverbookingPolicy(), 0.3)
    assert first.beside_appointment_id == "a0"


def test_no_more_extras_than_places_to_put_them() -> None:
    session = [booking(0, 0.9), booking(15, 0.9)]
    found = suggest_for_session(session, OverbookingPolicy(max_extra=3), 0.3)
    assert [s.beside_appointment_id for s in found] == ["a0", "a15"]


def test_below_the_threshold_nothing_is_suggested() -> None:
    session = [booking(0, 0.4), booking(15, 0.4)]
    assert suggest_for_session(session, OverbookingPolicy(), 0.9) == []
    assert len(suggest_for_session([*session, booking(30, 0.1)], OverbookingPolicy(), 0.9)) == 1


def test_the_policy_caps_the_extras_and_off_means_none() -> None:
    session = [booking(15 * i, 0.5) for i in range(8)]  # 4.0 expected
    assert len(suggest_for_session(session, OverbookingPolicy(PolicyMode.SUGGEST, 2))) == 2
    assert len(suggest_for_session(session, OverbookingPolicy(PolicyMode.SUGGEST, 9), 0.9)) == 4
    assert suggest_for_session(session, OverbookingPolicy(PolicyMode.OFF, 9)) == []
    starts = [s.start for s in suggest_for_session(session, OverbookingPolicy(max_extra=3))]
    assert starts == [NINE, NINE + timedelta(minutes=15), NINE + timedelta(minutes=30)]


def test_extras_already_booked_count_and_their_times_are_not_offered_again() -> None:
    session = [
        booking(0, 0.6),
        booking(15, 0.5),
        booking(30, 0.5),
        booking(0, 0.2, extra=True, name="x"),
    ]
    # 1.8 expected: two extras due, one already booked at 09:00.
    suggestions = suggest_for_session(session, OverbookingPolicy(max_extra=2), 0.9)
    assert [s.beside_appointment_id for s in suggestions] == ["a15"]
    assert suggest_for_session(session, OverbookingPolicy(max_extra=1), 0.9) == []


def test_the_default_policy_suggests_one() -> None:
    assert OverbookingPolicy() == OverbookingPolicy(PolicyMode.SUGGEST, 1)
    assert DEFAULT_THRESHOLD == 0.35
