"""The whole clinic's day sheet for 30 providers: build from the store, render to PDF.

Goal: <= 1 s. Seeds a real SQLCipher store in a temporary folder with 30
providers (Mon-Fri 08:00-18:00), 600 patients with names in several scripts and
25 appointments per provider on the day (750 lines, ~30 pages), then times:

* font parsing, done once per process (the app can call ``preload_fonts`` at start-up);
* render only: ``render_day_sheet`` from the read-model (first run, then best and
  median of five more);
* end to end: ``print_day_sheet`` (load with one query per table, audit, render).

    /work/venv/bin/python benchmarks/bench_printing.py
"""

from __future__ import annotations

import io
import os
import random
import statistics
import tempfile
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from pypdf import PdfReader

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Insurance, Patient, Phone, VerificationStatus
from clinicdesk.domain.providers import Provider, WorkingHours
from clinicdesk.domain.users import Actor, Role
from clinicdesk.printing.day_sheet import render_day_sheet
from clinicdesk.printing.fonts import preload_fonts
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.print_jobs import day_sheet, print_day_sheet
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork

DAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
PROVIDERS = 30
PER_PROVIDER = 25
RNG = random.Random(6)
GIVEN = ["Zoë", "Łukasz", "Thị Ngọc", "芳", "Seán", "Анна", "Jürgen", "민준", "Amélie", "Oluwaseun"]
FAMILY = [
    "Adams",
    "Nowak",
    "Nguyễn",
    "王",
    "O'Brien",
    "Иванова",
    "Müller",
    "김",
    "Dubois",
    "Okafor",
]


def seed(ctx: ServiceContext) -> None:
    with ctx.uow_factory() as uow:
        uow.catalog.save_clinic(
            ClinicSettings(
                "Bench Clinic", "Europe/London", {d: TimeRange(time(8), time(18)) for d in range(5)}
            ),
            NOW,
        )
        kinds = [AppointmentType(new_id(), name, 20, NOW) for name in ("Consultation", "Review")]
        for kind in kinds:
            uow.catalog.add_type(kind)
        patients = [
            Patient(
                new_id(),
                RNG.choice(GIVEN),
                RNG.choice(FAMILY),
                date(1950 + i % 60, 1 + i % 12, 1),
                NOW,
                phones=(Phone(f"07700 9{i:05d}"),),
                alerts="Penicillin allergy" if i % 9 == 0 else "",
                insurance=Insurance("Acme", f"M{i}", VerificationStatus.VERIFIED),
            )
            for i in range(600)
        ]
        uow.patients.add_many(patients)
        appointments = []
        for p in range(PROVIDERS):
            provider = Provider(new_id(), f"Provider {p:02d}", "general practice", NOW)
            uow.providers.add(provider)
            uow.schedules.add_hours_many(
                WorkingHours(
                    new_id(), provider.id, d, TimeRange(time(8), time(18)), date(2026, 1, 1), NOW
                )
                for d in range(5)
            )
            for slot in range(PER_PROVIDER):
                start = datetime.combine(DAY, time(8), tzinfo=UTC) + timedelta(minutes=20 * slot)
                appointments.append(
                    Appointment(
                        new_id(),
                        RNG.choice(patients).id,
                        provider.id,
                        RNG.choice(kinds).id,
                        start,
                        start + timedelta(minutes=20),
                        Status.BOOKED,
                        RNG.choice([Urgency.ROUTINE] * 8 + [Urgency.URGENT]),
                        "u",
                        NOW,
                        "u",
                        NOW,
                        reason="Follow-up of blood pressure" if slot % 3 == 0 else "",
                        notes="Prefers a call after 5pm; interpreter booked"
                        if slot % 7 == 0
                        else "",
                    )
                )
        uow.appointments.add_many(appointments)
        uow.commit()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_test_engine(Path(folder) / "bench.db", os.urandom(32))
        actor = Actor("u-bench", "bench", Role.MANAGER, "bench-pc")
        ctx = ServiceContext(lambda: SqlUnitOfWork(engine), actor, clock=lambda: NOW)
        seed(ctx)

        started = clock.perf_counter()
        preload_fonts()  # what the app does in the background at start-up
        fonts = clock.perf_counter() - started
        sheet = day_sheet(ctx, DAY)
        lines = sum(len(p.rows) for p in sheet.providers)
        started = clock.perf_counter()
        pdf = render_day_sheet(sheet)
        cold = clock.perf_counter() - started
        warm = []
        for _ in range(5):
            started = clock.perf_counter()
            render_day_sheet(sheet)
            warm.append(clock.perf_counter() - started)
        end_to_end = []
        for _ in range(5):
            started = clock.perf_counter()
            print_day_sheet(ctx, DAY)
            end_to_end.append(clock.perf_counter() - started)
        engine.dispose()

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(
        f"day sheet: {len(sheet.providers)} providers, {lines} appointments, {pages} pages, "
        f"{len(pdf) / 1024:.0f} KiB"
    )
    print(f"fonts parsed once per process: {fonts * 1000:6.0f} ms")
    print(f"render, first in process:     {cold * 1000:7.0f} ms")
    print(
        f"render, warm (best of 5):     {min(warm) * 1000:7.0f} ms "
        f"(median {statistics.median(warm) * 1000:.0f} ms)"
    )
    print(
        f"end to end, load+audit+render (best of 5): {min(end_to_end) * 1000:7.0f} ms "
        f"(median {statistics.median(end_to_end) * 1000:.0f} ms)"
    )
    print(f"goal <= 1000 ms: {'met' if statistics.median(end_to_end) <= 1 else 'NOT met'}")


if __name__ == "__main__":
    main()
