"""``clinicdesk print`` and ``clinicdesk report`` run as a user would, on a demo store."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import CliResult


@pytest.fixture
def demo_store(run_cli: Callable[..., CliResult]) -> Callable[..., CliResult]:
    made = run_cli("demo", "--size", "small", "--seed", "3")
    assert made.returncode == 0, made.stderr
    return run_cli


def test_print_day_writes_a_readable_pdf(
    demo_store: Callable[..., CliResult], tmp_path: Path
) -> None:
    out = tmp_path / "today.pdf"
    done = demo_store("--user", "reception", "print", "day", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"file": str(out)}
    reader = PdfReader(out)
    first = reader.pages[0].extract_text()
    assert "Riverside Demo Clinic" in first and "Day sheet" in first
    assert f"Page 1 of {len(reader.pages)}" in first


def test_print_downtime_and_report(demo_store: Callable[..., CliResult], tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    done = demo_store(
        "--user", "reception", "print", "downtime", "--days", "2", "--out", str(folder), "--json"
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert len(result["days"]) == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted(result["files"])
    assert all(name.startswith("day-sheet_") for name in result["files"])

    report = tmp_path / "rates.csv"
    denied = demo_store(
        "--user",
        "reception",
        "report",
        "no-shows-by-type",
        "--from",
        "2020-01-01",
        "--to",
        "2020-12-31",
        "--out",
        str(report),
    )
    assert denied.returncode == 1 and "not allowed" in denied.stderr and not report.exists()
    done = demo_store(
        "--user",
        "manager",
        "report",
        "no-shows-by-type",
        "--from",
        result["days"][0],
        "--to",
        result["days"][0],
        "--out",
        str(report),
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(report.read_text("utf-8-sig"))))
    assert rows[0][0] == "type" and rows[0][1] == "appointments_due"


def test_print_refuses_a_bad_date_with_one_line(demo_store: Callable[..., CliResult]) -> None:
    done = demo_store(
        "--user", "reception", "print", "day", "--date", "2026-13-01", "--out", "x.pdf"
    )
    assert done.returncode == 1
    assert done.stderr.strip() == "clinicdesk: '2026-13-01' is not a date like 2026-03-02."
