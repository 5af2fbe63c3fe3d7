"""The clinic's set-up: settings, rooms and appointment types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clinicdesk.domain.common import TimeRange


@dataclass(frozen=True, slots=True)
class ClinicSettings:
    name: str
    time_zone: str  # IANA name, e.g. "Europe/London"
    # Weekday (Monday = 0) -> opening hours; a missing weekday means closed.
    opening_hours: dict[int, TimeRange]
    slot_minutes: int = 5  # booking grid granularity
    late_cancel_hours: int = 24  # a patient cancelling closer than this is "late"


@dataclass(frozen=True, slots=True)
class Room:
    id: str
    name: str
    kind: str  # e.g. "consult", "procedure", "imaging"
    updated_at: datetime
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class AppointmentType:
    id: str
    name: str
    duration_minutes: int
    updated_at: datetime
    colour: str = "#72B7B2"
    # Specialties allowed to give this type; empty = any provider.
    specialties: tuple[str, ...] = ()
    # Room kinds this type needs; empty = no room needed.
    room_kinds: tuple[str, ...] = ()
    deleted: bool = False

    def fits_specialty(self, specialty: str) -> bool:
        return not self.specialties or specialty in self.specialties
