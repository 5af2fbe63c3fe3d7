"""Guided overbooking: one more booking in a session when its expected no-shows say so.

The expected number of empty places in a provider's session is the sum of its bookings'
no-show chances. Each time it reaches ``threshold``, one extra booking is suggested, up to
the provider's maximum per session.

Where an extra goes decides what it costs. If the booking it doubles is missed, the
extra fills that place; if not, the extra waits, and the delay runs down the session
until someone misses, or into overtime at the end. So the n-th extra of a session goes
where at least ``n`` no-shows are still expected from that booking to the end
(the delay is likely absorbed inside the session), and among those places beside the
booking most likely to be missed (the VA's predictive overbooking), the earlier on a tie.
A year of demo history replayed (``benchmarks/bench_overbooking.py``) says this placement
leaves less overtime than doubling the riskiest booking wherever it is, at the price of
more patients waiting. Suggestions are advice: booking one goes through the ordinary
overbooking-with-reason flow, and the reason records the prediction.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# One extra per this many expected no-shows: the setting that halved the demo year's idle
# minutes with less overtime than one flat extra per session (the benchmark's table).
DEFAULT_THRESHOLD = 0.35
# Marks an extra booking made from a suggestion (its override reason starts so), so the
# suggestions it already used are not offered again and the manager can see how they did.
GUIDED_REASON_PREFIX = "Guided overbooking"


class PolicyMode(StrEnum):
    OFF = "off"
    SUGGEST = "suggest"


@dataclass(frozen=True, slots=True)
class OverbookingPolicy:
    mode: PolicyMode = PolicyMode.SUGGEST
    max_extra: int = 1  # extra bookings per session at most


@dataclass(frozen=True, slots=True)
class ScoredBooking:
    appointment_id: str
    start: datetime
    end: datetime
    probability: float  # chance of a no-show
    guided_extra: bool = False  # itself an extra booked from an earlier suggestion


@dataclass(frozen=True, slots=True)
class ExtraSuggestion:
    start: datetime
    end: datetime  # the length of the booking it doubles
    beside_appointment_id: str
    expected_no_shows: float  # of the whole session
    probability: float  # of the booking it doubles
    reason: str


def extras_due(expected: float, threshold: float, max_extra: int) -> int:
    """How many extra bookings ``expected`` no-shows justify, at most ``max_extra``."""
    if threshold <= 0 or max_extra <= 0:
        return 0
    return min(max_extra, math.floor(expected / threshold + 1e-9))


def suggest_for_session(
    bookings: Sequence[ScoredBooking],
    policy: OverbookingPolicy,
    threshold: float = DEFAULT_THRESHOLD,
) -> list[ExtraSuggestion]:
    """The extra bookings to suggest for one session (none when the policy is off)."""
    if policy.mode is PolicyMode.OFF:
        return []
    expected = sum(b.probability for b in bookings)
    already = sum(1 for b in bookings if b.guided_extra)
    wanted = extras_due(expected, threshold, policy.max_extra) - already
    if wanted <= 0:
        return []
    taken = {b.start for b in bookings if b.guided_extra}
    ordered = sorted((b for b in bookings if not b.guided_extra), key=lambda b: b.start)
    ahead = expected_ahead(ordered)
    chosen: list[ScoredBooking] = []
    for rank in range(already + 1, already + wanted + 1):
        free = [i for i, b in enumerate(ordered) if b.start not in taken]
        if not free:
            break
        covered = [i for i in free if ahead[i] >= rank]
        # With too few no-shows expected anywhere, the earliest free place leaves the
        # most session to absorb the wait.
        pick = min(covered or free[:1], key=lambda i: (-ordered[i].probability, i))
        chosen.append(ordered[pick])
        taken.add(ordered[pick].start)
    return [
        ExtraSuggestion(
            start=b.start,
            end=b.end,
            beside_appointment_id=b.appointment_id,
            expected_no_shows=expected,
            probability=b.probability,
            reason=(
                f"{GUIDED_REASON_PREFIX}: {expected:.1f} expected no-shows this session; "
                f"the booking at this time has a {b.probability:.0%} no-show risk"
            ),
        )
        for b in chosen
    ]


def expected_ahead(ordered: Sequence[ScoredBooking]) -> list[float]:
    """For each booking (in start order), the no-shows expected from it to the end."""
    totals: list[float] = []
    running = 0.0
    for booking in reversed(ordered):
        running += booking.probability
        totals.append(running)
    return totals[::-1]
