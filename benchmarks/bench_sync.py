"""Sync benchmark: push 10,000 changes from one PC, pull them on another, an idle round.

    python benchmarks/bench_sync.py [--changes N] [--pg postgresql://postgres@127.0.0.1/test]

Makes a throw-away database on the server (dropped afterwards) and two SQLCipher stores
in a temporary folder; prints the figures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clinicdesk.domain.ids import new_id
from clinicdesk.store import tables
from clinicdesk.store.testing import make_test_engine
from clinicdesk.sync.client import SyncTarget, join, sync_round
from clinicdesk.sync.server_schema import server_init

STAMP = datetime(2026, 3, 2, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    name = f"cd_bench_sync_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(args.pg, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    url = make_conninfo(args.pg, dbname=name)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            server_init(conn)
        target = SyncTarget(url=url, deadline_seconds=120)
        with tempfile.TemporaryDirectory() as folder:
            sender = make_test_engine(Path(folder) / "sender.db")
            receiver = make_test_engine(Path(folder) / "receiver.db")
            join(sender, target, "sender")
            join(receiver, target, "receiver")
            with sender.begin() as connection:  # one bulk insert: captured by the triggers
                connection.execute(
                    insert(tables.patients),
                    [
                        {
                            "id": new_id(),
                            "given": f"Given{i}",
                            "family": f"Family{i % 997}",
                            "birth_date": date(1950 + i % 60, 1 + i % 12, 1 + i % 28),
                            "phones": [[f"0770{i:07d}", "mobile"]],
                            "updated_at": STAMP,
                        }
                        for i in range(args.changes)
                    ],
                )
            started = time.perf_counter()
            pushed = sync_round(sender, target)
            push_s = time.perf_counter() - started
            started = time.perf_counter()
            pulled = sync_round(receiver, target)
            pull_s = time.perf_counter() - started
            idle = []
            for _ in range(5):
                started = time.perf_counter()
                sync_round(receiver, target)
                idle.append(time.perf_counter() - started)
            sender.dispose()
            receiver.dispose()
        print(
            f"push  {pushed.pushed:>6} changes: {push_s:6.2f} s ({pushed.pushed / push_s:,.0f}/s)"
        )
        print(
            f"pull  {pulled.pulled:>6} changes: {pull_s:6.2f} s ({pulled.pulled / pull_s:,.0f}/s)"
        )
        print(f"idle round (median of 5): {sorted(idle)[2] * 1000:.1f} ms")
    finally:
        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
