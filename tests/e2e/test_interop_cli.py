"""``hl7``, ``import hl7`` and ``import csv`` run as a user would, on a demo store (the
other formats' commands share their path; their services are tested in
tests/integration/interop)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import hl7

from tests.e2e.conftest import CliResult


def test_interop_commands_on_the_demo(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    made = run_cli("demo", "--size", "small", "--seed", "5")
    assert made.returncode == 0, made.stderr
    manager = ("--user", "manager")

    drop = tmp_path / "drop"
    done = run_cli(*manager, "hl7", "outbound", "set", "folder", str(drop), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["version"] == "2.5.1"
    assert run_cli(*manager, "hl7", "send").returncode == 0  # starts from now
    day = json.loads(run_cli("--user", "reception", "day", "--json").stdout)
    booked = next(a for a in day["appointments"] if a["status"] == "booked")
    cancelled = run_cli(
        "--user", "reception", "cancel", booked["id"], "--reason", "Unwell", "--by", "patient"
    )
    assert cancelled.returncode == 0, cancelled.stderr
    sent = json.loads(run_cli(*manager, "hl7", "send", "--json").stdout)
    (name,) = sent["files"]
    message = hl7.parse((drop / name).read_text())
    assert str(message.extract_field("MSH", 1, 9, 1, 2)) == "S15"
    status = json.loads(run_cli(*manager, "hl7", "status", "--json").stdout)
    assert status["pending"] == 0 and status["sent_upto"] == sent["sent_upto"]

    broken = tmp_path / "broken.hl7"
    broken.write_bytes(b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|2.5\rPID|1\r")
    refused = run_cli(*manager, "import", "hl7", str(broken), "--json")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "not SIU" in refused.stderr
    assert json.loads(refused.stdout)["committed"] is False

    folder = tmp_path / "old-system"
    folder.mkdir()
    (folder / "patients.csv").write_text(
        "Id,FIRST,LAST,BIRTHDATE,GENDER,ZIP\nold-1,Zoë,O'Brien,1980-05-04,F,02139\n", "utf-8"
    )
    first = run_cli(*manager, "import", "csv", str(folder), "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["added"]["patients"] == 1
    again = json.loads(run_cli(*manager, "import", "csv", str(folder), "--json").stdout)
    assert again["added"]["patients"] == 0 and again["already_here"]["patients"] == 1
