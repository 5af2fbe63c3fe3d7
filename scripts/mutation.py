"""Mutation testing of the scheduling rules with mutmut 3, one module at a time.

Usage (from the project folder, in the venv with ``pip install mutmut``):

    python scripts/mutation.py                      # all modules, then the table
    python scripts/mutation.py booking slots        # only these modules
    python scripts/mutation.py --changed main       # only modules changed since main
    python scripts/mutation.py --table-only         # the table of the last run
    python scripts/mutation.py --show-survivors     # the diff of each unexplained survivor

Which files are mutated and which tests run is set in pyproject.toml ``[tool.mutmut]``.
A mutant that survives must be listed in ``scripts/mutation_survivors.txt`` (one line:
the mutant's name, then why no test can tell it from the original). The script exits 1
when a module scores under the goal or a survivor is not explained there, so a nightly
job fails on a rule that lost its test.

mutmut is CPU-heavy: ``--max-children`` (default 2) caps the parallel test processes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SURVIVORS_FILE = Path(__file__).resolve().parent / "mutation_survivors.txt"
MODULES = (
    "booking",
    "intervals",
    "slots",
    "availability",
    "status",
    "reminders",
    "outbound",
    "message_templates",
    "replies",
    "confirmations",
    "slot_offers",
    "no_show_features",
    "overbooking_guide",
    "i18n",
    "recall",
)
GOAL = 0.95

# mutmut's exit codes per mutant (see mutmut.__main__.status_by_exit_code).
KILLED_CODES = {1, 3}
SURVIVED_CODE = 0
NO_TESTS_CODES = {5, 33}
TIMEOUT_CODES = {-24, 24, 36, 152, 255}


@dataclass
class ModuleResult:
    module: str
    mutants: int = 0
    killed: int = 0
    survived: int = 0
    no_tests: int = 0
    timeout: int = 0
    other: int = 0
    survivor_names: tuple[str, ...] = ()

    @property
    def score(self) -> float:
        return (self.killed + self.timeout) / self.mutants if self.mutants else 0.0


def mutmut_command() -> list[str]:
    beside = Path(sys.executable).with_name("mutmut")
    found = str(beside) if beside.exists() else shutil.which("mutmut")
    if found is None:
        raise SystemExit("mutmut is not installed: pip install mutmut")
    return [found]


def run_module(module: str, max_children: int) -> None:
    log = ROOT / "mutants" / f"run-{module}.log"
    print(f"mutating clinicdesk/domain/{module}.py (log: {log.relative_to(ROOT)})", flush=True)
    log.parent.mkdir(exist_ok=True)
    with log.open("w", encoding="utf-8") as out:
        subprocess.run(
            [
                *mutmut_command(),
                "run",
                "--max-children",
                str(max_children),
                f"clinicdesk.domain.{module}.*",
            ],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )


def read_result(module: str) -> ModuleResult:
    meta = ROOT / "mutants" / "clinicdesk" / "domain" / f"{module}.py.meta"
    result = ModuleResult(module)
    if not meta.exists():
        return result
    codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
    survivors = []
    for name, code in codes.items():
        result.mutants += 1
        if code in KILLED_CODES:
            result.killed += 1
        elif code == SURVIVED_CODE:
            result.survived += 1
            survivors.append(name)
        elif code in NO_TESTS_CODES:
            result.no_tests += 1
            survivors.append(name)
        elif code in TIMEOUT_CODES:
            result.timeout += 1
        else:
            result.other += 1
    result.survivor_names = tuple(sorted(survivors))
    return result


def explained_survivors() -> dict[str, str]:
    explained: dict[str, str] = {}
    if not SURVIVORS_FILE.exists():
        return explained
    for raw in SURVIVORS_FILE.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, _, why = line.partition(" ")
        explained[name] = why.strip()
    return explained


def print_table(results: list[ModuleResult]) -> None:
    print()
    print("| file | mutants | killed | survived | no tests | timeout | score |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r.module}.py | {r.mutants} | {r.killed} | {r.survived} | {r.no_tests} "
            f"| {r.timeout} | {r.score:.1%} |"
        )


def changed_modules(base: str) -> list[str]:
    names = subprocess.run(
        ["git", "diff", "--name-only", f"{base}...HEAD", "--", "clinicdesk/domain"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [m for m in MODULES if f"clinicdesk/domain/{m}.py" in names]


def show(names: list[str]) -> None:
    for name in names:
        subprocess.run([*mutmut_command(), "show", name], cwd=ROOT, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", metavar="MODULE", help=", ".join(MODULES))
    parser.add_argument("--max-children", type=int, default=2)
    parser.add_argument("--changed", metavar="BASE", help="only modules changed since BASE")
    parser.add_argument("--table-only", action="store_true", help="do not run mutmut")
    parser.add_argument(
        "--show-survivors",
        action="store_true",
        help="print the diff of each survivor not explained in the file",
    )
    args = parser.parse_args(argv)

    unknown = sorted(set(args.modules) - set(MODULES))
    if unknown:
        parser.error(f"not a mutated module: {', '.join(unknown)}")
    modules = list(args.modules) or list(MODULES)
    if args.changed:
        modules = changed_modules(args.changed)
        if not modules:
            print("no mutated module changed")
            return 0
    if not args.table_only and not args.show_survivors:
        for module in modules:
            run_module(module, args.max_children)

    results = [read_result(m) for m in modules]
    print_table(results)
    explained = explained_survivors()
    unexplained = [n for r in results for n in r.survivor_names if n not in explained]
    below = [r.module for r in results if r.score < GOAL]
    if args.show_survivors:
        show(unexplained)
    if unexplained:
        print(f"\n{len(unexplained)} survivors not explained in {SURVIVORS_FILE.name}:")
        for name in unexplained:
            print(f"  {name}")
    if below:
        print(f"\nunder the {GOAL:.0%} goal: {', '.join(below)}")
    return 1 if unexplained or below else 0


if __name__ == "__main__":
    sys.exit(main())
