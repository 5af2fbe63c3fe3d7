"""The day's work from the command line: day, slots, grid, book, move, cancel, status.

Times given without an offset (``2026-03-03T09:00``) are the clinic's wall clock;
times shown are the clinic's wall clock too. A clash exits 1 with one line naming it.
"""

from __future__ import annotations

import argparse
from typing import Any
from zoneinfo import ZoneInfo

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table, to_jsonable
from clinicdesk.commands.parsing import bounded_int, parse_date, parse_instant
from clinicdesk.commands.session import open_session
from clinicdesk.domain.appointments import CancelledBy, Status, Urgency
from clinicdesk.domain.clinic_time import clinic_zone, format_interval, format_wall
from clinicdesk.domain.common import Interval
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.slots import MAX_COUNT as MAX_SLOT_COUNT
from clinicdesk.domain.status import urgency_label
from clinicdesk.services.appointment_changes import (
    ChangeResult,
    cancel_appointment,
    move_appointment,
    set_status,
    undo_last_status,
)
from clinicdesk.services.booking import (
    BookingInput,
    BookingResult,
    book_appointment,
    book_first_available,
)
from clinicdesk.services.catalog import clinic_settings
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.finding import SlotSearch, SlotView, find_slots, third_next_available
from clinicdesk.services.urgent import walk_in
from clinicdesk.services.views import (
    AppointmentView,
    AvailabilityGrid,
    DaySchedule,
    availability_grid,
    day_schedule,
)

URGENCIES = [u.value for u in Urgency]
STATUSES = [s.value for s in Status if s is not Status.CANCELLED]


def clinic_zone_of(services: ServiceContext) -> ZoneInfo:
    return clinic_zone(clinic_settings(services).time_zone)


def register(subparsers: SubParsers) -> None:
    day = subparsers.add_parser("day", help="the appointments of a day")
    day.add_argument("--date", metavar="D", help="YYYY-MM-DD (default: today)")
    day.add_argument("--provider", metavar="ID", help="only this provider")
    day.set_defaults(handler=day_command)

    grid = subparsers.add_parser("grid", help="every provider's free time on a day")
    grid.add_argument("--date", metavar="D", help="YYYY-MM-DD (default: today)")
    grid.add_argument("--specialty", metavar="S")
    grid.set_defaults(handler=grid_command)

    slots = subparsers.add_parser("slots", help="first available slots")
    _search_options(slots)
    slots.add_argument("--count", type=bounded_int(1, MAX_SLOT_COUNT), default=5, metavar="N")
    slots.add_argument("--patient", metavar="ID", help="skip times this patient is booked")
    slots.set_defaults(handler=slots_command)

    third = subparsers.add_parser(
        "third-next", help="third-next-available (days to the third free slot) per provider"
    )
    third.add_argument("--type", required=True, metavar="T")
    third.add_argument("--specialty", metavar="S")
    third.set_defaults(handler=third_next_command)

    book = subparsers.add_parser("book", help="book an appointment")
    book.add_argument("--patient", required=True, metavar="ID")
    book.add_argument("--type", required=True, metavar="T", help="type id or name")
    book.add_argument("--provider", metavar="ID")
    book.add_argument("--specialty", metavar="S", help="with --first-available")
    when = book.add_mutually_exclusive_group(required=True)
    when.add_argument("--start", metavar="ISO", help="e.g. 2026-03-03T09:00 (clinic time)")
    when.add_argument("--first-available", action="store_true")
    book.add_argument("--urgency", choices=URGENCIES, default="routine")
    book.add_argument("--override", metavar="REASON", default="", help="overrule a policy clash")
    book.add_argument("--reason", default="", help="why the patient is coming")
    book.set_defaults(handler=book_command)

    move = subparsers.add_parser("move", help="reschedule an appointment")
    move.add_argument("appointment_id", metavar="ID")
    move.add_argument("--start", required=True, metavar="ISO")
    move.add_argument("--provider", metavar="ID")
    move.add_argument("--override", metavar="REASON", default="")
    move.set_defaults(handler=move_command)

    cancel = subparsers.add_parser("cancel", help="cancel an appointment (kept on record)")
    cancel.add_argument("appointment_id", metavar="ID")
    cancel.add_argument("--reason", required=True, metavar="R")
    cancel.add_argument("--by", choices=[c.value for c in CancelledBy], default="clinic")
    cancel.set_defaults(handler=cancel_command)

    status = subparsers.add_parser("status", help="set an appointment's status")
    status.add_argument("appointment_id", metavar="ID")
    status.add_argument("status", choices=STATUSES, metavar="STATUS", help=", ".join(STATUSES))
    status.set_defaults(handler=status_command)

    undo = subparsers.add_parser("undo-status", help="undo the last status change")
    undo.add_argument("appointment_id", metavar="ID")
    undo.add_argument("--override", metavar="REASON", default="")
    undo.set_defaults(handler=undo_command)

    walk = subparsers.add_parser("walk-in", help="fit a walk-in patient in today")
    walk.add_argument("--patient", required=True, metavar="ID")
    walk.add_argument("--type", required=True, metavar="T")
    walk.add_argument("--provider", metavar="ID")
    walk.add_argument("--specialty", metavar="S")
    walk.add_argument(
        "--queued",
        type=bounded_int(0, 1_000),
        default=0,
        metavar="N",
        help="walk-ins already waiting",
    )
    walk.set_defaults(handler=walk_in_command)


def _search_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--type", required=True, metavar="T", help="type id or name")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--provider", metavar="ID")
    who.add_argument("--specialty", metavar="S")
    parser.add_argument("--from", dest="from_day", metavar="D", help="not before this date")
    parser.add_argument("--urgency", choices=URGENCIES, default="routine")


# -- rendering ------------------------------------------------------------------------


def _appointment_rows(items: list[AppointmentView], zone: ZoneInfo) -> str:
    rows = [
        (
            format_interval(a.interval, zone),
            a.provider_name,
            a.patient_name,
            a.type,
            a.status_label,
            a.id,
        )
        for a in items
    ]
    return table(
        rows,
        (
            tr("schedule command", "time"),
            tr("schedule command", "provider"),
            tr("schedule command", "patient"),
            tr("schedule command", "type"),
            tr("schedule command", "status"),
            tr("schedule command", "id"),
        ),
    )


def _day_text(view: DaySchedule, zone: ZoneInfo) -> str:
    if not view.appointments:
        return tr(
            "schedule command",
            "No appointments on {date:%a %Y-%m-%d}.",
        ).format(date=view.date)
    return f"{view.date:%a %Y-%m-%d}\n" + _appointment_rows(list(view.appointments), zone)


def _slots_text(slots: list[SlotView], zone: ZoneInfo) -> str:
    if not slots:
        return tr("schedule command", "No free slot in the horizon; consider the waitlist.")
    rows = [
        (
            f"{s.start.astimezone(zone):%a %Y-%m-%d}",
            format_interval(Interval(s.start, s.end), zone),
            s.provider_name,
            s.provider_id,
        )
        for s in slots
    ]
    return table(
        rows,
        (
            tr("schedule command", "date"),
            tr("schedule command", "time"),
            tr("schedule command", "provider"),
            tr("schedule command", "provider id"),
        ),
    )


def _booked_text(view: AppointmentView, zone: ZoneInfo, verb: str) -> str:
    local = view.start.astimezone(zone)
    return (
        f"{verb} {view.patient_name} with {view.provider_name}, {view.type}, "
        f"{local:%a %Y-%m-%d} {format_interval(view.interval, zone)}: {view.id}"
    )


def _candidates_text(result: ChangeResult, zone: ZoneInfo) -> str:
    if not result.waitlist_candidates:
        return ""
    lines = [tr("schedule command", "Waitlist candidates for the freed time:")]
    for c in result.waitlist_candidates:
        phones = ", ".join(c.phones) or tr("schedule command", "no phone on file")
        lines.append(
            f"  {c.rank}. {c.patient_name} ({urgency_label(c.urgency)}) "
            f"{format_wall(c.start, zone)} {c.type}, {phones}  [{c.patient_id}]"
        )
    return "\n" + "\n".join(lines)


def appointment_document(view: AppointmentView, **extra: Any) -> dict[str, Any]:
    """An appointment as docs/cli.md shapes it, with extra keys for the command's result."""
    document = to_jsonable(view)
    document.update({key: to_jsonable(value) for key, value in extra.items()})
    return document


def _change_document(result: ChangeResult) -> dict[str, Any]:
    return appointment_document(
        result.appointment,
        freed=result.freed,
        waitlist_candidates=list(result.waitlist_candidates),
        overridden=list(result.overridden),
    )


# -- handlers --------------------------------------------------------------------------


def day_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    on = parse_date(args.date) if args.date else None
    with open_session(ctx) as services:
        view = day_schedule(services, on, args.provider)
        zone = clinic_zone_of(services)
    ctx.emit(view, lambda v: _day_text(v, zone))
    return 0


def grid_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    on = parse_date(args.date) if args.date else None
    with open_session(ctx) as services:
        grid: AvailabilityGrid = availability_grid(services, on, args.specialty)
        zone = clinic_zone_of(services)
    rows = [
        (
            p.provider_name,
            ", ".join(format_interval(i, zone) for i in p.free) or "-",
            str(p.booked),
        )
        for p in grid.providers
    ]
    ctx.emit(
        grid,
        f"{grid.date:%a %Y-%m-%d}\n"
        + table(
            rows,
            (
                tr("schedule command", "provider"),
                tr("schedule command", "free"),
                tr("schedule command", "booked"),
            ),
        ),
    )
    return 0


def slots_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    search = SlotSearch(
        type=args.type,
        provider_id=args.provider,
        specialty=args.specialty,
        from_day=parse_date(args.from_day) if args.from_day else None,
        urgency=Urgency(args.urgency),
        count=args.count,
        patient_id=args.patient,
    )
    with open_session(ctx) as services:
        found = find_slots(services, search)
        zone = clinic_zone_of(services)
    ctx.emit(found, lambda s: _slots_text(s, zone))
    return 0


def third_next_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        measures = third_next_available(services, args.type, specialty=args.specialty)
    rows = [(m.provider_name, "-" if m.days is None else str(m.days)) for m in measures]
    ctx.emit(
        measures,
        table(
            rows, (tr("schedule command", "provider"), tr("schedule command", "days to 3rd slot"))
        )
        or tr("schedule command", "No provider gives it."),
    )
    return 0


def book_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        result: BookingResult
        if args.first_available:
            if args.override:
                raise ValidationError(
                    tr("schedule command", "--override goes with --start, not --first-available.")
                )
            result = book_first_available(
                services,
                patient_id=args.patient,
                type_id_or_name=args.type,
                provider_id=args.provider,
                specialty=args.specialty,
                urgency=Urgency(args.urgency),
                reason=args.reason,
            )
        else:
            if not args.provider:
                raise ValidationError(
                    tr(
                        "schedule command",
                        "Say which provider with --provider (or --first-available).",
                    )
                )
            result = book_appointment(
                services,
                BookingInput(
                    patient_id=args.patient,
                    type=args.type,
                    provider_id=args.provider,
                    start=parse_instant(args.start, zone),
                    urgency=Urgency(args.urgency),
                    override_reason=args.override,
                    reason=args.reason,
                ),
            )
    text = _booked_text(result.appointment, zone, "Booked")
    if result.overridden:
        text += "\nOverridden: " + "; ".join(result.overridden)
    ctx.emit(appointment_document(result.appointment, overridden=list(result.overridden)), text)
    return 0


def move_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        result = move_appointment(
            services,
            args.appointment_id,
            parse_instant(args.start, zone),
            provider_id=args.provider,
            override_reason=args.override,
        )
    text = _booked_text(result.appointment, zone, "Moved") + _candidates_text(result, zone)
    ctx.emit(_change_document(result), text)
    return 0


def cancel_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        result = cancel_appointment(
            services, args.appointment_id, args.reason, by=CancelledBy(args.by)
        )
    late = tr("schedule command", " (late cancellation)") if result.appointment.late_cancel else ""
    text = _booked_text(result.appointment, zone, "Cancelled") + late
    ctx.emit(_change_document(result), text + _candidates_text(result, zone))
    return 0


def status_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        result = set_status(services, args.appointment_id, Status(args.status))
    text = tr("schedule command", "{patient_name} is now {status_label}.").format(
        patient_name=result.appointment.patient_name,
        status_label=result.appointment.status_label,
    )
    ctx.emit(_change_document(result), text + _candidates_text(result, zone))
    return 0


def undo_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        result = undo_last_status(services, args.appointment_id, override_reason=args.override)
    text = f"Undone: {result.appointment.patient_name} is {result.appointment.status_label} again."
    ctx.emit(_change_document(result), text)
    return 0


def walk_in_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        result = walk_in(
            services,
            args.patient,
            args.type,
            provider_id=args.provider,
            specialty=args.specialty,
            queued_ahead=args.queued,
        )
    text = result.message
    if result.appointment is not None:
        text = _booked_text(result.appointment, zone, tr("schedule command", "Booked walk-in"))
    ctx.emit(result, text)
    return 0
