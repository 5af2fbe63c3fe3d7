"""A writer for the kill -9 test: random transactions, printing each id once committed.

Run as ``python -m tests.integration.faults.writer DB_PATH KEY_HEX SEED [PAUSE_MS]``. Every line on
stdout is the id of a row whose transaction has committed; the parent kills this process
at a random moment and then checks that each printed id is in the store.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from clinicdesk.domain.catalog import Room
from clinicdesk.domain.users import Actor, Role
from clinicdesk.store.engine import open_engine
from clinicdesk.store.uow import SqlUnitOfWork

ACTOR = Actor("u-writer", "writer", Role.MANAGER, "fault-pc")


def main() -> None:
    db_path, key, seed = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), int(sys.argv[3])
    # A pause between transactions, as between a person's clicks: two writers that never
    # pause would starve each other of SQLite's write lock.
    pause = float(sys.argv[4]) / 1000 if len(sys.argv) > 4 else 0.0
    rng = random.Random(seed)
    engine = open_engine(db_path, key, integrity_check=False)
    number = 0
    while True:
        batch = rng.choice((1, 1, 1, 5, 40))
        ids = []
        with SqlUnitOfWork(engine) as uow:
            for _ in range(batch):
                number += 1
                room_id = f"{seed}-{number}"
                uow.catalog.add_room(
                    Room(
                        id=room_id,
                        name="x" * rng.randint(1, 3000),  # rows from tiny to page-spanning
                        kind="exam",
                        updated_at=datetime.now(UTC),
                    )
                )
                uow.audit.record(ACTOR, "room.add", object_type="room", object_id=room_id)
                ids.append(room_id)
            uow.commit()
        sys.stdout.write("".join(f"{room_id}\n" for room_id in ids))
        sys.stdout.flush()
        if pause:
            time.sleep(pause)


if __name__ == "__main__":
    main()
