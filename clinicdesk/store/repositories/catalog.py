"""Clinic settings, rooms and appointment types."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.common import TimeRange
from clinicdesk.store.repositories._rows import update_row
from clinicdesk.store.tables import appointment_types, clinic, rooms

# The clinic table holds exactly one row.
CLINIC_ROW_ID = "clinic"


def _room_to_row(room: Room) -> dict[str, Any]:
    return {
        "id": room.id,
        "name": room.name,
        "kind": room.kind,
        "updated_at": room.updated_at,
        "deleted": room.deleted,
    }


def _type_to_row(kind: AppointmentType) -> dict[str, Any]:
    return {
        "id": kind.id,
        "name": kind.name,
        "duration_minutes": kind.duration_minutes,
        "colour": kind.colour,
        "specialties": list(kind.specialties),
        "room_kinds": list(kind.room_kinds),
        "updated_at": kind.updated_at,
        "deleted": kind.deleted,
    }


def _row_to_type(row: RowMapping) -> AppointmentType:
    return AppointmentType(
        id=row["id"],
        name=row["name"],
        duration_minutes=row["duration_minutes"],
        colour=row["colour"],
        specialties=tuple(row["specialties"]),
        room_kinds=tuple(row["room_kinds"]),
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


class SqlCatalogRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def get_clinic(self) -> ClinicSettings | None:
        row = self._connection.execute(select(clinic)).mappings().first()
        if row is None:
            return None
        return ClinicSettings(
            name=row["name"],
            time_zone=row["time_zone"],
            opening_hours={
                int(day): TimeRange(time.fromisoformat(span[0]), time.fromisoformat(span[1]))
                for day, span in row["opening_hours"].items()
            },
            slot_minutes=row["slot_minutes"],
            late_cancel_hours=row["late_cancel_hours"],
        )

    def save_clinic(self, settings: ClinicSettings, at: datetime) -> None:
        values = {
            "id": CLINIC_ROW_ID,
            "name": settings.name,
            "time_zone": settings.time_zone,
            "opening_hours": {
                str(day): [span.start.strftime("%H:%M"), span.end.strftime("%H:%M")]
                for day, span in settings.opening_hours.items()
            },
            "slot_minutes": settings.slot_minutes,
            "late_cancel_hours": settings.late_cancel_hours,
            "updated_at": at,
            "deleted": False,
        }
        exists = self._connection.execute(select(clinic.c.id)).first() is not None
        if exists:
            update_row(self._connection, clinic, values, "clinic")
        else:
            self._connection.execute(clinic.insert().values(values))

    def add_room(self, room: Room) -> None:
        self._connection.execute(rooms.insert().values(_room_to_row(room)))

    def update_room(self, room: Room) -> None:
        update_row(self._connection, rooms, _room_to_row(room), "room")

    def rooms(self) -> list[Room]:
        rows = self._connection.execute(
            select(rooms).where(rooms.c.deleted.is_(False)).order_by(rooms.c.name)
        ).mappings()
        return [
            Room(
                id=r["id"],
                name=r["name"],
                kind=r["kind"],
                updated_at=r["updated_at"],
                deleted=bool(r["deleted"]),
            )
            for r in rows
        ]

    def add_type(self, appointment_type: AppointmentType) -> None:
        self._connection.execute(appointment_types.insert().values(_type_to_row(appointment_type)))

    def update_type(self, appointment_type: AppointmentType) -> None:
        update_row(
            self._connection, appointment_types, _type_to_row(appointment_type), "appointment type"
        )

    def get_type(self, type_id: str) -> AppointmentType | None:
        row = (
            self._connection.execute(
                select(appointment_types).where(
                    appointment_types.c.id == type_id, appointment_types.c.deleted.is_(False)
                )
            )
            .mappings()
            .first()
        )
        return None if row is None else _row_to_type(row)

    def types(self) -> list[AppointmentType]:
        rows = self._connection.execute(
            select(appointment_types)
            .where(appointment_types.c.deleted.is_(False))
            .order_by(appointment_types.c.name)
        ).mappings()
        return [_row_to_type(row) for row in rows]
