"""Recall types and patients' recalls."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.recall import Interval, IntervalUnit, Recall, RecallStatus, RecallType
from clinicdesk.store.repositories._rows import chunks, update_row
from clinicdesk.store.tables import recall_types, recalls


def _type_to_row(kind: RecallType) -> dict[str, Any]:
    return {
        "id": kind.id,
        "name": kind.name,
        "interval_count": kind.interval.count,
        "interval_unit": kind.interval.unit.value,
        "type_id": kind.type_id,
        "hide_days": kind.hide_days,
        "active": kind.active,
        "updated_at": kind.updated_at,
        "deleted": kind.deleted,
    }


def _row_to_type(row: RowMapping) -> RecallType:
    return RecallType(
        id=row["id"],
        name=row["name"],
        interval=Interval(row["interval_count"], IntervalUnit(row["interval_unit"])),
        updated_at=row["updated_at"],
        type_id=row["type_id"],
        hide_days=row["hide_days"],
        active=bool(row["active"]),
        deleted=bool(row["deleted"]),
    )


def _recall_to_row(recall: Recall) -> dict[str, Any]:
    return {
        "id": recall.id,
        "patient_id": recall.patient_id,
        "recall_type_id": recall.recall_type_id,
        "due": recall.due,
        "status": recall.status.value,
        "attempts": recall.attempts,
        "last_attempt_on": recall.last_attempt_on,
        "hide_days": recall.hide_days,
        "source_appointment_id": recall.source_appointment_id,
        "closed_by_appointment_id": recall.closed_by_appointment_id,
        "notes": recall.notes,
        "created_at": recall.created_at,
        "updated_at": recall.updated_at,
        "deleted": recall.deleted,
    }


def _row_to_recall(row: RowMapping) -> Recall:
    return Recall(
        id=row["id"],
        patient_id=row["patient_id"],
        recall_type_id=row["recall_type_id"],
        due=row["due"],
        status=RecallStatus(row["status"]),
        attempts=row["attempts"],
        last_attempt_on=row["last_attempt_on"],
        hide_days=row["hide_days"],
        source_appointment_id=row["source_appointment_id"],
        closed_by_appointment_id=row["closed_by_appointment_id"],
        notes=row["notes"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


class SqlRecallRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add_type(self, kind: RecallType) -> None:
        self._connection.execute(recall_types.insert().values(_type_to_row(kind)))

    def update_type(self, kind: RecallType) -> None:
        update_row(self._connection, recall_types, _type_to_row(kind), "recall type")

    def types(self) -> list[RecallType]:
        rows = self._connection.execute(
            select(recall_types)
            .where(recall_types.c.deleted.is_(False))
            .order_by(recall_types.c.name, recall_types.c.id)
        ).mappings()
        return [_row_to_type(row) for row in rows]

    def add(self, recall: Recall) -> None:
        self._connection.execute(recalls.insert().values(_recall_to_row(recall)))

    def update(self, recall: Recall) -> None:
        update_row(self._connection, recalls, _recall_to_row(recall), "recall")

    def get(self, recall_id: str) -> Recall | None:
        row = (
            self._connection.execute(
                select(recalls).where(recalls.c.id == recall_id, recalls.c.deleted.is_(False))
            )
            .mappings()
            .first()
        )
        return None if row is None else _row_to_recall(row)

    def for_patients(self, patient_ids: Iterable[str]) -> list[Recall]:
        found: list[Recall] = []
        for batch in chunks(sorted(set(patient_ids))):
            rows = self._connection.execute(
                select(recalls)
                .where(recalls.c.patient_id.in_(batch), recalls.c.deleted.is_(False))
                .order_by(recalls.c.due, recalls.c.id)
            ).mappings()
            found.extend(_row_to_recall(row) for row in rows)
        return found

    def open_due_by(self, last_day: date | None) -> list[Recall]:
        """Open recalls due on or before ``last_day`` (every open one when None)."""
        query = select(recalls).where(
            recalls.c.status == RecallStatus.OPEN.value, recalls.c.deleted.is_(False)
        )
        if last_day is not None:
            query = query.where(recalls.c.due <= last_day)
        rows = self._connection.execute(query.order_by(recalls.c.due, recalls.c.id)).mappings()
        return [_row_to_recall(row) for row in rows]

    def from_appointment(self, appointment_id: str) -> list[Recall]:
        """Recalls a completed visit set."""
        rows = self._connection.execute(
            select(recalls).where(
                recalls.c.source_appointment_id == appointment_id, recalls.c.deleted.is_(False)
            )
        ).mappings()
        return [_row_to_recall(row) for row in rows]
