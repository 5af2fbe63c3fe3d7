"""Patients waiting for an earlier slot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.appointments import Urgency
from clinicdesk.domain.common import TimeRange


@dataclass(frozen=True, slots=True)
class WaitlistEntry:
    id: str
    patient_id: str
    type_id: str
    urgency: Urgency
    added_at: datetime
    updated_at: datetime
    provider_ids: tuple[str, ...] = ()  # empty = any provider who gives the type
    weekdays: frozenset[int] = frozenset(range(7))  # days they can come
    times: tuple[TimeRange, ...] = ()  # empty = any time of day
    not_before: date | None = None
    notes: str = ""
    active: bool = True
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class CallListEntry:
    """A patient the front desk must phone, and why (bumped, no-show, cancelled)."""

    id: str
    patient_id: str
    reason: str
    created_at: datetime
    updated_at: datetime
    appointment_id: str | None = None
    done: bool = False
    deleted: bool = False
