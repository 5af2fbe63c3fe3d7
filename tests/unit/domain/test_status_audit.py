"""The audit of status changes: every field of each event, the exact boundaries of the
notice period and of a no-show, and the words a receptionist reads on a refusal."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from clinicdesk.domain.appointments import AppointmentEvent, CancelledBy, Status
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.status import (
    STATUS_EVENT,
    UNDO_EVENT,
    change_status,
    check_transition,
    is_late_cancellation,
    status_label,
    undo_status,
    undoable_change,
)
from tests.unit.domain.factories import MONDAY, appointment, at, clinic

SETTINGS = clinic(late_cancel_hours=24)
START = at(MONDAY, "10:00")
BOOKED_AT = START - timedelta(days=3)


def cancel(by: CancelledBy, when: object, reason: str = "") -> object:
    return change_status(
        appointment("a1", START),
        Status.CANCELLED,
        at=when,  # type: ignore[arg-type]
        by="u-desk",
        settings=SETTINGS,
        cancelled_by=by,
        reason=reason,
    )


def test_a_status_event_records_every_field() -> None:
    change = change_status(
        appointment("a1", START),
        Status.CONFIRMED,
        at=BOOKED_AT,
        by="u-desk",
        settings=SETTINGS,
        reason="Phoned back",
    )
    event = change.event
    assert (event.appointment_id, event.kind, event.at, event.by) == (
        "a1",
        STATUS_EVENT,
        BOOKED_AT,
        "u-desk",
    )
    assert (event.old_value, event.new_value, event.reason) == (
        "booked",
        "confirmed",
        "Phoned back",
    )
    assert event.id and not change.retakes_slot
    after = change.appointment
    assert (after.status, after.updated_by, after.updated_at) == (
        Status.CONFIRMED,
        "u-desk",
        BOOKED_AT,
    )
    # Only a cancellation fills in the cancellation details.
    assert (after.cancelled_by, after.cancel_reason, after.late_cancel) == (None, "", False)


def test_without_a_reason_the_events_reason_is_blank() -> None:
    change = change_status(
        appointment("a1", START), Status.CONFIRMED, at=START, by="u", settings=SETTINGS
    )
    assert change.event.reason == ""
    undone = undo_status(change.appointment, [change.event], at=START, by="u")
    assert undone.event.reason == ""


def test_each_change_gets_its_own_event_id() -> None:
    a = appointment("a1", START)
    first = change_status(a, Status.CONFIRMED, at=START, by="u", settings=SETTINGS)
    second = change_status(a, Status.CONFIRMED, at=START, by="u", settings=SETTINGS)
    assert first.event.id != second.event.id


def test_a_cancellation_records_who_why_and_lateness() -> None:
    change = cancel(CancelledBy.PATIENT, START - timedelta(hours=2), reason="Ill")
    after = change.appointment  # type: ignore[attr-defined]
    assert (after.status, after.cancelled_by, after.cancel_reason, after.late_cancel) == (
        Status.CANCELLED,
        CancelledBy.PATIENT,
        "Ill",
        True,
    )
    assert change.event.reason == "Ill"  # type: ignore[attr-defined]


def test_a_cancellation_exactly_at_the_notice_limit_is_not_late() -> None:
    limit = START - timedelta(hours=24)
    assert not is_late_cancellation(appointment("a1", START), limit, CancelledBy.PATIENT, SETTINGS)
    assert not cancel(CancelledBy.PATIENT, limit).appointment.late_cancel  # type: ignore[attr-defined]
    just_inside = limit + timedelta(microseconds=1)
    assert cancel(CancelledBy.PATIENT, just_inside).appointment.late_cancel  # type: ignore[attr-defined]
    assert not is_late_cancellation(
        appointment("a1", START), just_inside, CancelledBy.CLINIC, SETTINGS
    )


def test_the_notice_period_comes_from_the_clinic_settings() -> None:
    short_notice = clinic(late_cancel_hours=2)
    three_hours_before = START - timedelta(hours=3)
    a = appointment("a1", START)
    assert not is_late_cancellation(a, three_hours_before, CancelledBy.PATIENT, short_notice)
    assert is_late_cancellation(a, three_hours_before, CancelledBy.PATIENT, SETTINGS)


def test_a_no_show_at_exactly_the_start_is_allowed_and_a_moment_before_is_refused() -> None:
    a = appointment("a1", START)
    at_start = change_status(a, Status.NO_SHOW, at=START, by="u", settings=SETTINGS)
    assert at_start.appointment.status is Status.NO_SHOW
    with pytest.raises(ValidationError) as caught:
        change_status(
            a, Status.NO_SHOW, at=START - timedelta(microseconds=1), by="u", settings=SETTINGS
        )
    assert str(caught.value) == "An appointment cannot be a no-show before its start time."


def test_cancelling_without_saying_who_is_refused_in_words() -> None:
    with pytest.raises(ValidationError) as caught:
        change_status(
            appointment("a1", START), Status.CANCELLED, at=START, by="u", settings=SETTINGS
        )
    assert str(caught.value) == "Say who cancelled: the patient or the clinic."


def test_refusals_name_the_statuses() -> None:
    with pytest.raises(ValidationError) as same:
        check_transition(Status.ARRIVED, Status.ARRIVED)
    assert str(same.value) == "The appointment is already arrived."
    with pytest.raises(ValidationError) as final:
        check_transition(Status.NO_SHOW, Status.ARRIVED)
    assert str(final.value) == (
        "A no-show appointment cannot be marked arrived. It cannot change any more."
    )


def test_labels_are_the_words_a_receptionist_uses() -> None:
    assert [status_label(s) for s in Status] == [
        "booked",
        "confirmed",
        "arrived",
        "in room",
        "completed",
        "no-show",
        "cancelled",
    ]


def test_an_undo_event_records_every_field() -> None:
    a = appointment("a1", START)
    late = cancel(CancelledBy.PATIENT, START - timedelta(hours=2), reason="Ill")
    undone_at = START - timedelta(hours=1)
    undone = undo_status(
        late.appointment,  # type: ignore[attr-defined]
        [late.event],  # type: ignore[attr-defined]
        at=undone_at,
        by="u-manager",
        reason="Patient rang again",
    )
    event = undone.event
    assert (event.appointment_id, event.kind, event.at, event.by, event.reason) == (
        "a1",
        UNDO_EVENT,
        undone_at,
        "u-manager",
        "Patient rang again",
    )
    assert (event.old_value, event.new_value) == ("cancelled", "booked")
    assert event.id and event.id != late.event.id  # type: ignore[attr-defined]
    after = undone.appointment
    assert (after.status, after.updated_by, after.updated_at) == (
        Status.BOOKED,
        "u-manager",
        undone_at,
    )
    assert (after.cancelled_by, after.cancel_reason, after.late_cancel) == (None, "", False)
    assert undone.retakes_slot
    assert a.status is Status.BOOKED


def test_undoing_a_non_cancellation_keeps_the_other_fields() -> None:
    arrived = replace(appointment("a1", START), status=Status.CONFIRMED)
    change = change_status(arrived, Status.ARRIVED, at=START, by="u", settings=SETTINGS)
    # A stray note on the row must survive an undo that does not leave "cancelled".
    noted = replace(change.appointment, cancel_reason="kept")
    undone = undo_status(noted, [change.event], at=START, by="u")
    assert undone.appointment.status is Status.CONFIRMED
    assert undone.appointment.cancel_reason == "kept"
    assert not undone.retakes_slot


def test_undoing_a_no_show_takes_the_slot_back() -> None:
    change = change_status(
        appointment("a1", START), Status.NO_SHOW, at=START, by="u", settings=SETTINGS
    )
    undone = undo_status(change.appointment, [change.event], at=START, by="u")
    assert undone.appointment.status is Status.BOOKED and undone.retakes_slot


def test_undo_only_reads_this_appointments_history() -> None:
    mine = change_status(
        appointment("a1", START), Status.CONFIRMED, at=START, by="u", settings=SETTINGS
    )
    theirs = change_status(
        appointment("a2", START),
        Status.ARRIVED,
        at=START + timedelta(minutes=5),
        by="u",
        settings=SETTINGS,
    )
    undone = undo_status(mine.appointment, [mine.event, theirs.event], at=START, by="u")
    assert undone.appointment.status is Status.BOOKED


def _event(eid: str, kind: str, minute: int, old: str = "", new: str = "") -> AppointmentEvent:
    return AppointmentEvent(
        id=eid,
        appointment_id="a1",
        kind=kind,
        at=START + timedelta(minutes=minute),
        by="u",
        old_value=old,
        new_value=new,
    )


def test_the_undoable_change_is_found_by_replaying_in_time_order() -> None:
    confirmed = _event("e1", STATUS_EVENT, 0, "booked", "confirmed")
    arrived = _event("e2", STATUS_EVENT, 10, "confirmed", "arrived")
    undo = _event("e3", UNDO_EVENT, 20, "arrived", "confirmed")
    moved = _event("e4", "moved", 30)
    # Given out of order: the replay sorts by time.
    assert undoable_change([undo, moved, arrived, confirmed]) == confirmed
    assert undoable_change([arrived, confirmed]) == arrived
    assert undoable_change([moved]) is None
    # An undo with nothing before it is ignored, not an error.
    assert undoable_change([_event("e0", UNDO_EVENT, -5), confirmed]) == confirmed


def test_events_at_the_same_instant_replay_in_id_order() -> None:
    first = _event("e1", STATUS_EVENT, 0, "booked", "confirmed")
    second = _event("e2", STATUS_EVENT, 0, "confirmed", "arrived")
    assert undoable_change([second, first]) == second


def test_undo_refusals_in_words() -> None:
    a = appointment("a1", START)
    with pytest.raises(ValidationError) as nothing:
        undo_status(a, [], at=START, by="u")
    assert str(nothing.value) == "There is no status change to undo on this appointment."
    change = change_status(a, Status.CONFIRMED, at=START, by="u", settings=SETTINGS)
    with pytest.raises(ValidationError) as stale:
        undo_status(a, [change.event], at=START, by="u")
    assert str(stale.value) == (
        "The appointment's history does not match its status; reload it and try again."
    )
