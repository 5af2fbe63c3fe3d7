"""Guided overbooking: one more booking in a session when its expected no-shows say so.

The expected number of empty places in a provider's session is the sum of its bookings'
no-show chances. Each time it reaches ``threshold`` (another whole place is likely to
stand empty), one extra booking is suggested, up to the provider's maximum per session.
Each extra goes at the start of the booking most likely to be missed that has no extra
yet (the place most likely to be empty, as the VA's predictive overbooking did), the
earlier one on a tie. Suggestions are advice: booking one goes through the ordinary
overbooking-with-reason flow, and the reason records the prediction.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

DEFAULT_THRESHOLD = 0.9
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
    candidates = sorted(
        (b for b in bookings if not b.guided_extra and b.start not in taken),
        key=lambda b: (-b.probability, b.start),
    )
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
        for b in candidates[:wanted]
    ]
