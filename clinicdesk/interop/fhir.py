"""FHIR R4 resources from the clinic's plain data, checked and serialised.

Every resource is validated against the fhir.resources **R4B** models (the package's
default classes are R5, whose Appointment and Slot differ), and then against the rules
those models leave out: required code values (an Appointment's or Slot's ``status`` is
a plain string to the model) and an end after the start.

Serialisation is deterministic (keys sorted, resources ordered by type then id, no
timestamps unless given), so exporting the same data twice gives the same bytes and an
export -> import -> export round trip can be compared byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from clinicdesk.domain.appointments import Appointment, Status
from clinicdesk.domain.catalog import ClinicSettings, Room
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.providers import Provider

Resource = dict[str, Any]

# The order resources are written in: referenced before referencing.
RESOURCE_TYPES = (
    "Patient",
    "Practitioner",
    "Location",
    "PractitionerRole",
    "Schedule",
    "Slot",
    "Appointment",
)
CLINIC_LOCATION_ID = "clinic"
MRN_SYSTEM = "urn:clinicdesk:mrn"
BOOKING_PHONE_URL = "http://fhir-registry.smarthealthit.org/StructureDefinition/booking-phone"

# R4 value sets the models do not enforce.
APPOINTMENT_STATUSES = frozenset(
    {
        "proposed",
        "pending",
        "booked",
        "arrived",
        "fulfilled",
        "cancelled",
        "noshow",
        "entered-in-error",
        "checked-in",
        "waitlist",
    }
)
SLOT_STATUSES = frozenset(
    {"busy", "free", "busy-unavailable", "busy-tentative", "entered-in-error"}
)
GENDERS = frozenset({"male", "female", "other", "unknown"})
PARTICIPANT_STATUSES = frozenset({"accepted", "declined", "tentative", "needs-action"})

STATUS_TO_FHIR: dict[Status, str] = {
    Status.BOOKED: "booked",
    Status.CONFIRMED: "booked",
    Status.ARRIVED: "arrived",
    Status.IN_ROOM: "checked-in",
    Status.COMPLETED: "fulfilled",
    Status.NO_SHOW: "noshow",
    Status.CANCELLED: "cancelled",
}
FHIR_TO_STATUS: dict[str, Status] = {
    "booked": Status.BOOKED,
    "pending": Status.BOOKED,
    "arrived": Status.ARRIVED,
    "checked-in": Status.IN_ROOM,
    "fulfilled": Status.COMPLETED,
    "noshow": Status.NO_SHOW,
    "cancelled": Status.CANCELLED,
}


@dataclass(frozen=True, slots=True)
class FreeSlot:
    """A bookable span of one provider's time, as published."""

    provider_id: str
    start: datetime
    end: datetime


def instant(moment: datetime) -> str:
    """An R4 ``instant``: UTC with seconds and ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _reference(kind: str, identifier: str, display: str = "") -> Resource:
    found: Resource = {"reference": f"{kind}/{identifier}"}
    if display:
        found["display"] = display
    return found


def patient_resource(patient: Patient) -> Resource:
    name: Resource = {"family": patient.family, "given": [patient.given], "use": "official"}
    names = [name]
    if patient.preferred_name and patient.preferred_name != patient.given:
        names.append({"given": [patient.preferred_name], "use": "nickname"})
    resource: Resource = {
        "resourceType": "Patient",
        "id": patient.id,
        "active": not patient.deleted,
        "name": names,
        "gender": patient.sex.value,
        "birthDate": patient.birth_date.isoformat(),
    }
    if patient.mrn:
        resource["identifier"] = [{"system": MRN_SYSTEM, "value": patient.mrn}]
    telecom = [
        {"system": "phone", "value": phone.number, "use": _phone_use(phone.kind)}
        for phone in patient.phones
    ]
    if patient.email:
        telecom.append({"system": "email", "value": patient.email})
    if telecom:
        resource["telecom"] = telecom
    if patient.address is not None:
        lines = [line for line in (patient.address.line1, patient.address.line2) if line]
        address: Resource = {
            key: value
            for key, value in (
                ("city", patient.address.city),
                ("state", patient.address.region),
                ("postalCode", patient.address.postcode),
                ("country", patient.address.country),
            )
            if value
        }
        if lines:
            address["line"] = lines
        if address:
            resource["address"] = [address]
    return resource


def _phone_use(kind: str) -> str:
    return {"mobile": "mobile", "home": "home", "work": "work"}.get(kind, "temp")


def practitioner_resource(provider: Provider) -> Resource:
    name: Resource = {"text": provider.name}
    if provider.title:
        name["prefix"] = [provider.title]
    return {
        "resourceType": "Practitioner",
        "id": provider.id,
        "active": not provider.deleted,
        "name": [name],
    }


def practitioner_role_resource(provider: Provider) -> Resource:
    return {
        "resourceType": "PractitionerRole",
        "id": f"role-{provider.id}",
        "active": provider.bookable and not provider.deleted,
        "practitioner": _reference("Practitioner", provider.id),
        "location": [_reference("Location", CLINIC_LOCATION_ID)],
        "specialty": [{"text": provider.specialty}],
    }


def clinic_location(settings: ClinicSettings, phone: str = "") -> Resource:
    resource: Resource = {
        "resourceType": "Location",
        "id": CLINIC_LOCATION_ID,
        "status": "active",
        "name": settings.name,
        "mode": "instance",
    }
    if phone:
        resource["telecom"] = [{"system": "phone", "value": phone}]
    return resource


def room_location(room: Room) -> Resource:
    return {
        "resourceType": "Location",
        "id": f"room-{room.id}",
        "status": "inactive" if room.deleted else "active",
        "name": room.name,
        "mode": "instance",
        "physicalType": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/location-physical-type",
                    "code": "ro",
                }
            ]
        },
        "partOf": _reference("Location", CLINIC_LOCATION_ID),
    }


def schedule_id(provider_id: str) -> str:
    return f"schedule-{provider_id}"


def schedule_resource(provider: Provider) -> Resource:
    return {
        "resourceType": "Schedule",
        "id": schedule_id(provider.id),
        "active": provider.bookable and not provider.deleted,
        "actor": [
            _reference("Practitioner", provider.id, provider.display_name),
            _reference("Location", CLINIC_LOCATION_ID),
        ],
        "serviceType": [{"text": provider.specialty}],
    }


def slot_resource(slot: FreeSlot, booking_phone: str = "") -> Resource:
    resource: Resource = {
        "resourceType": "Slot",
        "id": f"slot-{slot.provider_id}-{int(slot.start.timestamp())}",
        "schedule": _reference("Schedule", schedule_id(slot.provider_id)),
        "status": "free",
        "start": instant(slot.start),
        "end": instant(slot.end),
    }
    if booking_phone:
        resource["extension"] = [{"url": BOOKING_PHONE_URL, "valueString": booking_phone}]
    return resource


def appointment_resource(appointment: Appointment, type_name: str) -> Resource:
    participants = [
        {
            "actor": _reference("Patient", appointment.patient_id),
            "required": "required",
            "status": "accepted",
        },
        {
            "actor": _reference("Practitioner", appointment.provider_id),
            "required": "required",
            "status": "accepted",
        },
    ]
    if appointment.room_id:
        participants.append(
            {
                "actor": _reference("Location", f"room-{appointment.room_id}"),
                "required": "required",
                "status": "accepted",
            }
        )
    resource: Resource = {
        "resourceType": "Appointment",
        "id": appointment.id,
        "status": STATUS_TO_FHIR[appointment.status],
        "appointmentType": {"text": type_name},
        "start": instant(appointment.start),
        "end": instant(appointment.end),
        "minutesDuration": int((appointment.end - appointment.start).total_seconds() // 60),
        "created": instant(appointment.created_at),
        "participant": participants,
    }
    if appointment.status is Status.CANCELLED and appointment.cancel_reason:
        resource["cancelationReason"] = {"text": appointment.cancel_reason}
    return resource


# --- checks ----------------------------------------------------------------------------


def _model(resource_type: str) -> Any:
    """The R4B model class of a resource type (imported on first use: pydantic is slow
    to load, and only exports and imports need it)."""
    from fhir.resources.R4B import get_fhir_model_class

    return get_fhir_model_class(resource_type)


def problems_of(resource: Mapping[str, Any]) -> list[str]:
    """Why ``resource`` is not a valid R4 resource of its kind (empty when it is)."""
    kind = resource.get("resourceType")
    if not isinstance(kind, str) or not kind:
        return ["no resourceType"]
    try:
        model = _model(kind)
    except (KeyError, ValueError):
        return [f"unknown resource type {kind!r}"]
    from pydantic import ValidationError as ModelError

    try:
        model.model_validate(dict(resource))
    except ModelError as error:
        return [_first_lines(error)]
    except (TypeError, ValueError) as error:
        return [str(error).splitlines()[0] if str(error) else type(error).__name__]
    return _rule_problems(resource)


def _first_lines(error: Any) -> str:
    parts = []
    for detail in error.errors()[:3]:
        where = ".".join(str(step) for step in detail.get("loc", ()) if step != "__root__")
        parts.append(f"{where or 'resource'}: {detail.get('msg', 'invalid')}")
    return "; ".join(parts)


def _rule_problems(resource: Mapping[str, Any]) -> list[str]:
    kind = resource["resourceType"]
    found: list[str] = []
    if kind == "Appointment":
        if resource.get("status") not in APPOINTMENT_STATUSES:
            found.append(f"status {resource.get('status')!r} is not an R4 appointment status")
        for participant in resource.get("participant", ()):
            if participant.get("status") not in PARTICIPANT_STATUSES:
                found.append(f"participant status {participant.get('status')!r} is not allowed")
        if "start" in resource or "end" in resource:
            found.extend(_span_problems(resource))
        elif resource.get("status") not in {"proposed", "cancelled", "waitlist"}:
            found.append("a booked appointment needs a start and an end")
    elif kind == "Slot":
        if resource.get("status") not in SLOT_STATUSES:
            found.append(f"status {resource.get('status')!r} is not an R4 slot status")
        found.extend(_span_problems(resource))
    elif kind == "Patient" and "gender" in resource and resource["gender"] not in GENDERS:
        found.append(f"gender {resource['gender']!r} is not an R4 gender")
    return found


def _span_problems(resource: Mapping[str, Any]) -> list[str]:
    start, end = parse_instant(resource.get("start")), parse_instant(resource.get("end"))
    if start is None or end is None:
        return ["needs both a start and an end instant with a time zone"]
    if end <= start:
        return [f"ends ({resource['end']}) before or when it starts ({resource['start']})"]
    return []


def parse_instant(text: object) -> datetime | None:
    """An R4 instant as an aware UTC datetime, or None when it is not one."""
    if not isinstance(text, str) or "T" not in text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC)


def parse_date(text: object) -> date | None:
    if not isinstance(text, str) or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def check_all(resources: Iterable[Mapping[str, Any]]) -> None:
    """ValidationError naming the first resources that are not valid R4 (an exporter bug
    or bad stored data: nothing half-valid leaves the clinic)."""
    bad = []
    for resource in resources:
        problems = problems_of(resource)
        if problems:
            bad.append(f"{resource.get('resourceType')}/{resource.get('id')}: {problems[0]}")
    if bad:
        shown = "; ".join(bad[:3])
        more = f" (and {len(bad) - 3} more)" if len(bad) > 3 else ""
        raise ValidationError(
            tr(
                "fhir",
                "The export is not valid FHIR R4: {shown}{more}.",
            ).format(shown=shown, more=more)
        )


# --- serialising -----------------------------------------------------------------------


def _json_line(resource: Mapping[str, Any]) -> str:
    return json.dumps(resource, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def ordered(resources: Iterable[Resource]) -> list[Resource]:
    rank = {kind: index for index, kind in enumerate(RESOURCE_TYPES)}
    return sorted(
        resources,
        key=lambda r: (rank.get(r["resourceType"], len(rank)), r["resourceType"], r["id"]),
    )


def ndjson_files(resources: Iterable[Resource]) -> dict[str, bytes]:
    """``Type.ndjson`` -> its bytes: one resource per line, UTF-8, LF line ends."""
    by_type: dict[str, list[str]] = {}
    for resource in ordered(resources):
        by_type.setdefault(resource["resourceType"], []).append(_json_line(resource))
    return {f"{kind}.ndjson": ("\n".join(lines) + "\n").encode() for kind, lines in by_type.items()}


def bundle_bytes(resources: Iterable[Resource]) -> bytes:
    """A ``collection`` Bundle of ``resources`` (validated as R4B Bundle too)."""
    bundle: Resource = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": resource} for resource in ordered(resources)],
    }
    problems = problems_of(bundle)
    if problems:
        raise ValidationError(
            tr(
                "fhir",
                "The export is not a valid FHIR R4 Bundle: {problems}.",
            ).format(problems=problems[0])
        )
    return (json.dumps(bundle, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def bulk_publish_manifest(
    transaction_time: datetime, base_url: str, files: Sequence[tuple[str, str]]
) -> bytes:
    """The SMART Scheduling Links ``$bulk-publish`` manifest for ``files`` ((type, name)).

    ``base_url`` is where the folder will be served from; empty leaves the URLs as
    names relative to the manifest (a folder copied to a web server as it is).
    """
    prefix = base_url.rstrip("/") + "/" if base_url else ""
    manifest = {
        "transactionTime": instant(transaction_time),
        "request": f"{prefix}$bulk-publish",
        "output": [{"type": kind, "url": f"{prefix}{name}"} for kind, name in files],
        "error": [],
    }
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode()
