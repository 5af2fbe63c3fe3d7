"""Appointments and their history."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.appointments import (
    FREEING_STATUSES,
    MAX_APPOINTMENT_MINUTES,
    Appointment,
    AppointmentEvent,
    CancelledBy,
    Status,
    Urgency,
)
from clinicdesk.store.column_types import UTCInstant
from clinicdesk.store.repositories._rows import (
    chunks,
    insert_many,
    insert_many_values,
    update_row,
)
from clinicdesk.store.tables import appointment_events, appointments

_MAX_LENGTH = timedelta(minutes=MAX_APPOINTMENT_MINUTES)
_FREEING = [status.value for status in FREEING_STATUSES]


# Column order of appointment_values(); appointment_to_row() pairs the two.
APPOINTMENT_COLUMNS: tuple[str, ...] = (
    "id",
    "patient_id",
    "provider_id",
    "room_id",
    "type_id",
    "start",
    "end",
    "status",
    "urgency",
    "reason",
    "notes",
    "series_id",
    "override_reason",
    "cancel_reason",
    "cancelled_by",
    "late_cancel",
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
    "deleted",
)


def appointment_values(appointment: Appointment) -> tuple[Any, ...]:
    """An appointment's column values in ``APPOINTMENT_COLUMNS`` order."""
    return (
        appointment.id,
        appointment.patient_id,
        appointment.provider_id,
        appointment.room_id,
        appointment.type_id,
        appointment.start,
        appointment.end,
        appointment.status.value,
        appointment.urgency.value,
        appointment.reason,
        appointment.notes,
        appointment.series_id,
        appointment.override_reason,
        appointment.cancel_reason,
        None if appointment.cancelled_by is None else appointment.cancelled_by.value,
        appointment.late_cancel,
        appointment.created_by,
        appointment.created_at,
        appointment.updated_by,
        appointment.updated_at,
        appointment.deleted,
    )


def appointment_to_row(appointment: Appointment) -> dict[str, Any]:
    return dict(zip(APPOINTMENT_COLUMNS, appointment_values(appointment), strict=True))


# A busy clinic day is 500+ appointments for the calendar, and turning rows into
# Appointments was most of loading it: each instant went through two Python calls of
# SQLAlchemy's type layer and each enum through Enum.__call__. Instants are read as the
# stored epoch integers and converted here, enums through dicts (22 -> about 14 us a row).
_READ_COLUMNS = tuple(
    type_coerce(column, Integer).label(column.name)
    if isinstance(column.type, UTCInstant)
    else column
    for column in (appointments.c[name] for name in APPOINTMENT_COLUMNS)
)
_STATUSES = {status.value: status for status in Status}
_URGENCIES = {urgency.value: urgency for urgency in Urgency}
_CANCELLED_BY = {by.value: by for by in CancelledBy}
_from_epoch = datetime.fromtimestamp


def _select_appointments() -> Select[Any]:
    """SELECT of the columns ``row_to_appointment`` reads, in APPOINTMENT_COLUMNS order."""
    return select(*_READ_COLUMNS)


_SELECT_SQL = str(_select_appointments().compile(dialect=sqlite.dialect()))


@functools.lru_cache(maxsize=64)
def _spans_sql(filters: tuple[tuple[str, int], ...], holding_slot_only: bool) -> str:
    """SQL of ``between_spans`` for one shape of filters, made once: building the
    statement through SQLAlchemy cost more than running it, on every keystroke-driven
    search. Parameters: span end, span start less the longest appointment, span start,
    then the filter ids in order, then the freeing statuses."""
    # The lower bound on start lets the (x_id, start) indexes bound the scan; it is
    # safe because no appointment is longer than MAX_APPOINTMENT_MINUTES.
    where = [
        "appointments.start < ?",
        "appointments.start > ?",
        'appointments."end" > ?',
        "appointments.deleted IS 0",
    ]
    if filters:
        where.append(
            "("
            + " OR ".join(
                f"appointments.{name} IN ({', '.join('?' * count)})" for name, count in filters
            )
            + ")"
        )
    if holding_slot_only:
        where.append(f"appointments.status NOT IN ({', '.join('?' * len(_FREEING))})")
    return f"{_SELECT_SQL} WHERE {' AND '.join(where)} ORDER BY appointments.start, appointments.id"


def row_to_appointment(row: Sequence[Any]) -> Appointment:
    """An Appointment from a row of ``_select_appointments()``."""
    (
        appointment_id,
        patient_id,
        provider_id,
        room_id,
        type_id,
        start,
        end,
        status,
        urgency,
        reason,
        notes,
        series_id,
        override_reason,
        cancel_reason,
        cancelled_by,
        late_cancel,
        created_by,
        created_at,
        updated_by,
        updated_at,
        deleted,
    ) = row
    return Appointment(
        id=appointment_id,
        patient_id=patient_id,
        provider_id=provider_id,
        room_id=room_id,
        type_id=type_id,
        start=_from_epoch(start, UTC),
        end=_from_epoch(end, UTC),
        status=_STATUSES[status],
        urgency=_URGENCIES[urgency],
        reason=reason,
        notes=notes,
        series_id=series_id,
        override_reason=override_reason,
        cancel_reason=cancel_reason,
        cancelled_by=None if cancelled_by is None else _CANCELLED_BY[cancelled_by],
        late_cancel=bool(late_cancel),
        created_by=created_by,
        created_at=_from_epoch(created_at, UTC),
        updated_by=updated_by,
        updated_at=_from_epoch(updated_at, UTC),
        deleted=bool(deleted),
    )


def _event_to_row(event: AppointmentEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "appointment_id": event.appointment_id,
        "kind": event.kind,
        "at": event.at,
        "by": event.by,
        "old_value": event.old_value,
        "new_value": event.new_value,
        "reason": event.reason,
        "updated_at": event.at,
        "deleted": False,
    }


class SqlAppointmentRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, appointment: Appointment) -> None:
        self._connection.execute(appointments.insert().values(appointment_to_row(appointment)))

    def add_many(self, items: Iterable[Appointment]) -> None:
        insert_many_values(
            self._connection, appointments, APPOINTMENT_COLUMNS, map(appointment_values, items)
        )

    def update(self, appointment: Appointment) -> None:
        update_row(self._connection, appointments, appointment_to_row(appointment), "appointment")

    def existing_ids(self, appointment_ids: Iterable[str]) -> set[str]:
        """Which of ``appointment_ids`` are taken, deleted rows included."""
        wanted = list(dict.fromkeys(appointment_ids))
        found: set[str] = set()
        for chunk in chunks(wanted):
            found.update(
                self._connection.execute(
                    select(appointments.c.id).where(appointments.c.id.in_(chunk))
                )
                .scalars()
                .all()
            )
        return found

    def get(self, appointment_id: str) -> Appointment | None:
        row = self._connection.execute(
            _select_appointments().where(
                appointments.c.id == appointment_id, appointments.c.deleted.is_(False)
            )
        ).first()
        return None if row is None else row_to_appointment(row)

    def between(
        self,
        start: datetime,
        end: datetime,
        *,
        provider_ids: Sequence[str] | None = None,
        room_ids: Sequence[str] | None = None,
        patient_ids: Sequence[str] | None = None,
        holding_slot_only: bool = False,
    ) -> list[Appointment]:
        return self.between_spans(
            [(start, end)],
            provider_ids=provider_ids,
            room_ids=room_ids,
            patient_ids=patient_ids,
            holding_slot_only=holding_slot_only,
        )

    def between_spans(
        self,
        spans: Sequence[tuple[datetime, datetime]],
        *,
        provider_ids: Sequence[str] | None = None,
        room_ids: Sequence[str] | None = None,
        patient_ids: Sequence[str] | None = None,
        holding_slot_only: bool = False,
    ) -> list[Appointment]:
        """Appointments overlapping any of the spans, each once, ordered by start.

        One range scan per span (an OR of ranges defeats the (x_id, start) indexes), all
        with one statement built once: building it cost more than running it.
        """
        filters: list[tuple[str, list[str]]] = [
            (name, list(ids))
            for name, ids in (
                ("provider_id", provider_ids),
                ("room_id", room_ids),
                ("patient_id", patient_ids),
            )
            if ids is not None
        ]
        statement = _spans_sql(tuple((name, len(ids)) for name, ids in filters), holding_slot_only)
        fixed: list[Any] = [value for _name, ids in filters for value in ids]
        if holding_slot_only:
            fixed += _FREEING
        cursor = self._connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        found: dict[str, Appointment] = {}
        for start, end in spans:
            bounds = [
                int(end.timestamp()),
                int((start - _MAX_LENGTH).timestamp()),
                int(start.timestamp()),
            ]
            for row in cursor.execute(statement, bounds + fixed):
                if row[0] not in found:
                    found[row[0]] = row_to_appointment(row)
        if len(spans) == 1:
            return list(found.values())
        return sorted(found.values(), key=lambda a: (a.start, a.id))

    def for_patient(self, patient_id: str) -> list[Appointment]:
        rows = self._connection.execute(
            _select_appointments()
            .where(appointments.c.patient_id == patient_id, appointments.c.deleted.is_(False))
            .order_by(appointments.c.start)
        )
        return [row_to_appointment(row) for row in rows]

    def in_series(self, series_id: str) -> list[Appointment]:
        rows = self._connection.execute(
            _select_appointments()
            .where(appointments.c.series_id == series_id, appointments.c.deleted.is_(False))
            .order_by(appointments.c.start)
        )
        return [row_to_appointment(row) for row in rows]

    def add_event(self, event: AppointmentEvent) -> None:
        self._connection.execute(appointment_events.insert().values(_event_to_row(event)))

    def add_events(self, events: Iterable[AppointmentEvent]) -> None:
        insert_many(self._connection, appointment_events, map(_event_to_row, events))

    def events_for(self, appointment_id: str) -> list[AppointmentEvent]:
        return self.events_for_many([appointment_id]).get(appointment_id, [])

    def events_for_many(self, appointment_ids: Iterable[str]) -> dict[str, list[AppointmentEvent]]:
        """Histories of many appointments in a few queries, each ordered by time."""
        table = appointment_events
        histories: dict[str, list[AppointmentEvent]] = {}
        for chunk in chunks(list(dict.fromkeys(appointment_ids))):
            rows = self._connection.execute(
                select(table)
                .where(table.c.appointment_id.in_(chunk), table.c.deleted.is_(False))
                .order_by(table.c.appointment_id, table.c.at, table.c.id)
            ).mappings()
            for r in rows:
                histories.setdefault(r["appointment_id"], []).append(_row_to_event(r))
        return histories

    def events_after(
        self, position: int, limit: int = 10_000
    ) -> list[tuple[int, AppointmentEvent]]:
        """History entries stored after ``position`` (SQLite's rowid: the order rows
        arrived in this store, whether made here or brought by sync), oldest first,
        each with its position; outbound messages catch up from where they stopped."""
        table = appointment_events
        rowid = literal_column("appointment_events.rowid")
        rows = self._connection.execute(
            select(rowid.label("position"), table)
            .where(rowid > position, table.c.deleted.is_(False))
            .order_by(rowid)
            .limit(limit)
        ).mappings()
        return [(int(r["position"]), _row_to_event(r)) for r in rows]

    def last_event_position(self) -> int:
        """The position of the newest history entry in this store (0 when none)."""
        found = self._connection.execute(
            select(literal_column("max(appointment_events.rowid)")).select_from(appointment_events)
        ).scalar()
        return int(found or 0)


def _row_to_event(row: RowMapping) -> AppointmentEvent:
    return AppointmentEvent(
        id=row["id"],
        appointment_id=row["appointment_id"],
        kind=row["kind"],
        at=row["at"],
        by=row["by"],
        old_value=row["old_value"],
        new_value=row["new_value"],
        reason=row["reason"],
    )
