"""Patients: register, update, search, show one record with its appointment history.

Every call checks its permission through :func:`authorize` and writes one audit row.
Audit rows name what happened and which fields changed, never a value or what was
typed into the search box.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import (
    Address,
    ContactChannel,
    Insurance,
    Patient,
    PatientListing,
    Phone,
    Sex,
    validate_patient_fields,
)
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.services.booking_scope import keep_visible
from clinicdesk.services.changes import save_if_changed
from clinicdesk.services.context import ServiceContext, authorize, reads, record_read, writes
from clinicdesk.services.duplicate_patients import near_duplicates
from clinicdesk.services.lookups import require_clinic, require_patient
from clinicdesk.services.patient_no_show import PatientNoShowHistory, patient_no_show_history
from clinicdesk.services.phones import normalize_phone, region_for_time_zone
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.views import AppointmentView, appointment_views

MAX_NAME_LENGTH = 100
MAX_SEARCH_RESULTS = 100
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_BIRTH_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")


# --- read-models ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PatientSummary:
    """One line of a patient list (docs/cli.md: ``id, given, family, birth_date, phones``)."""

    id: str
    given: str
    family: str
    birth_date: date
    phones: tuple[str, ...]
    preferred_name: str
    display_name: str
    email: str
    has_alerts: bool

    @classmethod
    def of(cls, patient: Patient) -> PatientSummary:
        return cls(
            id=patient.id,
            given=patient.given,
            family=patient.family,
            birth_date=patient.birth_date,
            phones=tuple(phone.number for phone in patient.phones),
            preferred_name=patient.preferred_name,
            display_name=patient.display_name,
            email=patient.email,
            has_alerts=bool(patient.alerts.strip()),
        )

    @classmethod
    def of_listing(cls, listing: PatientListing) -> PatientSummary:
        # Positional, in field order: made for every line of every search as you type.
        return cls(
            listing.id,
            listing.given,
            listing.family,
            listing.birth_date,
            listing.phones,
            listing.preferred_name,
            listing.display_name,
            listing.email,
            listing.has_alerts,
        )


@dataclass(frozen=True, slots=True)
class AttendanceCounts:
    """How a patient's appointments went: the figures a receptionist glances at."""

    total: int
    completed: int
    no_shows: int
    cancelled: int
    late_cancellations: int
    upcoming: int


@dataclass(frozen=True, slots=True)
class PatientRecord:
    """One patient's full record, with appointment history, for the record screen."""

    id: str
    given: str
    family: str
    birth_date: date
    phones: tuple[str, ...]
    preferred_name: str
    display_name: str
    sex: Sex
    email: str
    address: Address | None
    contact_channel: ContactChannel
    reminder_consent: bool
    insurance: Insurance | None
    alerts: str
    notes: str
    mrn: str
    counts: AttendanceCounts
    time_zone: str  # the clinic's, for showing appointment times on its wall clock
    upcoming: tuple[AppointmentView, ...]  # soonest first
    history: tuple[AppointmentView, ...]  # most recent first
    # The history behind the no-show score (None while prediction is switched off).
    no_show: PatientNoShowHistory | None = None


@dataclass(frozen=True, slots=True)
class Registration:
    """The outcome of :func:`register_patient`.

    With possible duplicates and no confirmation nothing is saved: ``patient`` is None
    and the screen asks the user to confirm (``confirm_duplicates=True``) or pick one.
    """

    patient: PatientSummary | None
    possible_duplicates: tuple[PatientSummary, ...]

    @property
    def registered(self) -> bool:
        return self.patient is not None


# --- input checks --------------------------------------------------------------------


def parse_birth_date(text: str) -> date:
    """A date of birth typed as YYYY-MM-DD or DD/MM/YYYY (or DD.MM.YYYY)."""
    typed = text.strip()
    if not typed:
        raise ValidationError(tr(
            "patients",
            "Enter the date of birth, as DD/MM/YYYY or YYYY-MM-DD.",
        ))
    for pattern in _BIRTH_DATE_FORMATS:
        try:
            return datetime.strptime(typed, pattern).date()
        except ValueError:
            continue
    raise ValidationError(tr(
        "patients",
        "'{typed}' is not a date: type it as YYYY-MM-DD or DD/MM/YYYY.",
    ).format(typed=typed))


def _check_name(value: str, what: str, *, required: bool = True) -> str:
    cleaned = " ".join(check_text(value, TextKind.NAME, f"The {what}").split())
    if required and not cleaned:
        raise ValidationError(tr("patients", "Enter the patient's {what}.").format(what=what))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(tr(
            "patients",
            "The {what} is longer than {MAX_NAME_LENGTH} characters.",
        ).format(what=what, MAX_NAME_LENGTH=MAX_NAME_LENGTH))
    if any(not ch.isprintable() for ch in cleaned):
        raise ValidationError(tr(
            "patients",
            "The {what} contains characters that cannot be printed.",
        ).format(what=what))
    if cleaned and not any(ch.isalpha() for ch in cleaned):
        raise ValidationError(tr("patients", "The {what} must contain letters.").format(what=what))
    return cleaned


def _checked(value: str, kind: TextKind, what: str) -> str:
    return check_text(value, kind, what).strip()


def _check_address(address: Address | None) -> Address | None:
    if address is not None:
        for name in ("line1", "line2", "city", "region", "postcode", "country"):
            check_text(getattr(address, name), TextKind.ADDRESS, "The address")
    return address


def _check_insurance(insurance: Insurance | None) -> Insurance | None:
    if insurance is not None:
        check_text(insurance.payer, TextKind.NAME, "The insurer's name")
        check_text(insurance.member_id, TextKind.IDENTIFIER, "The member id")
    return insurance


def _check_email(value: str) -> str:
    cleaned = _checked(value, TextKind.EMAIL, "The e-mail address")
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(tr(
            "patients",
            "'{cleaned}' is not an email address like name@example.org.",
        ).format(cleaned=cleaned))
    return cleaned


def _clinic_today_and_region(uow: UnitOfWork, now: datetime) -> tuple[date, str]:
    settings = require_clinic(uow)
    return (
        local_date(now, clinic_zone(settings.time_zone)),
        region_for_time_zone(settings.time_zone),
    )


def _check_phones(phones: Sequence[Phone | str], region: str) -> tuple[Phone, ...]:
    checked: list[Phone] = []
    seen: set[str] = set()
    for phone in phones:
        typed = phone if isinstance(phone, Phone) else Phone(phone)
        check_text(typed.number, TextKind.PHONE, "The phone number")
        number = normalize_phone(typed.number, region)
        if number not in seen:
            seen.add(number)
            checked.append(Phone(number, typed.kind))
    return tuple(checked)


# --- services ------------------------------------------------------------------------


@writes
def register_patient(
    ctx: ServiceContext,
    *,
    given: str,
    family: str,
    birth_date: date,
    phones: Sequence[Phone | str] = (),
    email: str = "",
    preferred_name: str = "",
    sex: Sex = Sex.UNKNOWN,
    address: Address | None = None,
    contact_channel: ContactChannel = ContactChannel.PHONE,
    reminder_consent: bool = False,
    insurance: Insurance | None = None,
    alerts: str = "",
    mrn: str = "",
    confirm_duplicates: bool = False,
) -> Registration:
    """Register a new patient.

    Names are trimmed, phone numbers written in international format (numbers without
    a country code are read in the clinic's country, see :mod:`.phones`), the email
    checked for shape. If a patient with the same birth date and a name alike (typing
    slips allowed, see :mod:`.duplicate_patients`), or the same phone number, exists,
    nothing is saved unless ``confirm_duplicates`` is set: the possible duplicates come
    back for the user to check.
    """
    authorize(ctx, Permission.EDIT_PATIENTS, AuditEvent.PATIENT_REGISTER)
    with ctx.write() as uow:
        today, region = _clinic_today_and_region(uow, ctx.now())
        patient = Patient(
            id=new_id(),
            given=_check_name(given, "given name"),
            family=_check_name(family, "family name"),
            preferred_name=_check_name(preferred_name, "preferred name", required=False),
            birth_date=birth_date,
            sex=sex,
            phones=_check_phones(phones, region),
            email=_check_email(email),
            address=_check_address(address),
            contact_channel=contact_channel,
            reminder_consent=reminder_consent,
            insurance=_check_insurance(insurance),
            alerts=_checked(alerts, TextKind.REASON, "The alerts"),
            mrn=_checked(mrn, TextKind.IDENTIFIER, "The record number"),
            created_at=ctx.now(),
            updated_at=ctx.now(),
        )
        validate_patient_fields(patient.given, patient.family, patient.birth_date, today)
        duplicates = tuple(PatientSummary.of(p) for p in near_duplicates(uow, patient))
        if duplicates and not confirm_duplicates:
            return Registration(patient=None, possible_duplicates=duplicates)
        uow.patients.add(patient)
        uow.audit.record(
            ctx.actor,
            AuditEvent.PATIENT_REGISTER,
            object_type="patient",
            object_id=patient.id,
            outcome="ok_duplicate_confirmed" if duplicates else "ok",
        )
        uow.commit()
    return Registration(patient=PatientSummary.of(patient), possible_duplicates=duplicates)


@writes
def update_patient(
    ctx: ServiceContext,
    patient_id: str,
    *,
    given: str | None = None,
    family: str | None = None,
    preferred_name: str | None = None,
    birth_date: date | None = None,
    sex: Sex | None = None,
    phones: Sequence[Phone | str] | None = None,
    email: str | None = None,
    address: Address | None = None,
    contact_channel: ContactChannel | None = None,
    reminder_consent: bool | None = None,
    insurance: Insurance | None = None,
    alerts: str | None = None,
    notes: str | None = None,
    mrn: str | None = None,
    clear_address: bool = False,
    clear_insurance: bool = False,
) -> PatientSummary:
    """Change the given fields (None keeps a field; ``clear_address`` and
    ``clear_insurance`` remove those). The audit row names the changed fields, never
    their values."""
    authorize(ctx, Permission.EDIT_PATIENTS, AuditEvent.PATIENT_UPDATE)
    with ctx.write() as uow:
        before = require_patient(uow, patient_id)
        today, region = _clinic_today_and_region(uow, ctx.now())
        after = dataclasses.replace(
            before,
            given=before.given if given is None else _check_name(given, "given name"),
            family=before.family if family is None else _check_name(family, "family name"),
            preferred_name=before.preferred_name
            if preferred_name is None
            else _check_name(preferred_name, "preferred name", required=False),
            birth_date=before.birth_date if birth_date is None else birth_date,
            sex=before.sex if sex is None else sex,
            phones=before.phones if phones is None else _check_phones(phones, region),
            email=before.email if email is None else _check_email(email),
            address=None
            if clear_address
            else (before.address if address is None else _check_address(address)),
            contact_channel=before.contact_channel if contact_channel is None else contact_channel,
            reminder_consent=before.reminder_consent
            if reminder_consent is None
            else reminder_consent,
            insurance=None
            if clear_insurance
            else (before.insurance if insurance is None else _check_insurance(insurance)),
            alerts=before.alerts
            if alerts is None
            else _checked(alerts, TextKind.REASON, "The alerts"),
            notes=before.notes if notes is None else _checked(notes, TextKind.NOTE, "The notes"),
            mrn=before.mrn
            if mrn is None
            else _checked(mrn, TextKind.IDENTIFIER, "The record number"),
            updated_at=ctx.now(),
        )
        validate_patient_fields(after.given, after.family, after.birth_date, today)
        save_if_changed(
            uow,
            ctx,
            before,
            after,
            uow.patients.update,
            event=AuditEvent.PATIENT_UPDATE,
            object_type="patient",
            object_id=patient_id,
        )
    return PatientSummary.of(after)


SEARCHED_EVENT = AuditEvent.PATIENT_SEARCH


@reads
def search_patients(ctx: ServiceContext, text: str, limit: int = 20) -> list[PatientSummary]:
    """Patients matching what was typed (name parts, phone digits, date of birth), best
    first. Fast enough to run on every keystroke.

    The audit trail records that this user searched, never the text typed: one row per
    minute of searching in a session, since a row (and a commit) per keystroke made
    typing visibly slower and flooded the trail. A refused search is always recorded.
    """
    authorize(ctx, Permission.VIEW_PATIENTS, SEARCHED_EVENT)
    limit = max(1, min(limit, MAX_SEARCH_RESULTS))
    now = ctx.now()
    # Read-only: typing never waits behind a writer. The once-a-minute audit row is
    # written first, in a short transaction of its own.
    if ctx.audit_throttle.due(SEARCHED_EVENT, now):
        record_read(ctx, SEARCHED_EVENT, object_type="patient")
        ctx.audit_throttle.recorded(SEARCHED_EVENT, now)
    with ctx.read() as uow:
        return [PatientSummary.of_listing(p) for p in uow.patients.search_listings(text, limit)]


def _attendance(views: Sequence[AppointmentView], now: datetime) -> AttendanceCounts:
    return AttendanceCounts(
        total=len(views),
        completed=sum(v.status is Status.COMPLETED for v in views),
        no_shows=sum(v.status is Status.NO_SHOW for v in views),
        cancelled=sum(v.status is Status.CANCELLED for v in views),
        late_cancellations=sum(v.status is Status.CANCELLED and v.late_cancel for v in views),
        upcoming=sum(v.start >= now and v.status in _UPCOMING for v in views),
    )


_UPCOMING = frozenset({Status.BOOKED, Status.CONFIRMED})


@writes
def show_patient(ctx: ServiceContext, patient_id: str) -> PatientRecord:
    """One patient's record with appointment history and attendance counts."""
    authorize(ctx, Permission.VIEW_PATIENTS, AuditEvent.PATIENT_VIEW)
    now = ctx.now()
    with ctx.write() as uow:
        patient = require_patient(uow, patient_id)
        time_zone = require_clinic(uow).time_zone
        views = appointment_views(uow, uow.appointments.for_patient(patient_id))
        no_show = patient_no_show_history(
            uow,
            patient_id,
            clinic_zone(time_zone),
            now,
            lambda found: keep_visible(ctx, found, lambda a: a.provider_id),
        )
        uow.audit.record(
            ctx.actor, AuditEvent.PATIENT_VIEW, object_type="patient", object_id=patient_id
        )
        uow.commit()
    upcoming = tuple(v for v in views if v.start >= now and v.status in _UPCOMING)
    history = tuple(reversed([v for v in views if v not in upcoming]))
    return PatientRecord(
        id=patient.id,
        given=patient.given,
        family=patient.family,
        birth_date=patient.birth_date,
        phones=tuple(phone.number for phone in patient.phones),
        preferred_name=patient.preferred_name,
        display_name=patient.display_name,
        sex=patient.sex,
        email=patient.email,
        address=patient.address,
        contact_channel=patient.contact_channel,
        reminder_consent=patient.reminder_consent,
        insurance=patient.insurance,
        alerts=patient.alerts,
        notes=patient.notes,
        mrn=patient.mrn,
        counts=_attendance(views, now),
        time_zone=time_zone,
        upcoming=upcoming,
        history=history,
        no_show=no_show,
    )
