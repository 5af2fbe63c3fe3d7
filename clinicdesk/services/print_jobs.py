"""Print jobs: load a day (or week) from the store, shape it for paper, render, audit.

Each job reads what it needs and records its audit row in one short transaction
(the audit names the date and provider, never a patient), then renders outside the
transaction so the write lock is not held while reportlab lays out pages. The
renderers (reportlab and the print fonts) are imported when a job first renders, not
when the window that offers printing starts.

The downtime pack writes the next N working days' day sheets to a folder so the front
desk can work from paper if the PC dies: one whole-clinic file per day plus one per
provider, named by date and provider id (never a patient name), e.g.
``day-sheet_2026-03-02_all.pdf`` and ``day-sheet_2026-03-02_<provider id>.pdf``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from clinicdesk.domain.appointments import Appointment, CancelledBy, Status
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.clinic_time import clinic_zone, format_interval, format_wall, local_date
from clinicdesk.domain.date_policy import check_clinic_days
from clinicdesk.domain.date_words import weekday_name
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.intervals import to_intervals
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import Provider
from clinicdesk.interop.files import (
    OutputKind,
    OutputRequest,
    check_user_folder,
    write_rendered,
    write_user_file,
)
from clinicdesk.printing.models import (
    CallList,
    CallListRow,
    DaySheet,
    DaySheetRow,
    ProviderDay,
    WeekDay,
    WeekSchedule,
)
from clinicdesk.services.booking_scope import refuse_whole_clinic, visible_provider
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.lookups import require_clinic, require_provider
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import days_span
from clinicdesk.services.views import appointment_views

MAX_DOWNTIME_DAYS = 31
MAX_CALL_LIST_DAYS = 92
PACK_FILE = re.compile(r"^day-sheet_(\d{4}-\d{2}-\d{2})_[\w-]+\.pdf$")


# ---------------------------------------------------------------------------
# Building read-models (inside a unit of work, no permission checks)
# ---------------------------------------------------------------------------


def _first_phone(patient: Patient | None) -> str:
    if patient is None or not patient.phones:
        return ""
    return patient.phones[0].number


def _hours_label(schedule: ClinicSchedule, provider_id: str, day: date, zone: ZoneInfo) -> str:
    spans = to_intervals(schedule.working_spans(provider_id, day))
    return ", ".join(format_interval(span, zone) for span in spans)


def _load_window(
    uow: UnitOfWork,
    settings: ClinicSettings,
    first: date,
    last: date,
    provider_ids: Sequence[str] | None,
) -> tuple[ClinicSchedule, list[Appointment], dict[str, Patient], list[Provider]]:
    """Everything a sheet over [first, last] needs, one query per table."""
    start, end = days_span(first, last, settings)
    providers = [p for p in uow.providers.list() if provider_ids is None or p.id in provider_ids]
    ids = [p.id for p in providers]
    appointments = uow.appointments.between(start, end, provider_ids=ids)
    schedule = ClinicSchedule.build(
        settings,
        providers=providers,
        working_hours=uow.schedules.hours_for(ids),
        exceptions=uow.schedules.exceptions_between(first, last, ids),
    )
    patients = uow.patients.get_many({a.patient_id for a in appointments})
    return schedule, appointments, patients, providers


def _sheet_rows(
    uow: UnitOfWork,
    appointments: Sequence[Appointment],
    patients: dict[str, Patient],
    zone: ZoneInfo,
) -> list[DaySheetRow]:
    """Rows for the appointments still on the day (cancelled ones are left off)."""
    shown = [a for a in appointments if a.status is not Status.CANCELLED and not a.deleted]
    notes = {a.id: a.notes for a in shown}
    rows = []
    for view in appointment_views(uow, shown):
        patient = patients.get(view.patient_id)
        insurance = patient.insurance if patient else None
        rows.append(
            DaySheetRow(
                start=view.start.astimezone(zone),
                time_label=format_interval(view.interval, zone),
                patient_name=patient.display_name if patient else "(unknown patient)",
                birth_date=patient.birth_date if patient else None,
                phone=_first_phone(patient),
                appointment_type=view.type,
                urgency=view.urgency.value,
                status=view.status.value,
                reason=view.reason,
                notes=notes[view.id],
                alerts=patient.alerts if patient else "",
                insurance=insurance.status.value if insurance else "",
                room=view.room_name,
            )
        )
    rows.sort(key=lambda r: (r.start, r.patient_name))
    return rows


def build_day_sheet(
    uow: UnitOfWork, day: date, provider_id: str | None, printed_at: datetime
) -> DaySheet:
    """The day sheet of a clinic-local day: one provider, or everyone working or booked."""
    settings = require_clinic(uow)
    zone = clinic_zone(settings.time_zone)
    if provider_id is not None:
        require_provider(uow, provider_id)
    wanted = [provider_id] if provider_id else None
    schedule, appointments, patients, providers = _load_window(uow, settings, day, day, wanted)
    by_provider: dict[str, list[Appointment]] = {}
    for appointment in appointments:
        by_provider.setdefault(appointment.provider_id, []).append(appointment)
    sections = []
    for provider in sorted(providers, key=lambda p: (p.display_name, p.id)):
        hours = _hours_label(schedule, provider.id, day, zone)
        own = by_provider.get(provider.id, [])
        # The whole-clinic sheet lists whoever works or has bookings; asked for by id,
        # a provider is printed even on a day off (the sheet then says so).
        if provider_id is None and not hours and not own:
            continue
        if provider_id is None and not own and not provider.bookable:
            continue
        sections.append(
            ProviderDay(
                provider_id=provider.id,
                provider_name=provider.display_name,
                specialty=provider.specialty,
                hours_label=hours,
                rows=tuple(_sheet_rows(uow, own, patients, zone)),
            )
        )
    return DaySheet(
        clinic_name=settings.name,
        day=day,
        printed_at=printed_at.astimezone(zone),
        providers=tuple(sections),
        time_zone=settings.time_zone,
    )


def _audit(
    ctx: ServiceContext, uow: UnitOfWork, event: str, object_type: str, object_id: str
) -> None:
    """One audit row naming what was printed (a date, a provider id), never a patient."""
    uow.audit.record(ctx.actor, event, object_type=object_type, object_id=object_id)


# ---------------------------------------------------------------------------
# Use cases
# ---------------------------------------------------------------------------


@writes
def day_sheet(
    ctx: ServiceContext, day: date | None = None, provider_id: str | None = None
) -> DaySheet:
    """The read-model of a day sheet (default: today), audited as ``print.day_sheet``."""
    authorize(ctx, Permission.PRINT_DAY_SHEETS, AuditEvent.PRINT_DAY_SHEET)
    provider_id = visible_provider(ctx, AuditEvent.PRINT_DAY_SHEET, provider_id)
    with ctx.write() as uow:
        settings = require_clinic(uow)
        on = day or local_date(ctx.now(), clinic_zone(settings.time_zone))
        sheet = build_day_sheet(uow, on, provider_id, ctx.now())
        _audit(ctx, uow, AuditEvent.PRINT_DAY_SHEET, "day", _day_object(on, provider_id))
        uow.commit()
    return sheet


def _day_object(day: date, provider_id: str | None) -> str:
    return f"{day.isoformat()}/{provider_id or 'all'}"


@writes
def print_day_sheet(
    ctx: ServiceContext, day: date | None = None, provider_id: str | None = None
) -> bytes:
    """The day sheet as PDF bytes (for the print dialog or Save as PDF)."""
    from clinicdesk.printing.day_sheet import render_day_sheet

    return render_day_sheet(day_sheet(ctx, day, provider_id))


@writes
def save_day_sheet(
    ctx: ServiceContext,
    out: Path,
    day: date | None = None,
    provider_id: str | None = None,
    *,
    overwrite: bool = False,
) -> Path:
    """Write the day sheet PDF to ``out`` (whole or not at all); the path written."""
    request = OutputRequest(Path(out), OutputKind.PDF, overwrite)
    return write_rendered(
        request, lambda: print_day_sheet(ctx, day, provider_id), ctx.protected_folders
    )


@writes
def week_schedule(
    ctx: ServiceContext, provider_id: str, any_day: date | None = None
) -> WeekSchedule:
    """One provider's week (Monday to Sunday around ``any_day``, default today), audited."""
    authorize(ctx, Permission.PRINT_DAY_SHEETS, AuditEvent.PRINT_WEEK_SCHEDULE)
    visible_provider(ctx, AuditEvent.PRINT_WEEK_SCHEDULE, provider_id)
    with ctx.write() as uow:
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        on_day = any_day or local_date(ctx.now(), zone)
        monday = on_day - timedelta(days=on_day.weekday())
        sunday = monday + timedelta(days=6)
        provider = require_provider(uow, provider_id)
        schedule, appointments, patients, _ = _load_window(
            uow, settings, monday, sunday, [provider_id]
        )
        rows = _sheet_rows(uow, appointments, patients, zone)
        days = []
        for offset in range(7):
            on = monday + timedelta(days=offset)
            hours = _hours_label(schedule, provider_id, on, zone)
            own = tuple(r for r in rows if r.start.date() == on)
            if hours or own or offset < 5:
                days.append(WeekDay(day=on, hours_label=hours, rows=own))
        _audit(
            ctx, uow, AuditEvent.PRINT_WEEK_SCHEDULE, "week", f"{monday.isoformat()}/{provider_id}"
        )
        uow.commit()
    return WeekSchedule(
        clinic_name=settings.name,
        provider_id=provider.id,
        provider_name=provider.display_name,
        specialty=provider.specialty,
        week_start=monday,
        printed_at=ctx.now().astimezone(zone),
        days=tuple(days),
    )


@writes
def print_week_schedule(
    ctx: ServiceContext, provider_id: str, any_day: date | None = None
) -> bytes:
    from clinicdesk.printing.week_schedule import render_week_schedule

    return render_week_schedule(week_schedule(ctx, provider_id, any_day))


def _outcome(appointment: Appointment) -> str | None:
    """How a missed appointment reads on the call list; None if it is not one."""
    if appointment.status is Status.NO_SHOW:
        return tr("call list", "No-show")
    if appointment.status is not Status.CANCELLED or appointment.cancelled_by is None:
        return None
    if appointment.cancelled_by is CancelledBy.CLINIC:
        return tr("call list", "Cancelled by the clinic")
    if appointment.late_cancel:
        return tr("call list", "Cancelled by patient (late)")
    return tr("call list", "Cancelled by patient")


def _call_time(start: datetime, zone: ZoneInfo) -> str:
    """When the missed visit was, as the call list shows it ("Monday 2026-03-02 09:00")."""
    local = start.astimezone(zone)
    return f"{weekday_name(local.date())} {local:%Y-%m-%d} {format_wall(start, zone)}"


@writes
def call_list(ctx: ServiceContext, first: date, last: date) -> CallList:
    """Patients whose appointments in [first, last] were missed or cancelled, with
    whether they are already booked again, so the desk knows whom to phone."""
    check_clinic_days(first, last)
    if last < first:
        raise ValidationError(tr("print jobs", "The call list's last day is before its first day."))
    if (last - first).days >= MAX_CALL_LIST_DAYS:
        raise ValidationError(tr(
            "print jobs",
            "A call list covers at most {MAX_CALL_LIST_DAYS} days.",
        ).format(MAX_CALL_LIST_DAYS=MAX_CALL_LIST_DAYS))
    authorize(ctx, Permission.PRINT_DAY_SHEETS, AuditEvent.PRINT_CALL_LIST)
    # A provider phones their own patients: the list keeps to their appointments.
    own = visible_provider(ctx, AuditEvent.PRINT_CALL_LIST, None)
    with ctx.write() as uow:
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        start, end = days_span(first, last, settings)
        missed = [
            a
            for a in uow.appointments.between(start, end, provider_ids=[own] if own else None)
            if _outcome(a)
        ]
        patients = uow.patients.get_many({a.patient_id for a in missed})
        now = ctx.now()
        next_booked = {pid: _next_booking(uow, pid, now, zone) for pid in patients}
        rows = [
            CallListRow(
                when=view.start.astimezone(zone),
                time_label=_call_time(view.start, zone),
                patient_name=patients[view.patient_id].display_name
                if view.patient_id in patients
                else tr("call list", "(unknown patient)"),
                birth_date=patients[view.patient_id].birth_date
                if view.patient_id in patients
                else None,
                phone=_first_phone(patients.get(view.patient_id)),
                provider_name=view.provider_name,
                appointment_type=view.type,
                outcome=_outcome(appointment) or "",
                reason=view.cancel_reason,
                next_booked=next_booked.get(view.patient_id, ""),
            )
            for view, appointment in zip(appointment_views(uow, missed), missed, strict=True)
        ]
        _audit(
            ctx, uow, AuditEvent.PRINT_CALL_LIST, "days", f"{first.isoformat()}/{last.isoformat()}"
        )
        uow.commit()
    rows.sort(key=lambda r: (r.when, r.patient_name))
    return CallList(
        clinic_name=settings.name,
        first_day=first,
        last_day=last,
        printed_at=ctx.now().astimezone(zone),
        rows=tuple(rows),
    )


def _next_booking(uow: UnitOfWork, patient_id: str, now: datetime, zone: ZoneInfo) -> str:
    upcoming = [
        a for a in uow.appointments.for_patient(patient_id) if a.holds_slot and a.start > now
    ]
    if not upcoming:
        return ""
    soonest = min(upcoming, key=lambda a: a.start).start.astimezone(zone)
    return f"{soonest:%Y-%m-%d %H:%M}"


@writes
def print_call_list(ctx: ServiceContext, first: date, last: date) -> bytes:
    from clinicdesk.printing.call_list import render_call_list

    return render_call_list(call_list(ctx, first, last))


# ---------------------------------------------------------------------------
# Downtime pack
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DowntimePack:
    folder: Path
    days: tuple[date, ...]
    files: tuple[Path, ...]
    removed: tuple[Path, ...]  # older pack files for days now past


def open_days(settings: ClinicSettings, start: date, limit: int) -> list[date]:
    """Up to ``limit`` days from ``start`` (inclusive) on which the clinic opens."""
    if not settings.opening_hours:
        return []
    days: list[date] = []
    on = start
    while len(days) < limit:
        if on.weekday() in settings.opening_hours:
            days.append(on)
        on += timedelta(days=1)
    return days


_NOT_IN_FILE_NAMES = re.compile(r"[\W_]+")  # anything but letters and digits, in runs
WHOLE_CLINIC_PART = "all"


def file_name_part(text: str, fallback: str = "provider") -> str:
    """``text`` as part of a file name any system accepts: letters (accented too) and
    digits kept, every other run made one hyphen ("Dr Siobhán O'Neill" ->
    "Dr-Siobhán-O-Neill"), at most 60 characters."""
    part = _NOT_IN_FILE_NAMES.sub("-", text).strip("-")[:60].strip("-")
    return part or fallback


def provider_file_parts(providers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Provider id -> the file-name part of their name, from (id, name) pairs; two
    providers with one name (or one called "All") get the end of their id added, so no
    file of one is ever written over by another's."""
    pairs = list(providers)
    parts = {pid: file_name_part(name) for pid, name in pairs}
    taken = Counter(part.casefold() for part in parts.values())
    for pid, part in parts.items():
        if taken[part.casefold()] > 1 or part.casefold() == WHOLE_CLINIC_PART:
            parts[pid] = f"{part}-{file_name_part(pid[-6:], 'x')}"
    return parts


def pack_file_name(day: date, provider_part: str | None) -> str:
    """``day-sheet_2026-03-02_all.pdf`` or ``day-sheet_2026-03-02_Dr-Ana-Lee.pdf``
    (``provider_part`` from :func:`provider_file_parts`)."""
    return f"day-sheet_{day.isoformat()}_{provider_part or WHOLE_CLINIC_PART}.pdf"


@writes
def write_downtime_pack(
    ctx: ServiceContext, folder: Path, days: int = 3, start: date | None = None
) -> DowntimePack:
    """Write the next ``days`` working days' day sheets (from today) into ``folder``.

    Days the clinic is closed, or open with nobody working or booked, are skipped.

    Safe to run on a schedule: files of the same day are replaced, and pack files for
    days before the first day written are removed so stale sheets are not worked from.
    """
    if not 1 <= days <= MAX_DOWNTIME_DAYS:
        raise ValidationError(tr(
            "print jobs",
            "A downtime pack covers 1 to {MAX_DOWNTIME_DAYS} working days.",
        ).format(MAX_DOWNTIME_DAYS=MAX_DOWNTIME_DAYS))
    authorize(ctx, Permission.PRINT_DAY_SHEETS, AuditEvent.PRINT_DOWNTIME_PACK)
    # The pack is the whole clinic's paper fallback: it is the front desk's to write.
    refuse_whole_clinic(ctx, AuditEvent.PRINT_DOWNTIME_PACK)
    target = check_user_folder(Path(folder), ctx.protected_folders)
    with ctx.write() as uow:
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        first = start or local_date(ctx.now(), zone)
        # A working day is an opening day on which someone works or is booked; a bank
        # holiday with everyone off is skipped. Look a few weeks ahead at most.
        sheets = []
        for on in open_days(settings, first, days * 7 + 14):
            sheet = build_day_sheet(uow, on, None, ctx.now())
            if sheet.providers:
                sheets.append(sheet)
            if len(sheets) == days:
                break
        dates = [sheet.day for sheet in sheets]
        span = f"{dates[0].isoformat()}/{dates[-1].isoformat()}" if dates else first.isoformat()
        _audit(ctx, uow, AuditEvent.PRINT_DOWNTIME_PACK, "days", span)
        uow.commit()
    from clinicdesk.printing.day_sheet import render_day_sheet

    written = []

    def write_pack_file(name: str, pdf: bytes) -> Path:
        # The pack's own files are replaced on every run; nothing else is named like them.
        request = OutputRequest(target / name, OutputKind.PDF, overwrite=True)
        return write_user_file(request, pdf, ctx.protected_folders)

    for sheet in sheets:
        written.append(write_pack_file(pack_file_name(sheet.day, None), render_day_sheet(sheet)))
        parts = provider_file_parts((p.provider_id, p.provider_name) for p in sheet.providers)
        for provider in sheet.providers:
            one = DaySheet(
                sheet.clinic_name, sheet.day, sheet.printed_at, (provider,), sheet.time_zone
            )
            name = pack_file_name(sheet.day, parts[provider.provider_id])
            written.append(write_pack_file(name, render_day_sheet(one)))
    removed = _remove_stale(target, first, set(dates), keep=set(written))
    return DowntimePack(target, tuple(dates), tuple(written), tuple(removed))


def _remove_stale(
    folder: Path, first: date, rewritten: set[date], keep: Iterable[Path]
) -> list[Path]:
    """Pack files of past days, and of the days just written that were not rewritten
    (a provider no longer working that day): paper must not show a stale schedule."""
    kept = set(keep)
    removed = []
    for path in sorted(folder.iterdir()):
        match = PACK_FILE.match(path.name)
        if not match or path in kept:
            continue
        on = date.fromisoformat(match.group(1))
        if on < first or on in rewritten:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def downtime_pack_due(
    last_written: datetime | None, now: datetime, every: timedelta = timedelta(hours=1)
) -> bool:
    """Whether a scheduled downtime pack should be written again (the app's timer asks)."""
    return last_written is None or now - last_written >= every or last_written > now
