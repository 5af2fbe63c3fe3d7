"""``clinicdesk print ...``: day sheets, week schedules, call lists and the downtime pack.

Each writes a PDF where the user asked (``--out``), whole or not at all, and is
audited like printing from the window. ``print downtime`` is the one to run from
Windows Task Scheduler so a paper copy of the coming days is always at hand.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.parsing import add_overwrite_option, bounded_int, parse_date
from clinicdesk.commands.session import open_session
from clinicdesk.domain.i18n import tr

# The print services pull in reportlab and its fonts; they are imported in the handlers
# so other commands start without that cost.
MAX_DOWNTIME_DAYS = 31  # the service refuses more (print_jobs.MAX_DOWNTIME_DAYS)


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser(
        "print", help="day sheets, week schedules, call lists and the downtime pack as PDF"
    )
    actions = group.add_subparsers(title="documents", dest="action", metavar="DOCUMENT")
    actions.required = True

    day = actions.add_parser("day", help="the day sheet of one day (all providers or one)")
    day.add_argument("--date", metavar="D", help="the day, YYYY-MM-DD (default: today)")
    day.add_argument("--provider", metavar="ID", help="only this provider (default: everyone)")
    day.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    add_overwrite_option(day)
    day.set_defaults(handler=day_command)

    week = actions.add_parser("week", help="one provider's week")
    week.add_argument("--provider", required=True, metavar="ID", help="the provider's id")
    week.add_argument("--date", metavar="D", help="any day of the week (default: today)")
    week.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    add_overwrite_option(week)
    week.set_defaults(handler=week_command)

    calls = actions.add_parser("call-list", help="no-shows and cancellations to phone back")
    calls.add_argument("--from", dest="first", required=True, metavar="D", help="first day")
    calls.add_argument("--to", dest="last", metavar="D", help="last day (default: --from)")
    calls.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    add_overwrite_option(calls)
    calls.set_defaults(handler=call_list_command)

    downtime = actions.add_parser(
        "downtime",
        help="the next N working days' day sheets into a folder, for working from paper",
    )
    downtime.add_argument(
        "--days",
        type=bounded_int(1, MAX_DOWNTIME_DAYS),
        default=3,
        metavar="N",
        help=f"working days from today (1 to {MAX_DOWNTIME_DAYS}, default 3)",
    )
    downtime.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    downtime.add_argument("--from", dest="first", metavar="D", help="first day (default: today)")
    downtime.set_defaults(handler=downtime_command)


def _optional_date(text: str | None) -> date | None:
    return parse_date(text) if text else None


def day_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.print_jobs import save_day_sheet

    day = _optional_date(args.date)
    with open_session(ctx) as services:
        written = save_day_sheet(
            services, Path(args.out), day, args.provider, overwrite=args.overwrite
        )
    ctx.emit({"file": written}, human=tr(
        "printing command",
        "Day sheet written to {written}",
    ).format(written=written))
    return 0


def week_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.interop.files import OutputKind, OutputRequest, write_rendered
    from clinicdesk.services.print_jobs import print_week_schedule

    any_day = _optional_date(args.date)
    with open_session(ctx) as services:
        written = write_rendered(
            OutputRequest(Path(args.out), OutputKind.PDF, args.overwrite),
            lambda: print_week_schedule(services, args.provider, any_day),
            services.protected_folders,
        )
    ctx.emit({"file": written}, human=tr(
        "printing command",
        "Week schedule written to {written}",
    ).format(written=written))
    return 0


def call_list_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.interop.files import OutputKind, OutputRequest, write_rendered
    from clinicdesk.services.print_jobs import print_call_list

    first = parse_date(args.first)
    last = parse_date(args.last) if args.last else first
    with open_session(ctx) as services:
        written = write_rendered(
            OutputRequest(Path(args.out), OutputKind.PDF, args.overwrite),
            lambda: print_call_list(services, first, last),
            services.protected_folders,
        )
    ctx.emit({"file": written}, human=tr(
        "printing command",
        "Call list written to {written}",
    ).format(written=written))
    return 0


def downtime_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.print_jobs import write_downtime_pack

    first = _optional_date(args.first)
    with open_session(ctx) as services:
        pack = write_downtime_pack(services, Path(args.out), args.days, first)
    result = {
        "folder": pack.folder,
        "days": list(pack.days),
        "files": [path.name for path in pack.files],
        "removed": [path.name for path in pack.removed],
    }
    days = ", ".join(d.isoformat() for d in pack.days) or tr(
        "printing command",
        "none (the clinic never opens)",
    )
    human = tr(
        "printing command",
        "Downtime pack: %n file(s) in {folder} for {days}",
        n=len(pack.files),
    ).format(folder=pack.folder, days=days)
    ctx.emit(result, human=human)
    return 0
