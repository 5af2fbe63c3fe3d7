"""The idle tracker counts on a monotonic clock, so wall-clock changes do not matter."""

from __future__ import annotations

import inspect
import time

import pytest

from clinicdesk.services.idle import DEFAULT_IDLE_MINUTES, IdleTracker


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_locks_after_the_idle_time_and_input_restarts_the_count() -> None:
    clock = FakeMonotonic()
    tracker = IdleTracker(600, clock=clock)
    clock.now += 599
    assert not tracker.should_lock()
    tracker.touch()
    clock.now += 599
    assert not tracker.should_lock()
    clock.now += 1
    assert tracker.should_lock() and tracker.locked
    assert not tracker.should_lock()  # reported once
    tracker.touch()  # input behind the lock screen does not unlock it
    assert tracker.locked
    tracker.unlocked()
    assert not tracker.locked and tracker.idle_seconds() == 0


def test_zero_turns_locking_off() -> None:
    clock = FakeMonotonic()
    tracker = IdleTracker.from_minutes(0, clock=clock)
    clock.now += 10**6
    assert not tracker.should_lock()


def test_default_is_ten_minutes_on_the_monotonic_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    assert inspect.signature(IdleTracker).parameters["clock"].default is time.monotonic
    tracker = IdleTracker()
    assert tracker.timeout_seconds == 600 == DEFAULT_IDLE_MINUTES * 60
    # The wall clock jumping an hour ahead (a manual change, a time sync) neither locks
    # nor postpones: only the monotonic clock counts.
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 3600)
    before = tracker.idle_seconds()
    time.sleep(0.02)
    assert 0.02 <= tracker.idle_seconds() - before < 5
    assert not tracker.should_lock() and not tracker.locked
