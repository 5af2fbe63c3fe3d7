"""Freed time offered to the waitlist by message, acceptances booked, answers queued.

Everything here runs inside the caller's transaction: the cancel, move or no-show that
frees the time queues its offers in the same commit; an acceptance books the slot
through the ordinary clash check, ends the waitlist entry and queues the answer in the
commit that records the reply. Offers and answers go through the outbound queue, so
consent, quiet hours, the one sending PC and the retry rules apply to them as to
reminders.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from clinicdesk.domain.errors import ClinicError, ValidationError
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.outbound import MessageState, OutboundMessage
from clinicdesk.domain.replies import ReplyIntent, choose_channel
from clinicdesk.domain.slot_offers import (
    GONE_TEMPLATE,
    OFFER_TEMPLATE,
    TAKEN_TEMPLATE,
    Acceptance,
    OfferCandidate,
    SlotOffer,
    choose_recipients,
    offer_expiry,
    offer_of,
    offer_window,
    settle,
    slot_key,
)
from clinicdesk.domain.waitlist_matching import FreedSlot
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.reminder_queue import message_settings, reachability
from clinicdesk.services.schedule_window import Catalogue
from clinicdesk.services.waitlist import book_entry_in_uow, candidates_for_freed

BOOKED_REASON = "Offered from the waitlist by message"


def queue_offers(
    uow: UnitOfWork,
    ctx: ServiceContext,
    catalogue: Catalogue,
    freed: FreedSlot,
    *,
    ignore_appointment_id: str | None = None,
) -> int:
    """Queue offers of freed time to the best-fitting waitlist patients who can be
    messaged; how many were queued."""
    if not message_settings(uow).offer_freed_slots:
        return 0
    now = ctx.now()
    window = offer_window(freed.start, freed.end, now)
    if window is None:
        return 0
    key = slot_key(freed.provider_id, freed.start, freed.end)
    slot = FreedSlot(freed.provider_id, window[0], window[1], freed.room_id)
    candidates = candidates_for_freed(
        uow, catalogue, slot, ignore_appointment_id=ignore_appointment_id
    )
    if not candidates:
        return 0
    patient_ids = {candidate.patient_id for candidate in candidates}
    patients = uow.patients.get_many(patient_ids)
    consents = uow.messages.consents_for(patient_ids)
    channels = {
        patient_id: choose_channel(reachability(patient), consents.get(patient_id, []))
        for patient_id, patient in patients.items()
    }
    already = [message.patient_id for message in uow.messages.for_slot(OFFER_TEMPLATE, key)]
    chosen = choose_recipients(
        [
            OfferCandidate(c.patient_id, c.entry_id, channels.get(c.patient_id) is not None)
            for c in candidates
        ],
        already,
    )
    by_entry = {candidate.entry_id: candidate for candidate in candidates}
    for pick in chosen:
        candidate = by_entry[pick.entry_id]
        channel = channels[candidate.patient_id]
        assert channel is not None
        offer = SlotOffer(
            slot=key,
            entry_id=candidate.entry_id,
            type_id=candidate.type_id,
            provider_id=candidate.provider_id,
            start=candidate.start,
            end=candidate.end,
            expires_at=offer_expiry(candidate.start),
            room_id=candidate.room_id or "",
        )
        uow.messages.add(
            OutboundMessage(
                id=new_id(),
                channel=channel,
                patient_id=candidate.patient_id,
                template=OFFER_TEMPLATE,
                promised={},
                state=MessageState.QUEUED,
                send_after=now,
                updated_at=now,
                planned_at=now,
                details=offer.details(),
            )
        )
    return len(chosen)


def slot_taken(uow: UnitOfWork, offer: SlotOffer, *, besides: str = "") -> bool:
    """Whether another offer of the same freed time was accepted and booked."""
    return any(
        message.details.get("booked")
        for message in uow.messages.for_slot(OFFER_TEMPLATE, offer.slot)
        if message.id != besides
    )


def queue_ack(
    uow: UnitOfWork,
    now: datetime,
    patient_id: str,
    template: str,
    *,
    promised: Mapping[str, datetime] | None = None,
    details: Mapping[str, str] | None = None,
) -> bool:
    """Queue a short answer to a reply, when the patient can be messaged; whether it was."""
    patient = uow.patients.get(patient_id)
    if patient is None:
        return False
    consents = uow.messages.consents_for([patient_id]).get(patient_id, [])
    channel = choose_channel(reachability(patient), consents)
    if channel is None:
        return False
    uow.messages.add(
        OutboundMessage(
            id=new_id(),
            channel=channel,
            patient_id=patient_id,
            template=template,
            promised=dict(promised or {}),
            state=MessageState.QUEUED,
            send_after=now,
            updated_at=now,
            planned_at=now,
            details=dict(details or {}),
        )
    )
    return True


def answer_offer(
    uow: UnitOfWork,
    ctx: ServiceContext,
    message: OutboundMessage,
    intent: ReplyIntent,
    now: datetime,
) -> str:
    """Act on a reply to an offer: "done" when acted on, "open" when staff must look.

    YES books the time for the first to accept (clash check, waitlist entry ended, all
    in the reply's transaction) and tells them; a later YES is told the time is gone.
    NO lets it go. Anything else goes to the staff inbox.
    """
    if intent is ReplyIntent.CANCEL:
        return "done"
    if intent is not ReplyIntent.CONFIRM:
        return "open"
    try:
        offer = offer_of(message.details)
    except ValidationError:
        return "open"
    entry = uow.waitlist.get(offer.entry_id)
    active = entry is not None and entry.active and not entry.deleted
    outcome = settle(
        offer, now, taken=slot_taken(uow, offer, besides=message.id), entry_active=active
    )
    if outcome is Acceptance.STAFF:
        return "open"
    if outcome is Acceptance.BOOK:
        assert entry is not None
        try:
            booked = book_entry_in_uow(
                uow,
                ctx,
                entry,
                provider_id=offer.provider_id,
                start=offer.start,
                room_id=offer.room_id or None,
                reason=BOOKED_REASON,
            )
        except ClinicError:
            outcome = Acceptance.GONE  # booked some other way meanwhile
        else:
            appointment = booked.appointment
            uow.messages.update(
                replace(
                    message,
                    details={**offer.details(), "booked": appointment.id},
                    updated_at=now,
                )
            )
            _void_other_offers(uow, offer, message.id, now)
            queue_ack(
                uow,
                now,
                message.patient_id,
                TAKEN_TEMPLATE,
                promised={appointment.id: appointment.start},
            )
            return "done"
    queue_ack(
        uow,
        now,
        message.patient_id,
        GONE_TEMPLATE,
        details={"start": offer.start.isoformat(), "provider_id": offer.provider_id},
    )
    return "done"


def _void_other_offers(uow: UnitOfWork, offer: SlotOffer, accepted: str, now: datetime) -> None:
    """Offers of the same time not sent yet are not sent at all."""
    for other in uow.messages.for_slot(OFFER_TEMPLATE, offer.slot):
        if other.id != accepted and other.state is MessageState.QUEUED:
            uow.messages.update(replace(other, state=MessageState.VOID, updated_at=now))
