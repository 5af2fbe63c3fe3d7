"""Delivery receipts: which gateway words move a sent message on, and which sent
messages are still asked about."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinicdesk.domain.outbound import (
    RECEIPT_WINDOW,
    MessageState,
    awaits_receipt,
    receipt_state,
)
from tests.unit.domain.test_outbound_edges import PLANNED, message


@pytest.mark.parametrize("word", ["delivered", "read", " Delivered ", "READ"])
def test_delivered_words(word: str) -> None:
    assert receipt_state(word) is MessageState.DELIVERED


@pytest.mark.parametrize("word", ["undelivered", "failed", "FAILED\n"])
def test_undelivered_words_are_failures(word: str) -> None:
    assert receipt_state(word) is MessageState.FAILED


@pytest.mark.parametrize("word", ["queued", "accepted", "sending", "sent", "", "garbage"])
def test_other_words_are_no_news(word: str) -> None:
    assert receipt_state(word) is None


def test_only_sent_messages_with_an_id_in_the_window_are_asked_about() -> None:
    sent = message(state=MessageState.SENT, gateway_id="SM1", sent_at=PLANNED)
    assert timedelta(days=3) == RECEIPT_WINDOW
    assert awaits_receipt(sent, PLANNED)
    assert awaits_receipt(sent, PLANNED + RECEIPT_WINDOW - timedelta(seconds=1))
    assert not awaits_receipt(sent, PLANNED + RECEIPT_WINDOW)
    assert not awaits_receipt(message(state=MessageState.SENT, sent_at=PLANNED), PLANNED)
    assert not awaits_receipt(message(state=MessageState.SENT, gateway_id="SM1"), PLANNED)
    for state in (MessageState.DELIVERED, MessageState.FAILED, MessageState.QUEUED):
        other = message(state=state, gateway_id="SM1", sent_at=PLANNED)
        assert not awaits_receipt(other, PLANNED)
