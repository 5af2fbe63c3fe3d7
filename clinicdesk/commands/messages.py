"""``clinicdesk messages ...`` and ``confirm-list``: the reminder loop for Task Scheduler,
its queue, its settings, and the list of visits nobody has confirmed."""

from __future__ import annotations

import argparse
import dataclasses

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.parsing import add_overwrite_option, parse_instant
from clinicdesk.commands.schedule import clinic_zone_of
from clinicdesk.commands.session import open_session
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.outbound import MessageState

SECRET_ENV = "CLINICDESK_MESSAGE_SECRET"


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser("messages", help="reminders: send, list, settings")
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    run = actions.add_parser("run", help="queue what is due, send it, read replies")
    run.add_argument("--now", metavar="ISO", help="the moment to act as (tests)")
    run.set_defaults(handler=run_command)
    listing = actions.add_parser("list", help="the outbound queue")
    listing.add_argument("--status", choices=[s.value for s in MessageState])
    listing.add_argument("--limit", type=int, default=200)
    listing.set_defaults(handler=list_command)
    settings = actions.add_parser("settings", help="message settings")
    settings_actions = settings.add_subparsers(
        title="actions", dest="settings_action", metavar="ACTION", required=True
    )
    settings_actions.add_parser("show", help="every setting in force").set_defaults(
        handler=settings_show_command
    )
    change = settings_actions.add_parser("set", help="change one setting")
    change.add_argument("name")
    change.add_argument("value")
    change.set_defaults(handler=settings_set_command)
    secret = actions.add_parser("secret", help="store a gateway password in the OS keyring")
    secret.add_argument("kind", choices=["smtp", "imap", "sms"])
    secret.set_defaults(handler=secret_command)
    confirm = subparsers.add_parser("confirm-list", help="visits nobody has confirmed yet")
    confirm.add_argument("--days", type=int, default=2, metavar="N", help="working days")
    confirm.add_argument("--called", metavar="APPOINTMENT_ID", help="tick off a call made")
    confirm.add_argument("--pdf", metavar="FILE.pdf", help="print the list to this PDF instead")
    add_overwrite_option(confirm)
    confirm.set_defaults(handler=confirm_list_command)


def run_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.messaging.setup import build_channels
    from clinicdesk.services.messages import run_messages, show_message_settings

    with open_session(ctx) as session:
        services = session
        if args.now:
            moment = parse_instant(args.now, clinic_zone_of(session))
            services = dataclasses.replace(session, clock=lambda: moment)
        senders, receivers = build_channels(show_message_settings(services))
        try:
            report = run_messages(services, senders, receivers)
        finally:
            for sender in senders.values():
                close = getattr(sender, "close", None)
                if close is not None:
                    close()
    text = tr(
        "messages command",
        "queued {queued}, voided {voided}, sent {sent}, retrying {retried}, failed "
        "{failed}, replies {replies} ({to_inbox} for staff)",
    ).format(
        queued=report.queued,
        voided=report.voided,
        sent=report.sent,
        retried=report.retried,
        failed=report.failed,
        replies=report.replies,
        to_inbox=report.to_inbox,
    )
    for error in report.errors:
        ctx.warn(error)
    ctx.emit(dataclasses.asdict(report), text)
    return 0


def list_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.messages import list_messages

    with open_session(ctx) as services:
        rows = list_messages(
            services, MessageState(args.status) if args.status else None, args.limit
        )
    shown = [
        (
            m.state,
            m.channel,
            m.send_after.isoformat(timespec="minutes"),
            str(m.attempts),
            m.last_error,
            m.id,
        )
        for m in rows
    ]
    ctx.emit(
        rows,
        table(
            shown,
            (
                tr("messages command", "state"),
                tr("messages command", "channel"),
                tr("messages command", "send after"),
                tr("messages command", "tries"),
                tr("messages command", "error"),
                tr("messages command", "id"),
            ),
        )
        or tr("messages command", "No messages."),
    )
    return 0


def settings_show_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.messages import show_message_settings

    with open_session(ctx) as services:
        shown = show_message_settings(services)
    ctx.emit(
        shown,
        table(
            sorted(shown.items()),
            (tr("messages command", "setting"), tr("messages command", "value")),
        ),
    )
    return 0


def settings_set_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.messages import set_message_setting

    with open_session(ctx) as services:
        stored = set_message_setting(services, args.name, args.value)
    ctx.emit({"name": args.name, "value": stored}, f"{args.name} = {stored}")
    return 0


def secret_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.messaging.credentials import save_secret
    from clinicdesk.messaging.setup import secret_target
    from clinicdesk.services.messages import show_message_settings

    with open_session(ctx) as services:
        settings = show_message_settings(services)
    account, server = secret_target(args.kind, settings)
    if not server:
        raise ValidationError(
            tr(
                "messages command",
                "Set up the {kind} server in the message settings first.",
            ).format(kind=args.kind)
        )
    secret = ctx.environ.get(SECRET_ENV) or ctx.password(
        tr("messages command", "{kind} password: ").format(kind=args.kind)
    )
    save_secret(args.kind, account, server, secret)
    ctx.emit(
        {"kind": args.kind, "account": account, "server": server},
        tr(
            "messages command",
            "The {kind} password for {account} at {server} is in this computer's keyring.",
        ).format(kind=args.kind, account=account, server=server),
    )
    return 0


def confirm_list_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.messages import confirm_list, tick_called

    if args.pdf:
        return _confirm_pdf(ctx, args)
    with open_session(ctx) as services:
        if args.called:
            tick_called(services, args.called)
        rows = confirm_list(services, args.days)
    shown = [
        (
            f"{r.start:%Y-%m-%d %H:%M}Z",
            r.patient_name,
            r.phone or tr("messages command", "no phone on file"),
            r.confirmation,
            str(r.no_shows),
            "called" if r.called else "",
            r.appointment_id,
        )
        for r in rows
    ]
    ctx.emit(
        rows,
        table(
            shown,
            (
                tr("messages command", "start"),
                tr("messages command", "patient"),
                tr("messages command", "phone"),
                tr("messages command", "state"),
                tr("messages command", "no-shows"),
                "",
                tr("messages command", "id"),
            ),
        )
        or tr("messages command", "Every visit in those days is confirmed."),
    )
    return 0


def _confirm_pdf(ctx: CommandContext, args: argparse.Namespace) -> int:
    from pathlib import Path

    from clinicdesk.interop.files import OutputKind, OutputRequest, write_rendered
    from clinicdesk.services.messages import print_confirm_list

    if args.called:
        raise ValidationError(
            tr(
                "messages command",
                "Tick a call off (--called) and print (--pdf) one at a time.",
            )
        )
    with open_session(ctx) as services:
        written = write_rendered(
            OutputRequest(Path(args.pdf), OutputKind.PDF, args.overwrite),
            lambda: print_confirm_list(services, args.days),
            services.protected_folders,
        )
    ctx.emit(
        {"file": written},
        human=tr(
            "messages command",
            "Visits to confirm written to {written}",
        ).format(written=written),
    )
    return 0
