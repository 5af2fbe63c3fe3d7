"""SQL side of the sync conflict list (the port is in services/ports.py).

Conflict rows are found on the sync server and arrive here like any synced row; the
store keeps and settles them, so this lives with the other repositories.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from clinicdesk.services.ports import SyncConflict
from clinicdesk.store.sync_capture import SYNCED_TABLES
from clinicdesk.store.tables import metadata

_SELECT = (
    "SELECT id, kind, table_name, row_id, other_row_id, fields, ours, theirs, detected_at, "
    "status, resolution FROM sync_conflicts"
)


class SqlSyncConflictRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def open_conflicts(self) -> list[SyncConflict]:
        rows = self._connection.exec_driver_sql(
            _SELECT + " WHERE status = 'open' AND deleted = 0 ORDER BY detected_at, id"
        )
        return [_conflict(row) for row in rows]

    def open_ids_by_row(self, table_name: str, row_ids: Collection[str]) -> dict[str, list[str]]:
        wanted = set(row_ids)
        found: dict[str, list[str]] = {}
        if not wanted:
            return found
        # Open conflicts are few: read them all for the table rather than bind every id.
        rows = self._connection.execute(
            text(
                "SELECT id, row_id, other_row_id FROM sync_conflicts WHERE status = 'open' "
                "AND deleted = 0 AND table_name = :table ORDER BY detected_at, id"
            ),
            {"table": table_name},
        )
        for conflict_id, row_id, other_row_id in rows:
            for named in {row_id, other_row_id} & wanted:
                found.setdefault(named, []).append(conflict_id)
        return found

    def get(self, conflict_id: str) -> SyncConflict | None:
        row = self._connection.execute(
            text(_SELECT + " WHERE id = :id AND deleted = 0"), {"id": conflict_id}
        ).first()
        return None if row is None else _conflict(row)

    def mark_resolved(self, conflict_id: str, resolution: str, by: str, at: datetime) -> None:
        self._connection.execute(
            text(
                "UPDATE sync_conflicts SET status = 'resolved', resolution = :resolution, "
                "resolved_by = :by, updated_at = :at WHERE id = :id"
            ),
            {"id": conflict_id, "resolution": resolution, "by": by, "at": int(at.timestamp())},
        )

    def write_values(
        self, table_name: str, row_id: str, values: Mapping[str, Any], at: datetime
    ) -> None:
        if table_name not in SYNCED_TABLES:
            raise ValueError(f"not a synced table: {table_name}")
        known = {col.name for col in metadata.tables[table_name].columns} - {"id"}
        chosen = {name: value for name, value in values.items() if name in known}
        chosen.setdefault("updated_at", int(at.timestamp()))
        assignments = ", ".join(f'"{name}" = :v_{index}' for index, name in enumerate(chosen))
        parameters = {f"v_{index}": value for index, value in enumerate(chosen.values())}
        self._connection.execute(
            text(f"UPDATE {table_name} SET {assignments} WHERE id = :row_id"),
            {**parameters, "row_id": row_id},
        )


def _conflict(row: Any) -> SyncConflict:
    return SyncConflict(
        id=row[0],
        kind=row[1],
        table_name=row[2],
        row_id=row[3],
        other_row_id=row[4],
        fields=tuple(json.loads(row[5] or "[]")),
        ours=json.loads(row[6] or "{}"),
        theirs=json.loads(row[7] or "{}"),
        detected_at=datetime.fromtimestamp(int(row[8]), UTC),
        status=row[9],
        resolution=row[10],
    )
