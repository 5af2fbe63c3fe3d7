"""Read and write synced rows as plain dicts of stored values (what the server keeps).

Columns are read without their Python types (an instant stays epoch seconds, a JSON
column stays its text), so a row survives the trip through PostgreSQL bit for bit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, column, insert, select, table, update

from clinicdesk.store.tables import metadata

_CHUNK = 500


def column_names(table_name: str) -> list[str]:
    return [col.name for col in metadata.tables[table_name].columns]


def _raw_table(table_name: str, names: Iterable[str]) -> Any:
    return table(table_name, *(column(name) for name in names))


def row_json(table_name: str, alias: str) -> str:
    """SQL for a row as a JSON object of its stored values, made by SQLite itself: the
    same values :func:`read_rows` reads (an instant stays epoch seconds, a JSON column its
    text)."""
    names = column_names(table_name)
    return "json_object(" + ", ".join(f"'{name}', {alias}.\"{name}\"" for name in names) + ")"


def read_rows(
    connection: Connection, table_name: str, row_ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    names = column_names(table_name)
    raw = _raw_table(table_name, names)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(row_ids), _CHUNK):
        chunk = list(row_ids[start : start + _CHUNK])
        for row in connection.execute(select(raw).where(raw.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found


def upsert_rows(connection: Connection, table_name: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert or overwrite rows by id; fields this version does not know are ignored.

    A plain UPDATE or INSERT, not an UPSERT: an UPSERT's conflict clause would override
    the conflict handling inside other tables' triggers (SQLite's rule for triggers).
    """
    known = set(column_names(table_name))
    existing = set(read_ids(connection, table_name, [str(row["id"]) for row in rows]))
    groups: dict[tuple[bool, tuple[str, ...]], list[dict[str, Any]]] = {}
    for row in rows:
        kept = {name: value for name, value in row.items() if name in known}
        groups.setdefault((kept["id"] in existing, tuple(sorted(kept))), []).append(kept)
    for (is_update, names), group in groups.items():
        raw = _raw_table(table_name, names)
        if is_update:
            statement = (
                update(raw)
                .where(raw.c.id == bindparam("_id"))
                .values({name: bindparam(name) for name in names if name != "id"})
            )
            connection.execute(statement, [{**row, "_id": row["id"]} for row in group])
        else:
            connection.execute(insert(raw), group)


def read_ids(connection: Connection, table_name: str, row_ids: Sequence[str]) -> list[str]:
    raw = _raw_table(table_name, ["id"])
    found: list[str] = []
    for start in range(0, len(row_ids), _CHUNK):
        chunk = list(row_ids[start : start + _CHUNK])
        found.extend(connection.execute(select(raw.c.id).where(raw.c.id.in_(chunk))).scalars())
    return found


def dumps(row: Mapping[str, Any] | None) -> str | None:
    return None if row is None else json.dumps(row, separators=(",", ":"), sort_keys=True)


def loads(text: str | None) -> dict[str, Any] | None:
    return None if text is None else json.loads(text)
