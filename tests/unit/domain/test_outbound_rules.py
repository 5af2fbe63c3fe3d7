"""Outbound queue rules: state transitions, back-off, and the still-true check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.outbound import (
    MAX_ATTEMPTS,
    DeliveryError,
    MessageState,
    VisitNow,
    check_transition,
    next_attempt,
    still_true,
)

NOW = datetime(2025, 3, 10, 12, tzinfo=UTC)
START = datetime(2025, 3, 12, 10, tzinfo=UTC)

ALLOWED = {
    ("queued", "sending"),
    ("queued", "failed"),
    ("queued", "void"),
    ("sending", "sent"),
    ("sending", "queued"),
    ("sending", "failed"),
    ("sent", "delivered"),
    ("sent", "failed"),
}


@pytest.mark.parametrize("old", list(MessageState))
@pytest.mark.parametrize("new", list(MessageState))
def test_exactly_the_listed_transitions_are_allowed(old: MessageState, new: MessageState) -> None:
    if (old.value, new.value) in ALLOWED:
        check_transition(old, new)
    else:
        with pytest.raises(
            ValidationError, match=f"A {old.value} message cannot become {new.value}"
        ):
            check_transition(old, new)


def test_back_off_grows_then_gives_up() -> None:
    assert MAX_ATTEMPTS == 5
    assert [next_attempt(n, NOW) for n in range(1, 6)] == [
        NOW + timedelta(minutes=1),
        NOW + timedelta(minutes=5),
        NOW + timedelta(minutes=15),
        NOW + timedelta(hours=1),
        None,
    ]


def test_a_longer_retry_after_is_honoured_a_shorter_or_equal_one_is_not() -> None:
    assert next_attempt(1, NOW, timedelta(minutes=10)) == NOW + timedelta(minutes=10)
    assert next_attempt(1, NOW, timedelta(seconds=30)) == NOW + timedelta(minutes=1)
    assert next_attempt(2, NOW, timedelta(minutes=5)) == NOW + timedelta(minutes=5)
    assert next_attempt(5, NOW, timedelta(minutes=10)) is None


def test_back_off_needs_a_failure() -> None:
    with pytest.raises(ValueError) as caught:
        next_attempt(0, NOW)
    assert str(caught.value) == "next_attempt is for a message that has failed at least once"


def test_still_true_when_nothing_changed() -> None:
    assert still_true({"a": START}, {"a": VisitNow(START, True)}, NOW)


@pytest.mark.parametrize(
    "current",
    [
        {},  # deleted or never seen
        {"a": VisitNow(START, False)},  # cancelled
        {"a": VisitNow(START + timedelta(minutes=15), True)},  # moved
    ],
)
def test_not_true_after_a_change(current: dict[str, VisitNow]) -> None:
    assert not still_true({"a": START}, current, NOW)


def test_not_true_once_the_visit_begins() -> None:
    current = {"a": VisitNow(START, True)}
    assert still_true({"a": START}, current, START - timedelta(seconds=1))
    assert not still_true({"a": START}, current, START)


def test_every_visit_of_a_combined_message_must_hold() -> None:
    later = START + timedelta(hours=3)
    promised = {"a": START, "b": later}
    assert still_true(promised, {"a": VisitNow(START, True), "b": VisitNow(later, True)}, NOW)
    assert not still_true(promised, {"a": VisitNow(START, True), "b": VisitNow(later, False)}, NOW)
    assert not still_true({}, {}, NOW)


def test_a_delivery_error_is_retryable_unless_said_otherwise() -> None:
    plain = DeliveryError("The gateway answered 503.")
    assert (plain.message, plain.permanent, plain.retry_after) == (
        "The gateway answered 503.",
        False,
        None,
    )
    final = DeliveryError("Refused.", permanent=True, retry_after=timedelta(seconds=3))
    assert (final.permanent, final.retry_after) == (True, timedelta(seconds=3))
