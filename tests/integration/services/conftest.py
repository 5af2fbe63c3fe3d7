"""A small clinic on the real encrypted store, set up through the services."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import catalog, providers, schedules
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.providers import ProviderView
from clinicdesk.services.schedules import DayHours
from clinicdesk.store.tables import audit_log


@dataclass(frozen=True)
class SmallClinic:
    ctx: ServiceContext
    ana: ProviderView  # Dr Ana Lee, general practice, Mon-Fri 09:00-17:00, lunch 12-13
    ben: ProviderView  # Dr Ben Cho, general practice, same hours
    consult: AppointmentType  # 20 minutes
    smith: Patient  # J. Smith
    jones: Patient  # M. Jones
    brown: Patient  # K. Brown

    def as_role(self, role: Role) -> ServiceContext:
        actor = Actor(user_id=f"u-{role.value}", username=role.value, role=role)
        return dataclasses.replace(self.ctx, actor=actor)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """An instant in March 2026 (London is on GMT then, so wall clock = UTC)."""
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def audit_rows(ctx: ServiceContext) -> list[tuple[str, str, str, str]]:
    """(event, object_id, outcome, fields) of every audit row, oldest first."""
    with ctx.uow_factory() as uow:
        rows = uow.connection.execute(  # type: ignore[attr-defined]
            select(
                audit_log.c.event, audit_log.c.object_id, audit_log.c.outcome, audit_log.c.fields
            ).order_by(audit_log.c.seq)
        ).all()
    return [tuple(row) for row in rows]


def add_patient(ctx: ServiceContext, given: str, family: str) -> Patient:
    patient = Patient(new_id(), given, family, date(1970, 1, 1), ctx.now())
    with ctx.uow_factory() as uow:
        uow.patients.add(patient)
        uow.commit()
    return patient


@pytest.fixture
def clinic(service_context: ServiceContext) -> SmallClinic:
    ctx = service_context
    hours = [
        DayHours(d, TimeRange(time(9), time(17)), (TimeRange(time(12), time(13)),))
        for d in range(5)
    ]
    ana = providers.add_provider(ctx, name="Ana Lee", specialty="general practice")
    ben = providers.add_provider(ctx, name="Ben Cho", specialty="general practice")
    for provider in (ana, ben):
        schedules.set_weekly_hours(ctx, provider.id, hours, effective_from=date(2026, 1, 1))
    consult = catalog.add_type(
        ctx, name="Consultation", duration_minutes=20, specialties=["general practice"]
    )
    return SmallClinic(
        ctx=ctx,
        ana=ana,
        ben=ben,
        consult=consult,
        smith=add_patient(ctx, "John", "Smith"),
        jones=add_patient(ctx, "Mary", "Jones"),
        brown=add_patient(ctx, "Kim", "Brown"),
    )
