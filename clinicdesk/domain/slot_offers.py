"""Offering freed time to the waitlist by message, and the short answers a reply earns.

When time frees, the waitlist patients who fit it and can be messaged are offered it
(at most a few at once, best ranked first, never twice for the same slot). The first
to accept gets it; one who accepts after it went, or after the offer lapsed, is told
it is gone. An offer lapses a little before the time itself, so nobody is booked for
a visit they cannot reach.

Acknowledgements (confirmed, cancelled, you have the slot, the slot is gone) answer a
reply; one still waiting (quiet hours, a gateway down) many hours later is no longer
worth sending and is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

OFFER_TEMPLATE = "slot_offer"
TAKEN_TEMPLATE = "slot_taken"  # you have the time you accepted
GONE_TEMPLATE = "slot_gone"  # the time went to someone else, or the offer lapsed
CONFIRMED_TEMPLATE = "confirmed"
CANCELLED_TEMPLATE = "cancelled"
STARTED_TEMPLATE = "started"
ACK_TEMPLATES = frozenset(
    {TAKEN_TEMPLATE, GONE_TEMPLATE, CONFIRMED_TEMPLATE, CANCELLED_TEMPLATE, STARTED_TEMPLATE}
)

# An offer ends this long before the time it offers: the patient needs time to come.
OFFER_NOTICE = timedelta(hours=1)
# At least this long between an offer and its lapse, for the patient to read and answer.
ANSWER_TIME = timedelta(minutes=30)
# How many waitlist patients one freed slot is offered to at once.
OFFERS_PER_SLOT = 3
# An acknowledgement not sent within this long after the reply is dropped. Long enough
# to wait out a night's quiet hours.
ACK_VALID_FOR = timedelta(hours=14)


class MessageKind(StrEnum):
    REMINDER = "reminder"
    OFFER = "offer"
    ACK = "ack"


def kind_of(template: str) -> MessageKind:
    if template == OFFER_TEMPLATE:
        return MessageKind.OFFER
    if template in ACK_TEMPLATES:
        return MessageKind.ACK
    return MessageKind.REMINDER


def slot_key(provider_id: str, start: datetime, end: datetime) -> str:
    """One freed stretch of a provider's time; every offer made for it shares this key."""
    return f"{provider_id}|{start.isoformat()}|{end.isoformat()}"


def offer_window(
    start: datetime,
    end: datetime,
    now: datetime,
    notice: timedelta = OFFER_NOTICE,
    answer: timedelta = ANSWER_TIME,
) -> tuple[datetime, datetime] | None:
    """The part of freed time still worth offering: from ``notice`` plus the time to
    answer after now on (an offer lapses ``notice`` before the time it offers).

    None when nothing of it is left (a no-show found late, a cancel at the last minute).
    """
    earliest = max(start, now + notice + answer)
    if earliest >= end:
        return None
    return earliest, end


@dataclass(frozen=True, slots=True)
class SlotOffer:
    """What one offer message promises: this time, for this waitlist entry."""

    slot: str
    entry_id: str
    type_id: str
    provider_id: str
    start: datetime
    end: datetime
    expires_at: datetime
    room_id: str = ""
    booked: str = ""  # the appointment made when this offer was accepted

    def details(self) -> dict[str, str]:
        return {
            "slot": self.slot,
            "entry_id": self.entry_id,
            "type_id": self.type_id,
            "provider_id": self.provider_id,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "expires_at": self.expires_at.isoformat(),
            "room_id": self.room_id,
            "booked": self.booked,
        }


_REQUIRED = ("slot", "entry_id", "type_id", "provider_id", "start", "end", "expires_at")


def offer_of(details: Mapping[str, str]) -> SlotOffer:
    """An offer read back from a message's stored details; refuses a broken one."""
    missing = [name for name in _REQUIRED if not details.get(name)]
    if missing:
        raise ValidationError(
            tr(
                "slot offers",
                "The slot offer has no {missing}.",
            ).format(missing=missing[0])
        )
    try:
        start = datetime.fromisoformat(details["start"])
        end = datetime.fromisoformat(details["end"])
        expires_at = datetime.fromisoformat(details["expires_at"])
    except ValueError as exc:
        raise ValidationError(
            tr("slot offers", "The slot offer has a time that is not a time.")
        ) from exc
    if start.tzinfo is None or end.tzinfo is None or expires_at.tzinfo is None:
        raise ValidationError(tr("slot offers", "The slot offer has a time without a zone."))
    if end <= start:
        raise ValidationError(tr("slot offers", "The slot offer ends before it starts."))
    return SlotOffer(
        slot=details["slot"],
        entry_id=details["entry_id"],
        type_id=details["type_id"],
        provider_id=details["provider_id"],
        start=start,
        end=end,
        expires_at=expires_at,
        room_id=details.get("room_id", ""),
        booked=details.get("booked", ""),
    )


@dataclass(frozen=True, slots=True)
class OfferCandidate:
    """A ranked waitlist match and whether it can be messaged (consent and address)."""

    patient_id: str
    entry_id: str
    reachable: bool


def choose_recipients(
    ranked: Sequence[OfferCandidate],
    already_offered: Sequence[str],
    limit: int = OFFERS_PER_SLOT,
) -> list[OfferCandidate]:
    """Who to message now, best first: reachable, not offered this slot yet, and no more
    than ``limit`` offers for the slot in all (those already made count)."""
    room = limit - len(set(already_offered))
    chosen: list[OfferCandidate] = []
    seen = set(already_offered)
    for candidate in ranked:
        if len(chosen) >= room:
            break
        if not candidate.reachable or candidate.patient_id in seen:
            continue
        chosen.append(candidate)
        seen.add(candidate.patient_id)
    return chosen


def offer_expiry(start: datetime, notice: timedelta = OFFER_NOTICE) -> datetime:
    return start - notice


class Acceptance(StrEnum):
    BOOK = "book"  # first to accept in time: book it
    GONE = "gone"  # taken by another, or lapsed: tell the patient
    STAFF = "staff"  # the waitlist entry ended meanwhile: a person should look


def settle(offer: SlotOffer, now: datetime, *, taken: bool, entry_active: bool) -> Acceptance:
    """What an acceptance of ``offer`` arriving ``now`` leads to.

    ``taken``: another offer for the same slot was accepted first (or the time was
    booked some other way). ``entry_active``: the patient is still waiting.
    """
    if offer.booked:
        return Acceptance.STAFF  # accepted twice: the first one already booked it
    if taken or now >= offer.expires_at:
        return Acceptance.GONE
    if not entry_active:
        return Acceptance.STAFF
    return Acceptance.BOOK


def offer_still_open(offer: SlotOffer, now: datetime, *, taken: bool) -> bool:
    """Whether a queued offer may still be sent."""
    return not taken and not offer.booked and now < offer.expires_at


def ack_still_due(queued_at: datetime, now: datetime, valid_for: timedelta = ACK_VALID_FOR) -> bool:
    """Whether an acknowledgement queued at ``queued_at`` is still worth sending."""
    return queued_at <= now < queued_at + valid_for
