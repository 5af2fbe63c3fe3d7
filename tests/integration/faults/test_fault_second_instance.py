"""A second instance on the same store: refused with a clear message, or safe."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from clinicdesk.store.engine import open_engine
from clinicdesk.store.instance_lock import InstanceLock, StoreInUseError
from clinicdesk.store.tables import rooms
from tests.integration.faults.conftest import PYTHON, ROOT


def test_second_window_is_refused_while_the_first_runs_and_allowed_after_it_dies(
    tmp_path: Path,
) -> None:
    holder = subprocess.Popen(
        [PYTHON, "-m", "tests.integration.faults.lock_holder", str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreInUseError) as refused:
            InstanceLock(tmp_path).acquire()
        assert "already open" in refused.value.message
        assert f"process {holder.pid}" in refused.value.message
    finally:
        holder.send_signal(signal.SIGKILL)  # a crash: the OS drops the lock
        holder.wait(timeout=30)
    with InstanceLock(tmp_path) as lock:  # no stale lock left behind
        assert lock.held


def test_two_processes_writing_at_once_stay_safe(store_file: tuple[Path, bytes]) -> None:
    db_path, key = store_file
    writers = [
        subprocess.Popen(
            [
                PYTHON,
                "-m",
                "tests.integration.faults.writer",
                str(db_path),
                key.hex(),
                str(seed),
                "5",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    ]
    reported: set[str] = set()
    for writer in writers:
        assert writer.stdout is not None
        for _ in range(30):  # each commits 30 batches while the other writes too
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else ""
            reported.add(line.strip())
    for writer in writers:
        writer.send_signal(signal.SIGKILL)
        assert writer.stdout is not None
        rest = writer.stdout.read()  # through readline's buffer, not around it
        writer.wait(timeout=30)
        reported.update(line for line in rest.split("\n")[:-1] if line)
    engine = open_engine(db_path, key)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            stored = set(connection.execute(select(rooms.c.id)).scalars())
            assert connection.execute(select(func.count()).select_from(rooms)).scalar() == len(
                stored
            )
    finally:
        engine.dispose()
    assert reported <= stored
    assert {room_id.split("-")[0] for room_id in stored} == {"1", "2"}
