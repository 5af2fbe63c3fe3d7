"""Every command, generated from the registry, given hostile values for every argument.

A new command is covered as soon as it is registered. Short in CI (a fixed number of
runs); ``scripts/hostile_cli.py`` runs the same check for as long as asked and
reports counts. See ``tests/e2e/hostile.py`` for the values and what is asserted.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.e2e import hostile

CI_RUNS = int(os.environ.get("CLINICDESK_HOSTILE_RUNS", "80"))


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[hostile.Clinic, object]]:
    clinic = hostile.build_clinic(tmp_path_factory.mktemp("hostile-base"))
    yield clinic, hostile.clinic_tables(clinic)


def check_one(base_clinic: hostile.Clinic, baseline: object, argv: list[str], root: Path) -> None:
    tables = baseline
    clinic = hostile.copy_clinic(base_clinic, root)
    digests = hostile.file_digests(clinic)
    outcome = hostile.run(clinic, argv)
    assert not hostile.problems(outcome), (argv, outcome)
    assert not hostile.damage(clinic, argv), (argv, outcome, hostile.damage(clinic, argv))
    if outcome.status == 0:
        hostile.clinic_tables(clinic)  # the store still opens
    if outcome.status == 2:
        assert hostile.file_digests(clinic) == digests, (argv, outcome)
    elif outcome.status == 1:
        after = hostile.file_digests(clinic)
        for name in ("store.json", "settings.json"):
            assert after[name] == digests[name], (argv, outcome, name)
        assert hostile.clinic_tables(clinic) == tables, (argv, outcome)


def test_every_command_is_in_the_generated_set() -> None:
    names = {leaf.name for leaf in hostile.leaf_commands()}
    # A sample that must be there; the point is that new ones join on their own.
    assert {"print week", "book", "report", "settings set", "backup restore"} <= names
    assert len(names) >= 60


def test_hostile_command_lines_never_crash_or_change_the_clinic(
    base: tuple[hostile.Clinic, object], tmp_path: Path
) -> None:
    base_clinic, baseline = base
    leaves = hostile.leaf_commands()

    @settings(
        max_examples=CI_RUNS,
        deadline=None,
        database=None,
        # The same runs every time in CI (a new finding must not fail someone else's
        # merge at random); the long script draws afresh.
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(argv=hostile.hostile_command(base_clinic, leaves))
    def one_run(argv: list[str]) -> None:
        check_one(base_clinic, baseline, argv, tmp_path / "run")

    one_run()


@pytest.mark.parametrize(
    "argv_tail",
    [
        ["print", "week", "--provider", "{provider}", "--out", "{data}/clinic.db"],
        ["print", "week", "--provider", "{provider}", "--out", "{data}/clinic.db", "--overwrite"],
        ["print", "call-list", "--from", "2030-03-04", "--out", "{data}/store.json", "--overwrite"],
        ["print", "day", "--date", "2030-03-04", "--out", "{root}/special/full.pdf", "--overwrite"],
        ["print", "day", "--date", "2030-03-04", "--out", "{root}/special/to-full.pdf"],
        ["print", "day", "--out", "{root}/special/to-store.pdf", "--overwrite"],
        ["print", "downtime", "--out", "{data}"],
        ["report", "utilisation", "--from", "2030-03-04", "--to", "2030-03-04",
         "--out", "{data}/settings.json", "--overwrite"],
        ["book", "--patient", "{patient}", "--type", "Consultation", "--provider", "{provider}",
         "--start", "9999-12-31T09:00"],
        ["book", "--patient", "{patient}", "--type", "Consultation", "--provider", "{provider}",
         "--start", "2030-03-04T14:00", "--reason", "\udcff"],
        ["book", "--patient", "{patient}", "--type", "Consultation", "--provider", "{provider}",
         "--start", "2030-03-04T14:00", "--reason", "a\x1bb"],
        ["type", "add", "--name", "x" * 1_000_000, "--minutes", "20"],
        ["provider", "add", "--name", "Dr \u202eeeL", "--specialty", "gp"],
        ["slots", "--type", "Consultation", "--count", "0"],
        ["slots", "--type", "Consultation", "--count", "-1"],
        ["day", "--date", "0001-01-01"],
        ["grid", "--date", "9999-12-31"],
        ["hours", "off", "{provider}", "--date", "9999-12-31"],
        ["series", "preview", "--patient", "{patient}", "--type", "Consultation",
         "--provider", "{provider}", "--first", "9999-12-27", "--time", "09:00",
         "--rule", "FREQ=WEEKLY;COUNT=3"],
        ["import", "fhir", "--", "\x00"],
        ["import", "hl7", "a\x00b.hl7"],
        ["import", "csv", "\x00"],
        ["import", "csv", "{root}/special", "--mapping", "\x00"],
        ["import", "ical", "\x00", "--provider", "{provider}"],
        ["import", "fhir", "{data}"],
        ["publish", "ical", "--port", "99999"],
        ["publish", "ical", "--port", "\x00"],
        ["publish", "ical", "--port", "{busy_port}"],
        ["hl7", "outbound", "set", "mllp", "ehr.local:0"],
        ["hl7", "outbound", "set", "mllp", "a\x00b:2575"],
        ["hl7", "outbound", "set", "timeout", "0"],
        ["hl7", "send", "--attempts", "0"],
        ["export", "csv", "--out", "{data}"],
        ["export", "csv", "--out", "{root}/out", "--from", "2030-03-04", "--to", "2030-03-01"],
    ],
)  # fmt: skip
def test_the_reported_holes_are_closed(
    base: tuple[hostile.Clinic, object], tmp_path: Path, argv_tail: list[str]
) -> None:
    """The command lines that destroyed a store or crashed, each refused (exit 1/2)
    with the clinic unchanged."""
    base_clinic, baseline = base
    busy = socket.create_server(("127.0.0.1", 0))  # a port something else listens on
    values = {
        "busy_port": str(busy.getsockname()[1]),
        "data": str(tmp_path / "run" / "data"),
        "root": str(tmp_path / "run"),
        "provider": base_clinic.ids["provider"][0],
        "patient": base_clinic.ids["patient"][0],
    }
    argv = ["--user", "manager", *(part.format(**values) for part in argv_tail)]
    clinic = hostile.copy_clinic(base_clinic, tmp_path / "run")
    digests = hostile.file_digests(clinic)
    outcome = hostile.run(clinic, argv)
    busy.close()
    assert outcome.status in (1, 2), outcome
    assert not hostile.problems(outcome), outcome
    assert not hostile.damage(clinic, argv), hostile.damage(clinic, argv)
    if outcome.status == 1:
        assert len(outcome.stderr.strip().splitlines()) == 1, outcome
    after = hostile.file_digests(clinic)
    assert after["store.json"] == digests["store.json"]
    assert after["settings.json"] == digests["settings.json"]
    assert hostile.clinic_tables(clinic) == baseline
    assert (clinic.root / "special" / "full.pdf").is_char_device()


def test_overwrite_replaces_only_when_asked(
    base: tuple[hostile.Clinic, object], tmp_path: Path
) -> None:
    base_clinic, _baseline = base
    clinic = hostile.copy_clinic(base_clinic, tmp_path / "run")
    existing = clinic.out / "existing.pdf"
    argv = ["--user", "manager", "print", "day", "--date", hostile.MONDAY, "--out", str(existing)]
    refused = hostile.run(clinic, argv)
    assert refused.status == 1 and "--overwrite" in refused.stderr, refused
    assert existing.read_bytes() == b"%PDF- someone's file"
    replaced = hostile.run(clinic, [*argv, "--overwrite"])
    assert replaced.status == 0, replaced
    assert existing.read_bytes().startswith(b"%PDF-1")


def test_hostile_values_are_drawn_for_every_argument_kind() -> None:
    kinds = {
        hostile.argument_kind(action)
        for leaf in hostile.leaf_commands()
        for action in leaf.actions
    }
    assert {"path", "date", "instant", "time", "number", "id", "text"} <= kinds
