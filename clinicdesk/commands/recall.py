"""``clinicdesk recall ...``: recall types, patients' recalls, the due list and its
printout and CSV."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.parsing import add_overwrite_option, bounded_int, parse_date
from clinicdesk.commands.session import open_session
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.recall import MAX_HIDE_DAYS, MAX_WITHIN_DAYS

if TYPE_CHECKING:
    from clinicdesk.services.recalls import RecallView

_INTERVAL_HELP = "a number and a unit: 6m, 1y, 6w, 90d"


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser("recall", help="recalls: patients due for a follow-up")
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)

    kinds = actions.add_parser("type", help="recall types")
    kind_actions = kinds.add_subparsers(
        title="actions", dest="type_action", metavar="ACTION", required=True
    )
    add_type = kind_actions.add_parser("add", help="a new recall type")
    add_type.add_argument("name")
    add_type.add_argument("--interval", required=True, metavar="N[dwmy]", help=_INTERVAL_HELP)
    add_type.add_argument(
        "--type",
        default="",
        metavar="T",
        help="the appointment type whose completion sets it (and whose booking closes it)",
    )
    add_type.add_argument(
        "--hide-days",
        type=bounded_int(0, MAX_HIDE_DAYS),
        default=14,
        metavar="N",
        help="days a patient is left off the due list after each attempt (default 14)",
    )
    add_type.set_defaults(handler=type_add_command)
    kind_actions.add_parser("list", help="every recall type").set_defaults(
        handler=type_list_command
    )

    add = actions.add_parser("add", help="set a patient's recall by hand")
    add.add_argument("--patient", required=True, metavar="ID")
    add.add_argument("--recall-type", required=True, metavar="T", help="id or name")
    add.add_argument("--due", metavar="D", help="due date (default: one interval from today)")
    add.add_argument("--notes", default="")
    add.set_defaults(handler=add_command)

    listing = actions.add_parser("list", help="open recalls, or one patient's")
    listing.add_argument("--patient", metavar="ID")
    listing.add_argument("--all", action="store_true", help="closed and void ones too")
    listing.set_defaults(handler=list_command)

    due = actions.add_parser("due", help="the due list: overdue and due this month")
    _window_options(due)
    due.set_defaults(handler=due_command)

    attempt = actions.add_parser("attempt", help="record an attempt to reach the patient")
    attempt.add_argument("recall_id", metavar="ID")
    attempt.add_argument("--note", default="")
    attempt.set_defaults(handler=attempt_command)

    out = actions.add_parser("print", help="the due list as a PDF, or a CSV for a .csv name")
    _window_options(out)
    out.add_argument("--out", required=True, metavar="FILE.pdf|FILE.csv")
    add_overwrite_option(out)
    out.set_defaults(handler=print_command)


def _window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--days",
        type=bounded_int(0, MAX_WITHIN_DAYS),
        metavar="N",
        help="due within N days (default: by the end of this month)",
    )
    parser.add_argument(
        "--include-hidden", action="store_true", help="patients hidden after an attempt too"
    )


def type_add_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.recalls import RecallTypeInput, add_recall_type

    request = RecallTypeInput(args.name, args.interval, args.type, args.hide_days)
    with open_session(ctx) as services:
        kind = add_recall_type(services, request)
    follows = (
        tr("recall command", ", set when a {type} is completed").format(type=kind.type_name)
        if kind.type_name
        else ""
    )
    ctx.emit(
        kind,
        tr(
            "recall command",
            "Recall type {name}: every {interval}{follows}: {id}",
        ).format(name=kind.name, interval=kind.interval, follows=follows, id=kind.id),
    )
    return 0


def type_list_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.recalls import list_recall_types

    with open_session(ctx) as services:
        kinds = list_recall_types(services)
    rows = [(k.name, k.interval, k.type_name or "by hand", str(k.hide_days), k.id) for k in kinds]
    headers = ("recall type", "interval", "set by", "hide days", "id")
    ctx.emit(kinds, table(rows, headers) or "No recall types yet.")
    return 0


def add_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.recalls import RecallInput, add_recall

    due = parse_date(args.due) if args.due is not None else None
    with open_session(ctx) as services:
        recall = add_recall(services, RecallInput(args.patient, args.recall_type, due, args.notes))
    ctx.emit(
        recall,
        tr(
            "recall command",
            "{patient_name}: {recall_type} due {isoformat}: {id}",
        ).format(
            patient_name=recall.patient_name,
            recall_type=recall.recall_type,
            isoformat=recall.due.isoformat(),
            id=recall.id,
        ),
    )
    return 0


def _rows_text(rows: Sequence[RecallView], empty: str) -> str:
    lines = [
        (
            r.due.isoformat(),
            r.state or r.status,
            r.patient_name,
            ", ".join(r.phones) or "no phone on file",
            r.recall_type,
            str(r.attempts),
            r.id,
        )
        for r in rows
    ]
    headers = ("due", "state", "patient", "phone", "recall", "attempts", "id")
    return table(lines, headers) or empty


def list_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.recalls import list_recalls

    with open_session(ctx) as services:
        found = list_recalls(services, patient_id=args.patient, include_ended=args.all)
    ctx.emit(found, _rows_text(found, "No recalls."))
    return 0


def due_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.recalls import due_recalls

    with open_session(ctx) as services:
        listing = due_recalls(services, within_days=args.days, include_hidden=args.include_hidden)
    empty = f"Nobody is due by {listing.last_day.isoformat()}."
    ctx.emit(listing, _rows_text(listing.rows, empty))
    return 0


def attempt_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.recalls import record_recall_attempt

    with open_session(ctx) as services:
        recall = record_recall_attempt(services, args.recall_id, note=args.note)
    hidden = recall.hidden_until.isoformat() if recall.hidden_until else "now"
    ctx.emit(
        recall,
        tr(
            "recall command",
            "{patient_name}: attempt {attempts} recorded; back on the due list from {hidden}",
        ).format(patient_name=recall.patient_name, attempts=recall.attempts, hidden=hidden),
    )
    return 0


def print_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.recall_output import save_recall_list

    with open_session(ctx) as services:
        written = save_recall_list(
            services,
            Path(args.out),
            within_days=args.days,
            include_hidden=args.include_hidden,
            overwrite=args.overwrite,
        )
    ctx.emit(
        {"file": written},
        human=tr(
            "recall command",
            "Recall list written to {written}",
        ).format(written=written),
    )
    return 0
