"""Outbox capture and exactly-once push/pull between PCs through a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import Engine, text
from sync_clinic_ops import (
    DAY,
    book,
    cancel,
    move,
    outbox_size,
    seed_clinic,
    snapshot,
)

from clinicdesk.sync.client import SyncTarget, join, read_status, sync_round

pytestmark = pytest.mark.postgres


def server_rows(url: str) -> dict[tuple[str, str], dict]:
    with psycopg.connect(url) as conn:
        return {
            (t, r): d for t, r, d in conn.execute("SELECT table_name, row_id, data FROM sync_rows")
        }


def server_change_count(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*) FROM sync_changes").fetchone()
        assert row is not None
        return int(row[0])


def test_capture_is_off_until_join_and_bulk_updates_are_captured(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    pc = make_store("pc1")
    ids = seed_clinic(pc)
    assert outbox_size(pc) == 0  # a one-PC clinic never fills the outbox
    join(pc, target, "pc1")
    assert outbox_size(pc) == 0
    with pc.begin() as connection:  # one bulk statement touching every patient
        connection.execute(text("UPDATE patients SET notes = 'bulk'"))
    assert outbox_size(pc) == 2
    sync_round(pc, target)
    assert outbox_size(pc) == 0
    rows = server_rows(target.url)
    assert rows[("patients", ids["patient"])]["notes"] == "bulk"


def test_rolled_back_change_leaves_no_outbox_entry(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    pc = make_store("pc1")
    seed_clinic(pc)
    join(pc, target, "pc1")
    with pc.connect() as connection:
        connection.begin()
        connection.execute(text("UPDATE patients SET notes = 'never'"))
        connection.rollback()
    assert outbox_size(pc) == 0


def test_new_pc_gets_full_copy_then_increments(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second = make_store("pc1"), make_store("pc2")
    ids = seed_clinic(first)
    appointment = book(first, ids, DAY)
    first_report = join(first, target, "pc1")
    assert first_report.queued > 0
    join(second, target, "pc2")
    assert snapshot(second) == snapshot(first)
    # Applied rows never re-enter the second PC's outbox.
    assert outbox_size(second) == 0
    move(second, appointment, DAY + timedelta(hours=1))
    cancel(first, book(first, ids, DAY + timedelta(hours=3)))
    for _ in range(2):
        sync_round(second, target)
        sync_round(first, target)
    assert snapshot(first) == snapshot(second)
    assert read_status(first).pending_changes == 0
    assert read_status(second).open_conflicts == 0


def test_idle_round_changes_nothing(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    pc = make_store("pc1")
    seed_clinic(pc)
    join(pc, target, "pc1")
    before = server_change_count(target.url)
    report = sync_round(pc, target)
    assert (report.pushed, report.pulled) == (0, 0)
    assert server_change_count(target.url) == before


def test_three_pcs_converge(make_store: Callable[[str], Engine], target: SyncTarget) -> None:
    pcs = [make_store(f"pc{i}") for i in range(3)]
    ids = seed_clinic(pcs[0])
    join(pcs[0], target, "pc0")
    for i, pc in enumerate(pcs[1:], start=1):
        join(pc, target, f"pc{i}")
    for i, pc in enumerate(pcs):
        book(pc, ids, DAY + timedelta(days=i), patient="patient2")
    for _ in range(2):
        for pc in pcs:
            sync_round(pc, target)
    snaps = [snapshot(pc) for pc in pcs]
    assert snaps[0] == snaps[1] == snaps[2]
    assert len(snaps[0]["appointments"]) == 3
    server = server_rows(target.url)
    assert {k[1] for k in server if k[0] == "appointments"} == set(snaps[0]["appointments"])
