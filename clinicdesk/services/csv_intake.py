"""Import patients, providers and appointments from another system's CSV files.

Every row is checked first and each problem listed with its file and line; when there
is any, nothing is written. Otherwise everything commits in one transaction. Rows keep
their source ids (a UUID as given, or one derived from the file's id), so a re-run
imports nothing twice. Patients who may already be registered (the registration rule,
and the same rule within the files) are listed and skipped unless kept; appointments
that overlap are kept and listed; visits after a patient's death date are flagged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.patients import Address, Patient, Phone, Sex, validate_patient_fields
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import Provider
from clinicdesk.domain.text_policy import TextKind, text_problem
from clinicdesk.interop import csv_import
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.duplicate_patients import names_alike, near_duplicates
from clinicdesk.services.fhir_intake import Clash, clashes_among, type_for
from clinicdesk.services.lookups import require_clinic

IMPORTED_SPECIALTY = "unspecified"
_SEX = {
    "f": Sex.FEMALE,
    "female": Sex.FEMALE,
    "m": Sex.MALE,
    "male": Sex.MALE,
    "o": Sex.OTHER,
    "other": Sex.OTHER,
    "": Sex.UNKNOWN,
    "u": Sex.UNKNOWN,
    "unknown": Sex.UNKNOWN,
}
_STATUS = {
    "booked": Status.BOOKED,
    "scheduled": Status.BOOKED,
    "confirmed": Status.CONFIRMED,
    "arrived": Status.ARRIVED,
    "in_room": Status.IN_ROOM,
    "completed": Status.COMPLETED,
    "finished": Status.COMPLETED,
    "attended": Status.COMPLETED,
    "cancelled": Status.CANCELLED,
    "canceled": Status.CANCELLED,
    "noshow": Status.NO_SHOW,
    "no_show": Status.NO_SHOW,
    "no-show": Status.NO_SHOW,
    "dna": Status.NO_SHOW,
}


@dataclass(frozen=True, slots=True)
class CsvProblem:
    where: str  # "patients.csv line 12"
    reason: str


@dataclass(frozen=True, slots=True)
class CsvFileReport:
    name: str
    kind: str
    encoding: str
    delimiter: str
    mapping: dict[str, str]  # field -> header used
    rows: int


@dataclass(frozen=True)
class CsvImport:
    dry_run: bool
    committed: bool
    files: tuple[CsvFileReport, ...]
    added: dict[str, int]
    already_here: dict[str, int]
    possible_duplicates: tuple[CsvProblem, ...]
    clashes: tuple[Clash, ...]
    after_death: tuple[CsvProblem, ...]
    problems: tuple[CsvProblem, ...]


def _patient_problems(row: Mapping[str, str]) -> list[str]:
    found = []
    for field, kind in (
        ("given", TextKind.NAME),
        ("middle", TextKind.NAME),
        ("family", TextKind.NAME),
        ("preferred_name", TextKind.NAME),
        ("email", TextKind.EMAIL),
        ("phone", TextKind.PHONE),
        ("address", TextKind.NOTE),
        ("city", TextKind.ADDRESS),
        ("region", TextKind.ADDRESS),
        ("postcode", TextKind.ADDRESS),
        ("source_id", TextKind.IDENTIFIER),
    ):
        problem = text_problem(row.get(field, ""), kind)
        if problem:
            found.append(f"the {field.replace('_', ' ')} {problem}")
    return found


@writes
def import_csv(
    ctx: ServiceContext,
    files: Sequence[tuple[str, bytes]],
    *,
    mappings: Mapping[str, Mapping[str, str]] | None = None,
    dry_run: bool = False,
    keep_duplicates: bool = False,
    default_type: str = "",
) -> CsvImport:
    """Import ``files`` ((name, bytes)); ``mappings`` maps a kind to field -> header."""
    authorize(ctx, Permission.IMPORT_DATA, AuditEvent.IMPORT_CSV)
    tables = []
    for name, data in files:
        tables.append(_table(name, data, mappings or {}))
    order = {kind: index for index, kind in enumerate(csv_import.KINDS)}
    tables.sort(key=lambda t: order[t.kind])
    problems: list[CsvProblem] = []
    duplicates: list[CsvProblem] = []
    after_death: list[CsvProblem] = []
    added = {kind: 0 for kind in csv_import.KINDS}
    already = {kind: 0 for kind in csv_import.KINDS}
    reports = []
    with ctx.write() as uow:
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        today = local_date(ctx.now(), zone)
        check_store = uow.patients.count() > 0
        new_patients: dict[str, Patient] = {}
        deaths: dict[str, date] = {}
        # Patients of the files by birth date: the within-file duplicate check looks at
        # the few born the same day, not at every row before.
        born_on: dict[date, list[Patient]] = {}
        providers_here = {p.id: p for p in uow.providers.list()}
        new_providers: dict[str, Provider] = {}
        new_appointments: list[Appointment] = []
        sources: dict[str, str] = {}
        types = uow.catalog.types()
        for table in tables:
            count = 0
            for line, row in table.rows():
                count += 1
                where = f"{table.name} line {line}"
                if table.kind == "patients":
                    _patient_row(
                        uow,
                        ctx,
                        row,
                        where,
                        today,
                        check_store,
                        keep_duplicates,
                        new_patients,
                        deaths,
                        problems,
                        duplicates,
                        already,
                        born_on,
                    )
                elif table.kind == "providers":
                    identifier = csv_import.source_uuid("providers", row["source_id"])
                    if identifier in providers_here or identifier in new_providers:
                        already["providers"] += 1
                        continue
                    problem = text_problem(row["name"], TextKind.NAME) or text_problem(
                        row.get("specialty", ""), TextKind.NAME
                    )
                    if not row["name"] or problem:
                        problems.append(CsvProblem(where, f"the name {problem or 'is empty'}"))
                        continue
                    new_providers[identifier] = Provider(
                        id=identifier,
                        name=row["name"],
                        specialty=row.get("specialty") or IMPORTED_SPECIALTY,
                        updated_at=ctx.now(),
                        title=row.get("title", ""),
                    )
                else:
                    made = _appointment_row(
                        uow,
                        ctx,
                        row,
                        where,
                        zone,
                        today,
                        types,
                        default_type,
                        new_patients,
                        providers_here,
                        new_providers,
                        problems,
                        already,
                    )
                    if made is not None:
                        new_appointments.append(made)
                        sources[made.id] = where
                        died = deaths.get(made.patient_id)
                        if died is not None and local_date(made.start, zone) > died:
                            after_death.append(
                                CsvProblem(
                                    where, f"the visit is after the patient's death ({died})"
                                )
                            )
            reports.append(
                CsvFileReport(
                    table.name,
                    table.kind,
                    table.encoding,
                    table.delimiter,
                    {field: table.header[index] for field, index in table.mapping.items()},
                    count,
                )
            )
        clashes = clashes_among(uow, new_appointments, sources)
        added = {
            "patients": len(new_patients),
            "providers": len(new_providers),
            "appointments": len(new_appointments),
        }
        committed = False
        if not problems and not dry_run:
            with uow.bulk_load():
                uow.patients.add_many(new_patients.values())
                for provider in new_providers.values():
                    uow.providers.add(provider)
                uow.appointments.add_many(new_appointments)
            uow.audit.record(ctx.actor, AuditEvent.IMPORT_CSV, object_type="import")
            uow.commit()
            committed = True
    return CsvImport(
        dry_run,
        committed,
        tuple(reports),
        added,
        already,
        tuple(duplicates),
        tuple(clashes),
        tuple(after_death),
        tuple(problems),
    )


def _table(
    name: str, data: bytes, mappings: Mapping[str, Mapping[str, str]]
) -> csv_import.CsvTable:
    """The file read with the mapping of its kind: the kind from the headers, or the
    first kind whose mapping fits the file's columns."""
    try:
        table = csv_import.read_table(name, data)
    except ValidationError:
        for kind, mapping in mappings.items():
            try:
                return csv_import.read_table(name, data, kind=kind, mapping=mapping)
            except ValidationError:
                continue
        raise
    if table.kind in mappings:
        return csv_import.read_table(name, data, kind=table.kind, mapping=mappings[table.kind])
    return table


def _patient_row(  # noqa: PLR0917
    uow: object,
    ctx: ServiceContext,
    row: Mapping[str, str],
    where: str,
    today: date,
    check_store: bool,
    keep_duplicates: bool,
    new_patients: dict[str, Patient],
    deaths: dict[str, date],
    problems: list[CsvProblem],
    duplicates: list[CsvProblem],
    already: dict[str, int],
    born_on: dict[date, list[Patient]],
) -> None:
    identifier = csv_import.source_uuid("patients", row["source_id"])
    if identifier in new_patients or uow.patients.get(identifier) is not None:  # type: ignore[attr-defined]
        already["patients"] += 1
        return
    found = _patient_problems(row)
    birth = csv_import.parse_day(row["birth_date"])
    if birth is None:
        found.append(f"the date of birth {row['birth_date']!r} is not a date (YYYY-MM-DD)")
    sex = _SEX.get(row.get("sex", "").strip().lower())
    if sex is None:
        found.append(f"the sex {row.get('sex')!r} is not F, M, O or U")
    given = " ".join(part for part in (row["given"], row.get("middle", "")) if part)
    if birth is not None and not found:
        try:
            validate_patient_fields(given, row["family"], birth, today)
        except ValidationError as error:
            found.append(str(error))
    if found:
        problems.append(CsvProblem(where, "; ".join(found)))
        return
    assert birth is not None and sex is not None
    address = None
    if any(row.get(f) for f in ("address", "city", "region", "postcode")):
        # A quoted address may span lines: the first is line 1, the rest line 2.
        lines = [part.strip() for part in row.get("address", "").splitlines() if part.strip()]
        address = Address(
            line1=lines[0] if lines else "",
            line2=", ".join(lines[1:]),
            city=row.get("city", ""),
            region=row.get("region", ""),
            postcode=row.get("postcode", ""),
        )
    patient = Patient(
        id=identifier,
        given=given,
        family=row["family"],
        birth_date=birth,
        updated_at=ctx.now(),
        preferred_name=row.get("preferred_name", ""),
        sex=sex,
        phones=(Phone(row["phone"]),) if row.get("phone") else (),
        email=row.get("email", ""),
        address=address,
        mrn=row["source_id"][:200],
        created_at=ctx.now(),
    )
    same_day = born_on.setdefault(birth, [])
    matches = [
        other.id
        for other in same_day
        if names_alike(given, row["family"], other.given, other.family)
    ]
    if check_store:
        matches += [p.id for p in near_duplicates(uow, patient)]  # type: ignore[arg-type]
    if matches:
        duplicates.append(CsvProblem(where, f"may already be registered as {', '.join(matches)}"))
        if not keep_duplicates:
            return
    new_patients[identifier] = patient
    same_day.append(patient)
    died = csv_import.parse_day(row.get("death_date", ""))
    if died is not None:
        deaths[identifier] = died


def _appointment_row(  # noqa: PLR0917
    uow: object,
    ctx: ServiceContext,
    row: Mapping[str, str],
    where: str,
    zone: object,
    today: date,
    types: Sequence[object],
    default_type: str,
    new_patients: Mapping[str, Patient],
    providers_here: Mapping[str, Provider],
    new_providers: Mapping[str, Provider],
    problems: list[CsvProblem],
    already: dict[str, int],
) -> Appointment | None:
    identifier = csv_import.source_uuid("appointments", row["source_id"])
    if uow.appointments.get(identifier) is not None:  # type: ignore[attr-defined]
        already["appointments"] += 1
        return None
    found = []
    start = csv_import.parse_moment(row["start"], zone)  # type: ignore[arg-type]
    end = csv_import.parse_moment(row["end"], zone)  # type: ignore[arg-type]
    if start is None or end is None:
        found.append("the start and end must be date-times (YYYY-MM-DDTHH:MM)")
    elif end <= start:
        found.append("it ends before it starts")
    elif (end - start).total_seconds() > 12 * 3600:
        found.append("it is longer than 12 hours")
    patient_id = csv_import.source_uuid("patients", row["patient"])
    if patient_id not in new_patients and uow.patients.get(patient_id) is None:  # type: ignore[attr-defined]
        found.append(f"its patient {row['patient']!r} is not in the files or the clinic")
    provider_id = csv_import.source_uuid("providers", row["provider"])
    if provider_id not in providers_here and provider_id not in new_providers:
        found.append(f"its provider {row['provider']!r} is not in the files or the clinic")
    chosen = type_for(row.get("type", ""), types, default_type)  # type: ignore[arg-type]
    if chosen is None:
        found.append(f"its type {row.get('type', '')!r} is not one of the clinic's (--type)")
    status_text = row.get("status", "").strip().lower()
    status = _STATUS.get(status_text) if status_text else None
    if status_text and status is None:
        found.append(f"the status {row.get('status')!r} is not one the clinic knows")
    if found:
        problems.append(CsvProblem(where, "; ".join(found)))
        return None
    assert start is not None and end is not None and chosen is not None
    if status is None:
        status = Status.COMPLETED if local_date(end, zone) < today else Status.BOOKED  # type: ignore[arg-type]
    return Appointment(
        id=identifier,
        patient_id=patient_id,
        provider_id=provider_id,
        type_id=chosen.id,
        start=start,
        end=end,
        status=status,
        urgency=Urgency.ROUTINE,
        created_by=ctx.actor.username,
        created_at=ctx.now(),
        updated_by=ctx.actor.username,
        updated_at=ctx.now(),
    )


def parse_mapping_file(data: bytes) -> dict[str, dict[str, str]]:
    """A mapping file: JSON ``{"patients": {"given": "Forename", ...}, ...}``."""
    import json

    try:
        found = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(tr(
            "csv intake",
            "The mapping file is not JSON: {error}.",
        ).format(error=error)) from error
    if not isinstance(found, dict) or not all(
        kind in csv_import.KINDS
        and isinstance(fields, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in fields.items())
        for kind, fields in found.items()
    ):
        raise ValidationError(
            tr(
                "csv intake",
                'The mapping file must look like {"patients": {"given": "Forename"}}, with '
                "kinds patients, providers or appointments.",
            )
        )
    return found
