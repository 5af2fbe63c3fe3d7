"""The clinic's appointments of a span, their patients and the providers as CSV files
another system (or another clinicdesk) can take in: ``patients.csv``,
``providers.csv``, ``appointments.csv`` in the layout the CSV import reads by itself,
so export then import gives the same rows, ids kept.

Every value stays text: ZIP codes and phone numbers keep their leading zeros, names
every character; cells that a spreadsheet would run as a formula are guarded the way
``interop/csv_export.py`` says, and the import takes the guard off again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.date_policy import check_clinic_days
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.permissions import Permission
from clinicdesk.interop import csv_export
from clinicdesk.interop.files import OutputKind, write_folder_files
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.lookups import require_clinic
from clinicdesk.services.schedule_window import days_span

DEFAULT_DAYS = 28
MAX_DAYS = 3660


@dataclass(frozen=True, slots=True)
class CsvExport:
    folder: Path
    files: tuple[Path, ...]
    counts: dict[str, int]
    first_day: date
    last_day: date


def _patient_row(patient: Patient) -> tuple[str, ...]:
    address = patient.address
    lines = [address.line1, address.line2] if address else []
    return (
        patient.id,
        patient.given,
        patient.family,
        patient.preferred_name,
        patient.birth_date.isoformat(),
        patient.sex.value,
        patient.phones[0].number if patient.phones else "",
        patient.email,
        "\n".join(line for line in lines if line),
        address.city if address else "",
        address.region if address else "",
        address.postcode if address else "",
    )


@writes
def export_csv(
    ctx: ServiceContext,
    folder: Path,
    *,
    first: date | None = None,
    last: date | None = None,
    overwrite: bool = False,
) -> CsvExport:
    """The appointments of [first, last] (default: today and the next four weeks), with
    their patients and every provider, as three CSV files in ``folder``."""
    authorize(ctx, Permission.EXPORT, AuditEvent.EXPORT_CSV)
    with ctx.read() as uow:
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        first = first or local_date(ctx.now(), zone)
        last = last or first + timedelta(days=DEFAULT_DAYS - 1)
        check_clinic_days(first, last)
        if last < first:
            raise ValidationError(
                tr(
                    "csv exchange",
                    "The last day ({last}) is before the first ({first}).",
                ).format(last=last, first=first)
            )
        if (last - first).days >= MAX_DAYS:
            raise ValidationError(
                tr(
                    "csv exchange",
                    "Choose at most {MAX_DAYS} days.",
                ).format(MAX_DAYS=MAX_DAYS)
            )
        start, end = days_span(first, last, settings)
        appointments = [a for a in uow.appointments.between(start, end) if a.start >= start]
        patients = uow.patients.get_many({a.patient_id for a in appointments})
        providers = sorted(uow.providers.list(), key=lambda p: p.id)
        types = {t.id: t.name for t in uow.catalog.types()}
        for type_id in {a.type_id for a in appointments} - types.keys():
            found = uow.catalog.get_type(type_id)
            types[type_id] = found.name if found else ""
    patient_rows = [_patient_row(patients[i]) for i in sorted(patients)]
    provider_rows = [(p.id, p.name, p.title, p.specialty) for p in providers]
    appointment_rows = [
        (
            a.id,
            a.start.astimezone(zone).isoformat(),
            a.end.astimezone(zone).isoformat(),
            a.patient_id,
            a.provider_id,
            types[a.type_id],
            a.status.value,
        )
        for a in sorted(appointments, key=lambda a: (a.start, a.id))
        if a.patient_id in patients
    ]
    files = [
        ("patients.csv", csv_export.PATIENT_COLUMNS, patient_rows),
        ("providers.csv", csv_export.PROVIDER_COLUMNS, provider_rows),
        ("appointments.csv", csv_export.APPOINTMENT_COLUMNS, appointment_rows),
    ]
    written = write_folder_files(
        folder,
        [
            (name, OutputKind.CSV, csv_export.csv_bytes(columns, rows))
            for name, columns, rows in files
        ],
        overwrite=overwrite,
        protected_folders=ctx.protected_folders,
    )
    with ctx.write() as uow:
        uow.audit.record(ctx.actor, AuditEvent.EXPORT_CSV, object_type="export")
        uow.commit()
    counts = {name.removesuffix(".csv"): len(rows) for name, _, rows in files}
    return CsvExport(Path(folder), tuple(written), counts, first, last)
