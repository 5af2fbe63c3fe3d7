"""Set up a clinic, then book, list, search and cancel through the ``clinicdesk`` command.

The store is made by ``clinicdesk init``; the administrator sets up a provider, hours
and a type through the CLI. A front-desk account and two patients are seeded through
the services in a subprocess (the user and patient commands belong to other modules).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import E2E_PASSWORD, CliResult

INIT = ("init", "--clinic", "Oak Street Clinic", "--time-zone", "Europe/London", "--admin", "admin")

_SEED = """
import sys
from datetime import date
from pathlib import Path

from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.session import open_session
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Patient
from clinicdesk.services.accounts import add_user

ctx = CommandContext(data_dir=Path(sys.argv[1]), user="admin", interactive=False)
with open_session(ctx) as services:
    add_user(services, "desk", "Front Desk", "manager", sys.argv[2])
    ids = []
    with services.uow_factory() as uow:
        for given, family in (("John", "Smith"), ("Mary", "Jones")):
            patient = Patient(new_id(), given, family, date(1970, 1, 1), services.now())
            uow.patients.add(patient)
            ids.append(patient.id)
        uow.commit()
print(" ".join(ids))
"""

# A Monday far enough ahead that "now" never passes it while the suite runs.
MONDAY = "2030-03-04"


@pytest.fixture
def clinic(run_cli: Callable[..., CliResult], cli_env: dict[str, str], tmp_path: Path):
    assert run_cli(*INIT).returncode == 0
    admin = ("--user", "admin", "--json")
    added = run_cli(*admin, "provider", "add", "--name", "Ana Lee", "--specialty", "gp")
    assert added.returncode == 0, added.stderr
    provider = json.loads(added.stdout)
    assert {"id", "name", "specialty"} <= provider.keys()
    hours = run_cli(
        *admin,
        "hours",
        "set",
        provider["id"],
        "mon-fri=09:00-17:00",
        "--break",
        "12:00-13:00",
        "--from",
        "2026-01-01",
    )
    assert hours.returncode == 0, hours.stderr
    assert len(json.loads(hours.stdout)["shifts"]) == 5
    kind = run_cli(*admin, "type", "add", "--name", "Consultation", "--minutes", "20")
    assert kind.returncode == 0, kind.stderr
    seeded = subprocess.run(
        [sys.executable, "-c", _SEED, str(tmp_path / "data"), E2E_PASSWORD],
        capture_output=True,
        text=True,
        env=cli_env,
        check=False,
    )
    assert seeded.returncode == 0, seeded.stderr
    smith, jones = seeded.stdout.split()
    return provider["id"], smith, jones


def test_book_day_slots_and_cancel(run_cli: Callable[..., CliResult], clinic) -> None:
    provider, smith, jones = clinic
    desk = ("--user", "desk", "--json")
    booked = run_cli(
        *desk,
        "book",
        "--patient",
        smith,
        "--type",
        "consultation",
        "--provider",
        provider,
        "--start",
        f"{MONDAY}T09:00",
    )
    assert booked.returncode == 0, booked.stderr
    appointment = json.loads(booked.stdout)
    for key in ("id", "patient_id", "provider_id", "type", "start", "end", "status", "urgency"):
        assert key in appointment
    assert appointment["start"] == f"{MONDAY}T09:00:00+00:00"
    assert appointment["status"] == "booked" and appointment["type"] == "Consultation"

    clash = run_cli(
        "--user",
        "desk",
        "book",
        "--patient",
        jones,
        "--type",
        "Consultation",
        "--provider",
        provider,
        "--start",
        f"{MONDAY}T09:10",
    )
    assert clash.returncode == 1
    assert "Dr Ana Lee is booked 09:00-09:20 with J. Smith" in clash.stderr
    assert len(clash.stderr.strip().splitlines()) == 1 and "Traceback" not in clash.stderr

    day = run_cli(*desk, "day", "--date", MONDAY)
    assert day.returncode == 0, day.stderr
    listed = json.loads(day.stdout)["appointments"]
    assert [(a["id"], a["patient_name"]) for a in listed] == [(appointment["id"], "J. Smith")]
    human = run_cli("--user", "desk", "day", "--date", MONDAY)
    assert "J. Smith" in human.stdout and "09:00-09:20" in human.stdout

    slots = run_cli(*desk, "slots", "--type", "consultation", "--from", MONDAY, "--count", "2")
    assert slots.returncode == 0, slots.stderr
    found = json.loads(slots.stdout)
    assert [s["start"] for s in found] == [f"{MONDAY}T09:20:00+00:00", f"{MONDAY}T09:40:00+00:00"]
    assert all(s["provider_id"] == provider for s in found)

    first = run_cli(
        *desk,
        "book",
        "--patient",
        jones,
        "--type",
        "consultation",
        "--first-available",
        "--urgency",
        "routine",
    )
    assert first.returncode == 0, first.stderr

    cancelled = run_cli(*desk, "cancel", appointment["id"], "--reason", "unwell", "--by", "patient")
    assert cancelled.returncode == 0, cancelled.stderr
    assert json.loads(cancelled.stdout)["status"] == "cancelled"
    again = run_cli(*desk, "slots", "--type", "consultation", "--from", MONDAY, "--count", "1")
    assert json.loads(again.stdout)[0]["start"] == f"{MONDAY}T09:00:00+00:00"


def test_admin_cannot_book_and_bad_input_is_one_line(
    run_cli: Callable[..., CliResult], clinic
) -> None:
    provider, smith, _ = clinic
    refused = run_cli(
        "--user",
        "admin",
        "book",
        "--patient",
        smith,
        "--type",
        "consultation",
        "--provider",
        provider,
        "--start",
        f"{MONDAY}T09:00",
    )
    assert refused.returncode == 1 and "not allowed" in refused.stderr
    bad_time = run_cli(
        "--user",
        "desk",
        "book",
        "--patient",
        smith,
        "--type",
        "consultation",
        "--provider",
        provider,
        "--start",
        "tomorrow",
    )
    assert bad_time.returncode == 1 and "2026-03-02T09:30" in bad_time.stderr
    usage = run_cli("--user", "desk", "book", "--patient", smith)
    assert usage.returncode == 2
    providers = run_cli("--user", "desk", "--json", "provider", "list")
    assert [p["id"] for p in json.loads(providers.stdout)] == [provider]
