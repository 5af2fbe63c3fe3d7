"""Recurring appointments: preview, book, and change one / following / all occurrences.

The rule (RFC 5545 RRULE) is expanded in the clinic's wall clock by the domain; each
occurrence runs through the same booking check as a single booking. An occurrence
that would clash is reported in the preview and never silently dropped: booking
refuses the whole series unless the caller explicitly skips the clashing ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from clinicdesk.domain.appointments import Appointment, CancelledBy, Status, Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.booking import BookingDecision, BookingRequest, Verdict
from clinicdesk.domain.clinic_time import clinic_zone, wall_to_utc
from clinicdesk.domain.date_policy import check_clinic_day
from clinicdesk.domain.errors import SchedulingConflictError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.recurrence import EditScope, OccurrencePreview, expand_wall, preview_series
from clinicdesk.domain.recurrence import select_for_scope as domain_select
from clinicdesk.domain.status import change_status
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.services.appointment_changes import moved_appointment
from clinicdesk.services.booking import new_appointment, save_new_appointment
from clinicdesk.services.booking_scope import visible_provider
from clinicdesk.services.changes import save_status_change
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.lookups import (
    require_appointment,
    require_clinic,
    require_patient,
    require_provider,
    resolve_type,
)
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import Catalogue, days_span, load_schedule, patient_names
from clinicdesk.services.views import AppointmentView, appointment_views


@dataclass(frozen=True, slots=True)
class SeriesInput:
    patient_id: str
    type: str  # id or name
    provider_id: str
    first_day: date
    wall_start: time  # clinic wall clock, kept across DST changes
    rule: str  # e.g. "FREQ=WEEKLY;BYDAY=MO;COUNT=10"
    until_day: date | None = None
    urgency: Urgency = Urgency.ROUTINE
    room_id: str | None = None
    override_reason: str = ""


@dataclass(frozen=True, slots=True)
class OccurrenceView:
    index: int
    day: date
    wall_start: time
    start: datetime | None
    end: datetime | None
    verdict: Verdict
    reasons: tuple[str, ...]

    @property
    def clashes(self) -> bool:
        return self.verdict is not Verdict.ALLOWED


@dataclass(frozen=True, slots=True)
class SeriesPreview:
    occurrences: tuple[OccurrenceView, ...]

    @property
    def clashing(self) -> list[OccurrenceView]:
        return [o for o in self.occurrences if o.clashes]


@dataclass(frozen=True, slots=True)
class SeriesResult:
    series_id: str
    booked: tuple[AppointmentView, ...]
    skipped: tuple[OccurrenceView, ...]  # clashing occurrences left out, each with reasons


def _preview(
    uow: UnitOfWork, ctx: ServiceContext, series: SeriesInput
) -> tuple[list[OccurrencePreview], BookingRequest]:
    check_clinic_day(series.first_day, "The first day")
    if series.until_day is not None:
        check_clinic_day(series.until_day, "The last day")
    check_text(series.override_reason, TextKind.REASON, "The reason for overriding")
    settings = require_clinic(uow)
    catalogue = Catalogue.load(uow, settings)
    require_patient(uow, series.patient_id)
    require_provider(uow, series.provider_id)
    kind = resolve_type(uow, series.type)
    zone = clinic_zone(settings.time_zone)
    walls = expand_wall(
        series.rule, series.first_day, series.wall_start, zone, until_day=series.until_day
    )
    if not walls:
        raise ValidationError(tr("series", "The repeat rule gives no dates."))
    start, end = days_span(walls[0].day, walls[-1].day + timedelta(days=1), settings)
    rooms = [series.room_id] if series.room_id else catalogue.rooms_for(kind)
    schedule = load_schedule(
        uow,
        catalogue,
        start,
        end,
        provider_ids=[series.provider_id],
        room_ids=rooms,
        patient_ids=[series.patient_id],
    )
    names = patient_names(uow, {a.patient_id for a in schedule.appointments.values()})
    request = BookingRequest(
        series.patient_id, series.provider_id, kind, start, room_id=series.room_id
    )
    previews = preview_series(
        series.rule,
        series.first_day,
        series.wall_start,
        request,
        schedule,
        patient_names=names,
        until_day=series.until_day,
        now=ctx.now(),
    )
    return previews, request


def _view(preview: OccurrencePreview) -> OccurrenceView:
    return OccurrenceView(
        preview.index,
        preview.day,
        preview.wall,
        preview.start,
        preview.end,
        preview.verdict,
        preview.reasons,
    )


@reads
def preview_recurring(ctx: ServiceContext, series: SeriesInput) -> SeriesPreview:
    """Every occurrence with its verdict and clash lines, before anything is saved."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_SERIES_PREVIEW)
    with ctx.read() as uow:
        previews, _ = _preview(uow, ctx, series)
    return SeriesPreview(tuple(_view(p) for p in previews))


def _bookable(preview: OccurrencePreview, override_reason: str) -> bool:
    if preview.verdict is Verdict.ALLOWED:
        return True
    return preview.verdict is Verdict.NEEDS_OVERRIDE and bool(override_reason.strip())


@writes
def book_recurring(
    ctx: ServiceContext, series: SeriesInput, *, skip_clashes: bool = False
) -> SeriesResult:
    """Book every occurrence, or refuse naming each clash.

    With ``skip_clashes`` the clear occurrences are booked and the clashing ones come
    back in ``skipped`` with their reasons. ``override_reason`` lets policy clashes
    (overbooking, outside hours) through, recorded on each such occurrence.
    """
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_BOOK)
    with ctx.write() as uow:
        previews, request = _preview(uow, ctx, series)
        blocked = [p for p in previews if not _bookable(p, series.override_reason)]
        if blocked and not skip_clashes:
            lines = tuple(f"{p.day:%a %Y-%m-%d}: {'; '.join(p.reasons)}" for p in blocked)
            raise SchedulingConflictError(
                tr(
                    "series",
                    "{count} of {count2} occurrences clash: {join}",
                ).format(count=len(blocked), count2=len(previews), join=" | ".join(lines)),
                lines,
            )
        series_id = new_id()
        booked = []
        for preview in previews:
            if not _bookable(preview, series.override_reason):
                continue
            assert preview.start is not None and preview.end is not None
            occurrence = BookingRequest(
                request.patient_id,
                request.provider_id,
                request.appointment_type,
                preview.start,
                preview.end,
                preview.room_id,
            )
            decision_override = preview.verdict is Verdict.NEEDS_OVERRIDE
            appointment = new_appointment(
                ctx,
                occurrence,
                _decision_of(preview),
                urgency=series.urgency,
                override_reason=series.override_reason,
                series_id=series_id,
            )
            save_new_appointment(uow, ctx, appointment, overridden=decision_override)
            booked.append(appointment)
        views = appointment_views(uow, booked)
        uow.commit()
    skipped = tuple(_view(p) for p in blocked)
    return SeriesResult(series_id, tuple(views), skipped)


def _decision_of(preview: OccurrencePreview) -> BookingDecision:
    assert preview.start is not None and preview.end is not None
    return BookingDecision(preview.verdict, preview.start, preview.end, preview.room_id)


def _select(uow: UnitOfWork, appointment_id: str, scope: EditScope) -> list[Appointment]:
    target = require_appointment(uow, appointment_id)
    if target.series_id is None:
        if scope is not EditScope.THIS:
            raise ValidationError(tr("series", "This appointment is not part of a series."))
        return domain_select([target], target, scope)
    return domain_select(uow.appointments.in_series(target.series_id), target, scope)


@writes
def cancel_recurring(
    ctx: ServiceContext,
    appointment_id: str,
    scope: EditScope,
    reason: str,
    *,
    by: CancelledBy = CancelledBy.CLINIC,
) -> list[AppointmentView]:
    """Cancel this occurrence, this and the following ones, or all still ahead."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_CANCEL)
    if not reason.strip():
        raise ValidationError(tr("series", "Give a reason for the cancellation."))
    with ctx.write() as uow:
        settings = require_clinic(uow)
        changed = []
        for appointment in _select(uow, appointment_id, scope):
            change = change_status(
                appointment,
                Status.CANCELLED,
                at=ctx.now(),
                by=ctx.actor.username,
                settings=settings,
                cancelled_by=by,
                reason=reason.strip(),
            )
            save_status_change(uow, ctx, appointment, change, AuditEvent.APPOINTMENT_CANCEL)
            changed.append(change.appointment)
        views = appointment_views(uow, changed)
        uow.commit()
    return views


@writes
def reschedule_recurring(
    ctx: ServiceContext,
    appointment_id: str,
    scope: EditScope,
    wall_start: time,
    *,
    provider_id: str | None = None,
    override_reason: str = "",
) -> list[AppointmentView]:
    """Move the chosen occurrences to a new wall-clock time on their own dates.

    All or nothing: if one occurrence would clash, nothing moves and every clash is
    named with its date.
    """
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_MOVE)
    with ctx.write() as uow:
        settings = require_clinic(uow)
        catalogue = Catalogue.load(uow, settings)
        zone = clinic_zone(settings.time_zone)
        moved = []
        problems: list[str] = []
        for appointment in _select(uow, appointment_id, scope):
            day = appointment.start.astimezone(zone).date()
            try:
                start = wall_to_utc(day, wall_start, zone)
                after, _ = moved_appointment(
                    uow,
                    ctx,
                    catalogue,
                    appointment,
                    start,
                    provider_id=provider_id,
                    override_reason=override_reason,
                )
            except (SchedulingConflictError, ValidationError) as problem:
                problems.append(f"{day:%a %Y-%m-%d}: {problem.message}")
                continue
            moved.append(after)
        if problems:
            # Leaving without commit rolls back the moves already written.
            raise SchedulingConflictError(
                tr("series", "Nothing was moved: {join}").format(join=" | ".join(problems)),
                tuple(problems),
            )
        views = appointment_views(uow, moved)
        uow.commit()
    return views


@reads
def series_occurrences(ctx: ServiceContext, series_id: str) -> Sequence[AppointmentView]:
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.APPOINTMENT_SERIES)
    own = visible_provider(ctx, AuditEvent.APPOINTMENT_SERIES, None)
    with ctx.read() as uow:
        found = uow.appointments.in_series(series_id)
        return appointment_views(uow, [a for a in found if own in (None, a.provider_id)])
