"""``clinicdesk provider ...`` and ``clinicdesk hours ...``: providers and their hours."""

from __future__ import annotations

import argparse

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.parsing import (
    bounded_int,
    parse_date,
    parse_time,
    parse_time_range,
    parse_weekdays,
)
from clinicdesk.commands.session import open_session
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.services.providers import (
    MAX_PARALLEL_LIMIT,
    ProviderView,
    add_provider,
    list_providers,
    update_provider,
)
from clinicdesk.services.schedules import (
    DayHours,
    ExceptionResult,
    WeeklyHoursView,
    add_extra_hours,
    add_time_off,
    remove_exception,
    set_weekly_hours,
    weekly_hours,
)


def register(subparsers: SubParsers) -> None:
    _register_provider(subparsers)
    _register_hours(subparsers)


def _register_provider(subparsers: SubParsers) -> None:
    group = subparsers.add_parser("provider", help="list, add or change providers")
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every provider")
    listing.set_defaults(handler=list_command)

    add = actions.add_parser("add", help="register a provider")
    add.add_argument("--name", required=True, help="as patients know them, e.g. 'Ana Lee'")
    add.add_argument("--specialty", required=True, help="e.g. 'general practice'")
    add.add_argument("--title", default="Dr", help="shown before the name (default: Dr)")
    add.add_argument("--colour", default="#4C78A8", help="calendar colour like #4C78A8")
    add.add_argument(
        "--max-parallel",
        type=bounded_int(1, MAX_PARALLEL_LIMIT),
        default=1,
        metavar="N",
        help="appointments the provider may see at once (default 1)",
    )
    add.add_argument(
        "--not-bookable", action="store_true", help="listed but not offered for booking"
    )
    add.set_defaults(handler=add_command)

    change = actions.add_parser("update", help="change a provider's details")
    change.add_argument("provider_id", metavar="ID")
    change.add_argument("--name")
    change.add_argument("--specialty")
    change.add_argument("--title")
    change.add_argument("--colour")
    change.add_argument("--max-parallel", type=bounded_int(1, MAX_PARALLEL_LIMIT), metavar="N")
    bookable = change.add_mutually_exclusive_group()
    bookable.add_argument("--bookable", dest="bookable", action="store_true", default=None)
    bookable.add_argument("--not-bookable", dest="bookable", action="store_false")
    change.set_defaults(handler=update_command)


def _register_hours(subparsers: SubParsers) -> None:
    group = subparsers.add_parser(
        "hours",
        help="a provider's weekly hours, time off and extra hours",
        description="Show or set a provider's weekly working hours; add time off or "
        "extra hours. Times are the clinic's wall clock.",
    )
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the weekly hours in force and upcoming exceptions")
    show.add_argument("provider_id", metavar="PROVIDER")
    show.add_argument("--date", help="the hours in force on this date (default: today)")
    show.set_defaults(handler=show_hours_command)

    put = actions.add_parser(
        "set",
        help="a new weekly template from a date",
        description="Give a provider new weekly hours from a date. Example: "
        "hours set ID mon-fri=09:00-17:00 sat=09:00-12:00 --break mon-fri=12:30-13:15. "
        "Repeat a day for split shifts; days not named are days off.",
    )
    put.add_argument("provider_id", metavar="PROVIDER")
    put.add_argument("days", nargs="+", metavar="DAYS=HH:MM-HH:MM")
    put.add_argument(
        "--break",
        dest="breaks",
        action="append",
        default=[],
        metavar="[DAYS=]HH:MM-HH:MM",
        help="a break cut out of the shifts it falls in (all days unless DAYS given)",
    )
    put.add_argument("--room", metavar="ROOM_ID", help="the provider's usual room")
    put.add_argument("--from", dest="effective_from", metavar="DATE", help="default: today")
    put.set_defaults(handler=set_hours_command)

    off = actions.add_parser("off", help="time off (whole days unless times are given)")
    off.add_argument("provider_id", metavar="PROVIDER")
    off.add_argument("--date", required=True, help="first day")
    off.add_argument("--until", help="last day (default: the first day)")
    off.add_argument("--start", help="from this time (with --end)")
    off.add_argument("--end", help="until this time (with --start)")
    off.add_argument("--reason", default="")
    off.set_defaults(handler=time_off_command)

    extra = actions.add_parser("extra", help="extra working hours on a day")
    extra.add_argument("provider_id", metavar="PROVIDER")
    extra.add_argument("--date", required=True)
    extra.add_argument("--until", help="last day (default: the same day)")
    extra.add_argument("--start", required=True)
    extra.add_argument("--end", required=True)
    extra.add_argument("--reason", default="")
    extra.set_defaults(handler=extra_hours_command)

    remove = actions.add_parser("remove", help="withdraw time off or extra hours")
    remove.add_argument("provider_id", metavar="PROVIDER")
    remove.add_argument("exception_id", metavar="EXCEPTION_ID")
    remove.set_defaults(handler=remove_exception_command)


# -- providers ----------------------------------------------------------------------


def _provider_rows(providers: list[ProviderView]) -> str:
    rows = [
        (
            p.id,
            p.display_name,
            p.specialty,
            "yes" if p.bookable else "no",
            str(p.max_parallel),
        )
        for p in providers
    ]
    return table(
        rows,
        (
            tr("providers command", "id"),
            tr("providers command", "name"),
            tr("providers command", "specialty"),
            tr("providers command", "bookable"),
            tr("providers command", "parallel"),
        ),
    ) or tr("providers command", "No providers yet.")


def list_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        found = list_providers(services)
    ctx.emit(found, _provider_rows)
    return 0


def add_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        provider = add_provider(
            services,
            name=args.name,
            specialty=args.specialty,
            title=args.title,
            colour=args.colour,
            bookable=not args.not_bookable,
            max_parallel=args.max_parallel,
        )
    ctx.emit(
        provider,
        tr(
            "providers command",
            "Added {display_name} ({specialty}): {id}",
        ).format(display_name=provider.display_name, specialty=provider.specialty, id=provider.id),
    )
    return 0


def update_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        provider = update_provider(
            services,
            args.provider_id,
            name=args.name,
            specialty=args.specialty,
            title=args.title,
            colour=args.colour,
            bookable=args.bookable,
            max_parallel=args.max_parallel,
        )
    ctx.emit(
        provider,
        tr(
            "providers command",
            "Updated {display_name}.",
        ).format(display_name=provider.display_name),
    )
    return 0


# -- hours --------------------------------------------------------------------------


def _split_spec(text: str, what: str) -> tuple[list[int] | None, str]:
    days, sep, ranges = text.partition("=")
    if not sep:
        return None, text
    if not ranges:
        raise ValidationError(
            tr(
                "providers command",
                "'{text}' has no {what} after '='.",
            ).format(text=text, what=what)
        )
    return parse_weekdays(days), ranges


def parse_day_hours(specs: list[str], breaks: list[str], room_id: str | None) -> list[DayHours]:
    """'mon-fri=09:00-12:00,13:00-17:00' specs plus '[DAYS=]HH:MM-HH:MM' breaks."""
    shifts: list[tuple[int, TimeRange]] = []
    for spec in specs:
        days, ranges = _split_spec(spec, "hours")
        if days is None:
            raise ValidationError(
                tr(
                    "providers command",
                    "'{spec}' needs days, like mon-fri=09:00-17:00.",
                ).format(spec=spec)
            )
        for text in ranges.split(","):
            hours = parse_time_range(text)
            shifts.extend((day, hours) for day in days)
    pauses: list[tuple[list[int], TimeRange]] = []
    for spec in breaks:
        days, text = _split_spec(spec, "break")
        pauses.append((days if days is not None else list(range(7)), parse_time_range(text)))
    result = []
    for day, hours in shifts:
        inside = tuple(
            pause
            for days, pause in pauses
            if day in days and hours.start <= pause.start and pause.end <= hours.end
        )
        result.append(DayHours(day, hours, inside, room_id))
    return result


def _hours_text(view: WeeklyHoursView) -> str:
    if view.effective_from is None:
        lines = [
            tr(
                "providers command",
                "{provider_name} has no working hours on {on}.",
            ).format(provider_name=view.provider_name, on=view.on)
        ]
    else:
        lines = [
            tr(
                "providers command",
                "{provider_name}: weekly hours from {effective_from}",
            ).format(provider_name=view.provider_name, effective_from=view.effective_from)
        ]
        for shift in view.shifts:
            pauses = ", ".join(str(b) for b in shift.breaks)
            extra = f" (break {pauses})" if pauses else ""
            lines.append(f"  {shift.day_name}  {shift.start:%H:%M}-{shift.end:%H:%M}{extra}")
    if view.next_change is not None:
        lines.append(tr(
            "providers command",
            "New hours start on {next_change}.",
        ).format(next_change=view.next_change))
    for e in view.exceptions:
        when = f"{e.first_day}" if e.first_day == e.last_day else f"{e.first_day} to {e.last_day}"
        times = (
            tr("providers command", " whole day")
            if e.start is None or e.end is None
            else f" {e.start:%H:%M}-{e.end:%H:%M}"
        )
        reason = f" ({e.reason})" if e.reason else ""
        lines.append(f"  {e.kind.value.replace('_', ' ')}: {when}{times}{reason}  [{e.id}]")
    return "\n".join(lines)


def show_hours_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    on = parse_date(args.date) if args.date else None
    with open_session(ctx) as services:
        view = weekly_hours(services, args.provider_id, on)
    ctx.emit(view, _hours_text)
    return 0


def set_hours_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    days = parse_day_hours(args.days, args.breaks, args.room)
    start = parse_date(args.effective_from) if args.effective_from else None
    with open_session(ctx) as services:
        view = set_weekly_hours(services, args.provider_id, days, effective_from=start)
    ctx.emit(view, _hours_text)
    return 0


def _exception_text(result: ExceptionResult) -> str:
    e = result.exception
    text = f"Added {e.kind.value.replace('_', ' ')} {e.first_day}"
    if e.last_day != e.first_day:
        text += f" to {e.last_day}"
    text += f" [{e.id}]"
    if result.affected_appointment_ids:
        ids = ", ".join(result.affected_appointment_ids)
        text += tr(
            "providers command",
            "\n%n appointment(s) to rebook: {ids}",
            n=len(result.affected_appointment_ids),
        ).format(ids=ids)
    return text


def time_off_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    first = parse_date(args.date)
    last = parse_date(args.until) if args.until else None
    start = parse_time(args.start) if args.start else None
    end = parse_time(args.end) if args.end else None
    with open_session(ctx) as services:
        result = add_time_off(
            services, args.provider_id, first, last, start=start, end=end, reason=args.reason
        )
    ctx.emit(result, _exception_text)
    return 0


def extra_hours_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    first = parse_date(args.date)
    last = parse_date(args.until) if args.until else None
    with open_session(ctx) as services:
        result = add_extra_hours(
            services,
            args.provider_id,
            first,
            parse_time(args.start),
            parse_time(args.end),
            last_day=last,
            reason=args.reason,
        )
    ctx.emit(result, _exception_text)
    return 0


def remove_exception_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        remove_exception(services, args.provider_id, args.exception_id)
    ctx.emit(
        {"removed": args.exception_id},
        tr("providers command", "Removed {exception_id}.").format(exception_id=args.exception_id),
    )
    return 0
