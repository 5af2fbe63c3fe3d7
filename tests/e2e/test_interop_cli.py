"""``hl7`` (drop folder and MLLP), ``import hl7``, ``import csv``, ``export csv`` and
``publish ical`` run as a user would, on a demo store (the
other formats' commands share their path; their services are tested in
tests/integration/interop)."""

from __future__ import annotations

import json
import signal
import subprocess
import urllib.request
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import hl7

from tests.e2e.conftest import CLINICDESK, CliResult, CliRunner
from tests.integration.interop.mllp_peer import MllpPeer


def a_booked_visit(run_cli: Callable[..., CliResult]) -> str:
    """A visit still booked on the next weekday (today's may all be over when the test
    runs late in the day)."""
    ahead = date.today() + timedelta(days=1)
    while ahead.weekday() >= 5:
        ahead += timedelta(days=1)
    day = run_cli("--user", "reception", "day", "--date", ahead.isoformat(), "--json")
    return next(a["id"] for a in json.loads(day.stdout)["appointments"] if a["status"] == "booked")


def test_interop_commands_on_the_demo(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    made = run_cli("demo", "--size", "small", "--seed", "5")
    assert made.returncode == 0, made.stderr
    manager = ("--user", "manager")

    drop = tmp_path / "drop"
    done = run_cli(*manager, "hl7", "outbound", "set", "folder", str(drop), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["version"] == "2.5.1"
    assert run_cli(*manager, "hl7", "send").returncode == 0  # starts from now
    cancelled = run_cli(
        "--user",
        "reception",
        "cancel",
        a_booked_visit(run_cli),
        "--reason",
        "Unwell",
        "--by",
        "patient",
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

    # The same person again under another id: merged as decided, the id remembered.
    (folder / "patients.csv").write_text(
        "Id,FIRST,LAST,BIRTHDATE,GENDER,PHONE\nold-2,Zoe,O'Brien,1980-05-04,F,0161 496 0000\n",
        "utf-8",
    )
    decisions = tmp_path / "decisions.json"
    decisions.write_text('{"old-2": {"action": "merge", "take": ["phones"]}}', "utf-8")
    merged = run_cli(
        *manager, "import", "csv", str(folder), "--decisions", str(decisions), "--json"
    )
    assert merged.returncode == 0, merged.stderr
    report = json.loads(merged.stdout)
    assert report["merged"] == 1 and report["added"]["patients"] == 0
    (duplicate,) = report["possible_duplicates"]
    assert (duplicate["row_id"], duplicate["decision"]) == ("old-2", "merge")


def test_siu_over_mllp_and_the_live_calendar_feed(run_cli: CliRunner, tmp_path: Path) -> None:
    made = run_cli("demo", "--size", "small", "--seed", "6")
    assert made.returncode == 0, made.stderr
    manager = ("--user", "manager")
    settings_file = run_cli.data_dir / "settings.json"

    refused = run_cli(*manager, "hl7", "outbound", "set", "mllp", "ehr.local")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "not host:port" in refused.stderr and not settings_file.exists()

    with MllpPeer(["AR"]) as peer:
        done = run_cli(*manager, "hl7", "outbound", "set", "mllp", f"127.0.0.1:{peer.port}")
        assert done.returncode == 0, done.stderr
        assert run_cli(*manager, "hl7", "send").returncode == 0  # starts from now
        booked = a_booked_visit(run_cli)
        moved = run_cli("--user", "reception", "cancel", booked, "--reason", "Unwell")
        assert moved.returncode == 0, moved.stderr
        sent = run_cli(*manager, "hl7", "send", "--pause", "0", "--json")
        assert len(peer.received) == 1
    assert sent.returncode == 1 and "the EHR answered AR: Unsupported version" in sent.stderr
    answer = json.loads(sent.stdout)
    assert answer["sent"] == [] and answer["failure"]["ack_code"] == "AR"
    status = json.loads(run_cli(*manager, "hl7", "status", "--json").stdout)
    assert status["mllp"] == f"127.0.0.1:{peer.port}" and status["pending"] == 1
    assert status["last_ack"]["code"] == "AR"
    assert status["failures"][0]["control_id"] == answer["failure"]["control_id"]
    assert status["sent_upto"] == answer["sent_upto"]

    exported = run_cli(*manager, "export", "csv", "--out", str(tmp_path / "csv"), "--json")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["files"] == [
        "patients.csv",
        "providers.csv",
        "appointments.csv",
    ]

    feed = subprocess.Popen(
        [
            str(CLINICDESK),
            "--data-dir",
            str(run_cli.data_dir),
            *manager,
            "publish",
            "ical",
            "--port",
            "0",
        ],
        env=run_cli.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert feed.stdout is not None
        first = feed.stdout.readline()
        assert first.startswith("Serving calendars on http://127.0.0.1:"), first
        url = feed.stdout.readline().strip()
        with urllib.request.urlopen(url, timeout=30) as response:
            body = response.read()
        assert body.startswith(b"BEGIN:VCALENDAR") and b"BEGIN:VEVENT" in body
    finally:
        feed.send_signal(signal.SIGTERM)
        assert feed.wait(30) == 0, feed.stderr.read() if feed.stderr else ""
