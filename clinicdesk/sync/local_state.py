"""The PC's side of a sync round, each step one short local transaction.

No local transaction is held open across network I/O: a batch is prepared (moved from
the outbox to ``sync_inflight``) and committed before it is sent, and the server's answer
is recorded in a new transaction afterwards. A crash in between leaves the batch in
``sync_inflight``; the next round re-sends it unchanged under the same client seqs, and
the server answers the repeat without applying it twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, text

from clinicdesk.store.engine import BEGIN_IMMEDIATE_FLAG
from clinicdesk.store.sync_capture import SYNCED_TABLES, applying_server_rows
from clinicdesk.sync.merge import merge_local
from clinicdesk.sync.rows import dumps, loads, read_rows, row_json, upsert_rows
from clinicdesk.sync.server_ops import OutgoingChange, PushResult, ServerRow

CLIENT_ID_KEY = "client_id"
CURSOR_KEY = "cursor"
LAST_SYNC_KEY = "last_sync_at"
LAST_ATTEMPT_KEY = "last_attempt_at"
LAST_ERROR_KEY = "last_error"
CLOCK_SKEW_KEY = "clock_skew_seconds"
SERVER_HEAD_KEY = "server_head"
# Rows of this PC's whole-clinic snapshot not yet confirmed by the server (sync/bulk.py).
SNAPSHOT_KEY = "snapshot_rows"


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A local write transaction that takes the write lock at BEGIN (see store/uow.py)."""
    with engine.connect() as connection:
        connection.info[BEGIN_IMMEDIATE_FLAG] = True
        with connection.begin():
            yield connection


def get_state(connection: Connection, key: str) -> str | None:
    value = connection.execute(
        text("SELECT value FROM sync_state WHERE key = :key"), {"key": key}
    ).scalar_one_or_none()
    return None if value is None else str(value)


def set_state(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        text(
            "INSERT INTO sync_state (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": key, "value": value},
    )


def pending_changes(connection: Connection) -> int:
    """Rows changed on this PC and not yet acknowledged by the server."""
    outbox = connection.exec_driver_sql(
        "SELECT count(*) FROM (SELECT DISTINCT table_name, row_id FROM sync_outbox "
        "UNION SELECT table_name, row_id FROM sync_inflight)"
    ).scalar_one()
    return int(outbox)


def open_conflicts(connection: Connection) -> int:
    return int(
        connection.exec_driver_sql(
            "SELECT count(*) FROM sync_conflicts WHERE status = 'open' AND deleted = 0"
        ).scalar_one()
    )


def local_synced_rows(connection: Connection) -> int:
    return sum(
        int(connection.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar_one())
        for name in SYNCED_TABLES
    )


def prepare_batch(engine: Engine, limit: int) -> list[OutgoingChange]:
    """The batch to push: the unanswered in-flight batch, else the next rows from the outbox.

    Rows changed several times are sent once, in their current state, in the order of
    their first pending change (parents before children) under the seq of their last.
    The batch is put together by SQLite itself (rows as ``json_object``, bases joined in)
    so that Python only reads it back.
    """
    with write_transaction(engine) as connection:
        if not _inflight_count(connection):
            # The oldest ``limit`` outbox entries (a walk of the primary key, not a
            # grouping of the whole outbox, which made a snapshot of N rows cost N^2),
            # then every entry of those rows through the row index.
            connection.exec_driver_sql("DROP TABLE IF EXISTS temp.sync_pending")
            connection.exec_driver_sql(
                "CREATE TEMP TABLE sync_pending (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
                "first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, "
                "PRIMARY KEY (table_name, row_id))"
            )
            connection.exec_driver_sql(
                "INSERT INTO temp.sync_pending SELECT table_name, row_id, min(seq), max(seq) "
                "FROM sync_outbox WHERE (table_name, row_id) IN "
                "(SELECT table_name, row_id FROM sync_outbox ORDER BY seq LIMIT ?) "
                "GROUP BY table_name, row_id",
                (limit,),
            )
            present = [
                str(row[0])
                for row in connection.exec_driver_sql(
                    "SELECT DISTINCT table_name FROM temp.sync_pending"
                )
            ]
            for table_name in SYNCED_TABLES:
                if table_name not in present:
                    continue
                # Nothing is hard-deleted; a vanished row has nothing to send (no join).
                connection.exec_driver_sql(
                    "INSERT INTO sync_inflight (client_seq, position, table_name, row_id, "
                    "data, base_version, base_data) "
                    f"SELECT p.last_seq, p.first_seq, p.table_name, p.row_id, "
                    f"{row_json(table_name, 'x')}, coalesce(b.version, 0), b.data "
                    f"FROM temp.sync_pending AS p JOIN {table_name} AS x ON x.id = p.row_id "
                    "LEFT JOIN sync_base AS b "
                    "ON b.table_name = p.table_name AND b.row_id = p.row_id "
                    "WHERE p.table_name = ?",
                    (table_name,),
                )
            connection.exec_driver_sql(
                "DELETE FROM sync_outbox WHERE seq IN (SELECT o.seq FROM temp.sync_pending AS p "
                "JOIN sync_outbox AS o ON o.table_name = p.table_name AND o.row_id = p.row_id "
                "AND o.seq <= p.last_seq)"
            )
            connection.exec_driver_sql("DROP TABLE temp.sync_pending")
        return [
            OutgoingChange(
                int(r[0]),
                str(r[1]),
                str(r[2]),
                loads(r[3]) or {},
                int(r[4]),
                loads(r[5]),
                data_text=str(r[3]),
            )
            for r in connection.exec_driver_sql(
                "SELECT client_seq, table_name, row_id, data, base_version, base_data "
                "FROM sync_inflight ORDER BY position"
            )
        ]


def _inflight_count(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SELECT count(*) FROM sync_inflight").scalar_one())


def record_push(engine: Engine, batch: Sequence[OutgoingChange], result: PushResult) -> None:
    """Keep the server's answer: new bases, merged rows, and an empty in-flight batch."""
    with write_transaction(engine) as connection, applying_server_rows(connection):
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        # Where the server kept exactly what was sent, this PC's row (with any edit made
        # since) is already right: only rows the server merged are read and rewritten.
        merged = [c for c in batch if result.rows[c.client_seq].data != c.data]
        local = _rows_by_key(connection, [(c.table_name, c.row_id) for c in merged])
        writes: dict[str, list[dict[str, Any]]] = {}
        for change in merged:
            server = result.rows[change.client_seq]
            mine = local.get((change.table_name, change.row_id))
            kept = server.data if mine is None else merge_local(change.data, mine, server.data)
            if kept != mine:
                writes.setdefault(change.table_name, []).append(kept)
        _upsert_all(connection, writes)
        bases: list[tuple[str, str, int, str | None]] = []
        for change in batch:
            server = result.rows[change.client_seq]
            kept_as_sent = change.data_text is not None and server.data == change.data
            text = change.data_text if kept_as_sent else dumps(server.data)
            bases.append((server.table_name, server.row_id, server.version, text))
        _set_base_texts(connection, bases)
        connection.exec_driver_sql("DELETE FROM sync_inflight")


def apply_pull(engine: Engine, rows: Sequence[ServerRow], new_cursor: int, head: int) -> int:
    """Apply rows other PCs changed and advance the cursor, in one transaction.

    A row with changes still waiting here keeps them (merged over the server's other
    fields) and keeps its old base, so the server merges the push against what this PC
    really started from. Returns the number of rows written.
    """
    with write_transaction(engine) as connection, applying_server_rows(connection):
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        keys = [(r.table_name, r.row_id) for r in rows]
        bases = _bases(connection, keys)
        pending = _pending_keys(connection)
        local = _rows_by_key(connection, [k for k in keys if k in pending])
        writes: dict[str, list[dict[str, Any]]] = {}
        new_bases: list[ServerRow] = []
        for row in rows:
            key = (row.table_name, row.row_id)
            if row.table_name not in SYNCED_TABLES:
                continue  # a table from a newer clinicdesk: kept on the server only
            base_version, base_data = bases.get(key, (0, None))
            if base_version >= row.version:
                continue
            if key in pending and key in local:
                writes.setdefault(row.table_name, []).append(
                    merge_local(base_data or {}, local[key], row.data)
                )
            else:
                writes.setdefault(row.table_name, []).append(row.data)
                new_bases.append(row)
        _upsert_all(connection, writes)
        _set_bases(connection, new_bases)
        set_state(connection, CURSOR_KEY, str(new_cursor))
        set_state(connection, SERVER_HEAD_KEY, str(head))
        return sum(len(group) for group in writes.values())


def _upsert_all(connection: Connection, writes: dict[str, list[dict[str, Any]]]) -> None:
    # Parents first, so rows inserted in one statement find theirs.
    for table_name in SYNCED_TABLES:
        if writes.get(table_name):
            upsert_rows(connection, table_name, writes[table_name])


def _rows_by_key(
    connection: Connection, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    by_table: dict[str, list[str]] = {}
    for table_name, row_id in keys:
        if table_name in SYNCED_TABLES:
            by_table.setdefault(table_name, []).append(row_id)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for table_name, ids in by_table.items():
        for row_id, row in read_rows(connection, table_name, ids).items():
            found[(table_name, row_id)] = row
    return found


def _bases(
    connection: Connection, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], tuple[int, dict[str, Any] | None]]:
    wanted = set(keys)
    found: dict[tuple[str, str], tuple[int, dict[str, Any] | None]] = {}
    by_table: dict[str, list[str]] = {}
    for table_name, row_id in wanted:
        by_table.setdefault(table_name, []).append(row_id)
    for table_name, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row_id, version, data in connection.exec_driver_sql(
                f"SELECT row_id, version, data FROM sync_base "
                f"WHERE table_name = ? AND row_id IN ({marks})",
                (table_name, *chunk),
            ):
                found[(table_name, str(row_id))] = (int(version), loads(data))
    return found


def _set_bases(connection: Connection, rows: Sequence[ServerRow]) -> None:
    _set_base_texts(connection, [(r.table_name, r.row_id, r.version, dumps(r.data)) for r in rows])


def _set_base_texts(
    connection: Connection, rows: Sequence[tuple[str, str, int, str | None]]
) -> None:
    """(table, row id, version, JSON text) as the rows' new bases, straight through the
    driver (thousands at a time after a push)."""
    if rows:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.executemany(
            "INSERT INTO sync_base (table_name, row_id, version, data) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (table_name, row_id) DO UPDATE "
            "SET version = excluded.version, data = excluded.data",
            rows,
        )


def _pending_keys(connection: Connection) -> set[tuple[str, str]]:
    return {
        (str(t), str(r))
        for t, r in connection.exec_driver_sql(
            "SELECT table_name, row_id FROM sync_outbox "
            "UNION SELECT table_name, row_id FROM sync_inflight"
        )
    }
