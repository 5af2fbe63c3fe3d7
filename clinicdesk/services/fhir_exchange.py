"""FHIR R4 out of the clinic: a full export and the SMART Scheduling Links slot feed.

``export_fhir`` writes the clinic's providers, rooms, their schedules and free slots,
and the appointments of a range of days with the patients they name (no one else's
record leaves), as NDJSON files or one Bundle. ``publish_slots`` writes the static
``$bulk-publish`` folder that slot finders read (no server needed: copy the folder to
any web host). Both validate every resource before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.date_policy import check_clinic_days
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import Provider
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.interop import fhir
from clinicdesk.interop.files import OutputKind, write_folder_files
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.lookups import require_clinic
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import days_span

Layout = Literal["ndjson", "bundle"]
DEFAULT_EXPORT_DAYS = 28
MAX_EXPORT_DAYS = 366
MAX_PUBLISH_DAYS = 90
DEFAULT_SLOT_MINUTES = 15
BUNDLE_NAME = "bundle.json"
MANIFEST_NAME = "$bulk-publish"


@dataclass(frozen=True, slots=True)
class FhirExport:
    folder: Path
    files: tuple[Path, ...]
    counts: dict[str, int]  # resource type -> how many
    first_day: date
    last_day: date


def _day_range(
    ctx: ServiceContext, settings: ClinicSettings, first: date | None, last: date | None, limit: int
) -> tuple[date, date]:
    today = local_date(ctx.now(), clinic_zone(settings.time_zone))
    first = first or today
    last = last or first + timedelta(days=DEFAULT_EXPORT_DAYS - 1)
    check_clinic_days(first, last)
    if last < first:
        raise ValidationError(tr(
            "fhir exchange",
            "The last day ({last}) is before the first ({first}).",
        ).format(last=last, first=first))
    if (last - first).days + 1 > limit:
        raise ValidationError(tr(
            "fhir exchange",
            "Export at most {limit} days at a time.",
        ).format(limit=limit))
    return first, last


def slot_minutes_for(provider: Provider, types: Iterable[AppointmentType]) -> int:
    """The shortest visit the provider gives: the length of each published slot."""
    lengths = [
        t.duration_minutes for t in types if not t.deleted and t.fits_specialty(provider.specialty)
    ]
    return min(lengths, default=DEFAULT_SLOT_MINUTES)


def free_slots(
    uow: UnitOfWork,
    settings: ClinicSettings,
    providers: Sequence[Provider],
    first: date,
    last: date,
    *,
    not_before: object,
) -> list[fhir.FreeSlot]:
    """Each bookable provider's free time on [first, last], cut into visits of the
    provider's shortest appointment type; nothing that starts before ``not_before``."""
    bookable = [p for p in providers if p.bookable and not p.deleted]
    if not bookable:
        return []
    ids = [p.id for p in bookable]
    start, end = days_span(first, last, settings)
    schedule = ClinicSchedule.build(
        settings,
        providers=providers,
        working_hours=uow.schedules.hours_for(ids),
        exceptions=uow.schedules.exceptions_between(first, last, ids),
        appointments=uow.appointments.between(start, end, provider_ids=ids, holding_slot_only=True),
        rooms=uow.catalog.rooms(),
    )
    types = uow.catalog.types()
    found: list[fhir.FreeSlot] = []
    for provider in bookable:
        length = timedelta(minutes=slot_minutes_for(provider, types))
        day = first
        while day <= last:
            for interval in schedule.free_intervals(provider.id, day):
                begin = interval.start
                while begin + length <= interval.end:
                    if begin >= not_before:  # type: ignore[operator]
                        found.append(fhir.FreeSlot(provider.id, begin, begin + length))
                    begin += length
            day += timedelta(days=1)
    return found


def _directory_resources(
    settings: ClinicSettings, providers: Sequence[Provider], uow: UnitOfWork, phone: str = ""
) -> list[fhir.Resource]:
    resources = [fhir.clinic_location(settings, phone)]
    resources += [fhir.room_location(room) for room in uow.catalog.rooms()]
    for provider in providers:
        resources.append(fhir.practitioner_resource(provider))
        resources.append(fhir.practitioner_role_resource(provider))
        resources.append(fhir.schedule_resource(provider))
    return resources


@writes
def export_fhir(
    ctx: ServiceContext,
    out: Path,
    *,
    first: date | None = None,
    last: date | None = None,
    layout: Layout = "ndjson",
    overwrite: bool = False,
) -> FhirExport:
    """Write the clinic as FHIR R4 into the folder ``out`` (NDJSON per type, or
    ``bundle.json``): every provider, room and schedule, the free slots and the
    appointments of [first, last] (default: the next four weeks) and their patients."""
    authorize(ctx, Permission.EXPORT, AuditEvent.EXPORT_FHIR)
    with ctx.read() as uow:
        settings = require_clinic(uow)
        first, last = _day_range(ctx, settings, first, last, MAX_EXPORT_DAYS)
        start, end = days_span(first, last, settings)
        providers = uow.providers.list()
        appointments = [a for a in uow.appointments.between(start, end) if a.start >= start]
        patients = uow.patients.get_many({a.patient_id for a in appointments})
        types = {t.id: t.name for t in uow.catalog.types()}
        for type_id in {a.type_id for a in appointments} - types.keys():
            found = uow.catalog.get_type(type_id)
            types[type_id] = found.name if found else "(removed type)"
        resources = _directory_resources(settings, providers, uow)
        resources += [
            fhir.slot_resource(slot)
            for slot in free_slots(uow, settings, providers, first, last, not_before=ctx.now())
        ]
    resources += [fhir.patient_resource(p) for p in patients.values()]
    resources += [fhir.appointment_resource(a, types[a.type_id]) for a in appointments]
    fhir.check_all(resources)
    if layout == "bundle":
        named = [(BUNDLE_NAME, OutputKind.JSON, fhir.bundle_bytes(resources))]
    else:
        named = [
            (name, OutputKind.NDJSON, data) for name, data in fhir.ndjson_files(resources).items()
        ]
    written = write_folder_files(
        out, named, overwrite=overwrite, protected_folders=ctx.protected_folders
    )
    with ctx.write() as uow:
        uow.audit.record(
            ctx.actor,
            AuditEvent.EXPORT_FHIR,
            object_type="days",
            object_id=f"{first.isoformat()}/{last.isoformat()}",
        )
        uow.commit()
    counts: dict[str, int] = {}
    for resource in resources:
        counts[resource["resourceType"]] = counts.get(resource["resourceType"], 0) + 1
    return FhirExport(
        written[0].parent if written else Path(out), tuple(written), counts, first, last
    )


@writes
def publish_slots(
    ctx: ServiceContext,
    out: Path,
    *,
    days: int,
    booking_phone: str,
    base_url: str = "",
    overwrite: bool = True,
) -> FhirExport:
    """The SMART Scheduling Links static feed of free slots for the next ``days`` days:
    ``$bulk-publish`` plus Location, Schedule and Slot NDJSON, each slot carrying the
    number to phone to book. No patient data: anyone may read it. Replaces the last
    feed in the folder (it is meant to be run on a schedule)."""
    authorize(ctx, Permission.EXPORT, AuditEvent.PUBLISH_SLOTS)
    if not 1 <= days <= MAX_PUBLISH_DAYS:
        raise ValidationError(tr(
            "fhir exchange",
            "Publish between 1 and {MAX_PUBLISH_DAYS} days of slots.",
        ).format(MAX_PUBLISH_DAYS=MAX_PUBLISH_DAYS))
    phone = check_text(booking_phone.strip(), TextKind.PHONE, "The booking phone number")
    if not phone or sum(ch.isdigit() for ch in phone) < 3:
        raise ValidationError(tr(
            "fhir exchange",
            "Give the phone number patients call to book (--phone).",
        ))
    if base_url and not base_url.startswith(("https://", "http://")):
        raise ValidationError(tr(
            "fhir exchange",
            "The base URL must start with https:// (or http://).",
        ))
    with ctx.read() as uow:
        settings = require_clinic(uow)
        first = local_date(ctx.now(), clinic_zone(settings.time_zone))
        last = first + timedelta(days=days - 1)
        check_clinic_days(first, last)
        providers = [p for p in uow.providers.list() if p.bookable and not p.deleted]
        locations = [fhir.clinic_location(settings, phone)]
        schedules = [fhir.schedule_resource(p) for p in providers]
        slots = [
            fhir.slot_resource(slot, phone)
            for slot in free_slots(uow, settings, providers, first, last, not_before=ctx.now())
        ]
    resources = [*locations, *schedules, *slots]
    fhir.check_all(resources)
    named_files = fhir.ndjson_files(resources)
    for kind in ("Location", "Schedule", "Slot"):
        named_files.setdefault(f"{kind}.ndjson", b"")
    files = [(kind, f"{kind}.ndjson") for kind in ("Location", "Schedule", "Slot")]
    manifest = fhir.bulk_publish_manifest(ctx.now(), base_url, files)
    written = write_folder_files(
        out,
        [
            *((name, OutputKind.NDJSON, named_files[name]) for _, name in files),
            (MANIFEST_NAME, OutputKind.MANIFEST, manifest),
        ],
        overwrite=overwrite,
        protected_folders=ctx.protected_folders,
    )
    folder = written[0].parent
    with ctx.write() as uow:
        uow.audit.record(
            ctx.actor,
            AuditEvent.PUBLISH_SLOTS,
            object_type="days",
            object_id=f"{first.isoformat()}/{last.isoformat()}",
        )
        uow.commit()
    counts = {"Location": len(locations), "Schedule": len(schedules), "Slot": len(slots)}
    return FhirExport(folder, tuple(written), counts, first, last)
