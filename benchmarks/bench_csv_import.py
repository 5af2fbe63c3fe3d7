"""CSV import of a large clinic, timed, with its peak memory.

    python benchmarks/bench_csv_import.py [--runs 20000:100000,200000:1000000]
    python benchmarks/bench_csv_import.py --patients 200000 --appointments 1000000

Each run (patients:appointments) is a process of its own, so each peak memory is its
own. Writes Synthea-layout ``patients.csv``, ``providers.csv`` and ``encounters.csv`` of the
given sizes (synthetic names with accents and apostrophes, ZIP codes with leading
zeros, one clinic-local year of visits) into a temporary folder, then imports them
with ``import_csv`` into a fresh encrypted test store, as ``clinicdesk import csv DIR``
does. Prints the seconds of the import (wall clock, and this process's CPU seconds,
which say more on a shared machine), of a re-run of the same files (which must add
nothing) and the process's peak resident memory; asserts nothing. The goal is 200,000
patients and 1,000,000 appointments in 90 s.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clinicdesk.domain.catalog import AppointmentType, ClinicSettings  # noqa: E402
from clinicdesk.domain.users import Actor, Role  # noqa: E402
from clinicdesk.services.context import ServiceContext  # noqa: E402
from clinicdesk.services.csv_intake import import_csv  # noqa: E402
from clinicdesk.store.testing import make_test_engine  # noqa: E402
from clinicdesk.store.uow import SqlUnitOfWork  # noqa: E402
from tests.conftest import weekday_hours  # noqa: E402

GIVEN = ("Zoë", "José", "Siobhán", "Ana", "Jürgen", "Mei", "Olu", "Priya", "Tomás", "Ewa")
FAMILY = ("O'Brien", "Nguyễn", "Müller", "Smith", "García", "王", "Kowalski", "Ó Sé", "Lee")


def _tag(number: int) -> str:
    """Letters unique to each patient, so no two synthetic people look alike."""
    letters = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def write_files(folder: Path, patients: int, appointments: int, providers: int = 30) -> None:
    rnd = random.Random(7)
    patient_ids = [str(uuid.UUID(int=rnd.getrandbits(128), version=4)) for _ in range(patients)]
    provider_ids = [str(uuid.UUID(int=rnd.getrandbits(128), version=4)) for _ in range(providers)]
    with (folder / "patients.csv").open("w", encoding="utf-8", newline="") as out:
        out.write("Id,BIRTHDATE,DEATHDATE,FIRST,LAST,GENDER,ADDRESS,CITY,STATE,ZIP\r\n")
        for index, pid in enumerate(patient_ids):
            born = datetime(1930, 1, 1) + timedelta(days=rnd.randrange(30000))
            # The tag three times: no two people are alike under the duplicate rule.
            family = f"{rnd.choice(FAMILY)}-{_tag(index) * 3}"
            out.write(
                f'{pid},{born:%Y-%m-%d},,{rnd.choice(GIVEN)},"{family}",'
                f"{rnd.choice('FM')},{index} Main St,Boston,MA,0{rnd.randrange(10000):04d}\r\n"
            )
    with (folder / "providers.csv").open("w", encoding="utf-8", newline="") as out:
        out.write("Id,ORGANIZATION,NAME,GENDER,SPECIALITY\r\n")
        for index, pid in enumerate(provider_ids):
            out.write(f"{pid},org,Dr Provider {index},F,GENERAL PRACTICE\r\n")
    start_of_year = datetime(2025, 1, 6, 9, tzinfo=UTC)
    with (folder / "encounters.csv").open("w", encoding="utf-8", newline="") as out:
        out.write("Id,START,STOP,PATIENT,PROVIDER,DESCRIPTION\r\n")
        for index in range(appointments):
            provider = index % providers
            slot = index // providers
            begin = start_of_year + timedelta(days=slot // 24, minutes=20 * (slot % 24))
            out.write(
                f"enc-{index},{begin:%Y-%m-%dT%H:%M:%SZ},"
                f"{begin + timedelta(minutes=20):%Y-%m-%dT%H:%M:%SZ},"
                f"{patient_ids[rnd.randrange(patients)]},{provider_ids[provider]},Consultation\r\n"
            )


def run(patients: int, appointments: int) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        made = time.perf_counter()
        write_files(folder, patients, appointments)
        print(f"files written in {time.perf_counter() - made:.1f} s", flush=True)
        engine = make_test_engine(folder / "store" / "clinic.db")
        now = datetime(2026, 3, 2, 8, tzinfo=UTC)
        with SqlUnitOfWork(engine) as uow:
            uow.catalog.save_clinic(
                ClinicSettings("Bench", "America/New_York", weekday_hours()), now
            )
            uow.catalog.add_type(AppointmentType("t-consult", "Consultation", 20, now))
            uow.commit()
        actor = Actor("u", "manager", Role.MANAGER, "bench")
        ctx = ServiceContext(lambda: SqlUnitOfWork(engine), actor, clock=lambda: now)
        files = [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.csv"))]
        heard: list[int] = []
        began, cpu = time.perf_counter(), time.process_time()
        result = import_csv(ctx, files, progress=lambda percent, _what: heard.append(percent))
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
        began = time.perf_counter()
        again = import_csv(ctx, files)
        rerun = time.perf_counter() - began
        engine.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{patients:,} patients, {appointments:,} appointments: imported {result.added} "
        f"in {seconds:.1f} s ({cpu:.1f} s CPU); committed={result.committed}; "
        f"problems={len(result.problems)}; "
        f"duplicates={len(result.possible_duplicates)}; progress reports={len(heard)}; "
        f"re-run added {sum(again.added.values())} in {rerun:.1f} s; peak RSS {peak_mb:.0f} MB",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", default="20000:100000,200000:1000000")
    parser.add_argument("--patients", type=int)
    parser.add_argument("--appointments", type=int)
    args = parser.parse_args()
    if args.patients is not None:
        run(args.patients, args.appointments or 0)
        return 0
    for pair in args.runs.split(","):
        patients, appointments = pair.split(":")
        subprocess.run(
            [sys.executable, __file__, "--patients", patients, "--appointments", appointments],
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
