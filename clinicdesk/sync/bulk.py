"""Whole-clinic transfers: a clinic's first PC sends everything, a new PC copies everything.

The ordinary push and pull merge row by row (three-way, conflict checks, a Python dict
per row), which is right for a day's edits and far too slow for a year of history
(200,000 patients, 1,000,000 appointments). These two transfers happen when there is
nothing to merge with, so they move rows as text, in pages, with PostgreSQL ``COPY`` and
SQLite's own JSON functions; Python never builds a row.

**A first PC joins an empty server** (:func:`snapshot_locally`, :func:`send_snapshot`):

1. One local transaction turns capture on and writes every synced row into ``sync_base``
   as JSON (``json_object`` in SQLite), numbered 1..N: row k will be the server's
   change k. Edits made after it are captured and pushed later the ordinary way, merged
   against this base.
2. Pages of those rows go up with ``COPY FROM STDIN`` into a temporary table of the
   session. No lock is held: a link that goes silent mid-copy holds up nobody (a
   ``COPY FROM STDIN`` waiting on the client is not stopped by ``statement_timeout``,
   so it must never run under the counter lock).
3. One transaction takes the counter lock, checks the server is still empty, and moves
   the staged rows into ``sync_rows`` and ``sync_changes`` with server-side statements
   only (bounded by ``statement_timeout``; nothing waits on the client), plus one
   ``sync_applied`` entry (client seq 0, which the outbox never uses) that lets a retry
   after a lost reply find the load done.

Clash and duplicate checks are not run on this load: they look for rows of *different*
PCs that collide, and everything here comes from one PC whose own bookings were checked
when they were made.

**A new PC copies a clinic** (:func:`copy_server`): in one REPEATABLE READ snapshot, the
counter and then pages of ``sync_rows`` come down with ``COPY TO STDOUT`` into
``sync_base``; SQLite's ``json_extract`` then fills each table from there, parents first.
The new PC's store is empty and in nobody else's use, so this runs in one local
transaction: a failure leaves the store empty and the next round starts again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection, Engine
from sqlalchemy.dialects import sqlite

from clinicdesk.domain.i18n import tr
from clinicdesk.store.sync_capture import SYNCED_TABLES, applying_server_rows
from clinicdesk.store.tables import metadata
from clinicdesk.sync.connection import Deadline
from clinicdesk.sync.errors import SyncError
from clinicdesk.sync.rows import row_json
from clinicdesk.sync.server_schema import check_server_version

# Rows per COPY statement: each page is one network step under its own deadline.
PAGE_ROWS = 50_000
# Page cache (KiB) while a whole clinic is written: the indexes of a million rows, filled
# in random order, stay in memory instead of being read back and decrypted page by page.
# A bound, not a reservation: SQLite takes it as pages are used.
BULK_CACHE_KIB = 384 * 1024
# The client seq of the one ``sync_applied`` entry a first PC's load leaves behind.
SNAPSHOT_CLIENT_SEQ = 0


def _copy_text(expression: str) -> str:
    """SQL turning a text value into a field of PostgreSQL's COPY text format."""
    for char, escaped in (("\\", "\\\\"), ("char(9)", "\\t"), ("char(10)", "\\n")):
        target = f"'{char}'" if not char.startswith("char") else char
        expression = f"replace({expression}, {target}, '{escaped}')"
    return f"replace({expression}, char(13), '\\r')"


@contextmanager
def large_cache(connection: Connection) -> Iterator[None]:
    """A big page cache for this connection while a whole clinic is written."""
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def snapshot_locally(connection: Connection) -> int:
    """Write every synced row into ``sync_base`` numbered from 1 (in the caller's write
    transaction, which also turns capture on); returns how many."""
    connection.exec_driver_sql("DELETE FROM sync_base")
    total = 0
    with large_cache(connection):
        for table_name in SYNCED_TABLES:
            result = connection.exec_driver_sql(
                f"INSERT INTO sync_base (table_name, row_id, version, data) "
                f"SELECT '{table_name}', id, {total} + row_number() OVER (ORDER BY rowid), "
                f"{row_json(table_name, table_name)} FROM {table_name} ORDER BY rowid"
            )
            total += max(result.rowcount, 0)
    return total


def _snapshot_pages(engine: Engine, rows: int) -> Iterator[str]:
    """The local snapshot as COPY text, a page at a time (read by rowid: the order it was
    written in, which is its numbering).

    JSON made by SQLite never holds a raw tab, newline or carriage return (it escapes
    them), so of COPY's special characters only its backslashes need escaping: done on
    the whole page at once. Ids are escaped in full, in SQL.
    """
    line = (
        f"version || char(9) || {_copy_text('table_name')} || char(9) || "
        f"{_copy_text('row_id')} || char(9) || replace(data, '\\', char(1)) || char(10)"
    )
    after = 0
    while True:
        with engine.connect() as connection:
            page = connection.exec_driver_sql(
                f"SELECT max(rowid), group_concat(line, '') FROM (SELECT rowid, {line} AS line "
                "FROM sync_base WHERE rowid > ? AND version <= ? ORDER BY rowid LIMIT ?)",
                (after, rows, PAGE_ROWS),
            ).one()
        if page[0] is None:
            return
        after = int(page[0])
        yield str(page[1]).replace("\x01", "\\\\")


def snapshot_applied(conn: psycopg.Connection[Any], client_id: str) -> int | None:
    """The last sequence of this PC's whole-clinic load, if the server has it."""
    row = conn.execute(
        "SELECT seq FROM sync_applied WHERE client_id = %s AND client_seq = %s",
        (client_id, SNAPSHOT_CLIENT_SEQ),
    ).fetchone()
    return None if row is None else int(row[0])


def send_snapshot(
    engine: Engine,
    conn: psycopg.Connection[Any],
    client_id: str,
    rows: int,
    *,
    deadline_seconds: float,
    apply_seconds: float,
) -> int:
    """Send the local snapshot of ``rows`` rows and apply it; returns the server head."""
    with Deadline(conn, deadline_seconds, "sending the clinic"):
        done = snapshot_applied(conn, client_id)
        if done is not None:
            return done
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS sync_snapshot_stage "
            "(seq bigint, table_name text, row_id text, data jsonb)"
        )
        conn.execute("TRUNCATE sync_snapshot_stage")
    for page in _snapshot_pages(engine, rows):
        with (
            Deadline(conn, deadline_seconds, "sending the clinic"),
            conn.cursor() as cur,
            cur.copy("COPY sync_snapshot_stage (seq, table_name, row_id, data) FROM STDIN") as copy,
        ):
            copy.write(page)
    with Deadline(conn, apply_seconds, "storing the clinic on the server"):
        return _apply_snapshot(conn, client_id, rows, apply_seconds)


def _apply_snapshot(
    conn: psycopg.Connection[Any], client_id: str, rows: int, apply_seconds: float
) -> int:
    with conn.transaction():
        # Server-side work only from here on: a longer statement limit than a network
        # step's, since it writes the whole clinic while nothing waits on the client.
        conn.execute(sql.SQL("SET LOCAL statement_timeout = {}").format(int(apply_seconds * 1000)))
        check_server_version(conn, lock=True)
        counter = conn.execute("SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE").fetchone()
        assert counter is not None
        staged = conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM sync_snapshot_stage")
        count, last = staged.fetchone() or (0, 0)
        if int(counter[0]) != 0 or conn.execute("SELECT 1 FROM sync_rows LIMIT 1").fetchone():
            raise SyncError(
                tr(
                    "bulk",
                    "Another PC sent its clinic to the sync server first; clinics are never "
                    "mixed. Join this PC from an empty data folder instead.",
                )
            )
        if int(count) != rows or int(last) != rows:
            raise SyncError(
                tr(
                    "bulk",
                    "The clinic did not reach the server whole; the next sync sends it again.",
                )
            )
        # Into an empty table, building each secondary index once afterwards is several
        # times faster than growing it a row at a time. The table is empty, so the lock
        # DROP INDEX takes (until commit) keeps nobody from anything they could read.
        indexes = conn.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes AS i "
            "WHERE i.schemaname = current_schema() AND i.tablename = 'sync_rows' "
            "AND i.indexname NOT IN (SELECT conname FROM pg_constraint "
            "WHERE conrelid = 'sync_rows'::regclass)"
        ).fetchall()
        for name, _definition in indexes:
            conn.execute(sql.SQL("DROP INDEX {}").format(sql.Identifier(name)))
        conn.execute("SET LOCAL maintenance_work_mem = '256MB'")
        conn.execute(
            "INSERT INTO sync_rows (table_name, row_id, data, version, slot_seq, last_client) "
            "SELECT table_name, row_id, data, seq, seq, %s FROM sync_snapshot_stage",
            (client_id,),
        )
        for _name, definition in indexes:
            conn.execute(definition)
        conn.execute(
            "INSERT INTO sync_changes (seq, table_name, row_id, client_id) "
            "SELECT seq, table_name, row_id, %s FROM sync_snapshot_stage",
            (client_id,),
        )
        conn.execute(
            "INSERT INTO sync_applied (client_id, client_seq, table_name, row_id, seq) "
            "VALUES (%s, %s, '', '', %s)",
            (client_id, SNAPSHOT_CLIENT_SEQ, rows),
        )
        conn.execute("UPDATE sync_counter SET value = %s WHERE id = 1", (rows,))
        conn.execute("UPDATE sync_clients SET last_seen = now() WHERE client_id = %s", (client_id,))
    conn.execute("DROP TABLE IF EXISTS sync_snapshot_stage")
    return rows


def copy_server(
    connection: Connection,
    conn: psycopg.Connection[Any],
    *,
    deadline_seconds: float,
) -> tuple[int, int]:
    """Copy every row of the server into this (empty) store, inside the caller's local
    write transaction; returns (rows written, the server head they are as of)."""
    with large_cache(connection):
        return _copy_server(connection, conn, deadline_seconds)


def _copy_server(
    connection: Connection, conn: psycopg.Connection[Any], deadline_seconds: float
) -> tuple[int, int]:
    wanted = list(SYNCED_TABLES)
    raw = connection.connection.dbapi_connection
    assert raw is not None
    connection.exec_driver_sql("DELETE FROM sync_base")
    with conn.transaction():
        with Deadline(conn, deadline_seconds, "copying the clinic"):
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            check_server_version(conn)
            head_row = conn.execute("SELECT value FROM sync_counter WHERE id = 1").fetchone()
            assert head_row is not None
            head = int(head_row[0])
        after = ("", "")
        while True:
            page = sql.SQL(
                "COPY (SELECT table_name, row_id, version, data FROM sync_rows "
                "WHERE (table_name, row_id) > ({}, {}) AND table_name = ANY({}) "
                "ORDER BY table_name, row_id LIMIT {}) TO STDOUT"
            ).format(sql.Literal(after[0]), sql.Literal(after[1]), sql.Literal(wanted), PAGE_ROWS)
            with (
                Deadline(conn, deadline_seconds, "copying the clinic"),
                conn.cursor() as cur,
                cur.copy(page) as copy,
            ):
                rows = list(copy.rows())
            if not rows:
                break
            raw.executemany(  # in the key order of sync_base: appended, not scattered
                "INSERT INTO sync_base (table_name, row_id, version, data) VALUES (?, ?, ?, ?)",
                rows,
            )
            after = (rows[-1][0], rows[-1][1])
    written = 0
    with applying_server_rows(connection):
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for table_name in SYNCED_TABLES:  # parents first
            written += _fill_from_base(connection, table_name)
    return written, head


def _fill_from_base(connection: Connection, table_name: str) -> int:
    """Insert the table's rows from their JSON in ``sync_base``. A field the row lacks
    (written by an older clinicdesk) takes the column's default, as an INSERT naming
    only the row's fields would."""
    names: list[str] = []
    values: list[str] = []
    for column in metadata.tables[table_name].columns:
        path = f"'$.\"{column.name}\"'"
        value = f"json_extract(data, {path})"
        default = _default_sql(column)
        if default is not None:
            value = f"CASE WHEN json_type(data, {path}) IS NULL THEN {default} ELSE {value} END"
        names.append(f'"{column.name}"')
        values.append(value)
    result = connection.exec_driver_sql(
        f"INSERT INTO {table_name} ({', '.join(names)}) SELECT {', '.join(values)} "
        f"FROM sync_base WHERE table_name = '{table_name}'"
    )
    return max(result.rowcount, 0)


def _default_sql(column: Any) -> str | None:
    default = column.server_default
    if default is None:
        return None
    argument = default.arg
    if isinstance(argument, str):
        return "'" + argument.replace("'", "''") + "'"
    return str(argument.compile(dialect=sqlite.dialect()))
