"""Run a rekey and die with os._exit at the named step (as kill -9 would): for test_rekey."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from clinicdesk.store.rekey import rekey_store
from tests.integration.security.conftest import file_key_store


def main() -> None:
    data_dir, keyring_dir, die_at = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]

    def step(name: str) -> None:
        if name == die_at:
            os._exit(9)

    print(rekey_store(data_dir, key_store=file_key_store(keyring_dir), step=step), flush=True)


if __name__ == "__main__":
    main()
