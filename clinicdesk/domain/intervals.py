"""Set algebra on sorted lists of time spans.

A *span list* is a list of ``(start, end)`` pairs of aware datetimes, sorted by start,
non-overlapping and non-touching, each with ``start < end``. Plain tuples rather than
:class:`~clinicdesk.domain.common.Interval` objects because the slot search runs these
operations thousands of times per query; public functions of the scheduling modules
convert to ``Interval`` at their edges.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from clinicdesk.domain.common import Interval

Span = tuple[datetime, datetime]


def normalize(spans: Iterable[Span]) -> list[Span]:
    """Sort and merge overlapping or touching spans; drop empty ones."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def union(first: Sequence[Span], second: Sequence[Span]) -> list[Span]:
    """Every instant in either list."""
    if not second:
        return list(first)
    if not first:
        return list(second)
    return normalize([*first, *second])


def subtract(spans: Sequence[Span], removed: Sequence[Span]) -> list[Span]:
    """The parts of ``spans`` not covered by ``removed`` (both normalized)."""
    if not removed:
        return list(spans)
    result: list[Span] = []
    index = 0
    count = len(removed)
    for start, end in spans:
        while index < count and removed[index][1] <= start:
            index += 1
        cursor = start
        probe = index
        while probe < count and removed[probe][0] < end:
            cut_start, cut_end = removed[probe]
            if cut_start > cursor:
                result.append((cursor, cut_start))
            cursor = max(cursor, cut_end)
            probe += 1
        if cursor < end:
            result.append((cursor, end))
    return result


def intersect(first: Sequence[Span], second: Sequence[Span]) -> list[Span]:
    """Every instant in both lists (both normalized)."""
    result: list[Span] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if start < end:
            result.append((start, end))
        if first[i][1] <= second[j][1]:
            i += 1
        else:
            j += 1
    return result


def covers(spans: Sequence[Span], start: datetime, end: datetime) -> bool:
    """Whether one span of a normalized list contains the whole of [start, end)."""
    return any(s <= start and end <= e for s, e in spans)


def saturated(busy: Iterable[Span], capacity: int) -> list[Span]:
    """Where at least ``capacity`` of the (possibly overlapping) busy spans run at once.

    With capacity 1 this is the union of the spans; with capacity 2 only the times
    two appointments overlap, and so on.
    """
    if capacity <= 1:
        return normalize(busy)
    events: list[tuple[datetime, int]] = []
    for start, end in busy:
        if start < end:
            events.append((start, 1))
            events.append((end, -1))
    # Ends sort before starts at the same instant: back-to-back is not parallel.
    events.sort()
    result: list[Span] = []
    running = 0
    opened: datetime | None = None
    for instant, step in events:
        running += step
        if running >= capacity and opened is None:
            opened = instant
        elif running < capacity and opened is not None:
            result.append((opened, instant))
            opened = None
    return normalize(result)  # also drops the empty spans of simultaneous events


def peak_overlap(busy: Iterable[Span], start: datetime, end: datetime) -> int:
    """The largest number of busy spans running at one instant within [start, end)."""
    events: list[tuple[datetime, int]] = []
    for busy_start, busy_end in busy:
        clipped_start, clipped_end = max(busy_start, start), min(busy_end, end)
        if clipped_start < clipped_end:
            events.append((clipped_start, 1))
            events.append((clipped_end, -1))
    events.sort()
    peak = running = 0
    for _, step in events:
        running += step
        peak = max(peak, running)
    return peak


def total(spans: Iterable[Span]) -> timedelta:
    """The summed length of the spans."""
    return sum((end - start for start, end in spans), timedelta())


def to_intervals(spans: Iterable[Span]) -> list[Interval]:
    """The spans as Interval value objects."""
    return [Interval(start, end) for start, end in spans]
