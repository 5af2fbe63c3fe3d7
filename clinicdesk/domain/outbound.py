"""The outbound queue's rules: message states, retries with back-off, and whether a
queued message is still true when its moment comes.

queued -> sent -> delivered | failed;  queued -> failed (permanent) | void.
A message is voided (never sent) when what it says stopped being true: a visit it names
was moved, cancelled or deleted, or has already begun.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from clinicdesk.domain.errors import ClinicError, ValidationError
from clinicdesk.domain.i18n import tr


class MessageState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by the sending PC; a crash leaves it for a re-check
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    VOID = "void"


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"


TRANSITIONS: Mapping[MessageState, frozenset[MessageState]] = {
    MessageState.QUEUED: frozenset({MessageState.SENDING, MessageState.FAILED, MessageState.VOID}),
    MessageState.SENDING: frozenset({MessageState.SENT, MessageState.QUEUED, MessageState.FAILED}),
    MessageState.SENT: frozenset({MessageState.DELIVERED, MessageState.FAILED}),
    MessageState.DELIVERED: frozenset(),
    MessageState.FAILED: frozenset(),
    MessageState.VOID: frozenset(),
}


def check_transition(old: MessageState, new: MessageState) -> None:
    if new not in TRANSITIONS[old]:
        raise ValidationError(tr(
            "outbound",
            "A {old} message cannot become {new}.",
        ).format(old=old.value, new=new.value))


# Waits after the 1st, 2nd, ... failed attempt; after the last one the failure is final.
RETRY_DELAYS: tuple[timedelta, ...] = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


def next_attempt(
    attempts: int, failed_at: datetime, retry_after: timedelta | None = None
) -> datetime | None:
    """When to try again after ``attempts`` failed tries, or None when failure is final.

    A gateway's own "retry after" (a rate limit) is honoured when it asks for longer.
    """
    if attempts < 1:
        raise ValueError("next_attempt is for a message that has failed at least once")
    if attempts >= MAX_ATTEMPTS:
        return None
    delay = RETRY_DELAYS[attempts - 1]
    if retry_after is not None:
        delay = max(delay, retry_after)
    return failed_at + delay


@dataclass(frozen=True, slots=True)
class VisitNow:
    """An appointment as it stands now, for the still-true check."""

    start: datetime
    holds_slot: bool  # not cancelled, not a no-show, not deleted


def still_true(
    promised: Mapping[str, datetime], current: Mapping[str, VisitNow], now: datetime
) -> bool:
    """Whether a message promising these visits at these starts may still be sent.

    Every visit must still exist, still hold its slot, start when the message says,
    and not have begun.
    """
    if not promised:
        return False
    for appointment_id, start in promised.items():
        visit = current.get(appointment_id)
        if visit is None or not visit.holds_slot:
            return False
        if visit.start != start or visit.start <= now:
            return False
    return True


class DeliveryError(ClinicError):
    """A channel could not hand a message over. ``permanent``: trying again cannot help
    (a refused number, a rejected login); else it is retried with back-off, waiting at
    least ``retry_after`` when the gateway asked for it."""

    def __init__(
        self, message: str, *, permanent: bool = False, retry_after: timedelta | None = None
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


# A gateway's word for what became of a sent message (the Twilio Messages API's
# statuses); any other word (queued, accepted, sending, sent, ...) means "not yet known".
DELIVERED_WORDS = frozenset({"delivered", "read"})
UNDELIVERED_WORDS = frozenset({"undelivered", "failed"})
# Receipts are asked for this long after sending; a gateway that never says is not
# asked for ever.
RECEIPT_WINDOW = timedelta(days=3)


@dataclass(frozen=True, slots=True)
class Receipt:
    """What a gateway says became of one message: its status word, and for a failure
    its reason as the gateway gives it."""

    status: str
    error: str = ""


def receipt_state(status: str) -> MessageState | None:
    """The state a sent message moves to on this gateway status, or None (no news)."""
    word = status.strip().casefold()
    if word in DELIVERED_WORDS:
        return MessageState.DELIVERED
    if word in UNDELIVERED_WORDS:
        return MessageState.FAILED
    return None


def awaits_receipt(message: OutboundMessage, now: datetime) -> bool:
    """Whether to ask the gateway what became of this message."""
    return (
        message.state is MessageState.SENT
        and bool(message.gateway_id)
        and message.sent_at is not None
        and now - message.sent_at < RECEIPT_WINDOW
    )


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    """One row of the outbound queue. ``promised`` holds each visit the message names
    with the start it names, so a visit moved since is caught before sending."""

    id: str
    channel: Channel
    patient_id: str
    template: str
    promised: Mapping[str, datetime]
    state: MessageState
    send_after: datetime  # the next attempt
    updated_at: datetime
    attempts: int = 0
    address: str = ""
    gateway_id: str = ""
    last_error: str = ""
    sent_at: datetime | None = None
    claimed_by: str = ""
    deleted: bool = False
    planned_at: datetime | None = None  # the rules' moment; send_after moves on retries
    # What a message that names no booked visit says (a freed slot's offer, the time an
    # acknowledgement refers to), as plain text pairs.
    details: Mapping[str, str] = field(default_factory=dict)
    recall_id: str = ""  # a recall reminder names its recall instead of visits

    @property
    def planned_moment(self) -> datetime:
        return self.planned_at or self.send_after

    @property
    def appointment_id(self) -> str | None:
        return next(iter(self.promised), None)


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """A reply polled from a channel; open ones are the staff inbox."""

    id: str
    channel: Channel
    sender: str
    body: str
    received_at: datetime
    gateway_id: str
    intent: str
    updated_at: datetime
    patient_id: str | None = None
    appointment_id: str | None = None
    status: str = "open"  # open | handled | done (acted on automatically)


@dataclass(frozen=True, slots=True)
class PolledReply:
    """A reply as a channel hands it over; ``gateway_id`` identifies it for that channel."""

    gateway_id: str
    sender: str
    body: str
    received_at: datetime
