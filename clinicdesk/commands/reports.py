"""``clinicdesk report NAME --from D --to D --out FILE.csv``: a report as CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.parsing import add_overwrite_option, parse_date
from clinicdesk.commands.session import open_session
from clinicdesk.domain.i18n import tr
from clinicdesk.services.reports import REPORT_TITLES, export_report


def register(subparsers: SubParsers) -> None:
    names = "; ".join(f"{name}: {title}" for name, title in REPORT_TITLES.items())
    report = subparsers.add_parser(
        "report",
        help="export a practice report as CSV",
        description=f"Export a practice report as CSV. Reports: {names}.",
    )
    report.add_argument("name", choices=sorted(REPORT_TITLES), metavar="NAME", help=names)
    report.add_argument("--from", dest="first", required=True, metavar="D", help="first day")
    report.add_argument("--to", dest="last", required=True, metavar="D", help="last day")
    report.add_argument("--out", required=True, metavar="FILE.csv", help="where to write")
    add_overwrite_option(report)
    report.set_defaults(handler=report_command)


def report_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    first, last = parse_date(args.first), parse_date(args.last)
    with open_session(ctx) as services:
        written = export_report(
            services, args.name, first, last, Path(args.out), overwrite=args.overwrite
        )
    ctx.emit({"file": written, "report": args.name}, human=tr(
        "reports command",
        "Report written to {written}",
    ).format(written=written))
    return 0
