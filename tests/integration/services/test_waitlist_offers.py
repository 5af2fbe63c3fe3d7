"""Booking a freed slot for a waitlist patient: booked and off the list together, or
neither, in one transaction."""

from __future__ import annotations

import dataclasses

import pytest

from clinicdesk.domain.errors import NotFoundError, SchedulingConflictError
from clinicdesk.services.appointment_changes import cancel_appointment
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.views import day_schedule
from clinicdesk.services.waitlist import (
    WaitlistInput,
    add_to_waitlist,
    book_from_waitlist,
    list_waitlist,
    remove_from_waitlist,
)
from tests.integration.services.conftest import SmallClinic, at


def _freed_offer(clinic: SmallClinic):  # type: ignore[no-untyped-def]
    booked = book_appointment(
        clinic.ctx, BookingInput(clinic.smith.id, "consultation", clinic.ana.id, at(2, 9))
    ).appointment
    entry = add_to_waitlist(clinic.ctx, WaitlistInput(clinic.jones.id, "consultation"))
    change = cancel_appointment(clinic.ctx, booked.id, "feeling better")
    (candidate,) = change.waitlist_candidates
    assert candidate.entry_id == entry.id
    return candidate


def _jones_booked(clinic: SmallClinic) -> list[str]:
    return [
        a.id
        for a in day_schedule(clinic.ctx, at(2, 9).date()).active
        if a.patient_id == clinic.jones.id
    ]


def test_booking_the_offer_takes_the_patient_off_the_waitlist(clinic: SmallClinic) -> None:
    candidate = _freed_offer(clinic)
    result = book_from_waitlist(clinic.ctx, candidate)
    assert result.appointment.start == at(2, 9)
    assert result.appointment.patient_id == clinic.jones.id
    assert list_waitlist(clinic.ctx) == []
    assert _jones_booked(clinic) == [result.appointment.id]


def test_an_entry_removed_meanwhile_books_nothing(clinic: SmallClinic) -> None:
    candidate = _freed_offer(clinic)
    remove_from_waitlist(clinic.ctx, candidate.entry_id)
    with pytest.raises(NotFoundError, match="no longer on the waitlist"):
        book_from_waitlist(clinic.ctx, candidate)
    assert _jones_booked(clinic) == []


def test_a_refused_booking_leaves_the_patient_waiting(clinic: SmallClinic) -> None:
    candidate = _freed_offer(clinic)
    # Someone else took the time at another desk first.
    book_appointment(
        clinic.ctx, BookingInput(clinic.brown.id, "consultation", clinic.ana.id, at(2, 9))
    )
    with pytest.raises(SchedulingConflictError):
        book_from_waitlist(clinic.ctx, candidate)
    assert [e.id for e in list_waitlist(clinic.ctx)] == [candidate.entry_id]
    assert _jones_booked(clinic) == []
    # An offer naming another patient than its entry is refused as stale.
    stranger = dataclasses.replace(candidate, patient_id=clinic.brown.id)
    with pytest.raises(NotFoundError):
        book_from_waitlist(clinic.ctx, stranger)
