"""Shared bits for turning rows into entities and back."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, update
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.errors import NotFoundError

T = TypeVar("T")

# SQLite's default limit on host parameters is 32766; stay well below it per statement.
_CHUNK = 900


def chunks(items: Sequence[T], size: int = _CHUNK) -> Iterator[Sequence[T]]:
    for offset in range(0, len(items), size):
        yield items[offset : offset + size]


def update_row(connection: Connection, table: Table, values: dict[str, Any], what: str) -> None:
    """Update one row by id; a missing row is the user's "not found", not a silent no-op."""
    result = connection.execute(update(table).where(table.c.id == values["id"]).values(values))
    if result.rowcount != 1:
        raise NotFoundError(f"The {what} no longer exists.")


def insert_many(connection: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= 5000:
            connection.execute(table.insert(), batch)
            batch = []
    if batch:
        connection.execute(table.insert(), batch)


def as_dict(row: RowMapping) -> dict[str, Any]:
    return dict(row)
