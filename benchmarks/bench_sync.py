"""Sync benchmark: push 10,000 changes from one PC, pull them on another, an idle round.

    python benchmarks/bench_sync.py [--changes N] [--pg postgresql://postgres@127.0.0.1/test]
    python benchmarks/bench_sync.py --demo large   # the big clinic joins (goals below)

Makes a throw-away database on the server (dropped afterwards) and two SQLCipher stores
in a temporary folder; prints the figures.

With ``--demo SIZE`` the first PC is a copy of benchmarks/run.py's demo clinic of that
size (built and cached in benchmarks/.cache/SIZE/ if missing; large: 200,000 patients,
1,000,000 appointments). It times the first PC's join (its whole clinic sent), a new
PC's full copy (joining from an empty folder), then a steady push of ``--changes``
edits; goals on the large demo: join <= 60 s, full copy <= 60 s, 10,000 changes <= 1 s.
The peak resident memory of the process is printed (the copy is streamed in pages).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy import Engine, insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clinicdesk.domain.ids import new_id
from clinicdesk.store import tables
from clinicdesk.store.engine import open_engine
from clinicdesk.store.testing import make_test_engine
from clinicdesk.sync.client import SyncTarget, join, sync_round
from clinicdesk.sync.server_schema import server_init

STAMP = datetime(2026, 3, 2, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--demo", choices=("small", "medium", "large"))
    args = parser.parse_args()
    if args.demo:
        demo_joins(args.demo, args.pg, args.changes)
        return
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
        print(f"peak RSS: {peak_rss_mb():,.0f} MB")
    finally:
        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def demo_copy(size: str, folder: Path) -> Engine:
    """A scratch copy of the cached demo clinic, opened with its key."""
    sys.path.insert(0, str(Path(__file__).parent))
    import run  # the demo clinics' builder and cache

    cache = run.CACHE / size
    if not (cache / "meta.json").exists():
        print(f"building the {size} demo clinic in {cache} ...", flush=True)
        run.build(size, cache, date.today())
    store_id = json.loads((cache / "store.json").read_text())["store_id"]
    key = bytes.fromhex(json.loads((cache / "bench.key").read_text())[store_id])
    shutil.copyfile(cache / "clinic.db", folder / "first.db")
    return open_engine(folder / "first.db", key, integrity_check=False)


def demo_joins(size: str, pg: str, changes: int) -> None:
    name = f"cd_bench_sync_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    url = make_conninfo(pg, dbname=name)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            server_init(conn)
        target = SyncTarget(url=url, deadline_seconds=600)
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            first = demo_copy(size, folder)
            started = time.perf_counter()
            joined = join(first, target, "first")
            join_s = time.perf_counter() - started
            print(
                f"first PC joins: {joined.round.pushed:>9,} records in {join_s:7.1f} s "
                f"({joined.round.pushed / join_s:,.0f}/s; goal <= 60 s)",
                flush=True,
            )
            second = make_test_engine(folder / "second.db")
            started = time.perf_counter()
            copied = join(second, target, "second")
            copy_s = time.perf_counter() - started
            print(
                f"new PC copies:  {copied.round.pulled:>9,} records in {copy_s:7.1f} s "
                f"({copied.round.pulled / copy_s:,.0f}/s; goal <= 60 s)",
                flush=True,
            )
            with first.begin() as connection:  # edits captured by the triggers
                connection.execute(
                    text(
                        "UPDATE appointments SET reason = reason || ' ' WHERE id IN "
                        "(SELECT id FROM appointments ORDER BY id LIMIT :n)"
                    ),
                    {"n": changes},
                )
            started = time.perf_counter()
            pushed = sync_round(first, target)
            push_s = time.perf_counter() - started
            print(f"steady push: {pushed.pushed:,} changes in {push_s:.2f} s (goal <= 1 s)")
            print(f"peak RSS: {peak_rss_mb():,.0f} MB")
            first.dispose()
            second.dispose()
    finally:
        with psycopg.connect(pg, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
