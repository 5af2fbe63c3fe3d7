"""The reminder loop: queue what is due, send it, read the replies; consent; the lists.

Exactly one PC sends: the one named by the ``sending_workstation`` setting (synced, so
every PC agrees). Each message is claimed (state ``sending``) in its own committed
transaction before it is handed to a channel, and its outcome recorded after, so a
crash in between leaves a visible ``sending`` row that the next run marks failed
("may have gone out") instead of sending it again. Before the claim the message is
checked against the appointments as they are now: a visit moved, cancelled or begun
voids it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Protocol, runtime_checkable

from clinicdesk.domain.appointments import Appointment, CancelledBy, Status
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone, local_date, to_local
from clinicdesk.domain.confirmations import (
    MAX_DAYS,
    Confirmation,
    ConfirmationCandidate,
    unconfirmed_list,
    working_days,
)
from clinicdesk.domain.errors import ClinicError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.message_templates import check_language, render, template_text
from clinicdesk.domain.outbound import (
    RECEIPT_WINDOW,
    Channel,
    DeliveryError,
    InboundMessage,
    MessageState,
    OutboundMessage,
    PolledReply,
    Receipt,
    VisitNow,
    awaits_receipt,
    next_attempt,
    receipt_state,
    still_true,
)
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.replies import (
    ConsentEntry,
    ConsentSource,
    ReplyIntent,
    choose_channel,
    has_consent,
    interpret,
    normalise_number,
    reply_of_email,
)
from clinicdesk.domain.slot_offers import (
    CANCELLED_TEMPLATE,
    CONFIRMED_TEMPLATE,
    STARTED_TEMPLATE,
    MessageKind,
    ack_still_due,
    kind_of,
    offer_of,
    offer_still_open,
)
from clinicdesk.domain.status import change_status
from clinicdesk.domain.waitlist import CallListEntry
from clinicdesk.services import recall_messages
from clinicdesk.services.booking_scope import keep_visible
from clinicdesk.services.changes import save_status_change
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.lookups import require_clinic, require_patient
from clinicdesk.services.message_settings import SENDING_WORKSTATION, MessageSettings, check_setting
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.reminder_queue import (
    address_for,
    message_settings,
    reachability,
    refresh_reminders,
)
from clinicdesk.services.schedule_window import Catalogue
from clinicdesk.services.slot_offers import answer_offer, queue_ack, queue_offers, slot_taken
from clinicdesk.services.waitlist import freed_slot_of

CONFIRMATION_CALL = "confirmation call"
CANCEL_REASON = "The patient replied to the reminder to cancel."
SEND_BATCH = 500
RECEIPT_BATCH = 2000  # receipts asked per run; the oldest first, the rest next run


class OutboundChannel(Protocol):
    def send(self, address: str, subject: str, body: str) -> str:
        """Hand one message over; the gateway's id for it. Raises DeliveryError."""
        ...


@runtime_checkable
class ReceiptSource(Protocol):
    def receipt(self, gateway_id: str) -> Receipt:
        """What became of a message the gateway took. Raises DeliveryError."""
        ...


class InboundChannel(Protocol):
    channel: Channel

    def poll(self) -> list[PolledReply]:
        """Replies not yet fetched (the channel may return some again: they are skipped)."""
        ...


@dataclass
class RunReport:
    queued: int = 0
    voided: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    interrupted: int = 0
    replies: int = 0
    to_inbox: int = 0
    delivered: int = 0
    undelivered: int = 0
    errors: list[str] = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.errors is None:
            self.errors = []


def _require_sender(ctx: ServiceContext, settings: MessageSettings) -> None:
    sender = settings.sending_workstation
    if not sender:
        raise ClinicError(
            tr(
                "messages",
                "No PC is chosen to send messages yet: set it with 'messages settings set "
                "{SENDING_WORKSTATION} NAME'.",
            ).format(SENDING_WORKSTATION=SENDING_WORKSTATION)
        )
    if sender != ctx.actor.workstation:
        raise ClinicError(
            tr(
                "messages",
                "This PC ({workstation}) does not send messages; {sender} does. Only one PC sends, "
                "so no reminder goes out twice.",
            ).format(
                workstation=ctx.actor.workstation or tr("messages", "unnamed"), sender=sender
            )
        )


@writes
def run_messages(
    ctx: ServiceContext,
    senders: Mapping[Channel, OutboundChannel],
    receivers: Sequence[InboundChannel] = (),
) -> RunReport:
    """Queue what is due, send it, and act on replies (the ``messages run`` command)."""
    authorize(ctx, Permission.MANAGE_MESSAGES, AuditEvent.MESSAGES_RUN)
    now = ctx.now()
    report = RunReport()
    with ctx.write() as uow:
        settings = message_settings(uow)
        _require_sender(ctx, settings)
        report.interrupted = _mark_interrupted(uow, ctx, now)
        report.queued, report.voided = sweep(uow, now, settings)
        uow.audit.record(ctx.actor, AuditEvent.MESSAGES_RUN)
        uow.commit()
    with ctx.read() as uow:
        zone = clinic_zone(require_clinic(uow).time_zone)
        quiet_now = message_settings(uow).quiet.contains(now, zone)
    # A run inside quiet hours (a PC that was off, a late schedule) sends nothing; what
    # is due waits for the morning, or is voided if its visit has begun by then.
    while not quiet_now:
        with ctx.read() as uow:
            due = uow.messages.in_state(MessageState.QUEUED, due_by=now, limit=SEND_BATCH)
        progressed = False
        for message in due:
            progressed |= _send_one(ctx, message.id, senders, report, now)
        if len(due) < SEND_BATCH or not progressed:
            break
    _read_receipts(ctx, senders, report, now)
    for receiver in receivers:
        try:
            replies = receiver.poll()
        except DeliveryError as error:
            report.errors.append(error.message)
            continue
        for reply in replies:
            _take_reply(ctx, receiver.channel, reply, report)
    return report


def _read_receipts(
    ctx: ServiceContext,
    senders: Mapping[Channel, OutboundChannel],
    report: RunReport,
    now: datetime,
) -> None:
    """Ask the gateways what became of recently sent messages; record what they know
    (delivered, or failed with the gateway's reason) in one transaction."""
    with ctx.read() as uow:
        sent = uow.messages.sent_since(now - RECEIPT_WINDOW, RECEIPT_BATCH)
    changes: dict[str, tuple[MessageState, str]] = {}
    broken: set[Channel] = set()
    for message in sent:
        source = senders.get(message.channel)
        if message.channel in broken or not isinstance(source, ReceiptSource):
            continue
        if not awaits_receipt(message, now):
            continue
        try:
            receipt = source.receipt(message.gateway_id)
        except DeliveryError as error:
            report.errors.append(error.message)
            broken.add(message.channel)  # one line per run, not one per message
            continue
        state = receipt_state(receipt.status)
        if state is not None:
            reason = receipt.error or receipt.status
            changes[message.id] = (state, f"Not delivered ({reason}).")
    if not changes:
        return
    with ctx.write() as uow:
        for message_id, (state, reason) in changes.items():
            message = uow.messages.get(message_id)
            if message is None or message.state is not MessageState.SENT:
                continue
            failed = state is MessageState.FAILED
            uow.messages.update(
                replace(message, state=state, last_error=reason if failed else "", updated_at=now)
            )
            if failed:
                report.undelivered += 1
            else:
                report.delivered += 1
        uow.commit()


def _mark_interrupted(uow: UnitOfWork, ctx: ServiceContext, now: datetime) -> int:
    stuck = [
        message
        for message in uow.messages.in_state(MessageState.SENDING, limit=10_000)
        if message.claimed_by == ctx.actor.workstation
    ]
    for message in stuck:
        uow.messages.update(
            replace(
                message,
                state=MessageState.FAILED,
                last_error="Interrupted while sending: it may or may not have gone out.",
                updated_at=now,
            )
        )
    return len(stuck)


def sweep(uow: UnitOfWork, now: datetime, settings: MessageSettings) -> tuple[int, int]:
    """Re-plan every patient with a visit up to the horizon or a queued message."""
    horizon = now + timedelta(days=settings.horizon_days)
    visits = uow.appointments.between(now, horizon)
    patient_ids = {visit.patient_id for visit in visits}
    queued = uow.messages.in_state(MessageState.QUEUED, limit=1_000_000)
    patient_ids |= {message.patient_id for message in queued if not message.recall_id}
    added, voided = refresh_reminders(
        uow, now, patient_ids, visits=[v for v in visits if v.start >= now]
    )
    recalls_added, recalls_voided = recall_messages.refresh_recall_messages(uow, now, settings)
    return added + recalls_added, voided + recalls_voided


def _current(uow: UnitOfWork, message: OutboundMessage) -> dict[str, Appointment]:
    found = {}
    for appointment_id in message.promised:
        appointment = uow.appointments.get(appointment_id)
        if appointment is not None:
            found[appointment_id] = appointment
    return found


def compose(
    uow: UnitOfWork, message: OutboundMessage, settings: MessageSettings
) -> tuple[str, str]:
    """(subject, body) of a message from its template and the visits it names (or, for
    an offer or an answer naming no visit, the time in its details)."""
    clinic = require_clinic(uow)
    zone = clinic_zone(clinic.time_zone)
    patient = require_patient(uow, message.patient_id)
    visits = sorted(_current(uow, message).values(), key=lambda a: a.start)
    values = {"name": patient.preferred_name or patient.given, "clinic": clinic.name}
    start: datetime | None = None
    provider_id = ""
    if visits:
        start, provider_id = visits[0].start, visits[0].provider_id
        values["visits"] = ", ".join(f"{to_local(v.start, zone):%a %d %b %H:%M}" for v in visits)
        if settings.allow_reason:
            values["reason"] = visits[0].reason
    elif message.details.get("start"):
        try:
            start = datetime.fromisoformat(message.details["start"])
        except ValueError as exc:
            raise ValidationError(
                tr("messages", "The message names a time that is not a time.")
            ) from exc
        provider_id = message.details.get("provider_id", "")
    elif message.promised:
        raise ValidationError(tr("messages", "The visit this message names no longer exists."))
    if start is not None:
        provider = uow.providers.get(provider_id) if provider_id else None
        local = to_local(start, zone)
        values["provider"] = f"{provider.title} {provider.name}".strip() if provider else ""
        values["date"] = f"{local:%a %d %b}"
        values["time"] = f"{local:%H:%M}"
    template = message.template
    if kind_of(template) is MessageKind.REMINDER and len(visits) > 1:
        template = "reminder_several"
    text = template_text(
        template, patient.language, settings.templates(), fallback=settings.language
    )
    body = render(text, values, allow_reason=settings.allow_reason)
    subject = f"{clinic.name}: your visit on {values['date']}" if "date" in values else clinic.name
    return subject, body


def _true_now(uow: UnitOfWork, message: OutboundMessage, now: datetime) -> bool:
    """Whether a queued message still says something true and worth sending now."""
    if message.recall_id:
        return recall_messages.still_true(uow, message, now)
    kind = kind_of(message.template)
    if kind is MessageKind.ACK:
        return ack_still_due(message.planned_moment, now)
    if kind is MessageKind.OFFER:
        try:
            offer = offer_of(message.details)
        except ValidationError:
            return False
        return offer_still_open(offer, now, taken=slot_taken(uow, offer, besides=message.id))
    visits_now = {
        key: VisitNow(appointment.start, appointment.holds_slot)
        for key, appointment in _current(uow, message).items()
    }
    return still_true(message.promised, visits_now, now)


def _send_one(
    ctx: ServiceContext,
    message_id: str,
    senders: Mapping[Channel, OutboundChannel],
    report: RunReport,
    now: datetime,
) -> bool:
    """Claim, send and record one message; False when it was not sendable now."""
    with ctx.write() as uow:
        message = uow.messages.get(message_id)
        if message is None or message.state is not MessageState.QUEUED:
            return False
        patient = uow.patients.get(message.patient_id)
        consents = uow.messages.consents_for([message.patient_id]).get(message.patient_id, [])
        channel = None if patient is None else choose_channel(reachability(patient), consents)
        if not _true_now(uow, message, now) or channel is not message.channel:
            uow.messages.update(replace(message, state=MessageState.VOID, updated_at=now))
            uow.commit()
            report.voided += 1
            return True
        sender = senders.get(message.channel)
        if sender is None:
            return False  # no channel set up: the message waits
        settings = message_settings(uow)
        try:
            if message.recall_id:
                subject, body = recall_messages.compose(uow, message, settings)
            else:
                subject, body = compose(uow, message, settings)
        except ValidationError as error:
            uow.messages.update(_failed(message, error.message, now))
            uow.commit()
            report.failed += 1
            return True
        assert patient is not None
        claimed = replace(
            message,
            state=MessageState.SENDING,
            attempts=message.attempts + 1,
            claimed_by=ctx.actor.workstation,
            address=address_for(patient, message.channel),
            updated_at=now,
        )
        uow.messages.update(claimed)
        uow.commit()
    try:
        gateway_id = sender.send(claimed.address, subject, body)
    except DeliveryError as error:
        retry = None if error.permanent else next_attempt(claimed.attempts, now, error.retry_after)
        with ctx.write() as uow:
            if retry is None:
                uow.messages.update(_failed(claimed, error.message, now))
                report.failed += 1
            else:
                uow.messages.update(
                    replace(
                        claimed,
                        state=MessageState.QUEUED,
                        send_after=retry,
                        last_error=error.message,
                        updated_at=now,
                    )
                )
                report.retried += 1
            uow.commit()
        return True
    with ctx.write() as uow:
        uow.messages.update(
            replace(
                claimed,
                state=MessageState.SENT,
                gateway_id=gateway_id,
                sent_at=now,
                last_error="",
                updated_at=now,
            )
        )
        if claimed.recall_id:
            recall_messages.count_attempt(uow, claimed, now)
        uow.commit()
    report.sent += 1
    return True


def _failed(message: OutboundMessage, error: str, now: datetime) -> OutboundMessage:
    return replace(message, state=MessageState.FAILED, last_error=error, updated_at=now)


def _match_sender(uow: UnitOfWork, channel: Channel, sender: str) -> OutboundMessage | None:
    """The latest message sent to this address on this channel, if any."""

    def key(address: str) -> str:
        return normalise_number(address) if channel is Channel.SMS else address.strip().casefold()

    wanted = key(sender)
    if not wanted:
        return None
    matches = [
        message
        for state in (MessageState.SENT, MessageState.DELIVERED)
        for message in uow.messages.in_state(state, limit=1_000_000)
        if message.channel is channel and key(message.address) == wanted
    ]
    return max(matches, key=lambda m: (m.sent_at or m.send_after, m.id), default=None)


def _patients_with_number(uow: UnitOfWork, sender: str) -> list[str]:
    wanted = normalise_number(sender)
    digits = wanted.lstrip("+")
    if len(digits) < 6:
        return []
    found = uow.patients.search(digits, limit=20)
    return sorted(
        patient.id
        for patient in found
        if any(normalise_number(phone.number) == wanted for phone in patient.phones)
    )


def _take_reply(
    ctx: ServiceContext, channel: Channel, reply: PolledReply, report: RunReport
) -> None:
    """Act on one reply in one transaction with its record; unclear ones to the inbox."""
    now = ctx.now()
    with ctx.write() as uow:
        if uow.messages.inbound_seen(channel, reply.gateway_id):
            return
        text = reply_of_email(reply.body) if channel is Channel.EMAIL else reply.body.strip()
        intent = interpret(text)
        source = _match_sender(uow, channel, reply.sender)
        status = "open"
        appointment_id: str | None = None
        if source is not None:
            current = _current(uow, source)
            live = [
                a
                for a in sorted(current.values(), key=lambda a: a.start)
                if a.holds_slot and a.start > now
            ]
            appointment_id = live[0].id if live else source.appointment_id
            is_offer = kind_of(source.template) is MessageKind.OFFER
            if is_offer and intent not in (ReplyIntent.STOP, ReplyIntent.START):
                status = answer_offer(uow, ctx, source, intent, now)
            else:
                status = _act(
                    uow,
                    ctx,
                    patient_id=source.patient_id,
                    channel=channel,
                    intent=intent,
                    live=[] if is_offer else live,
                    now=now,
                )
        elif intent in (ReplyIntent.STOP, ReplyIntent.START) and channel is Channel.SMS:
            # An opt-out from a number never messaged yet still counts, for every
            # patient with that mobile number.
            for patient_id in _patients_with_number(uow, reply.sender):
                status = _act(
                    uow,
                    ctx,
                    patient_id=patient_id,
                    channel=channel,
                    intent=intent,
                    live=[],
                    now=now,
                )
        inbound = InboundMessage(
            id=new_id(),
            channel=channel,
            sender=reply.sender,
            body=text[:2000],
            received_at=reply.received_at,
            gateway_id=reply.gateway_id,
            intent=intent.value,
            updated_at=now,
            patient_id=source.patient_id if source else None,
            appointment_id=appointment_id,
            status=status,
        )
        uow.messages.add_inbound(inbound)
        uow.commit()
    report.replies += 1
    if status == "open":
        report.to_inbox += 1


def _act(
    uow: UnitOfWork,
    ctx: ServiceContext,
    *,
    patient_id: str,
    channel: Channel,
    intent: ReplyIntent,
    live: list[Appointment],
    now: datetime,
) -> str:
    """Apply a clear reply; "done" when acted on, "open" when staff must look."""
    if intent in (ReplyIntent.STOP, ReplyIntent.START):
        entry = ConsentEntry(
            patient_id, channel, intent is ReplyIntent.START, now, ConsentSource.REPLY
        )
        uow.messages.add_consent(new_id(), entry, ctx.actor.username)
        refresh_reminders(uow, now, [patient_id])
        if intent is ReplyIntent.START:
            queue_ack(uow, now, patient_id, STARTED_TEMPLATE)
        return "done"
    if intent not in (ReplyIntent.CONFIRM, ReplyIntent.CANCEL) or not live:
        return "open"
    settings = require_clinic(uow)
    changed: dict[str, datetime] = {}
    for appointment in live:
        if intent is ReplyIntent.CONFIRM:
            if appointment.status is not Status.BOOKED:
                continue
            change = change_status(
                appointment,
                Status.CONFIRMED,
                at=now,
                by=ctx.actor.username,
                settings=settings,
                reason="Confirmed by reply",
            )
            save_status_change(uow, ctx, appointment, change, AuditEvent.APPOINTMENT_STATUS)
        else:
            change = change_status(
                appointment,
                Status.CANCELLED,
                at=now,
                by=ctx.actor.username,
                settings=settings,
                cancelled_by=CancelledBy.PATIENT,
                reason=CANCEL_REASON,
            )
            save_status_change(uow, ctx, appointment, change, AuditEvent.APPOINTMENT_CANCEL)
            # The time the patient gave back goes to the waitlist at once.
            queue_offers(uow, ctx, Catalogue.load(uow, settings), freed_slot_of(appointment))
        changed[appointment.id] = appointment.start
    if changed:
        template = CONFIRMED_TEMPLATE if intent is ReplyIntent.CONFIRM else CANCELLED_TEMPLATE
        queue_ack(uow, now, patient_id, template, promised=changed)
    return "done"


# --- Lists and settings ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MessageView:
    id: str
    channel: str
    state: str
    patient_id: str
    appointment_ids: tuple[str, ...]
    send_after: datetime
    attempts: int
    sent_at: datetime | None
    gateway_id: str
    last_error: str


@reads
def list_messages(
    ctx: ServiceContext, state: MessageState | None = None, limit: int = 200
) -> list[MessageView]:
    """The outbound queue, newest moment first (failures are ``state=failed``)."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.MESSAGES_LIST)
    with ctx.read() as uow:
        provider_of = _provider_of_visit(uow)
        rows = keep_visible(
            ctx,
            uow.messages.listing(state, limit),
            lambda m: provider_of(next(iter(m.promised), None)),
        )
    return [
        MessageView(
            m.id,
            m.channel.value,
            m.state.value,
            m.patient_id,
            tuple(m.promised),
            m.send_after,
            m.attempts,
            m.sent_at,
            m.gateway_id,
            m.last_error,
        )
        for m in rows
    ]


@reads
def show_message_settings(ctx: ServiceContext) -> dict[str, str]:
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.MESSAGES_SETTINGS_SHOW)
    with ctx.read() as uow:
        return message_settings(uow).shown()


@writes
def set_message_setting(ctx: ServiceContext, name: str, value: str) -> str:
    """Change one message setting (audited by name, never by value)."""
    authorize(ctx, Permission.MANAGE_MESSAGES, AuditEvent.MESSAGES_SETTING_CHANGE)
    with ctx.write() as uow:
        settings = message_settings(uow)
        stored = check_setting(name, value, allow_reason=settings.allow_reason)
        uow.messages.save_setting(name, stored, ctx.now())
        uow.audit.record(
            ctx.actor, AuditEvent.MESSAGES_SETTING_CHANGE, object_type="setting", object_id=name
        )
        uow.commit()
    return stored


@writes
def set_consent(
    ctx: ServiceContext,
    patient_id: str,
    *,
    sms: bool | None = None,
    email: bool | None = None,
    source: ConsentSource = ConsentSource.STAFF,
    language: str | None = None,
) -> dict[str, bool | str]:
    """Record consent (or its withdrawal) per channel, dated, with its source, and the
    language messages to the patient are written in ("" for the clinic's); the
    patient's reminders follow in the same transaction."""
    authorize(ctx, Permission.EDIT_PATIENTS, AuditEvent.PATIENT_CONSENT)
    if sms is None and email is None and language is None:
        raise ValidationError(
            tr(
                "messages",
                "Say which consent to record: --sms yes|no, --email yes|no (or --language CODE).",
            )
        )
    tag = None if language is None else check_language(language)
    now = ctx.now()
    with ctx.write() as uow:
        patient = require_patient(uow, patient_id)
        fields = []
        for channel, granted in ((Channel.SMS, sms), (Channel.EMAIL, email)):
            if granted is None:
                continue
            uow.messages.add_consent(
                new_id(),
                ConsentEntry(patient_id, channel, granted, now, source),
                ctx.actor.username,
            )
            fields.append(f"consent_{channel.value}")
        if tag is not None and tag != patient.language:
            patient = replace(patient, language=tag, updated_at=now)
            uow.patients.update(patient)
            fields.append("language")
        refresh_reminders(uow, now, [patient_id])
        uow.audit.record(
            ctx.actor,
            AuditEvent.PATIENT_CONSENT,
            object_type="patient",
            object_id=patient_id,
            fields=fields,
        )
        entries = uow.messages.consents_for([patient_id]).get(patient_id, [])
        uow.commit()
    shown: dict[str, bool | str] = {
        channel.value: has_consent(entries, channel) for channel in Channel
    }
    shown["language"] = patient.language
    return shown


@dataclass(frozen=True, slots=True)
class ConfirmRow:
    appointment_id: str
    patient_id: str
    patient_name: str
    phone: str
    start: datetime
    day: date
    local_time: str  # HH:MM on the clinic's wall clock
    confirmation: str
    no_shows: int
    called: bool


@reads
def confirm_list(
    ctx: ServiceContext,
    days: int = 2,
    *,
    extra_key: Mapping[str, float] | None = None,
) -> list[ConfirmRow]:
    """Visits in the next ``days`` working days not yet confirmed, in call order.

    ``extra_key`` (appointment id -> score, higher first) is consulted after the start
    and before the no-show history: the hook for a predicted no-show risk.
    """
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.APPOINTMENT_CONFIRM_LIST)
    _check_days(days)
    with ctx.read() as uow:
        return _confirm_rows(uow, ctx, days, extra_key)[1]


@writes
def print_confirm_list(ctx: ServiceContext, days: int = 2) -> bytes:
    """The unconfirmed list as a PDF to call from paper (audited as a print)."""
    from clinicdesk.printing.confirm_list import render_confirm_list
    from clinicdesk.printing.models import ConfirmSheet, ConfirmSheetRow

    authorize(ctx, Permission.PRINT_DAY_SHEETS, AuditEvent.PRINT_CONFIRM_LIST)
    _check_days(days)
    with ctx.write() as uow:
        clinic = require_clinic(uow)
        wanted, rows = _confirm_rows(uow, ctx, days, None)
        uow.audit.record(
            ctx.actor, AuditEvent.PRINT_CONFIRM_LIST, object_type="days", object_id=str(days)
        )
        uow.commit()
    zone = clinic_zone(clinic.time_zone)
    sheet = ConfirmSheet(
        clinic_name=clinic.name,
        days=tuple(wanted),
        printed_at=to_local(ctx.now(), zone),
        rows=tuple(
            ConfirmSheetRow(
                time_label=f"{row.day:%a %Y-%m-%d} {row.local_time}",
                patient_name=row.patient_name,
                phone=row.phone,
                state=tr("confirm_sheet", "unclear reply")
                if row.confirmation == Confirmation.UNCLEAR.value
                else tr("confirm_sheet", "not confirmed"),
                no_shows=row.no_shows,
                called=row.called,
            )
            for row in rows
        ),
    )
    return render_confirm_list(sheet)


def _check_days(days: int) -> None:
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            tr(
                "messages",
                "The confirmation list covers 1 to {MAX_DAYS} working days.",
            ).format(MAX_DAYS=MAX_DAYS)
        )


def _confirm_rows(
    uow: UnitOfWork,
    ctx: ServiceContext,
    days: int,
    extra_key: Mapping[str, float] | None,
) -> tuple[list[date], list[ConfirmRow]]:
    """The working days covered and the unconfirmed visits in them, in call order."""
    now = ctx.now()
    clinic = require_clinic(uow)
    zone = clinic_zone(clinic.time_zone)
    wanted = working_days(local_date(now, zone), days, set(clinic.opening_hours))
    if not wanted:
        return [], []
    visits = [
        a
        for a in uow.appointments.between(
            now, now + timedelta(days=(wanted[-1] - wanted[0]).days + 2)
        )
        if a.holds_slot and a.start > now
    ]
    visits = keep_visible(ctx, visits, lambda a: a.provider_id)
    unclear = {m.appointment_id for m in uow.messages.open_inbound() if m.appointment_id}
    called = uow.messages.called_appointments([v.id for v in visits])
    patients = uow.patients.get_many({v.patient_id for v in visits})
    no_shows = {
        pid: sum(1 for a in uow.appointments.for_patient(pid) if a.status is Status.NO_SHOW)
        for pid in patients
    }
    candidates = []
    for visit in visits:
        state = Confirmation.UNCONFIRMED
        if visit.status is not Status.BOOKED:
            state = Confirmation.CONFIRMED
        elif visit.id in unclear:
            state = Confirmation.UNCLEAR
        candidates.append(
            ConfirmationCandidate(
                visit.id,
                visit.patient_id,
                visit.start,
                local_date(visit.start, zone),
                state,
                no_shows.get(visit.patient_id, 0),
                visit.id in called,
            )
        )
    listed = unconfirmed_list(candidates, set(wanted), extra_key=extra_key)
    rows = []
    for candidate in listed:
        patient = patients.get(candidate.patient_id)
        rows.append(
            ConfirmRow(
                candidate.appointment_id,
                candidate.patient_id,
                patient.short_name if patient else "",
                patient.phones[0].number if patient and patient.phones else "",
                candidate.start,
                candidate.local_day,
                f"{to_local(candidate.start, zone):%H:%M}",
                candidate.confirmation.value,
                candidate.no_shows,
                candidate.called,
            )
        )
    return wanted, rows


@writes
def tick_called(ctx: ServiceContext, appointment_id: str) -> None:
    """Record that staff phoned this patient about confirming this visit."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_CONFIRM_CALL)
    now = ctx.now()
    with ctx.write() as uow:
        appointment = uow.appointments.get(appointment_id)
        if appointment is None:
            raise ValidationError(
                tr(
                    "messages",
                    "No appointment with id {appointment_id}.",
                ).format(appointment_id=appointment_id)
            )
        uow.waitlist.add_call(
            CallListEntry(
                id=new_id(),
                patient_id=appointment.patient_id,
                reason=CONFIRMATION_CALL,
                created_at=now,
                updated_at=now,
                appointment_id=appointment_id,
                done=True,
            )
        )
        uow.audit.record(
            ctx.actor,
            AuditEvent.APPOINTMENT_CONFIRM_CALL,
            object_type="appointment",
            object_id=appointment_id,
        )
        uow.commit()


@reads
def staff_inbox(ctx: ServiceContext) -> list[InboundMessage]:
    """Replies the loop could not act on (unclear words, unknown senders)."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.MESSAGES_INBOX)
    with ctx.read() as uow:
        provider_of = _provider_of_visit(uow)
        return keep_visible(
            ctx, uow.messages.open_inbound(), lambda m: provider_of(m.appointment_id)
        )


def _provider_of_visit(uow: UnitOfWork) -> Callable[[str | None], str | None]:
    """Appointment id -> its provider, for the own-bookings row rule on message lists."""

    def provider_of(appointment_id: str | None) -> str | None:
        found = uow.appointments.get(appointment_id) if appointment_id else None
        return found.provider_id if found else None

    return provider_of


@writes
def mark_reply_handled(ctx: ServiceContext, inbound_id: str) -> None:
    authorize(ctx, Permission.BOOK, AuditEvent.MESSAGES_INBOX_HANDLE)
    with ctx.write() as uow:
        inbound = uow.messages.get_inbound(inbound_id)
        if inbound is None:
            raise ValidationError(
                tr("messages", "No reply with id {inbound_id}.").format(inbound_id=inbound_id)
            )
        uow.messages.update_inbound(replace(inbound, status="handled", updated_at=ctx.now()))
        uow.audit.record(
            ctx.actor,
            AuditEvent.MESSAGES_INBOX_HANDLE,
            object_type="reply",
            object_id=inbound_id,
        )
        uow.commit()
