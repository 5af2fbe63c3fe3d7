"""The unconfirmed list: visits in the next N working days that nobody has confirmed.

Working days are the days the clinic opens. The list is ordered by start, then by the
patient's no-show history (more no-shows first); ``order`` lets a caller put its own
key first (a predicted no-show risk, say) without changing how the list is made.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

MAX_DAYS = 31


class Confirmation(StrEnum):
    UNCONFIRMED = "unconfirmed"
    CONFIRMED = "confirmed"
    DECLINED = "declined"  # the patient replied X / NO: the visit was cancelled
    UNCLEAR = "unclear"  # the patient replied something staff must read


@dataclass(frozen=True, slots=True)
class ConfirmationCandidate:
    appointment_id: str
    patient_id: str
    start: datetime
    local_day: date
    confirmation: Confirmation
    no_shows: int  # the patient's past no-shows
    called: bool = False  # ticked off by staff


def working_days(first: date, count: int, open_weekdays: Collection[int]) -> list[date]:
    """The first ``count`` days from ``first`` (inclusive) on which the clinic opens."""
    if not open_weekdays:
        return []
    days: list[date] = []
    day = first
    while len(days) < count:
        if day.weekday() in open_weekdays:
            days.append(day)
        day += timedelta(days=1)
    return days


def standard_order(candidate: ConfirmationCandidate) -> tuple[datetime, int, str]:
    return (candidate.start, -candidate.no_shows, candidate.appointment_id)


def unconfirmed_list(
    candidates: Iterable[ConfirmationCandidate],
    days: Collection[date],
    *,
    order: Callable[[ConfirmationCandidate], object] | None = None,
    extra_key: Mapping[str, float] | None = None,
) -> list[ConfirmationCandidate]:
    """The visits on ``days`` still unconfirmed (or answered unclearly), in call order.

    ``order`` replaces the standard order entirely; ``extra_key`` (appointment id ->
    number, higher first) is consulted after start and before no-show history.
    """
    wanted = [
        candidate
        for candidate in candidates
        if candidate.local_day in days
        and candidate.confirmation in (Confirmation.UNCONFIRMED, Confirmation.UNCLEAR)
    ]
    if order is not None:
        return sorted(wanted, key=order)  # type: ignore[arg-type]
    extra = extra_key or {}
    return sorted(
        wanted,
        key=lambda candidate: (
            candidate.start,
            -extra.get(candidate.appointment_id, 0.0),
            -candidate.no_shows,
            candidate.appointment_id,
        ),
    )
