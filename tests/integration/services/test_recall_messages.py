"""Recall reminders through the outbound queue on the real store: planned by the sweep,
sent once on the clinic's clock, counted as an attempt, voided when the recall closes,
never to a patient without consent, and left alone by the appointment reminders."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from clinicdesk.domain.outbound import Channel
from clinicdesk.domain.patients import ContactChannel, Phone
from clinicdesk.services import messages
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.recalls import (
    RecallInput,
    RecallTypeInput,
    add_recall,
    add_recall_type,
    due_recalls,
    list_recalls,
)
from tests.integration.services.conftest import SmallClinic, at
from tests.integration.services.test_reminder_queue import Clock, RecordingGateway


@pytest.fixture
def desk(clinic: SmallClinic) -> tuple[ServiceContext, Clock]:
    clock = Clock(at(2, 8))  # Monday 2 March 2026, GMT
    ctx = dataclasses.replace(clinic.ctx, clock=clock)
    for patient in (clinic.smith, clinic.jones):
        with ctx.uow_factory() as uow:
            uow.patients.update(
                dataclasses.replace(
                    patient,
                    phones=(Phone("+44 7700 900001", "mobile"),),
                    contact_channel=ContactChannel.SMS,
                )
            )
            uow.commit()
    messages.set_message_setting(ctx, "sending_workstation", "test-pc")
    messages.set_consent(ctx, clinic.smith.id, sms=True)  # Jones never consented
    add_recall_type(ctx, RecallTypeInput("Diabetes review", "6m", clinic.consult.name))
    return ctx, clock


def recall_queue(ctx: ServiceContext) -> list[tuple[str, datetime]]:
    rows = messages.list_messages(ctx, limit=1000)
    return sorted((m.state, m.send_after) for m in rows if not m.appointment_ids)


def test_a_recall_message_goes_once_counts_as_an_attempt_and_hides_the_patient(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    gateway = RecordingGateway()
    recall = add_recall(ctx, RecallInput(clinic.smith.id, "Diabetes review", date(2026, 3, 10)))
    add_recall(ctx, RecallInput(clinic.jones.id, "Diabetes review", date(2026, 3, 10)))
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert (report.queued, report.sent) == (1, 0)  # 10:00 on the clinic's clock, not yet
    assert recall_queue(ctx) == [("queued", at(2, 10))]
    clock.now = at(2, 10, 5)
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert report.sent == 1
    [(address, subject, body)] = gateway.sent
    assert address == "+447700900001"
    assert body == (
        "Hello John, this is Test Clinic: you are due for a follow-up visit from Tue 10 Mar. "
        "Please call us to book."
    )
    assert "Diabetes" not in subject + body  # the recall's name can tell why they come
    [after] = list_recalls(ctx, patient_id=clinic.smith.id)
    assert (after.id, after.attempts, after.hidden_until) == (recall.id, 1, date(2026, 3, 16))
    assert [row.patient_name for row in due_recalls(ctx).rows] == ["M. Jones"]
    # The next one waits for the hide window; nothing is sent twice.
    clock.now = at(2, 11)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert len(gateway.sent) == 1
    assert recall_queue(ctx) == [("queued", at(16, 10)), ("sent", at(2, 10))]


def test_a_booking_closes_the_recall_and_its_message_is_voided(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    gateway = RecordingGateway()
    add_recall(ctx, RecallInput(clinic.smith.id, "Diabetes review", date(2026, 3, 10)))
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert recall_queue(ctx) == [("queued", at(2, 10))]
    book_appointment(
        ctx, BookingInput(clinic.smith.id, clinic.consult.id, clinic.ana.id, at(4, 10))
    )
    assert recall_queue(ctx) == [("queued", at(2, 10))]  # the reminders leave it alone
    clock.now = at(2, 10, 5)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert recall_queue(ctx) == [("void", at(2, 10))]
    assert all("follow-up" not in body for _, _, body in gateway.sent)


def test_withdrawn_consent_voids_the_recall_message(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    gateway = RecordingGateway()
    add_recall(ctx, RecallInput(clinic.smith.id, "Diabetes review", date(2026, 3, 10)))
    messages.run_messages(ctx, {Channel.SMS: gateway})
    messages.set_consent(ctx, clinic.smith.id, sms=False)
    clock.now = at(2, 10, 5)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert recall_queue(ctx) == [("void", at(2, 10))]
    assert gateway.sent == []
    # Still on the due list, for a call.
    assert [row.patient_name for row in due_recalls(ctx).rows] == ["J. Smith"]


def test_a_recall_message_uses_the_clinics_text_in_the_patients_language(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    gateway = RecordingGateway()
    messages.set_message_setting(
        ctx, "template.recall.de", "Hallo {name}, {clinic}: ab {date} fällig. Bitte anrufen."
    )
    messages.set_consent(ctx, clinic.smith.id, sms=True, language="de")
    add_recall(ctx, RecallInput(clinic.smith.id, "Diabetes review", date(2026, 3, 10)))
    clock.now = at(2, 10, 5)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    assert [body for _, _, body in gateway.sent] == [
        "Hallo John, Test Clinic: ab Tue 10 Mar fällig. Bitte anrufen."
    ]
