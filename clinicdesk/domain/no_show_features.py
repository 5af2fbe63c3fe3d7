"""What was known about an appointment when it was booked, as the no-show model sees it.

Only information available at booking time goes in: the patient's outcomes of visits that
had already happened when this one was booked, how far ahead it was booked, what else the
patient had booked that day by then, who and what it is for, and (when known before the
visit) whether the reminder was confirmed. The appointment's own outcome, and anything
that happened after it was booked, never reaches its features: that is what keeps a
model trained on them honest (no leakage).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from clinicdesk.domain.appointments import Status

# A year back from the booking: the window of "recent" history.
RECENT_DAYS = 365

# (lower bound in completed years, label); each band runs to the next one's bound.
AGE_BANDS: tuple[tuple[int, str], ...] = (
    (0, "under 16"),
    (16, "16-29"),
    (30, "30-44"),
    (45, "45-64"),
    (65, "65-79"),
    (80, "80 and over"),
)
UNKNOWN_AGE = "age unknown"

# Statuses that mean the patient came.
ATTENDED = frozenset({Status.ARRIVED, Status.IN_ROOM, Status.COMPLETED})


@dataclass(frozen=True, slots=True)
class Visit:
    """One appointment of a patient, with what the features need of it."""

    id: str
    start: datetime  # aware, UTC
    booked_at: datetime  # aware, UTC: when it was made
    status: Status
    provider_id: str
    type_id: str
    late_cancel: bool = False
    confirmed: bool | None = None  # reminder confirmed before the visit; None: not known


@dataclass(frozen=True, slots=True)
class BookingFeatures:
    visit_id: str
    prior_outcomes: int  # past visits the patient came to or missed, before booking
    prior_no_shows: int
    prior_late_cancels: int
    recent_outcomes: int  # the same within RECENT_DAYS before booking
    recent_no_shows: int
    lead_days: int  # clinic calendar days from booking to visit (0: same day)
    visits_that_day: int  # the patient's other visits that day, booked by then
    age_band: str
    weekday: int  # 0 = Monday, clinic time
    hour: int  # clinic time
    type_id: str
    provider_id: str
    confirmed: bool | None

    @property
    def same_day(self) -> bool:
        return self.lead_days == 0

    @property
    def recent_rate(self) -> float | None:
        """Share of recent visits missed; None with no recent visit to judge by."""
        if self.recent_outcomes == 0:
            return None
        return self.recent_no_shows / self.recent_outcomes


def outcome(status: Status) -> bool | None:
    """True: missed; False: came; None: no outcome (still ahead, or cancelled)."""
    if status is Status.NO_SHOW:
        return True
    if status in ATTENDED:
        return False
    return None


def completed_years(born: date, on: date) -> int:
    """Age in whole years on ``on`` (a 29 February birthday counts on 1 March)."""
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def age_band(born: date | None, on: date) -> str:
    if born is None or born > on:
        return UNKNOWN_AGE
    years = completed_years(born, on)
    label = AGE_BANDS[0][1]
    for lower, name in AGE_BANDS:
        if years >= lower:
            label = name
    return label


def _running_counts(flags: Sequence[bool]) -> list[int]:
    """counts[i] = how many of flags[:i] are true."""
    counts = [0]
    for flag in flags:
        counts.append(counts[-1] + (1 if flag else 0))
    return counts


def patient_features(
    visits: Iterable[Visit], born: date | None, zone: ZoneInfo
) -> list[BookingFeatures]:
    """The booking-time features of each of one patient's visits, in start order.

    A past visit counts towards a later one's history only if it had started before
    the later one was booked (its outcome was known by then).
    """
    ordered = sorted(visits, key=lambda v: (v.start, v.id))
    judged = [v for v in ordered if outcome(v.status) is not None]
    judged_starts = [v.start for v in judged]
    missed = _running_counts([outcome(v.status) is True for v in judged])
    late = [v for v in ordered if v.status is Status.CANCELLED and v.late_cancel]
    late_starts = [v.start for v in late]
    local_days = [v.start.astimezone(zone).date() for v in ordered]
    recent = timedelta(days=RECENT_DAYS)
    rows: list[BookingFeatures] = []
    for index, visit in enumerate(ordered):
        known = bisect_left(judged_starts, visit.booked_at)
        recent_from = bisect_left(judged_starts, visit.booked_at - recent)
        local_start = visit.start.astimezone(zone)
        day = local_days[index]
        first_that_day = bisect_left(local_days, day)
        after_that_day = bisect_right(local_days, day)
        others = sum(
            1
            for other in ordered[first_that_day:after_that_day]
            if other.id != visit.id and other.booked_at <= visit.booked_at
        )
        booked_day = visit.booked_at.astimezone(zone).date()
        rows.append(
            BookingFeatures(
                visit_id=visit.id,
                prior_outcomes=known,
                prior_no_shows=missed[known],
                prior_late_cancels=bisect_left(late_starts, visit.booked_at),
                recent_outcomes=known - recent_from,
                recent_no_shows=missed[known] - missed[recent_from],
                lead_days=max(0, (day - booked_day).days),
                visits_that_day=others,
                age_band=age_band(born, day),
                weekday=day.weekday(),
                hour=local_start.hour,
                type_id=visit.type_id,
                provider_id=visit.provider_id,
                confirmed=visit.confirmed,
            )
        )
    return rows
