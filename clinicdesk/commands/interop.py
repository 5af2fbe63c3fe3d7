"""Data in and out in standard formats: ``export fhir``, ``publish slots``.

The services behind these load fhir.resources (pydantic) and the calendar libraries;
they are imported inside the handlers so other commands start without that cost.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.parsing import add_overwrite_option, bounded_int, parse_date
from clinicdesk.commands.session import open_session

MAX_PUBLISH_DAYS = 90  # fhir_exchange.MAX_PUBLISH_DAYS


def register(subparsers: SubParsers) -> None:
    export = subparsers.add_parser("export", help="the clinic's data in a standard format")
    exports = export.add_subparsers(title="formats", dest="format", metavar="FORMAT")
    exports.required = True
    fhir = exports.add_parser(
        "fhir",
        help="providers, rooms, schedules, free slots, appointments and their patients as FHIR R4",
    )
    fhir.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    fhir.add_argument("--from", dest="first", metavar="D", help="first day (default: today)")
    fhir.add_argument("--to", dest="last", metavar="D", help="last day (default: 4 weeks on)")
    fhir.add_argument(
        "--bundle",
        action="store_true",
        help="one Bundle (bundle.json) instead of one NDJSON file per resource type",
    )
    add_overwrite_option(fhir)
    fhir.set_defaults(handler=export_fhir_command)

    publish = subparsers.add_parser("publish", help="publish free slots for online finders")
    publishes = publish.add_subparsers(title="feeds", dest="feed", metavar="FEED")
    publishes.required = True
    slots = publishes.add_parser(
        "slots", help="free slots as a SMART Scheduling Links $bulk-publish folder"
    )
    slots.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    slots.add_argument(
        "--days",
        type=bounded_int(1, MAX_PUBLISH_DAYS),
        default=14,
        metavar="N",
        help=f"days from today (1 to {MAX_PUBLISH_DAYS}, default 14)",
    )
    slots.add_argument(
        "--phone", required=True, metavar="NUMBER", help="the number patients call to book"
    )
    slots.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help="where the folder will be served (default: URLs relative to the manifest)",
    )
    slots.set_defaults(handler=publish_slots_command)


def _export_json(export: object) -> dict[str, object]:
    return {
        "folder": export.folder,  # type: ignore[attr-defined]
        "files": [path.name for path in export.files],  # type: ignore[attr-defined]
        "counts": export.counts,  # type: ignore[attr-defined]
        "first_day": export.first_day,  # type: ignore[attr-defined]
        "last_day": export.last_day,  # type: ignore[attr-defined]
    }


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items())) or "nothing"


def export_fhir_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.fhir_exchange import export_fhir

    first = parse_date(args.first) if args.first else None
    last = parse_date(args.last) if args.last else None
    with open_session(ctx) as services:
        export = export_fhir(
            services,
            Path(args.out),
            first=first,
            last=last,
            layout="bundle" if args.bundle else "ndjson",
            overwrite=args.overwrite,
        )
    ctx.emit(
        _export_json(export),
        human=f"FHIR R4 written to {export.folder}: {_summary(export.counts)}",
    )
    return 0


def publish_slots_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.fhir_exchange import publish_slots

    with open_session(ctx) as services:
        export = publish_slots(
            services,
            Path(args.out),
            days=args.days,
            booking_phone=args.phone,
            base_url=args.base_url,
        )
    ctx.emit(
        _export_json(export),
        human=f"Slots published to {export.folder}: {_summary(export.counts)}",
    )
    return 0
