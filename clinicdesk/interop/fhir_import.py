"""FHIR R4 in: Patient, Practitioner and Appointment resources read into plain drafts.

Reads a Bundle, a single resource or NDJSON (one resource per line). Each resource is
first validated with the R4B models and the rules they skip (``fhir.problems_of``),
then mapped; whatever cannot be taken comes back as a :class:`RowProblem` naming the
resource and the reason, never as an exception. Ids stay stable: an id that is a UUID
(such as clinicdesk's own) is kept; any other is turned into a UUID derived from the
resource type and id, so importing the same file twice finds the rows of the first time.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.patients import Address, Phone, Sex
from clinicdesk.interop import fhir

MAX_FHIR_BYTES = 200 * 1024 * 1024
SOURCE_NAMESPACE = uuid.UUID("6f0e4c52-8d4f-4a55-9a53-3c2f0f3f6a10")
IMPORTED_TYPES = ("Patient", "Practitioner", "Appointment")
# Resource types a Bundle may carry that the import passes over without complaint.
IGNORED_TYPES = frozenset(
    {"PractitionerRole", "Location", "Schedule", "Slot", "Organization", "Bundle"}
)


@dataclass(frozen=True, slots=True)
class RowProblem:
    where: str  # "line 3", "entry 2", "Patient/example"
    reason: str


@dataclass(frozen=True, slots=True)
class PatientDraft:
    id: str
    source: str  # Patient/<id in the file>
    given: str
    family: str
    birth_date: date
    sex: Sex
    preferred_name: str = ""
    phones: tuple[Phone, ...] = ()
    email: str = ""
    address: Address | None = None
    mrn: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class PractitionerDraft:
    id: str
    source: str
    name: str
    title: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class AppointmentDraft:
    id: str
    source: str
    patient_id: str  # already mapped to clinicdesk ids
    provider_id: str
    type_name: str
    start: datetime
    end: datetime
    status: Status
    room_id: str | None = None
    cancel_reason: str = ""
    created: datetime | None = None


@dataclass
class FhirBatch:
    patients: list[PatientDraft] = field(default_factory=list)
    practitioners: list[PractitionerDraft] = field(default_factory=list)
    appointments: list[AppointmentDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    ignored: dict[str, int] = field(default_factory=dict)


def stable_id(resource_type: str, source_id: str) -> str:
    """The clinicdesk id of a resource from a file: its own id if it is a UUID, else
    a UUID derived from type and id (the same every run)."""
    try:
        return (
            str(uuid.UUID(source_id))
            if len(source_id) == 36
            else _derived(resource_type, source_id)
        )
    except ValueError:
        pass
    return _derived(resource_type, source_id)


def _derived(resource_type: str, source_id: str) -> str:
    return str(uuid.uuid5(SOURCE_NAMESPACE, f"{resource_type}/{source_id}"))


def iter_resources(data: bytes) -> Iterator[tuple[str, Any]]:
    """(where, parsed JSON) for each resource in a Bundle, one resource, or NDJSON; a
    line that is not JSON comes back as (where, ValidationError)."""
    if len(data) > MAX_FHIR_BYTES:
        raise ValidationError(
            tr(
                "fhir import",
                "The file is larger than {value} MB; split it.",
            ).format(value=MAX_FHIR_BYTES // (1024 * 1024))
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            tr(
                "fhir import",
                "The file is not UTF-8 (byte {start}); FHIR JSON is always UTF-8.",
            ).format(start=error.start)
        ) from error
    stripped = text.strip()
    if not stripped:
        raise ValidationError(tr("fhir import", "The file is empty."))
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, dict):
        if whole.get("resourceType") == "Bundle":
            entries = whole.get("entry") or []
            if not isinstance(entries, list):
                raise ValidationError(tr("fhir import", "The Bundle's entry is not a list."))
            for index, entry in enumerate(entries, 1):
                resource = entry.get("resource") if isinstance(entry, dict) else None
                yield f"entry {index}", resource
        else:
            yield "resource 1", whole
        return
    if not stripped.startswith("{"):
        raise ValidationError(
            tr(
                "fhir import",
                "The file is neither FHIR JSON nor NDJSON (it does not start with {{).",
            )
        )
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield f"line {number}", json.loads(line)
        except json.JSONDecodeError as error:
            yield (
                f"line {number}",
                ValidationError(
                    tr(
                        "fhir import",
                        "not JSON ({msg})",
                    ).format(msg=error.msg)
                ),
            )


def read_batch(data: bytes) -> FhirBatch:
    """Every importable resource in ``data`` as a draft, and a problem per refused one.

    Appointment references are resolved here against the Patients and Practitioners in
    the same file (their stable ids); references to anything else stay as derived ids
    for the store to check."""
    batch = FhirBatch()
    raw_appointments: list[tuple[str, Mapping[str, Any]]] = []
    for where, resource in iter_resources(data):
        if isinstance(resource, ValidationError):
            batch.problems.append(RowProblem(where, str(resource)))
            continue
        if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
            batch.problems.append(RowProblem(where, "not a FHIR resource (no resourceType)"))
            continue
        kind = resource["resourceType"]
        label = f"{kind}/{resource.get('id', '?')} ({where})"
        if kind not in IMPORTED_TYPES:
            batch.ignored[kind] = batch.ignored.get(kind, 0) + 1
            if kind not in IGNORED_TYPES:
                batch.problems.append(RowProblem(label, f"{kind} is not imported"))
            continue
        problems = fhir.problems_of(resource)
        if problems:
            batch.problems.append(RowProblem(label, problems[0]))
            continue
        if not isinstance(resource.get("id"), str):
            batch.problems.append(RowProblem(label, "has no id, so a re-run could not find it"))
            continue
        try:
            if kind == "Patient":
                batch.patients.append(patient_draft(resource))
            elif kind == "Practitioner":
                batch.practitioners.append(practitioner_draft(resource))
            else:
                raw_appointments.append((label, resource))
        except ValidationError as error:
            batch.problems.append(RowProblem(label, str(error)))
    for label, resource in raw_appointments:
        try:
            batch.appointments.append(appointment_draft(resource))
        except ValidationError as error:
            batch.problems.append(RowProblem(label, str(error)))
    return batch


def _official_name(names: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    for use in ("official", "usual", None):
        for name in names:
            if use is None or name.get("use") == use:
                if name.get("use") in {"old", "maiden", "nickname", "anonymous"} and use is None:
                    continue
                return name
    return None


def patient_draft(resource: Mapping[str, Any]) -> PatientDraft:
    names = resource.get("name") or []
    official = _official_name(names)
    if official is None:
        raise ValidationError(tr("fhir import", "has no name"))
    family = (official.get("family") or "").strip()
    given = " ".join(part.strip() for part in official.get("given") or [] if part.strip())
    if not family or not given:
        raise ValidationError(tr("fhir import", "needs a family and a given name"))
    birth = fhir.parse_date(resource.get("birthDate"))
    if birth is None:
        raise ValidationError(
            tr(
                "fhir import",
                "has no full date of birth (YYYY-MM-DD), which the clinic needs to tell "
                "patients apart",
            )
        )
    # The name a patient goes by: a nickname, or a "usual" name that gives only a first name.
    nickname = next(
        (
            " ".join(n.get("given") or [])
            for n in names
            if n.get("use") == "nickname" or (n.get("use") == "usual" and not n.get("family"))
        ),
        "",
    )
    phones, email = [], ""
    for telecom in resource.get("telecom") or []:
        value = (telecom.get("value") or "").strip()
        if not value or telecom.get("use") == "old":
            continue
        if telecom.get("system") == "phone":
            kind = {"home": "home", "work": "work"}.get(telecom.get("use", ""), "mobile")
            phones.append(Phone(value, kind))
        elif telecom.get("system") == "email" and not email:
            email = value
    address = None
    for found in resource.get("address") or []:
        lines = found.get("line") or []
        address = Address(
            line1=lines[0] if lines else "",
            line2=", ".join(lines[1:]),
            city=found.get("city", ""),
            region=found.get("state", ""),
            postcode=found.get("postalCode", ""),
            country=found.get("country", ""),
        )
        break
    mrn = ""
    for identifier in resource.get("identifier") or []:
        if identifier.get("system") == fhir.MRN_SYSTEM or (
            not mrn and (identifier.get("type") or {}).get("coding", [{}])[0].get("code") == "MR"
        ):
            mrn = identifier.get("value", "")
    return PatientDraft(
        id=stable_id("Patient", resource["id"]),
        source=f"Patient/{resource['id']}",
        given=given,
        family=family,
        birth_date=birth,
        sex=Sex(resource.get("gender", "unknown")),
        preferred_name=nickname if nickname != given else "",
        phones=tuple(phones),
        email=email,
        address=address,
        mrn=mrn,
        active=resource.get("active", True) is not False,
    )


def practitioner_draft(resource: Mapping[str, Any]) -> PractitionerDraft:
    names = resource.get("name") or []
    if not names:
        raise ValidationError(tr("fhir import", "has no name"))
    name = _official_name(names) or names[0]
    text = (name.get("text") or "").strip()
    prefix = " ".join(name.get("prefix") or [])
    if not text:
        text = " ".join([*(name.get("given") or []), name.get("family") or ""]).strip()
    elif prefix and text.startswith(prefix + " "):
        text = text[len(prefix) + 1 :]
    if not text:
        raise ValidationError(tr("fhir import", "has no name to show"))
    return PractitionerDraft(
        id=stable_id("Practitioner", resource["id"]),
        source=f"Practitioner/{resource['id']}",
        name=text,
        title=prefix,
        active=resource.get("active", True) is not False,
    )


def _reference_id(reference: str, kind: str) -> str | None:
    """The id in a ``Kind/id`` reference (also the tail of an absolute URL)."""
    parts = reference.rstrip("/").split("/")
    if len(parts) >= 2 and parts[-2] == kind:
        return parts[-1]
    return None


def appointment_draft(resource: Mapping[str, Any]) -> AppointmentDraft:
    status = fhir.FHIR_TO_STATUS.get(resource["status"])
    if status is None:
        raise ValidationError(
            tr(
                "fhir import",
                "status {status!r} is not a booking the clinic keeps",
            ).format(status=resource["status"])
        )
    start = fhir.parse_instant(resource.get("start"))
    end = fhir.parse_instant(resource.get("end"))
    if start is None or end is None:
        raise ValidationError(tr("fhir import", "needs a start and an end"))
    patient = provider = room = None
    for participant in resource.get("participant") or []:
        reference = (participant.get("actor") or {}).get("reference") or ""
        patient = patient or _reference_id(reference, "Patient")
        provider = provider or _reference_id(reference, "Practitioner")
        location = _reference_id(reference, "Location")
        if location and location.startswith("room-"):
            room = location.removeprefix("room-")
    if patient is None:
        raise ValidationError(tr("fhir import", "names no Patient"))
    if provider is None:
        raise ValidationError(tr("fhir import", "names no Practitioner"))
    kind = resource.get("appointmentType") or {}
    type_name = kind.get("text") or next(
        (c.get("display") or c.get("code") for c in kind.get("coding") or []), ""
    )
    if not type_name:
        type_name = next(
            (s.get("text") for s in resource.get("serviceType") or [] if s.get("text")), ""
        )
    return AppointmentDraft(
        id=stable_id("Appointment", resource["id"]),
        source=f"Appointment/{resource['id']}",
        patient_id=stable_id("Patient", patient),
        provider_id=stable_id("Practitioner", provider),
        type_name=type_name,
        start=start,
        end=end,
        status=status,
        room_id=room,
        cancel_reason=((resource.get("cancelationReason") or {}).get("text") or ""),
        created=fhir.parse_instant(resource.get("created")),
    )
