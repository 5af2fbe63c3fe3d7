"""Practice-management reports as plain tables (for CSV export now, charts later).

The figures are worked out by pure functions over loaded rows, so each can be
checked on a small hand-built data set; :func:`run_report` loads a date range and
picks one. Definitions, as printed in each report's column names:

* **utilisation**: available hours are the provider's working time (weekly template,
  clinic opening hours, extra hours, time off); booked hours are the minutes of every
  appointment not cancelled (a no-show still took the slot).
* **no-show and late-cancellation rates**: out of the appointments *due*: every
  appointment except those the clinic cancelled. Late = cancelled by the patient within
  the clinic's notice period (``late_cancel`` on the appointment).
* **waiting time**: from the status change to ``arrived`` to the change to ``in_room``
  (undone changes are replayed away), grouped by provider and the hour of arrival.
* **appointments by type and status**: counts, every status.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from clinicdesk.domain.access import access_trend, freed_at, sample_days, usual_types
from clinicdesk.domain.appointments import (
    FREEING_STATUSES,
    Appointment,
    AppointmentEvent,
    CancelledBy,
    Status,
)
from clinicdesk.domain.audit_events import report_event, report_export_event
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.date_policy import check_clinic_days
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import Provider
from clinicdesk.interop.csv_export import csv_bytes
from clinicdesk.interop.files import OutputKind, OutputRequest, check_user_file, write_user_file
from clinicdesk.services.context import ServiceContext, authorize, reads, record_read, writes
from clinicdesk.services.lookups import require_clinic
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import days_span

MAX_REPORT_DAYS = 366
# How far ahead third-next-available looks for the third free slot.
ACCESS_HORIZON_DAYS = 90
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_STATUS_EVENT = "status"
_UNDO_EVENT = "status_undone"

Cell = str | int | float


@dataclass(frozen=True, slots=True)
class ReportTable:
    name: str
    title: str
    first_day: date
    last_day: date
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _hours(minutes: float) -> float:
    return round(minutes / 60, 2)


# ---------------------------------------------------------------------------
# Pure figures
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UtilisationRow:
    provider_id: str
    provider: str
    available_hours: float
    booked_hours: float
    utilisation_percent: float


def utilisation(
    providers: Sequence[Provider],
    schedule: ClinicSchedule,
    appointments: Iterable[Appointment],
    days: Sequence[date],
) -> list[UtilisationRow]:
    """Booked against available hours per provider over ``days``."""
    booked: Counter[str] = Counter()
    for appointment in appointments:
        if not appointment.deleted and appointment.status is not Status.CANCELLED:
            booked[appointment.provider_id] += appointment.interval.minutes
    rows = []
    for provider in sorted(providers, key=lambda p: (p.display_name, p.id)):
        available = sum(
            (end - start).total_seconds() / 60
            for day in days
            for start, end in schedule.working_spans(provider.id, day)
        )
        if not available and not booked[provider.id]:
            continue
        rows.append(
            UtilisationRow(
                provider_id=provider.id,
                provider=provider.display_name,
                available_hours=_hours(available),
                booked_hours=_hours(booked[provider.id]),
                utilisation_percent=_percent(booked[provider.id], available),
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class RateRow:
    group: str
    appointments_due: int
    no_shows: int
    no_show_percent: float
    late_cancellations: int
    late_cancel_percent: float


def _is_late_cancel(appointment: Appointment) -> bool:
    return (
        appointment.status is Status.CANCELLED
        and appointment.cancelled_by is CancelledBy.PATIENT
        and appointment.late_cancel
    )


def attendance_rates(
    appointments: Iterable[Appointment], group_of: Callable[[Appointment], str]
) -> list[RateRow]:
    """No-show and late-cancellation rates per group (provider, type, weekday...)."""
    due: Counter[str] = Counter()
    no_shows: Counter[str] = Counter()
    late: Counter[str] = Counter()
    for appointment in appointments:
        if appointment.deleted or appointment.cancelled_by is CancelledBy.CLINIC:
            continue
        group = group_of(appointment)
        due[group] += 1
        no_shows[group] += appointment.status is Status.NO_SHOW
        late[group] += _is_late_cancel(appointment)
    return [
        RateRow(
            group=group,
            appointments_due=due[group],
            no_shows=no_shows[group],
            no_show_percent=_percent(no_shows[group], due[group]),
            late_cancellations=late[group],
            late_cancel_percent=_percent(late[group], due[group]),
        )
        for group in due
    ]


def arrival_to_room(events: Iterable[AppointmentEvent]) -> tuple[datetime, datetime] | None:
    """(arrived at, shown into the room at) from one appointment's history, or None.

    The history is replayed so an undone "arrived" or "in room" does not count.
    """
    stack: list[AppointmentEvent] = []
    for event in sorted(events, key=lambda e: (e.at, e.id)):
        if event.kind == _STATUS_EVENT:
            stack.append(event)
        elif event.kind == _UNDO_EVENT and stack:
            stack.pop()
    arrived = next((e.at for e in stack if e.new_value == Status.ARRIVED.value), None)
    in_room = next((e.at for e in stack if e.new_value == Status.IN_ROOM.value), None)
    if arrived is None or in_room is None or in_room < arrived:
        return None
    return arrived, in_room


@dataclass(frozen=True, slots=True)
class WaitRow:
    provider: str
    hour: str  # "09:00": the hour of arrival, clinic wall clock
    visits: int
    mean_minutes: float
    median_minutes: float
    longest_minutes: float


def waiting_times(
    appointments: Iterable[Appointment],
    events: Mapping[str, Sequence[AppointmentEvent]],
    provider_names: Mapping[str, str],
    zone: ZoneInfo,
) -> list[WaitRow]:
    """Minutes from arrival to the room, by provider and hour of arrival."""
    waits: dict[tuple[str, int], list[float]] = defaultdict(list)
    for appointment in appointments:
        times = arrival_to_room(events.get(appointment.id, ()))
        if times is None:
            continue
        arrived, in_room = times
        name = provider_names.get(appointment.provider_id, appointment.provider_id)
        waits[(name, arrived.astimezone(zone).hour)].append(
            (in_room - arrived).total_seconds() / 60
        )
    return [
        WaitRow(
            provider=name,
            hour=f"{hour:02d}:00",
            visits=len(minutes),
            mean_minutes=round(statistics.fmean(minutes), 1),
            median_minutes=round(statistics.median(minutes), 1),
            longest_minutes=round(max(minutes), 1),
        )
        for (name, hour), minutes in sorted(waits.items())
    ]


def counts_by_type_and_status(
    appointments: Iterable[Appointment], type_names: Mapping[str, str]
) -> list[tuple[str, str, int]]:
    counts = Counter(
        (type_names.get(a.type_id, a.type_id), a.status.value)
        for a in appointments
        if not a.deleted
    )
    return [(kind, status, n) for (kind, status), n in sorted(counts.items())]


# ---------------------------------------------------------------------------
# Loading and exporting
# ---------------------------------------------------------------------------

_RATE_COLUMNS = (
    "appointments_due",
    "no_shows",
    "no_show_percent",
    "late_cancellations",
    "late_cancel_percent",
)


def _check_range(name: str, first: date, last: date) -> None:
    if name not in REPORTS:
        known = ", ".join(REPORTS)
        raise ValidationError(
            tr(
                "reports",
                "There is no report called '{name}'. Reports: {known}.",
            ).format(name=name, known=known)
        )
    check_clinic_days(first, last)
    if last < first:
        raise ValidationError(tr("reports", "The report's end date is before its start date."))
    if (last - first).days >= MAX_REPORT_DAYS:
        raise ValidationError(
            tr(
                "reports",
                "A report covers at most {MAX_REPORT_DAYS} days.",
            ).format(MAX_REPORT_DAYS=MAX_REPORT_DAYS)
        )


@dataclass(frozen=True, slots=True)
class _ReportInputs:
    """What every report reads once: the range, the clinic, and its appointments."""

    uow: UnitOfWork
    settings: ClinicSettings
    zone: ZoneInfo
    first: date
    last: date
    providers: list[Provider]
    names: Mapping[str, str]  # provider id -> display name
    types: Mapping[str, str]  # appointment type id -> name
    appointments: list[Appointment]  # those starting in the range
    days: list[date]


Columns = tuple[str, ...]
Rows = list[tuple[Cell, ...]]


def _utilisation_rows(given: _ReportInputs) -> tuple[Columns, Rows]:
    ids = [p.id for p in given.providers]
    schedule = ClinicSchedule.build(
        given.settings,
        providers=given.providers,
        working_hours=given.uow.schedules.hours_for(ids),
        exceptions=given.uow.schedules.exceptions_between(given.first, given.last, ids),
    )
    figures = utilisation(given.providers, schedule, given.appointments, given.days)
    columns = ("provider", "available_hours", "booked_hours", "utilisation_percent", "provider_id")
    rows: Rows = [
        (r.provider, r.available_hours, r.booked_hours, r.utilisation_percent, r.provider_id)
        for r in figures
    ]
    return columns, rows


def _no_shows_by(by: str, group_of: Callable[[_ReportInputs, Appointment], str]) -> _Builder:
    def build(given: _ReportInputs) -> tuple[Columns, Rows]:
        rates = attendance_rates(given.appointments, lambda a: group_of(given, a))
        if by == "weekday":
            rates.sort(key=lambda r: WEEKDAYS.index(r.group))
        else:
            rates.sort(key=lambda r: r.group)
        rows: Rows = [
            (
                r.group,
                r.appointments_due,
                r.no_shows,
                r.no_show_percent,
                r.late_cancellations,
                r.late_cancel_percent,
            )
            for r in rates
        ]
        return (by, *_RATE_COLUMNS), rows

    return build


def _waiting_time_rows(given: _ReportInputs) -> tuple[Columns, Rows]:
    seen = [a for a in given.appointments if a.status in {Status.IN_ROOM, Status.COMPLETED}]
    events = given.uow.appointments.events_for_many(a.id for a in seen)
    waits = waiting_times(seen, events, given.names, given.zone)
    columns = (
        "provider",
        "arrival_hour",
        "visits",
        "mean_minutes",
        "median_minutes",
        "longest_minutes",
    )
    rows: Rows = [
        (w.provider, w.hour, w.visits, w.mean_minutes, w.median_minutes, w.longest_minutes)
        for w in waits
    ]
    return columns, rows


def _third_next_rows(given: _ReportInputs) -> tuple[Columns, Rows]:
    columns = ("day", "provider", "appointment_type", "days_to_third", "provider_id")
    return columns, _access_rows(
        given.uow, given.settings, given.providers, given.names, given.days
    )


def _type_status_rows(given: _ReportInputs) -> tuple[Columns, Rows]:
    columns = ("appointment_type", "status", "appointments")
    return columns, list(counts_by_type_and_status(given.appointments, given.types))


def _overbooking_rows(given: _ReportInputs) -> tuple[Columns, Rows]:
    # Imported here: the outcomes read the no-show model, which only this report needs.
    from clinicdesk.services.overbooking_outcomes import session_outcomes, totals

    found = session_outcomes(given.uow, given.first, given.last)
    columns = (
        "day",
        "provider",
        "session",
        "suggested",
        "booked",
        "extra_came",
        "doubled_missed",
        "overtime_minutes",
        "provider_id",
    )
    rows: Rows = [
        (
            r.day.isoformat(),
            r.provider_name,
            f"{r.session_start.astimezone(given.zone):%H:%M}-"
            f"{r.session_end.astimezone(given.zone):%H:%M}",
            r.suggested,
            r.booked,
            r.extra_came,
            r.original_missed,
            r.overtime_minutes,
            r.provider_id,
        )
        for r in found
    ]
    summed = totals(found)
    rows.append(
        (
            "total",
            f"{summed.sessions} sessions",
            "",
            summed.suggested,
            summed.booked,
            summed.extra_came,
            summed.original_missed,
            summed.overtime_minutes,
            "",
        )
    )
    # The model behind the suggestions: when it was trained, on how much, and its size.
    stored = given.uow.no_show.latest_model()
    if stored is None:
        about = "no model trained yet: each patient's own rate"
    else:
        model, trained_at = stored
        about = (
            f"{model['kind']} trained {trained_at:%Y-%m-%d %H:%M} UTC on "
            f"{model.get('n_train', 0)} past visits, {len(json.dumps(model)) / 1024:.1f} kB"
        )
    rows.append(("model", about, "", 0, 0, 0, 0, 0, ""))
    return columns, rows


_Builder = Callable[[_ReportInputs], tuple[Columns, Rows]]


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    build: _Builder


# One entry per report: its name (as the CLI and the audit trail spell it), its title
# and the function that builds its rows. A new report is one new line here.
REPORTS: dict[str, Report] = {
    "utilisation": Report("Provider utilisation (booked vs available hours)", _utilisation_rows),
    "no-shows-by-provider": Report(
        "No-show and late-cancellation rates by provider",
        _no_shows_by("provider", lambda g, a: g.names.get(a.provider_id, a.provider_id)),
    ),
    "no-shows-by-type": Report(
        "No-show and late-cancellation rates by appointment type",
        _no_shows_by("type", lambda g, a: g.types.get(a.type_id, a.type_id)),
    ),
    "no-shows-by-weekday": Report(
        "No-show and late-cancellation rates by weekday",
        _no_shows_by("weekday", lambda g, a: WEEKDAYS[a.start.astimezone(g.zone).weekday()]),
    ),
    "waiting-times": Report(
        "Waiting time from arrival to room, by provider and hour", _waiting_time_rows
    ),
    "appointments-by-type-status": Report("Appointments by type and status", _type_status_rows),
    "third-next-available": Report(
        "Third-next-available appointment over time, by provider", _third_next_rows
    ),
    "overbooking-outcomes": Report(
        "Guided overbooking: suggested, booked, came, doubled visit missed, overtime",
        _overbooking_rows,
    ),
}
REPORT_TITLES: dict[str, str] = {name: report.title for name, report in REPORTS.items()}


@reads
def run_report(ctx: ServiceContext, name: str, first: date, last: date) -> ReportTable:
    """One report over the clinic-local days [first, last], audited as ``report.NAME``.

    Read-only: a year's report never holds the write lock (bookings go on while it
    runs). Its audit row is written first, so nothing is shown unaudited."""
    _check_range(name, first, last)
    authorize(ctx, Permission.VIEW_REPORTS, report_event(name))
    record_read(ctx, report_event(name), object_type="days", object_id=_span(first, last))
    with ctx.read() as uow:
        settings = require_clinic(uow)
        start, end = days_span(first, last, settings)
        providers = uow.providers.list()
        # An appointment belongs to the range by its start, so none counts twice.
        given = _ReportInputs(
            uow=uow,
            settings=settings,
            zone=clinic_zone(settings.time_zone),
            first=first,
            last=last,
            providers=providers,
            names={p.id: p.display_name for p in providers},
            types={t.id: t.name for t in uow.catalog.types()},
            appointments=[a for a in uow.appointments.between(start, end) if a.start >= start],
            days=[first + timedelta(days=i) for i in range((last - first).days + 1)],
        )
        columns, rows = REPORTS[name].build(given)
    return ReportTable(name, REPORTS[name].title, first, last, columns, tuple(rows))


def _span(first: date, last: date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


@writes
def export_report(
    ctx: ServiceContext,
    name: str,
    first: date,
    last: date,
    out: Path,
    *,
    overwrite: bool = False,
) -> Path:
    """Write one report as CSV to ``out``; needs both VIEW_REPORTS and EXPORT."""
    _check_range(name, first, last)
    request = OutputRequest(Path(out), OutputKind.CSV, overwrite)
    check_user_file(request, ctx.protected_folders)
    authorize(ctx, Permission.EXPORT, report_export_event(name))
    table = run_report(ctx, name, first, last)
    written = write_user_file(request, csv_bytes(table.columns, table.rows), ctx.protected_folders)
    with ctx.write() as uow:
        uow.audit.record(
            ctx.actor,
            report_export_event(name),
            object_type="days",
            object_id=_span(first, last),
        )
        uow.commit()
    return written


def _access_rows(
    uow: UnitOfWork,
    settings: ClinicSettings,
    providers: Sequence[Provider],
    names: Mapping[str, str],
    days: Sequence[date],
) -> list[tuple[Cell, ...]]:
    """Third-next-available per provider on sample days, from the bookings of the time.

    Loads the sample span plus the search horizon: a slot three weeks out on the last
    sample day counts.
    """
    samples = sample_days(days[0], days[-1])
    last_needed = samples[-1] + timedelta(days=ACCESS_HORIZON_DAYS + 1)
    start, end = days_span(samples[0], last_needed, settings)
    appointments = uow.appointments.between(start, end)
    ids = [p.id for p in providers]
    base = ClinicSchedule.build(
        settings,
        providers=providers,
        working_hours=uow.schedules.hours_for(ids),
        exceptions=uow.schedules.exceptions_between(samples[0], last_needed, ids),
        rooms=uow.catalog.rooms(),
    )
    freeing = [a for a in appointments if a.status in FREEING_STATUSES]
    histories = uow.appointments.events_for_many(a.id for a in freeing)
    freed = {a.id: freed_at(a, histories.get(a.id, ())) for a in freeing}
    types = {t.id: t for t in uow.catalog.types()}
    chosen = usual_types(appointments, types, base)
    points = access_trend(
        base, appointments, freed, samples, chosen, horizon_days=ACCESS_HORIZON_DAYS
    )
    return [
        (
            point.day.isoformat(),
            names.get(point.provider_id, point.provider_id),
            types[point.type_id].name,
            "" if point.days_to_third is None else point.days_to_third,
            point.provider_id,  # last: a person reads the name, a spreadsheet may join on this
        )
        for point in points
    ]
