"""Providers and the wall-clock rules of when they work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from clinicdesk.domain.common import TimeRange


@dataclass(frozen=True, slots=True)
class Provider:
    id: str
    name: str  # as patients know them: "Ana Lee"
    specialty: str
    updated_at: datetime
    title: str = "Dr"
    colour: str = "#4C78A8"
    bookable: bool = True
    max_parallel: int = 1  # overbooking policy: more needs an override with a reason
    deleted: bool = False

    @property
    def display_name(self) -> str:
        return f"{self.title} {self.name}".strip()


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """One weekday of a provider's weekly template, in the clinic's wall clock.

    A template is the set of these rows for one provider sharing an effective
    date range; a later template replaces an earlier one from its start date.
    """

    id: str
    provider_id: str
    weekday: int  # Monday = 0 ... Sunday = 6
    hours: TimeRange
    effective_from: date
    updated_at: datetime
    effective_to: date | None = None  # inclusive; None = open-ended
    breaks: tuple[TimeRange, ...] = ()
    room_id: str | None = None  # the provider's usual room that day, if any
    deleted: bool = False

    def applies_on(self, day: date) -> bool:
        if day.weekday() != self.weekday or day < self.effective_from:
            return False
        return self.effective_to is None or day <= self.effective_to


class ExceptionKind(StrEnum):
    TIME_OFF = "time_off"
    EXTRA_HOURS = "extra_hours"


@dataclass(frozen=True, slots=True)
class ScheduleException:
    """Time off or extra hours on a run of days, in the clinic's wall clock.

    With no times given, time off covers whole days. Extra hours need times.
    """

    id: str
    provider_id: str
    kind: ExceptionKind
    first_day: date
    last_day: date
    updated_at: datetime
    start: time | None = None
    end: time | None = None
    reason: str = ""
    deleted: bool = False

    def applies_on(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    @property
    def whole_day(self) -> bool:
        return self.start is None or self.end is None
