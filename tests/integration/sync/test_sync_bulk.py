"""A clinic's first PC sends it whole, a new PC copies it whole (sync/bulk.py), through a
real PostgreSQL: the rows arrive as they are, a cut-off load resumes without doubling,
edits made meanwhile are not lost, and later rounds merge against the right bases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import Engine
from sync_clinic_ops import DAY, book, edit_patient, move, seed_clinic, snapshot

from clinicdesk.sync import bulk
from clinicdesk.sync.client import SyncTarget, join, read_status, sync_round
from clinicdesk.sync.errors import SyncOfflineError
from clinicdesk.sync.local_state import SNAPSHOT_KEY, get_state, set_state, write_transaction

pytestmark = pytest.mark.postgres


def server_counts(url: str) -> tuple[int, int, int]:
    """(rows, changes, applied entries) on the server."""
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM sync_rows), (SELECT count(*) FROM sync_changes), "
            "(SELECT count(*) FROM sync_applied)"
        ).fetchone()
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2])


def test_the_first_pc_sends_its_clinic_as_one_load_and_a_new_pc_copies_it(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second = make_store("first"), make_store("second")
    ids = seed_clinic(first)
    book(first, ids, DAY)
    report = join(first, target, "first")
    rows, changes, applied = server_counts(target.url)
    assert report.round.pushed == report.queued == rows == changes
    assert applied == 1  # one entry for the whole load, not one per row
    copied = join(second, target, "second")
    assert copied.round.pulled == rows
    assert snapshot(second) == snapshot(first)
    # Both PCs hold the server's versions as their bases: a later edit on each side of
    # the same patient merges field by field instead of clashing with a missing base.
    edit_patient(first, ids["patient"], notes="from first")
    edit_patient(second, ids["patient"], email="second@example.org")
    for _ in range(2):
        sync_round(first, target)
        sync_round(second, target)
    assert snapshot(first) == snapshot(second)
    assert read_status(first).open_conflicts == read_status(second).open_conflicts == 0


def test_a_load_cut_off_resumes_without_doubling_and_keeps_edits_made_meanwhile(
    make_store: Callable[[str], Engine], target: SyncTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = make_store("first"), make_store("second")
    ids = seed_clinic(first)
    appointment = book(first, ids, DAY)

    def link_down(*_args: object, **_kwargs: object) -> int:
        raise SyncOfflineError("the link went down")

    monkeypatch.setattr("clinicdesk.sync.client.send_snapshot", link_down)
    with pytest.raises(SyncOfflineError):
        join(first, target, "first")
    monkeypatch.undo()
    assert server_counts(target.url) == (0, 0, 0)
    # Edited after the snapshot was taken, before it reached the server.
    move(first, appointment, DAY + timedelta(hours=2))
    sync_round(first, target)
    rows, changes, _applied = server_counts(target.url)
    assert changes == rows + 1  # the load, then the move on top of it
    # The server applied the load but its answer was lost: the next round finds it done.
    with write_transaction(first) as connection:
        set_state(connection, SNAPSHOT_KEY, str(rows))
    sync_round(first, target)
    assert server_counts(target.url)[1] == changes
    with first.connect() as connection:
        assert not get_state(connection, SNAPSHOT_KEY)
    join(second, target, "second")
    assert snapshot(second) == snapshot(first)


def test_a_clinic_arriving_first_from_elsewhere_is_never_mixed_with_this_one(
    make_store: Callable[[str], Engine], target: SyncTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, theirs = make_store("ours"), make_store("theirs")
    seed_clinic(ours)
    seed_clinic(theirs)
    real_send = bulk.send_snapshot

    def the_other_clinic_first(*args: object, **kwargs: object) -> int:
        monkeypatch.setattr("clinicdesk.sync.client.send_snapshot", real_send)
        join(theirs, target, "theirs")
        return real_send(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("clinicdesk.sync.client.send_snapshot", the_other_clinic_first)
    with pytest.raises(Exception, match="never mixed"):
        join(ours, target, "ours")
    rows, changes, applied = server_counts(target.url)
    assert rows == changes and applied == 1
