"""Urgent care today: bump plans for an urgent patient, and walk-ins.

A bump plan is only a proposal. :func:`apply_bump_plan` is the one call that moves
anyone: it re-checks the plan inside one write-locked transaction (refusing if the
schedule changed since it was shown), moves the appointments, books the urgent
patient, puts each moved patient on the call list with the reason, and audits every
change, all committed together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from clinicdesk.domain.appointments import Appointment, Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.booking import BookingRequest
from clinicdesk.domain.bumping import BumpPlan, propose_bump_plans
from clinicdesk.domain.clinic_time import clinic_zone, format_day_and_interval, local_date
from clinicdesk.domain.common import Interval
from clinicdesk.domain.errors import SchedulingConflictError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.slots import SlotQuery
from clinicdesk.domain.waitlist import CallListEntry
from clinicdesk.domain.walk_ins import place_walk_in
from clinicdesk.services.appointment_changes import moved_appointment
from clinicdesk.services.booking import book_in_uow
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.finding import SlotView, candidate_providers, explain_no_provider
from clinicdesk.services.lookups import require_clinic, require_patient, resolve_type
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import Catalogue, days_span, load_schedule, patient_names
from clinicdesk.services.views import AppointmentView, appointment_view, appointment_views

# How many days after today a bumped patient may be re-booked into.
REBOOK_DAYS = 14


@dataclass(frozen=True, slots=True)
class BumpRequest:
    patient_id: str
    type: str  # id or name
    urgency: Urgency
    provider_id: str | None = None
    specialty: str | None = None


@dataclass(frozen=True, slots=True)
class BumpMoveView:
    appointment_id: str
    patient_id: str
    patient_name: str
    from_provider_id: str
    from_start: datetime
    from_end: datetime
    to_provider_id: str
    to_start: datetime
    to_end: datetime
    delay_minutes: int


@dataclass(frozen=True, slots=True)
class BumpPlanView:
    number: int  # 1 = least disruption
    urgent_slot: SlotView
    moves: tuple[BumpMoveView, ...]
    total_delay_minutes: int
    lines: tuple[str, ...]  # the plan in plain words, for the confirmation


@dataclass(frozen=True, slots=True)
class BumpProposal:
    plans: tuple[BumpPlanView, ...]
    message: str


@dataclass(frozen=True, slots=True)
class BumpResult:
    urgent_appointment: AppointmentView
    moved: tuple[AppointmentView, ...]
    call_list: tuple[CallListEntry, ...]


def _query(uow: UnitOfWork, ctx: ServiceContext, request: BumpRequest) -> SlotQuery:
    require_patient(uow, request.patient_id)
    return SlotQuery(
        appointment_type=resolve_type(uow, request.type),
        earliest=ctx.now(),
        urgency=Urgency.EMERGENCY,
        provider_ids=(request.provider_id,) if request.provider_id else (),
        specialty=request.specialty,
        patient_id=request.patient_id,
    )


def _plans(
    uow: UnitOfWork, ctx: ServiceContext, catalogue: Catalogue, request: BumpRequest
) -> tuple[list[tuple[BumpPlan, tuple[str, ...]]], dict[str, str]]:
    """The domain's plans (each with its plain-language lines) and moved patients' names."""
    query = _query(uow, ctx, request)
    explain_no_provider(catalogue, query)
    settings = catalogue.settings
    today = local_date(ctx.now(), clinic_zone(settings.time_zone))
    start, end = days_span(today, today + timedelta(days=REBOOK_DAYS), settings)
    providers = [p.id for p in candidate_providers(catalogue, query)]
    rooms = [r.id for r in catalogue.rooms]
    first = load_schedule(
        uow,
        catalogue,
        start,
        end,
        provider_ids=providers,
        room_ids=rooms,
        patient_ids=[request.patient_id],
    )
    # Bumped patients must not be re-booked on top of their own other appointments.
    today_end = days_span(today, today, settings)[1]
    patients = {a.patient_id for a in first.appointments.values() if a.start < today_end} | {
        request.patient_id
    }
    extra = uow.appointments.between(
        start, end, patient_ids=sorted(patients), holding_slot_only=True
    )
    schedule = first.with_changes(added=[a for a in extra if a.id not in first.appointments])
    types = {t.id: t for t in uow.catalog.types()}
    plans = propose_bump_plans(
        schedule,
        query.appointment_type,
        request.urgency,
        ctx.now(),
        patient_id=request.patient_id,
        appointment_types=types,
        provider_ids=query.provider_ids,
        specialty=request.specialty,
    )
    involved = {m.appointment.patient_id for p in plans for m in p.moves}
    names = patient_names(uow, involved)
    return [(p, tuple(p.describe(schedule, names))) for p in plans], names


def _plan_view(
    number: int,
    plan: BumpPlan,
    lines: tuple[str, ...],
    names: dict[str, str],
    catalogue: Catalogue,
) -> BumpPlanView:
    providers = {p.id: p.display_name for p in catalogue.providers}
    slot = plan.urgent_slot
    moves = tuple(
        BumpMoveView(
            appointment_id=m.appointment.id,
            patient_id=m.appointment.patient_id,
            patient_name=names.get(m.appointment.patient_id, "a patient"),
            from_provider_id=m.appointment.provider_id,
            from_start=m.appointment.start,
            from_end=m.appointment.end,
            to_provider_id=m.new_slot.provider_id,
            to_start=m.new_slot.start,
            to_end=m.new_slot.end,
            delay_minutes=int(m.delay.total_seconds() // 60),
        )
        for m in plan.moves
    )
    return BumpPlanView(
        number=number,
        urgent_slot=SlotView(
            slot.provider_id,
            providers.get(slot.provider_id, ""),
            slot.start,
            slot.end,
            slot.room_id,
        ),
        moves=moves,
        total_delay_minutes=int(plan.total_delay.total_seconds() // 60),
        lines=lines,
    )


@reads
def propose_bump_plan(ctx: ServiceContext, request: BumpRequest) -> BumpProposal:
    """Least-disruptive ways to see an urgent patient today. Changes nothing."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_BUMP_PLAN)
    with ctx.read() as uow:
        catalogue = Catalogue.load(uow, require_clinic(uow))
        plans, names = _plans(uow, ctx, catalogue, request)
    views = tuple(
        _plan_view(n, plan, lines, names, catalogue)
        for n, (plan, lines) in enumerate(plans, start=1)
    )
    if not views:
        message = "No plan can make room today without moving protected patients."
    elif not views[0].moves:
        message = "A slot is free today; no one needs to move."
    else:
        message = f"{len(views)} plan(s); plan 1 moves the fewest patients the least."
    return BumpProposal(views, message)


def _call_reason(after: Appointment, catalogue: Catalogue) -> str:
    zone = clinic_zone(catalogue.settings.time_zone)
    who = {p.id: p.display_name for p in catalogue.providers}.get(after.provider_id, "")
    when = format_day_and_interval(Interval(after.start, after.end), zone)
    return f"Moved to make room for an urgent patient: now {when} with {who}."


@writes
def apply_bump_plan(ctx: ServiceContext, request: BumpRequest, plan: BumpPlanView) -> BumpResult:
    """Carry out a plan a person confirmed: moves, urgent booking, call list, audit."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_BUMP_APPLY)
    with ctx.write() as uow:
        catalogue = Catalogue.load(uow, require_clinic(uow))
        query = _query(uow, ctx, request)
        moved: list[Appointment] = []
        calls: list[CallListEntry] = []
        for move in plan.moves:
            current = uow.appointments.get(move.appointment_id)
            if (
                current is None
                or not current.holds_slot
                or (current.provider_id, current.start) != (move.from_provider_id, move.from_start)
            ):
                raise SchedulingConflictError(
                    tr("urgent", "The schedule changed since the plan was made; make a new plan.")
                )
            after, _ = moved_appointment(
                uow,
                ctx,
                catalogue,
                current,
                move.to_start,
                provider_id=move.to_provider_id,
                history_reason="bumped for an urgent patient",
            )
            moved.append(after)
            now = ctx.now()
            call = CallListEntry(
                id=new_id(),
                patient_id=after.patient_id,
                reason=_call_reason(after, catalogue),
                created_at=now,
                updated_at=now,
                appointment_id=after.id,
            )
            uow.waitlist.add_call(call)
            uow.audit.record(
                ctx.actor, AuditEvent.CALL_LIST_ADD, object_type="call_list", object_id=call.id
            )
            calls.append(call)
        slot = plan.urgent_slot
        urgent_request = BookingRequest(
            request.patient_id,
            slot.provider_id,
            query.appointment_type,
            slot.start,
            slot.end,
            slot.room_id,
        )
        urgent, _ = book_in_uow(
            uow, ctx, catalogue, urgent_request, urgency=request.urgency, reason="urgent insert"
        )
        result = BumpResult(
            appointment_view(uow, urgent), tuple(appointment_views(uow, moved)), tuple(calls)
        )
        uow.commit()
    return result


@dataclass(frozen=True, slots=True)
class WalkInResult:
    appointment: AppointmentView | None  # booked into a free gap, when there was one
    queue_position: int | None
    estimated_start: datetime | None
    estimated_provider_id: str | None
    after_hours: bool
    message: str


@writes
def walk_in(
    ctx: ServiceContext,
    patient_id: str,
    type_id_or_name: str,
    *,
    provider_id: str | None = None,
    specialty: str | None = None,
    queued_ahead: int = 0,
) -> WalkInResult:
    """Book a walk-in into today's soonest free gap, or give a queue place and estimate.

    Booked patients are never displaced. ``queued_ahead`` is how many walk-ins are
    already waiting (the desk's queue); gaps go to them first.
    """
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_WALK_IN)
    with ctx.write() as uow:
        catalogue = Catalogue.load(uow, require_clinic(uow))
        query = _query(
            uow,
            ctx,
            BumpRequest(patient_id, type_id_or_name, Urgency.ROUTINE, provider_id, specialty),
        )
        explain_no_provider(catalogue, query)
        settings = catalogue.settings
        today = local_date(ctx.now(), clinic_zone(settings.time_zone))
        start, end = days_span(today, today, settings)
        schedule = load_schedule(
            uow,
            catalogue,
            start,
            end,
            provider_ids=[p.id for p in candidate_providers(catalogue, query)],
            room_ids=catalogue.rooms_for(query.appointment_type),
            patient_ids=[patient_id],
        )
        placement = place_walk_in(
            schedule,
            query.appointment_type,
            ctx.now(),
            patient_id=patient_id,
            provider_ids=query.provider_ids,
            specialty=specialty,
            queued_ahead=queued_ahead,
        )
        view = None
        if placement.slot is not None:
            slot = placement.slot
            request = BookingRequest(
                patient_id,
                slot.provider_id,
                query.appointment_type,
                slot.start,
                slot.end,
                slot.room_id,
            )
            booked, _ = book_in_uow(
                uow, ctx, catalogue, request, urgency=Urgency.ROUTINE, reason="walk-in"
            )
            view = appointment_view(uow, booked)
            uow.commit()
    return WalkInResult(
        view,
        placement.queue_position,
        placement.estimated_start,
        placement.estimated_provider_id,
        placement.after_hours,
        placement.message,
    )
