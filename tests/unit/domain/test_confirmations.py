"""The unconfirmed list: working days, which visits, and call order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from clinicdesk.domain.confirmations import (
    Confirmation,
    ConfirmationCandidate,
    standard_order,
    unconfirmed_list,
    working_days,
)

MONDAY = date(2025, 3, 10)
WEEKDAYS = {0, 1, 2, 3, 4}


def test_working_days_skip_closed_days() -> None:
    friday = date(2025, 3, 14)
    assert working_days(friday, 3, WEEKDAYS) == [friday, date(2025, 3, 17), date(2025, 3, 18)]
    assert working_days(MONDAY, 1, WEEKDAYS) == [MONDAY]
    assert working_days(date(2025, 3, 15), 1, WEEKDAYS) == [date(2025, 3, 17)]
    assert working_days(MONDAY, 0, WEEKDAYS) == []
    assert working_days(MONDAY, 3, set()) == []


def candidate(
    key: str,
    hour: int,
    no_shows: int = 0,
    state: Confirmation = Confirmation.UNCONFIRMED,
    day: date = MONDAY,
) -> ConfirmationCandidate:
    start = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return ConfirmationCandidate(key, "p-" + key, start, day, state, no_shows)


def test_only_unconfirmed_or_unclear_visits_on_the_days_are_listed() -> None:
    listed = unconfirmed_list(
        [
            candidate("a", 9),
            candidate("b", 9, state=Confirmation.CONFIRMED),
            candidate("c", 9, state=Confirmation.DECLINED),
            candidate("d", 9, state=Confirmation.UNCLEAR),
            candidate("e", 9, day=MONDAY + timedelta(days=1)),
        ],
        {MONDAY},
    )
    assert [c.appointment_id for c in listed] == ["a", "d"]


def test_order_is_start_then_more_no_shows_then_id() -> None:
    listed = unconfirmed_list(
        [candidate("a", 10), candidate("b", 9, 0), candidate("c", 9, 2), candidate("d", 9, 2)],
        {MONDAY},
    )
    assert [c.appointment_id for c in listed] == ["c", "d", "b", "a"]
    assert sorted(listed, key=standard_order) == listed


def test_an_extra_key_sits_between_start_and_no_shows() -> None:
    listed = unconfirmed_list(
        [candidate("a", 9, 5), candidate("b", 9, 0), candidate("c", 8, 0)],
        {MONDAY},
        extra_key={"b": 0.9, "a": 0.1},
    )
    assert [c.appointment_id for c in listed] == ["c", "b", "a"]


def test_a_caller_order_replaces_the_standard_one() -> None:
    listed = unconfirmed_list(
        [candidate("a", 9), candidate("b", 10)], {MONDAY}, order=lambda c: -c.start.timestamp()
    )
    assert [c.appointment_id for c in listed] == ["b", "a"]


def test_a_visit_without_an_extra_score_counts_as_zero() -> None:
    listed = unconfirmed_list(
        [candidate("a", 9, 5), candidate("b", 9, 0)], {MONDAY}, extra_key={"b": 0.5}
    )
    assert [c.appointment_id for c in listed] == ["b", "a"]
