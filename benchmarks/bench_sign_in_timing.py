"""Failed sign-ins for a real account and for names nobody has, timed side by side.

    python benchmarks/bench_sign_in_timing.py [--tries 6] [--runs 3]

Builds a throw-away clinic (real SQLCipher store in a temporary folder, one receptionist
account) and makes ``--tries`` wrong-password sign-ins in a row for each of: the known
name ``reception``, a name nobody has, and a disabled account, with the real argon2
hashing and the real back-off sleep. Prints, per try, the median wall-clock time over
``--runs`` fresh stores. Equal columns mean the timing tells nothing about which names
exist (tests/integration/security/test_sign_in_timing.py checks the same work without
timing it). Asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from clinicdesk.domain.errors import AuthenticationError
from clinicdesk.domain.users import Role
from clinicdesk.services import accounts
from clinicdesk.services.accounts import create_first_admin, sign_in
from clinicdesk.services.context import ServiceContext
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork

PASSWORD = "staple horse battery"
NAMES = ("reception", "no.such.person", "leaver")


def _clinic(folder: Path) -> Callable[[], SqlUnitOfWork]:
    engine = make_test_engine(folder / "clinic.db")
    factory: Callable[[], SqlUnitOfWork] = lambda: SqlUnitOfWork(engine)  # noqa: E731
    admin = create_first_admin(factory, "ada", PASSWORD)
    ctx = ServiceContext(uow_factory=factory, actor=admin)  # type: ignore[arg-type]
    accounts.add_user(ctx, "reception", "Front desk", Role.RECEPTIONIST, PASSWORD)
    accounts.add_user(ctx, "leaver", "Gone", Role.RECEPTIONIST, PASSWORD)
    accounts.disable_user(ctx, "leaver")
    return factory


def _timed_tries(factory: Callable[[], SqlUnitOfWork], name: str, tries: int) -> list[float]:
    seconds = []
    for _ in range(tries):
        started = time.perf_counter()
        with contextlib.suppress(AuthenticationError):
            sign_in(factory, name, "not the password", "bench-pc")
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=6)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    samples: dict[str, list[list[float]]] = {name: [] for name in NAMES}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="clinicdesk-bench-") as folder:
            factory = _clinic(Path(folder))
            for name in NAMES:
                samples[name].append(_timed_tries(factory, name, args.tries))
    print(f"Failed sign-ins in a row, median of {args.runs} runs (seconds):")
    print(f"{'try':>4}  " + "  ".join(f"{name:>16}" for name in NAMES))
    for index in range(args.tries):
        medians = [statistics.median(run[index] for run in samples[name]) for name in NAMES]
        print(f"{index + 1:>4}  " + "  ".join(f"{value:>16.3f}" for value in medians))
    totals = [
        sum(statistics.median(run[i] for run in samples[n]) for i in range(args.tries))
        for n in NAMES
    ]
    print(f"{'sum':>4}  " + "  ".join(f"{value:>16.3f}" for value in totals))


if __name__ == "__main__":
    main()
