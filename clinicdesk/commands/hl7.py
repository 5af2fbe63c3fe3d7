"""``hl7 outbound show|set``, ``hl7 send``, ``hl7 status``: SIU messages to the EHR,
into a drop folder or over MLLP.

Where the queue stands is this PC's ``hl7_sent_upto`` setting, saved after every
message the EHR acknowledged, so a run stopped at any point (power cut, killed task)
resumes at the first change not acknowledged. The last ACK and the link's failures are
kept beside the settings in ``hl7-status.json`` for ``hl7 status``.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.parsing import bounded_int
from clinicdesk.commands.session import open_session
from clinicdesk.domain.i18n import tr

STATUS_FILE = "hl7-status.json"
KEEP_FAILURES = 20


def register(subparsers: SubParsers) -> None:
    hl7 = subparsers.add_parser("hl7", help="HL7 v2 SIU messages to the EHR")
    hl7_actions = hl7.add_subparsers(title="actions", dest="action", metavar="ACTION")
    hl7_actions.required = True
    outbound = hl7_actions.add_parser("outbound", help="where outbound messages go")
    outbound_actions = outbound.add_subparsers(title="actions", dest="outbound", metavar="ACTION")
    outbound_actions.required = True
    show = outbound_actions.add_parser("show", help="the drop folder or MLLP link, and version")
    show.set_defaults(handler=hl7_outbound_show_command)
    change = outbound_actions.add_parser(
        "set", help="set the drop folder, the MLLP host:port, the ACK timeout or the version"
    )
    change.add_argument("name", choices=("folder", "mllp", "timeout", "version"), help="what")
    change.add_argument(
        "value",
        help='a folder, host:port, seconds (1 to 600) or 2.3 to 2.8 ("" for none)',
    )
    change.set_defaults(handler=hl7_outbound_set_command)
    send = hl7_actions.add_parser(
        "send", help="send a SIU message for every appointment change not sent yet"
    )
    send.add_argument(
        "--attempts",
        type=bounded_int(1, 10),
        default=3,
        metavar="N",
        help="MLLP: tries per message while the link fails (1 to 10, default 3)",
    )
    send.add_argument(
        "--pause",
        type=bounded_int(0, 300),
        default=2,
        metavar="S",
        help="MLLP: seconds before the first retry, doubled for each next one (default 2)",
    )
    send.set_defaults(handler=hl7_send_command)
    status = hl7_actions.add_parser("status", help="the queue, the last ACK and failures")
    status.set_defaults(handler=hl7_status_command)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def load_status(data_dir: Path) -> dict[str, Any]:
    """The last ACK and failures; empty when missing or damaged (it is only a record)."""
    try:
        raw = json.loads((data_dir / STATUS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {"last_ack": None, "failures": []}
    if not isinstance(raw, dict):
        return {"last_ack": None, "failures": []}
    last_ack = raw.get("last_ack") if isinstance(raw.get("last_ack"), dict) else None
    failures = raw.get("failures")
    failures = [f for f in failures if isinstance(f, dict)] if isinstance(failures, list) else []
    return {"last_ack": last_ack, "failures": failures[:KEEP_FAILURES]}


def save_status(data_dir: Path, status: dict[str, Any]) -> None:
    payload = json.dumps(status, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    handle, temp_name = tempfile.mkstemp(prefix=".hl7-status-", suffix=".tmp", dir=data_dir)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(payload)
        os.replace(temp_name, data_dir / STATUS_FILE)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _shown_settings(ctx: CommandContext) -> dict[str, object]:
    from clinicdesk.settings import load_settings

    settings = load_settings(ctx.data_dir).settings
    return {
        "folder": settings.hl7_outbound_dir or None,
        "mllp": settings.hl7_mllp or None,
        "ack_timeout_seconds": settings.hl7_ack_timeout_seconds,
        "version": settings.hl7_version,
        "sent_upto": settings.hl7_sent_upto or None,
    }


def _where(shown: dict[str, object]) -> str:
    if shown["mllp"]:
        return f"MLLP {shown['mllp']}"
    return str(shown["folder"] or tr("hl7 command", "(no folder or MLLP link: nothing sent)"))


def hl7_outbound_show_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    shown = _shown_settings(ctx)
    ctx.emit(
        shown,
        human=tr(
            "hl7 command",
            "HL7 SIU v{version} to {where}",
        ).format(version=shown["version"], where=_where(shown)),
    )
    return 0


def hl7_outbound_set_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    import dataclasses

    from clinicdesk.interop.files import check_user_folder
    from clinicdesk.services.hl7_exchange import check_version
    from clinicdesk.settings import coerce_setting, load_settings, save_settings

    settings = load_settings(ctx.data_dir).settings
    if args.name == "version":
        changed = dataclasses.replace(
            settings, hl7_version=check_version(coerce_setting("hl7_version", args.value))
        )
    elif args.name == "mllp":
        changed = dataclasses.replace(
            settings, hl7_mllp=coerce_setting("hl7_mllp", args.value.strip())
        )
    elif args.name == "timeout":
        changed = dataclasses.replace(
            settings,
            hl7_ack_timeout_seconds=coerce_setting("hl7_ack_timeout_seconds", args.value),
        )
    else:
        folder = coerce_setting("hl7_outbound_dir", args.value.strip())
        if folder:
            folder = str(check_user_folder(Path(folder), (ctx.data_dir,)))
        changed = dataclasses.replace(settings, hl7_outbound_dir=folder)
    save_settings(ctx.data_dir, changed)
    return hl7_outbound_show_command(ctx, args)


def hl7_send_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.domain.errors import ValidationError
    from clinicdesk.settings import load_settings

    settings = load_settings(ctx.data_dir).settings
    if settings.hl7_mllp:
        return _send_over_mllp(ctx, args)
    if not settings.hl7_outbound_dir:
        raise ValidationError(
            tr(
                "hl7 command",
                "No HL7 drop folder or MLLP link is set: clinicdesk hl7 outbound set folder "
                "DIR (or mllp HOST:PORT).",
            )
        )
    return _send_to_folder(ctx)


def _position(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _send_to_folder(ctx: CommandContext) -> int:
    import dataclasses

    from clinicdesk.services.hl7_exchange import send_siu_to_folder
    from clinicdesk.settings import load_settings, save_settings

    settings = load_settings(ctx.data_dir).settings
    with open_session(ctx) as services:
        run = send_siu_to_folder(
            services,
            Path(settings.hl7_outbound_dir),
            after=_position(settings.hl7_sent_upto),
            version=settings.hl7_version,
        )
    save_settings(ctx.data_dir, dataclasses.replace(settings, hl7_sent_upto=str(run.sent_upto)))
    ctx.emit(
        {
            "folder": run.folder,
            "files": [p.name for p in run.files],
            "sent_upto": str(run.sent_upto),
            "pending": run.pending,
        },
        human=tr("hl7 command", "%n SIU message(s) written to {folder}", n=len(run.files)).format(
            folder=run.folder
        )
        + (tr("hl7 command", "; %n more waiting, run again", n=run.pending) if run.pending else ""),
    )
    return 0


def _ack_json(ack: Any) -> dict[str, str]:
    return {"code": ack.code, "control_id": ack.control_id, "text": ack.text, "at": _now()}


def _send_over_mllp(ctx: CommandContext, args: argparse.Namespace) -> int:
    import dataclasses

    from clinicdesk.domain.errors import ValidationError
    from clinicdesk.interop import mllp
    from clinicdesk.services.hl7_exchange import send_siu_over_mllp
    from clinicdesk.settings import load_settings, save_settings

    settings = load_settings(ctx.data_dir).settings
    host, port = mllp.parse_endpoint(settings.hl7_mllp)
    endpoint = mllp.Endpoint(host, port, float(settings.hl7_ack_timeout_seconds))
    status = load_status(ctx.data_dir)
    kept = settings

    def acknowledged(position: int, ack: mllp.Ack | None) -> None:
        # Saved before the next message goes: a restart begins after this one.
        nonlocal kept
        kept = dataclasses.replace(kept, hl7_sent_upto=str(position))
        save_settings(ctx.data_dir, kept)

    with open_session(ctx) as services:
        run = send_siu_over_mllp(
            services,
            endpoint,
            after=_position(settings.hl7_sent_upto),
            version=settings.hl7_version,
            attempts=args.attempts,
            first_pause=float(args.pause),
            acknowledged=acknowledged,
        )
    if kept.hl7_sent_upto != str(run.sent_upto):  # the first run fixes where the queue starts
        save_settings(ctx.data_dir, dataclasses.replace(kept, hl7_sent_upto=str(run.sent_upto)))
    if run.last_ack is not None:
        status["last_ack"] = _ack_json(run.last_ack)
    failure = None
    if run.failure is not None:
        failure = {
            "at": _now(),
            "control_id": run.failure.control_id,
            "position": str(run.failure.position),
            "ack_code": run.failure.ack_code or None,
            "reason": run.failure.reason,
        }
        status["failures"] = [failure, *status["failures"]][:KEEP_FAILURES]
    save_status(ctx.data_dir, status)
    ctx.emit(
        {
            "mllp": settings.hl7_mllp,
            "sent": list(run.sent),
            "sent_upto": str(run.sent_upto),
            "pending": run.pending,
            "last_ack": status["last_ack"],
            "failure": failure,
        },
        human=tr("hl7 command", "%n SIU message(s) acknowledged by {link}", n=len(run.sent)).format(
            link=settings.hl7_mllp
        )
        + (tr("hl7 command", "; %n more waiting", n=run.pending) if run.pending else ""),
    )
    if run.failure is not None:
        raise ValidationError(
            tr(
                "hl7 command",
                "Sending stopped at change {control_id}: {reason}. It and the changes after it "
                "are sent by the next run.",
            ).format(control_id=run.failure.control_id, reason=run.failure.reason)
        )
    return 0


def hl7_status_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.hl7_exchange import pending_changes

    shown = _shown_settings(ctx)
    waiting = 0
    position = _position(str(shown["sent_upto"] or ""))
    if position is not None:
        with open_session(ctx) as services:
            waiting = pending_changes(services, position)
    shown["pending"] = waiting
    shown.update(load_status(ctx.data_dir))
    last_ack = shown["last_ack"]
    failures = shown["failures"]
    lines = [
        tr(
            "hl7 command", "HL7 SIU to {where}: %n change(s) waiting; {where_queue}", n=waiting
        ).format(
            where=_where(shown),
            where_queue=tr("hl7 command", "position {position}").format(position=position)
            if position is not None
            else tr("hl7 command", "not started yet"),
        )
    ]
    if isinstance(last_ack, dict):
        lines.append(
            tr("hl7 command", "  last ACK {code} for {control_id} at {at}").format(
                code=last_ack.get("code"),
                control_id=last_ack.get("control_id"),
                at=last_ack.get("at"),
            )
        )
    if isinstance(failures, list):
        lines += [
            tr("hl7 command", "  failed {at}: {reason}").format(
                at=f.get("at"), reason=f.get("reason")
            )
            for f in failures[:5]
        ]
    ctx.emit(shown, human="\n".join(lines))
    return 0
