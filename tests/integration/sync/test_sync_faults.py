"""Connections cut, reset or stalled at chosen points: after healing, every change is
applied exactly once, and a stalled server is given up within seconds."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from sqlalchemy import Engine
from sync_clinic_ops import DAY, book, edit_patient, move, seed_clinic, snapshot
from tcp_proxy import TcpProxy

from clinicdesk.sync.client import SyncTarget, join, read_status, sync_round
from clinicdesk.sync.errors import SyncOfflineError

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxy(server_url: str) -> Iterator[TcpProxy]:
    params = conninfo_to_dict(server_url)
    with TcpProxy(str(params.get("host", "127.0.0.1")), int(params.get("port", 5432))) as tcp:
        yield tcp


@pytest.fixture
def via_proxy(target: SyncTarget, proxy: TcpProxy) -> SyncTarget:
    # Plain TCP, so the proxy can see where the server's COMMIT reply is.
    url = make_conninfo(target.url, host="127.0.0.1", port=proxy.port, sslmode="disable")
    return replace(target, url=url, deadline_seconds=2.0, connect_timeout=2)


def changes_per_row(url: str) -> dict[tuple[str, str, str], int]:
    """How many times the server applied a change of each row, per PC."""
    with psycopg.connect(url) as conn:
        return {
            (t, r, c): int(n)
            for t, r, c, n in conn.execute(
                "SELECT table_name, row_id, client_id, count(*) FROM sync_changes "
                "WHERE client_id <> 'server' GROUP BY 1, 2, 3"
            )
        }


def two_pcs(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> tuple[Engine, Engine, dict[str, str]]:
    first, second = make_store("pc1"), make_store("pc2")
    ids = seed_clinic(first)
    join(first, target, "pc1")
    join(second, target, "pc2")
    return first, second, ids


def test_reply_lost_after_server_commit_is_applied_once(
    make_store: Callable[[str], Engine],
    target: SyncTarget,
    via_proxy: SyncTarget,
    proxy: TcpProxy,
) -> None:
    first, second, ids = two_pcs(make_store, target)
    patient_key = ("patients", ids["patient"], _client(first))
    joined = changes_per_row(target.url)[patient_key]  # the patient sent at join
    appointment = book(first, ids, DAY)
    edit_patient(first, ids["patient"], notes="first edit")
    proxy.cut_after_commit(1)  # the push's COMMIT
    with pytest.raises(SyncOfflineError):
        sync_round(first, via_proxy)
    assert proxy.cuts == 1
    applied = changes_per_row(target.url)
    assert applied[("appointments", appointment, _client(first))] == 1  # it did commit
    assert read_status(first).pending_changes == 2  # but the PC does not know yet
    # A new change made while the answer was lost goes out after the repeat.
    edit_patient(first, ids["patient"], notes="second edit")
    proxy.heal()
    sync_round(first, via_proxy)
    sync_round(second, target)
    after = changes_per_row(target.url)
    assert after[("appointments", appointment, _client(first))] == 1
    assert after[patient_key] == joined + 2  # two edits, two changes
    assert read_status(first).pending_changes == 0
    assert read_status(first).open_conflicts == 0  # its own lost push is no conflict
    assert snapshot(first) == snapshot(second)
    assert "second edit" in snapshot(second)["patients"][ids["patient"]]


@pytest.mark.parametrize("nth_commit", [1, 2, 3])
def test_cuts_at_each_commit_then_heal_exactly_once(
    make_store: Callable[[str], Engine],
    target: SyncTarget,
    via_proxy: SyncTarget,
    proxy: TcpProxy,
    nth_commit: int,
) -> None:
    first, second, ids = two_pcs(make_store, target)
    small = replace(via_proxy, push_batch=2, pull_page=3)
    made = [book(first, ids, DAY + timedelta(hours=h)) for h in range(5)]
    made += [book(second, ids, DAY + timedelta(days=1, hours=h)) for h in range(3)]
    sync_round(second, target)
    proxy.cut_after_commit(nth_commit)
    with pytest.raises(SyncOfflineError):
        sync_round(first, small)
    proxy.heal()
    sync_round(first, small)
    sync_round(second, small)
    counts = changes_per_row(target.url)
    assert all(counts[("appointments", a, c)] == 1 for (t, a, c) in counts if t == "appointments")
    assert {a for (t, a, _c) in counts if t == "appointments"} == set(made)
    assert snapshot(first) == snapshot(second)


def test_stalled_server_is_given_up_within_the_deadline(
    make_store: Callable[[str], Engine],
    target: SyncTarget,
    via_proxy: SyncTarget,
    proxy: TcpProxy,
) -> None:
    first, second, ids = two_pcs(make_store, target)
    appointment = book(first, ids, DAY)
    proxy.stall()  # accepts bytes, never answers: connect itself hangs
    started = time.monotonic()
    with pytest.raises(SyncOfflineError):
        sync_round(first, via_proxy)
    assert time.monotonic() - started < via_proxy.connect_timeout + 3
    proxy.heal()
    sync_round(first, via_proxy)
    sync_round(second, target)
    assert appointment in snapshot(second)["appointments"]


def test_stall_mid_session_cut_by_watchdog(
    make_store: Callable[[str], Engine],
    target: SyncTarget,
    via_proxy: SyncTarget,
    proxy: TcpProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Connected and handshaken, then the server freezes during the push."""
    from clinicdesk.sync import client as sync_client

    first, second, ids = two_pcs(make_store, target)
    appointment = book(first, ids, DAY)
    real_push = sync_client.push

    def stall_then_push(*args: object, **kwargs: object) -> object:
        proxy.stall()
        return real_push(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync_client, "push", stall_then_push)
    started = time.monotonic()
    with pytest.raises(SyncOfflineError, match="stopped answering"):
        sync_round(first, via_proxy)
    elapsed = time.monotonic() - started
    assert via_proxy.deadline_seconds <= elapsed < via_proxy.deadline_seconds + 3
    assert "stopped answering" in read_status(first).last_error
    monkeypatch.setattr(sync_client, "push", real_push)
    proxy.heal()
    sync_round(first, via_proxy)
    sync_round(second, target)
    assert appointment in snapshot(second)["appointments"]
    assert read_status(first).last_error == ""


def test_reset_during_pull_loses_nothing(
    make_store: Callable[[str], Engine],
    target: SyncTarget,
    via_proxy: SyncTarget,
    proxy: TcpProxy,
) -> None:
    first, second, ids = two_pcs(make_store, target)
    appointment = book(first, ids, DAY)
    sync_round(first, target)
    move(first, appointment, DAY + timedelta(hours=2))
    sync_round(first, target)
    proxy.cut_after_commit(1)  # the second PC has nothing to push: this is its pull
    with pytest.raises(SyncOfflineError):
        sync_round(second, via_proxy)
    proxy.refuse()
    with pytest.raises(SyncOfflineError):
        sync_round(second, via_proxy)
    proxy.heal()
    sync_round(second, via_proxy)
    assert snapshot(first) == snapshot(second)


def _client(engine: Engine) -> str:
    from sqlalchemy import text

    with engine.connect() as connection:
        return str(
            connection.execute(
                text("SELECT value FROM sync_state WHERE key = 'client_id'")
            ).scalar_one()
        )


def _sessions_on(url: str) -> list[tuple[str, str]]:
    """(state, wait event) of every other server session on this test's database."""
    with psycopg.connect(url, autocommit=True) as conn:
        return [
            (str(state), str(wait))
            for state, wait in conn.execute(
                "SELECT state, wait_event FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ]


def test_a_link_gone_silent_mid_push_holds_up_the_other_pcs_for_seconds_only(
    make_store: Callable[[str], Engine],
    target: SyncTarget,
    via_proxy: SyncTarget,
    proxy: TcpProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first PC's link dies without closing while its push holds the counter lock:
    its server session must end by itself, so the second PC's push goes through."""
    from clinicdesk.sync import server_ops

    first, second, ids = two_pcs(make_store, target)
    stuck = book(first, ids, DAY)
    waiting = book(second, ids, DAY + timedelta(days=1))
    holding_lock = threading.Event()
    real_current_rows = server_ops._current_rows

    def go_silent_under_the_lock(*args: object) -> object:
        if not holding_lock.is_set():  # the first push to get here: the first PC's
            proxy.go_silent()
            holding_lock.set()
        return real_current_rows(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(server_ops, "_current_rows", go_silent_under_the_lock)
    outcome: list[BaseException | None] = []

    def first_pushes() -> None:
        try:
            sync_round(first, via_proxy)
            outcome.append(None)
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    pusher = threading.Thread(target=first_pushes, daemon=True)
    pusher.start()
    assert holding_lock.wait(10)
    other = replace(target, deadline_seconds=via_proxy.deadline_seconds)
    started = time.monotonic()
    sync_round(second, other)  # without server-side limits: blocked on the lock, gives up
    waited = time.monotonic() - started
    assert waited < other.deadline_seconds + 1
    pusher.join(via_proxy.deadline_seconds + 5)
    assert isinstance(outcome[0], SyncOfflineError)
    # The stuck session is gone: the server ended it and closed its end of the link.
    bound = time.monotonic() + via_proxy.deadline_seconds + 5
    while (_sessions_on(target.url) or proxy.server_ends_open()) and time.monotonic() < bound:
        time.sleep(0.2)
    assert _sessions_on(target.url) == []
    assert proxy.server_ends_open() == 0
    # The first PC retries while its link is still dead: each try is given up in time,
    # leaves no session on the database and never holds the others up.
    with pytest.raises(SyncOfflineError):
        sync_round(first, via_proxy)
    started = time.monotonic()
    sync_round(second, other)
    assert time.monotonic() - started < other.deadline_seconds + 1
    assert _sessions_on(target.url) == []
    monkeypatch.setattr(server_ops, "_current_rows", real_current_rows)
    proxy.heal()
    sync_round(first, via_proxy)
    sync_round(second, target)
    assert {stuck, waiting} <= set(snapshot(second)["appointments"])
    assert snapshot(first) == snapshot(second)
