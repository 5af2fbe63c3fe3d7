"""Client-made, time-ordered identifiers (UUID version 7, RFC 9562).

Rows that sync between PCs need ids that two machines can hand out without
talking to each other; time ordering keeps B-tree inserts local.
"""

from __future__ import annotations

import os
import threading
import time
import uuid


class _Uuid7Generator:
    """Within one millisecond a 12-bit counter (seeded randomly) keeps the ids from
    one process strictly increasing, so "sort by id" is "sort by creation"."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_ms = 0
        self._counter = 0

    def __call__(self) -> str:
        with self._lock:
            now_ms = time.time_ns() // 1_000_000
            if now_ms > self._last_ms:
                self._last_ms = now_ms
                self._counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
            else:
                self._counter += 1
                if self._counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                    self._last_ms += 1
                    self._counter = 0
            ms, seq = self._last_ms, self._counter
        rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= seq << 64
        value |= 0b10 << 62
        value |= rand
        return str(uuid.UUID(int=value))


new_id = _Uuid7Generator()
"""A new UUIDv7 as its canonical 36-character string."""


def id_timestamp_ms(identifier: str) -> int:
    """The millisecond Unix time embedded in a UUIDv7."""
    return uuid.UUID(identifier).int >> 80
