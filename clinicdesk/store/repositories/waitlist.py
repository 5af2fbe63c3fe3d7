"""Waitlist entries and the front desk's call list."""

from __future__ import annotations

from datetime import time
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.appointments import Urgency
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.waitlist import CallListEntry, WaitlistEntry
from clinicdesk.store.repositories._rows import update_row
from clinicdesk.store.tables import call_list, waitlist


def _entry_to_row(entry: WaitlistEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "patient_id": entry.patient_id,
        "type_id": entry.type_id,
        "urgency": entry.urgency.value,
        "provider_ids": list(entry.provider_ids),
        "weekdays": sorted(entry.weekdays),
        "times": [[t.start.strftime("%H:%M"), t.end.strftime("%H:%M")] for t in entry.times],
        "not_before": entry.not_before,
        "notes": entry.notes,
        "active": entry.active,
        "added_at": entry.added_at,
        "updated_at": entry.updated_at,
        "deleted": entry.deleted,
    }


def _row_to_entry(row: RowMapping) -> WaitlistEntry:
    return WaitlistEntry(
        id=row["id"],
        patient_id=row["patient_id"],
        type_id=row["type_id"],
        urgency=Urgency(row["urgency"]),
        provider_ids=tuple(row["provider_ids"]),
        weekdays=frozenset(row["weekdays"]),
        times=tuple(
            TimeRange(time.fromisoformat(a), time.fromisoformat(b)) for a, b in row["times"]
        ),
        not_before=row["not_before"],
        notes=row["notes"],
        active=bool(row["active"]),
        added_at=row["added_at"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


def _call_to_row(entry: CallListEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "patient_id": entry.patient_id,
        "appointment_id": entry.appointment_id,
        "reason": entry.reason,
        "done": entry.done,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
        "deleted": entry.deleted,
    }


class SqlWaitlistRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, entry: WaitlistEntry) -> None:
        self._connection.execute(waitlist.insert().values(_entry_to_row(entry)))

    def update(self, entry: WaitlistEntry) -> None:
        update_row(self._connection, waitlist, _entry_to_row(entry), "waitlist entry")

    def get(self, entry_id: str) -> WaitlistEntry | None:
        row = (
            self._connection.execute(
                select(waitlist).where(waitlist.c.id == entry_id, waitlist.c.deleted.is_(False))
            )
            .mappings()
            .first()
        )
        return None if row is None else _row_to_entry(row)

    def active(self) -> list[WaitlistEntry]:
        rows = self._connection.execute(
            select(waitlist)
            .where(waitlist.c.active.is_(True), waitlist.c.deleted.is_(False))
            .order_by(waitlist.c.added_at)
        ).mappings()
        return [_row_to_entry(row) for row in rows]

    def active_for_patient(self, patient_id: str) -> list[WaitlistEntry]:
        rows = self._connection.execute(
            select(waitlist)
            .where(
                waitlist.c.patient_id == patient_id,
                waitlist.c.active.is_(True),
                waitlist.c.deleted.is_(False),
            )
            .order_by(waitlist.c.added_at)
        ).mappings()
        return [_row_to_entry(row) for row in rows]

    def add_call(self, entry: CallListEntry) -> None:
        self._connection.execute(call_list.insert().values(_call_to_row(entry)))

    def update_call(self, entry: CallListEntry) -> None:
        update_row(self._connection, call_list, _call_to_row(entry), "call list entry")

    def open_calls(self) -> list[CallListEntry]:
        rows = self._connection.execute(
            select(call_list)
            .where(call_list.c.done.is_(False), call_list.c.deleted.is_(False))
            .order_by(call_list.c.created_at)
        ).mappings()
        return [
            CallListEntry(
                id=r["id"],
                patient_id=r["patient_id"],
                appointment_id=r["appointment_id"],
                reason=r["reason"],
                done=bool(r["done"]),
                created_at=r["created_at"],
                updated_at=r["updated_at"],
            )
            for r in rows
        ]
