"""Set up a clinic, then book, list, search and cancel through the ``clinicdesk`` command.

Everything goes through the command as a user would type it: ``init`` makes the store,
the administrator adds a provider, hours, a type and a front-desk account, and the
front desk registers two patients before booking. The dates are computed from today,
so the suite means the same next year as this one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.e2e.conftest import E2E_PASSWORD, CliResult

INIT = ("init", "--clinic", "Oak Street Clinic", "--time-zone", "Europe/London", "--admin", "admin")



def _winter_monday(today: date) -> date:
    """A Monday in the second week of next January: always ahead of today (by a week at
    least), and in winter time, so Europe/London wall times carry "+00:00"."""
    second_week = date(today.year + 1, 1, 8)
    return second_week + timedelta(days=(7 - second_week.weekday()) % 7)


MONDAY = _winter_monday(date.today()).isoformat()


@pytest.fixture
def clinic(run_cli: Callable[..., CliResult]) -> tuple[str, str, str]:
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
    desk = run_cli(
        *admin,
        "user",
        "add",
        "desk",
        "--name",
        "Front Desk",
        "--role",
        "manager",
        env={"CLINICDESK_NEW_PASSWORD": E2E_PASSWORD},
    )
    assert desk.returncode == 0, desk.stderr
    ids = []
    for given, family in (("John", "Smith"), ("Mary", "Jones")):
        registered = run_cli(
            *("--user", "desk", "--json"),
            *("patient", "add", "--given", given, "--family", family),
            *("--birth-date", "1970-01-01"),
        )
        assert registered.returncode == 0, registered.stderr
        ids.append(json.loads(registered.stdout)["id"])
    smith, jones = ids
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

    soonest = run_cli(*desk, "slots", "--type", "consultation", "--count", "1")
    assert soonest.returncode == 0, soonest.stderr
    [slot] = json.loads(soonest.stdout)
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
    taken = json.loads(first.stdout)
    # The soonest free slot from now, for the patient asked, with the provider who has it.
    assert (taken["start"], taken["end"], taken["provider_id"]) == (
        slot["start"],
        slot["end"],
        provider,
    )
    assert (taken["patient_id"], taken["status"], taken["urgency"]) == (jones, "booked", "routine")
    that_day = run_cli(*desk, "day", "--date", taken["start"][:10])
    assert taken["id"] in [a["id"] for a in json.loads(that_day.stdout)["appointments"]]
    assert taken["start"] != appointment["start"], "first available offered a taken slot"

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
