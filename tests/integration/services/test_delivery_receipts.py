"""Delivery receipts on the real store through the real SMS channel against a local
HTTP server speaking the Messages API: a run asks what became of what it sent, moves
delivered ones on, and shows the undelivered as failures with the gateway's reason."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta

import pytest

from clinicdesk.domain.outbound import Channel, MessageState
from clinicdesk.domain.patients import ContactChannel, Phone
from clinicdesk.messaging.sms import SmsGateway, SmsSettings
from clinicdesk.services import messages
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from tests.integration.messaging.servers import FakeTwilio, start_http
from tests.integration.services.conftest import SmallClinic, at
from tests.integration.services.test_reminder_queue import Clock


@pytest.fixture
def twilio() -> Iterator[tuple[FakeTwilio, SmsGateway]]:
    api = FakeTwilio()
    server, url = start_http(api)
    try:
        yield api, SmsGateway(SmsSettings(url, api.account, api.token, "+441000000000"))
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def desk(clinic: SmallClinic) -> tuple[ServiceContext, Clock]:
    clock = Clock(at(2, 8))
    ctx = dataclasses.replace(clinic.ctx, clock=clock)
    messages.set_message_setting(ctx, "sending_workstation", "test-pc")
    for patient, number in ((clinic.smith, "+447700900001"), (clinic.jones, "+447700900002")):
        with ctx.uow_factory() as uow:
            uow.patients.update(
                dataclasses.replace(
                    patient, phones=(Phone(number, "mobile"),), contact_channel=ContactChannel.SMS
                )
            )
            uow.commit()
        messages.set_consent(ctx, patient.id, sms=True)
        book_appointment(
            ctx,
            BookingInput(
                patient.id,
                "consultation",
                clinic.ana.id if patient is clinic.smith else clinic.ben.id,
                at(5, 10),
            ),
        )
    return ctx, clock


def _states(ctx: ServiceContext) -> list[tuple[str, str]]:
    return sorted((m.gateway_id[-1], m.state) for m in messages.list_messages(ctx) if m.gateway_id)


def test_receipts_move_sent_messages_on(
    desk: tuple[ServiceContext, Clock], twilio: tuple[FakeTwilio, SmsGateway]
) -> None:
    ctx, clock = desk
    api, gateway = twilio
    clock.now = at(3, 10)
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert report.sent == 2 and report.delivered == report.undelivered == 0
    assert _states(ctx) == [("1", "sent"), ("2", "sent")]
    first, second = sorted(api.statuses)
    api.statuses[first] = {"status": "delivered", "error_code": None}
    api.statuses[second] = {"status": "undelivered", "error_code": 30003}
    api.statuses[second]["error_message"] = "Unreachable destination handset"
    clock.now = at(3, 10, 5)
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert (report.delivered, report.undelivered, report.errors) == (1, 1, [])
    assert _states(ctx) == [("1", "delivered"), ("2", "failed")]
    (failed,) = messages.list_messages(ctx, MessageState.FAILED)
    assert failed.last_error == "Not delivered (30003: Unreachable destination handset)."
    # Settled messages are not asked about again.
    api.statuses[first] = {"status": "failed", "error_code": 1}
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert (report.delivered, report.undelivered) == (0, 0)
    assert _states(ctx) == [("1", "delivered"), ("2", "failed")]


def test_a_gateway_that_answers_garbage_changes_nothing_and_says_so(
    desk: tuple[ServiceContext, Clock], twilio: tuple[FakeTwilio, SmsGateway]
) -> None:
    ctx, clock = desk
    api, gateway = twilio
    clock.now = at(3, 10)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    api.broken.update(api.statuses)
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert report.errors == ["The SMS gateway's answer about a message was unreadable."]
    assert _states(ctx) == [("1", "sent"), ("2", "sent")]
    api.broken.clear()
    api.statuses.clear()  # the gateway forgot them: 404
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert report.errors == ["The SMS gateway answered 404 when asked about a message."]
    assert _states(ctx) == [("1", "sent"), ("2", "sent")]


def test_old_messages_are_no_longer_asked_about(
    desk: tuple[ServiceContext, Clock], twilio: tuple[FakeTwilio, SmsGateway]
) -> None:
    ctx, clock = desk
    api, gateway = twilio
    clock.now = at(3, 10)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    for sid in api.statuses:
        api.statuses[sid] = {"status": "delivered", "error_code": None}
    clock.now = at(3, 10) + timedelta(days=3)
    report = messages.run_messages(ctx, {Channel.SMS: gateway})
    assert report.delivered == 0
