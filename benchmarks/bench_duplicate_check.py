"""The near-duplicate check a registration runs, timed on a clinic of 200,000 patients.

    python benchmarks/bench_duplicate_check.py [--checks 400] [--rebuild]

Builds (or reuses) benchmarks/.cache/patients200k/: the large demo's 200,000 patients
with two days of appointments (the check reads patients only), in the real encrypted
store. Then times ``near_duplicates`` in a read transaction, as ``register_patient``
calls it, for registrations typed as a receptionist would: half are patients on file
retyped with one slip (same birth date, one phone on file), half new people (a drawn
name, a random birth date, a new mobile). Prints p50/p95/max in ms and how many patients
each check read; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from measure_duplicate_warnings import retyped  # noqa: E402
from run import ACTOR, CACHE, SIZES, FileKeyStore, build  # noqa: E402

from clinicdesk.domain.patients import Patient, Phone  # noqa: E402
from clinicdesk.services.context import ServiceContext  # noqa: E402
from clinicdesk.services.demo import DemoSize, DemoSpec  # noqa: E402
from clinicdesk.services.demo_patients import draw_name  # noqa: E402
from clinicdesk.services.duplicate_patients import near_duplicates  # noqa: E402
from clinicdesk.store.lifecycle import open_store  # noqa: E402
from clinicdesk.store.uow import SqlUnitOfWork  # noqa: E402

NAME = "patients200k"
SIZES[NAME] = (DemoSize.LARGE, DemoSpec(providers=30, patients=200_000, days_ahead=1, days_back=1))
KINDS = ("one edit", "transposed", "swapped", "accents dropped")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=400)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    folder = CACHE / NAME
    if args.rebuild or not (folder / "meta.json").exists():
        print(f"building {NAME} in {folder} ...", flush=True)
        meta = build(NAME, folder, date.today())
        print(f"built in {meta['generation_s']} s: {meta['patients']} patients", flush=True)
    store = open_store(folder, key_store=FileKeyStore(folder), integrity_check=False)
    rnd = random.Random(11)
    with store:
        ctx = ServiceContext(lambda: SqlUnitOfWork(store.engine), ACTOR)
        with ctx.read() as uow:
            total = uow.patients.count()
            on_file = [
                p
                for word in ("smith", "patel", "murphy", "nowak", "okafor", "garcia", "rossi")
                for p in uow.patients.search(word, 200)
            ]
        today = date.today()
        typed: list[tuple[str, Patient]] = []
        while len(typed) < args.checks:
            if len(typed) % 2 == 0:
                known = rnd.choice(on_file)
                slip = retyped(rnd, rnd.choice(KINDS), known.given, known.family)
                if slip is None:
                    continue
                phones = known.phones[:1]
                kind = "on file, retyped"
                given, family, born = slip[0], slip[1], known.birth_date
            else:
                _culture, _sex, given, family = draw_name(rnd)
                born = today - timedelta(days=rnd.randrange(30, 95 * 365))
                phones = (Phone(f"+44 7700 8{rnd.randrange(100_000):05d}"),)
                kind = "new person"
            typed.append(
                (
                    kind,
                    Patient("typed", given, family, born, ctx.now(), phones=tuple(phones)),
                )
            )
        for _kind, patient in typed[:20]:  # warm the page cache as a morning's use would
            with ctx.read() as uow:
                near_duplicates(uow, patient)
        samples: dict[str, list[float]] = {"on file, retyped": [], "new person": []}
        flagged: dict[str, int] = {"on file, retyped": 0, "new person": 0}
        for kind, patient in typed:
            began = time.perf_counter()
            with ctx.read() as uow:
                found = near_duplicates(uow, patient)
            samples[kind].append((time.perf_counter() - began) * 1000)
            flagged[kind] += bool(found)
    print(f"patients on file: {total:,}; checks: {len(typed)} (one read transaction each)")
    print(f"{'registration':<18}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'warned':>9}")
    everything = [s for values in samples.values() for s in values]
    for kind, values in [*samples.items(), ("all", everything)]:
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        warned = flagged.get(kind, sum(flagged.values()))
        print(
            f"{kind:<18}{len(values):>5}{statistics.median(ordered):>9.2f}{p95:>9.2f}"
            f"{ordered[-1]:>9.2f}{warned / len(values):>9.1%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
