"""Hold the instance lock of a data folder until killed (for test_fault_second_instance)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from clinicdesk.store.instance_lock import InstanceLock

if __name__ == "__main__":
    with InstanceLock(Path(sys.argv[1])):
        print("locked", flush=True)
        time.sleep(120)
