"""Recall rules: intervals, month-end arithmetic, the due list, hiding, closing, messages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import bind
from clinicdesk.domain.recall import (
    DEFAULT_HIDE_DAYS,
    DEFAULT_MAX_MESSAGES,
    DEFAULT_REMIND_DAYS_BEFORE,
    MAX_COUNT,
    MAX_HIDE_DAYS,
    MAX_WITHIN_DAYS,
    DueRecall,
    DueState,
    Interval,
    IntervalUnit,
    Recall,
    RecallStatus,
    RecallType,
    add_interval,
    add_months,
    check_hide_days,
    check_within_days,
    close,
    closes,
    due_list,
    due_state,
    hidden_until,
    is_hidden,
    message_day,
    message_still_true,
    month_end,
    next_recall_due,
    parse_interval,
    record_attempt,
    send_moment,
    window_end,
)
from clinicdesk.domain.reminders import QuietHours

AT = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
TODAY = date(2025, 3, 10)


def recall(key: str = "r1", due: date = TODAY, **changes: object) -> Recall:
    base = Recall(
        id=key,
        patient_id="p1",
        recall_type_id="t1",
        due=due,
        created_at=AT,
        updated_at=AT,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def kind(type_id: str | None = "check", months: int = 6) -> RecallType:
    return RecallType("t1", "6-month check", Interval(months, IntervalUnit.MONTHS), AT, type_id)


# --- intervals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("6m", 6, IntervalUnit.MONTHS),
        ("6 months", 6, IntervalUnit.MONTHS),
        ("1 month", 1, IntervalUnit.MONTHS),
        (" 1Y ", 1, IntervalUnit.YEARS),
        ("2 years", 2, IntervalUnit.YEARS),
        ("1 year", 1, IntervalUnit.YEARS),
        ("6w", 6, IntervalUnit.WEEKS),
        ("1 week", 1, IntervalUnit.WEEKS),
        ("3 weeks", 3, IntervalUnit.WEEKS),
        ("90d", 90, IntervalUnit.DAYS),
        ("1 day", 1, IntervalUnit.DAYS),
        ("10 DAYS", 10, IntervalUnit.DAYS),
        ("+3m", 3, IntervalUnit.MONTHS),
    ],
)
def test_intervals_are_read_in_short_and_long_words(
    text: str, count: int, unit: IntervalUnit
) -> None:
    assert parse_interval(text) == Interval(count, unit)


def test_an_interval_that_is_not_one_says_how_to_write_it() -> None:
    with pytest.raises(ValidationError) as error:
        parse_interval("six months")
    assert error.value.message == (
        "'six months' is not an interval; write a number and a unit, like 6m, 1y, 6w or 90d."
    )
    with pytest.raises(ValidationError) as error:
        parse_interval("6 fortnights")
    assert error.value.message == (
        "'fortnights' is not a unit; use d (days), w (weeks), m (months) or y (years)."
    )
    for text in ("", "6", "m", "6.5m", "6m 2d"):
        with pytest.raises(ValidationError):
            parse_interval(text)


@pytest.mark.parametrize("unit", list(IntervalUnit))
def test_zero_negative_and_huge_intervals_are_refused_at_their_bounds(unit: IntervalUnit) -> None:
    limit = MAX_COUNT[unit]
    assert Interval(1, unit).count == 1
    assert Interval(limit, unit).count == limit
    for count in (0, -1, limit + 1, 10**12):
        with pytest.raises(ValidationError) as error:
            Interval(count, unit)
        assert error.value.message == (
            f"A recall interval of {count} {unit.value} is outside 1 to {limit} {unit.value}."
        )


def test_the_longest_interval_is_ten_years_in_every_unit() -> None:
    assert MAX_COUNT == {
        IntervalUnit.DAYS: 3650,
        IntervalUnit.WEEKS: 520,
        IntervalUnit.MONTHS: 120,
        IntervalUnit.YEARS: 10,
    }
    with pytest.raises(ValidationError):
        parse_interval("-6m")
    with pytest.raises(ValidationError):
        parse_interval("11y")


def test_an_interval_reads_as_words() -> None:
    assert Interval(6, IntervalUnit.MONTHS).text() == "6 months"
    assert parse_interval("1y").text() == "1 years"


# --- date arithmetic ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 8, 31), 6, date(2026, 2, 28)),  # shorter month: its last day
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # leap year
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 1, 30), 1, date(2025, 2, 28)),
        (date(2025, 1, 28), 1, date(2025, 2, 28)),
        (date(2025, 1, 15), 1, date(2025, 2, 15)),
        (date(2025, 12, 31), 1, date(2026, 1, 31)),  # over the year's end
        (date(2025, 11, 30), 2, date(2026, 1, 30)),
        (date(2025, 12, 1), 12, date(2026, 12, 1)),
        (date(2025, 7, 15), 6, date(2026, 1, 15)),
        (date(2025, 6, 30), 6, date(2025, 12, 30)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 5, 31), 0, date(2025, 5, 31)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 1, 31), -1, date(2024, 12, 31)),
    ],
)
def test_months_keep_the_day_or_take_the_last_of_a_shorter_month(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


def test_each_unit_adds_its_own_length() -> None:
    start = date(2025, 8, 31)
    assert add_interval(start, Interval(10, IntervalUnit.DAYS)) == date(2025, 9, 10)
    assert add_interval(start, Interval(2, IntervalUnit.WEEKS)) == date(2025, 9, 14)
    assert add_interval(start, Interval(6, IntervalUnit.MONTHS)) == date(2026, 2, 28)
    assert add_interval(date(2024, 2, 29), Interval(1, IntervalUnit.YEARS)) == date(2025, 2, 28)
    assert add_interval(date(2024, 2, 29), Interval(4, IntervalUnit.YEARS)) == date(2028, 2, 29)
    assert add_interval(start, Interval(2, IntervalUnit.YEARS)) == date(2027, 8, 31)


def test_dates_across_a_dst_change_move_by_whole_days() -> None:
    # Europe's spring change is on 2025-03-30; dates carry no clock, so nothing shifts.
    assert add_interval(date(2025, 3, 29), Interval(1, IntervalUnit.DAYS)) == date(2025, 3, 30)
    assert add_interval(date(2025, 3, 29), Interval(1, IntervalUnit.WEEKS)) == date(2025, 4, 5)
    assert add_interval(date(2025, 10, 25), Interval(7, IntervalUnit.DAYS)) == date(2025, 11, 1)


def test_the_next_due_date_is_one_interval_after_the_visit() -> None:
    assert next_recall_due(date(2025, 8, 31), kind()) == date(2026, 2, 28)
    assert next_recall_due(date(2025, 8, 31), kind(months=12)) == date(2026, 8, 31)


def test_month_end_and_the_due_window() -> None:
    assert month_end(date(2025, 2, 3)) == date(2025, 2, 28)
    assert month_end(date(2024, 2, 1)) == date(2024, 2, 29)
    assert month_end(date(2025, 12, 31)) == date(2025, 12, 31)
    assert month_end(date(2025, 4, 30)) == date(2025, 4, 30)
    assert window_end(TODAY, None) == date(2025, 3, 31)
    assert window_end(TODAY, 0) == TODAY
    assert window_end(TODAY, 30) == date(2025, 4, 9)
    assert window_end(TODAY, MAX_WITHIN_DAYS) == TODAY + timedelta(days=3650)


def test_windows_and_hide_days_are_bounded() -> None:
    assert check_within_days(0) == 0
    assert check_within_days(MAX_WITHIN_DAYS) == MAX_WITHIN_DAYS
    for days in (-1, MAX_WITHIN_DAYS + 1):
        with pytest.raises(ValidationError) as error:
            check_within_days(days)
        assert error.value.message == f"'Due within {days} days' is outside 0 to 3650 days."
    assert check_hide_days(0) == 0
    assert check_hide_days(MAX_HIDE_DAYS) == MAX_HIDE_DAYS
    for days in (-1, MAX_HIDE_DAYS + 1):
        with pytest.raises(ValidationError) as error:
            check_hide_days(days)
        assert error.value.message == (
            f"Hiding a patient for {days} days after a call is outside 0 to 365 days."
        )
    with pytest.raises(ValidationError):
        window_end(TODAY, -1)


# --- attempts and hiding -----------------------------------------------------------------


def test_an_attempt_counts_and_hides_the_patient_for_the_hide_days() -> None:
    later = AT + timedelta(hours=2)
    called = record_attempt(recall(hide_days=14), TODAY, later)
    assert called.attempts == 1
    assert called.last_attempt_on == TODAY
    assert called.updated_at == later
    assert hidden_until(called) == date(2025, 3, 24)
    assert is_hidden(called, TODAY)
    assert is_hidden(called, date(2025, 3, 23))
    assert not is_hidden(called, date(2025, 3, 24))  # the first day it shows again
    again = record_attempt(called, date(2025, 3, 24), later)
    assert again.attempts == 2
    assert hidden_until(again) == date(2025, 4, 7)


def test_never_called_is_never_hidden_and_zero_hide_days_hide_nothing() -> None:
    assert hidden_until(recall()) is None
    assert not is_hidden(recall(), TODAY)
    called = record_attempt(recall(hide_days=0), TODAY, AT)
    assert hidden_until(called) == TODAY
    assert not is_hidden(called, TODAY)


def test_only_an_open_recall_takes_an_attempt() -> None:
    for status in (RecallStatus.CLOSED, RecallStatus.VOID):
        with pytest.raises(ValidationError) as error:
            record_attempt(recall(status=status), TODAY, AT)
        assert error.value.message == (
            f"This recall is {status.value}; only an open one is called."
        )


def test_default_hide_days() -> None:
    assert DEFAULT_HIDE_DAYS == 14
    assert recall().hide_days == 14
    assert kind().hide_days == 14


# --- the due list ------------------------------------------------------------------------


def test_due_state_boundaries() -> None:
    end = date(2025, 3, 31)
    assert due_state(date(2025, 3, 9), TODAY, end) is DueState.OVERDUE
    assert due_state(TODAY, TODAY, end) is DueState.DUE
    assert due_state(end, TODAY, end) is DueState.DUE
    assert due_state(date(2025, 4, 1), TODAY, end) is DueState.LATER


def test_the_due_list_shows_overdue_and_due_in_the_window_in_due_order() -> None:
    end = date(2025, 3, 31)
    rows = [
        recall("closed", date(2025, 1, 1), status=RecallStatus.CLOSED),
        recall("later", date(2025, 4, 1)),
        recall("due_end", end),
        recall("void", date(2025, 1, 1), status=RecallStatus.VOID),
        recall("overdue", date(2024, 12, 1)),
        recall("deleted", date(2025, 1, 1), deleted=True),
        recall("today", TODAY),
    ]
    found = due_list(rows, TODAY, end)
    assert [item.recall.id for item in found] == ["overdue", "today", "due_end"]
    assert [item.state for item in found] == [DueState.OVERDUE, DueState.DUE, DueState.DUE]
    assert all(item.hidden_until is None for item in found)


def test_hidden_patients_are_left_out_unless_asked_for() -> None:
    end = date(2025, 3, 31)
    hidden = recall("hidden", date(2025, 3, 1), attempts=1, last_attempt_on=date(2025, 3, 5))
    shown_again = recall("back", date(2025, 3, 1), attempts=1, last_attempt_on=date(2025, 2, 20))
    assert [item.recall.id for item in due_list([hidden, shown_again], TODAY, end)] == ["back"]
    both = due_list([hidden, shown_again], TODAY, end, include_hidden=True)
    assert both == [
        DueRecall(shown_again, DueState.OVERDUE, date(2025, 3, 6)),
        DueRecall(hidden, DueState.OVERDUE, date(2025, 3, 19)),
    ]


def test_same_due_day_puts_fewer_attempts_first_then_the_id() -> None:
    end = date(2025, 3, 31)
    rows = [
        recall("b", TODAY, attempts=2, last_attempt_on=date(2025, 1, 1)),
        recall("c", TODAY),
        recall("a", TODAY),
    ]
    assert [item.recall.id for item in due_list(rows, TODAY, end)] == ["a", "c", "b"]


# --- closing -----------------------------------------------------------------------------


def test_a_booking_of_the_linked_type_for_the_patient_closes_an_open_recall() -> None:
    assert closes(recall(), kind("check"), "p1", "check")
    assert not closes(recall(), kind("check"), "p2", "check")
    assert not closes(recall(), kind("check"), "p1", "other")
    assert not closes(recall(), kind(None), "p1", "check")
    assert not closes(recall(status=RecallStatus.CLOSED), kind("check"), "p1", "check")
    assert not closes(recall(status=RecallStatus.VOID), kind("check"), "p1", "check")


def test_closing_records_the_booking() -> None:
    later = AT + timedelta(days=1)
    closed = close(recall(), "a9", later)
    assert closed.status is RecallStatus.CLOSED
    assert closed.closed_by_appointment_id == "a9"
    assert closed.updated_at == later
    assert closed.attempts == 0


def test_a_type_without_an_interval_link_is_a_hand_set_recall() -> None:
    assert kind(None).type_id is None


# --- messages ----------------------------------------------------------------------------


def test_a_recall_message_goes_days_before_the_due_date_and_not_in_the_past() -> None:
    due = date(2025, 6, 30)
    assert DEFAULT_REMIND_DAYS_BEFORE == 14
    assert message_day(recall(due=due), TODAY) == date(2025, 6, 16)
    assert message_day(recall(due=due), TODAY, days_before=0) == due
    assert message_day(recall(due=due), date(2025, 6, 20)) == date(2025, 6, 20)
    assert message_day(recall(due=date(2025, 1, 1)), TODAY) == TODAY
    assert message_day(recall(due=date(2025, 3, 24)), TODAY) == TODAY
    assert message_day(recall(due=date(2025, 3, 25)), TODAY) == date(2025, 3, 11)


def test_after_an_attempt_the_next_message_waits_for_the_hide_window() -> None:
    called = recall(
        due=date(2025, 3, 1), attempts=1, last_attempt_on=date(2025, 3, 5), hide_days=14
    )
    assert message_day(called, TODAY) == date(2025, 3, 19)
    early = recall(due=date(2025, 6, 30), attempts=1, last_attempt_on=TODAY, hide_days=14)
    assert message_day(early, TODAY) == date(2025, 6, 16)  # the hide ends before that
    edge = recall(due=date(2025, 4, 7), attempts=1, last_attempt_on=TODAY, hide_days=14)
    assert message_day(edge, TODAY) == date(2025, 3, 24)


def test_no_message_once_the_attempts_are_used_or_the_recall_ended() -> None:
    assert DEFAULT_MAX_MESSAGES == 3
    assert message_day(recall(attempts=2), TODAY) == TODAY
    assert message_day(recall(attempts=3), TODAY) is None
    assert message_day(recall(attempts=1), TODAY, max_attempts=1) is None
    assert message_day(recall(attempts=0), TODAY, max_attempts=1) == TODAY
    assert message_day(recall(status=RecallStatus.CLOSED), TODAY) is None
    assert message_day(recall(status=RecallStatus.VOID), TODAY) is None
    assert message_day(recall(deleted=True), TODAY) is None


def test_a_queued_recall_message_is_true_while_open_shown_and_with_attempts_left() -> None:
    assert message_still_true(recall(), TODAY)
    assert message_still_true(recall(attempts=2), TODAY)
    assert not message_still_true(recall(attempts=3), TODAY)
    assert not message_still_true(recall(attempts=1), TODAY, max_attempts=1)
    assert message_still_true(recall(attempts=0), TODAY, max_attempts=1)
    assert not message_still_true(recall(status=RecallStatus.CLOSED), TODAY)
    assert not message_still_true(recall(status=RecallStatus.VOID), TODAY)
    assert not message_still_true(recall(deleted=True), TODAY)
    hidden = recall(attempts=1, last_attempt_on=TODAY)
    assert not message_still_true(hidden, TODAY)
    assert not message_still_true(hidden, date(2025, 3, 23))
    assert message_still_true(hidden, date(2025, 3, 24))


LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def test_recall_messages_go_at_ten_on_the_clinic_clock_across_dst() -> None:
    quiet = QuietHours()
    assert send_moment(date(2025, 3, 28), LONDON, quiet) == datetime(2025, 3, 28, 10, tzinfo=UTC)
    assert send_moment(date(2025, 3, 31), LONDON, quiet) == datetime(2025, 3, 31, 9, tzinfo=UTC)
    assert send_moment(date(2025, 3, 7), NEW_YORK, quiet) == datetime(2025, 3, 7, 15, tzinfo=UTC)
    assert send_moment(date(2025, 3, 10), NEW_YORK, quiet) == datetime(2025, 3, 10, 14, tzinfo=UTC)


def test_a_clinic_that_keeps_the_morning_quiet_sends_when_it_ends() -> None:
    late = QuietHours(start=time(21, 0), end=time(11, 30))
    assert send_moment(date(2025, 3, 28), LONDON, late) == datetime(2025, 3, 28, 11, 30, tzinfo=UTC)
    edge = QuietHours(start=time(10, 0), end=time(12, 0))  # starts exactly at ten
    assert send_moment(date(2025, 3, 28), LONDON, edge) == datetime(2025, 3, 28, 12, tzinfo=UTC)
    before = QuietHours(start=time(8, 0), end=time(10, 0))  # ends exactly at ten
    assert send_moment(date(2025, 3, 28), LONDON, before) == datetime(2025, 3, 28, 10, tzinfo=UTC)


@pytest.fixture
def marking_catalogue() -> Iterator[list[tuple[str, str]]]:
    """A bound catalogue that answers every lookup with its context, so a message that
    asks the wrong context (or is not looked up) shows."""
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str, _disambiguation: str | None, _n: int) -> str:
        asked.append((context, text))
        return f"[{context}] {text}"

    bind(translate)
    try:
        yield asked
    finally:
        bind(None)


def test_refusals_are_looked_up_in_the_recall_catalogue(
    marking_catalogue: list[tuple[str, str]],
) -> None:
    refusals = [
        lambda: Interval(0, IntervalUnit.DAYS),
        lambda: parse_interval("soon"),
        lambda: parse_interval("6 fortnights"),
        lambda: check_hide_days(-1),
        lambda: check_within_days(-1),
        lambda: record_attempt(recall(status=RecallStatus.VOID), TODAY, AT),
    ]
    messages = []
    for refuse in refusals:
        with pytest.raises(ValidationError) as error:
            refuse()
        messages.append(error.value.message)
    assert messages == [
        "[recall] A recall interval of 0 days is outside 1 to 3650 days.",
        "[recall] 'soon' is not an interval; write a number and a unit, like 6m, 1y, 6w or 90d.",
        "[recall] 'fortnights' is not a unit; use d (days), w (weeks), m (months) or y (years).",
        "[recall] Hiding a patient for -1 days after a call is outside 0 to 365 days.",
        "[recall] 'Due within -1 days' is outside 0 to 3650 days.",
        "[recall] This recall is void; only an open one is called.",
    ]
    assert {context for context, _ in marking_catalogue} == {"recall"}
