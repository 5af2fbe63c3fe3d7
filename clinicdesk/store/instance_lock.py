"""One running clinicdesk window per data folder, enforced with an OS file lock.

The lock is held on ``clinic.lock`` in the data folder for as long as the app runs; the
operating system drops it when the process ends, however it ends (kill -9, power cut), so
a stale lock file never blocks the next start. Short command-line runs do not take it:
SQLite's own locking keeps concurrent writers safe. Restore and rekey, which replace the
store file, take it so they never pull the file from under a running window.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from clinicdesk.domain.errors import StoreError
from clinicdesk.domain.i18n import tr

LOCK_FILE_NAME = "clinic.lock"


class StoreInUseError(StoreError):
    def __init__(self, data_dir: Path, holder: str) -> None:
        who = f" ({holder})" if holder else ""
        super().__init__(
            tr(
                "store",
                "clinicdesk is already open on the clinic data in {data_dir}{who}. Switch to "
                "that window, or close it first; a second copy is not started.",
            ).format(data_dir=data_dir, who=who)
        )
        self.data_dir = data_dir


class InstanceLock:
    """``with InstanceLock(data_dir): ...``, or ``acquire()`` / ``release()``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILE_NAME
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise ``StoreInUseError`` at once (never waits)."""
        if self._handle is not None:
            return self
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # "a+b": never truncate before the lock is ours, or the holder's note would vanish.
        handle = self.path.open("a+b")
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read(200).decode("utf-8", "replace").strip()
            handle.close()
            raise StoreInUseError(self.data_dir, holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {socket.gethostname()}".encode())
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()
            _unlock(handle)
        finally:
            handle.close()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        # Lock a byte far past the note so reading the note is never blocked.
        handle.seek(1 << 20)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(1 << 20)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
