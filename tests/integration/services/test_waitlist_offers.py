"""Booking a freed slot for a waitlist patient: booked and off the list together, or
neither, in one transaction."""

from __future__ import annotations

import dataclasses

import pytest

from clinicdesk.domain.errors import NotFoundError, SchedulingConflictError
from clinicdesk.domain.patients import Phone
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
from tests.integration.services.conftest import SmallClinic, at, audit_rows


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


def test_a_second_entry_for_the_same_need_is_refused_and_changes_nothing(
    clinic: SmallClinic,
) -> None:
    first = add_to_waitlist(clinic.ctx, WaitlistInput(clinic.jones.id, "consultation"))
    with pytest.raises(SchedulingConflictError, match="already on the waitlist for Consultation"):
        add_to_waitlist(clinic.ctx, WaitlistInput(clinic.jones.id, "Consultation"))
    assert [e.id for e in list_waitlist(clinic.ctx)] == [first.id]
    # Another patient, or the same patient once the first entry is gone, may be added.
    add_to_waitlist(clinic.ctx, WaitlistInput(clinic.smith.id, "consultation"))
    remove_from_waitlist(clinic.ctx, first.id)
    again = add_to_waitlist(clinic.ctx, WaitlistInput(clinic.jones.id, "consultation"))
    assert again.id != first.id


def test_booking_the_patient_another_way_closes_the_entry_it_meets(clinic: SmallClinic) -> None:
    waiting = add_to_waitlist(clinic.ctx, WaitlistInput(clinic.jones.id, "consultation"))
    with_ben_only = add_to_waitlist(
        clinic.ctx, WaitlistInput(clinic.smith.id, "consultation", provider_ids=(clinic.ben.id,))
    )
    # Jones is booked by phone, not from an offer: no longer waiting.
    book_appointment(
        clinic.ctx, BookingInput(clinic.jones.id, "consultation", clinic.ana.id, at(2, 9))
    )
    # Smith waits for Dr Cho; a booking with Dr Lee does not meet that.
    book_appointment(
        clinic.ctx, BookingInput(clinic.smith.id, "consultation", clinic.ana.id, at(2, 10))
    )
    assert [e.id for e in list_waitlist(clinic.ctx)] == [with_ben_only.id]
    closed = [row for row in audit_rows(clinic.ctx) if row[1] == waiting.id]
    assert [(event, outcome) for event, _, outcome, _ in closed] == [
        ("waitlist.add", "ok"),
        ("waitlist.remove", "booked"),
    ]


def test_an_offer_lists_the_patients_phone_numbers(clinic: SmallClinic) -> None:
    with clinic.ctx.uow_factory() as uow:
        uow.patients.update(
            dataclasses.replace(
                clinic.jones,
                phones=(Phone("+44 7700 900123", "mobile"), Phone("+44 20 7946 0001", "home")),
            )
        )
        uow.commit()
    candidate = _freed_offer(clinic)
    expected = ("+44 7700 900123 (mobile)", "+44 20 7946 0001 (home)")
    assert candidate.phones == expected
    (entry,) = list_waitlist(clinic.ctx)
    assert entry.phones == expected
