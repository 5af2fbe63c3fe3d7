"""Appointments, their status and urgency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clinicdesk.domain.common import Interval


class Status(StrEnum):
    BOOKED = "booked"
    CONFIRMED = "confirmed"
    ARRIVED = "arrived"
    IN_ROOM = "in_room"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


# No appointment is longer than this; range queries rely on it to bound index scans.
MAX_APPOINTMENT_MINUTES = 12 * 60

# Statuses whose appointment no longer holds its slot.
FREEING_STATUSES = frozenset({Status.NO_SHOW, Status.CANCELLED})


class Urgency(StrEnum):
    ROUTINE = "routine"
    SOON = "soon"
    URGENT = "urgent"
    EMERGENCY = "emergency"


class CancelledBy(StrEnum):
    PATIENT = "patient"
    CLINIC = "clinic"


@dataclass(frozen=True, slots=True)
class Appointment:
    id: str
    patient_id: str
    provider_id: str
    type_id: str
    start: datetime  # aware, UTC
    end: datetime  # aware, UTC
    status: Status
    urgency: Urgency
    created_by: str
    created_at: datetime
    updated_by: str
    updated_at: datetime
    room_id: str | None = None
    reason: str = ""
    notes: str = ""
    series_id: str | None = None  # recurring series this occurrence belongs to
    override_reason: str = ""  # why a rule (overbooking, outside hours) was overridden
    cancel_reason: str = ""
    cancelled_by: CancelledBy | None = None
    late_cancel: bool = False
    deleted: bool = False

    @property
    def interval(self) -> Interval:
        return Interval(self.start, self.end)

    @property
    def holds_slot(self) -> bool:
        """Whether this appointment keeps its time from others."""
        return not self.deleted and self.status not in FREEING_STATUSES


@dataclass(frozen=True, slots=True)
class AppointmentEvent:
    """One entry of an appointment's history: created, moved, status changed..."""

    id: str
    appointment_id: str
    kind: str  # "created", "moved", "status", "status_undone", "edited"
    at: datetime
    by: str
    old_value: str = ""
    new_value: str = ""
    reason: str = ""
