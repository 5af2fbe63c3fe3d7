"""Import patients, providers and appointments from another system's CSV files.

Every row is checked first and each problem listed with its file and line; when there
is any, nothing is written. Otherwise everything commits in one transaction. Rows keep
their source ids (a UUID as given, or one derived from the file's id), so a re-run
imports nothing twice. Patients who may already be registered (the registration rule,
and the same rule within the files) are listed, and each is resolved as the person
decided: skipped, kept as a second patient, or merged into the one it matches (the
source id then points at that patient, so a re-run finds it); appointments that overlap
are kept and listed; visits after a patient's death date are flagged.

The checks are set-based so a clinic's whole history imports in one go: rows are parsed
into plain records, then which ids are already taken, which patients may be registered
and which references resolve are each answered by one pass over the store, not a query
per row; the rows are written through the store's bulk path. ``progress`` hears how far
it is, and ``cancelled`` is asked between steps: a cancel rolls everything back.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.errors import ImportCancelledError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.patients import Address, Patient, Phone, Sex, validate_patient_fields
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import Provider
from clinicdesk.domain.text_policy import TextKind, text_problem
from clinicdesk.interop import csv_import
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.duplicate_patients import DuplicateIndex
from clinicdesk.services.fhir_intake import Clash, clashes_among, type_for
from clinicdesk.services.lookups import require_clinic
from clinicdesk.services.patient_merge import MERGE_FIELDS, merged_patient
from clinicdesk.services.ports import UnitOfWork

IMPORTED_SPECIALTY = "unspecified"
# Below this many new rows the ordinary inserts are cheaper than rebuilding every index.
BULK_FROM_ROWS = 5_000
WRITE_CHUNK = 50_000
CHECK_EVERY = 5_000
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
DUPLICATE_ACTIONS = ("skip", "keep", "merge")

Progress = Callable[[int, str], None]  # percent done, what is being done


@dataclass(frozen=True, slots=True)
class CsvProblem:
    where: str  # "patients.csv line 12"
    reason: str


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with one possible duplicate: ``skip`` it, ``keep`` both, or ``merge``
    it into ``into`` (a patient here, or another row's source id; default: the first
    match), taking the file's value for the fields in ``take`` (the rest keep what is on
    file, blanks filled from the file)."""

    action: str
    into: str = ""
    take: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CsvDuplicate:
    where: str
    reason: str
    source_id: str  # the row's id in its file: what a decision names
    name: str
    birth_date: str
    matches: tuple[str, ...]  # patient ids (here, or new from the files)
    match_names: tuple[str, ...]
    decision: str  # skip, keep or merge
    into: str = ""  # the patient merged into


@dataclass(frozen=True, slots=True)
class CsvFileReport:
    name: str
    kind: str
    encoding: str
    delimiter: str
    mapping: dict[str, str]  # field -> header used
    rows: int
    header: tuple[str, ...] = ()


@dataclass(frozen=True)
class CsvImport:
    dry_run: bool
    committed: bool
    files: tuple[CsvFileReport, ...]
    added: dict[str, int]
    already_here: dict[str, int]
    possible_duplicates: tuple[CsvDuplicate, ...]
    clashes: tuple[Clash, ...]
    after_death: tuple[CsvProblem, ...]
    problems: tuple[CsvProblem, ...]
    merged: int = 0
    skipped: tuple[CsvProblem, ...] = ()  # visits of patients skipped as duplicates


_PATIENT_TEXT = (
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
)


def _patient_problems(row: Mapping[str, str]) -> list[str]:
    found = []
    for field, kind in _PATIENT_TEXT:
        value = row.get(field, "")
        if not value:
            continue
        problem = text_problem(value, kind)
        if problem:
            found.append(f"the {field.replace('_', ' ')} {problem}")
    return found


@dataclass
class _Run:
    """The state of one import while its rows are checked."""

    ctx: ServiceContext
    uow: UnitOfWork
    zone: tzinfo
    today: date
    progress: Progress | None
    cancelled: Callable[[], bool] | None
    problems: list[CsvProblem] = dataclasses.field(default_factory=list)
    already: dict[str, int] = dataclasses.field(
        default_factory=lambda: dict.fromkeys(csv_import.KINDS, 0)
    )

    def step(self, percent: int, what: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelledError(
                tr(
                    "csv intake",
                    "Import cancelled: nothing was imported.",
                )
            )
        if self.progress is not None:
            self.progress(percent, what)


_Row = tuple[int, int, dict[str, str]]  # file index, line, field -> value


@dataclass
class _PatientRow:
    where: str
    source_id: str
    patient: Patient
    died: date | None


@writes
def import_csv(
    ctx: ServiceContext,
    files: Sequence[tuple[str, bytes]],
    *,
    mappings: Mapping[str, Mapping[str, str]] | None = None,
    dry_run: bool = False,
    keep_duplicates: bool = False,
    duplicates: str = "skip",
    decisions: Mapping[str, Decision] | None = None,
    default_type: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CsvImport:
    """Import ``files`` ((name, bytes)); ``mappings`` maps a kind to field -> header.

    A possible duplicate is handled as ``decisions`` says for its row's source id, else
    as ``duplicates`` (skip, keep or merge; ``keep_duplicates`` means keep).
    """
    authorize(ctx, Permission.IMPORT_DATA, AuditEvent.IMPORT_CSV)
    default = "keep" if keep_duplicates else duplicates
    if default not in DUPLICATE_ACTIONS:
        raise ValidationError(
            tr(
                "csv intake",
                "Duplicates are skip, keep or merge, not {duplicates!r}.",
            ).format(duplicates=duplicates)
        )
    tables = []
    unmapped: list[CsvProblem] = []
    for name, data in files:
        try:
            tables.append(_table(name, data, mappings or {}))
        except csv_import.MissingColumnsError as error:
            # Listed with the columns found, so the person can choose the missing ones.
            tables.append(error.table)
            unmapped.append(
                CsvProblem(
                    name,
                    f"no column for {', '.join(error.missing)}: choose them under Columns "
                    "(or give a mapping file)",
                )
            )
    order = {kind: index for index, kind in enumerate(csv_import.KINDS)}
    tables.sort(key=lambda t: order[t.kind])
    with ctx.write() as uow:
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        run = _Run(ctx, uow, zone, local_date(ctx.now(), zone), progress, cancelled, unmapped)
        run.step(0, "reading")
        rows: dict[str, list[_Row]] = {kind: [] for kind in csv_import.KINDS}
        counts = [0] * len(tables)
        for index, table in enumerate(tables):
            if table.kind != "appointments":  # those are read row by row further on
                rows[table.kind] += [(index, line, row) for line, row in table.rows()]
                counts[index] = len(rows[table.kind])
        run.step(10, "patients")
        names = [t.name for t in tables]
        patient_rows = _patient_rows(run, rows["patients"], names)
        outcome = _resolve_patients(run, patient_rows, default, decisions or {})
        del patient_rows
        run.step(30, "providers")
        providers_here = {p.id: p for p in uow.providers.list()}
        new_providers = _providers(run, rows["providers"], names, providers_here)
        del rows
        run.step(35, "appointments")
        known_providers = set(providers_here) | set(new_providers)
        new_appointments, lines, skipped = _appointments(
            run, tables, counts, default_type, outcome, known_providers
        )
        reports = [
            CsvFileReport(
                table.name,
                table.kind,
                table.encoding,
                table.delimiter,
                {field: table.header[index] for field, index in table.mapping.items()},
                count,
                table.header,
            )
            for table, count in zip(tables, counts, strict=True)
        ]
        del tables
        run.step(60, "clashes")
        clashes = [
            dataclasses.replace(clash, source=lines.where(clash.appointment_id))
            for clash in clashes_among(uow, new_appointments, {})
        ]
        after_death = _after_death(new_appointments, lines, outcome.deaths, zone)
        committed = False
        if not run.problems and not dry_run:
            _write(run, outcome, new_providers, new_appointments)
            uow.audit.record(ctx.actor, AuditEvent.IMPORT_CSV, object_type="import")
            run.step(99, "committing")
            uow.commit()
            committed = True
        run.step(100, "done")
    return CsvImport(
        dry_run,
        committed,
        tuple(reports),
        {
            "patients": len(outcome.new),
            "providers": len(new_providers),
            "appointments": len(new_appointments),
        },
        run.already,
        tuple(outcome.duplicates),
        tuple(clashes),
        tuple(after_death),
        tuple(run.problems),
        len(outcome.links),
        tuple(skipped),
    )


def csv_fields(kind: str) -> list[str]:
    """The fields a file of ``kind`` can fill, in the order a person reads them."""
    return list(csv_import.FIELD_NAMES[kind])


def _table(
    name: str, data: bytes, mappings: Mapping[str, Mapping[str, str]]
) -> csv_import.CsvTable:
    """The file read with the mapping of its kind: the kind from the headers, or the
    first kind whose mapping fits the file's columns."""
    try:
        table = csv_import.read_table(name, data)
    except csv_import.MissingColumnsError as error:
        kind = error.table.kind
        if kind in mappings:
            return csv_import.read_table(name, data, kind=kind, mapping=mappings[kind])
        raise
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


def _patient_rows(run: _Run, rows: Sequence[_Row], names: Sequence[str]) -> list[_PatientRow]:
    """Each row checked on its own (text, dates, sex) into a Patient, or a problem."""
    made: list[_PatientRow] = []
    now = run.ctx.now()
    for count, (file_index, line, row) in enumerate(rows):
        if count % CHECK_EVERY == 0:
            run.step(10 + 15 * count // max(len(rows), 1), "patients")
        where = f"{names[file_index]} line {line}"
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
                validate_patient_fields(given, row["family"], birth, run.today)
            except ValidationError as error:
                found.append(str(error))
        if found:
            run.problems.append(CsvProblem(where, "; ".join(found)))
            continue
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
            id=csv_import.source_uuid("patients", row["source_id"]),
            given=given,
            family=row["family"],
            birth_date=birth,
            updated_at=now,
            preferred_name=row.get("preferred_name", ""),
            sex=sex,
            phones=(Phone(row["phone"]),) if row.get("phone") else (),
            email=row.get("email", ""),
            address=address,
            mrn=row["source_id"][:200],
            created_at=now,
        )
        made.append(
            _PatientRow(
                where, row["source_id"], patient, csv_import.parse_day(row.get("death_date", ""))
            )
        )
    return made


@dataclass
class _PatientOutcome:
    new: dict[str, Patient]
    # source uuid -> the patient id its rows become (new, here, or merged into)
    target: dict[str, str]
    skipped: set[str]
    links: dict[str, str]  # source uuid -> patient merged into
    updates: dict[str, Patient]  # patients here changed by a merge
    duplicates: list[CsvDuplicate]
    deaths: dict[str, date]


def _resolve_patients(
    run: _Run,
    rows: Sequence[_PatientRow],
    default: str,
    decisions: Mapping[str, Decision],
) -> _PatientOutcome:
    """Re-runs found, then each row compared with the clinic and the rows before it by
    the registration's duplicate rule, and resolved as the person decided."""
    uow = run.uow
    ids = [r.patient.id for r in rows]
    taken = uow.patients.existing_ids(ids)
    linked = uow.patients.source_links(ids)
    outcome = _PatientOutcome({}, dict(linked), set(), {}, {}, [], {})
    for identifier in taken:
        outcome.target[identifier] = identifier
    index = DuplicateIndex()
    names: dict[str, str] = {}
    fresh = [r for r in rows if r.patient.id not in taken and r.patient.id not in linked]
    run.already["patients"] += len(rows) - len(fresh)
    if fresh and uow.patients.count() > 0:
        for listing in uow.patients.identities():
            index.add(listing.id, listing.given, listing.family, listing.birth_date, listing.phones)
            names[listing.id] = f"{listing.family}, {listing.given}"
    run.step(25, "duplicates")
    for row in fresh:
        patient = row.patient
        if patient.id in outcome.new or patient.id in outcome.target:
            run.already["patients"] += 1  # the same id twice in the files
            continue
        numbers = [p.number for p in patient.phones]
        matches = index.matches(patient.given, patient.family, patient.birth_date, numbers)
        action = "keep"
        into = ""
        if matches:
            decision = decisions.get(row.source_id) or Decision(default)
            action = decision.action
            if action == "merge":
                into = _merge_target(decision, matches, outcome)
                if into not in matches:
                    run.problems.append(
                        CsvProblem(row.where, f"cannot merge into {into!r}: it is not a match")
                    )
                    continue
                _merge(run, outcome, row, into, decision.take)
            outcome.duplicates.append(
                CsvDuplicate(
                    row.where,
                    f"may already be registered as {', '.join(matches)}",
                    row.source_id,
                    f"{patient.family}, {patient.given}",
                    patient.birth_date.isoformat(),
                    tuple(matches),
                    tuple(names.get(m, "") for m in matches),
                    action,
                    into,
                )
            )
            if action == "skip":
                outcome.skipped.add(patient.id)
                continue
            if action == "merge":
                continue
        outcome.new[patient.id] = patient
        outcome.target[patient.id] = patient.id
        names[patient.id] = f"{patient.family}, {patient.given}"
        index.add(patient.id, patient.given, patient.family, patient.birth_date, numbers)
        if row.died is not None:
            outcome.deaths[patient.id] = row.died
    return outcome


def _merge_target(decision: Decision, matches: Sequence[str], outcome: _PatientOutcome) -> str:
    if not decision.into:
        return matches[0]
    # Another row of the files may be named by its own id in that file.
    derived = csv_import.source_uuid("patients", decision.into)
    return outcome.target.get(derived, decision.into)


def _merge(
    run: _Run, outcome: _PatientOutcome, row: _PatientRow, into: str, take: frozenset[str]
) -> None:
    """``row`` becomes part of ``into`` (new from the files, or here), keeping what the
    person chose; its source id points at ``into`` so a re-run imports it no more."""
    if into in outcome.new:
        outcome.new[into] = merged_patient(outcome.new[into], row.patient, take, run.ctx.now())
    else:
        current = outcome.updates.get(into) or run.uow.patients.get(into)
        if current is None:
            raise ValidationError(
                tr(
                    "csv intake",
                    "{where}: the patient {into} to merge into is gone.",
                ).format(where=row.where, into=into)
            )
        outcome.updates[into] = merged_patient(current, row.patient, take, run.ctx.now())
    outcome.links[row.patient.id] = into
    outcome.target[row.patient.id] = into


def _providers(
    run: _Run,
    rows: Sequence[_Row],
    names: Sequence[str],
    providers_here: Mapping[str, Provider],
) -> dict[str, Provider]:
    made: dict[str, Provider] = {}
    for file_index, line, row in rows:
        where = f"{names[file_index]} line {line}"
        identifier = csv_import.source_uuid("providers", row["source_id"])
        if identifier in providers_here or identifier in made:
            run.already["providers"] += 1
            continue
        problem = text_problem(row["name"], TextKind.NAME) or text_problem(
            row.get("specialty", ""), TextKind.NAME
        )
        if not row["name"] or problem:
            run.problems.append(CsvProblem(where, f"the name {problem or 'is empty'}"))
            continue
        made[identifier] = Provider(
            id=identifier,
            name=row["name"],
            specialty=row.get("specialty") or IMPORTED_SPECIALTY,
            updated_at=run.ctx.now(),
            title=row.get("title", ""),
        )
    return made


class _Lines:
    """Where each new appointment came from (file and line), without a string per row."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = names
        self.position: dict[str, int] = {}  # appointment id -> index in the lists below
        self.files = array("H")
        self.lines = array("L")

    def add(self, identifier: str, file_index: int, line: int) -> None:
        self.position[identifier] = len(self.files)
        self.files.append(file_index)
        self.lines.append(line)

    def where(self, identifier: str) -> str:
        at = self.position.get(identifier)
        if at is None:
            return ""
        return f"{self.names[self.files[at]]} line {self.lines[at]}"


def _appointments(  # noqa: PLR0917
    run: _Run,
    tables: Sequence[csv_import.CsvTable],
    counts: list[int],
    default_type: str,
    outcome: _PatientOutcome,
    known_providers: set[str],
) -> tuple[list[Appointment], _Lines, list[CsvProblem]]:
    """Every appointment row read and checked once, holding the appointment made, not
    the row; then ids already here and patients here found in one pass each. Answers
    the new appointments, where each came from, and the visits of patients skipped as
    duplicates."""
    types = run.uow.catalog.types()
    type_cache: dict[str, AppointmentType | None] = {}
    now = run.ctx.now()
    user = run.ctx.actor.username
    lines = _Lines([t.name for t in tables])
    providers: dict[str, str] = {}  # the file's id -> stable id, each worked out once
    patients: dict[str, str] = {}
    named: dict[str, str] = {}  # a patient's stable id -> the file's id, for messages

    def stable(kind: str, known: dict[str, str], source_id: str) -> str:
        found = known.get(source_id)
        if found is None:
            found = known[source_id] = csv_import.source_uuid(kind, source_id)
            if known is patients:
                named[found] = source_id
        return found

    made: list[Appointment] = []
    seen: set[str] = set()
    # Lines, not rows (a quoted field may hold a line break): close enough for a bar.
    total = sum(t.text.count("\n") for t in tables if t.kind == "appointments") or 1
    read = 0
    for file_index, table in enumerate(tables):
        if table.kind != "appointments":
            continue
        for line, row in table.rows():
            counts[file_index] += 1
            read += 1
            if read % CHECK_EVERY == 0:
                run.step(35 + 20 * min(read, total) // total, "appointments")
            identifier = csv_import.source_uuid("appointments", row["source_id"])
            if identifier in seen:
                run.already["appointments"] += 1
                continue
            where = f"{table.name} line {line}"
            found = []
            start = csv_import.parse_moment(row["start"], run.zone)  # type: ignore[arg-type]
            end = csv_import.parse_moment(row["end"], run.zone)  # type: ignore[arg-type]
            if start is None or end is None:
                found.append("the start and end must be date-times (YYYY-MM-DDTHH:MM)")
            elif end <= start:
                found.append("it ends before it starts")
            elif (end - start).total_seconds() > 12 * 3600:
                found.append("it is longer than 12 hours")
            provider_id = stable("providers", providers, row["provider"])
            if provider_id not in known_providers:
                found.append(f"its provider {row['provider']!r} is not in the files or the clinic")
            type_name = row.get("type", "")
            if type_name not in type_cache:
                type_cache[type_name] = type_for(type_name, types, default_type)
            chosen = type_cache[type_name]
            if chosen is None:
                found.append(f"its type {type_name!r} is not one of the clinic's (--type)")
            status_text = row.get("status", "").strip().lower()
            status = _STATUS.get(status_text) if status_text else None
            if status_text and status is None:
                found.append(f"the status {row.get('status')!r} is not one the clinic knows")
            if found:
                run.problems.append(CsvProblem(where, "; ".join(found)))
                continue
            assert start is not None and end is not None and chosen is not None
            if status is None:
                status = (
                    Status.COMPLETED if local_date(end, run.zone) < run.today else Status.BOOKED
                )  # type: ignore[arg-type]
            seen.add(identifier)
            lines.add(identifier, file_index, line)
            made.append(
                Appointment(
                    id=identifier,
                    # The patient's stable source id for now: resolved below, in one pass.
                    patient_id=stable("patients", patients, row["patient"]),
                    provider_id=provider_id,
                    type_id=chosen.id,
                    start=start,
                    end=end,
                    status=status,
                    urgency=Urgency.ROUTINE,
                    created_by=user,
                    created_at=now,
                    updated_by=user,
                    updated_at=now,
                )
            )
    return _resolve_appointments(run, made, lines, outcome, named)


def _resolve_appointments(
    run: _Run,
    made: list[Appointment],
    lines: _Lines,
    outcome: _PatientOutcome,
    named: Mapping[str, str],
) -> tuple[list[Appointment], _Lines, list[CsvProblem]]:
    """Ids already here dropped, each patient source id turned into the patient it is
    (new, here, or merged into), visits of skipped patients listed apart."""
    uow = run.uow
    run.step(55, "appointments")
    taken = uow.appointments.existing_ids(a.id for a in made)
    patient_sources = {a.patient_id for a in made}
    unresolved = patient_sources - outcome.target.keys() - outcome.skipped
    here = uow.patients.existing_ids(unresolved) if unresolved else set()
    here_links = uow.patients.source_links(unresolved - here) if unresolved else {}
    target = {**outcome.target, **{p: p for p in here}, **here_links}
    kept: list[Appointment] = []
    skipped: list[CsvProblem] = []
    for appointment in made:
        if appointment.id in taken:
            run.already["appointments"] += 1
            continue
        source = appointment.patient_id
        if source in outcome.skipped:
            skipped.append(
                CsvProblem(
                    lines.where(appointment.id), "its patient was skipped as a possible duplicate"
                )
            )
            continue
        patient_id = target.get(source)
        if patient_id is None:
            run.problems.append(
                CsvProblem(
                    lines.where(appointment.id),
                    f"its patient {named.get(source, source)!r} is not in the files or the clinic",
                )
            )
            continue
        if patient_id != source:
            appointment = dataclasses.replace(appointment, patient_id=patient_id)  # noqa: PLW2901
        kept.append(appointment)
    return kept, lines, skipped


def _after_death(
    appointments: Sequence[Appointment],
    lines: _Lines,
    deaths: Mapping[str, date],
    zone: tzinfo,
) -> list[CsvProblem]:
    if not deaths:
        return []
    found = []
    for appointment in appointments:
        died = deaths.get(appointment.patient_id)
        if died is not None and local_date(appointment.start, zone) > died:  # type: ignore[arg-type]
            found.append(
                CsvProblem(
                    lines.where(appointment.id), f"the visit is after the patient's death ({died})"
                )
            )
    return found


def _write(
    run: _Run,
    outcome: _PatientOutcome,
    providers: Mapping[str, Provider],
    appointments: Sequence[Appointment],
) -> None:
    """Everything into the open transaction, in chunks so progress and cancel are heard."""
    uow = run.uow
    for patient in outcome.updates.values():
        uow.patients.update(patient)
    for provider in providers.values():
        uow.providers.add(provider)
    patients = list(outcome.new.values())
    total = len(patients) + len(appointments)
    if total >= BULK_FROM_ROWS:
        with uow.bulk_load():
            _add_in_chunks(run, patients, appointments, total)
            run.step(95, "indexing")
    else:
        _add_in_chunks(run, patients, appointments, total)
    if outcome.links:
        uow.patients.link_sources(outcome.links.items(), run.ctx.now())


def _add_in_chunks(
    run: _Run, patients: Sequence[Patient], appointments: Sequence[Appointment], total: int
) -> None:
    done = 0
    for items, add in (
        (patients, run.uow.patients.add_many),
        (appointments, run.uow.appointments.add_many),
    ):
        for offset in range(0, len(items), WRITE_CHUNK):
            run.step(60 + 35 * done // max(total, 1), "writing")
            chunk = items[offset : offset + WRITE_CHUNK]
            add(chunk)  # type: ignore[operator]
            done += len(chunk)


def _as_decision(value: object) -> Decision | None:
    if isinstance(value, str) and value in DUPLICATE_ACTIONS:
        return Decision(value)
    if isinstance(value, dict) and set(value) <= {"action", "into", "take"}:
        action = value.get("action", "merge")
        into = value.get("into", "")
        take = value.get("take", [])
        if (
            action in DUPLICATE_ACTIONS
            and isinstance(into, str)
            and isinstance(take, list)
            and all(field in MERGE_FIELDS for field in take)
        ):
            return Decision(str(action), into, frozenset(take))
    return None


def parse_decisions_file(data: bytes) -> dict[str, Decision]:
    """A decisions file: JSON ``{"<row id>": "skip" | "keep" | "merge" | {"action":
    "merge", "into": "<patient id>", "take": ["phones", "email"]}}``."""
    import json

    try:
        found = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(
            tr(
                "csv intake",
                "The decisions file is not JSON: {error}.",
            ).format(error=error)
        ) from error
    if not isinstance(found, dict):
        raise ValidationError(
            tr(
                "csv intake",
                'The decisions file must look like {"row id": "merge"}.',
            )
        )
    decisions = {}
    for key, value in found.items():
        decision = _as_decision(value)
        if decision is None:
            raise ValidationError(
                tr(
                    "csv intake",
                    'The decision for {key!r} must be skip, keep or merge, or {{"action": '
                    '"merge", "into": "<patient id>", "take": [fields]}} with fields among '
                    "{join}.",
                ).format(key=key, join=", ".join(MERGE_FIELDS))
            )
        decisions[str(key)] = decision
    return decisions


def parse_mapping_file(data: bytes) -> dict[str, dict[str, str]]:
    """A mapping file: JSON ``{"patients": {"given": "Forename", ...}, ...}``."""
    import json

    try:
        found = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(
            tr(
                "csv intake",
                "The mapping file is not JSON: {error}.",
            ).format(error=error)
        ) from error
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
