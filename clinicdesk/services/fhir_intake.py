"""Import FHIR R4 Patients, Practitioners and Appointments, with a preview first.

One call reads the whole file, checks every resource and answers with what it would do
(``dry_run``) or did. Nothing is written when any resource is malformed: the report
names each one and why. Otherwise, in one transaction:

- a patient already here (the same stable id: a re-run) is left alone; a patient who
  may already be registered under another id (the registration rule of
  :mod:`.duplicate_patients`, and the same rule within the file) is listed and skipped
  unless the person chose to keep both;
- appointments naming a patient or practitioner that is neither in the file nor in the
  clinic are listed and skipped, never given an invented owner;
- appointments that overlap another of the provider's are kept and listed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.errors import ImportCancelledError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.patients import Patient, validate_patient_fields
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import Provider
from clinicdesk.domain.text_policy import TextKind, text_problem
from clinicdesk.interop import fhir_import
from clinicdesk.interop.fhir_import import RowProblem
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.duplicate_patients import names_alike, near_duplicates
from clinicdesk.services.lookups import require_clinic
from clinicdesk.services.phones import normalize_phone, region_for_time_zone
from clinicdesk.services.ports import UnitOfWork

IMPORTED_SPECIALTY = "unspecified"


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    source: str  # Patient/<id in the file>
    name: str
    birth_date: str
    matches: tuple[str, ...]  # ids here, or sources in the same file


@dataclass(frozen=True, slots=True)
class Clash:
    appointment_id: str
    source: str
    provider_id: str
    start: datetime
    with_ids: tuple[str, ...]


@dataclass(frozen=True)
class FhirImport:
    dry_run: bool
    committed: bool
    added: dict[str, int]
    already_here: dict[str, int]
    possible_duplicates: tuple[PossibleDuplicate, ...]
    kept_duplicates: bool
    unknown_references: tuple[RowProblem, ...]
    clashes: tuple[Clash, ...]
    problems: tuple[RowProblem, ...]
    ignored: dict[str, int] = field(default_factory=dict)


def _text_problems(draft: fhir_import.PatientDraft) -> list[str]:
    checks = [
        (draft.given, TextKind.NAME, "given name"),
        (draft.family, TextKind.NAME, "family name"),
        (draft.preferred_name, TextKind.NAME, "preferred name"),
        (draft.email, TextKind.EMAIL, "e-mail"),
        (draft.mrn, TextKind.IDENTIFIER, "record number"),
        *((phone.number, TextKind.PHONE, "phone number") for phone in draft.phones),
    ]
    if draft.address is not None:
        for part in ("line1", "line2", "city", "region", "postcode", "country"):
            checks.append((getattr(draft.address, part), TextKind.ADDRESS, "address"))
    found = []
    for value, kind, what in checks:
        problem = text_problem(value, kind)
        if problem:
            found.append(f"the {what} {problem}")
    return found


def _patient(draft: fhir_import.PatientDraft, region: str, ctx: ServiceContext) -> Patient:
    phones = []
    for phone in draft.phones:
        try:
            number = normalize_phone(phone.number, region)
        except ValidationError:
            number = phone.number  # kept as given: an old system's odd number is still a number
        phones.append(type(phone)(number, phone.kind))
    return Patient(
        id=draft.id,
        given=draft.given,
        family=draft.family,
        birth_date=draft.birth_date,
        updated_at=ctx.now(),
        preferred_name=draft.preferred_name,
        sex=draft.sex,
        phones=tuple(phones),
        email=draft.email,
        address=draft.address,
        mrn=draft.mrn,
        created_at=ctx.now(),
    )


def type_for(
    name: str, types: Sequence[AppointmentType], default_type: str
) -> AppointmentType | None:
    live = [t for t in types if not t.deleted]
    for wanted in (name, default_type):
        if not wanted:
            continue
        for found in live:
            if found.name.casefold() == wanted.casefold() or found.id == wanted:
                return found
    return None


@writes
def import_fhir(
    ctx: ServiceContext,
    data: bytes,
    *,
    dry_run: bool = False,
    keep_duplicates: bool = False,
    default_type: str = "",
    decisions: Mapping[str, str] | None = None,
    progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FhirImport:
    """Import ``data`` (a Bundle, one resource or NDJSON); see the module's rules.
    ``default_type`` names the appointment type for appointments whose own type is not
    one of the clinic's. ``decisions`` keeps ("keep") or skips ("skip") a possible
    duplicate by its source (``Patient/<id>``); the rest follow ``keep_duplicates``.
    ``progress`` hears the percent done; ``cancelled`` is asked before the commit and a
    cancel writes nothing."""
    authorize(ctx, Permission.IMPORT_DATA, AuditEvent.IMPORT_FHIR)
    if progress is not None:
        progress(0, "reading")
    batch = fhir_import.read_batch(data)
    if progress is not None:
        progress(30, "patients")
    problems = list(batch.problems)
    with ctx.write() as uow:
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        today = local_date(ctx.now(), zone)
        region = region_for_time_zone(settings.time_zone)
        added = {"Patient": 0, "Practitioner": 0, "Appointment": 0}
        already = {"Patient": 0, "Practitioner": 0, "Appointment": 0}

        existing_patients = uow.patients.get_many(d.id for d in batch.patients)
        new_patients: list[Patient] = []
        duplicates: list[PossibleDuplicate] = []
        for draft in batch.patients:
            if draft.id in existing_patients:
                already["Patient"] += 1
                continue
            text = _text_problems(draft)
            try:
                validate_patient_fields(draft.given, draft.family, draft.birth_date, today)
            except ValidationError as error:
                text.append(str(error))
            if text:
                problems.append(RowProblem(draft.source, "; ".join(text)))
                continue
            patient = _patient(draft, region, ctx)
            matches = [p.id for p in near_duplicates(uow, patient)]
            matches += [
                other.id
                for other in new_patients
                if other.birth_date == patient.birth_date
                and names_alike(patient.given, patient.family, other.given, other.family)
            ]
            if matches:
                duplicates.append(
                    PossibleDuplicate(
                        draft.source,
                        f"{draft.family}, {draft.given}",
                        draft.birth_date.isoformat(),
                        tuple(matches),
                    )
                )
                default = "keep" if keep_duplicates else "skip"
                if (decisions or {}).get(draft.source, default) != "keep":
                    continue
            new_patients.append(patient)

        providers_here = {p.id: p for p in uow.providers.list()}
        new_providers: list[Provider] = []
        for draft in batch.practitioners:
            if draft.id in providers_here:
                already["Practitioner"] += 1
                continue
            problem = text_problem(draft.name, TextKind.NAME) or text_problem(
                draft.title, TextKind.TITLE
            )
            if problem:
                problems.append(RowProblem(draft.source, f"the name {problem}"))
                continue
            new_providers.append(
                Provider(
                    id=draft.id,
                    name=draft.name,
                    specialty=IMPORTED_SPECIALTY,
                    updated_at=ctx.now(),
                    title=draft.title,
                    bookable=draft.active,
                )
            )

        known_patients = {p.id for p in new_patients} | set(
            uow.patients.get_many(a.patient_id for a in batch.appointments)
        )
        known_providers = set(providers_here) | {p.id for p in new_providers}
        rooms = {r.id for r in uow.catalog.rooms() if not r.deleted}
        types = uow.catalog.types()
        existing_appointments = {
            a.id for a in batch.appointments if uow.appointments.get(a.id) is not None
        }
        unknown: list[RowProblem] = []
        new_appointments: list[Appointment] = []
        for draft in batch.appointments:
            if draft.id in existing_appointments:
                already["Appointment"] += 1
                continue
            if draft.patient_id not in known_patients:
                unknown.append(
                    RowProblem(draft.source, "its patient is not in the clinic or the file")
                )
                continue
            if draft.provider_id not in known_providers:
                unknown.append(
                    RowProblem(draft.source, "its practitioner is not in the clinic or the file")
                )
                continue
            found_type = type_for(draft.type_name, types, default_type)
            if found_type is None:
                problems.append(
                    RowProblem(
                        draft.source,
                        f"its type {draft.type_name!r} is not one of the clinic's "
                        "(name one with --type)",
                    )
                )
                continue
            new_appointments.append(
                Appointment(
                    id=draft.id,
                    patient_id=draft.patient_id,
                    provider_id=draft.provider_id,
                    type_id=found_type.id,
                    start=draft.start,
                    end=draft.end,
                    status=draft.status,
                    urgency=Urgency.ROUTINE,
                    created_by=ctx.actor.username,
                    created_at=draft.created or ctx.now(),
                    updated_by=ctx.actor.username,
                    updated_at=ctx.now(),
                    room_id=draft.room_id if draft.room_id in rooms else None,
                    cancel_reason=draft.cancel_reason if draft.status is Status.CANCELLED else "",
                )
            )
        clashes = clashes_among(uow, new_appointments, {a.id: a.source for a in batch.appointments})

        committed = False
        if progress is not None:
            progress(70, "writing")
        if not problems and not dry_run:
            if cancelled is not None and cancelled():
                raise ImportCancelledError(
                    tr(
                        "fhir intake",
                        "Import cancelled: nothing was imported.",
                    )
                )
            if new_patients:
                uow.patients.add_many(new_patients)
            for provider in new_providers:
                uow.providers.add(provider)
            if new_appointments:
                uow.appointments.add_many(new_appointments)
            uow.audit.record(
                ctx.actor,
                AuditEvent.IMPORT_FHIR,
                object_type="import",
            )
            uow.commit()
            committed = True
    if progress is not None:
        progress(100, "done")
    added = {
        "Patient": len(new_patients),
        "Practitioner": len(new_providers),
        "Appointment": len(new_appointments),
    }
    return FhirImport(
        dry_run=dry_run,
        committed=committed,
        added=added,
        already_here=already,
        possible_duplicates=tuple(duplicates),
        kept_duplicates=keep_duplicates,
        unknown_references=tuple(unknown),
        clashes=tuple(clashes),
        problems=tuple(problems),
        ignored=dict(batch.ignored),
    )


def clashes_among(
    uow: UnitOfWork, appointments: Sequence[Appointment], sources: dict[str, str]
) -> list[Clash]:
    """Imported appointments that overlap another of their provider's (in the clinic or
    in the file): kept, and listed for a person to sort out."""
    holding = [a for a in appointments if a.holds_slot]
    if not holding:
        return []
    start = min(a.start for a in holding)
    end = max(a.end for a in holding)
    providers = sorted({a.provider_id for a in holding})
    others = uow.appointments.between(start, end, provider_ids=providers, holding_slot_only=True)
    pool = {a.id: a for a in [*others, *holding]}
    by_provider: dict[str, list[Appointment]] = {}
    for appointment in pool.values():
        by_provider.setdefault(appointment.provider_id, []).append(appointment)
    # A sweep per provider in start order (no appointment is longer than 12 hours), so a
    # year of a provider's visits is not compared pair by pair.
    overlaps: dict[str, set[str]] = {}
    for rows in by_provider.values():
        rows.sort(key=lambda a: (a.start, a.id))
        for index, appointment in enumerate(rows):
            for other in rows[index + 1 :]:
                if other.start >= appointment.end:
                    break
                overlaps.setdefault(appointment.id, set()).add(other.id)
                overlaps.setdefault(other.id, set()).add(appointment.id)
    found = []
    for appointment in sorted(holding, key=lambda a: (a.start, a.id)):
        overlapping = tuple(sorted(overlaps.get(appointment.id, ())))
        if overlapping:
            found.append(
                Clash(
                    appointment.id,
                    sources.get(appointment.id, ""),
                    appointment.provider_id,
                    appointment.start,
                    overlapping,
                )
            )
    return found
