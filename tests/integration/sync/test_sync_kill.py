"""The sync process killed (-9) at chosen points and run again: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from sync_clinic_ops import DAY, book, edit_patient, seed_clinic, snapshot

from clinicdesk.store.engine import open_engine
from clinicdesk.store.testing import make_test_engine
from clinicdesk.sync.client import SyncTarget, join, read_status, sync_round

pytestmark = pytest.mark.postgres

WORKER = Path(__file__).with_name("sync_worker.py")


def run_until(db: Path, key: bytes, url: str, point: str) -> None:
    """Start a worker and kill -9 it when it reaches ``point``."""
    process = subprocess.Popen(
        [sys.executable, str(WORKER), str(db), key.hex(), url, point],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line == point, f"worker said {line!r}: {process.stderr.read() if line == '' else ''}"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def applied_counts(url: str) -> list[int]:
    with psycopg.connect(url) as conn:
        return [
            int(n)
            for (n,) in conn.execute(
                "SELECT count(*) FROM sync_applied GROUP BY client_id, client_seq"
            )
        ]


@pytest.mark.parametrize("point", ["after_prepare", "after_push", "after_fetch"])
def test_killed_sync_restarts_without_loss_or_doubling(
    tmp_path: Path, target: SyncTarget, point: str
) -> None:
    key = os.urandom(32)
    first_path, second_path = tmp_path / "pc1.db", tmp_path / "pc2.db"
    first = make_test_engine(first_path, key)
    second = make_test_engine(second_path, key)
    try:
        ids = seed_clinic(first)
        join(first, target, "pc1")
        join(second, target, "pc2")
        for hour in range(7):
            book(first, ids, DAY + timedelta(hours=hour))
        edit_patient(first, ids["patient"], notes="before the crash")
        for hour in range(5):
            book(second, ids, DAY + timedelta(days=2, hours=hour), patient="patient2")
        sync_round(second, target)
        first.dispose()  # the worker process owns the file now
        run_until(first_path, key, target.url, point)
        first = open_engine(first_path, key)
        edit_patient(first, ids["patient2"], notes="after the restart")
        sync_round(first, target)
        sync_round(second, target)
        assert applied_counts(target.url) and set(applied_counts(target.url)) == {1}
        with psycopg.connect(target.url) as conn:
            duplicates = conn.execute(
                "SELECT count(*) FROM sync_changes c JOIN sync_applied a USING (seq) "
                "GROUP BY a.client_id, a.client_seq HAVING count(*) > 1"
            ).fetchall()
        assert duplicates == []
        assert snapshot(first) == snapshot(second)
        assert len(snapshot(second)["appointments"]) == 12
        assert read_status(first).pending_changes == 0
    finally:
        first.dispose()
        second.dispose()
