"""Freed time offered to the waitlist by message on the real store: offers queued in the
cancel's transaction, the first acceptance booked with the entry's end in the reply's
transaction, later ones told the time is gone, and answers to replies queued under the
queue's rules (consent, quiet hours)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.outbound import Channel, MessageState
from clinicdesk.domain.patients import ContactChannel, Patient, Phone
from clinicdesk.services import catalog, messages
from clinicdesk.services.appointment_changes import (
    cancel_appointment,
    move_appointment,
    set_status,
)
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.messages import PolledReply
from clinicdesk.services.waitlist import WaitlistInput, add_to_waitlist, list_waitlist
from tests.integration.services.conftest import SmallClinic, at, audit_rows
from tests.integration.services.test_reminder_queue import Clock, RecordingGateway, Replies

NUMBERS = {"Smith": "+447700900001", "Jones": "+447700900002", "Brown": "+447700900003"}


def _reachable(ctx: ServiceContext, patient: Patient, consent: bool = True) -> None:
    with ctx.uow_factory() as uow:
        uow.patients.update(
            dataclasses.replace(
                patient,
                phones=(Phone(NUMBERS[patient.family], "mobile"),),
                contact_channel=ContactChannel.SMS,
            )
        )
        uow.commit()
    if consent:
        messages.set_consent(ctx, patient.id, sms=True)


@pytest.fixture
def desk(clinic: SmallClinic) -> tuple[ServiceContext, Clock]:
    clock = Clock(at(2, 8))  # Monday 2 March 2026, GMT
    ctx = dataclasses.replace(clinic.ctx, clock=clock)
    messages.set_message_setting(ctx, "sending_workstation", "test-pc")
    for patient in (clinic.smith, clinic.jones, clinic.brown):
        _reachable(ctx, patient)
    return ctx, clock


def _freed(ctx: ServiceContext, clinic: SmallClinic, *waiting: Patient) -> str:
    """Smith's Thursday 10:00 visit cancelled with these patients on the waitlist."""
    visit = book_appointment(
        ctx, BookingInput(clinic.smith.id, "consultation", clinic.ana.id, at(5, 10))
    ).appointment.id
    for patient in waiting:
        add_to_waitlist(ctx, WaitlistInput(patient.id, "consultation"))
    cancel_appointment(ctx, visit, "Patient away")
    return visit


def _offers(ctx: ServiceContext) -> list[tuple[str, str]]:
    return sorted(
        (m.patient_id, m.state)
        for m in messages.list_messages(ctx, limit=1000)
        if m.id in _ids_of(ctx, "slot_offer")
    )


def _ids_of(ctx: ServiceContext, template: str) -> set[str]:
    with ctx.uow_factory() as uow:
        return {
            m.id
            for state in MessageState
            for m in uow.messages.in_state(state, limit=10_000)
            if m.template == template
        }


def _visits_of(ctx: ServiceContext, patient: Patient) -> list[tuple[datetime, Status]]:
    with ctx.uow_factory() as uow:
        return sorted((a.start, a.status) for a in uow.appointments.for_patient(patient.id))


def _reply(ctx: ServiceContext, patient: Patient, text: str, gateway_id: str) -> None:
    replies = Replies([PolledReply(gateway_id, NUMBERS[patient.family], text, ctx.now())])
    messages.run_messages(ctx, {Channel.SMS: RecordingGateway()}, [replies])


def test_freed_time_is_offered_by_message_and_the_first_yes_gets_it(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    _freed(ctx, clinic, clinic.jones, clinic.brown)
    # Queued in the cancel's own transaction, to both waiting patients.
    assert _offers(ctx) == sorted([(clinic.jones.id, "queued"), (clinic.brown.id, "queued")])
    gateway = RecordingGateway()
    messages.run_messages(ctx, {Channel.SMS: gateway})
    offers = sorted(body for _address, _subject, body in gateway.sent)
    assert len(offers) == 2
    assert all("free time" in body and "Thu 05 Mar at 10:00" in body for body in offers)
    assert any(body.startswith("Hello Mary") for body in offers)

    clock.now = at(2, 9)
    replies = Replies([PolledReply("IN1", NUMBERS["Jones"], "Yes", clock.now)])
    report = messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    assert report.to_inbox == 0
    assert _visits_of(ctx, clinic.jones) == [(at(5, 10), Status.BOOKED)]
    assert [entry.patient_id for entry in list_waitlist(ctx)] == [clinic.brown.id]
    events = [row[0] for row in audit_rows(ctx)]
    assert sorted(events[-2:]) == ["appointment.book", "waitlist.remove"]
    # The answer is queued with the booking and sent by the next run.
    clock.now = at(2, 9, 1)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert gateway.sent[-1][0] == NUMBERS["Jones"]
    assert "you are booked with Dr Ana Lee on Thu 05 Mar at 10:00" in gateway.sent[-1][2]

    # Brown accepts too late: not booked, still waiting, told the time is gone.
    clock.now = at(2, 9, 5)
    replies.replies = [PolledReply("IN2", NUMBERS["Brown"], "C", clock.now)]
    messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    assert _visits_of(ctx, clinic.brown) == []
    assert [entry.patient_id for entry in list_waitlist(ctx)] == [clinic.brown.id]
    clock.now = at(2, 9, 6)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert gateway.sent[-1][0] == NUMBERS["Brown"]
    assert "the time on Thu 05 Mar at 10:00 is no longer free" in gateway.sent[-1][2]
    # Jones saying yes again books nothing more (the reply is for staff).
    replies.replies = [PolledReply("IN3", NUMBERS["Jones"], "yes", clock.now)]
    messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    assert len(_visits_of(ctx, clinic.jones)) == 1


def test_only_consenting_patients_are_offered_and_offers_lapse(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    messages.set_consent(ctx, clinic.brown.id, sms=False)
    _freed(ctx, clinic, clinic.jones, clinic.brown)
    assert _offers(ctx) == [(clinic.jones.id, "queued")]
    # Not sent before the notice before the visit ran out (the PC was off): void.
    clock.now = at(5, 9)
    report = messages.run_messages(ctx, {Channel.SMS: RecordingGateway()})
    assert report.sent == 0
    assert _offers(ctx) == [(clinic.jones.id, "void")]


def test_an_acceptance_after_the_time_was_booked_by_phone_books_nothing(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    _freed(ctx, clinic, clinic.jones)
    messages.run_messages(ctx, {Channel.SMS: RecordingGateway()})
    book_appointment(ctx, BookingInput(clinic.brown.id, "consultation", clinic.ana.id, at(5, 10)))
    before = audit_rows(ctx)
    clock.now = at(2, 9)
    _reply(ctx, clinic.jones, "YES", "IN1")
    assert _visits_of(ctx, clinic.jones) == []
    assert [entry.patient_id for entry in list_waitlist(ctx)] == [clinic.jones.id]
    assert [row[0] for row in audit_rows(ctx)[len(before) :]] == ["messages.run"]
    assert len(_ids_of(ctx, "slot_gone")) == 1


def test_a_move_offers_the_old_time_and_no_says_no(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    visit = book_appointment(
        ctx, BookingInput(clinic.smith.id, "consultation", clinic.ana.id, at(5, 10))
    ).appointment.id
    add_to_waitlist(ctx, WaitlistInput(clinic.jones.id, "consultation"))
    move_appointment(ctx, visit, at(5, 14))
    assert _offers(ctx) == [(clinic.jones.id, "queued")]
    messages.run_messages(ctx, {Channel.SMS: RecordingGateway()})
    clock.now = at(2, 9)
    _reply(ctx, clinic.jones, "no", "IN1")
    assert _visits_of(ctx, clinic.jones) == []
    assert messages.staff_inbox(ctx) == []
    assert _ids_of(ctx, "slot_gone") == set() and _ids_of(ctx, "slot_taken") == set()


def test_a_stop_to_an_offer_still_opts_out(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    _freed(ctx, clinic, clinic.jones)
    messages.run_messages(ctx, {Channel.SMS: RecordingGateway()})
    clock.now = at(2, 9)
    _reply(ctx, clinic.jones, "STOP", "IN1")
    book_appointment(ctx, BookingInput(clinic.jones.id, "consultation", clinic.ben.id, at(6, 10)))
    assert {m.state for m in messages.list_messages(ctx) if m.patient_id == clinic.jones.id} == {
        "sent"
    }


def test_the_switch_turns_offers_off(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    messages.set_message_setting(ctx, "offer_freed_slots", "no")
    _freed(ctx, clinic, clinic.jones)
    assert _offers(ctx) == []


def test_replies_are_answered_under_the_queue_rules(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    visit = book_appointment(
        ctx, BookingInput(clinic.smith.id, "consultation", clinic.ana.id, at(5, 10))
    ).appointment.id
    add_to_waitlist(ctx, WaitlistInput(clinic.jones.id, "consultation"))
    gateway = RecordingGateway()
    clock.now = at(3, 10)
    messages.run_messages(ctx, {Channel.SMS: gateway})  # the 48-hour reminder
    # A reply at 22:00 is acted on at once; its answer waits out the quiet hours.
    clock.now = at(3, 22)
    replies = Replies([PolledReply("IN1", NUMBERS["Smith"], "C", clock.now)])
    messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    assert len(gateway.sent) == 1
    clock.now = at(4, 8)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert gateway.sent[-1][0] == NUMBERS["Smith"]
    assert gateway.sent[-1][2] == "Thank you John, your visit on Thu 05 Mar at 10:00 is confirmed."
    # A cancel by reply frees the time for the waitlist and is answered.
    clock.now = at(4, 9)
    replies.replies = [PolledReply("IN2", NUMBERS["Smith"], "X", clock.now)]
    messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    assert _offers(ctx) == [(clinic.jones.id, "queued")]
    clock.now = at(4, 9, 1)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    bodies = {address: body for address, _subject, body in gateway.sent[-2:]}
    assert "is cancelled" in bodies[NUMBERS["Smith"]]
    assert "free time" in bodies[NUMBERS["Jones"]]
    with ctx.uow_factory() as uow:
        assert uow.appointments.get(visit).status is Status.CANCELLED  # type: ignore[union-attr]
    # No consent, no answer; an answer left unsent too long is dropped.
    messages.set_consent(ctx, clinic.smith.id, sms=False)
    replies.replies = [PolledReply("IN3", NUMBERS["Smith"], "START", clock.now)]
    messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    (started,) = _ids_of(ctx, "started")
    clock.now = at(5, 8)
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert report.voided >= 1
    with ctx.uow_factory() as uow:
        assert uow.messages.get(started).state is MessageState.VOID  # type: ignore[union-attr]


def test_a_no_show_of_a_long_visit_offers_what_is_left_of_it(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    catalog.add_type(
        ctx, name="Long review", duration_minutes=120, specialties=["general practice"]
    )
    visit = book_appointment(
        ctx, BookingInput(clinic.smith.id, "long review", clinic.ana.id, at(5, 9))
    ).appointment.id
    add_to_waitlist(ctx, WaitlistInput(clinic.jones.id, "consultation"))
    clock.now = at(5, 9, 5)
    set_status(ctx, visit, Status.NO_SHOW)
    gateway = RecordingGateway()
    messages.run_messages(ctx, {Channel.SMS: gateway})
    # Not the start already past, nor inside the notice and the time to answer.
    (offer,) = [body for _address, _subject, body in gateway.sent if "free time" in body]
    assert "Thu 05 Mar at 10:35" in offer
    clock.now = at(5, 9, 30)
    _reply(ctx, clinic.jones, "yes", "IN1")
    assert _visits_of(ctx, clinic.jones) == [(at(5, 10, 35), Status.BOOKED)]
