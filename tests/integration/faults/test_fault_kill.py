"""kill -9 during random writes: the store opens, is intact and holds every committed write.

CI runs CLINICDESK_FAULT_TRIALS (default 50) kills; ``tests/faults_long.sh`` runs 500.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

from sqlalchemy import select, text

from clinicdesk.store.engine import open_engine
from clinicdesk.store.tables import audit_log, rooms
from tests.integration.faults.conftest import PYTHON, ROOT

TRIALS = int(os.environ.get("CLINICDESK_FAULT_TRIALS", "50"))


def _run_and_kill(db_path: Path, key: bytes, seed: int, rng: random.Random) -> list[str]:
    writer = subprocess.Popen(
        [PYTHON, "-m", "tests.integration.faults.writer", str(db_path), key.hex(), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    first = writer.stdout.readline()  # wait until it is writing for real
    assert first, writer.stderr.read() if writer.stderr else "writer died"
    time.sleep(rng.uniform(0.0, 0.08))
    writer.send_signal(signal.SIGKILL)
    # Read through the same text buffer readline used (communicate() would skip it).
    rest = writer.stdout.read()
    errors = writer.stderr.read() if writer.stderr else ""
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL, errors
    # A line cut off by the kill was never fully reported, so it does not count.
    lines = (first + rest).split("\n")
    return [line for line in lines[:-1] if line]


def test_kill_9_during_writes_loses_no_committed_write(store_file: tuple[Path, bytes]) -> None:
    db_path, key = store_file
    rng = random.Random(20260302)
    reported: set[str] = set()
    for trial in range(TRIALS):
        reported.update(_run_and_kill(db_path, key, trial, rng))
        # The full open path: shape check, key, quick_check.
        engine = open_engine(db_path, key)
        try:
            with engine.connect() as connection:
                assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                stored = set(connection.execute(select(rooms.c.id)).scalars())
                audited = set(connection.execute(select(audit_log.c.object_id)).scalars())
        finally:
            engine.dispose()
        missing = reported - stored
        assert not missing, f"trial {trial}: {len(missing)} committed rows lost"
        assert stored <= audited, f"trial {trial}: a row committed without its audit row"
    assert len(reported) > TRIALS  # the writers really wrote
