"""FHIR R4 export and the SMART Scheduling Links feed, from the real store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.slot import Slot

from clinicdesk.domain.errors import PermissionDeniedError, ValidationError
from clinicdesk.domain.users import Role
from clinicdesk.interop import fhir
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.fhir_exchange import export_fhir, publish_slots
from tests.integration.interop.conftest import SmallClinic, at, audit_rows

MONDAY = date(2026, 3, 2)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture
def booked(clinic: SmallClinic) -> SmallClinic:
    for patient, hour in ((clinic.smith, 9), (clinic.jones, 10)):
        book_appointment(
            clinic.ctx, BookingInput(patient.id, "Consultation", clinic.ana.id, at(2, hour))
        )
    return clinic


def test_ndjson_export_is_valid_r4b_and_names_only_booked_patients(
    booked: SmallClinic, out_dir: Path
) -> None:
    out = out_dir / "fhir"
    result = export_fhir(booked.ctx, out, first=MONDAY, last=MONDAY)
    names = sorted(p.name for p in result.files)
    assert names == [
        "Appointment.ndjson",
        "Location.ndjson",
        "Patient.ndjson",
        "Practitioner.ndjson",
        "PractitionerRole.ndjson",
        "Schedule.ndjson",
        "Slot.ndjson",
    ]
    patients = lines(out / "Patient.ndjson")
    assert {p["name"][0]["family"] for p in patients} == {"Smith", "Jones"}  # not Brown
    appointments = lines(out / "Appointment.ndjson")
    assert [a["status"] for a in appointments] == ["booked", "booked"]
    assert appointments[0]["start"] == "2026-03-02T09:00:00Z"
    for path in result.files:
        for resource in lines(path):
            assert fhir.problems_of(resource) == [], resource
    # Free slots are cut by the 20-minute consultation and skip the booked times.
    slots = lines(out / "Slot.ndjson")
    ana_slots = [s for s in slots if s["schedule"]["reference"].endswith(booked.ana.id)]
    assert ana_slots[0]["start"] == "2026-03-02T09:20:00Z"
    assert all(Slot.model_validate(s).status == "free" for s in slots)
    assert result.counts["Appointment"] == 2
    assert ("export.fhir", f"{MONDAY}/{MONDAY}", "ok", "") in audit_rows(booked.ctx)


def test_bundle_export_is_one_r4b_bundle_and_stable(booked: SmallClinic, out_dir: Path) -> None:
    first = export_fhir(booked.ctx, out_dir / "a", first=MONDAY, last=MONDAY, layout="bundle")
    second = export_fhir(booked.ctx, out_dir / "b", first=MONDAY, last=MONDAY, layout="bundle")
    data = first.files[0].read_bytes()
    assert data == second.files[0].read_bytes()
    bundle = Bundle.model_validate_json(data)
    assert bundle.type == "collection"
    kinds = {entry.resource.get_resource_type() for entry in bundle.entry}
    assert kinds == set(fhir.RESOURCE_TYPES)


def test_checks_the_models_skip() -> None:
    appointment = {
        "resourceType": "Appointment",
        "id": "a1",
        "status": "sort-of-booked",
        "start": "2026-03-02T10:00:00Z",
        "end": "2026-03-02T09:00:00Z",
        "participant": [{"actor": {"reference": "Patient/p"}, "status": "accepted"}],
    }
    problems = fhir.problems_of(appointment)
    assert any("not an R4 appointment status" in p for p in problems)
    assert any("before or when it starts" in p for p in problems)
    with pytest.raises(ValidationError, match="not valid FHIR R4"):
        fhir.check_all([appointment])


def test_export_refuses_without_export_permission_and_writes_nothing(
    booked: SmallClinic, out_dir: Path
) -> None:
    with pytest.raises(PermissionDeniedError):
        export_fhir(booked.as_role(Role.RECEPTIONIST), out_dir / "x")
    assert not (out_dir / "x").exists()


def test_export_will_not_replace_files_unless_asked(booked: SmallClinic, out_dir: Path) -> None:
    export_fhir(booked.ctx, out_dir, first=MONDAY, last=MONDAY)
    before = (out_dir / "Patient.ndjson").read_bytes()
    with pytest.raises(ValidationError, match="already exists"):
        export_fhir(booked.ctx, out_dir, first=MONDAY, last=MONDAY)
    assert (out_dir / "Patient.ndjson").read_bytes() == before


def test_smart_scheduling_links_feed(booked: SmallClinic, out_dir: Path) -> None:
    result = publish_slots(
        booked.ctx,
        out_dir / "feed",
        days=7,
        booking_phone="+44 20 7946 0000",
        base_url="https://clinic.example/slots",
    )
    folder = out_dir / "feed"
    manifest = json.loads((folder / "$bulk-publish").read_text())
    assert manifest["transactionTime"] == "2026-03-02T08:00:00Z"
    assert [o["type"] for o in manifest["output"]] == ["Location", "Schedule", "Slot"]
    assert manifest["output"][2]["url"] == "https://clinic.example/slots/Slot.ndjson"
    slots = lines(folder / "Slot.ndjson")
    assert slots and all(
        s["extension"] == [{"url": fhir.BOOKING_PHONE_URL, "valueString": "+44 20 7946 0000"}]
        for s in slots
    )
    # The feed is public: no patient and no appointment in it.
    text = "".join(p.read_text() for p in folder.iterdir())
    assert "Smith" not in text and "Patient" not in text
    assert result.counts["Schedule"] == 2
    # Run again on a schedule: the folder is replaced.
    publish_slots(booked.ctx, folder, days=1, booking_phone="020 7946 0000")
    assert len(lines(folder / "Slot.ndjson")) < len(slots)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"days": 0, "booking_phone": "020 7946 0000"}, "between 1 and"),
        ({"days": 3, "booking_phone": "  "}, "phone number"),
        ({"days": 3, "booking_phone": "020\u202e"}, "direction"),
        ({"days": 3, "booking_phone": "020 7946", "base_url": "ftp://x"}, "https://"),
    ],
)
def test_publish_refuses_bad_options(
    clinic: SmallClinic, out_dir: Path, kwargs: dict, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        publish_slots(clinic.ctx, out_dir / "feed", **kwargs)
    assert not (out_dir / "feed").exists()
