"""A small clinic with patients whose names need more than Latin-1, on the real store."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from clinicdesk.domain.appointments import (
    Appointment,
    AppointmentEvent,
    CancelledBy,
    Status,
    Urgency,
)
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Insurance, Patient, Phone, VerificationStatus
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import catalog, providers, schedules
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.providers import ProviderView
from clinicdesk.services.schedules import DayHours
from clinicdesk.store.tables import audit_log


@pytest.fixture
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for written files beside, never inside, the folder holding the store:
    files for a user are refused inside the clinic's data folder."""
    return tmp_path_factory.mktemp("out")


MONDAY = date(2026, 3, 2)  # London is on GMT in early March: wall clock = UTC


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@dataclass(frozen=True)
class PrintClinic:
    ctx: ServiceContext
    ana: ProviderView  # Dr Ana Lee: Mon-Fri 09:00-17:00, lunch 12:00-13:00
    ben: ProviderView  # Dr Ben Cho: Mon and Wed 09:00-13:00
    consult: AppointmentType  # 20 minutes
    patients: dict[str, Patient]  # by family name

    def as_role(self, role: Role) -> ServiceContext:
        actor = Actor(user_id=f"u-{role.value}", username=role.value, role=role)
        return dataclasses.replace(self.ctx, actor=actor)

    def book(
        self,
        family: str,
        provider: ProviderView,
        start: datetime,
        *,
        minutes: int = 20,
        status: Status = Status.BOOKED,
        urgency: Urgency = Urgency.ROUTINE,
        reason: str = "",
        notes: str = "",
        cancelled_by: CancelledBy | None = None,
        late_cancel: bool = False,
        events: tuple[tuple[str, str, datetime], ...] = (),
    ) -> Appointment:
        """Store an appointment as it would be after its history; ``events`` are
        (kind, new status, at) status changes to record with it."""
        now = self.ctx.now()
        appointment = Appointment(
            id=new_id(),
            patient_id=self.patients[family].id,
            provider_id=provider.id,
            type_id=self.consult.id,
            start=start,
            end=start + timedelta(minutes=minutes),
            status=status,
            urgency=urgency,
            created_by="seed",
            created_at=now,
            updated_by="seed",
            updated_at=now,
            reason=reason,
            notes=notes,
            cancelled_by=cancelled_by,
            late_cancel=late_cancel,
        )
        with self.ctx.uow_factory() as uow:
            uow.appointments.add(appointment)
            for kind, new_value, when in events:
                uow.appointments.add_event(
                    AppointmentEvent(new_id(), appointment.id, kind, when, "seed", "", new_value)
                )
            uow.commit()
        return appointment


def audit_rows(ctx: ServiceContext) -> list[tuple[str, str, str, str]]:
    """(event, object_type, object_id, outcome) of every audit row, oldest first."""
    with ctx.uow_factory() as uow:
        rows = uow.connection.execute(  # type: ignore[attr-defined]
            select(
                audit_log.c.event,
                audit_log.c.object_type,
                audit_log.c.object_id,
                audit_log.c.outcome,
            ).order_by(audit_log.c.seq)
        ).all()
    return [tuple(row) for row in rows]


NAMES = (
    # given, family, phone, alerts, insurance
    ("Zoë", "Adams", "07700 900001", "Penicillin allergy", VerificationStatus.VERIFIED),
    ("Łukasz", "Nowak", "07700 900002", "", VerificationStatus.FAILED),
    ("Thị Ngọc", "Nguyễn", "07700 900003", "", None),
    ("芳", "王", "07700 900004", "需要翻译", VerificationStatus.UNVERIFIED),
    ("Seán", "O'Brien", "07700 900005", "", VerificationStatus.EXPIRED),
)


@pytest.fixture
def print_clinic(service_context: ServiceContext) -> PrintClinic:
    ctx = service_context
    ana = providers.add_provider(ctx, name="Ana Lee", specialty="general practice")
    ben = providers.add_provider(ctx, name="Ben Cho", specialty="general practice")
    lunch = (TimeRange(time(12), time(13)),)
    schedules.set_weekly_hours(
        ctx,
        ana.id,
        [DayHours(d, TimeRange(time(9), time(17)), lunch) for d in range(5)],
        effective_from=date(2026, 1, 1),
    )
    schedules.set_weekly_hours(
        ctx,
        ben.id,
        [DayHours(d, TimeRange(time(9), time(13))) for d in (0, 2)],
        effective_from=date(2026, 1, 1),
    )
    consult = catalog.add_type(ctx, name="Consultation", duration_minutes=20)
    patients = {}
    with ctx.uow_factory() as uow:
        for index, (given, family, phone, alerts, status) in enumerate(NAMES):
            patient = Patient(
                id=new_id(),
                given=given,
                family=family,
                birth_date=date(1970 + index, 1 + index, 10 + index),
                updated_at=ctx.now(),
                phones=(Phone(phone),),
                alerts=alerts,
                insurance=Insurance("Acme Health", f"M{index}", status) if status else None,
            )
            uow.patients.add(patient)
            patients[family] = patient
        uow.commit()
    return PrintClinic(ctx=ctx, ana=ana, ben=ben, consult=consult, patients=patients)
