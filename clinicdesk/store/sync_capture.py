"""Change capture: SQLite triggers append every change of a synced row to ``sync_outbox``.

Triggers run inside the writing transaction, so a change and its outbox entry commit
together or not at all, whoever wrote it (a service, a bulk UPDATE, an import). They
fire only while capture is on (``sync join`` turns it on; a one-PC clinic never fills
the outbox) and not while rows pulled from the server are being applied: the apply
path sets the ``applying`` flag inside its own write transaction and clears it before
commit, so no other connection ever sees it set.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

# Every table that syncs, parents before children: an initial snapshot queued in this
# order reaches other PCs in an order their foreign keys accept.
SYNCED_TABLES: tuple[str, ...] = (
    "clinic",
    "rooms",
    "providers",
    "users",
    "appointment_types",
    "working_hours",
    "schedule_exceptions",
    "patients",
    "appointments",
    "appointment_events",
    "waitlist",
    "call_list",
    "outbound_messages",
    "sync_conflicts",
    "message_consents",
    "inbound_messages",
    "message_settings",
    "recall_types",
    "recalls",
)

CAPTURE_KEY = "capture"
APPLYING_KEY = "applying"
ON = "on"
OFF = "off"

_WHEN = (
    f"(SELECT value FROM sync_state WHERE key = '{CAPTURE_KEY}') = '{ON}' "
    f"AND (SELECT value FROM sync_state WHERE key = '{APPLYING_KEY}') IS NOT '{ON}'"
)


def trigger_names(table_name: str) -> tuple[str, str]:
    return (f"sync_capture_{table_name}_insert", f"sync_capture_{table_name}_update")


def trigger_ddl(table_name: str) -> list[str]:
    """CREATE TRIGGER statements for one table (idempotent: IF NOT EXISTS)."""
    insert_name, update_name = trigger_names(table_name)
    body = f"INSERT INTO sync_outbox (table_name, row_id) VALUES ('{table_name}', NEW.id);"
    return [
        f"CREATE TRIGGER IF NOT EXISTS {insert_name} AFTER INSERT ON {table_name} "
        f"WHEN {_WHEN} BEGIN {body} END",
        f"CREATE TRIGGER IF NOT EXISTS {update_name} AFTER UPDATE ON {table_name} "
        f"WHEN {_WHEN} BEGIN {body} END",
    ]


def install_capture_triggers(
    connection: Connection, table_names: Iterable[str] = SYNCED_TABLES
) -> None:
    """Create the capture triggers (and the state rows they read) where missing."""
    for key in (CAPTURE_KEY, APPLYING_KEY):
        connection.execute(
            text("INSERT OR IGNORE INTO sync_state (key, value) VALUES (:key, :value)"),
            {"key": key, "value": OFF},
        )
    for table_name in table_names:
        for statement in trigger_ddl(table_name):
            connection.exec_driver_sql(statement)


def missing_capture_triggers(connection: Connection) -> list[str]:
    """Names of capture triggers that should exist and do not.

    A later migration that rebuilds a table (Alembic batch mode) drops its triggers;
    the sync round checks this and puts them back before trusting the outbox.
    """
    present = {
        str(row[0])
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        )
    }
    return [
        name
        for table_name in SYNCED_TABLES
        for name in trigger_names(table_name)
        if name not in present
    ]


def capture_enabled(connection: Connection) -> bool:
    value = connection.execute(
        text("SELECT value FROM sync_state WHERE key = :key"), {"key": CAPTURE_KEY}
    ).scalar_one_or_none()
    return value == ON


def enable_capture(connection: Connection, *, snapshot: bool) -> int:
    """Turn capture on; with ``snapshot``, queue every existing synced row for pushing.

    Returns the number of rows queued. Run inside the caller's write transaction.
    """
    install_capture_triggers(connection)
    connection.execute(
        text("UPDATE sync_state SET value = :on WHERE key = :key"),
        {"on": ON, "key": CAPTURE_KEY},
    )
    queued = 0
    if snapshot:
        for table_name in SYNCED_TABLES:
            result = connection.exec_driver_sql(
                f"INSERT INTO sync_outbox (table_name, row_id) "
                f"SELECT '{table_name}', id FROM {table_name} ORDER BY rowid"
            )
            queued += max(result.rowcount, 0)
    return queued


@contextmanager
def applying_server_rows(connection: Connection) -> Iterator[None]:
    """Within the caller's transaction: writes in this block are not captured.

    The flag is cleared before the block ends; if the block raises, the caller's
    transaction rolls back and takes the flag with it.
    """
    set_flag = text("UPDATE sync_state SET value = :value WHERE key = :key")
    connection.execute(set_flag, {"value": ON, "key": APPLYING_KEY})
    yield
    connection.execute(set_flag, {"value": OFF, "key": APPLYING_KEY})
