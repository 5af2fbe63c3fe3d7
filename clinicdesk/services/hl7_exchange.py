"""HL7 v2 SIU with an EHR: every appointment change out to a drop folder, and bookings,
moves and cancellations in from the EHR's messages.

Out: the appointments' own history (``appointment_events``) is the queue: each change
recorded after the last one sent becomes one SIU message file, so nothing is lost when
the folder is unreachable for a while (the next run catches up) and nothing is sent
twice (the caller keeps the time of the last change sent).

In: all messages of a file in one transaction, or none when any cannot be read; a
message naming a patient, provider or appointment the clinic does not know is listed
for a person and skipped, never acted on by guessing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clinicdesk.domain.appointments import Appointment, AppointmentEvent, Status, Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.interop import hl7_siu, mllp
from clinicdesk.interop.fhir_import import stable_id
from clinicdesk.interop.files import OutputKind, write_folder_files
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.fhir_intake import Clash, clashes_among, type_for
from clinicdesk.services.lookups import require_clinic
from clinicdesk.services.ports import UnitOfWork

MAX_MESSAGES_PER_RUN = 5_000


def trigger_for(event: AppointmentEvent) -> str | None:
    """The SIU trigger of one history entry; None for what an EHR need not hear
    (clinical notes stay in the clinic)."""
    if event.kind == "created":
        return "S12"
    if event.kind == "moved":
        return "S13"
    if event.kind == "status":
        return {"cancelled": "S15", "no_show": "S26"}.get(event.new_value, "S14")
    if event.kind in {"status_undone", "resized", "edited"}:
        return "S14"
    if event.kind == "deleted":
        return "S17"
    return None


@dataclass(frozen=True, slots=True)
class OutboundRun:
    folder: Path
    files: tuple[Path, ...]
    sent_upto: int  # the position of the last change sent: where the next run starts
    pending: int  # changes still waiting after this run (more than one run's worth)


def _siu_rows(
    uow: UnitOfWork, appointments: dict[str, Appointment]
) -> dict[str, hl7_siu.SiuAppointment]:
    patients = uow.patients.get_many({a.patient_id for a in appointments.values()})
    providers = {p.id: p for p in uow.providers.list()}
    types = {t.id: t.name for t in uow.catalog.types()}
    rooms = {r.id: r.name for r in uow.catalog.rooms()}
    rows = {}
    for appointment in appointments.values():
        patient = patients.get(appointment.patient_id)
        provider = providers.get(appointment.provider_id)
        if patient is None or provider is None:
            continue
        rows[appointment.id] = hl7_siu.SiuAppointment(
            appointment_id=appointment.id,
            patient_id=patient.id,
            patient_mrn=patient.mrn,
            patient_family=patient.family,
            patient_given=patient.given,
            patient_birth_date=patient.birth_date,
            patient_sex=patient.sex.value,
            provider_id=provider.id,
            provider_name=provider.display_name,
            type_name=types.get(appointment.type_id) or _retired_type(uow, appointment.type_id),
            start=appointment.start,
            end=appointment.end,
            room_name=rooms.get(appointment.room_id, "") if appointment.room_id else "",
            reason=appointment.reason,
        )
    return rows


def _retired_type(uow: UnitOfWork, type_id: str) -> str:
    found = uow.catalog.get_type(type_id)
    return found.name if found else "Appointment"


@dataclass(frozen=True, slots=True)
class _Queued:
    position: int  # the change's place in the appointments' history
    name: str  # file name: the change's time and id, so a receiver reads them in order
    control_id: str  # MSH-10: the change's id, the same on every resend
    data: bytes | None  # None: a change an EHR need not hear of


def _queued(ctx: ServiceContext, after: int | None, version: str) -> tuple[list[_Queued], int, int]:
    """The messages of the changes stored after position ``after`` (None: from the next
    change on), at most one run's worth; with the start position and how many more wait."""
    with ctx.read() as uow:
        settings = require_clinic(uow)
        if after is None:
            after = uow.appointments.last_event_position()
        positioned = uow.appointments.events_after(after, MAX_MESSAGES_PER_RUN + 1)
        pending = max(0, len(positioned) - MAX_MESSAGES_PER_RUN)
        positioned = positioned[:MAX_MESSAGES_PER_RUN]
        events = [event for _, event in positioned]
        appointments = {
            a.id: a
            for a in (uow.appointments.get(i) for i in {e.appointment_id for e in events})
            if a is not None
        }
        rows = _siu_rows(uow, appointments)
    zone = clinic_zone(settings.time_zone)
    queued = []
    for position, event in positioned:
        trigger = trigger_for(event)
        row = rows.get(event.appointment_id)
        data = None
        if trigger is not None and row is not None:
            data = hl7_siu.build_siu(
                trigger,
                row,
                control_id=event.id,
                sent_at=event.at,
                zone=zone,
                version=version,
                sending_facility=settings.name,
            )
        name = f"SIU_{event.at.strftime('%Y%m%d%H%M%S%f')}_{trigger}_{event.id}.hl7"
        queued.append(_Queued(position, name, event.id, data))
    return queued, after, pending


def _record_send(ctx: ServiceContext) -> None:
    with ctx.write() as uow:
        uow.audit.record(ctx.actor, AuditEvent.HL7_SEND, object_type="messages")
        uow.commit()


@writes
def send_siu_to_folder(
    ctx: ServiceContext,
    folder: Path,
    *,
    after: int | None,
    version: str = hl7_siu.DEFAULT_VERSION,
) -> OutboundRun:
    """One SIU file per appointment change stored after position ``after`` (None: the
    first run, which starts from the next change), into ``folder``.

    Each message describes the appointment as it is now (the EHR wants the current
    booking, with the trigger saying what happened). Files are named by the change's
    time and id, so the receiver reads them in order."""
    authorize(ctx, Permission.EXPORT, AuditEvent.HL7_SEND)
    queued, after, pending = _queued(ctx, after, version)
    files = [(q.name, OutputKind.HL7, q.data) for q in queued if q.data is not None]
    written = write_folder_files(folder, files, protected_folders=ctx.protected_folders)
    if queued:
        _record_send(ctx)
    sent_upto = queued[-1].position if queued else after
    return OutboundRun(Path(folder), tuple(written), sent_upto, pending)


@dataclass(frozen=True, slots=True)
class MllpFailure:
    control_id: str
    position: int
    reason: str  # the link's failure, or the receiver's AE/AR with what it said
    ack_code: str = ""  # AE, AR (CE, CR); empty when no ACK came back


@dataclass(frozen=True, slots=True)
class MllpRun:
    sent: tuple[str, ...]  # control ids acknowledged with AA, in order
    sent_upto: int  # the position after the last message acknowledged
    last_ack: mllp.Ack | None
    failure: MllpFailure | None  # why the run stopped early; the next run starts there
    pending: int  # changes waiting after this run (beyond the failure or one run's worth)


@writes
def send_siu_over_mllp(
    ctx: ServiceContext,
    endpoint: mllp.Endpoint,
    *,
    after: int | None,
    version: str = hl7_siu.DEFAULT_VERSION,
    attempts: int = 3,
    first_pause: float = 2.0,
    acknowledged: Callable[[int, mllp.Ack | None], None] = lambda position, ack: None,
) -> MllpRun:
    """Every appointment change after position ``after`` to the EHR's MLLP listener, one
    message at a time, in order, each waiting for its ACK.

    ``acknowledged(position, ack)`` is called as soon as a message is accepted (AA), or
    a change the EHR need not hear of is passed, so the caller can keep the position
    where a restart must begin: a change is passed only once the EHR took it (nothing
    lost). The message's control id is the change's
    id, the same on a resend, so a receiver that saw it before the position was kept
    can tell. The run stops at the first message the link cannot deliver after
    ``attempts`` tries (with pauses of ``first_pause`` seconds, doubling) or that the
    EHR answers AE or AR: later changes wait, since they may depend on it."""
    authorize(ctx, Permission.EXPORT, AuditEvent.HL7_SEND)
    if not 1 <= attempts <= 10:
        raise ValidationError(tr("hl7 exchange", "Attempts must be 1 to 10."))
    queued, after, pending = _queued(ctx, after, version)
    sent: list[str] = []
    sent_upto = after
    last_ack = None
    failure = None
    for item in queued:
        if item.data is not None:
            try:
                ack = mllp.deliver(
                    endpoint, item.data, item.control_id, attempts=attempts, first_pause=first_pause
                )
            except mllp.MllpLinkError as error:
                failure = MllpFailure(item.control_id, item.position, str(error))
                break
            last_ack = ack
            if not ack.accepted:
                failure = MllpFailure(
                    item.control_id,
                    item.position,
                    (
                        tr("hl7 exchange", "the EHR answered {code}: {text}")
                        if ack.text
                        else tr("hl7 exchange", "the EHR answered {code}")
                    ).format(code=ack.code, text=ack.text),
                    ack.code,
                )
                break
            sent.append(item.control_id)
        sent_upto = item.position
        acknowledged(sent_upto, last_ack)
    if sent:
        _record_send(ctx)
    left = sum(1 for q in queued if q.position > sent_upto and q.data is not None)
    return MllpRun(tuple(sent), sent_upto, last_ack, failure, pending + left)


# --- inbound ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InboundAction:
    number: int  # the message's place in the file
    trigger: str
    action: str  # book, move, modify, cancel, no_show, already, unknown
    appointment_id: str
    detail: str = ""


@dataclass(frozen=True)
class Hl7Import:
    dry_run: bool
    committed: bool
    actions: tuple[InboundAction, ...]
    unknown: tuple[InboundAction, ...]  # patients, providers or appointments not known
    clashes: tuple[Clash, ...]
    problems: tuple[hl7_siu.InboundProblem, ...]


def _our_id(kind: str, key: str) -> str:
    return stable_id(kind, key)


def _find_provider(providers: list, message: hl7_siu.InboundSiu) -> str | None:
    ids = {p.id for p in providers}
    for candidate in message.provider_ids:
        if candidate in ids:
            return candidate
        if _our_id("Practitioner", candidate) in ids:
            return _our_id("Practitioner", candidate)
    wanted = " ".join(message.provider_name.casefold().split())
    if wanted:
        for provider in providers:
            if wanted in {provider.name.casefold(), provider.display_name.casefold()}:
                return provider.id
    return None


@writes
def import_hl7(
    ctx: ServiceContext, data: bytes, *, dry_run: bool = False, default_type: str = ""
) -> Hl7Import:
    """Apply a file of SIU messages: S12 books, S13 and S14 move to the given time, S15
    and S17 cancel, S26 marks a no-show. See the module for what is refused or listed."""
    authorize(ctx, Permission.IMPORT_DATA, AuditEvent.IMPORT_HL7)
    with ctx.read() as uow:
        zone = clinic_zone(require_clinic(uow).time_zone)
    messages, problems = hl7_siu.read_siu(data, zone)
    actions: list[InboundAction] = []
    unknown: list[InboundAction] = []
    created: list[Appointment] = []
    with ctx.write() as uow:
        providers = uow.providers.list()
        types = uow.catalog.types()
        current: dict[str, Appointment] = {}
        events: list[AppointmentEvent] = []
        for message in messages:
            appointment_id = _our_id("Appointment", message.appointment_key)
            appointment = current.get(appointment_id) or uow.appointments.get(appointment_id)
            if message.trigger == "S12":
                if appointment is not None:
                    actions.append(InboundAction(message.number, "S12", "already", appointment_id))
                    continue
                patient_id = next(
                    (
                        pid
                        for key in message.patient_ids
                        for pid in (key, _our_id("Patient", key))
                        if uow.patients.get(pid) is not None
                    ),
                    None,
                )
                provider_id = _find_provider(providers, message)
                if patient_id is None or provider_id is None:
                    who = (
                        f"patient {', '.join(message.patient_ids) or '(none)'} "
                        f"({message.patient_family}, {message.patient_given})"
                        if patient_id is None
                        else f"provider {', '.join(message.provider_ids)} ({message.provider_name})"
                    )
                    unknown.append(
                        InboundAction(
                            message.number, "S12", "unknown", appointment_id, f"unknown {who}"
                        )
                    )
                    continue
                found_type = type_for(message.type_name, types, default_type)
                if found_type is None:
                    problems.append(
                        hl7_siu.InboundProblem(
                            message.number,
                            f"its type {message.type_name!r} is not one of the clinic's "
                            "(name one with --type)",
                        )
                    )
                    continue
                assert message.start is not None and message.end is not None
                booked = Appointment(
                    id=appointment_id,
                    patient_id=patient_id,
                    provider_id=provider_id,
                    type_id=found_type.id,
                    start=message.start,
                    end=message.end,
                    status=Status.BOOKED,
                    urgency=Urgency.ROUTINE,
                    created_by=ctx.actor.username,
                    created_at=ctx.now(),
                    updated_by=ctx.actor.username,
                    updated_at=ctx.now(),
                    reason=message.reason[:500],
                )
                current[appointment_id] = booked
                created.append(booked)
                actions.append(InboundAction(message.number, "S12", "book", appointment_id))
                continue
            if appointment is None:
                unknown.append(
                    InboundAction(
                        message.number,
                        message.trigger,
                        "unknown",
                        appointment_id,
                        f"unknown appointment {message.appointment_key}",
                    )
                )
                continue
            changed, action, event = _change(ctx, appointment, message)
            current[appointment_id] = changed
            if event is not None:
                events.append(event)
            actions.append(InboundAction(message.number, message.trigger, action, appointment_id))
        clashes = clashes_among(uow, [a for a in current.values()], {})
        committed = False
        if not problems and not dry_run:
            new_ids = {a.id for a in created}
            for appointment in current.values():
                if appointment.id in new_ids:
                    uow.appointments.add(appointment)
                    events.append(
                        AppointmentEvent(
                            id=new_id(),
                            appointment_id=appointment.id,
                            kind="created",
                            at=ctx.now(),
                            by=ctx.actor.username,
                            new_value=appointment.start.isoformat(),
                            reason="HL7 SIU^S12",
                        )
                    )
                else:
                    uow.appointments.update(appointment)
            for event in events:
                uow.appointments.add_event(event)
            uow.audit.record(ctx.actor, AuditEvent.IMPORT_HL7, object_type="messages")
            uow.commit()
            committed = True
    return Hl7Import(
        dry_run, committed, tuple(actions), tuple(unknown), tuple(clashes), tuple(problems)
    )


def _change(
    ctx: ServiceContext, appointment: Appointment, message: hl7_siu.InboundSiu
) -> tuple[Appointment, str, AppointmentEvent | None]:
    reason = f"HL7 SIU^{message.trigger}"

    def event(kind: str, old: str, new: str) -> AppointmentEvent:
        return AppointmentEvent(
            id=new_id(),
            appointment_id=appointment.id,
            kind=kind,
            at=ctx.now(),
            by=ctx.actor.username,
            old_value=old,
            new_value=new,
            reason=reason,
        )

    stamp = {"updated_at": ctx.now(), "updated_by": ctx.actor.username}
    if message.trigger in {"S15", "S17"}:
        if appointment.status is Status.CANCELLED:
            return appointment, "already", None
        return (
            dataclasses.replace(
                appointment, status=Status.CANCELLED, cancel_reason=reason, **stamp
            ),
            "cancel",
            event("status", appointment.status.value, Status.CANCELLED.value),
        )
    if message.trigger == "S26":
        if appointment.status is Status.NO_SHOW:
            return appointment, "already", None
        return (
            dataclasses.replace(appointment, status=Status.NO_SHOW, **stamp),
            "no_show",
            event("status", appointment.status.value, Status.NO_SHOW.value),
        )
    assert message.start is not None and message.end is not None
    if (message.start, message.end) == (appointment.start, appointment.end):
        return appointment, "already", None
    return (
        dataclasses.replace(appointment, start=message.start, end=message.end, **stamp),
        "move" if message.trigger == "S13" else "modify",
        event("moved", appointment.start.isoformat(), message.start.isoformat()),
    )


@reads
def pending_changes(ctx: ServiceContext, after: int) -> int:
    """How many appointment changes stored after position ``after`` wait to be sent (up
    to one run's worth and one more)."""
    authorize(ctx, Permission.EXPORT, AuditEvent.HL7_SEND)
    with ctx.read() as uow:
        return sum(
            1
            for _, event in uow.appointments.events_after(after, MAX_MESSAGES_PER_RUN + 1)
            if trigger_for(event) is not None
        )


def check_version(version: str) -> str:
    if version not in hl7_siu.ACCEPTED_VERSIONS:
        raise ValidationError(
            tr(
                "hl7 exchange",
                "HL7 version {version} is not one of {join}.",
            ).format(version=version, join=', '.join(hl7_siu.ACCEPTED_VERSIONS))
        )
    return version
