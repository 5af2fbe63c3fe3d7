"""Disk full: a clear error, nothing half-written, and work resumes once space is freed."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select, text

from clinicdesk.domain.catalog import Room
from clinicdesk.domain.errors import StoreError
from clinicdesk.domain.users import Actor, Role
from clinicdesk.store.engine import open_engine
from clinicdesk.store.tables import audit_log, rooms
from clinicdesk.store.uow import SqlUnitOfWork
from tests.integration.faults.conftest import make_store

ACTOR = Actor("u-1", "m.jones", Role.MANAGER, "pc")


def _add_rooms(engine: Engine, first: int, count: int, size: int = 2000) -> None:
    """One transaction: ``count`` rooms and their audit rows, all or nothing."""
    with SqlUnitOfWork(engine) as uow:
        for number in range(first, first + count):
            uow.catalog.add_room(
                Room(id=f"r-{number}", name="n" * size, kind="exam", updated_at=datetime.now(UTC))
            )
            uow.audit.record(ACTOR, "room.add", object_type="room", object_id=f"r-{number}")
        uow.commit()


def _counts(engine: Engine) -> tuple[int, int, str]:
    with engine.connect() as connection:
        return (
            connection.execute(select(func.count()).select_from(rooms)).scalar_one(),
            connection.execute(select(func.count()).select_from(audit_log)).scalar_one(),
            connection.execute(text("PRAGMA integrity_check")).scalar_one(),
        )


def _fill_until_full(engine: Engine) -> tuple[int, StoreError]:
    number = 0
    for _ in range(10_000):
        try:
            _add_rooms(engine, number, 20)
        except StoreError as error:
            return number, error
        number += 20
    pytest.fail("the store never filled up")


def test_store_at_max_page_count(tmp_path: Path) -> None:
    db_path = tmp_path / "clinic.db"
    key = make_store(db_path)
    engine = open_engine(db_path, key)
    limit = {"pages": 0}

    @event.listens_for(engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")

    with engine.connect() as connection:
        limit["pages"] = connection.execute(text("PRAGMA page_count")).scalar_one() + 60
    engine.dispose()  # new connections get the cap
    try:
        committed, error = _fill_until_full(engine)
        assert "disk is full" in error.message and "nothing was saved" in error.message
        assert _counts(engine) == (committed, committed, "ok")  # the failed batch left nothing

        limit["pages"] = 1_000_000  # space freed
        engine.dispose()
        _add_rooms(engine, committed, 20)
        assert _counts(engine) == (committed + 20, committed + 20, "ok")
    finally:
        engine.dispose()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB tmpfs (needs root and mount); skipped where mounting is not allowed."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mount not permitted here: {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_real_full_filesystem(small_disk: Path) -> None:
    # Another file takes a third of the disk; deleting it later is "freeing space".
    filler = small_disk / "other-program.tmp"
    filler.write_bytes(b"\0" * (1024 * 1024))
    db_path = small_disk / "clinic.db"
    key = make_store(db_path)
    engine = open_engine(db_path, key)
    try:
        committed, error = _fill_until_full(engine)
        assert "nothing was saved" in error.message
        assert committed > 0
    finally:
        engine.dispose()
    engine = open_engine(db_path, key)  # reopens, passes the check, holds what committed
    try:
        assert _counts(engine) == (committed, committed, "ok")
        filler.unlink()
        _add_rooms(engine, committed, 20)
        assert _counts(engine) == (committed + 20, committed + 20, "ok")
    finally:
        engine.dispose()
