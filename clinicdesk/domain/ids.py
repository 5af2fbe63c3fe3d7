"""Client-made, time-ordered identifiers (UUID version 7, RFC 9562).

Rows that sync between PCs need ids that two machines can hand out without
talking to each other; time ordering keeps B-tree inserts local.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable

# OS random bytes are fetched this many at a time: one system call per id (plus a
# uuid.UUID object to format it) was most of the cost of an id, and a bulk load makes
# a million of them.
_RANDOM_POOL_BYTES = 4096
_RANDOM_BITS = (1 << 62) - 1
_COUNTER_SEED_BITS = 0x3FF
_COUNTER_MAX = 0xFFF


def _wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class _Uuid7Generator:
    """Within one millisecond a 12-bit counter (seeded randomly) keeps the ids from
    one process strictly increasing, so "sort by id" is "sort by creation"."""

    def __init__(self, clock_ms: Callable[[], int] = _wall_clock_ms) -> None:
        self._clock_ms = clock_ms
        self._lock = threading.Lock()
        self._last_ms = 0
        self._counter = 0
        self._pool = b""
        self._offset = 0
        # A forked child must not hand out the random bytes its parent also holds
        # (Windows has no fork, and no os.register_at_fork).
        if hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=self._forget_pool)

    def _forget_pool(self) -> None:
        self._pool, self._offset = b"", 0

    def _random(self, size: int) -> int:
        """``size`` bytes of OS randomness as an integer (call with the lock held)."""
        if self._offset + size > len(self._pool):
            self._pool, self._offset = os.urandom(_RANDOM_POOL_BYTES), 0
        start = self._offset
        self._offset += size
        return int.from_bytes(self._pool[start : self._offset], "big")

    def __call__(self) -> str:
        with self._lock:
            now_ms = self._clock_ms()
            if now_ms > self._last_ms:
                self._last_ms = now_ms
                self._counter = self._random(2) & _COUNTER_SEED_BITS
            else:
                self._counter += 1
                if self._counter > _COUNTER_MAX:  # counter exhausted: borrow the next ms
                    self._last_ms += 1
                    self._counter = 0
            ms, seq = self._last_ms, self._counter
            rand = self._random(8) & _RANDOM_BITS
        value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | seq << 64 | 0b10 << 62 | rand
        hex_digits = f"{value:032x}"
        return (
            f"{hex_digits[:8]}-{hex_digits[8:12]}-{hex_digits[12:16]}-"
            f"{hex_digits[16:20]}-{hex_digits[20:]}"
        )


new_id = _Uuid7Generator()
"""A new UUIDv7 as its canonical 36-character string."""


def id_timestamp_ms(identifier: str) -> int:
    """The millisecond Unix time embedded in a UUIDv7."""
    return uuid.UUID(identifier).int >> 80
