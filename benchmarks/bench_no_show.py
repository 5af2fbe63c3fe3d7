"""The no-show model on a demo clinic: time-split AUC, Brier score and calibration table.

    python benchmarks/bench_no_show.py [--size small|medium|large] [--random-no-shows]
        [--test-days 90] [--seed 42]

Loads the demo clinic into a fresh encrypted test store, then runs the same service the
manager's `clinicdesk risk evaluate` runs: train on every visit before the last
``--test-days`` days, score those days' visits, compare with what happened. With
``--random-no-shows`` the demo draws every no-show with the same chance, and the AUC
must come out near 0.5 (the pipeline leaks nothing from the outcome).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clinicdesk.domain.catalog import ClinicSettings  # noqa: E402
from clinicdesk.domain.users import Actor, Role  # noqa: E402
from clinicdesk.services.context import ServiceContext  # noqa: E402
from clinicdesk.services.demo import SPECS, DemoSize, load_demo_clinic  # noqa: E402
from clinicdesk.services.no_show_risk import (  # noqa: E402
    evaluate_no_show_model,
    train_no_show_model,
)
from clinicdesk.store.testing import make_test_engine  # noqa: E402
from clinicdesk.store.uow import SqlUnitOfWork  # noqa: E402

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
MANAGER = Actor(user_id="bench", username="bench", role=Role.MANAGER, workstation="bench")


def demo_context(folder: Path, size: DemoSize, seed: int, signal: bool) -> ServiceContext:
    engine = make_test_engine(folder / "clinic.db")
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(
            ClinicSettings(name="Bench", time_zone="Europe/London", opening_hours={}), NOW
        )
        uow.commit()
    ctx = ServiceContext(
        uow_factory=lambda: SqlUnitOfWork(engine), actor=MANAGER, clock=lambda: NOW
    )
    spec = replace(SPECS[size], no_show_signal=signal)
    load_demo_clinic(ctx, size=size, seed=seed, spec=spec)
    return ctx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=[s.value for s in DemoSize], default="small")
    parser.add_argument("--random-no-shows", action="store_true")
    parser.add_argument("--test-days", type=int, default=90)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-no-show-") as folder:
        began = time.perf_counter()
        ctx = demo_context(Path(folder), DemoSize(args.size), args.seed, not args.random_no_shows)
        loaded = time.perf_counter()
        result = evaluate_no_show_model(ctx, test_days=args.test_days)
        evaluated = time.perf_counter()
        trained = train_no_show_model(ctx)
        done = time.perf_counter()
    signal = "random no-shows" if args.random_no_shows else "no-shows with published effects"
    print(f"demo {args.size} (seed {args.seed}, {signal}); test: last {args.test_days} days")
    print(f"  model          {result.basis}")
    print(f"  n_train        {result.n_train}")
    print(f"  n_test         {result.n_test}")
    print(
        f"  no-show rate   train {result.train_no_show_rate:.3f}"
        f"  test {result.test_no_show_rate:.3f}"
    )
    print(
        f"  auc            {result.auc:.3f}" if result.auc is not None else "  auc            n/a"
    )
    print(f"  brier          {result.brier:.4f}")
    print(f"  calib. error   {result.calibration_error:.4f}")
    print("  calibration (equal-width bins):   predicted  observed      n")
    for row in result.calibration:
        print(
            f"    {row.low:6.3f}-{row.high:6.3f}               {row.mean_predicted:6.3f}"
            f"    {row.observed_rate:6.3f}  {row.count:5d}"
        )
    print(
        f"  seconds        demo {loaded - began:.1f}, evaluate {evaluated - loaded:.1f}, "
        f"train+save {done - evaluated:.1f} (on {trained.n_train} visits)"
    )


if __name__ == "__main__":
    main()
