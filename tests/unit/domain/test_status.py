"""Status machine, late cancellation and undo from history."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from clinicdesk.domain.appointments import CancelledBy, Status
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.status import (
    STATUS_EVENT,
    UNDO_EVENT,
    allowed_transitions,
    change_status,
    check_transition,
    undo_status,
)
from tests.unit.domain.factories import MONDAY, appointment, at, clinic

SETTINGS = clinic(late_cancel_hours=24)
START = at(MONDAY, "10:00")


def test_happy_path_records_each_change() -> None:
    current = appointment("a1", START)
    events = []
    for target in (Status.CONFIRMED, Status.ARRIVED, Status.IN_ROOM, Status.COMPLETED):
        change = change_status(current, target, at=START, by="u-desk", settings=SETTINGS)
        assert change.event.kind == STATUS_EVENT
        assert (change.event.old_value, change.event.new_value) == (
            current.status.value,
            target.value,
        )
        assert change.event.by == "u-desk" and change.event.at == START
        current = change.appointment
        events.append(change.event)
    assert current.status is Status.COMPLETED
    assert allowed_transitions(Status.COMPLETED) == frozenset()


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.COMPLETED, Status.BOOKED),
        (Status.CANCELLED, Status.ARRIVED),
        (Status.IN_ROOM, Status.NO_SHOW),
        (Status.BOOKED, Status.IN_ROOM),
        (Status.BOOKED, Status.BOOKED),
    ],
)
def test_disallowed_transitions_are_refused_clearly(current: Status, target: Status) -> None:
    with pytest.raises(ValidationError):
        check_transition(current, target)


def test_refusal_message_lists_the_options() -> None:
    with pytest.raises(
        ValidationError,
        match=re.escape(
            "A booked appointment cannot be marked in room. "
            "It can become: arrived, cancelled, confirmed, no-show."
        ),
    ):
        check_transition(Status.BOOKED, Status.IN_ROOM)


def test_no_show_only_after_the_start() -> None:
    with pytest.raises(ValidationError, match="before its start"):
        change_status(
            appointment("a1", START),
            Status.NO_SHOW,
            at=START - timedelta(minutes=1),
            by="u",
            settings=SETTINGS,
        )
    change = change_status(
        appointment("a1", START),
        Status.NO_SHOW,
        at=START + timedelta(minutes=15),
        by="u",
        settings=SETTINGS,
    )
    assert change.appointment.status is Status.NO_SHOW and not change.appointment.holds_slot


def test_patient_cancellation_inside_notice_is_late_clinic_never() -> None:
    a = appointment("a1", START)
    late = change_status(
        a,
        Status.CANCELLED,
        at=START - timedelta(hours=23),
        by="u",
        settings=SETTINGS,
        cancelled_by=CancelledBy.PATIENT,
        reason="ill",
    )
    assert late.appointment.late_cancel and late.appointment.cancel_reason == "ill"
    early = change_status(
        a,
        Status.CANCELLED,
        at=START - timedelta(hours=25),
        by="u",
        settings=SETTINGS,
        cancelled_by=CancelledBy.PATIENT,
    )
    assert not early.appointment.late_cancel
    clinic_side = change_status(
        a,
        Status.CANCELLED,
        at=START - timedelta(hours=1),
        by="u",
        settings=SETTINGS,
        cancelled_by=CancelledBy.CLINIC,
    )
    assert not clinic_side.appointment.late_cancel
    assert clinic_side.appointment.cancelled_by is CancelledBy.CLINIC
    with pytest.raises(ValidationError, match="who cancelled"):
        change_status(a, Status.CANCELLED, at=START, by="u", settings=SETTINGS)


def test_undo_walks_back_one_change_at_a_time() -> None:
    a = appointment("a1", START)
    history = []
    first = change_status(
        a, Status.CONFIRMED, at=START - timedelta(hours=5), by="u", settings=SETTINGS
    )
    history.append(first.event)
    second = change_status(
        first.appointment,
        Status.CANCELLED,
        at=START - timedelta(hours=2),
        by="u",
        settings=SETTINGS,
        cancelled_by=CancelledBy.PATIENT,
    )
    history.append(second.event)
    assert second.appointment.late_cancel

    undone = undo_status(second.appointment, history, at=START - timedelta(hours=1), by="u2")
    assert undone.appointment.status is Status.CONFIRMED
    assert undone.appointment.cancelled_by is None and not undone.appointment.late_cancel
    assert undone.event.kind == UNDO_EVENT and undone.retakes_slot
    history.append(undone.event)

    again = undo_status(undone.appointment, history, at=START - timedelta(minutes=30), by="u2")
    assert again.appointment.status is Status.BOOKED and not again.retakes_slot
    history.append(again.event)
    with pytest.raises(ValidationError, match="no status change to undo"):
        undo_status(again.appointment, history, at=START, by="u2")


def test_undo_refuses_when_history_and_status_disagree() -> None:
    a = appointment("a1", START)
    change = change_status(a, Status.CONFIRMED, at=START, by="u", settings=SETTINGS)
    with pytest.raises(ValidationError, match="does not match"):
        undo_status(a, [change.event], at=START, by="u")
