"""Keeping the outbound queue equal to what the reminder rules say, inside the caller's
transaction: a booking, move or cancellation re-plans its patient's reminders in the
same commit, so a queued reminder is never older than the appointment it names.

The plan covers each patient's visits from now to the horizon; queued reminders that no
longer match (a visit moved, cancelled, a consent withdrawn, a second visit booked the
same day) are voided and the missing ones added. Sent messages are never touched, and
their local days count as used (one message per patient per day).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import datetime, timedelta

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.outbound import Channel, MessageState, OutboundMessage
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.reminders import QueuedReminder, Visit, plan_messages, reconcile
from clinicdesk.domain.replies import Reachability, choose_channel, normalise_number
from clinicdesk.domain.slot_offers import MessageKind, kind_of
from clinicdesk.services.message_settings import MessageSettings
from clinicdesk.services.ports import UnitOfWork

REMINDER_TEMPLATE = "reminder"
# States whose message went (or may have gone) out: their day is used. A failed one
# counts too: it may have reached the patient, and it shows in the window for staff.
_OUT = frozenset(
    {MessageState.SENDING, MessageState.SENT, MessageState.DELIVERED, MessageState.FAILED}
)


def message_settings(uow: UnitOfWork) -> MessageSettings:
    return MessageSettings(uow.messages.settings())


def reachability(patient: Patient) -> Reachability:
    mobile = next((phone.number for phone in patient.phones if phone.kind == "mobile"), "")
    return Reachability(mobile=mobile, email=patient.email, preferred=patient.contact_channel.value)


def address_for(patient: Patient, channel: Channel) -> str:
    """Where to send: a mobile number as the gateway wants it (+ and digits only)."""
    reach = reachability(patient)
    return normalise_number(reach.mobile) if channel is Channel.SMS else reach.email


def refresh_reminders(
    uow: UnitOfWork,
    now: datetime,
    patient_ids: Collection[str],
    *,
    visits: Iterable[Appointment] | None = None,
) -> tuple[int, int]:
    """Re-plan the reminders of these patients; returns (added, voided).

    ``visits``: their appointments from now to the horizon, when the caller already has
    them (the sweep); else they are loaded per patient.
    """
    if not patient_ids:
        return 0, 0
    clinic = uow.catalog.get_clinic()
    if clinic is None:
        return 0, 0
    zone = clinic_zone(clinic.time_zone)
    settings = message_settings(uow)
    horizon = now + timedelta(days=settings.horizon_days)
    if visits is None:
        visits = [
            appointment
            for patient_id in patient_ids
            for appointment in uow.appointments.for_patient(patient_id)
            if now <= appointment.start < horizon
        ]
    by_patient: dict[str, list[Appointment]] = {key: [] for key in patient_ids}
    for appointment in visits:
        if appointment.holds_slot and appointment.patient_id in by_patient:
            by_patient[appointment.patient_id].append(appointment)
    patients = uow.patients.get_many(by_patient)
    consents = uow.messages.consents_for(by_patient)
    existing: dict[str, list[OutboundMessage]] = {}
    for message in uow.messages.for_patients(by_patient):
        # Offers and answers to replies are not reminders: neither planned here nor
        # counted against the one reminder a patient gets per day.
        # Recall reminders are planned by recall_messages.py.
        if kind_of(message.template) is not MessageKind.REMINDER or message.recall_id:
            continue
        existing.setdefault(message.patient_id, []).append(message)
    quiet = settings.quiet
    added = voided = 0
    for patient_id, appointments in by_patient.items():
        patient = patients.get(patient_id)
        mine = existing.get(patient_id, [])
        channel = (
            None
            if patient is None
            else choose_channel(reachability(patient), consents.get(patient_id, []))
        )
        starts = {appointment.id: appointment.start for appointment in appointments}
        used = {
            local_date(message.sent_at or message.planned_moment, zone)
            for message in mine
            if message.state in _OUT
        }
        planned = plan_messages(
            [
                Visit(a.id, a.patient_id, a.start, a.created_at, settings.rule_for(a.type_id))
                for a in appointments
            ],
            quiet,
            zone,
            days_used={patient_id: used},
        )
        queued = [message for message in mine if message.state is MessageState.QUEUED]
        # A queued message naming a visit at another start than now is no longer true.
        untrue = [
            m for m in queued if any(starts.get(k) != start for k, start in m.promised.items())
        ]
        current = [
            QueuedReminder(m.id, m.planned_moment, tuple(m.promised), m.channel.value)
            for m in queued
            if m not in untrue
        ]
        result = reconcile(planned, current, channel.value if channel else None)
        to_void = {m.id for m in untrue} | set(result.to_void)
        for message in queued:
            if message.id in to_void:
                uow.messages.update(_void(message, now))
                voided += 1
        if channel is None:
            continue
        for plan in result.to_add:
            if plan.send_at < now:
                continue  # a moment already past when this change was made: not sent late
            uow.messages.add(
                OutboundMessage(
                    id=new_id(),
                    channel=channel,
                    patient_id=patient_id,
                    template=REMINDER_TEMPLATE,
                    promised={key: starts[key] for key in plan.appointment_ids},
                    state=MessageState.QUEUED,
                    send_after=plan.send_at,
                    updated_at=now,
                )
            )
            added += 1
    return added, voided


def _void(message: OutboundMessage, now: datetime) -> OutboundMessage:
    return replace(message, state=MessageState.VOID, updated_at=now)


def refresh_for_appointment(uow: UnitOfWork, now: datetime, appointment_id: str) -> None:
    """The hook every appointment write calls (booking, move, cancel, status)."""
    appointment = uow.appointments.get(appointment_id)
    if appointment is not None:
        refresh_reminders(uow, now, [appointment.patient_id])
