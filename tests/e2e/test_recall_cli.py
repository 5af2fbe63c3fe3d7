"""Recall from the command line: a type, a hand-set recall, the due list, an attempt that
hides the patient, the CSV, and hostile values refused with a reason and no change.
Few launches on purpose: each costs about 0.6 s."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.e2e.conftest import E2E_PASSWORD, CliResult
from tests.e2e.test_scheduling_cli import INIT


def test_recall_from_the_command_line(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    assert run_cli(*INIT).returncode == 0
    admin = ("--user", "admin", "--json")
    desk = ("--user", "desk", "--json")

    def ok(*args: str, **kwargs: object) -> object:
        result = run_cli(*args, **kwargs)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def refused(*args: str) -> str:
        result = run_cli(*args)
        assert result.returncode == 1, (result.stdout, result.stderr)
        assert "internal error" not in result.stderr
        return result.stderr.strip()

    ok(*admin, "type", "add", "--name", "Check-up", "--minutes", "20")
    kind = ok(
        *admin, "recall", "type", "add", "6-month check", "--interval", "6m", "--type", "Check-up"
    )
    assert {key: kind[key] for key in ("name", "interval", "type_name", "hide_days")} == {
        "name": "6-month check",
        "interval": "6 months",
        "type_name": "Check-up",
        "hide_days": 14,
    }
    assert "outside 1 to 120 months" in refused(
        *admin, "recall", "type", "add", "Never", "--interval", "0m"
    )
    ok(
        *admin,
        *("user", "add", "desk", "--name", "Front Desk", "--role", "manager"),
        env={"CLINICDESK_NEW_PASSWORD": E2E_PASSWORD},
    )
    patient = ok(
        *desk,
        *("patient", "add", "--given", "John", "--family", "Smith"),
        *("--birth-date", "1970-01-01", "--phone", "+447700900001"),
    )["id"]
    today = datetime.now(ZoneInfo("Europe/London")).date()  # the clinic's day (INIT)
    recall = ok(
        *desk,
        *("recall", "add", "--patient", patient, "--recall-type", "6-month check"),
        *("--due", today.replace(day=1).isoformat()),
    )
    assert refused(*desk, "recall", "attempt", "no-such-id") == (
        "clinicdesk: No recall with id no-such-id."
    )
    assert "is not a date like 2026-03-02" in refused(
        *desk,
        "recall",
        "add",
        "--patient",
        patient,
        "--recall-type",
        "6-month check",
        "--due",
        "2026-02-30",
    )
    due = ok(*desk, "recall", "due")
    assert [row["id"] for row in due["rows"]] == [recall["id"]]
    assert due["rows"][0]["state"] in {"overdue", "due"}
    called = ok(*desk, "recall", "attempt", recall["id"], "--note", "no answer")
    assert (called["attempts"], called["last_attempt_on"]) == (1, today.isoformat())
    out = tmp_path / "recalls.csv"
    ok(*desk, "recall", "print", "--out", str(out), "--include-hidden")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["patient", "phones", "recall", "due"]
    assert rows[1][0] == "J. Smith"
    assert rows[1][5] == "1"
    listing = ok(*desk, "recall", "list", "--patient", patient)
    assert [(r["id"], r["attempts"], r["status"]) for r in listing] == [(recall["id"], 1, "open")]
