"""What the printed documents show, as plain read-models.

Printing never touches the database: ``clinicdesk.services.print_jobs`` builds these
from the store (or a test builds them by hand) and the renderers turn them into PDF.
Times are already in the clinic's wall clock; ``time_label`` is the text to print
("09:00-09:20", or "01:30 EDT-01:50 EDT" in a repeated DST hour).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class DaySheetRow:
    """One appointment line of a day sheet."""

    start: datetime  # aware, clinic-local; for ordering
    time_label: str
    patient_name: str  # "Family, Given"
    birth_date: date | None
    phone: str
    appointment_type: str
    urgency: str  # "routine", "soon", "urgent", "emergency"
    status: str = "booked"  # the appointment's status when printed
    reason: str = ""
    notes: str = ""
    alerts: str = ""
    insurance: str = ""  # "verified", "unverified", "failed", "expired"; "" = none on file
    room: str = ""


@dataclass(frozen=True, slots=True)
class ProviderDay:
    """One provider's part of a day sheet: starts on a new page."""

    provider_id: str
    provider_name: str  # "Dr Ana Lee"
    specialty: str
    hours_label: str  # "08:00-12:00, 13:00-17:00", or "" when not working
    rows: tuple[DaySheetRow, ...]


@dataclass(frozen=True, slots=True)
class DaySheet:
    clinic_name: str
    day: date
    printed_at: datetime  # aware, clinic-local
    providers: tuple[ProviderDay, ...]
    time_zone: str = ""


@dataclass(frozen=True, slots=True)
class WeekDay:
    day: date
    hours_label: str
    rows: tuple[DaySheetRow, ...]


@dataclass(frozen=True, slots=True)
class WeekSchedule:
    """One provider's week, Monday first."""

    clinic_name: str
    provider_id: str
    provider_name: str
    specialty: str
    week_start: date
    printed_at: datetime
    days: tuple[WeekDay, ...]


@dataclass(frozen=True, slots=True)
class CallListRow:
    """A patient to phone after a no-show or a cancellation."""

    when: datetime  # aware, clinic-local start of the missed appointment
    time_label: str  # "Mon 2026-03-02 09:00"
    patient_name: str
    birth_date: date | None
    phone: str
    provider_name: str
    appointment_type: str
    outcome: str  # "No-show", "Cancelled by patient (late)", ...
    reason: str = ""
    next_booked: str = ""  # "2026-03-09 10:00" when already rebooked, else ""


@dataclass(frozen=True, slots=True)
class CallList:
    clinic_name: str
    first_day: date
    last_day: date
    printed_at: datetime
    rows: tuple[CallListRow, ...]


@dataclass(frozen=True, slots=True)
class ConfirmSheetRow:
    time_label: str  # "Tue 2026-03-03 10:00"
    patient_name: str
    phone: str
    state: str  # "not confirmed" / "unclear reply"
    no_shows: int
    called: bool


@dataclass(frozen=True, slots=True)
class ConfirmSheet:
    """Visits nobody has confirmed yet, in call order, to phone from paper."""

    clinic_name: str
    days: tuple[date, ...]
    printed_at: datetime
    rows: tuple[ConfirmSheetRow, ...]


@dataclass(frozen=True, slots=True)
class RecoverySheet:
    """The paper copy of the store's recovery key."""

    clinic_name: str
    recovery_key: str  # "123456-654321-..." (16 groups of 6 digits)
    created_at: datetime
    store_location: str = ""  # where the data folder is, to help whoever recovers it


@dataclass(frozen=True, slots=True)
class RecallSheetRow:
    """A patient due for a follow-up, with what the caller needs at hand."""

    patient_name: str
    birth_date: date | None
    phones: str  # every number on file, "number (kind)", joined
    recall_type: str
    due: date
    state: str  # "overdue" | "due"
    attempts: int
    last_attempt_on: date | None


@dataclass(frozen=True, slots=True)
class RecallSheet:
    clinic_name: str
    today: date
    last_day: date
    printed_at: datetime
    rows: tuple[RecallSheetRow, ...]
