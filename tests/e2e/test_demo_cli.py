"""``clinicdesk demo`` then ``patient search/show/add`` on a real encrypted store."""

from __future__ import annotations

import json

import pytest

from tests.e2e.conftest import E2E_PASSWORD


@pytest.fixture
def demo_store(run_cli):
    result = run_cli("demo", "--seed", "5", "--json")
    assert result.returncode == 0, result.stderr
    return run_cli, json.loads(result.stdout)


def test_demo_prints_its_summary_and_recovery_key_once(demo_store):
    run_cli, document = demo_store
    assert document["summary"]["patients"] == 5000
    assert document["summary"]["providers"] == 8
    assert document["summary"]["appointments"] > 5000
    assert len(document["recovery_key"].split("-")) == 16
    assert document["users"] == ["admin", "manager", "reception"]
    assert document["password_source"] == "CLINICDESK_PASSWORD"

    again = run_cli("demo", "--user", "admin")
    assert again.returncode == 1
    assert "already has providers or patients" in again.stderr
    assert "RECOVERY" not in again.stdout


def test_patient_search_json_on_the_demo_store(demo_store):
    run_cli, _document = demo_store
    result = run_cli("--user", "reception", "patient", "search", "o'brien", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert 0 < len(found) <= 20
    for patient in found:
        assert set(patient) >= {"id", "given", "family", "birth_date", "phones"}
        assert (
            patient["family"].replace("'", "").lower().startswith("obrien")
            or "O" in patient["family"]
        )
        assert isinstance(patient["phones"], list)

    chosen = found[0]
    by_dob = run_cli(
        "--user",
        "reception",
        "patient",
        "search",
        f"{chosen['family']} {chosen['birth_date']}",
        "--json",
    )
    assert chosen["id"] in [p["id"] for p in json.loads(by_dob.stdout)]

    shown = run_cli("--user", "reception", "patient", "show", chosen["id"], "--json")
    assert shown.returncode == 0, shown.stderr
    record = json.loads(shown.stdout)
    assert record["id"] == chosen["id"]
    assert set(record["counts"]) >= {"total", "completed", "no_shows", "cancelled"}
    human = run_cli("--user", "reception", "patient", "show", chosen["id"])
    assert chosen["family"] in human.stdout


def test_patient_add_then_duplicate_warning(demo_store):
    run_cli, _document = demo_store
    add = (
        "--user",
        "reception",
        "patient",
        "add",
        "--given",
        "Zoë",
        "--family",
        "Ødegaard-Nkemelu",
        "--birth-date",
        "07/03/1984",
        "--phone",
        "07700 900555",
    )
    first = run_cli(*add, "--json")
    assert first.returncode == 0, first.stderr
    created = json.loads(first.stdout)
    assert created["phones"] == ["+44 7700 900555"]
    assert created["birth_date"] == "1984-03-07"

    duplicate = run_cli(*add, "--json")
    assert duplicate.returncode == 1
    assert [p["id"] for p in json.loads(duplicate.stdout)["possible_duplicates"]] == [created["id"]]
    found = run_cli("--user", "reception", "patient", "search", "odegaard nkem", "--json")
    assert [p["id"] for p in json.loads(found.stdout)] == [created["id"]]


def test_bad_input_fails_with_one_line(demo_store):
    run_cli, _document = demo_store
    bad_date = run_cli(
        "--user",
        "reception",
        "patient",
        "add",
        "--given",
        "A",
        "--family",
        "B",
        "--birth-date",
        "31/02/1999",
    )
    assert bad_date.returncode == 1
    assert bad_date.stderr.strip().count("\n") == 0 and "date" in bad_date.stderr
    unknown = run_cli("--user", "reception", "patient", "show", "nope")
    assert unknown.returncode == 1 and "No patient" in unknown.stderr
    denied = run_cli("--user", "admin", "patient", "search", "smith")
    assert denied.returncode == 1 and "not allowed" in denied.stderr
    assert run_cli("--user", "reception", "patient", "search", '"NEAR(*', "--json").returncode == 0
    assert E2E_PASSWORD not in bad_date.stderr
