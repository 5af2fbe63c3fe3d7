"""``clinicdesk sync server-init|join|now|status|conflicts``: share the schedule through PostgreSQL.

The server URL is kept in settings.json without its password; the password goes to the
OS keyring (from the URL, or CLINICDESK_SYNC_PASSWORD). See docs/sync.md.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from typing import TYPE_CHECKING, Any

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.i18n import tr, tr_noop
from clinicdesk.domain.permissions import Permission
from clinicdesk.services.context import ServiceContext, authorize
from clinicdesk.settings import load_settings, save_settings, with_setting

if TYPE_CHECKING:
    from clinicdesk.services.ports import SyncConflict
    from clinicdesk.store.uow import SqlUnitOfWork
    from clinicdesk.sync.client import SyncStatus, SyncTarget


# Creating or upgrading the server's tables may wait for pushes in progress.
SERVER_INIT_DEADLINE_S = 60

RECOVERY_NOTE = tr_noop(
    "sync command",
    "Write this recovery key down and keep it away from this computer; it is shown only now."
)


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser(
        "sync",
        help="share the schedule with other PCs through a PostgreSQL server",
        description="Sync this PC with the clinic's shared PostgreSQL server (docs/sync.md).",
    )
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("server-init", help="create or upgrade the server's tables")
    init.add_argument("--url", required=True, help="postgresql://user@host/db?sslmode=verify-full")
    init.set_defaults(handler=server_init_command)
    join_parser = actions.add_parser("join", help="register this PC with the server and catch up")
    join_parser.add_argument("--url", required=True, help="the server's PostgreSQL URL")
    join_parser.set_defaults(handler=join_command)
    now = actions.add_parser("now", help="send and fetch changes now")
    now.set_defaults(handler=now_command)
    status = actions.add_parser("status", help="pending changes, last sync, open conflicts")
    status.set_defaults(handler=status_command)
    conflicts = actions.add_parser(
        "conflicts", help="open sync conflicts and what each needs to be settled"
    )
    conflicts.set_defaults(handler=conflicts_command)


def _target(url: str, password: str | None) -> SyncTarget:
    from clinicdesk.sync.client import SyncTarget

    return SyncTarget(url=url, password=password)


def _url_and_password(given_url: str) -> tuple[str, str | None]:
    from clinicdesk.sync.credentials import PASSWORD_ENV, load_password, split_password

    url, password = split_password(given_url)
    password = password or os.environ.get(PASSWORD_ENV) or load_password(url)
    return url, password


def server_init_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.sync.connection import Deadline, connect
    from clinicdesk.sync.server_schema import server_init

    url, password = _url_and_password(args.url)
    conn = connect(url, password, deadline_seconds=SERVER_INIT_DEADLINE_S)
    try:
        with Deadline(conn, SERVER_INIT_DEADLINE_S, "setting up the server"):
            before, after = server_init(conn)
    finally:
        conn.close()
    human = (
        tr("sync command", "The sync server is ready (format {after}).").format(after=after)
        if before != after
        else tr(
            "sync command",
            "The sync server was already set up (format {after}); nothing changed.",
        ).format(after=after)
    )
    ctx.emit({"url": url, "schema_version_before": before, "schema_version": after}, human)
    return 0


def join_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.bootstrap import open_clinic_store, workstation_name
    from clinicdesk.store.keys import KeyringKeyStore
    from clinicdesk.store.lifecycle import begin_store, store_exists
    from clinicdesk.sync.client import join
    from clinicdesk.sync.credentials import save_password

    url, password = _url_and_password(args.url)
    recovery_key = None
    if store_exists(ctx.data_dir):
        with open_clinic_store(ctx.data_dir) as store:
            _authorize_join(ctx, store.engine)
            report = join(store.engine, _target(url, password), workstation_name(ctx.data_dir))
    else:
        # A new PC for an existing clinic: an empty store that the server fills, put in
        # place only once the join has succeeded (unreachable server: nothing is left).
        build = begin_store(ctx.data_dir, key_store=KeyringKeyStore())
        try:
            report = join(
                build.store.engine, _target(url, password), workstation_name(ctx.data_dir)
            )
            build.finish().close()
        except BaseException:
            build.abandon()
            raise
        recovery_key = build.recovery_key
    if password:
        save_password(url, password)
    save_settings(ctx.data_dir, with_setting(load_settings(ctx.data_dir).settings, "sync_url", url))
    document: dict[str, Any] = {
        "client_id": report.client_id,
        "sent": report.round.pushed,
        "received": report.round.pulled,
        "conflicts_found": report.round.conflicts_found,
    }
    human = (
        tr(
            "sync command",
            "This PC joined the sync server: sent {pushed} and received {pulled} records.",
        ).format(pushed=report.round.pushed, pulled=report.round.pulled)
    )
    if recovery_key:
        document["recovery_key"] = recovery_key
        human += tr(
            "sync command",
            "\n\nRECOVERY KEY:\n\n    {recovery_key}\n\n{note}",
        ).format(recovery_key=recovery_key, note=tr("sync command", RECOVERY_NOTE))
    ctx.emit(document, human)
    return 0


def _authorize_join(ctx: CommandContext, engine: Any) -> None:
    """Joining shares this PC's clinic data: a manager or administrator decides that."""
    from clinicdesk.bootstrap import workstation_name
    from clinicdesk.services.accounts import sign_in
    from clinicdesk.store.uow import SqlUnitOfWork

    def uow_factory() -> SqlUnitOfWork:
        return SqlUnitOfWork(engine)

    actor = sign_in(
        uow_factory,
        ctx.require_user(),
        ctx.password(),
        workstation_name(ctx.data_dir),
    )
    authorize(
        ServiceContext(uow_factory=uow_factory, actor=actor),
        Permission.SYNC_SETTINGS,
        AuditEvent.SYNC_JOIN,
    )


def _configured_target(ctx: CommandContext) -> SyncTarget:
    from clinicdesk.sync.credentials import PASSWORD_ENV, load_password
    from clinicdesk.sync.errors import SyncNotConfiguredError

    url = load_settings(ctx.data_dir).settings.sync_url
    if not url:
        raise SyncNotConfiguredError(
            tr(
                "sync command",
                "This PC has not joined a sync server: run 'clinicdesk sync join --url ...'.",
            )
        )
    return _target(url, os.environ.get(PASSWORD_ENV) or load_password(url))


def now_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.bootstrap import open_clinic_store
    from clinicdesk.sync.client import read_status, sync_round

    target = _configured_target(ctx)
    with open_clinic_store(ctx.data_dir) as store:
        report = sync_round(store.engine, target)
        status = read_status(store.engine)
    if status.clock_warning:
        ctx.warn(status.clock_warning)
    ctx.emit(
        {
            "sent": report.pushed,
            "received": report.pulled,
            "conflicts_found": report.conflicts_found,
            "open_conflicts": status.open_conflicts,
            "seconds": round(report.seconds, 3),
        },
        tr(
            "sync command",
            "Synced: sent {pushed}, received {pulled}; {open_conflicts} open conflict(s).",
        ).format(
            pushed=report.pushed,
            pulled=report.pulled,
            open_conflicts=status.open_conflicts,
        ),
    )
    return 0


def status_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.bootstrap import open_clinic_store
    from clinicdesk.sync.client import read_status

    url = load_settings(ctx.data_dir).settings.sync_url
    with open_clinic_store(ctx.data_dir) as store:
        status = read_status(store.engine)
    if status.clock_warning:
        ctx.warn(status.clock_warning)
    ctx.emit(_status_document(url, status), _status_text(url, status))
    return 0


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _status_document(url: str, status: SyncStatus) -> dict[str, Any]:
    return {
        "server": url,
        "joined": status.joined,
        "online": status.online,
        "last_sync": _iso(status.last_sync_at),
        "last_attempt": _iso(status.last_attempt_at),
        "last_error": status.last_error,
        "pending_changes": status.pending_changes,
        "open_conflicts": status.open_conflicts,
        "clock_skew_seconds": status.clock_skew_seconds,
        "clock_warning": status.clock_warning,
    }


def _status_text(url: str, status: SyncStatus) -> str:
    if not status.joined:
        return tr("sync command", "This PC works alone (not joined to a sync server).")
    lines = [
        tr("sync command", "Server: {url}").format(url=url or tr("sync command", "(not set)")),
        tr("sync command", "State: online")
        if status.online
        else tr("sync command", "State: offline"),
        tr("sync command", "Last sync: {moment}").format(
            moment=_iso(status.last_sync_at) or tr("sync command", "never")
        ),
        tr(
            "sync command",
            "Pending changes: {pending_changes}",
        ).format(pending_changes=status.pending_changes),
        tr(
            "sync command",
            "Open conflicts: {open_conflicts}",
        ).format(open_conflicts=status.open_conflicts),
    ]
    if status.last_error:
        lines.append(tr(
            "sync command",
            "Last problem: {last_error}",
        ).format(last_error=status.last_error))
    return "\n".join(lines)


def conflicts_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.commands.session import open_session
    from clinicdesk.services.sync_conflicts import open_conflicts

    with open_session(ctx) as services:
        found = open_conflicts(services)
    documents = [_conflict_document(conflict) for conflict in found]
    ctx.emit(
        {"open_conflicts": len(documents), "conflicts": documents},
        _conflicts_text(documents),
    )
    return 0


def _conflict_document(conflict: SyncConflict) -> dict[str, Any]:
    from clinicdesk.services.sync_conflicts import need_of

    need = need_of(conflict)
    return {
        "id": conflict.id,
        "kind": conflict.kind,
        "table": conflict.table_name,
        "row_id": conflict.row_id,
        "other_row_id": conflict.other_row_id,
        "fields": list(conflict.fields),
        "ours": dict(conflict.ours),
        "theirs": dict(conflict.theirs),
        "detected_at": _iso(conflict.detected_at),
        "needs": need.text,
        "actions": list(need.actions),
    }


def _conflicts_text(documents: list[dict[str, Any]]) -> str:
    if not documents:
        return tr("sync command", "No open sync conflicts.")
    lines = [tr("sync command", "{count} open sync conflict(s):").format(count=len(documents))]
    for document in documents:
        fields = f" ({', '.join(document['fields'])})" if document["fields"] else ""
        lines.append(
            f"- {document['id']}  {document['kind']}: {document['table']} "
            f"{document['row_id']}{fields}\n    {document['needs']}"
        )
    return "\n".join(lines)
