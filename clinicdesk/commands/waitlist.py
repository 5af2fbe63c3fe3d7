"""``clinicdesk waitlist ...``, ``bump-plan`` and ``series ...`` from the command line."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.parsing import (
    parse_date,
    parse_instant,
    parse_time,
    parse_time_range,
    parse_weekdays,
)
from clinicdesk.commands.schedule import URGENCIES, clinic_zone_of
from clinicdesk.commands.session import open_session
from clinicdesk.domain.appointments import CancelledBy, Urgency
from clinicdesk.domain.clinic_time import format_interval
from clinicdesk.domain.common import Interval
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.recurrence import EditScope
from clinicdesk.services.series import (
    SeriesInput,
    book_recurring,
    cancel_recurring,
    preview_recurring,
    reschedule_recurring,
)
from clinicdesk.services.urgent import BumpRequest, apply_bump_plan, propose_bump_plan
from clinicdesk.services.waitlist import (
    WaitlistCandidate,
    WaitlistInput,
    add_to_waitlist,
    list_waitlist,
    match_appointment,
    match_slot,
    remove_from_waitlist,
)


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser("waitlist", help="patients waiting for an earlier slot")
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="put a patient on the waitlist")
    add.add_argument("--patient", required=True, metavar="ID")
    add.add_argument("--type", required=True, metavar="T")
    add.add_argument("--urgency", choices=URGENCIES, default="routine")
    add.add_argument("--provider", action="append", default=[], metavar="ID", help="repeatable")
    add.add_argument("--days", metavar="DAYS", help="e.g. mon-fri or mon,wed (default: any)")
    add.add_argument(
        "--times", action="append", default=[], metavar="HH:MM-HH:MM", help="repeatable"
    )
    add.add_argument("--not-before", metavar="D")
    add.add_argument("--notes", default="")
    add.set_defaults(handler=add_command)
    actions.add_parser("list", help="everyone waiting").set_defaults(handler=list_command)
    match = actions.add_parser("match", help="ranked candidates for a freed slot")
    match.add_argument(
        "target",
        metavar="APPOINTMENT_OR_SLOT",
        help="an appointment id, or PROVIDER_ID@START/END (clinic time, e.g. "
        "ID@2026-03-03T09:00/09:30)",
    )
    match.set_defaults(handler=match_command)
    remove = actions.add_parser("remove", help="take an entry off the waitlist")
    remove.add_argument("entry_id", metavar="ID")
    remove.set_defaults(handler=remove_command)

    bump = subparsers.add_parser("bump-plan", help="make room for an urgent patient today")
    bump.add_argument("--patient", required=True, metavar="ID")
    bump.add_argument("--type", required=True, metavar="T")
    bump.add_argument("--urgency", required=True, choices=["urgent", "emergency"])
    who = bump.add_mutually_exclusive_group()
    who.add_argument("--provider", metavar="ID")
    who.add_argument("--specialty", metavar="S")
    bump.add_argument("--apply", action="store_true", help="carry out the best plan now")
    bump.set_defaults(handler=bump_command)

    series = subparsers.add_parser("series", help="recurring appointments")
    series_actions = series.add_subparsers(
        title="actions", dest="action", metavar="ACTION", required=True
    )
    for name, handler, text in (
        ("preview", preview_command, "every occurrence and its clashes, nothing saved"),
        ("book", book_series_command, "book the series (refused if any occurrence clashes)"),
    ):
        parser = series_actions.add_parser(name, help=text)
        parser.add_argument("--patient", required=True, metavar="ID")
        parser.add_argument("--type", required=True, metavar="T")
        parser.add_argument("--provider", required=True, metavar="ID")
        parser.add_argument("--first", required=True, metavar="D", help="first date")
        parser.add_argument("--time", required=True, metavar="HH:MM", help="clinic time")
        parser.add_argument("--rule", required=True, help="RRULE, e.g. FREQ=WEEKLY;COUNT=6")
        parser.add_argument("--until", metavar="D")
        parser.add_argument("--override", metavar="REASON", default="")
        parser.add_argument("--skip-clashes", action="store_true")
        parser.set_defaults(handler=handler)
    cancel = series_actions.add_parser("cancel", help="cancel occurrences by scope")
    cancel.add_argument("appointment_id", metavar="ID")
    cancel.add_argument("--scope", choices=[s.value for s in EditScope], default="this")
    cancel.add_argument("--reason", required=True)
    cancel.add_argument("--by", choices=[c.value for c in CancelledBy], default="clinic")
    cancel.set_defaults(handler=cancel_series_command)
    move = series_actions.add_parser("move", help="new clock time for occurrences by scope")
    move.add_argument("appointment_id", metavar="ID")
    move.add_argument("--scope", choices=[s.value for s in EditScope], default="this")
    move.add_argument("--time", required=True, metavar="HH:MM")
    move.add_argument("--provider", metavar="ID")
    move.add_argument("--override", metavar="REASON", default="")
    move.set_defaults(handler=move_series_command)


# -- waitlist -------------------------------------------------------------------------


def add_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    request = WaitlistInput(
        patient_id=args.patient,
        type=args.type,
        urgency=Urgency(args.urgency),
        provider_ids=tuple(args.provider),
        weekdays=frozenset(parse_weekdays(args.days)) if args.days else frozenset(range(7)),
        times=tuple(parse_time_range(t) for t in args.times),
        not_before=parse_date(args.not_before) if args.not_before else None,
        notes=args.notes,
    )
    with open_session(ctx) as services:
        entry = add_to_waitlist(services, request)
    ctx.emit(entry, tr(
        "waitlist command",
        "{patient_name} is on the waitlist for {type}: {id}",
    ).format(patient_name=entry.patient_name, type=entry.type, id=entry.id))
    return 0


def list_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        entries = list_waitlist(services)
    rows = [
        (
            e.patient_name,
            ", ".join(e.phones) or tr("waitlist command", "no phone on file"),
            e.type,
            e.urgency.value,
            f"{e.added_at:%Y-%m-%d}",
            e.id,
        )
        for e in entries
    ]
    text = (
        table(
            rows,
            (
                tr("waitlist command", "patient"),
                tr("waitlist command", "phone"),
                tr("waitlist command", "type"),
                tr("waitlist command", "urgency"),
                tr("waitlist command", "since"),
                tr("waitlist command", "id"),
            ),
        )
        or tr("waitlist command", "Nobody is waiting.")
    )
    ctx.emit(entries, text)
    return 0


def _parse_slot(target: str, zone: ZoneInfo) -> tuple[str, datetime, datetime]:
    provider_id, _, span = target.partition("@")
    start_text, sep, end_text = span.partition("/")
    if not sep or not provider_id:
        raise ValidationError(
            tr(
                "waitlist command",
                "'{target}' is not an appointment id or PROVIDER_ID@START/END.",
            ).format(target=target)
        )
    start = parse_instant(start_text, zone)
    if "T" in end_text:
        end = parse_instant(end_text, zone)
    else:
        local = start.astimezone(zone)
        wall = parse_time(end_text)
        end = parse_instant(f"{local:%Y-%m-%d}T{wall:%H:%M}", zone)
        if end <= start:
            end += timedelta(days=1)
    return provider_id, start, end


def _candidates_text(found: list[WaitlistCandidate], zone: ZoneInfo) -> str:
    if not found:
        return tr("waitlist command", "Nobody on the waitlist fits that time.")
    rows = [
        (
            str(c.rank),
            c.patient_name,
            ", ".join(c.phones) or tr("waitlist command", "no phone on file"),
            c.urgency.value,
            c.type,
            format_interval(Interval(c.start, c.end), zone),
            c.patient_id,
        )
        for c in found
    ]
    return table(
        rows,
        (
            tr("waitlist command", "rank"),
            tr("waitlist command", "patient"),
            tr("waitlist command", "phone"),
            tr("waitlist command", "urgency"),
            tr("waitlist command", "type"),
            tr("waitlist command", "time"),
            tr("waitlist command", "patient id"),
        ),
    )


def match_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        zone = clinic_zone_of(services)
        if "@" in args.target:
            provider_id, start, end = _parse_slot(args.target, zone)
            found = match_slot(services, provider_id, start, end)
        else:
            found = match_appointment(services, args.target)
    ctx.emit(found, lambda f: _candidates_text(f, zone))
    return 0


def remove_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        remove_from_waitlist(services, args.entry_id)
    ctx.emit(
        {"removed": args.entry_id},
        tr(
            "waitlist command",
            "Removed {entry_id} from the waitlist.",
        ).format(entry_id=args.entry_id),
    )
    return 0


# -- bump plan ---------------------------------------------------------------------------


def bump_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    request = BumpRequest(
        args.patient, args.type, Urgency(args.urgency), args.provider, args.specialty
    )
    with open_session(ctx) as services:
        proposal = propose_bump_plan(services, request)
        applied = None
        if args.apply:
            if not proposal.plans:
                raise ValidationError(proposal.message)
            applied = apply_bump_plan(services, request, proposal.plans[0])
    lines = [proposal.message]
    for plan in proposal.plans:
        lines.append(tr(
            "waitlist command",
            "Plan {number} (%n move(s)):",
            n=len(plan.moves),
        ).format(number=plan.number))
        lines.extend(f"  {line}" for line in plan.lines)
    if applied is not None:
        lines.append(
            tr(
                "waitlist command",
                "Applied plan 1: booked {id}; {count} moved and added to the call list.",
            ).format(id=applied.urgent_appointment.id, count=len(applied.moved))
        )
    ctx.emit(
        {"message": proposal.message, "plans": list(proposal.plans), "applied": applied},
        "\n".join(lines),
    )
    return 0


# -- series -------------------------------------------------------------------------------


def _series_input(args: argparse.Namespace) -> SeriesInput:
    return SeriesInput(
        patient_id=args.patient,
        type=args.type,
        provider_id=args.provider,
        first_day=parse_date(args.first),
        wall_start=parse_time(args.time),
        rule=args.rule,
        until_day=parse_date(args.until) if args.until else None,
        override_reason=args.override,
    )


def preview_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        preview = preview_recurring(services, _series_input(args))
    rows = [
        (f"{o.day:%a %Y-%m-%d}", f"{o.wall_start:%H:%M}", o.verdict.value, "; ".join(o.reasons))
        for o in preview.occurrences
    ]
    ctx.emit(
        {"occurrences": list(preview.occurrences), "clashing": len(preview.clashing)},
        table(
            rows,
            (
                tr("waitlist command", "date"),
                tr("waitlist command", "time"),
                tr("waitlist command", "verdict"),
                tr("waitlist command", "reasons"),
            ),
        ),
    )
    return 0


def book_series_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        result = book_recurring(services, _series_input(args), skip_clashes=args.skip_clashes)
    text = tr(
        "waitlist command",
        "Booked %n occurrence(s) in series {series_id}.",
        n=len(result.booked),
    ).format(series_id=result.series_id)
    if result.skipped:
        skipped = ", ".join(f"{o.day}" for o in result.skipped)
        text += tr("waitlist command", "\nSkipped (clashing): {skipped}").format(skipped=skipped)
    ctx.emit(result, text)
    return 0


def cancel_series_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        views = cancel_recurring(
            services,
            args.appointment_id,
            EditScope(args.scope),
            args.reason,
            by=CancelledBy(args.by),
        )
    ctx.emit(views, tr("waitlist command", "Cancelled %n occurrence(s).", n=len(views)))
    return 0


def move_series_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        views = reschedule_recurring(
            services,
            args.appointment_id,
            EditScope(args.scope),
            parse_time(args.time),
            provider_id=args.provider,
            override_reason=args.override,
        )
    ctx.emit(
        views,
        tr(
            "waitlist command",
            "Moved %n occurrence(s) to {parse_time:%H:%M}.",
            n=len(views),
        ).format(parse_time=parse_time(args.time)),
    )
    return 0
