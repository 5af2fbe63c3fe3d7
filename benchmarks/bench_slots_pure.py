"""First-available on the pure scheduling engine, in memory (no database).

30 providers with typical weekday templates (a lunch break, some split shifts, some
half days) and about 15 appointments per provider-day over 90 days. Prints p50/p95
over 200 first-available queries with mixed types, specialties, urgencies and
preferences, both on one index built once (warm) and with the index rebuilt from a
one-week window each time (what a service doing paged loading pays). Figures only.

    /work/venv/bin/python benchmarks/bench_slots_pure.py
"""

from __future__ import annotations

import random
import statistics
import time as clock
from datetime import UTC, date, datetime, time, timedelta

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings
from clinicdesk.domain.clinic_time import clinic_zone, wall_to_utc
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.providers import Provider, WorkingHours
from clinicdesk.domain.slots import SlotQuery, first_available, third_next_available

STAMP = datetime(2025, 1, 1, tzinfo=UTC)
FIRST_DAY = date(2025, 3, 3)
DAYS = 90
SPECIALTIES = ["gp", "gp", "gp", "physio", "dermatology", "paediatrics"]
RNG = random.Random(7)


def build() -> tuple[
    ClinicSettings, list[Provider], list[WorkingHours], list[Appointment], list[AppointmentType]
]:
    settings = ClinicSettings(
        name="Bench",
        time_zone="Europe/London",
        opening_hours={d: TimeRange(time(7), time(20)) for d in range(6)},
        slot_minutes=5,
    )
    providers, hours = [], []
    for n in range(30):
        pid = f"p{n:02d}"
        providers.append(
            Provider(pid, f"Provider {n:02d}", SPECIALTIES[n % len(SPECIALTIES)], STAMP)
        )
        for weekday in range(5):
            if n % 7 == 0 and weekday == 2:
                continue  # a day off
            if n % 5 == 0:  # split shift
                spans = [TimeRange(time(8), time(12)), TimeRange(time(14), time(18))]
                breaks: tuple[TimeRange, ...] = ()
            else:
                spans = [TimeRange(time(8, 30), time(17))]
                breaks = (TimeRange(time(12, 30), time(13, 15)),)
            for span in spans:
                hours.append(
                    WorkingHours(
                        f"wh-{pid}-{weekday}-{span.start}",
                        pid,
                        weekday,
                        span,
                        date(2024, 1, 1),
                        STAMP,
                        breaks=breaks,
                    )
                )
    types = [
        AppointmentType("t15", "Short", 15, STAMP),
        AppointmentType("t20", "Standard", 20, STAMP),
        AppointmentType("t30", "Long", 30, STAMP),
        AppointmentType("tphys", "Physio", 45, STAMP, specialties=("physio",)),
    ]
    schedule = ClinicSchedule.build(settings, providers=providers, working_hours=hours)
    appointments: list[Appointment] = []
    for offset in range(DAYS):
        day = FIRST_DAY + timedelta(days=offset)
        # Near days are fuller than far ones, averaging ~15 a provider-day.
        fill = 19 if offset < 20 else 15 if offset < 50 else 12
        for provider in providers:
            for start, end in schedule.working_spans(provider.id, day):
                cursor = start
                while cursor + timedelta(minutes=20) <= end:
                    if RNG.random() < fill / 23:
                        appointments.append(_appointment(len(appointments), provider.id, cursor))
                    cursor += timedelta(minutes=20)
    return settings, providers, hours, appointments, types


def _appointment(number: int, pid: str, start: datetime) -> Appointment:
    return Appointment(
        id=f"a{number}",
        patient_id=f"pat{number % 5000}",
        provider_id=pid,
        type_id="t20",
        start=start,
        end=start + timedelta(minutes=20),
        status=Status.BOOKED,
        urgency=Urgency.ROUTINE,
        created_by="u",
        created_at=STAMP,
        updated_by="u",
        updated_at=STAMP,
    )


def queries(types: list[AppointmentType], zone_name: str) -> list[SlotQuery]:
    zone = clinic_zone(zone_name)
    found = []
    for _ in range(200):
        day = FIRST_DAY + timedelta(days=RNG.randrange(0, 10))
        earliest = wall_to_utc(day, time(RNG.choice([7, 9, 11, 14])), zone)
        kind = RNG.choice(types)
        found.append(
            SlotQuery(
                appointment_type=kind,
                earliest=earliest,
                urgency=RNG.choice(
                    [Urgency.ROUTINE, Urgency.ROUTINE, Urgency.SOON, Urgency.URGENT]
                ),
                specialty=RNG.choice([None, None, "gp", "dermatology"])
                if kind.id != "tphys"
                else None,
                weekdays=RNG.choice([None, None, frozenset({1, 3})]),
                time_ranges=RNG.choice([(), (), (TimeRange(time(15), time(17)),)]),
                count=RNG.choice([1, 5, 10]),
            )
        )
    return found


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"p50 {p50 * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, max {ordered[-1] * 1000:.2f} ms"


def main() -> None:
    settings, providers, hours, appointments, types = build()
    print(f"{len(providers)} providers, {DAYS} days, {len(appointments)} appointments")
    started = clock.perf_counter()
    index = ClinicSchedule.build(
        settings, providers=providers, working_hours=hours, appointments=appointments
    )
    print(f"index build, 90-day window: {(clock.perf_counter() - started) * 1000:.1f} ms")

    asked = queries(types, settings.time_zone)
    cold, warm, week = [], [], []
    for query in asked:
        fresh = ClinicSchedule.build(
            settings, providers=providers, working_hours=hours, appointments=appointments
        )
        started = clock.perf_counter()
        first_available(query, fresh)
        cold.append(clock.perf_counter() - started)
        started = clock.perf_counter()
        first_available(query, index)
        warm.append(clock.perf_counter() - started)
    by_start = sorted(appointments, key=lambda a: a.start)
    for query in asked:
        start = query.earliest
        window = [
            a for a in by_start if start - timedelta(days=1) <= a.start < start + timedelta(days=8)
        ]
        started = clock.perf_counter()
        paged = ClinicSchedule.build(
            settings, providers=providers, working_hours=hours, appointments=window
        )
        first_available(query, paged)
        week.append(clock.perf_counter() - started)
    print(f"first available, fresh index (working-time cache cold): {percentiles(cold)}")
    print(f"first available, same index reused (cache warm):        {percentiles(warm)}")
    print(f"one-week window: build index + first available:          {percentiles(week)}")

    earliest = wall_to_utc(FIRST_DAY, time(7), clinic_zone(settings.time_zone))
    evening = (TimeRange(time(19), time(20)),)  # nobody works then: every day is scanned
    fresh = ClinicSchedule.build(
        settings, providers=providers, working_hours=hours, appointments=appointments
    )
    for label in ("working time computed", "working time cached"):
        nothing = SlotQuery(types[1], earliest, count=5, time_ranges=evening)
        started = clock.perf_counter()
        first_available(nothing, fresh)
        elapsed = (clock.perf_counter() - started) * 1000
        print(
            f"worst case, nothing fits, 30 providers x 90 days scanned ({label}): {elapsed:.1f} ms"
        )

    started = clock.perf_counter()
    for provider in providers:
        third_next_available(index, provider.id, types[1], earliest)
    print(
        f"third-next-available, all 30 providers: {(clock.perf_counter() - started) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
