"""Data in and out in standard formats: ``export fhir|ical|csv``, ``import
ical|fhir|hl7|csv``, ``publish slots|ical`` (``hl7 send|status`` are in commands/hl7.py).

The services behind these load fhir.resources (pydantic) and the calendar libraries;
they are imported inside the handlers so other commands start without that cost.
"""

from __future__ import annotations

import argparse
import contextlib
from datetime import date
from pathlib import Path

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.parsing import add_overwrite_option, bounded_int, parse_date
from clinicdesk.commands.session import open_session
from clinicdesk.domain.i18n import tr

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

    calendar = exports.add_parser(
        "ical", help="a provider's appointments, or one appointment, as an iCalendar file"
    )
    which = calendar.add_mutually_exclusive_group(required=True)
    which.add_argument("--provider", metavar="ID", help="the provider whose feed to write")
    which.add_argument("--appointment", metavar="ID", help="one appointment, for an e-mail")
    calendar.add_argument("--out", required=True, metavar="FILE.ics", help="where to write")
    calendar.add_argument("--from", dest="first", metavar="D", help="first day (feed)")
    calendar.add_argument("--to", dest="last", metavar="D", help="last day (feed)")
    calendar.add_argument(
        "--with-names", action="store_true", help="put patients' short names in the feed"
    )
    add_overwrite_option(calendar)
    calendar.set_defaults(handler=export_ical_command)

    csv_out = exports.add_parser(
        "csv",
        help="appointments, their patients and the providers as CSV files "
        "the CSV import reads back",
    )
    csv_out.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    csv_out.add_argument("--from", dest="first", metavar="D", help="first day (default: today)")
    csv_out.add_argument("--to", dest="last", metavar="D", help="last day (default: 4 weeks on)")
    add_overwrite_option(csv_out)
    csv_out.set_defaults(handler=export_csv_command)

    imports = subparsers.add_parser("import", help="bring data in from another system")
    importers = imports.add_subparsers(title="formats", dest="format", metavar="FORMAT")
    importers.required = True
    busy = importers.add_parser(
        "ical", help="a provider's busy times from another calendar (.ics) as time off"
    )
    busy.add_argument("file", metavar="FILE.ics", help="the calendar file")
    busy.add_argument("--provider", required=True, metavar="ID", help="whose time off")
    busy.add_argument("--from", dest="first", metavar="D", help="first day (default: today)")
    busy.add_argument("--to", dest="last", metavar="D", help="last day (default: 90 days on)")
    busy.add_argument("--dry-run", action="store_true", help="show what would be added")
    busy.set_defaults(handler=import_ical_command)

    fhir_in = importers.add_parser(
        "fhir", help="Patients, Practitioners and Appointments from a FHIR R4 Bundle or NDJSON"
    )
    fhir_in.add_argument("file", metavar="FILE", help="a Bundle (.json) or NDJSON file")
    add_import_options(fhir_in, "appointments", duplicates=True)
    fhir_in.set_defaults(handler=import_fhir_command)

    hl7_in = importers.add_parser(
        "hl7", help="bookings, moves and cancellations from an EHR's HL7 v2 SIU messages"
    )
    hl7_in.add_argument("file", metavar="FILE", help="one or more SIU messages (.hl7, .txt)")
    add_import_options(hl7_in, "new bookings", duplicates=False)
    hl7_in.set_defaults(handler=import_hl7_command)

    csv_in = importers.add_parser(
        "csv", help="patients, providers and appointments from another system's CSV files"
    )
    csv_in.add_argument("path", metavar="FILE|DIR", help="a CSV file, or a folder of them")
    csv_in.add_argument(
        "--mapping",
        default="auto",
        metavar="auto|FILE",
        help='columns from the headers (auto), or a JSON file {"patients": {"given": "Forename"}}',
    )
    add_import_options(csv_in, "rows", duplicates=True)
    csv_in.add_argument(
        "--duplicates",
        choices=("skip", "keep", "merge"),
        default="skip",
        help="what to do with a patient who may already be registered (default: skip)",
    )
    csv_in.add_argument(
        "--decisions",
        metavar="FILE",
        help='per-row choices, JSON {"<row id>": "skip"|"keep"|"merge"|{"action": "merge", '
        '"into": "<patient id>", "take": ["phones"]}}',
    )
    csv_in.set_defaults(handler=import_csv_command)

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

    feed = publishes.add_parser(
        "ical",
        help="serve each provider's calendar on this PC for calendar apps, until stopped",
    )
    feed.add_argument(
        "--port",
        type=bounded_int(0, 65535),
        default=8765,
        metavar="N",
        help="the port on 127.0.0.1 (default 8765; 0: any free one)",
    )
    feed.add_argument(
        "--with-names", action="store_true", help="put patients' short names in the feeds"
    )
    feed.set_defaults(handler=publish_ical_command)


def add_import_options(parser: argparse.ArgumentParser, typed: str, *, duplicates: bool) -> None:
    """The options every importer of appointments shares: ``--dry-run``, ``--type`` and,
    where patients come in, ``--keep-duplicates``."""
    parser.add_argument("--dry-run", action="store_true", help="show what would change")
    if duplicates:
        parser.add_argument(
            "--keep-duplicates",
            action="store_true",
            help="import patients who may already be registered too (default: skip and list them)",
        )
    parser.add_argument(
        "--type",
        dest="default_type",
        default="",
        metavar="T",
        help=f"appointment type for {typed} whose own type the clinic does not have",
    )


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
        human=tr(
            "interop command",
            "FHIR R4 written to {folder}: {summary}",
        ).format(folder=export.folder, summary=_summary(export.counts)),
    )
    return 0


def export_csv_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.csv_exchange import export_csv

    with open_session(ctx) as services:
        export = export_csv(
            services,
            Path(args.out),
            first=_optional_date(args.first),
            last=_optional_date(args.last),
            overwrite=args.overwrite,
        )
    ctx.emit(
        _export_json(export),
        human=tr(
            "interop command",
            "CSV written to {folder}: {summary}",
        ).format(folder=export.folder, summary=_summary(export.counts)),
    )
    return 0


def _optional_date(text: str | None) -> date | None:
    return parse_date(text) if text else None


def read_input_file(path: str, limit: int) -> bytes:
    """The bytes of a file to import, or a one-line refusal (the window's reader)."""
    from clinicdesk.services.import_files import read_input_file as read

    return read(path, limit)


def export_ical_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.calendar_exchange import (
        export_appointment_calendar,
        export_provider_calendar,
    )

    with open_session(ctx) as services:
        if args.provider:
            export = export_provider_calendar(
                services,
                args.provider,
                Path(args.out),
                first=_optional_date(args.first),
                last=_optional_date(args.last),
                with_names=args.with_names,
                overwrite=args.overwrite,
            )
        else:
            export = export_appointment_calendar(
                services, args.appointment, Path(args.out), overwrite=args.overwrite
            )
    ctx.emit(
        {
            "file": export.file,
            "events": export.events,
            "first_day": export.first_day,
            "last_day": export.last_day,
        },
        human=tr(
            "interop command",
            "%n event(s) written to {file}",
            n=export.events,
        ).format(file=export.file),
    )
    return 0


def import_ical_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.interop.ical import MAX_CALENDAR_BYTES
    from clinicdesk.services.calendar_exchange import import_busy_times

    data = read_input_file(args.file, MAX_CALENDAR_BYTES)
    with open_session(ctx) as services:
        result = import_busy_times(
            services,
            args.provider,
            data,
            first=_optional_date(args.first),
            last=_optional_date(args.last),
            dry_run=args.dry_run,
        )
    pieces = [
        {
            "day": piece.day,
            "start": piece.start.strftime("%H:%M") if piece.start else None,
            "end": piece.end.strftime("%H:%M") if piece.end else None,
            "new": piece.new,
        }
        for piece in result.pieces
    ]
    new = sum(1 for piece in result.pieces if piece.new)
    verb = tr("interop command", "would add") if result.dry_run else tr("interop command", "added")
    ctx.emit(
        {
            "provider_id": result.provider_id,
            "first_day": result.first_day,
            "last_day": result.last_day,
            "dry_run": result.dry_run,
            "busy": pieces,
            "added_exception_ids": list(result.added_exception_ids),
            "affected_appointment_ids": list(result.affected_appointment_ids),
        },
        human=(
            tr(
                "interop command",
                "Busy times {first_day} to {last_day}: {verb} {new} time off, {known} already "
                "there; %n booking(s) now inside time off",
                n=len(result.affected_appointment_ids),
            ).format(
                first_day=result.first_day,
                last_day=result.last_day,
                verb=verb,
                new=new,
                known=len(pieces) - new,
            )
        ),
    )
    return 0


def _problem_list(problems: object) -> list[dict[str, str]]:
    return [{"where": p.where, "reason": p.reason} for p in problems]  # type: ignore[attr-defined]


def import_fhir_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.domain.errors import ValidationError
    from clinicdesk.interop.fhir_import import MAX_FHIR_BYTES
    from clinicdesk.services.fhir_intake import import_fhir

    data = read_input_file(args.file, MAX_FHIR_BYTES)
    with open_session(ctx) as services:
        result = import_fhir(
            services,
            data,
            dry_run=args.dry_run,
            keep_duplicates=args.keep_duplicates,
            default_type=args.default_type,
        )
    report = {
        "dry_run": result.dry_run,
        "committed": result.committed,
        "added": result.added,
        "already_here": result.already_here,
        "possible_duplicates": [
            {
                "source": d.source,
                "name": d.name,
                "birth_date": d.birth_date,
                "matches": list(d.matches),
            }
            for d in result.possible_duplicates
        ],
        "kept_duplicates": result.kept_duplicates,
        "unknown_references": _problem_list(result.unknown_references),
        "clashes": [
            {
                "appointment_id": c.appointment_id,
                "source": c.source,
                "provider_id": c.provider_id,
                "start": c.start,
                "with": list(c.with_ids),
            }
            for c in result.clashes
        ],
        "problems": _problem_list(result.problems),
        "ignored": result.ignored,
    }
    verb = tr("interop command", "would import") if result.dry_run or result.problems else tr(
        "interop command",
        "imported",
    )
    lines = [
        tr("interop command", "FHIR import {verb}: {summary}; already here: {summary2}").format(
            verb=verb,
            summary=_summary(result.added),
            summary2=_summary(result.already_here),
        )
    ]
    lines += [
        tr("interop command", "  possible duplicate {source} ({name}, {birth_date}){value}").format(
            source=d.source,
            name=d.name,
            birth_date=d.birth_date,
            value=" kept" if result.kept_duplicates else " skipped",
        )
        for d in result.possible_duplicates
    ]
    lines += [f"  skipped {p.where}: {p.reason}" for p in result.unknown_references]
    lines += [tr(
        "interop command",
        "  clash kept: {source} overlaps {join}",
    ).format(source=c.source, join=', '.join(c.with_ids)) for c in result.clashes]
    lines += [f"  problem {p.where}: {p.reason}" for p in result.problems]
    ctx.emit(report, human="\n".join(lines))
    if result.problems:
        first = result.problems[0]
        raise ValidationError(
            tr(
                "interop command",
                "Nothing imported: %n resource(s) cannot be taken (first: {where}: {reason}).",
                n=len(result.problems),
            ).format(where=first.where, reason=first.reason)
        )
    return 0


def import_csv_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.domain.errors import ValidationError
    from clinicdesk.interop.csv_import import MAX_CSV_BYTES
    from clinicdesk.services.csv_intake import (
        import_csv,
        parse_decisions_file,
        parse_mapping_file,
    )

    given = Path(args.path)
    if given.is_dir():
        paths = sorted(p for p in given.iterdir() if p.suffix.lower() == ".csv" and p.is_file())
        if not paths:
            raise ValidationError(tr(
                "interop command",
                "{given} holds no .csv file.",
            ).format(given=given))
    else:
        paths = [given]
    files = [(path.name, read_input_file(str(path), MAX_CSV_BYTES)) for path in paths]
    mappings = None
    if args.mapping != "auto":
        mappings = parse_mapping_file(read_input_file(args.mapping, 1024 * 1024))
    decisions = None
    if args.decisions:
        decisions = parse_decisions_file(read_input_file(args.decisions, 64 * 1024 * 1024))
    with open_session(ctx) as services:
        result = import_csv(
            services,
            files,
            mappings=mappings,
            dry_run=args.dry_run,
            keep_duplicates=args.keep_duplicates,
            duplicates=args.duplicates,
            decisions=decisions,
            default_type=args.default_type,
        )

    def listed(items: object) -> list[dict[str, str]]:
        return [{"where": p.where, "reason": p.reason} for p in items]  # type: ignore[attr-defined]

    report = {
        "dry_run": result.dry_run,
        "committed": result.committed,
        "files": [
            {
                "name": f.name,
                "kind": f.kind,
                "encoding": f.encoding,
                "delimiter": f.delimiter,
                "mapping": f.mapping,
                "rows": f.rows,
            }
            for f in result.files
        ],
        "added": result.added,
        "already_here": result.already_here,
        "possible_duplicates": [
            {
                "where": d.where,
                "reason": d.reason,
                "row_id": d.source_id,
                "matches": list(d.matches),
                "decision": d.decision,
                "into": d.into,
            }
            for d in result.possible_duplicates
        ],
        "merged": result.merged,
        "skipped_visits": listed(result.skipped),
        "clashes": [
            {
                "appointment_id": c.appointment_id,
                "source": c.source,
                "provider_id": c.provider_id,
                "start": c.start,
                "with": list(c.with_ids),
            }
            for c in result.clashes
        ],
        "after_death": listed(result.after_death),
        "problems": listed(result.problems),
    }
    verb = tr("interop command", "would import") if result.dry_run or result.problems else tr(
        "interop command",
        "imported",
    )
    lines = [
        tr("interop command", "CSV import {verb}: {summary}; already here: {summary2}").format(
            verb=verb,
            summary=_summary(result.added),
            summary2=_summary(result.already_here),
        )
    ]
    lines += [f"  {f.name}: {f.kind}, {f.rows} rows, {f.encoding}" for f in result.files]
    lines += [
        tr(
            "interop command",
            "  possible duplicate {where} (row id {row}): {reason}; {decision}",
        ).format(where=d.where, row=d.source_id, reason=d.reason, decision=d.decision)
        + (f" -> {d.into}" if d.into else "")
        for d in result.possible_duplicates
    ]
    lines += [
        tr("interop command", "  clash kept: {source}").format(source=c.source)
        for c in result.clashes
    ]
    lines += [
        tr("interop command", "  after death: {where}").format(where=p.where)
        for p in result.after_death
    ]
    lines += [f"  problem {p.where}: {p.reason}" for p in result.problems]
    ctx.emit(report, human="\n".join(lines))
    if result.problems:
        first = result.problems[0]
        raise ValidationError(
            tr(
                "interop command",
                "Nothing imported: %n row(s) have problems (first: {where}: {reason}).",
                n=len(result.problems),
            ).format(where=first.where, reason=first.reason)
        )
    return 0


def import_hl7_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.domain.errors import ValidationError
    from clinicdesk.interop.hl7_siu import MAX_HL7_BYTES
    from clinicdesk.services.hl7_exchange import import_hl7

    data = read_input_file(args.file, MAX_HL7_BYTES)
    with open_session(ctx) as services:
        result = import_hl7(services, data, dry_run=args.dry_run, default_type=args.default_type)

    def action_json(action: object) -> dict[str, object]:
        return {
            "message": action.number,  # type: ignore[attr-defined]
            "trigger": action.trigger,  # type: ignore[attr-defined]
            "action": action.action,  # type: ignore[attr-defined]
            "appointment_id": action.appointment_id,  # type: ignore[attr-defined]
            "detail": action.detail,  # type: ignore[attr-defined]
        }

    report = {
        "dry_run": result.dry_run,
        "committed": result.committed,
        "actions": [action_json(a) for a in result.actions],
        "unknown": [action_json(a) for a in result.unknown],
        "clashes": [
            {
                "appointment_id": c.appointment_id,
                "provider_id": c.provider_id,
                "start": c.start,
                "with": list(c.with_ids),
            }
            for c in result.clashes
        ],
        "problems": [{"message": p.number, "reason": p.reason} for p in result.problems],
    }
    verb = (
        tr("interop command", "would apply")
        if result.dry_run or result.problems
        else tr("interop command", "applied")
    )
    lines = [
        tr(
            "interop command",
            "HL7 import {verb} %n message(s)",
            n=len(result.actions),
        ).format(verb=verb)
    ]
    lines += [
        f"  message {a.number} {a.trigger}: {a.action} {a.appointment_id}" for a in result.actions
    ]
    lines += [f"  message {a.number} {a.trigger} skipped: {a.detail}" for a in result.unknown]
    lines += [
        tr(
            "interop command",
            "  clash kept: {appointment_id} overlaps {join}",
        ).format(appointment_id=c.appointment_id, join=", ".join(c.with_ids))
        for c in result.clashes
    ]
    lines += [f"  message {p.number}: {p.reason}" for p in result.problems]
    ctx.emit(report, human="\n".join(lines))
    if result.problems:
        first = result.problems[0]
        raise ValidationError(
            tr(
                "interop command",
                "Nothing imported: %n message(s) cannot be used (first: message {number}: "
                "{reason}).",
                n=len(result.problems),
            ).format(number=first.number, reason=first.reason)
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
        human=tr(
            "interop command",
            "Slots published to {folder}: {summary}",
        ).format(folder=export.folder, summary=_summary(export.counts)),
    )
    return 0


def _stop_serving(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # a service manager's stop closes the store like Ctrl+C


def publish_ical_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    import signal
    import sys

    from clinicdesk.domain.errors import ClinicError, PermissionDeniedError, ValidationError
    from clinicdesk.interop.ical_feed import LOOPBACK, FeedRefusedError, feed_server
    from clinicdesk.services.calendar_exchange import provider_feed
    from clinicdesk.services.providers import list_providers

    with open_session(ctx) as services:

        def feed(provider_id: str) -> bytes:
            try:
                return provider_feed(services, provider_id, with_names=args.with_names).data
            except ClinicError as error:
                status = 403 if isinstance(error, PermissionDeniedError) else 404
                raise FeedRefusedError(str(error), status) from error

        try:
            server = feed_server(feed, args.port)
        except OSError as error:
            raise ValidationError(
                tr(
                    "interop command",
                    "Cannot serve on {LOOPBACK}:{port}: {reason}.",
                ).format(LOOPBACK=LOOPBACK, port=args.port, reason=error.strerror or error)
            ) from error
        with server:
            base = f"http://{LOOPBACK}:{server.server_port}"
            urls = {p.id: f"{base}/providers/{p.id}.ics" for p in list_providers(services)}
            ctx.emit(
                {"url": base, "feeds": urls, "with_names": args.with_names},
                human="\n".join(
                    [
                        tr(
                            "interop command",
                            "Serving calendars on {base} (this PC only) until Ctrl+C:",
                        ).format(base=base),
                        *(f"  {url}" for url in urls.values()),
                    ]
                ),
            )
            sys.stdout.flush()
            signal.signal(signal.SIGTERM, _stop_serving)
            with contextlib.suppress(KeyboardInterrupt):
                server.serve_forever()
    return 0
