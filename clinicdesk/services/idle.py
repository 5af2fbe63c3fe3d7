"""When to lock an unattended window: an idle timer on the monotonic clock.

``time.monotonic`` never jumps when the wall clock is changed (daylight saving, a manual
change, a time sync), so moving the clock can neither trigger nor postpone the lock.
The UI reports user input with ``touch()`` and polls ``should_lock()``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

DEFAULT_IDLE_MINUTES = 10


class IdleTracker:
    """Idle time since the last input; ``timeout_seconds <= 0`` turns locking off."""

    def __init__(
        self,
        timeout_seconds: float = DEFAULT_IDLE_MINUTES * 60,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.timeout_seconds = timeout_seconds
        self._clock = clock
        self._last_input = clock()
        self.locked = False

    @classmethod
    def from_minutes(cls, minutes: float, **kwargs: Callable[[], float]) -> IdleTracker:
        return cls(minutes * 60, **kwargs)

    @property
    def enabled(self) -> bool:
        return self.timeout_seconds > 0

    def touch(self) -> None:
        """The user did something (key, click, wheel): the idle time starts again."""
        if not self.locked:
            self._last_input = self._clock()

    def idle_seconds(self) -> float:
        return max(0.0, self._clock() - self._last_input)

    def should_lock(self) -> bool:
        """True once, when the idle time reaches the timeout; then ``locked`` is set."""
        if self.locked or not self.enabled:
            return False
        if self.idle_seconds() >= self.timeout_seconds:
            self.locked = True
            return True
        return False

    def lock_now(self) -> None:
        """Lock at once (the user pressed "Lock" or Win+L-style shortcut)."""
        self.locked = True

    def unlocked(self) -> None:
        """The user signed in again on the lock screen: start counting afresh."""
        self.locked = False
        self._last_input = self._clock()
