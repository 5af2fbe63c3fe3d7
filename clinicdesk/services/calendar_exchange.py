"""iCalendar in and out: a provider's feed, one appointment's invitation, and a
provider's busy times from another calendar taken in as time off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.date_policy import check_clinic_days
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import ExceptionKind, ScheduleException
from clinicdesk.interop import ical
from clinicdesk.interop.files import OutputKind, OutputRequest, check_user_file, write_user_file
from clinicdesk.services.booking_scope import visible_provider
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.lookups import require_appointment, require_clinic, require_provider
from clinicdesk.services.schedule_window import days_span, patient_names
from clinicdesk.services.schedules import affected_by_time_off

FEED_DAYS_BACK = 7
FEED_DAYS_AHEAD = 90
MAX_FEED_DAYS = 400
BUSY_DAYS_AHEAD = 90
MAX_BUSY_DAYS = 366
BUSY_REASON = "Busy in another calendar"


@dataclass(frozen=True, slots=True)
class CalendarExport:
    file: Path
    events: int
    first_day: date
    last_day: date


@dataclass(frozen=True, slots=True)
class BusyPiece:
    day: date
    start: time | None  # None: the whole day
    end: time | None
    new: bool  # False: the same time off is already there (a re-run adds nothing)


@dataclass(frozen=True, slots=True)
class BusyImport:
    provider_id: str
    first_day: date
    last_day: date
    pieces: tuple[BusyPiece, ...]
    added_exception_ids: tuple[str, ...]  # empty on a dry run
    affected_appointment_ids: tuple[str, ...]  # bookings now inside the time off
    dry_run: bool


@writes
def export_provider_calendar(
    ctx: ServiceContext,
    provider_id: str,
    out: Path,
    *,
    first: date | None = None,
    last: date | None = None,
    with_names: bool = False,
    overwrite: bool = False,
) -> CalendarExport:
    """A provider's appointments as an ``.ics`` feed (default: a week back to 90 days
    ahead). Events say the visit type only; ``with_names`` adds "J. Smith"."""
    request = OutputRequest(Path(out), OutputKind.ICS, overwrite)
    check_user_file(request, ctx.protected_folders)
    authorize(ctx, Permission.EXPORT, AuditEvent.EXPORT_ICAL)
    feed = _provider_feed(ctx, provider_id, first, last, with_names)
    written = write_user_file(request, feed.data, ctx.protected_folders)
    _record_feed(ctx, provider_id)
    return CalendarExport(written, feed.events, feed.first_day, feed.last_day)


@dataclass(frozen=True, slots=True)
class ProviderFeed:
    data: bytes  # the .ics
    events: int
    first_day: date
    last_day: date


@writes
def provider_feed(
    ctx: ServiceContext, provider_id: str, *, with_names: bool = False
) -> ProviderFeed:
    """A provider's live feed as served to a calendar app: a week back to 90 days ahead
    of now, the visit type only unless ``with_names``; every fetch is audited."""
    authorize(ctx, Permission.EXPORT, AuditEvent.EXPORT_ICAL)
    feed = _provider_feed(ctx, provider_id, None, None, with_names)
    _record_feed(ctx, provider_id)
    return feed


def _record_feed(ctx: ServiceContext, provider_id: str) -> None:
    with ctx.write() as uow:
        uow.audit.record(
            ctx.actor, AuditEvent.EXPORT_ICAL, object_type="provider", object_id=provider_id
        )
        uow.commit()


def _provider_feed(
    ctx: ServiceContext, provider_id: str, first: date | None, last: date | None, with_names: bool
) -> ProviderFeed:
    with ctx.read() as uow:
        settings = require_clinic(uow)
        provider = require_provider(uow, provider_id)
        zone = clinic_zone(settings.time_zone)
        today = local_date(ctx.now(), zone)
        first = first or today - timedelta(days=FEED_DAYS_BACK)
        last = last or today + timedelta(days=FEED_DAYS_AHEAD)
        _check_span(first, last, MAX_FEED_DAYS)
        start, end = days_span(first, last, settings)
        found = uow.appointments.between(
            start, end, provider_ids=[provider_id], holding_slot_only=True
        )
        types = {t.id: t.name for t in uow.catalog.types()}
        names = patient_names(uow, {a.patient_id for a in found}) if with_names else {}
    events = [
        ical.CalendarEvent(
            uid=f"{a.id}@{ical.UID_DOMAIN}",
            start=a.start,
            end=a.end,
            summary=_summary(types.get(a.type_id, "Appointment"), names.get(a.patient_id, "")),
            changed_at=a.updated_at,
            location=settings.name,
        )
        for a in found
        if a.start >= start
    ]
    data = ical.calendar_bytes(events, zone, name=f"{provider.display_name} ({settings.name})")
    return ProviderFeed(data, len(events), first, last)


def _summary(type_name: str, patient: str) -> str:
    return f"{type_name}: {patient}" if patient else type_name


def _check_span(first: date, last: date, limit: int) -> None:
    check_clinic_days(first, last)
    if last < first:
        raise ValidationError(tr(
            "calendar exchange",
            "The last day ({last}) is before the first ({first}).",
        ).format(last=last, first=first))
    if (last - first).days + 1 > limit:
        raise ValidationError(tr(
            "calendar exchange",
            "Choose at most {limit} days.",
        ).format(limit=limit))


@writes
def export_appointment_calendar(
    ctx: ServiceContext, appointment_id: str, out: Path, *, overwrite: bool = False
) -> CalendarExport:
    """One appointment as an ``.ics`` to attach to a confirmation: when, with whom and
    where, in the clinic's time zone (the patient's own name is not needed in it)."""
    request = OutputRequest(Path(out), OutputKind.ICS, overwrite)
    check_user_file(request, ctx.protected_folders)
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.EXPORT_ICAL)
    data, day = appointment_ics(ctx, appointment_id)
    written = write_user_file(request, data, ctx.protected_folders)
    with ctx.write() as uow:
        uow.audit.record(
            ctx.actor, AuditEvent.EXPORT_ICAL, object_type="appointment", object_id=appointment_id
        )
        uow.commit()
    return CalendarExport(written, 1, day, day)


@reads
def appointment_ics(ctx: ServiceContext, appointment_id: str) -> tuple[bytes, date]:
    """The ``.ics`` bytes of one appointment and its local day, e.g. to attach to a
    confirmation e-mail (the sender audits what it sends)."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.EXPORT_ICAL)
    with ctx.read() as uow:
        settings = require_clinic(uow)
        appointment = require_appointment(uow, appointment_id)
        provider = require_provider(uow, appointment.provider_id)
        found_type = uow.catalog.get_type(appointment.type_id)
    visible_provider(ctx, AuditEvent.EXPORT_ICAL, appointment.provider_id)
    zone = clinic_zone(settings.time_zone)
    type_name = found_type.name if found_type else "Appointment"
    event = ical.CalendarEvent(
        uid=f"{appointment.id}@{ical.UID_DOMAIN}",
        start=appointment.start,
        end=appointment.end,
        summary=f"{type_name} with {provider.display_name}",
        changed_at=appointment.updated_at,
        location=settings.name,
        cancelled=appointment.status is Status.CANCELLED,
    )
    data = ical.calendar_bytes([event], zone, method="PUBLISH")
    return data, local_date(appointment.start, zone)


@writes
def import_busy_times(
    ctx: ServiceContext,
    provider_id: str,
    data: bytes,
    *,
    first: date | None = None,
    last: date | None = None,
    dry_run: bool = False,
) -> BusyImport:
    """A provider's busy times from another calendar's ``.ics`` as time off, over
    [first, last] (default: today and the next 90 days). All or nothing, in one
    transaction; a time already taken off is not added twice, so a re-run adds nothing.
    ``dry_run`` shows what would be added and writes nothing."""
    authorize(ctx, Permission.MANAGE_SCHEDULES, AuditEvent.IMPORT_BUSY_TIMES)
    with ctx.read() as uow:
        settings = require_clinic(uow)
        require_provider(uow, provider_id)
    zone = clinic_zone(settings.time_zone)
    today = local_date(ctx.now(), zone)
    first = first or today
    last = last or today + timedelta(days=BUSY_DAYS_AHEAD)
    _check_span(first, last, MAX_BUSY_DAYS)
    start, end = days_span(first, last, settings)
    busy = ical.parse_busy_times(data, start, end, zone)
    wanted: dict[tuple[date, time | None, time | None], None] = {}
    for span in busy:
        for piece in ical.local_pieces(span, zone):
            if first <= piece[0] <= last:
                wanted[piece] = None
    with ctx.write() as uow:
        existing = {
            (e.first_day, e.start, e.end)
            for e in uow.schedules.exceptions_between(first, last, [provider_id])
            if e.kind is ExceptionKind.TIME_OFF and not e.deleted and e.first_day == e.last_day
        }
        pieces = tuple(
            BusyPiece(day, begin, finish, (day, begin, finish) not in existing)
            for day, begin, finish in sorted(wanted, key=lambda p: (p[0], p[1] or time.min))
        )
        added: list[str] = []
        affected: set[str] = set()
        if not dry_run:
            for piece in pieces:
                if not piece.new:
                    continue
                exception = ScheduleException(
                    id=new_id(),
                    provider_id=provider_id,
                    kind=ExceptionKind.TIME_OFF,
                    first_day=piece.day,
                    last_day=piece.day,
                    start=piece.start,
                    end=piece.end,
                    reason=BUSY_REASON,
                    updated_at=ctx.now(),
                )
                uow.schedules.add_exception(exception)
                added.append(exception.id)
                affected.update(a.id for a in affected_by_time_off(uow, exception))
            uow.audit.record(
                ctx.actor,
                AuditEvent.IMPORT_BUSY_TIMES,
                object_type="provider",
                object_id=provider_id,
            )
            uow.commit()
    return BusyImport(
        provider_id, first, last, pieces, tuple(added), tuple(sorted(affected)), dry_run
    )
