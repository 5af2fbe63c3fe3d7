"""The long hostile-input run over every command; prints counts.

    python scripts/hostile_cli.py [RUNS]        (default 2000; CI runs 80)

Every command in the registry, hostile values for every argument (tests/e2e/hostile.py).
Unlike the test it does not stop at the first failure: it prints each distinct one
(command, exit status, first line of stderr) and the totals at the end. Exit 1 if
anything failed.
"""

from __future__ import annotations

import collections
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.e2e import hostile


def _command_of(argv: list[str], leaves: list[hostile.Leaf]) -> str:
    words = [w for w in argv if not w.startswith("-")]
    for leaf in sorted(leaves, key=lambda leaf: -len(leaf.words)):
        n = len(leaf.words)
        if any(tuple(words[i : i + n]) == leaf.words for i in range(len(words))):
            return leaf.name
    return "?"


def main(runs: int) -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="clinicdesk-hostile-") as folder:
        root = Path(folder)
        base = hostile.build_clinic(root / "base")
        tables = hostile.clinic_tables(base)
        leaves = hostile.leaf_commands()
        statuses: collections.Counter[int] = collections.Counter()
        commands: collections.Counter[str] = collections.Counter()
        failures: dict[tuple[str, str], tuple[list[str], str]] = {}

        @settings(
            max_examples=runs,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(argv=hostile.hostile_command(base, leaves))
        def one_run(argv: list[str]) -> None:
            clinic = hostile.copy_clinic(base, root / "run")
            digests = hostile.file_digests(clinic)
            outcome = hostile.run(clinic, argv)
            statuses[outcome.status] += 1
            name = _command_of(argv, leaves)
            commands[name] += 1
            found = hostile.problems(outcome) + hostile.damage(clinic, argv)
            if outcome.status == 0:
                try:
                    hostile.clinic_tables(clinic)
                except Exception as error:
                    found.append(f"the store no longer opens: {type(error).__name__}")
            if outcome.status == 2 and hostile.file_digests(clinic) != digests:
                found.append("a usage error changed the clinic's files")
            if outcome.status == 1:
                after = hostile.file_digests(clinic)
                if any(after[n] != digests[n] for n in ("store.json", "settings.json")):
                    found.append("a refusal changed store.json or settings.json")
                if hostile.clinic_tables(clinic) != tables:
                    found.append("a refusal changed the clinic's data")
            for problem in found:
                key = (name, problem.splitlines()[0][:160])
                failures.setdefault(key, (argv, outcome.stderr.strip()[:400]))

        one_run()
    seconds = time.monotonic() - started
    total = sum(statuses.values())
    print(f"runs: {total} in {seconds:.0f} s over {len(commands)} of {len(leaves)} commands")
    print("exit status: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))
    print(f"distinct failures: {len(failures)}")
    for (name, problem), (argv, stderr) in sorted(failures.items()):
        print(f"- {name}: {problem}\n    argv: {argv!r}\n    stderr: {stderr}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
