"""Recall reminders through the outbound queue, inside the caller's transaction.

Every open recall gets one queued message for the day ``domain/recall.message_day``
names (some days before it is due, again after each hide window, a few times at most),
on the channel the patient consented to; without consent or contact details nothing is
queued and the recall stays on the due list for a call. The sweep of ``messages run``
keeps the queue equal to that plan, and the send path checks a message again before
it goes: a recall closed by a booking, hidden after a call, or out of attempts voids it.
A sent recall message counts as an attempt, so the patient leaves the due list for the
hide days like after a call.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.message_templates import render, template_text
from clinicdesk.domain.outbound import Channel, MessageState, OutboundMessage
from clinicdesk.domain.recall import (
    Recall,
    RecallStatus,
    message_day,
    message_still_true,
    record_attempt,
    send_moment,
)
from clinicdesk.domain.replies import choose_channel
from clinicdesk.services.lookups import require_clinic, require_patient
from clinicdesk.services.message_settings import MessageSettings
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.reminder_queue import reachability

RECALL_TEMPLATE = "recall"


def refresh_recall_messages(
    uow: UnitOfWork, now: datetime, settings: MessageSettings
) -> tuple[int, int]:
    """Queue each open recall's next message and void the ones no longer planned;
    returns (added, voided)."""
    clinic = uow.catalog.get_clinic()
    if clinic is None:
        return 0, 0
    zone = clinic_zone(clinic.time_zone)
    today = local_date(now, zone)
    recalls = {recall.id: recall for recall in uow.recalls.open_due_by(None)}
    queued = [
        message
        for message in uow.messages.in_state(MessageState.QUEUED, limit=1_000_000)
        if message.recall_id
    ]
    patient_ids = {recall.patient_id for recall in recalls.values()}
    patients = uow.patients.get_many(patient_ids)
    consents = uow.messages.consents_for(patient_ids)
    wanted: dict[str, tuple[datetime, str]] = {}
    for recall in recalls.values():
        day = message_day(recall, today)
        patient = patients.get(recall.patient_id)
        if day is None or patient is None:
            continue
        channel = choose_channel(reachability(patient), consents.get(recall.patient_id, []))
        if channel is not None:
            wanted[recall.id] = (send_moment(day, zone, settings.quiet), channel.value)
    added = voided = 0
    kept: set[str] = set()
    for message in queued:
        plan = wanted.get(message.recall_id)
        if (
            plan == (message.planned_moment, message.channel.value)
            and message.recall_id not in kept
        ):
            kept.add(message.recall_id)
            continue
        uow.messages.update(replace(message, state=MessageState.VOID, updated_at=now))
        voided += 1
    for recall_id, (send_at, channel) in wanted.items():
        if recall_id in kept:
            continue
        recall = recalls[recall_id]
        uow.messages.add(
            OutboundMessage(
                id=new_id(),
                channel=Channel(channel),
                patient_id=recall.patient_id,
                template=RECALL_TEMPLATE,
                promised={},
                state=MessageState.QUEUED,
                send_after=send_at,
                updated_at=now,
                planned_at=send_at,
                recall_id=recall_id,
            )
        )
        added += 1
    return added, voided


def still_true(uow: UnitOfWork, message: OutboundMessage, now: datetime) -> bool:
    """Whether a queued recall message may go now."""
    recall = uow.recalls.get(message.recall_id)
    clinic = uow.catalog.get_clinic()
    if recall is None or clinic is None:
        return False
    return message_still_true(recall, local_date(now, clinic_zone(clinic.time_zone)))


def compose(
    uow: UnitOfWork, message: OutboundMessage, settings: MessageSettings
) -> tuple[str, str]:
    """(subject, body) of a recall message. It names no recall type: "diabetes review"
    would tell whoever reads the patient's phone why they come."""
    clinic = require_clinic(uow)
    patient = require_patient(uow, message.patient_id)
    recall = _require_recall(uow, message)
    values = {
        "name": patient.preferred_name or patient.given,
        "date": f"{recall.due:%a %d %b}",
        "time": "",
        "clinic": clinic.name,
        "provider": "",
        "visits": "",
    }
    # In the patient's language where the clinic has the text, else the clinic's.
    text = template_text(
        RECALL_TEMPLATE, patient.language, settings.templates(), fallback=settings.language
    )
    return f"{clinic.name}: time for a follow-up visit", render(text, values)


def count_attempt(uow: UnitOfWork, message: OutboundMessage, now: datetime) -> None:
    """A sent recall message is an attempt to reach the patient."""
    recall = uow.recalls.get(message.recall_id)
    clinic = uow.catalog.get_clinic()
    if recall is None or clinic is None:
        return
    if recall.status is RecallStatus.OPEN:
        today = local_date(now, clinic_zone(clinic.time_zone))
        uow.recalls.update(record_attempt(recall, today, now))


def _require_recall(uow: UnitOfWork, message: OutboundMessage) -> Recall:
    recall = uow.recalls.get(message.recall_id)
    if recall is None:
        raise ValidationError(
            tr(
                "recall messages",
                "The recall this message is about no longer exists.",
            )
        )
    return recall
