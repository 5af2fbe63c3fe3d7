"""The no-show model on a demo clinic: time-split AUC, Brier score and calibration table.

    python benchmarks/bench_no_show.py [--size small|medium|large] [--random-no-shows]
        [--test-days 90] [--seed 42]

Loads the demo clinic into a fresh encrypted test store, then does what the manager's
`clinicdesk risk evaluate` does: train on every visit before the last ``--test-days``
days, score those days' visits, compare with what happened. It does so twice, side by
side: with the plain-Python fit the application uses and with scikit-learn's (the
reference; same objective), and prints the time each fit took. With
``--random-no-shows`` the demo draws every no-show with the same chance, and the AUC
must come out near 0.5 (the pipeline leaks nothing from the outcome).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clinicdesk.analytics import logistic_fit, no_show_model, sklearn_fit  # noqa: E402
from clinicdesk.domain.catalog import ClinicSettings  # noqa: E402
from clinicdesk.domain.clinic_time import clinic_zone  # noqa: E402
from clinicdesk.domain.no_show_features import outcome  # noqa: E402
from clinicdesk.domain.users import Actor, Role  # noqa: E402
from clinicdesk.services.context import ServiceContext  # noqa: E402
from clinicdesk.services.demo import SPECS, DemoSize, load_demo_clinic  # noqa: E402
from clinicdesk.services.no_show_risk import _examples, train_no_show_model  # noqa: E402
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


def side_by_side(ctx: ServiceContext, test_days: int) -> dict[str, tuple[object, float]]:
    """The time-split evaluation with each fitter, and the seconds each took."""
    with ctx.read() as uow:
        zone = clinic_zone(uow.catalog.get_clinic().time_zone)
        judged, rows = _examples(uow, zone, NOW)
    split = NOW - timedelta(days=test_days)
    train = [a for a in judged if a.start < split]
    test = [a for a in judged if a.start >= split]
    results = {}
    for name, fitter in (("plain", logistic_fit.fit), ("sklearn", sklearn_fit.fit)):
        began = time.perf_counter()
        result = no_show_model.evaluate(
            [rows[a.id] for a in train],
            [outcome(a.status) is True for a in train],
            [rows[a.id] for a in test],
            [outcome(a.status) is True for a in test],
            fitter=fitter,
        )
        results[name] = (result, time.perf_counter() - began)
    return results


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
        results = side_by_side(ctx, args.test_days)
        evaluated = time.perf_counter()
        trained = train_no_show_model(ctx)
        done = time.perf_counter()
    signal = "random no-shows" if args.random_no_shows else "no-shows with published effects"
    print(f"demo {args.size} (seed {args.seed}, {signal}); test: last {args.test_days} days")
    plain, sklearn = results["plain"][0], results["sklearn"][0]
    print(f"  {'':16} {'plain Python':>13} {'scikit-learn':>13}")

    def line(label: str, left: str, right: str) -> None:
        print(f"  {label:16} {left:>13} {right:>13}")

    def auc(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.4f}"

    line("model", plain.basis, sklearn.basis)
    line("n_train", str(plain.n_train), str(sklearn.n_train))
    line("n_test", str(plain.n_test), str(sklearn.n_test))
    line("auc", auc(plain.auc), auc(sklearn.auc))
    line("brier", f"{plain.brier:.5f}", f"{sklearn.brier:.5f}")
    line("calib. error", f"{plain.calibration_error:.5f}", f"{sklearn.calibration_error:.5f}")
    line("fit+score s", f"{results['plain'][1]:.1f}", f"{results['sklearn'][1]:.1f}")
    print(
        f"  no-show rate     train {plain.train_no_show_rate:.3f}"
        f"  test {plain.test_no_show_rate:.3f}"
    )
    print("  calibration, plain fit (equal-width bins):   predicted  observed      n")
    for row in plain.calibration:
        print(
            f"    {row.low:6.3f}-{row.high:6.3f}                          {row.mean_predicted:6.3f}"
            f"    {row.observed_rate:6.3f}  {row.count:5d}"
        )
    print(
        f"  seconds        demo {loaded - began:.1f}, both evaluations {evaluated - loaded:.1f}, "
        f"service train+save {done - evaluated:.1f} (on {trained.n_train} visits)"
    )


if __name__ == "__main__":
    main()
