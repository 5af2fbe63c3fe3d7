"""The shared PostgreSQL schema: versioned, created and upgraded by ``sync server-init``.

Tables
  sync_meta      schema_version (and the clinic's name once known)
  sync_counter   one row holding the last change sequence handed out. A push updates it
                 in its own transaction, so pushes are serialised: sequences are handed
                 out in commit order and every sequence at or below the committed counter
                 is visible to a reader of that snapshot. A pull therefore never skips a
                 change that commits late (the gap a plain ``bigserial`` leaves while an
                 earlier transaction is still open). One writer at a time is plenty for a
                 clinic's few PCs, and simpler to reason about than xid snapshots.
  sync_rows      current state of every row (table, id) as JSONB, with the sequence of its
                 last change and of the change that last set its time slot
  sync_changes   the change log: one row per applied change, in sequence order
  sync_applied   (client id, client seq) of every applied push: a retried push after a
                 lost reply finds its changes here and is not applied twice
  sync_clients   PCs that joined, with when they were last seen

Each step in ``MIGRATIONS`` is applied once, in order, under an advisory lock, in one
transaction with the version bump: running ``server-init`` twice changes nothing.
"""

from __future__ import annotations

from typing import Any

import psycopg

from clinicdesk.domain.i18n import tr
from clinicdesk.sync.errors import ServerVersionError

SERVER_SCHEMA_VERSION = 2
# An appointment's time as a range (inclusive, and never reversed, so a damaged row cannot
# break an index build); clash detection must use this very expression to use the index.
APPOINTMENT_TIME_RANGE = (
    "int8range(least((data->>'start')::bigint, (data->>'end')::bigint), "
    "greatest((data->>'start')::bigint, (data->>'end')::bigint), '[]')"
)
# Arbitrary constant naming the advisory lock held while the schema is changed.
_SCHEMA_LOCK_ID = 7_202_611

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE IF NOT EXISTS sync_meta (
               key text PRIMARY KEY,
               value text NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS sync_counter (
               id int PRIMARY KEY CHECK (id = 1),
               value bigint NOT NULL)""",
        "INSERT INTO sync_counter (id, value) VALUES (1, 0) ON CONFLICT DO NOTHING",
        """CREATE TABLE IF NOT EXISTS sync_rows (
               table_name text NOT NULL,
               row_id text NOT NULL,
               data jsonb NOT NULL,
               version bigint NOT NULL,
               slot_seq bigint NOT NULL DEFAULT 0,
               last_client text NOT NULL,
               PRIMARY KEY (table_name, row_id))""",
        """CREATE INDEX IF NOT EXISTS sync_rows_appointment_provider
               ON sync_rows ((data->>'provider_id')) WHERE table_name = 'appointments'""",
        """CREATE INDEX IF NOT EXISTS sync_rows_appointment_room
               ON sync_rows ((data->>'room_id')) WHERE table_name = 'appointments'""",
        """CREATE INDEX IF NOT EXISTS sync_rows_appointment_patient
               ON sync_rows ((data->>'patient_id')) WHERE table_name = 'appointments'""",
        """CREATE INDEX IF NOT EXISTS sync_rows_patient_identity
               ON sync_rows (lower(data->>'family'), (data->>'birth_date'))
               WHERE table_name = 'patients'""",
        """CREATE TABLE IF NOT EXISTS sync_changes (
               seq bigint PRIMARY KEY,
               table_name text NOT NULL,
               row_id text NOT NULL,
               client_id text NOT NULL,
               committed_at timestamptz NOT NULL DEFAULT now())""",
        """CREATE TABLE IF NOT EXISTS sync_applied (
               client_id text NOT NULL,
               client_seq bigint NOT NULL,
               table_name text NOT NULL,
               row_id text NOT NULL,
               seq bigint NOT NULL,
               PRIMARY KEY (client_id, client_seq))""",
        """CREATE TABLE IF NOT EXISTS sync_clients (
               client_id text PRIMARY KEY,
               name text NOT NULL,
               joined_at timestamptz NOT NULL DEFAULT now(),
               last_seen timestamptz NOT NULL DEFAULT now())""",
    ),
    # Clash detection looks up the appointments overlapping each pushed one: without an
    # index on the time range that was a scan of every appointment per pushed one, so a
    # clinic's first join was quadratic (hours for a year of history).
    2: (
        f"""CREATE INDEX IF NOT EXISTS sync_rows_appointment_time
               ON sync_rows USING gist ({APPOINTMENT_TIME_RANGE})
               WHERE table_name = 'appointments'""",
    ),
}


def server_init(conn: psycopg.Connection[Any]) -> tuple[int, int]:
    """Create or upgrade the server schema; returns (version before, version after).

    Refuses a server already at a newer version than this clinicdesk knows.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK_ID,))
        before = _read_version(conn) or 0
        if before > SERVER_SCHEMA_VERSION:
            raise _newer_server(before)
        for version in range(before + 1, SERVER_SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)  # type: ignore[arg-type]
            conn.execute(
                "INSERT INTO sync_meta (key, value) VALUES ('schema_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (str(version),),
            )
    return before, max(before, SERVER_SCHEMA_VERSION)


def check_server_version(conn: psycopg.Connection[Any], *, lock: bool = False) -> int:
    """The server's schema version, refused unless it is the one this clinicdesk speaks.

    With ``lock`` (inside a push) the version row is held FOR SHARE, so a concurrent
    ``server-init`` upgrade waits for the push and the push never writes to a schema
    that changed under it.
    """
    version = _read_version(conn, lock=lock)
    if version is None:
        raise ServerVersionError(
            tr(
                "server schema",
                "The sync server has not been set up for clinicdesk yet: run 'clinicdesk sync "
                "server-init --url ...' once.",
            )
        )
    if version > SERVER_SCHEMA_VERSION:
        raise _newer_server(version)
    if version < SERVER_SCHEMA_VERSION:
        raise ServerVersionError(
            tr(
                "server schema",
                "The sync server uses an older format ({version}) than this clinicdesk "
                "({SERVER_SCHEMA_VERSION}): run 'clinicdesk sync server-init --url ...' to "
                "upgrade it. Nothing was sent.",
            ).format(version=version, SERVER_SCHEMA_VERSION=SERVER_SCHEMA_VERSION)
        )
    return version


def _read_version(conn: psycopg.Connection[Any], *, lock: bool = False) -> int | None:
    exists = conn.execute("SELECT to_regclass('sync_meta') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return None
    query = "SELECT value FROM sync_meta WHERE key = 'schema_version'"
    row = conn.execute(query + (" FOR SHARE" if lock else "")).fetchone()  # type: ignore[arg-type]
    return int(row[0]) if row else None


def _newer_server(version: int) -> ServerVersionError:
    return ServerVersionError(
        tr(
            "server schema",
            "The sync server was set up by a newer clinicdesk (format {version}; this PC knows "
            "{SERVER_SCHEMA_VERSION}). Update clinicdesk on this PC; nothing was sent.",
        ).format(version=version, SERVER_SCHEMA_VERSION=SERVER_SCHEMA_VERSION)
    )
