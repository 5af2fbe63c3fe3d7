"""Run one sync round in a child process and stop dead at a chosen point (for kill -9 tests).

    python sync_worker.py DB_PATH KEY_HEX URL POINT

POINT: after_prepare (batch moved to in-flight, not sent), after_push (server committed,
answer not recorded), after_fetch (changes fetched, not applied), none. At the point the
worker prints the point's name and sleeps until it is killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from clinicdesk.store.engine import open_engine
from clinicdesk.sync import client
from clinicdesk.sync.client import SyncTarget, sync_round


def _stop_here(point: str) -> None:
    print(point, flush=True)
    time.sleep(600)


def main() -> None:
    db_path, key_hex, url, point = sys.argv[1:5]
    engine = open_engine(Path(db_path), bytes.fromhex(key_hex))
    real_prepare, real_record, real_apply = (
        client.prepare_batch,
        client.record_push,
        client.apply_pull,
    )

    def prepare(*args: Any) -> Any:
        batch = real_prepare(*args)
        if point == "after_prepare" and batch:
            _stop_here(point)
        return batch

    def record(*args: Any) -> Any:
        if point == "after_push":
            _stop_here(point)
        return real_record(*args)

    def apply(*args: Any) -> Any:
        if point == "after_fetch" and args[1]:
            _stop_here(point)
        return real_apply(*args)

    client.prepare_batch = prepare  # type: ignore[assignment]
    client.record_push = record  # type: ignore[assignment]
    client.apply_pull = apply  # type: ignore[assignment]
    sync_round(engine, SyncTarget(url=url, deadline_seconds=10, push_batch=3, pull_page=4))
    print("done", flush=True)


if __name__ == "__main__":
    main()
