"""Random book/cancel/move sequences through the services on the real store.

Whatever the sequence, a provider never has more slot-holding appointments at once
than their parallel limit unless one of them carries an override reason, and a
patient is never in two places at once (that is never overridable).
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.errors import ClinicError
from clinicdesk.domain.intervals import peak_overlap
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import catalog, providers, schedules
from clinicdesk.services.appointment_changes import cancel_appointment, move_appointment
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.schedules import DayHours
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork
from tests.conftest import weekday_hours
from tests.integration.services.conftest import add_patient

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DAY_START = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)  # Tuesday; London is on GMT

offsets = st.integers(min_value=0, max_value=16).map(
    lambda n: DAY_START + timedelta(minutes=10 * n)
)
book = st.tuples(st.just("book"), st.integers(0, 3), st.integers(0, 1), offsets, st.booleans())
cancel = st.tuples(st.just("cancel"), st.integers(0, 30))
move = st.tuples(st.just("move"), st.integers(0, 30), st.integers(0, 1), offsets, st.booleans())
operations = st.lists(st.one_of(book, book, cancel, move), min_size=1, max_size=14)


def _clinic(folder: Path) -> tuple[ServiceContext, list[str], list[str]]:
    engine = make_test_engine(folder / "clinic.db")

    def uow_factory() -> SqlUnitOfWork:
        return SqlUnitOfWork(engine)

    with uow_factory() as uow:
        uow.catalog.save_clinic(
            ClinicSettings("Prop Clinic", "Europe/London", weekday_hours()), NOW
        )
        uow.commit()
    actor = Actor(user_id="u-m", username="manager", role=Role.MANAGER)
    ctx = ServiceContext(uow_factory=uow_factory, actor=actor, clock=lambda: NOW)
    hours = [DayHours(d, TimeRange(time(9), time(12))) for d in range(5)]
    ids = []
    for name, limit in (("Ana Lee", 1), ("Ben Cho", 2)):
        provider = providers.add_provider(ctx, name=name, specialty="gp", max_parallel=limit)
        schedules.set_weekly_hours(ctx, provider.id, hours, effective_from=date(2026, 1, 1))
        ids.append(provider.id)
    catalog.add_type(ctx, name="Consultation", duration_minutes=20)
    patients = [add_patient(ctx, "P", f"Patient{n}").id for n in range(4)]
    return ctx, ids, patients


def _all(ctx: ServiceContext) -> list[Appointment]:
    with ctx.uow_factory() as uow:
        return uow.appointments.between(
            DAY_START - timedelta(hours=2), DAY_START + timedelta(hours=6), holding_slot_only=True
        )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_random_sequences_keep_parallel_limits_unless_overridden(ops) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ctx, provider_ids, patients = _clinic(Path(folder))
        limits = dict(zip(provider_ids, (1, 2), strict=True))
        booked: list[str] = []
        for op in ops:
            try:
                if op[0] == "book":
                    _, patient, provider, start, override = op
                    result = book_appointment(
                        ctx,
                        BookingInput(
                            patients[patient],
                            "consultation",
                            provider_ids[provider],
                            start,
                            override_reason="squeeze in" if override else "",
                        ),
                    )
                    booked.append(result.appointment.id)
                elif op[0] == "cancel" and booked:
                    cancel_appointment(ctx, booked[op[1] % len(booked)], "random cancel")
                elif op[0] == "move" and booked:
                    _, which, provider, start, override = op
                    move_appointment(
                        ctx,
                        booked[which % len(booked)],
                        start,
                        provider_id=provider_ids[provider],
                        override_reason="squeeze in" if override else "",
                    )
            except ClinicError:
                pass  # a refusal is a correct outcome; the invariant is checked below

        holding = _all(ctx)
        for appointment in holding:
            same_provider = [a for a in holding if a.provider_id == appointment.provider_id]
            spans = [(a.start, a.end) for a in same_provider]
            peak = peak_overlap(spans, appointment.start, appointment.end)
            if peak > limits[appointment.provider_id]:
                overlapping = [
                    a
                    for a in same_provider
                    if a.start < appointment.end and appointment.start < a.end
                ]
                assert any(a.override_reason for a in overlapping), overlapping
            same_patient = [
                a
                for a in holding
                if a.patient_id == appointment.patient_id
                and a.id != appointment.id
                and a.start < appointment.end
                and appointment.start < a.end
            ]
            assert same_patient == []
