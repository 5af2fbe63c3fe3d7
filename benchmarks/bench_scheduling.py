"""Scheduling services on a real encrypted store: first available, booking, day grid.

Goals: first available across all providers of a specialty over a 90-day
horizon p95 <= 50 ms; booking with conflict check and audit p95 <= 10 ms; a day's
availability grid for all providers <= 30 ms. Prints figures; asserts nothing.

By default it runs on the large demo clinic that benchmarks/run.py builds in
benchmarks/.cache/large/ (30 providers, 200,000 patients, 1,000,000 appointments),
copied to a scratch file first because booking writes. ``--store medium`` uses the
older synthetic clinic (30 providers, about 130 000 appointments over a year, the next
weeks nearly full) built once and cached with a fixed benchmark-only key; ``--rebuild``
makes that one again.

    /work/venv/bin/python benchmarks/bench_scheduling.py [--store large|medium] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import time as clock
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from clinicdesk.domain.appointments import Appointment, CancelledBy, Status, Urgency
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.clinic_time import clinic_zone, wall_to_utc
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.errors import SchedulingConflictError
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.providers import Provider, WorkingHours
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.finding import SlotSearch, find_slots
from clinicdesk.services.views import availability_grid
from clinicdesk.store.engine import open_engine
from clinicdesk.store.migrate import upgrade_store
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork

CACHE = Path(__file__).parent / ".cache"
STORE = CACHE / "bench-scheduling-medium.db"
BENCH_KEY = bytes(range(32))  # synthetic data only: a fixed key lets the cache be reused
ZONE = "Europe/London"
TODAY = date(2026, 3, 2)  # a Monday; "now" is 08:00 local that day
NOW = wall_to_utc(TODAY, time(8), clinic_zone(ZONE))
PAST_DAYS, FUTURE_DAYS = 180, 180
SPECIALTIES = ("general practice",) * 4 + ("physiotherapy", "dermatology")
STAMP = datetime(2025, 1, 1, tzinfo=UTC)


def _fill_rate(offset: int) -> float:
    """How full a day is: the past and the next two weeks nearly full, then tailing off."""
    if offset < 14:
        return 0.95
    if offset < 45:
        return 0.75
    return 0.35


def build_store(path: Path) -> None:
    rng = random.Random(3)
    zone = clinic_zone(ZONE)
    engine = make_test_engine(path, BENCH_KEY)
    settings = ClinicSettings(
        "Bench Clinic", ZONE, {d: TimeRange(time(8), time(18)) for d in range(5)}, slot_minutes=5
    )
    types = [
        AppointmentType(new_id(), "Consultation", 20, STAMP, specialties=("general practice",)),
        AppointmentType(
            new_id(), "Long consultation", 40, STAMP, specialties=("general practice",)
        ),
        AppointmentType(new_id(), "Physio session", 30, STAMP, specialties=("physiotherapy",)),
        AppointmentType(new_id(), "Skin check", 20, STAMP, specialties=("dermatology",)),
    ]
    rooms = [Room(new_id(), f"Room {n}", "consult", STAMP) for n in range(1, 9)]
    providers = [
        Provider(new_id(), f"Provider {n:02d}", SPECIALTIES[n % len(SPECIALTIES)], STAMP)
        for n in range(30)
    ]
    hours = []
    for provider in providers:
        for weekday in range(5):
            for span in (TimeRange(time(8), time(12)), TimeRange(time(13), time(17))):
                hours.append(
                    WorkingHours(new_id(), provider.id, weekday, span, date(2024, 1, 1), STAMP)
                )
    patients = [
        Patient(new_id(), f"Given{n}", f"Family{n}", date(1950 + n % 60, 1 + n % 12, 1), STAMP)
        for n in range(8000)
    ]
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(settings, STAMP)
        for kind in types:
            uow.catalog.add_type(kind)
        for room in rooms:
            uow.catalog.add_room(room)
        for provider in providers:
            uow.providers.add(provider)
        uow.schedules.add_hours_many(hours)
        uow.patients.add_many(patients)
        uow.commit()
    by_specialty = {
        k.specialties[0]: [t for t in types if t.specialties == k.specialties] for k in types
    }
    batch: list[Appointment] = []
    total = 0
    for offset in range(-PAST_DAYS, FUTURE_DAYS):
        day = TODAY + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        rate = _fill_rate(offset) if offset >= 0 else 0.9
        for provider in providers:
            for block_start, block_end in ((8 * 60, 12 * 60), (13 * 60, 17 * 60)):
                minute = block_start
                while minute < block_end:
                    kind = rng.choice(by_specialty[provider.specialty])
                    length = kind.duration_minutes
                    if minute + length > block_end:
                        break
                    if rng.random() < rate:
                        start = wall_to_utc(day, time(minute // 60, minute % 60), zone)
                        status = Status.BOOKED if offset >= 0 else Status.COMPLETED
                        cancelled = rng.random() < 0.05
                        batch.append(
                            Appointment(
                                new_id(),
                                rng.choice(patients).id,
                                provider.id,
                                kind.id,
                                start,
                                start + timedelta(minutes=length),
                                Status.CANCELLED if cancelled else status,
                                Urgency.ROUTINE,
                                "bench",
                                STAMP,
                                "bench",
                                STAMP,
                                cancelled_by=CancelledBy.PATIENT if cancelled else None,
                            )
                        )
                    minute += length
        if len(batch) > 20000:
            with SqlUnitOfWork(engine) as uow:
                uow.appointments.add_many(batch)
                uow.commit()
            total += len(batch)
            batch = []
    with SqlUnitOfWork(engine) as uow:
        uow.appointments.add_many(batch)
        uow.commit()
    total += len(batch)
    engine.dispose()
    print(f"built {path.name}: 30 providers, {total} appointments")


def _context(path: Path, now: datetime, key: bytes = BENCH_KEY) -> ServiceContext:
    engine = open_engine(path, key, integrity_check=False)
    actor = Actor(user_id="bench", username="bench", role=Role.MANAGER, workstation="bench")
    return ServiceContext(uow_factory=lambda: SqlUnitOfWork(engine), actor=actor, clock=lambda: now)


def _timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = clock.perf_counter()
        action()
        times.append((clock.perf_counter() - started) * 1000)
    return times


def _report(name: str, times: list[float], goal: float) -> None:
    ordered = sorted(times)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(
        f"{name:<58} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
        f"max {ordered[-1]:6.1f} ms  (goal p95 <= {goal:.0f} ms, n={len(times)})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--store", choices=("large", "medium"), default="large")
    args = parser.parse_args(argv)
    if args.store == "large":
        return _bench(_large_demo_setup(), args.runs)
    CACHE.mkdir(exist_ok=True)
    if args.rebuild and STORE.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{STORE}{suffix}").unlink(missing_ok=True)
    if not STORE.exists():
        started = clock.perf_counter()
        build_store(STORE)
        print(f"(built in {clock.perf_counter() - started:.0f} s)")
    return _bench(BenchSetup(_context(STORE, NOW), TODAY, ("Family",), MEDIUM_KINDS), args.runs)


@dataclass(frozen=True)
class BenchSetup:
    ctx: ServiceContext
    today: date
    patient_searches: tuple[str, ...]  # typed texts whose matches are the patients booked
    kinds: tuple[tuple[str, str], ...]  # (type, specialty); the first two are GP types


MEDIUM_KINDS = (
    ("consultation", "general practice"),
    ("long consultation", "general practice"),
    ("physio session", "physiotherapy"),
    ("skin check", "dermatology"),
)
LARGE_KINDS = (  # the demo clinic's own spelling of its specialties
    ("consultation", "General practice"),
    ("long consultation", "General practice"),
    ("physiotherapy session", "Physiotherapy"),
    ("skin check", "Dermatology"),
)
LARGE_DEMO = CACHE / "large"
SCRATCH = CACHE / "large-scratch"


def _large_demo_setup() -> BenchSetup:
    """The run.py large demo clinic, copied (booking writes) and opened with its key."""
    if not (LARGE_DEMO / "meta.json").exists():
        raise SystemExit("no large demo store: run 'python benchmarks/run.py --sizes large'")
    meta = json.loads((LARGE_DEMO / "meta.json").read_text())
    store_id = json.loads((LARGE_DEMO / "store.json").read_text())["store_id"]
    key = bytes.fromhex(json.loads((LARGE_DEMO / "bench.key").read_text())[store_id])
    SCRATCH.mkdir(exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{SCRATCH / 'clinic.db'}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(LARGE_DEMO / "clinic.db", SCRATCH / "clinic.db")
    # A demo cached by an older schema: bring the copy up to this version's tables.
    engine = open_engine(SCRATCH / "clinic.db", key, integrity_check=False)
    upgrade_store(engine, SCRATCH / "clinic.db")
    engine.dispose()
    today = date.fromisoformat(meta["today"])
    now = wall_to_utc(today, time(8), clinic_zone(ZONE))
    return BenchSetup(
        _context(SCRATCH / "clinic.db", now, key),
        today,
        ("Smith", "Jones", "Kelly", "Murphy", "Brown"),
        LARGE_KINDS,
    )


def _bench(setup: BenchSetup, runs: int) -> int:
    ctx, today = setup.ctx, setup.today
    rng = random.Random(11)
    with ctx.uow_factory() as uow:
        patients = [
            p.id for text in setup.patient_searches for p in uow.patients.search(text, limit=500)
        ]
    if not patients:
        print("no patients found in the benchmark store", file=sys.stderr)
        return 1
    general, long_general = setup.kinds[0], setup.kinds[1]

    def first_available() -> None:
        day = today + timedelta(days=rng.randrange(0, 10))
        kind, specialty = rng.choice(setup.kinds)
        find_slots(ctx, SlotSearch(type=kind, specialty=specialty, from_day=day, count=5))

    def first_available_deep() -> None:
        # Afternoons on Fridays only, 20 answers: the search walks much further.
        find_slots(
            ctx,
            SlotSearch(
                type=long_general[0],
                specialty=long_general[1],
                from_day=today,
                count=20,
                weekdays=frozenset({4}),
                time_ranges=(TimeRange(time(15), time(17)),),
            ),
        )

    first_available()  # warm caches (zone data, statement cache)
    _report(
        "first available, specialty, 90-day horizon (5 slots)",
        _timed(first_available, runs),
        50,
    )
    _report(
        "first available, Friday afternoons only (20 slots)",
        _timed(first_available_deep, max(10, runs // 5)),
        50,
    )

    # Booking: pick free slots first (not timed), then time each booking.
    free = find_slots(
        ctx,
        SlotSearch(
            type=general[0],
            specialty=general[1],
            from_day=today + timedelta(days=30),
            count=200,
        ),
    )
    rng.shuffle(free)
    pending = iter(free[:runs])
    refused = 0

    def book() -> None:
        nonlocal refused
        slot = next(pending)
        try:
            book_appointment(
                ctx,
                BookingInput(rng.choice(patients), general[0], slot.provider_id, slot.start),
            )
        except SchedulingConflictError:
            refused += 1  # the same patient drawn twice at one time: still a full check

    _report(
        "book with conflict check and audit (commit included)",
        _timed(book, min(runs, len(free))),
        10,
    )
    if refused:
        print(f"  ({refused} bookings refused as patient clashes; timed all the same)")

    def grid() -> None:
        availability_grid(ctx, today + timedelta(days=rng.randrange(0, 60)))

    _report("availability grid, all 30 providers, one day", _timed(grid, runs), 30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
