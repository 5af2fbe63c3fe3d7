"""Small value objects shared by several entities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time


def utc_now() -> datetime:
    """The current instant, timezone-aware in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def require_utc(instant: datetime, what: str = "time") -> datetime:
    """Refuse naive datetimes: every stored instant is an aware UTC time."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got {instant!r}")
    return instant.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class TimeRange:
    """A wall-clock range within one day, start inclusive, end exclusive."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"range ends before it starts: {self.start}-{self.end}")

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True, slots=True)
class Interval:
    """A span between two aware instants, start inclusive, end exclusive."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Interval needs timezone-aware instants")
        if self.end <= self.start:
            raise ValueError(f"interval ends before it starts: {self.start}-{self.end}")

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Interval) -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class SyncMeta:
    """What every syncable row carries: when it last changed and whether it is deleted.

    Nothing is hard-deleted; ``deleted`` hides a row from every read.
    """

    updated_at: datetime
    deleted: bool = False
