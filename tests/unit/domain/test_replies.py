"""Consent per channel, channel choice, and what a reply means."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicdesk.domain.outbound import Channel
from clinicdesk.domain.replies import (
    ConsentEntry,
    ConsentSource,
    Reachability,
    ReplyIntent,
    choose_channel,
    has_consent,
    interpret,
    normalise_number,
    reply_of_email,
)

T0 = datetime(2025, 3, 1, 9, tzinfo=UTC)


def entry(channel: Channel, granted: bool, minutes: int = 0) -> ConsentEntry:
    return ConsentEntry(
        "p1", channel, granted, T0 + timedelta(minutes=minutes), ConsentSource.STAFF
    )


def test_no_entry_means_no_consent() -> None:
    assert not has_consent([], Channel.SMS)
    assert not has_consent([entry(Channel.EMAIL, True)], Channel.SMS)


def test_the_latest_entry_decides_whatever_the_order_given() -> None:
    grant, stop = entry(Channel.SMS, True, 0), entry(Channel.SMS, False, 5)
    assert not has_consent([grant, stop], Channel.SMS)
    assert not has_consent([stop, grant], Channel.SMS)
    start = entry(Channel.SMS, True, 10)
    assert has_consent([start, stop, grant], Channel.SMS)


def test_at_the_same_instant_the_later_listed_entry_wins() -> None:
    assert has_consent([entry(Channel.SMS, False), entry(Channel.SMS, True)], Channel.SMS)
    assert not has_consent([entry(Channel.SMS, True), entry(Channel.SMS, False)], Channel.SMS)


BOTH = [entry(Channel.SMS, True), entry(Channel.EMAIL, True)]


@pytest.mark.parametrize(
    ("reach", "entries", "expected"),
    [
        (Reachability("+441", "a@b.c", "email"), BOTH, Channel.EMAIL),
        (Reachability("+441", "a@b.c", "sms"), BOTH, Channel.SMS),
        (Reachability("+441", "a@b.c", "phone"), BOTH, Channel.SMS),
        (Reachability("", "a@b.c", "sms"), BOTH, Channel.EMAIL),
        (Reachability("+441", "", "email"), BOTH, Channel.SMS),
        (Reachability("+441", "a@b.c", "sms"), [entry(Channel.EMAIL, True)], Channel.EMAIL),
        (Reachability("+441", "a@b.c", "email"), [entry(Channel.SMS, True)], Channel.SMS),
        (Reachability("+441", "a@b.c", "sms"), [], None),
        (Reachability("", "", "sms"), BOTH, None),
    ],
)
def test_channel_needs_consent_and_an_address(
    reach: Reachability, entries: list[ConsentEntry], expected: Channel | None
) -> None:
    assert choose_channel(reach, entries) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("C", ReplyIntent.CONFIRM),
        ("c", ReplyIntent.CONFIRM),
        (" yes! ", ReplyIntent.CONFIRM),
        ("Yes.", ReplyIntent.CONFIRM),
        ("X", ReplyIntent.CANCEL),
        ("no", ReplyIntent.CANCEL),
        ("STOP", ReplyIntent.STOP),
        ("stopall", ReplyIntent.STOP),
        ("Unsubscribe", ReplyIntent.STOP),
        ("START", ReplyIntent.START),
        ("unstop", ReplyIntent.START),
        ("yes but can we move it", ReplyIntent.UNCLEAR),
        ("", ReplyIntent.UNCLEAR),
        ("CC", ReplyIntent.UNCLEAR),
        ("y", ReplyIntent.UNCLEAR),
        ("cancel", ReplyIntent.UNCLEAR),
        ("\tNO;\r\n", ReplyIntent.CANCEL),
        ("x :", ReplyIntent.CANCEL),
    ],
)
def test_reply_words(text: str, intent: ReplyIntent) -> None:
    assert interpret(text) == intent


def test_email_reply_keeps_only_the_patients_words() -> None:
    body = "  Yes \n\nOn Mon, 10 Mar 2025, Elm Clinic wrote:\n> Reply C to confirm\n"
    assert reply_of_email(body) == "Yes"
    assert reply_of_email("C\n> quoted\nafter") == "C"
    assert reply_of_email("one\n two \n") == "one\ntwo"
    assert reply_of_email("On time I will be there") == "On time I will be there"
    assert reply_of_email("I wrote:\nmore") == "I wrote:\nmore"


def test_numbers_compare_by_digits_keeping_a_plus() -> None:
    assert normalise_number(" +44 (20) 7946-0000 ") == "+442079460000"
    assert normalise_number("020 7946 0000") == "02079460000"
