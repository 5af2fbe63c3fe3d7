"""Providers' weekly working hours and their exceptions (time off, extra hours).

A weekly template is the set of working-hours rows of one provider that share an
``effective_from`` date; from that date it replaces the older template as a whole
(see :mod:`clinicdesk.domain.availability`). Setting hours therefore writes a new
template from a date instead of editing rows in place, so the hours that applied to
past appointments stay on record.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.audit_events import AuditEvent, exception_added_event
from clinicdesk.domain.clinic_time import clinic_zone, day_bounds, local_date, wall_range_bounds
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.date_policy import check_clinic_day, check_clinic_days
from clinicdesk.domain.errors import NotFoundError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import ExceptionKind, ScheduleException, WorkingHours
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.domain.waitlist import CallListEntry
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.lookups import require_clinic, require_provider, require_room
from clinicdesk.services.ports import UnitOfWork

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# How far ahead "show hours" lists exceptions.
EXCEPTION_LOOKAHEAD_DAYS = 90
# Time off longer than this is almost certainly a typo in a date.
MAX_EXCEPTION_DAYS = 366


@dataclass(frozen=True, slots=True)
class DayHours:
    """One shift on a weekday of a template (several per weekday = split shifts)."""

    weekday: int  # Monday = 0
    hours: TimeRange
    breaks: tuple[TimeRange, ...] = ()
    room_id: str | None = None


@dataclass(frozen=True, slots=True)
class ShiftView:
    weekday: int
    day_name: str
    start: time
    end: time
    breaks: tuple[TimeRange, ...]
    room_id: str | None


@dataclass(frozen=True, slots=True)
class ExceptionView:
    id: str
    kind: ExceptionKind
    first_day: date
    last_day: date
    start: time | None
    end: time | None
    reason: str


@dataclass(frozen=True, slots=True)
class WeeklyHoursView:
    """The template in force on a date, the next template change, upcoming exceptions."""

    provider_id: str
    provider_name: str
    on: date
    effective_from: date | None  # None: no template in force (the provider never works)
    shifts: tuple[ShiftView, ...]
    next_change: date | None
    exceptions: tuple[ExceptionView, ...]


@dataclass(frozen=True, slots=True)
class ExceptionResult:
    exception: ExceptionView
    # Slot-holding appointments now inside time off: the front desk should rebook them.
    affected_appointment_ids: tuple[str, ...] = ()


def _exception_view(exception: ScheduleException) -> ExceptionView:
    return ExceptionView(
        id=exception.id,
        kind=exception.kind,
        first_day=exception.first_day,
        last_day=exception.last_day,
        start=exception.start,
        end=exception.end,
        reason=exception.reason,
    )


def _check_days(uow: UnitOfWork, days: Sequence[DayHours]) -> None:
    if not days:
        raise ValidationError(
            tr(
                "schedules",
                "Give at least one day's hours. To stop bookings, mark the provider not "
                "bookable or add time off.",
            )
        )
    by_weekday: dict[int, list[TimeRange]] = {}
    for day in days:
        if not 0 <= day.weekday <= 6:
            raise ValidationError(tr(
                "schedules",
                "Weekday {weekday} is not between 0 (Mon) and 6 (Sun).",
            ).format(weekday=day.weekday))
        name = WEEKDAY_NAMES[day.weekday]
        for pause in day.breaks:
            if pause.start < day.hours.start or pause.end > day.hours.end:
                raise ValidationError(
                    tr(
                        "schedules",
                        "{name}: the break {pause} is outside the hours {hours}.",
                    ).format(name=name, pause=pause, hours=day.hours)
                )
        for other in by_weekday.get(day.weekday, []):
            if day.hours.start < other.end and other.start < day.hours.end:
                raise ValidationError(tr(
                    "schedules",
                    "{name}: the shifts {other} and {hours} overlap.",
                ).format(name=name, other=other, hours=day.hours))
        by_weekday.setdefault(day.weekday, []).append(day.hours)
        if day.room_id is not None:
            require_room(uow, day.room_id)


def _template_on(rows: Sequence[WorkingHours], on: date) -> tuple[date | None, list[WorkingHours]]:
    in_force = [
        r
        for r in rows
        if r.effective_from <= on and (r.effective_to is None or on <= r.effective_to)
    ]
    if not in_force:
        return None, []
    latest = max(r.effective_from for r in in_force)
    chosen = [r for r in in_force if r.effective_from == latest]
    return latest, sorted(chosen, key=lambda r: (r.weekday, r.hours.start))


def _today(uow: UnitOfWork, ctx: ServiceContext) -> date:
    return local_date(ctx.now(), clinic_zone(require_clinic(uow).time_zone))


@writes
def set_weekly_hours(
    ctx: ServiceContext,
    provider_id: str,
    days: Sequence[DayHours],
    *,
    effective_from: date | None = None,
) -> WeeklyHoursView:
    """Give the provider a new weekly template from ``effective_from`` (default today).

    Weekdays not listed are days off under the new template. A template already
    starting on that same date is replaced; earlier templates stay for the past.
    """
    authorize(ctx, Permission.MANAGE_SCHEDULES, AuditEvent.SCHEDULE_HOURS_SET)
    if effective_from is not None:
        check_clinic_day(effective_from, "The first day of the new hours")
    with ctx.write() as uow:
        provider = require_provider(uow, provider_id)
        _check_days(uow, days)
        start = effective_from or _today(uow, ctx)
        now = ctx.now()
        for row in uow.schedules.hours_for([provider_id]):
            if row.effective_from == start:
                uow.schedules.update_hours(dataclasses.replace(row, deleted=True, updated_at=now))
        uow.schedules.add_hours_many(
            WorkingHours(
                id=new_id(),
                provider_id=provider_id,
                weekday=day.weekday,
                hours=day.hours,
                breaks=day.breaks,
                room_id=day.room_id,
                effective_from=start,
                updated_at=now,
            )
            for day in days
        )
        uow.audit.record(
            ctx.actor,
            AuditEvent.SCHEDULE_HOURS_SET,
            object_type="provider",
            object_id=provider_id,
            fields=["working_hours"],
        )
        view = _weekly_view(uow, provider_id, provider.display_name, start)
        uow.commit()
    return view


def _weekly_view(uow: UnitOfWork, provider_id: str, name: str, on: date) -> WeeklyHoursView:
    rows = uow.schedules.hours_for([provider_id])
    effective, chosen = _template_on(rows, on)
    later = sorted({r.effective_from for r in rows if r.effective_from > on})
    exceptions = uow.schedules.exceptions_between(
        on, on + timedelta(days=EXCEPTION_LOOKAHEAD_DAYS), [provider_id]
    )
    return WeeklyHoursView(
        provider_id=provider_id,
        provider_name=name,
        on=on,
        effective_from=effective,
        shifts=tuple(
            ShiftView(
                r.weekday, WEEKDAY_NAMES[r.weekday], r.hours.start, r.hours.end, r.breaks, r.room_id
            )
            for r in chosen
        ),
        next_change=later[0] if later else None,
        exceptions=tuple(_exception_view(e) for e in exceptions),
    )


@reads
def weekly_hours(ctx: ServiceContext, provider_id: str, on: date | None = None) -> WeeklyHoursView:
    """The provider's template in force on ``on`` (default today) and what is coming."""
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.SCHEDULE_HOURS_SHOW)
    if on is not None:
        check_clinic_day(on)
    with ctx.read() as uow:
        provider = require_provider(uow, provider_id)
        return _weekly_view(uow, provider_id, provider.display_name, on or _today(uow, ctx))


def affected_by_time_off(uow: UnitOfWork, exception: ScheduleException) -> list[Appointment]:
    """The bookings holding a slot inside ``exception``'s time off (it may be new, not
    yet stored): the visits someone must ring to rebook."""
    zone = clinic_zone(require_clinic(uow).time_zone)
    first = day_bounds(exception.first_day, zone).start
    last = day_bounds(exception.last_day, zone).end
    found = uow.appointments.between(
        first, last, provider_ids=[exception.provider_id], holding_slot_only=True
    )
    if exception.whole_day:
        return found
    assert exception.start is not None and exception.end is not None
    spans = []
    day = exception.first_day
    while day <= exception.last_day:
        spans.append(wall_range_bounds(day, exception.start, exception.end, zone))
        day += timedelta(days=1)
    return [a for a in found if any(a.start < end and start < a.end for start, end in spans)]


DISPLACED_REASON = "Provider away: rebook"  # the call-list reason of a displaced visit


def _open_rebook_calls(uow: UnitOfWork, ctx: ServiceContext, affected: list[Appointment]) -> None:
    """A call-list entry per visit left inside the time off: the desk's worklist
    (services/displaced_visits.py) ticks each off once the patient is rung."""
    now = ctx.now()
    for appointment in affected:
        call = CallListEntry(
            id=new_id(),
            patient_id=appointment.patient_id,
            reason=DISPLACED_REASON,
            created_at=now,
            updated_at=now,
            appointment_id=appointment.id,
        )
        uow.waitlist.add_call(call)
        uow.audit.record(
            ctx.actor, AuditEvent.CALL_LIST_ADD, object_type="call_list", object_id=call.id
        )


def _add_exception(ctx: ServiceContext, exception: ScheduleException) -> ExceptionResult:
    event = exception_added_event(exception.kind.value)
    authorize(ctx, Permission.MANAGE_SCHEDULES, event)
    check_clinic_days(exception.first_day, exception.last_day)
    check_text(exception.reason, TextKind.REASON, "The reason")
    if exception.last_day < exception.first_day:
        raise ValidationError(tr("schedules", "The last day is before the first day."))
    if (exception.last_day - exception.first_day).days >= MAX_EXCEPTION_DAYS:
        raise ValidationError(tr(
            "schedules",
            "An exception can cover at most {MAX_EXCEPTION_DAYS} days.",
        ).format(MAX_EXCEPTION_DAYS=MAX_EXCEPTION_DAYS))
    with ctx.write() as uow:
        require_provider(uow, exception.provider_id)
        uow.schedules.add_exception(exception)
        affected: list[Appointment] = []
        if exception.kind is ExceptionKind.TIME_OFF:
            affected = affected_by_time_off(uow, exception)
            _open_rebook_calls(uow, ctx, affected)
        uow.audit.record(ctx.actor, event, object_type="schedule_exception", object_id=exception.id)
        uow.commit()
    return ExceptionResult(_exception_view(exception), tuple(a.id for a in affected))


@writes
def add_time_off(
    ctx: ServiceContext,
    provider_id: str,
    first_day: date,
    last_day: date | None = None,
    *,
    start: time | None = None,
    end: time | None = None,
    reason: str = "",
) -> ExceptionResult:
    """Time off on a run of days; without times it covers whole days.

    Appointments already booked in that time are not moved; their ids come back so
    the front desk can rebook them.
    """
    if (start is None) != (end is None):
        raise ValidationError(tr(
            "schedules",
            "Give both a start and an end time, or neither for whole days.",
        ))
    if start is not None and end is not None and end <= start:
        raise ValidationError(tr(
            "schedules",
            "The time off ends ({end:%H:%M}) before it starts ({start:%H:%M}).",
        ).format(end=end, start=start))
    return _add_exception(
        ctx,
        ScheduleException(
            id=new_id(),
            provider_id=provider_id,
            kind=ExceptionKind.TIME_OFF,
            first_day=first_day,
            last_day=last_day or first_day,
            start=start,
            end=end,
            reason=reason.strip(),
            updated_at=ctx.now(),
        ),
    )


@writes
def add_extra_hours(
    ctx: ServiceContext,
    provider_id: str,
    day: date,
    start: time,
    end: time,
    *,
    last_day: date | None = None,
    reason: str = "",
) -> ExceptionResult:
    """Extra working hours on a day (or run of days), even when the clinic is shut."""
    if end <= start:
        raise ValidationError(
            tr(
                "schedules",
                "The extra hours end ({end:%H:%M}) before they start ({start:%H:%M}).",
            ).format(end=end, start=start)
        )
    return _add_exception(
        ctx,
        ScheduleException(
            id=new_id(),
            provider_id=provider_id,
            kind=ExceptionKind.EXTRA_HOURS,
            first_day=day,
            last_day=last_day or day,
            start=start,
            end=end,
            reason=reason.strip(),
            updated_at=ctx.now(),
        ),
    )


@writes
def remove_exception(ctx: ServiceContext, provider_id: str, exception_id: str) -> None:
    """Withdraw time off or extra hours (kept on record, marked deleted)."""
    authorize(ctx, Permission.MANAGE_SCHEDULES, AuditEvent.SCHEDULE_EXCEPTION_REMOVE)
    with ctx.write() as uow:
        require_provider(uow, provider_id)
        found = [
            e
            for e in uow.schedules.exceptions_between(date.min, date.max, [provider_id])
            if e.id == exception_id
        ]
        if not found:
            raise NotFoundError(tr(
                "schedules",
                "No time off or extra hours with id {exception_id}.",
            ).format(exception_id=exception_id))
        uow.schedules.update_exception(
            dataclasses.replace(found[0], deleted=True, updated_at=ctx.now())
        )
        uow.audit.record(
            ctx.actor,
            AuditEvent.SCHEDULE_EXCEPTION_REMOVE,
            object_type="schedule_exception",
            object_id=exception_id,
        )
        uow.commit()
