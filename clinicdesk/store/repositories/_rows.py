"""Shared bits for turning rows into entities and back."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, update
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.errors import NotFoundError
from clinicdesk.domain.i18n import tr

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
        raise NotFoundError(tr(" rows", "The {what} no longer exists.").format(what=what))


def insert_many(connection: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Insert rows (dicts with the same keys) in batches of 5,000 through one statement.

    Bulk loads (imports, the demo clinic's million appointments) are dominated by
    per-row overhead, so the statement is compiled once and each row becomes a tuple
    through the columns' own bind processors (UTC instants, JSON, dates) before the
    driver's executemany: the same values SQLAlchemy would bind, at a fraction of the cost.
    """
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return
    names = tuple(first)
    pick = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    insert_many_values(connection, table, names, map(pick, itertools.chain((first,), iterator)))


def insert_many_values(
    connection: Connection, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Like :func:`insert_many` for rows given as values in the order of ``names``
    (no dict per row: the demo clinic's million appointments come this way)."""
    dialect = connection.dialect
    converters = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    column_list = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    statement = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({column_list}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    converted = [(index, convert) for index, convert in enumerate(converters) if convert]

    def as_values(row: Sequence[Any]) -> tuple[Any, ...]:
        # Only the columns that have a bind processor (instants, JSON, booleans, dates)
        # are touched; the rest go to the driver as they are.
        values = list(row)
        for index, convert in converted:
            values[index] = convert(values[index])
        return tuple(values)

    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(as_values(row))
        if len(batch) >= 5000:
            connection.exec_driver_sql(statement, batch)
            batch = []
    if batch:
        connection.exec_driver_sql(statement, batch)


def as_dict(row: RowMapping) -> dict[str, Any]:
    return dict(row)
