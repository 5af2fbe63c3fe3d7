"""What an overbooking policy would have done to one provider session: a replay.

A session is replayed minute by minute as one provider seeing patients in order of their
booked time (an extra booked at the same time as another is seen after it). Patients
arrive on time; a visit takes its booked length; a missed visit leaves its time empty
unless someone is already waiting. Measured per session:

- idle minutes: booked time in which the provider had nobody to see (what no-shows
  cost; unbooked gaps are a matter of demand, not of overbooking, and are left out);
- waits over 15 minutes: patients seen more than 15 minutes after their booked time;
- overtime: minutes the last visit ran past the session's end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

LONG_WAIT_MINUTES = 15


@dataclass(frozen=True, slots=True)
class ReplayVisit:
    start: int  # minutes from the session's start
    minutes: int
    showed: bool
    extra: bool = False


@dataclass(frozen=True, slots=True)
class SessionOutcome:
    idle_minutes: int
    long_waits: int
    overtime_minutes: int
    extras: int
    seen: int


def _busy_within(spans: Sequence[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def replay(visits: Sequence[ReplayVisit], session_minutes: int) -> SessionOutcome:
    """One session replayed; ``visits`` are the bookings plus any extras."""
    ordered = sorted(visits, key=lambda v: (v.start, v.extra))
    free_at = 0
    seen_spans: list[tuple[int, int]] = []
    long_waits = 0
    seen = 0
    for visit in ordered:
        if not visit.showed:
            continue
        begin = max(visit.start, free_at)
        if begin - visit.start > LONG_WAIT_MINUTES:
            long_waits += 1
        free_at = begin + visit.minutes
        seen_spans.append((begin, free_at))
        seen += 1
    # Booked time: the union of the original bookings' times.
    booked = sorted((v.start, v.start + v.minutes) for v in ordered if not v.extra)
    merged: list[tuple[int, int]] = []
    for start, end in booked:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    idle = sum((end - start) - _busy_within(seen_spans, start, end) for start, end in merged)
    return SessionOutcome(
        idle_minutes=idle,
        long_waits=long_waits,
        overtime_minutes=max(0, free_at - session_minutes),
        extras=sum(1 for v in ordered if v.extra),
        seen=seen,
    )
