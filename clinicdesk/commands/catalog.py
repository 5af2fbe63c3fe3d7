"""``clinicdesk type ...`` and ``clinicdesk room ...``: appointment types and rooms."""

from __future__ import annotations

import argparse

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.parsing import bounded_int
from clinicdesk.commands.session import open_session
from clinicdesk.domain.appointments import MAX_APPOINTMENT_MINUTES
from clinicdesk.domain.catalog import AppointmentType, Room
from clinicdesk.domain.i18n import tr
from clinicdesk.services.catalog import add_room, add_type, list_rooms, list_types


def _csv(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def register(subparsers: SubParsers) -> None:
    types = subparsers.add_parser("type", help="appointment types")
    type_actions = types.add_subparsers(
        title="actions", dest="action", metavar="ACTION", required=True
    )
    type_actions.add_parser("list", help="every appointment type").set_defaults(
        handler=list_types_command
    )
    add = type_actions.add_parser("add", help="a new appointment type")
    add.add_argument("--name", required=True)
    add.add_argument(
        "--minutes",
        type=bounded_int(1, MAX_APPOINTMENT_MINUTES),
        required=True,
        help="how long it lasts",
    )
    add.add_argument("--colour", default="#72B7B2")
    add.add_argument("--specialties", metavar="A,B", help="who may give it (default: anyone)")
    add.add_argument("--room-kinds", metavar="A,B", help="room kinds it needs (default: none)")
    add.set_defaults(handler=add_type_command)

    rooms = subparsers.add_parser("room", help="rooms")
    room_actions = rooms.add_subparsers(
        title="actions", dest="action", metavar="ACTION", required=True
    )
    room_actions.add_parser("list", help="every room").set_defaults(handler=list_rooms_command)
    add_room_parser = room_actions.add_parser("add", help="a new room")
    add_room_parser.add_argument("--name", required=True)
    add_room_parser.add_argument("--kind", required=True, help="e.g. consult, procedure")
    add_room_parser.set_defaults(handler=add_room_command)


def _types_text(found: list[AppointmentType]) -> str:
    rows = [
        (
            t.id,
            t.name,
            f"{t.duration_minutes} min",
            ", ".join(t.specialties) or "any",
            ", ".join(t.room_kinds) or "-",
        )
        for t in found
    ]
    headers = ("id", "name", "length", "specialties", "rooms")
    return table(rows, headers) or tr("catalog command", "No appointment types yet.")


def _rooms_text(found: list[Room]) -> str:
    return (
        table(
            [(r.id, r.name, r.kind) for r in found],
            (
                tr("catalog command", "id"),
                tr("catalog command", "name"),
                tr("catalog command", "kind"),
            ),
        )
        or tr("catalog command", "No rooms yet.")
    )


def list_types_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        found = list_types(services)
    ctx.emit(found, _types_text)
    return 0


def add_type_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        made = add_type(
            services,
            name=args.name,
            duration_minutes=args.minutes,
            colour=args.colour,
            specialties=_csv(args.specialties),
            room_kinds=_csv(args.room_kinds),
        )
    ctx.emit(
        made,
        tr(
            "catalog command",
            "Added appointment type {name} ({duration_minutes} min): {id}",
        ).format(name=made.name, duration_minutes=made.duration_minutes, id=made.id),
    )
    return 0


def list_rooms_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        found = list_rooms(services)
    ctx.emit(found, _rooms_text)
    return 0


def add_room_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        room = add_room(services, name=args.name, kind=args.kind)
    ctx.emit(
        room,
        tr(
            "catalog command",
            "Added room {name} ({kind}): {id}",
        ).format(name=room.name, kind=room.kind, id=room.id),
    )
    return 0
