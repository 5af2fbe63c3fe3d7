"""The e-mail and SMS channels against real local servers: TLS and login, error answers,
rate limits, a line dropped mid-message, garbage, malformed mail."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicdesk.domain.outbound import DeliveryError
from clinicdesk.messaging.email import SmtpChannel, SmtpSettings, parse_reply
from clinicdesk.messaging.sms import SmsGateway, SmsSettings
from tests.integration.messaging.servers import (
    PASSWORD,
    USER,
    FakeTwilio,
    MailBox,
    client_context,
    dropping_smtp_server,
    inbound_sms,
    self_signed,
    smtp_server,
    start_http,
)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


def _smtp(mode: str, certificate: tuple[Path, Path]) -> Iterator[tuple[MailBox, SmtpSettings]]:
    mailbox = MailBox()
    controller = smtp_server(mailbox, mode=mode, cert=certificate[0], key=certificate[1])
    settings = SmtpSettings(
        host="127.0.0.1",
        port=controller.port,
        security=mode,
        user=USER,
        password=PASSWORD,
        sender="desk@elm-clinic.test",
        ssl_context=client_context(certificate[0]),
    )
    try:
        yield mailbox, settings
    finally:
        controller.stop()


@pytest.fixture(params=["starttls", "tls"])
def smtp(
    request: pytest.FixtureRequest, certificate: tuple[Path, Path]
) -> Iterator[tuple[MailBox, SmtpSettings]]:
    yield from _smtp(request.param, certificate)


def test_mail_goes_out_encrypted_with_login(smtp: tuple[MailBox, SmtpSettings]) -> None:
    mailbox, settings = smtp
    channel = SmtpChannel(settings)
    first = channel.send("ann@example.test", "Elm: your visit", "See you Thu 10:00")
    second = channel.send("bob@example.test", "Elm: your visit", "See you Fri 11:00")
    channel.close()
    assert first != second and first.endswith("@elm-clinic.test>")
    assert [(sender, to) for sender, to, _ in mailbox.messages] == [
        ("desk@elm-clinic.test", ["ann@example.test"]),
        ("desk@elm-clinic.test", ["bob@example.test"]),
    ]
    parsed = email.message_from_bytes(mailbox.messages[0][2], policy=email.policy.default)
    assert parsed["Message-ID"] == first
    assert parsed.get_body().get_content().strip() == "See you Thu 10:00"


def test_a_wrong_password_is_a_permanent_failure(smtp: tuple[MailBox, SmtpSettings]) -> None:
    mailbox, settings = smtp
    from dataclasses import replace

    channel = SmtpChannel(replace(settings, password="wrong"))
    with pytest.raises(DeliveryError, match="refused the login") as caught:
        channel.send("ann@example.test", "s", "b")
    assert caught.value.permanent
    assert mailbox.messages == []


def test_a_line_dropped_mid_message_is_a_retryable_failure() -> None:
    listener, port, received = dropping_smtp_server()
    try:
        channel = SmtpChannel(SmtpSettings("127.0.0.1", port, "none", "", "", "desk@elm.test"))
        with pytest.raises(DeliveryError, match="dropped the line") as caught:
            channel.send("ann@example.test", "s", "first try")
        assert not caught.value.permanent
        assert len(received) == 1  # the server had begun reading the message
    finally:
        listener.close()


def test_no_server_is_a_retryable_failure() -> None:
    channel = SmtpChannel(
        SmtpSettings("127.0.0.1", 1, "starttls", USER, PASSWORD, "desk@elm-clinic.test")
    )
    with pytest.raises(DeliveryError, match="could not be reached") as caught:
        channel.send("ann@example.test", "s", "b")
    assert not caught.value.permanent


def test_unset_or_unknown_mail_settings_are_named() -> None:
    with pytest.raises(DeliveryError, match="E-mail is not set up"):
        SmtpChannel(SmtpSettings("", 25, "starttls", "", "", ""))
    with pytest.raises(DeliveryError, match="'ssl3' is not one of starttls, tls, none"):
        SmtpChannel(SmtpSettings("h", 25, "ssl3", "", "", "a@b"))


def test_replies_are_read_from_well_formed_and_malformed_mail() -> None:
    good = (
        b"From: Ann <ann@example.test>\r\nMessage-ID: <r1@example.test>\r\n"
        b"Date: Tue, 03 Mar 2026 10:05:00 +0000\r\nSubject: Re: visit\r\n\r\nC\r\n> quoted\r\n"
    )
    reply = parse_reply(good, "uid:1")
    assert (reply.gateway_id, reply.sender, reply.body.strip().splitlines()[0]) == (
        "<r1@example.test>",
        "ann@example.test",
        "C",
    )
    assert reply.received_at == dt.datetime(2026, 3, 3, 10, 5, tzinfo=dt.UTC)
    broken = parse_reply(b"\xff\xfe garbage without headers", "uid:2")
    assert broken.gateway_id == "uid:2" and broken.sender == ""
    assert "garbage" in broken.body


@pytest.fixture
def twilio() -> Iterator[tuple[FakeTwilio, SmsGateway]]:
    api = FakeTwilio()
    server, url = start_http(api)
    gateway = SmsGateway(SmsSettings(url, api.account, api.token, "+441000000000"))
    try:
        yield api, gateway
    finally:
        server.shutdown()
        server.server_close()


def test_sms_is_posted_in_the_messages_api_shape(twilio: tuple[FakeTwilio, SmsGateway]) -> None:
    api, gateway = twilio
    sid = gateway.send("+447700900001", "ignored subject", "See you Thu 10:00")
    assert sid == "SM" + "0" * 31 + "1"
    assert api.sent == [
        {"To": "+447700900001", "From": "+441000000000", "Body": "See you Thu 10:00"}
    ]


@pytest.mark.parametrize(
    ("status", "body", "headers", "permanent", "message"),
    [
        (500, b'{"code": 20500, "message": "Internal"}', {}, False, "answered 500"),
        (503, b"<html>down</html>", {}, False, "answered 503"),
        (
            429,
            b'{"code": 20429, "message": "Too Many Requests"}',
            {"Retry-After": "120"},
            False,
            "rate-limiting",
        ),
        (
            400,
            b'{"code": 21211, "message": "Invalid To"}',
            {},
            True,
            "refused the message \\(400\\) \\(21211: Invalid To\\)",
        ),
        (201, b"not json at all", {}, True, "may have been sent"),
        (201, b'{"status": "queued"}', {}, True, "may have been sent"),
        (200, b'{"sid": ""}', {}, True, "without a message id"),
    ],
)
def test_gateway_answers_become_clear_retry_decisions(  # noqa: PLR0917
    twilio: tuple[FakeTwilio, SmsGateway],
    status: int,
    body: bytes,
    headers: dict[str, str],
    permanent: bool,
    message: str,
) -> None:
    api, gateway = twilio
    api.scripted.append((status, body, headers))
    with pytest.raises(DeliveryError, match=message) as caught:
        gateway.send("+447700900001", "", "hello")
    assert caught.value.permanent is permanent
    if status == 429:
        assert caught.value.retry_after == dt.timedelta(seconds=120)


def test_a_wrong_token_is_permanent(twilio: tuple[FakeTwilio, SmsGateway]) -> None:
    api, _ = twilio
    server_url = _url_of(twilio)
    bad = SmsGateway(SmsSettings(server_url, api.account, "wrong", "+441000000000"))
    with pytest.raises(DeliveryError, match="refused the message \\(401\\)") as caught:
        bad.send("+447700900001", "", "hello")
    assert caught.value.permanent and api.sent == []


def _url_of(twilio: tuple[FakeTwilio, SmsGateway]) -> str:
    return twilio[1].settings.base_url


def test_no_gateway_is_retryable() -> None:
    gateway = SmsGateway(SmsSettings("http://127.0.0.1:1", "AC1", "t", "+441"))
    with pytest.raises(DeliveryError, match="could not be reached") as caught:
        gateway.send("+447700900001", "", "hello")
    assert not caught.value.permanent


def test_replies_are_listed_across_pages_and_odd_items_skipped(
    twilio: tuple[FakeTwilio, SmsGateway],
) -> None:
    api, gateway = twilio
    when = dt.datetime(2026, 3, 3, 10, 5, tzinfo=dt.UTC)
    api.inbound = [
        inbound_sms("IN1", "+447700900001", "+441000000000", "C", when),
        {
            "sid": "SMout",
            "from": "+441000000000",
            "to": "+441000000000",
            "direction": "outbound-api",
        },
        inbound_sms("IN2", "+447700900002", "+441000000000", "what time?", when),
        {"direction": "inbound", "to": "+441000000000"},  # no sid: malformed
        inbound_sms("IN3", "+447700900003", "+441000000000", "X", when),
        inbound_sms("IN9", "+447700900009", "+449999999999", "to another number", when),
    ]
    replies = gateway.poll()
    assert [(r.gateway_id, r.sender, r.body) for r in replies] == [
        ("IN1", "+447700900001", "C"),
        ("IN2", "+447700900002", "what time?"),
        ("IN3", "+447700900003", "X"),
    ]
    assert replies[0].received_at == when


def test_every_page_of_replies_is_read_so_a_late_stop_is_not_lost(
    twilio: tuple[FakeTwilio, SmsGateway],
) -> None:
    api, gateway = twilio
    when = dt.datetime(2026, 3, 3, 10, 5, tzinfo=dt.UTC)
    api.inbound = [
        inbound_sms(f"IN{n}", f"+4477009{n:05d}", "+441000000000", "C", when) for n in range(80)
    ] + [inbound_sms("INSTOP", "+447700999999", "+441000000000", "STOP", when)]
    replies = gateway.poll()  # 41 pages of 2
    assert len(replies) == 81
    assert replies[-1].body == "STOP"


def test_a_listing_that_loops_back_is_a_clear_error(
    twilio: tuple[FakeTwilio, SmsGateway],
) -> None:
    api, gateway = twilio
    looping = {"messages": [], "next_page_uri": f"/2010-04-01/Accounts/{api.account}/Messages.json"}
    api.list_answer = lambda: (200, json.dumps(looping).encode())
    with pytest.raises(DeliveryError, match="did not end after 2 pages; no reply was acted on"):
        gateway.poll()


def test_a_garbage_listing_is_a_clear_error(twilio: tuple[FakeTwilio, SmsGateway]) -> None:
    api, gateway = twilio
    api.list_answer = lambda: (200, b"{not json")
    with pytest.raises(DeliveryError, match="reply listing was unreadable"):
        gateway.poll()
    api.list_answer = lambda: (200, json.dumps({"no": "messages"}).encode())
    with pytest.raises(DeliveryError, match="reply listing was unreadable"):
        gateway.poll()
