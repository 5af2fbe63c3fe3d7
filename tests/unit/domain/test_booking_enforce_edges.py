"""What a refused booking's error tells the window: the message, every reason, and
whether a person may go ahead with a reason (the Move dialog offers the override only then)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicdesk.domain.booking import BookingDecision, Verdict
from clinicdesk.domain.errors import SchedulingConflictError

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
END = START + timedelta(minutes=15)


def test_a_double_booking_needing_an_override_says_so_and_is_overridable() -> None:
    decision = BookingDecision(
        Verdict.NEEDS_OVERRIDE, START, END, override_reasons=("Dr Ames is busy at 09:00",)
    )
    with pytest.raises(SchedulingConflictError) as caught:
        decision.enforce("")
    assert str(caught.value) == "Needs an override with a reason: Dr Ames is busy at 09:00"
    assert caught.value.clashes == ("Dr Ames is busy at 09:00",)
    assert caught.value.overridable is True
    decision.enforce("patient asked for this time")  # a reason lets it through


def test_a_hard_refusal_is_not_overridable_even_with_a_reason() -> None:
    decision = BookingDecision(
        Verdict.REFUSED,
        START,
        END,
        refusals=("Dr Ames is on leave",),
        override_reasons=("Room 2 is busy",),
    )
    with pytest.raises(SchedulingConflictError) as caught:
        decision.enforce("urgent")
    assert str(caught.value) == "Cannot book: Dr Ames is on leave"
    assert caught.value.clashes == ("Dr Ames is on leave", "Room 2 is busy")
    assert caught.value.overridable is False
