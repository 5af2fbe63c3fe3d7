"""Bulk loading: many rows into ``patients`` and ``appointments`` inside one transaction.

Row-by-row upkeep is what makes a big load slow, not the inserts themselves: each new
row updates every secondary index (random B-tree inserts that thrash the page cache
once the indexes outgrow it) and fires the patient search triggers. Inside
:func:`bulk_load`:

* the connection's page cache is raised (decrypted pages stay in memory instead of
  being re-read and re-decrypted), and put back afterwards;
* the secondary indexes of the bulk tables are dropped and then rebuilt once, from
  their own stored ``CREATE INDEX`` text, by sorting (far cheaper than a million
  random inserts);
* the patient search triggers are dropped and the whole search index is rebuilt once
  at the end (:func:`rebuild_patient_search_index`), then the triggers come back from
  their stored text.

* while sync capture is off (a store that does not sync, or not yet), the capture
  triggers on the bulk tables' inserts are set aside too: they would only test, twice per
  row, that capture is off. They come back from their stored text at the end. A store
  that syncs keeps them, so it still queues every row.

All of it is DDL inside the caller's transaction: if the load fails and rolls back, the
indexes and triggers are back exactly as they were.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from clinicdesk.store.search_index import (
    FTS_TABLE,
    TRIGGER_NAMES,
    rebuild_patient_search_index,
)
from clinicdesk.store.sync_capture import CAPTURE_KEY, ON, trigger_names

BULK_TABLES = ("patients", "appointments")
BULK_SORT_THREADS = 2
# 256 MiB of decrypted pages while loading (the app's normal cache is 32 MiB): enough to
# keep the tables' growing right edges and the index rebuild's sort in memory.
BULK_CACHE_KIB = 256 * 1024


def _schema_objects(connection: Connection, kind: str, names_sql: str) -> list[tuple[str, str]]:
    rows = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = '{kind}' AND sql IS NOT NULL "
        f"AND {names_sql} ORDER BY name"
    ).all()
    return [(str(name), str(sql)) for name, sql in rows]


@contextmanager
def bulk_load(connection: Connection, tables: Collection[str] = BULK_TABLES) -> Iterator[None]:
    """Defer index and search-index upkeep of a large insert into ``tables`` (some of
    BULK_TABLES) until its end; the search index is rebuilt only if patients are among them.

    ``connection`` must be inside a transaction (a unit of work's). Nothing here commits.
    """
    unknown = set(tables) - set(BULK_TABLES)
    if unknown or not tables:
        raise ValueError(f"bulk load is for {', '.join(BULK_TABLES)}, not {sorted(unknown)}")
    names = ", ".join(f"'{name}'" for name in tables)
    indexes = _schema_objects(connection, "index", f"tbl_name IN ({names})")
    triggers = (
        _schema_objects(
            connection, "trigger", f"name IN ({', '.join(repr(n) for n in TRIGGER_NAMES)})"
        )
        if "patients" in tables
        else []
    )
    idle_capture = _idle_capture_triggers(connection, tables)
    previous_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    previous_threads = connection.exec_driver_sql("PRAGMA threads").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    # Lets CREATE INDEX sort on a helper thread as well.
    connection.exec_driver_sql(f"PRAGMA threads = {BULK_SORT_THREADS}")
    try:
        for name, _sql in indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
        for name, _sql in [*triggers, *idle_capture]:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        yield
        for _name, sql in indexes:
            connection.exec_driver_sql(sql)
        if triggers:
            # No incremental merging while the whole index is written in one go: the
            # rebuild ends with 'optimize', one merge of everything (about 2 s less for
            # 200,000 patients). Then back to FTS5's default.
            _fts_config(connection, "automerge", 0)
            rebuild_patient_search_index(connection)
            _fts_config(connection, "automerge", _FTS_DEFAULT_AUTOMERGE)
            for _name, sql in triggers:
                connection.exec_driver_sql(sql)
        for _name, sql in idle_capture:
            connection.exec_driver_sql(sql)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {previous_cache}")
        connection.exec_driver_sql(f"PRAGMA threads = {previous_threads}")


_FTS_DEFAULT_AUTOMERGE = 4


def _idle_capture_triggers(
    connection: Connection, tables: Collection[str]
) -> list[tuple[str, str]]:
    """The sync capture insert triggers of ``tables``, if capture is off."""
    capture = connection.exec_driver_sql(
        "SELECT value FROM sync_state WHERE key = ?", (CAPTURE_KEY,)
    ).scalar()
    if capture == ON:
        return []
    names = ", ".join(repr(trigger_names(table)[0]) for table in tables)
    return _schema_objects(connection, "trigger", f"name IN ({names})")


def _fts_config(connection: Connection, name: str, value: int) -> None:
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES (?, ?)", (name, value)
    )
