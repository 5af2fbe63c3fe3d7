"""``clinicdesk audit show|verify``: read the trail, check it has not been tampered with."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.parsing import bounded_int
from clinicdesk.commands.session import open_session
from clinicdesk.domain.audit import AuditEntry, AuditQuery
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.services.audit import MAX_ROWS as MAX_AUDIT_ROWS
from clinicdesk.services.audit import show_audit, verify_audit


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser("audit", help="the audit trail: show, verify")
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="rows of the audit trail, newest first")
    show.add_argument("--since", metavar="ISO", help="from this instant or date (UTC if no offset)")
    show.add_argument("--until", metavar="ISO", help="before this instant or date")
    show.add_argument("--who", metavar="USER", help="only this user's rows")
    show.add_argument("--event", help="an event name, or a prefix ending in '.' (user.)")
    show.add_argument("--object-type", help="e.g. patient, appointment, user")
    show.add_argument("--object-id", metavar="ID")
    show.add_argument("--outcome", help="ok, denied, failed, ...")
    show.add_argument("--limit", type=bounded_int(1, MAX_AUDIT_ROWS), default=200)
    show.add_argument("--oldest-first", action="store_true")
    show.set_defaults(handler=show_trail)
    verify = actions.add_parser("verify", help="check the hash chain; exit 1 if tampered with")
    verify.set_defaults(handler=verify_trail)


def _instant(text: str | None, what: str) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(tr(
            "audit command",
            "--{what} {text!r} is not an ISO date or date-time.",
        ).format(what=what, text=text)) from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def show_trail(ctx: CommandContext, args: argparse.Namespace) -> int:
    query = AuditQuery(
        since=_instant(args.since, "since"),
        until=_instant(args.until, "until"),
        user=args.who,
        event=args.event,
        object_type=args.object_type,
        object_id=args.object_id,
        outcome=args.outcome,
        limit=args.limit,
        newest_first=not args.oldest_first,
    )
    with open_session(ctx) as session:
        rows = show_audit(session, query)
    ctx.emit(rows, lambda found: _table(found) or tr("audit command", "No audit rows match."))
    return 0


def _table(rows: list[AuditEntry]) -> str:
    return table(
        [
            (
                str(r.seq),
                r.at.isoformat(),
                r.user,
                r.role,
                r.workstation,
                r.event,
                f"{r.object_type}:{r.object_id}".strip(":"),
                r.outcome,
                ",".join(r.fields),
            )
            for r in rows
        ],
        (
            tr("audit command", "seq"),
            tr("audit command", "at (UTC)"),
            tr("audit command", "user"),
            tr("audit command", "role"),
            tr("audit command", "workstation"),
            tr("audit command", "event"),
            tr("audit command", "object"),
            tr("audit command", "outcome"),
            tr("audit command", "fields"),
        ),
    )


def verify_trail(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as session:
        result = verify_audit(session)
    document = {
        "intact": result.intact,
        "rows_checked": result.rows_checked,
        "last_seq": result.last_seq,
        "first_bad_seq": result.first_bad_seq,
        "problem": result.problem,
        "message": result.describe(),
    }
    ctx.emit(document, result.describe())
    if not result.intact:
        print(
            tr("audit command", "clinicdesk: {describe}").format(describe=result.describe()),
            file=sys.stderr,
        )
        return 1
    return 0
