"""What services need from storage, as protocols.

Services depend on these, never on SQLAlchemy; ``clinicdesk.store`` provides the SQL
implementation. Reads skip soft-deleted rows unless a method says otherwise.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Any, Literal, Protocol, Self

from clinicdesk.domain.appointments import Appointment, AppointmentEvent
from clinicdesk.domain.audit import AuditEntry, AuditQuery, ChainCheck
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.providers import Provider, ScheduleException, WorkingHours
from clinicdesk.domain.users import Actor, User
from clinicdesk.domain.waitlist import CallListEntry, WaitlistEntry


class PatientRepository(Protocol):
    def add(self, patient: Patient) -> None: ...
    def add_many(self, patients: Iterable[Patient]) -> None: ...
    def update(self, patient: Patient) -> None: ...
    def get(self, patient_id: str) -> Patient | None: ...
    def get_many(self, patient_ids: Iterable[str]) -> dict[str, Patient]: ...
    def search(self, text: str, limit: int = 20) -> list[Patient]: ...
    def count(self) -> int: ...


class ProviderRepository(Protocol):
    def add(self, provider: Provider) -> None: ...
    def update(self, provider: Provider) -> None: ...
    def get(self, provider_id: str) -> Provider | None: ...
    def list(self) -> list[Provider]: ...


class CatalogRepository(Protocol):
    def get_clinic(self) -> ClinicSettings | None: ...
    def save_clinic(self, settings: ClinicSettings, at: datetime) -> None: ...
    def add_room(self, room: Room) -> None: ...
    def update_room(self, room: Room) -> None: ...
    def rooms(self) -> list[Room]: ...
    def add_type(self, appointment_type: AppointmentType) -> None: ...
    def update_type(self, appointment_type: AppointmentType) -> None: ...
    def get_type(self, type_id: str) -> AppointmentType | None: ...
    def types(self) -> list[AppointmentType]: ...


class ScheduleRepository(Protocol):
    def add_hours(self, hours: WorkingHours) -> None: ...
    def add_hours_many(self, hours: Iterable[WorkingHours]) -> None: ...
    def update_hours(self, hours: WorkingHours) -> None: ...
    def hours_for(self, provider_ids: Sequence[str] | None = None) -> list[WorkingHours]: ...
    def add_exception(self, exception: ScheduleException) -> None: ...
    def update_exception(self, exception: ScheduleException) -> None: ...
    def exceptions_between(
        self, first_day: date, last_day: date, provider_ids: Sequence[str] | None = None
    ) -> list[ScheduleException]: ...


class AppointmentRepository(Protocol):
    def add(self, appointment: Appointment) -> None: ...
    def add_many(self, appointments: Iterable[Appointment]) -> None: ...
    def update(self, appointment: Appointment) -> None: ...
    def get(self, appointment_id: str) -> Appointment | None: ...
    def between(
        self,
        start: datetime,
        end: datetime,
        *,
        provider_ids: Sequence[str] | None = None,
        room_ids: Sequence[str] | None = None,
        patient_ids: Sequence[str] | None = None,
        holding_slot_only: bool = False,
    ) -> list[Appointment]:
        """Appointments overlapping [start, end), ordered by start."""
        ...

    def for_patient(self, patient_id: str) -> list[Appointment]: ...
    def in_series(self, series_id: str) -> list[Appointment]: ...
    def add_event(self, event: AppointmentEvent) -> None: ...
    def events_for(self, appointment_id: str) -> list[AppointmentEvent]: ...
    def events_for_many(
        self, appointment_ids: Iterable[str]
    ) -> dict[str, list[AppointmentEvent]]: ...


class WaitlistRepository(Protocol):
    def add(self, entry: WaitlistEntry) -> None: ...
    def update(self, entry: WaitlistEntry) -> None: ...
    def get(self, entry_id: str) -> WaitlistEntry | None: ...
    def active(self) -> list[WaitlistEntry]: ...
    def add_call(self, entry: CallListEntry) -> None: ...
    def update_call(self, entry: CallListEntry) -> None: ...
    def open_calls(self) -> list[CallListEntry]: ...


class UserRepository(Protocol):
    def add(self, user: User) -> None: ...
    def update(self, user: User) -> None: ...
    def get(self, user_id: str) -> User | None: ...
    def by_username(self, username: str) -> User | None: ...
    def list(self) -> list[User]: ...


class AuditTrail(Protocol):
    def record(
        self,
        actor: Actor,
        event: str,
        *,
        object_type: str = "",
        object_id: str = "",
        outcome: str = "ok",
        fields: Sequence[str] = (),
    ) -> None:
        """Append one audit row. ``fields`` names changed fields, never their values."""
        ...

    def record_unidentified(
        self, username: str, workstation: str, event: str, *, outcome: str
    ) -> None:
        """Append a row for someone who is not a known user (failed sign-in by an unknown
        name, a recovery-key unlock): no role, the name as given."""
        ...

    def entries(self, query: AuditQuery) -> list[AuditEntry]:
        """Rows matching ``query`` (read-only)."""
        ...

    def verify(self) -> ChainCheck:
        """Walk the hash chain and name the first altered, deleted or inserted row."""
        ...


# What a bulk load may fill: the big tables an import or the demo clinic writes.
BulkTable = Literal["patients", "appointments"]


class UnitOfWork(Protocol):
    """One transaction: every write inside commits whole, with its audit rows, or not at all."""

    patients: PatientRepository
    providers: ProviderRepository
    catalog: CatalogRepository
    schedules: ScheduleRepository
    appointments: AppointmentRepository
    waitlist: WaitlistRepository
    users: UserRepository
    audit: AuditTrail
    sync_conflicts: SyncConflictRepository

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def for_reading(self) -> Self:
        """Before ``with``: a read-only unit of work that never waits for a writer."""
        ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def bulk_load(self, *tables: BulkTable) -> AbstractContextManager[None]:
        """Wrap a large ``add_many`` into ``tables`` (both when none are named): index
        upkeep waits until the block ends. Still one transaction: a failure inside leaves
        the store as it was."""
        ...


# --- Sync conflicts (implemented in clinicdesk/store/repositories/sync_conflicts.py) ----------


@dataclass(frozen=True, slots=True)
class SyncConflict:
    """A conflict found while syncing, for a person to settle.

    ``kind``: ``appointment_clash`` (``row_id`` lost the slot to ``other_row_id``),
    ``field_conflict`` (``ours``/``theirs`` hold the two values of each field in
    ``fields``), ``edit_delete`` (deleted on one PC, edited on another; kept for now) or
    ``duplicate_patient`` (``row_id`` and ``other_row_id`` may be one person).
    Values are as stored (instants in epoch seconds, JSON columns as text).
    """

    id: str
    kind: str
    table_name: str
    row_id: str
    other_row_id: str | None
    fields: tuple[str, ...]
    ours: Mapping[str, Any]
    theirs: Mapping[str, Any]
    detected_at: datetime
    status: str = "open"
    resolution: str = ""


class SyncConflictRepository(Protocol):
    def open_conflicts(self) -> list[SyncConflict]: ...
    def open_ids_by_row(self, table_name: str, row_ids: Collection[str]) -> dict[str, list[str]]:
        """Ids of the open conflicts naming each of ``row_ids`` (as either side)."""
        ...

    def get(self, conflict_id: str) -> SyncConflict | None: ...
    def mark_resolved(self, conflict_id: str, resolution: str, by: str, at: datetime) -> None: ...
    def write_values(
        self, table_name: str, row_id: str, values: Mapping[str, Any], at: datetime
    ) -> None:
        """Set stored values of one synced row (the chosen side of a field conflict)."""
        ...


class SyncConflictUnitOfWork(UnitOfWork, Protocol):
    sync_conflicts: SyncConflictRepository
