"""Recall (follow-up) rules: intervals, due dates, the due list, hiding, closing.

A recall type says how long after a visit a patient is due again ("6-month check":
6 months). Due dates are calendar dates, never instants, so the arithmetic has no
time zone and no DST: adding months keeps the day of the month, or takes the month's
last day when it is shorter (Aug 31 + 6 months is Feb 28, or Feb 29 in a leap year).

After each attempt to reach a patient (a call, a message) the patient is hidden from
the due list for the recall type's hide days, so the desk does not call twice in a
row. A recall closes when the patient books the type it is linked to.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from clinicdesk.domain.clinic_time import wall_to_utc_lenient
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.reminders import QuietHours


class IntervalUnit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


# The longest interval in each unit: ten years. Longer is a typo, not a recall.
MAX_COUNT: dict[IntervalUnit, int] = {
    IntervalUnit.DAYS: 3650,
    IntervalUnit.WEEKS: 520,
    IntervalUnit.MONTHS: 120,
    IntervalUnit.YEARS: 10,
}
MAX_HIDE_DAYS = 365
DEFAULT_HIDE_DAYS = 14
MAX_WITHIN_DAYS = 3650

_UNIT_WORDS: dict[str, IntervalUnit] = {
    "d": IntervalUnit.DAYS,
    "day": IntervalUnit.DAYS,
    "days": IntervalUnit.DAYS,
    "w": IntervalUnit.WEEKS,
    "week": IntervalUnit.WEEKS,
    "weeks": IntervalUnit.WEEKS,
    "m": IntervalUnit.MONTHS,
    "month": IntervalUnit.MONTHS,
    "months": IntervalUnit.MONTHS,
    "y": IntervalUnit.YEARS,
    "year": IntervalUnit.YEARS,
    "years": IntervalUnit.YEARS,
}
_INTERVAL = re.compile(r"^\s*([+-]?\d+)\s*([a-zA-Z]+)\s*$")


@dataclass(frozen=True, slots=True)
class Interval:
    count: int
    unit: IntervalUnit

    def __post_init__(self) -> None:
        limit = MAX_COUNT[self.unit]
        if not 1 <= self.count <= limit:
            raise ValidationError(
                tr(
                    "recall",
                    "A recall interval of {count} {value} is outside 1 to {limit} {value}.",
                ).format(count=self.count, value=self.unit.value, limit=limit)
            )

    def text(self) -> str:
        return f"{self.count} {self.unit.value}"


def parse_interval(text: str) -> Interval:
    """An interval from "6m", "6 months", "1y", "2 weeks", "90d"."""
    found = _INTERVAL.match(text)
    if found is None:
        raise ValidationError(
            tr(
                "recall",
                "'{text}' is not an interval; write a number and a unit, like 6m, 1y, 6w or 90d.",
            ).format(text=text)
        )
    unit = _UNIT_WORDS.get(found.group(2).lower())
    if unit is None:
        raise ValidationError(
            tr(
                "recall",
                "'{group}' is not a unit; use d (days), w (weeks), m (months) or y (years).",
            ).format(group=found.group(2))
        )
    return Interval(int(found.group(1)), unit)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; a day the target month lacks becomes its last."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_interval(day: date, interval: Interval) -> date:
    """The day one interval after ``day``."""
    if interval.unit is IntervalUnit.DAYS:
        return day + timedelta(days=interval.count)
    if interval.unit is IntervalUnit.WEEKS:
        return day + timedelta(weeks=interval.count)
    if interval.unit is IntervalUnit.MONTHS:
        return add_months(day, interval.count)
    return add_months(day, 12 * interval.count)


def check_hide_days(days: int) -> int:
    if not 0 <= days <= MAX_HIDE_DAYS:
        raise ValidationError(
            tr(
                "recall",
                "Hiding a patient for {days} days after a call is outside 0 to {limit} days.",
            ).format(days=days, limit=MAX_HIDE_DAYS)
        )
    return days


def check_within_days(days: int) -> int:
    if not 0 <= days <= MAX_WITHIN_DAYS:
        raise ValidationError(
            tr(
                "recall",
                "'Due within {days} days' is outside 0 to {limit} days.",
            ).format(days=days, limit=MAX_WITHIN_DAYS)
        )
    return days


class RecallStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"  # the patient booked the matching type (or was seen for it)
    VOID = "void"  # set by mistake, or by a completion that was undone


@dataclass(frozen=True, slots=True)
class RecallType:
    id: str
    name: str
    interval: Interval
    updated_at: datetime
    type_id: str | None = None  # the appointment type it recalls for; None: set by hand
    hide_days: int = DEFAULT_HIDE_DAYS
    active: bool = True
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Recall:
    id: str
    patient_id: str
    recall_type_id: str
    due: date
    created_at: datetime
    updated_at: datetime
    status: RecallStatus = RecallStatus.OPEN
    attempts: int = 0
    last_attempt_on: date | None = None
    hide_days: int = DEFAULT_HIDE_DAYS  # copied from its type when set
    source_appointment_id: str | None = None  # the completed visit that set it
    closed_by_appointment_id: str | None = None
    notes: str = ""
    deleted: bool = False


def hidden_until(recall: Recall) -> date | None:
    """The first day the patient shows again after the last attempt (None: not hidden)."""
    if recall.last_attempt_on is None:
        return None
    return recall.last_attempt_on + timedelta(days=recall.hide_days)


def is_hidden(recall: Recall, today: date) -> bool:
    until = hidden_until(recall)
    return until is not None and today < until


def record_attempt(recall: Recall, on: date, at: datetime) -> Recall:
    """The recall after one more attempt to reach the patient on ``on``."""
    if recall.status is not RecallStatus.OPEN:
        raise ValidationError(
            tr(
                "recall",
                "This recall is {value}; only an open one is called.",
            ).format(value=recall.status.value)
        )
    return replace(recall, attempts=recall.attempts + 1, last_attempt_on=on, updated_at=at)


class DueState(StrEnum):
    OVERDUE = "overdue"  # due before today
    DUE = "due"  # due today or within the window asked for
    LATER = "later"


def due_state(due: date, today: date, last_day: date) -> DueState:
    """Where a due date falls: before today, from today to ``last_day``, or after."""
    if due < today:
        return DueState.OVERDUE
    if due <= last_day:
        return DueState.DUE
    return DueState.LATER


def month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def window_end(today: date, within_days: int | None) -> date:
    """The last day of the due window: ``within_days`` from today, else the month's end."""
    if within_days is None:
        return month_end(today)
    return today + timedelta(days=check_within_days(within_days))


@dataclass(frozen=True, slots=True)
class DueRecall:
    recall: Recall
    state: DueState
    hidden_until: date | None


def due_list(
    recalls: Iterable[Recall],
    today: date,
    last_day: date,
    *,
    include_hidden: bool = False,
) -> list[DueRecall]:
    """Open recalls due by ``last_day`` (overdue ones too), hidden ones left out unless
    asked for; most overdue first, then fewer attempts, then by id for a stable order."""
    found = []
    for recall in recalls:
        if recall.status is not RecallStatus.OPEN or recall.deleted:
            continue
        state = due_state(recall.due, today, last_day)
        if state is DueState.LATER:
            continue
        if is_hidden(recall, today) and not include_hidden:
            continue
        found.append(DueRecall(recall, state, hidden_until(recall)))
    found.sort(key=lambda item: (item.recall.due, item.recall.attempts, item.recall.id))
    return found


def closes(recall: Recall, recall_type: RecallType, patient_id: str, type_id: str) -> bool:
    """A booking of ``type_id`` for ``patient_id`` closes this recall."""
    return (
        recall.status is RecallStatus.OPEN
        and recall.patient_id == patient_id
        and recall_type.type_id is not None
        and recall_type.type_id == type_id
    )


def close(recall: Recall, appointment_id: str, at: datetime) -> Recall:
    return replace(
        recall,
        status=RecallStatus.CLOSED,
        closed_by_appointment_id=appointment_id,
        updated_at=at,
    )


def next_recall_due(completed_on: date, recall_type: RecallType) -> date:
    """When a patient seen on ``completed_on`` is due again."""
    return add_interval(completed_on, recall_type.interval)


# Recall reminders: a message some days before the due date, and again after each
# hide window while the recall stays open, up to a number of attempts.
DEFAULT_REMIND_DAYS_BEFORE = 14
DEFAULT_MAX_MESSAGES = 3
RECALL_SEND_TIME = time(10, 0)


def message_day(
    recall: Recall,
    today: date,
    *,
    days_before: int = DEFAULT_REMIND_DAYS_BEFORE,
    max_attempts: int = DEFAULT_MAX_MESSAGES,
) -> date | None:
    """The local day a recall message should go, or None when none should.

    Not before ``days_before`` the due date, not while hidden after an attempt, not
    before today, and never once the recall has had ``max_attempts`` attempts.
    """
    if recall.status is not RecallStatus.OPEN or recall.deleted:
        return None
    if recall.attempts >= max_attempts:
        return None
    day = recall.due - timedelta(days=days_before)
    until = hidden_until(recall)
    if until is not None and until > day:
        day = until
    return max(day, today)


def message_still_true(
    recall: Recall, today: date, *, max_attempts: int = DEFAULT_MAX_MESSAGES
) -> bool:
    """Whether a queued recall message may go out today: the recall is still open, the
    patient is not hidden after an attempt, and attempts are left."""
    return (
        recall.status is RecallStatus.OPEN
        and not recall.deleted
        and recall.attempts < max_attempts
        and not is_hidden(recall, today)
    )


def send_moment(day: date, zone: ZoneInfo, quiet: QuietHours) -> datetime:
    """When a recall message planned for ``day`` goes: mid-morning on the clinic's
    clock, or the end of the quiet hours when the clinic keeps that time quiet."""
    moment = wall_to_utc_lenient(day, RECALL_SEND_TIME, zone)
    if quiet.contains(moment, zone):
        return quiet.ends(moment, zone)
    return moment
