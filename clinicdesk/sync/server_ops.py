"""Push and pull, each one PostgreSQL transaction on the shared server.

Push: the batch is merged into ``sync_rows`` under the single-row counter lock (see
server_schema.py), each applied change gets the next sequence and an entry in
``sync_changes`` and ``sync_applied``; changes already in ``sync_applied`` (a retry after
a lost reply) are skipped and answered with the row's current state. Conflicts found on
the way are written as ``sync_conflicts`` rows, which then sync like any other row.

Pull: rows changed after the cursor, up to the committed counter, read in one
REPEATABLE READ snapshot, ordered by the first change of each row in the range (parents
were pushed before their children, so foreign keys hold on the receiving PC).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg

from clinicdesk.sync.conflict_rules import (
    ENTANGLED_FIELDS,
    SERVER_CLIENT_ID,
    detect_clashes,
    detect_duplicate_patients,
    field_conflict_row,
    slot_changed,
)
from clinicdesk.sync.merge import three_way
from clinicdesk.sync.packing import columns
from clinicdesk.sync.server_schema import check_server_version

Row = dict[str, Any]


@dataclass(frozen=True)
class OutgoingChange:
    client_seq: int
    table_name: str
    row_id: str
    data: Row
    base_version: int
    base_data: Row | None
    # ``data`` as the JSON text it was read as, when at hand: sent as is when the server
    # keeps the row exactly as sent (most rows), which saves encoding it again.
    data_text: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ServerRow:
    table_name: str
    row_id: str
    version: int
    data: Row


@dataclass(frozen=True)
class PushResult:
    # client_seq -> the row's state on the server after the push
    rows: dict[int, ServerRow]
    applied: int  # changes applied now (not counting repeats of an earlier push)
    conflicts: int  # conflict rows created
    last_seq: int


def server_now_epoch(conn: psycopg.Connection[Any]) -> float:
    row = conn.execute("SELECT extract(epoch FROM clock_timestamp())::float8").fetchone()
    assert row is not None
    return float(row[0])


def register_client(conn: psycopg.Connection[Any], client_id: str, name: str) -> None:
    with conn.transaction():
        conn.execute(
            "INSERT INTO sync_clients (client_id, name) VALUES (%s, %s) "
            "ON CONFLICT (client_id) DO UPDATE SET name = EXCLUDED.name, last_seen = now()",
            (client_id, name),
        )


def server_row_count(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT count(*) FROM sync_rows").fetchone()
    return int(row[0]) if row else 0


def push(
    conn: psycopg.Connection[Any], client_id: str, changes: Sequence[OutgoingChange]
) -> PushResult:
    with conn.transaction():
        check_server_version(conn, lock=True)
        counter_row = conn.execute(
            "SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE"
        ).fetchone()
        assert counter_row is not None
        seq = int(counter_row[0])
        seqs = [change.client_seq for change in changes]
        already = {
            int(row[0]): int(row[1])
            for row in conn.execute(
                "SELECT client_seq, seq FROM sync_applied "
                "WHERE client_id = %s AND client_seq = ANY(%s)",
                (client_id, seqs),
            )
        }
        current = _current_rows(conn, [(c.table_name, c.row_id) for c in changes])
        fresh = [change for change in changes if change.client_seq not in already]
        rows_out: list[tuple[Any, ...]] = []
        log: list[tuple[Any, ...]] = []
        applied: list[tuple[Any, ...]] = []
        conflict_rows: list[Row] = []
        slot_moves: list[tuple[str, Row]] = []  # appointments whose slot changed now
        new_patients: list[Row] = []
        for change in fresh:
            key = (change.table_name, change.row_id)
            theirs = current.get(key)
            their_data = theirs.data if theirs else None
            result = three_way(
                change.base_data,
                change.data,
                their_data,
                ENTANGLED_FIELDS.get(change.table_name, ()),
            )
            seq += 1
            slot_seq = theirs.slot_seq if theirs else seq
            if change.table_name == "appointments" and slot_changed(their_data, result.data):
                slot_seq = seq
                slot_moves.append((change.row_id, result.data))
            if change.table_name == "patients" and theirs is None:
                new_patients.append(result.data)
            current[key] = _Current(result.data, seq, slot_seq)
            sent = result.data
            if change.data_text is not None and result.data == change.data:
                sent = change.data_text  # already JSON: see OutgoingChange.data_text
            rows_out.append((change.table_name, change.row_id, sent, seq, slot_seq))
            log.append((seq, change.table_name, change.row_id, client_id))
            applied.append((client_id, change.client_seq, change.table_name, change.row_id, seq))
            if change.table_name != "sync_conflicts" and (result.conflicts or result.edit_delete):
                conflict_rows.append(
                    field_conflict_row(change.table_name, change.data, their_data or {}, result)
                )
        batch_ids = {c.row_id for c in fresh}
        conflict_rows += detect_clashes(conn, slot_moves, batch_ids)
        conflict_rows += detect_duplicate_patients(conn, new_patients, batch_ids)
        conflict_rows = _without_open_duplicates(conn, conflict_rows, current)
        for conflict in conflict_rows:
            seq += 1
            key = ("sync_conflicts", conflict["id"])
            current[key] = _Current(conflict, seq, seq)
            rows_out.append(("sync_conflicts", conflict["id"], conflict, seq, seq))
            log.append((seq, "sync_conflicts", conflict["id"], SERVER_CLIENT_ID))
        _write(conn, rows_out, log, applied, client_id)
        conn.execute("UPDATE sync_counter SET value = %s WHERE id = 1", (seq,))
    answer = {
        change.client_seq: ServerRow(
            change.table_name,
            change.row_id,
            current[(change.table_name, change.row_id)].version,
            current[(change.table_name, change.row_id)].data,
        )
        for change in changes
    }
    return PushResult(answer, len(fresh), len(conflict_rows), seq)


def pull(
    conn: psycopg.Connection[Any], cursor: int, limit: int, client_id: str = ""
) -> tuple[list[ServerRow], int, int]:
    """Rows changed after ``cursor``: (rows, new cursor, committed head).

    Rows whose every change in the range came from ``client_id`` are left out: that PC
    pushed them and recorded the server's answer (its merged state and version) before
    it pulls, so sending them back would only cost time (a whole clinic, after a join).
    """
    with conn.transaction():
        # One snapshot for the counter and the rows: every seq up to the counter is there.
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        check_server_version(conn)
        head_row = conn.execute("SELECT value FROM sync_counter WHERE id = 1").fetchone()
        assert head_row is not None
        head = int(head_row[0])
        upper = min(head, cursor + limit)
        rows = [
            ServerRow(str(r[0]), str(r[1]), int(r[2]), r[3])
            for r in conn.execute(
                """SELECT r.table_name, r.row_id, r.version, r.data
                     FROM (SELECT table_name, row_id, min(seq) AS first_seq
                             FROM sync_changes WHERE seq > %s AND seq <= %s
                            GROUP BY table_name, row_id
                           HAVING bool_or(client_id <> %s)) AS c
                     JOIN sync_rows AS r USING (table_name, row_id)
                    ORDER BY c.first_seq""",
                (cursor, upper, client_id),
            )
        ]
    return rows, max(cursor, upper), head


@dataclass
class _Current:
    data: Row
    version: int
    slot_seq: int


def _current_rows(
    conn: psycopg.Connection[Any], keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], _Current]:
    if not keys:
        return {}
    found: dict[tuple[str, str], _Current] = {}
    expressions, parameters = columns(
        ([k[0] for k in keys], "text"), ([k[1] for k in keys], "text")
    )
    for row in conn.execute(
        "SELECT r.table_name, r.row_id, r.data, r.version, r.slot_seq "
        f"FROM unnest({', '.join(expressions)}) AS k(table_name, row_id) "
        "JOIN sync_rows AS r USING (table_name, row_id)",
        parameters,
    ):
        found[(str(row[0]), str(row[1]))] = _Current(row[2], int(row[3]), int(row[4]))
    return found


def _without_open_duplicates(
    conn: psycopg.Connection[Any],
    conflicts: list[Row],
    current: dict[tuple[str, str], _Current],
) -> list[Row]:
    """Drop a conflict already open on the server (same id): found once, listed once."""
    ids = [c["id"] for c in conflicts]
    if not ids:
        return conflicts
    known = _current_rows(conn, [("sync_conflicts", i) for i in ids])
    kept: list[Row] = []
    seen: set[str] = set()
    for conflict in conflicts:
        existing = known.get(("sync_conflicts", conflict["id"])) or current.get(
            ("sync_conflicts", conflict["id"])
        )
        if conflict["id"] in seen:
            continue
        if existing and existing.data.get("status") == "open" and not existing.data.get("deleted"):
            continue
        seen.add(conflict["id"])
        kept.append(conflict)
    return kept


def _write(
    conn: psycopg.Connection[Any],
    rows_out: list[tuple[Any, ...]],
    log: list[tuple[Any, ...]],
    applied: list[tuple[Any, ...]],
    client_id: str,
) -> None:
    """Three set-based statements, whatever the batch size: each column goes up as one
    parameter and ``unnest`` turns them back into rows (a statement per row costs a round
    trip of the protocol each, even pipelined)."""
    with conn.cursor() as cur:
        if rows_out:
            # Several changes of one row in a batch: the last one wins, in order.
            latest: dict[tuple[str, str], tuple[Any, ...]] = {}
            for table_name, row_id, data, version, slot_seq in rows_out:
                latest[(table_name, row_id)] = (table_name, row_id, data, version, slot_seq)
            tables, ids, datas, versions, slots = zip(*latest.values(), strict=True)
            expressions, parameters = columns(
                (tables, "text"),
                (ids, "text"),
                ((d if isinstance(d, str) else json_text(d) for d in datas), "jsonb"),
                (versions, "bigint"),
                (slots, "bigint"),
            )
            cur.execute(
                "INSERT INTO sync_rows (table_name, row_id, data, version, slot_seq, last_client) "
                f"SELECT t, r, d, v, s, %s FROM unnest({', '.join(expressions)}) "
                "AS i(t, r, d, v, s) ON CONFLICT (table_name, row_id) DO UPDATE "
                "SET data = EXCLUDED.data, version = EXCLUDED.version, "
                "slot_seq = EXCLUDED.slot_seq, last_client = EXCLUDED.last_client",
                (client_id, *parameters),
            )
        if log:
            seqs, tables, ids, clients = zip(*log, strict=True)
            expressions, parameters = columns(
                (seqs, "bigint"), (tables, "text"), (ids, "text"), (clients, "text")
            )
            cur.execute(
                "INSERT INTO sync_changes (seq, table_name, row_id, client_id) "
                f"SELECT * FROM unnest({', '.join(expressions)})",
                parameters,
            )
        if applied:
            clients, client_seqs, tables, ids, seqs = zip(*applied, strict=True)
            expressions, parameters = columns(
                (clients, "text"),
                (client_seqs, "bigint"),
                (tables, "text"),
                (ids, "text"),
                (seqs, "bigint"),
            )
            cur.execute(
                "INSERT INTO sync_applied (client_id, client_seq, table_name, row_id, seq) "
                f"SELECT * FROM unnest({', '.join(expressions)})",
                parameters,
            )
        cur.execute("UPDATE sync_clients SET last_seen = now() WHERE client_id = %s", (client_id,))


def json_text(row: Row) -> str:
    """A row as JSON text for a ``::jsonb`` cast (the server normalises it)."""
    return json.dumps(row, separators=(",", ":"), ensure_ascii=False)
