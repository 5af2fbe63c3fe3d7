"""The reminder queue on the real store: made in the booking's transaction, following
moves and cancellations, honouring consent, sent once by the one sending PC, and replies
acting on the appointment."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.errors import ClinicError, ValidationError
from clinicdesk.domain.outbound import Channel, DeliveryError, MessageState
from clinicdesk.domain.patients import ContactChannel, Phone
from clinicdesk.services import messages
from clinicdesk.services.appointment_changes import cancel_appointment, move_appointment
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.messages import PolledReply
from clinicdesk.store.tables import outbound_messages
from tests.integration.services.conftest import SmallClinic, at, audit_rows


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class RecordingGateway:
    """Stands in for a channel at the service boundary (the channels have their own
    tests against real local servers)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str]] = []
        self.fail_with: DeliveryError | None = None

    def send(self, address: str, subject: str, body: str) -> str:
        if self.fail_with is not None:
            raise self.fail_with
        self.sent.append((address, subject, body))
        return f"SM{len(self.sent)}"


class Replies:
    channel = Channel.SMS

    def __init__(self, replies: list[PolledReply]) -> None:
        self.replies = replies

    def poll(self) -> list[PolledReply]:
        return list(self.replies)


@pytest.fixture
def desk(clinic: SmallClinic) -> tuple[ServiceContext, Clock]:
    clock = Clock(at(2, 8))  # Monday 2 March 2026, GMT
    ctx = dataclasses.replace(clinic.ctx, clock=clock)
    with ctx.uow_factory() as uow:
        uow.patients.update(
            dataclasses.replace(
                clinic.smith,
                phones=(Phone("+44 7700 900001", "mobile"),),
                contact_channel=ContactChannel.SMS,
            )
        )
        uow.commit()
    messages.set_message_setting(ctx, "sending_workstation", "test-pc")
    messages.set_consent(ctx, clinic.smith.id, sms=True)
    return ctx, clock


def book(ctx: ServiceContext, clinic: SmallClinic, start: datetime, patient_id: str = "") -> str:
    result = book_appointment(
        ctx,
        BookingInput(patient_id or clinic.smith.id, clinic.consult.id, clinic.ana.id, start),
    )
    return result.appointment.id


def queue(ctx: ServiceContext) -> list[tuple[str, datetime, tuple[str, ...]]]:
    rows = messages.list_messages(ctx, limit=1000)
    return sorted((m.state, m.send_after, m.appointment_ids) for m in rows)


def test_booking_queues_its_reminders_in_the_same_transaction(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    visit = book(ctx, clinic, at(5, 10))  # Thursday 10:00
    assert queue(ctx) == [
        ("queued", at(3, 10), (visit,)),
        ("queued", at(5, 8), (visit,)),
    ]


def test_a_refused_booking_leaves_no_reminder(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    book(ctx, clinic, at(5, 10))
    with pytest.raises(ClinicError):
        book(ctx, clinic, at(5, 10), clinic.jones.id)  # the same slot
    assert len(queue(ctx)) == 2


def test_move_and_cancel_void_and_replace(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    visit = book(ctx, clinic, at(5, 10))
    move_appointment(ctx, visit, at(5, 14))
    assert queue(ctx) == [
        ("queued", at(3, 14), (visit,)),
        ("queued", at(5, 12), (visit,)),
        ("void", at(3, 10), (visit,)),
        ("void", at(5, 8), (visit,)),
    ]
    cancel_appointment(ctx, visit, "Patient away")
    assert [state for state, _, _ in queue(ctx)] == ["void"] * 4


def test_no_consent_no_message_and_withdrawal_voids(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    book(ctx, clinic, at(5, 10), clinic.jones.id)  # Jones never consented, has no mobile
    assert queue(ctx) == []
    book(ctx, clinic, at(6, 10))
    messages.set_consent(ctx, clinic.smith.id, sms=False)
    assert {state for state, _, _ in queue(ctx)} == {"void"}
    assert ("patient.consent", clinic.smith.id, "ok", "consent_sms") in audit_rows(ctx)


def test_two_visits_one_day_one_message(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    first = book(ctx, clinic, at(5, 10))
    second = book(ctx, clinic, at(5, 15))
    queued = [row for row in queue(ctx) if row[0] == "queued"]
    assert queued == [
        ("queued", at(3, 10), (first, second)),
        ("queued", at(5, 8), (first, second)),
    ]


def test_run_sends_what_is_due_once_and_only_on_the_sending_pc(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    book(ctx, clinic, at(5, 10))
    gateway = RecordingGateway()
    clock.now = at(3, 10)
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert report.sent == 1
    assert len(gateway.sent) == 1
    address, _subject, body = gateway.sent[0]
    assert address == "+447700900001"
    assert "John" in body and "Thu 05 Mar" in body and "10:00" in body
    assert "Test Clinic" in body and "Ana Lee" in body
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert len(gateway.sent) == 1  # nothing twice
    other_pc = dataclasses.replace(
        ctx, actor=dataclasses.replace(ctx.actor, workstation="reception-2")
    )
    clock.now = at(5, 8)
    with pytest.raises(ClinicError, match=r"This PC \(reception-2\) does not send messages"):
        messages.run_messages(other_pc, {Channel.SMS: gateway})
    assert len(gateway.sent) == 1


def test_nothing_is_sent_for_a_visit_moved_behind_the_queues_back(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    """A change that did not re-plan (a row arriving by sync) is still caught at send."""
    ctx, clock = desk
    visit = book(ctx, clinic, at(5, 10))
    with ctx.uow_factory() as uow:
        appointment = uow.appointments.get(visit)
        assert appointment is not None
        uow.appointments.update(
            dataclasses.replace(appointment, start=at(5, 11), end=at(5, 11, 20))
        )
        uow.commit()
    gateway = RecordingGateway()
    clock.now = at(3, 10)
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert gateway.sent == []
    assert report.voided == 2  # both old reminders, replaced by the new visit's
    assert [row[:2] for row in queue(ctx) if row[0] == "queued"] == [
        ("queued", at(3, 11)),
        ("queued", at(5, 9)),
    ]


def test_gateway_failures_back_off_then_fail_permanently(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    book(ctx, clinic, at(5, 10))
    gateway = RecordingGateway()
    gateway.fail_with = DeliveryError("The SMS gateway answered 503.")
    clock.now = at(3, 10)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    failing = [m for m in messages.list_messages(ctx) if m.last_error]
    assert [(m.state, m.attempts, m.send_after) for m in failing] == [("queued", 1, at(3, 10, 1))]
    for minutes in (1, 6, 21, 81):
        clock.now = at(3, 10) + timedelta(minutes=minutes)
        messages.run_messages(ctx, {Channel.SMS: gateway})
    failed = messages.list_messages(ctx, MessageState.FAILED)
    assert [(m.attempts, m.last_error) for m in failed] == [(5, "The SMS gateway answered 503.")]
    gateway.fail_with = None
    clock.now = at(3, 14)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert gateway.sent == []


def test_a_permanent_refusal_fails_at_once(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    book(ctx, clinic, at(5, 10))
    gateway = RecordingGateway()
    gateway.fail_with = DeliveryError("The number is not a mobile.", permanent=True)
    clock.now = at(3, 10)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert [m.attempts for m in messages.list_messages(ctx, MessageState.FAILED)] == [1]


def test_a_crash_between_claim_and_answer_is_never_resent(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    book(ctx, clinic, at(5, 10))

    class Crashing:
        def send(self, address: str, subject: str, body: str) -> str:
            raise KeyboardInterrupt

    clock.now = at(3, 10)
    with pytest.raises(KeyboardInterrupt):
        messages.run_messages(ctx, {Channel.SMS: Crashing()})
    gateway = RecordingGateway()
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert gateway.sent == [] and report.interrupted == 1
    (failed,) = messages.list_messages(ctx, MessageState.FAILED)
    assert "may or may not have gone out" in failed.last_error


def test_replies_confirm_cancel_stop_and_go_to_the_inbox(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    visit = book(ctx, clinic, at(5, 10))
    gateway = RecordingGateway()
    clock.now = at(3, 10)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    replies = Replies([PolledReply("IN1", "+447700900001", " yes ", at(3, 10, 5))])
    clock.now = at(3, 10, 6)
    report = messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    assert report.replies == 1 and report.to_inbox == 0
    with ctx.uow_factory() as uow:
        assert uow.appointments.get(visit).status is Status.CONFIRMED  # type: ignore[union-attr]
    assert ("appointment.status", visit, "ok", "status") in audit_rows(ctx)
    # The same reply polled again is not taken twice; an unclear one and a stranger's
    # go to the staff inbox.
    replies.replies += [
        PolledReply("IN2", "+447700900001", "can I come at 11?", at(3, 10, 7)),
        PolledReply("IN3", "+15550000000", "C", at(3, 10, 8)),
    ]
    report = messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    assert report.replies == 2 and report.to_inbox == 2
    inbox = messages.staff_inbox(ctx)
    assert [(m.body, m.patient_id) for m in inbox] == [
        ("can I come at 11?", clinic.smith.id),
        ("C", None),
    ]
    messages.mark_reply_handled(ctx, inbox[0].id)
    assert len(messages.staff_inbox(ctx)) == 1
    replies.replies = [PolledReply("IN4", "+44 7700 900001", "X", at(3, 10, 9))]
    messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    with ctx.uow_factory() as uow:
        cancelled = uow.appointments.get(visit)
    assert cancelled is not None and cancelled.status is Status.CANCELLED
    # The reminders are void; the answer to the cancel waits for the next run.
    assert {row[0] for row in queue(ctx)} == {"queued", "sent", "void"}
    replies.replies = [PolledReply("IN5", "+447700900001", "STOP", at(3, 10, 10))]
    messages.run_messages(ctx, {Channel.SMS: gateway}, [replies])
    book(ctx, clinic, at(12, 10))
    assert {row[0] for row in queue(ctx)} == {"sent", "void"}


def test_confirm_list_orders_by_start_then_no_shows_and_ticks(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    late = book(ctx, clinic, at(3, 11), clinic.brown.id)
    early_smith = book(ctx, clinic, at(3, 9), clinic.smith.id)
    book(ctx, clinic, at(4, 9), clinic.jones.id)  # Wednesday: beyond two working days
    rows = messages.confirm_list(ctx, days=2)  # Monday (today) and Tuesday
    assert [r.appointment_id for r in rows] == [early_smith, late]
    messages.tick_called(ctx, late)
    assert [r.called for r in messages.confirm_list(ctx, days=2)] == [False, True]
    assert len(messages.confirm_list(ctx, days=3)) == 3
    with pytest.raises(ValidationError, match="1 to 31 working days"):
        messages.confirm_list(ctx, days=0)


def test_settings_are_checked_and_listed(desk: tuple[ServiceContext, Clock]) -> None:
    ctx, _ = desk
    with pytest.raises(ValidationError, match="not a range like 21:00-08:00"):
        messages.set_message_setting(ctx, "quiet_hours", "late")
    with pytest.raises(ValidationError, match=r"uses \{diagnosis\}"):
        messages.set_message_setting(ctx, "template.reminder", "Your {diagnosis}")
    with pytest.raises(ValidationError, match="no message setting 'colour'"):
        messages.set_message_setting(ctx, "colour", "red")
    messages.set_message_setting(ctx, "quiet_hours", "20:00-09:00")
    shown = messages.show_message_settings(ctx)
    assert shown["quiet_hours"] == "20:00-09:00" and shown["reminder_hours"] == "48,2"


def test_queue_rows_are_captured_for_sync(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    book(ctx, clinic, at(5, 10))
    with ctx.uow_factory() as uow:
        count = uow.connection.execute(  # type: ignore[attr-defined]
            select(func.count()).select_from(outbound_messages)
        ).scalar_one()
    assert count == 2


def test_stop_from_a_number_never_messaged_still_opts_out(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    replies = Replies([PolledReply("IN1", "+44 7700 900001", "stop", at(2, 8, 1))])
    messages.run_messages(ctx, {Channel.SMS: RecordingGateway()}, [replies])
    book(ctx, clinic, at(5, 10))
    assert queue(ctx) == []
    assert messages.staff_inbox(ctx) == []


def test_a_run_in_quiet_hours_sends_nothing(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    book(ctx, clinic, at(5, 10))
    gateway = RecordingGateway()
    clock.now = at(3, 21, 30)  # the 48 h reminder is due, but it is 21:30
    assert messages.run_messages(ctx, {Channel.SMS: gateway}).sent == 0
    clock.now = at(4, 8)
    assert messages.run_messages(ctx, {Channel.SMS: gateway}).sent == 1
