"""A sync round (push everything, then pull everything), joining, and the status read-model.

Call these from a background thread (the window never waits on the network): every
network step runs under a Deadline, so a stalled server costs at most
``deadline_seconds`` per step before ``SyncOfflineError`` is raised.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import Engine

from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.store.sync_capture import (
    capture_enabled,
    enable_capture,
    install_capture_triggers,
    missing_capture_triggers,
)
from clinicdesk.sync.bulk import copy_server, send_snapshot, snapshot_locally
from clinicdesk.sync.connection import (
    DEFAULT_CONNECT_TIMEOUT_S,
    DEFAULT_OPERATION_DEADLINE_S,
    Deadline,
    connect,
)
from clinicdesk.sync.errors import SyncError, SyncNotConfiguredError
from clinicdesk.sync.local_state import (
    CLIENT_ID_KEY,
    CLOCK_SKEW_KEY,
    CURSOR_KEY,
    LAST_ATTEMPT_KEY,
    LAST_ERROR_KEY,
    LAST_SYNC_KEY,
    SERVER_HEAD_KEY,
    SNAPSHOT_KEY,
    apply_pull,
    get_state,
    local_synced_rows,
    open_conflicts,
    pending_changes,
    prepare_batch,
    record_push,
    set_state,
    write_transaction,
)
from clinicdesk.sync.server_ops import (
    pull,
    push,
    register_client,
    server_now_epoch,
    server_row_count,
)
from clinicdesk.sync.server_schema import check_server_version

# A PC whose clock differs from the server's by more than this is warned.
CLOCK_SKEW_WARNING_S = 300.0


@dataclass(frozen=True)
class SyncTarget:
    """Where and how to reach the server. ``password`` comes from the keyring."""

    url: str
    password: str | None = None
    deadline_seconds: float = DEFAULT_OPERATION_DEADLINE_S
    connect_timeout: int = DEFAULT_CONNECT_TIMEOUT_S
    # Rows per push (one server transaction under the counter lock) and server sequences
    # per pull page (one local transaction): large enough that round trips do not
    # dominate, small enough that memory and time under the lock stay bounded.
    push_batch: int = 2000
    pull_page: int = 10_000
    # The server-side step of a first PC's whole-clinic load (sync/bulk.py) writes every
    # row in one statement with nothing waiting on the client: bounded by this instead.
    store_clinic_seconds: float = 600.0


@dataclass(frozen=True)
class RoundReport:
    pushed: int
    pulled: int
    conflicts_found: int
    server_head: int
    clock_skew_seconds: float
    seconds: float


@dataclass(frozen=True)
class JoinReport:
    client_id: str
    queued: int  # rows of this PC queued for the server (first PC of a clinic)
    round: RoundReport


@dataclass(frozen=True)
class SyncStatus:
    joined: bool
    last_sync_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str
    pending_changes: int
    open_conflicts: int
    clock_skew_seconds: float | None

    @property
    def online(self) -> bool:
        """Whether the last attempt reached the server."""
        return self.joined and self.last_attempt_at is not None and not self.last_error

    @property
    def clock_warning(self) -> str:
        skew = self.clock_skew_seconds
        if skew is None or abs(skew) <= CLOCK_SKEW_WARNING_S:
            return ""
        direction = "ahead of" if skew > 0 else "behind"
        return (
            f"This PC's clock is {abs(skew) / 60:.0f} minutes {direction} the sync server's. "
            "Set the clock right (Windows: Settings > Time > Sync now)."
        )


def sync_round(
    engine: Engine, target: SyncTarget, *, clock: Callable[[], float] = time.time
) -> RoundReport:
    """Push every waiting change, then pull every change made elsewhere."""
    started = time.monotonic()
    with write_transaction(engine) as connection:
        client_id = get_state(connection, CLIENT_ID_KEY)
        if not client_id or not capture_enabled(connection):
            raise SyncNotConfiguredError(
                tr(
                    "client",
                    "This PC has not joined a sync server: run 'clinicdesk sync join --url "
                    "...'.",
                )
            )
        if missing_capture_triggers(connection):
            # A table rebuilt by a migration lost its triggers: put them back first.
            install_capture_triggers(connection)
        set_state(connection, LAST_ATTEMPT_KEY, str(int(clock())))
    try:
        conn = connect(
            target.url,
            target.password,
            connect_timeout=target.connect_timeout,
            deadline_seconds=target.deadline_seconds,
        )
        try:
            report = _exchange(engine, conn, client_id, target, clock)
        finally:
            conn.close()
    except SyncError as exc:
        with write_transaction(engine) as connection:
            set_state(connection, LAST_ERROR_KEY, exc.message)
        raise
    with write_transaction(engine) as connection:
        set_state(connection, LAST_SYNC_KEY, str(int(clock())))
        set_state(connection, LAST_ERROR_KEY, "")
        set_state(connection, CLOCK_SKEW_KEY, f"{report.clock_skew_seconds:.1f}")
    return RoundReport(
        report.pushed,
        report.pulled,
        report.conflicts_found,
        report.server_head,
        report.clock_skew_seconds,
        time.monotonic() - started,
    )


def _exchange(
    engine: Engine,
    conn: psycopg.Connection[Any],
    client_id: str,
    target: SyncTarget,
    clock: Callable[[], float],
) -> RoundReport:
    seconds = target.deadline_seconds
    with Deadline(conn, seconds, "checking the server"):
        check_server_version(conn)
        skew = clock() - server_now_epoch(conn)
    pushed = conflicts = 0
    with engine.connect() as connection:
        snapshot_rows = int(get_state(connection, SNAPSHOT_KEY) or 0)
    if snapshot_rows:
        head = send_snapshot(
            engine,
            conn,
            client_id,
            snapshot_rows,
            deadline_seconds=seconds,
            apply_seconds=target.store_clinic_seconds,
        )
        with write_transaction(engine) as connection:
            # Every change up to the load's last one is this PC's own: nothing to pull.
            set_state(connection, CURSOR_KEY, str(head))
            set_state(connection, SERVER_HEAD_KEY, str(head))
            set_state(connection, SNAPSHOT_KEY, "")
        pushed += snapshot_rows
    while batch := prepare_batch(engine, target.push_batch):
        with Deadline(conn, seconds, "sending changes"):
            result = push(conn, client_id, batch)
        record_push(engine, batch, result)
        pushed += result.applied
        conflicts += result.conflicts
    pulled = 0
    head = 0
    while True:
        with engine.connect() as connection:
            cursor = int(get_state(connection, CURSOR_KEY) or 0)
        with Deadline(conn, seconds, "fetching changes"):
            rows, new_cursor, head = pull(conn, cursor, target.pull_page, client_id)
        pulled += apply_pull(engine, rows, new_cursor, head)
        if new_cursor >= head:
            break
    return RoundReport(pushed, pulled, conflicts, head, skew, 0.0)


def join(
    engine: Engine,
    target: SyncTarget,
    workstation: str,
    *,
    clock: Callable[[], float] = time.time,
) -> JoinReport:
    """Register this PC with the server and catch up.

    The first PC of a clinic sends all its data. A PC joining a server that already
    holds a clinic must start from an empty store (``clinicdesk sync join`` makes one):
    two separately made clinics are never mixed together.
    """
    conn = connect(
        target.url,
        target.password,
        connect_timeout=target.connect_timeout,
        deadline_seconds=target.deadline_seconds,
    )
    try:
        with Deadline(conn, target.deadline_seconds, "joining"):
            check_server_version(conn)
            server_rows = server_row_count(conn)
            with engine.connect() as connection:
                client_id = get_state(connection, CLIENT_ID_KEY) or new_id()
                already_joined = capture_enabled(connection)
                local_rows = local_synced_rows(connection)
            if server_rows and local_rows and not already_joined:
                raise SyncError(
                    tr(
                        "client",
                        "This PC already holds its own clinic data and the server already "
                        "holds a clinic; they are never mixed. To add this PC, join from an "
                        "empty data folder: clinicdesk --data-dir NEW_FOLDER sync join --url "
                        "...",
                    )
                )
            register_client(conn, client_id, workstation)
    finally:
        conn.close()
    queued = 0
    if not already_joined and server_rows == 0 and local_rows:
        with write_transaction(engine) as connection:
            set_state(connection, CLIENT_ID_KEY, client_id)
            set_state(connection, CURSOR_KEY, "0")
            enable_capture(connection, snapshot=False)
            queued = snapshot_locally(connection)
            set_state(connection, SNAPSHOT_KEY, str(queued))
    elif not already_joined and server_rows:
        copied = _copy_clinic(engine, target, client_id)
        report = sync_round(engine, target, clock=clock)
        return JoinReport(client_id, 0, replace(report, pulled=report.pulled + copied))
    elif not already_joined:
        with write_transaction(engine) as connection:
            set_state(connection, CLIENT_ID_KEY, client_id)
            set_state(connection, CURSOR_KEY, "0")
            enable_capture(connection, snapshot=False)
    return JoinReport(client_id, queued, sync_round(engine, target, clock=clock))


def _copy_clinic(engine: Engine, target: SyncTarget, client_id: str) -> int:
    """A new PC's first copy of the clinic (sync/bulk.py), joined in the same local
    transaction: it is joined with the whole clinic, or not at all."""
    conn = connect(
        target.url,
        target.password,
        connect_timeout=target.connect_timeout,
        deadline_seconds=target.deadline_seconds,
    )
    try:
        with write_transaction(engine) as connection:
            set_state(connection, CLIENT_ID_KEY, client_id)
            enable_capture(connection, snapshot=False)
            written, head = copy_server(connection, conn, deadline_seconds=target.deadline_seconds)
            set_state(connection, CURSOR_KEY, str(head))
            set_state(connection, SERVER_HEAD_KEY, str(head))
    finally:
        conn.close()
    return written


def read_status(engine: Engine) -> SyncStatus:
    """This PC's sync state, from the local store only (no network)."""
    with engine.connect() as connection:
        joined = bool(get_state(connection, CLIENT_ID_KEY)) and capture_enabled(connection)
        skew = get_state(connection, CLOCK_SKEW_KEY)
        return SyncStatus(
            joined=joined,
            last_sync_at=_instant(get_state(connection, LAST_SYNC_KEY)),
            last_attempt_at=_instant(get_state(connection, LAST_ATTEMPT_KEY)),
            last_error=get_state(connection, LAST_ERROR_KEY) or "",
            pending_changes=pending_changes(connection),
            open_conflicts=open_conflicts(connection),
            clock_skew_seconds=float(skew) if skew else None,
        )


def server_head_seen(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(get_state(connection, SERVER_HEAD_KEY) or 0)


def _instant(value: str | None) -> datetime | None:
    return datetime.fromtimestamp(int(value), UTC) if value else None
