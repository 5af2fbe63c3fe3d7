"""Fetch-or-refuse helpers shared by the scheduling and set-up services.

Each turns a missing row into a NotFoundError a receptionist can read, so services
never pass ``None`` around.
"""

from __future__ import annotations

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.errors import NotFoundError, StoreError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.providers import Provider
from clinicdesk.services.ports import UnitOfWork


def require_clinic(uow: UnitOfWork) -> ClinicSettings:
    settings = uow.catalog.get_clinic()
    if settings is None:
        raise StoreError(tr(
            "lookups",
            "This store has no clinic set up yet; run 'clinicdesk init' first.",
        ))
    return settings


def require_provider(uow: UnitOfWork, provider_id: str) -> Provider:
    provider = uow.providers.get(provider_id)
    if provider is None:
        raise NotFoundError(tr(
            "lookups",
            "No provider with id {provider_id}.",
        ).format(provider_id=provider_id))
    return provider


def require_patient(uow: UnitOfWork, patient_id: str) -> Patient:
    patient = uow.patients.get(patient_id)
    if patient is None:
        raise NotFoundError(tr(
            "lookups",
            "No patient with id {patient_id}.",
        ).format(patient_id=patient_id))
    return patient


def require_appointment(uow: UnitOfWork, appointment_id: str) -> Appointment:
    appointment = uow.appointments.get(appointment_id)
    if appointment is None:
        raise NotFoundError(tr(
            "lookups",
            "No appointment with id {appointment_id}.",
        ).format(appointment_id=appointment_id))
    return appointment


def require_room(uow: UnitOfWork, room_id: str) -> Room:
    for room in uow.catalog.rooms():
        if room.id == room_id:
            return room
    raise NotFoundError(tr("lookups", "No room with id {room_id}.").format(room_id=room_id))


def resolve_type(uow: UnitOfWork, id_or_name: str) -> AppointmentType:
    """An appointment type by id, or by its name ignoring case ("consultation")."""
    found = uow.catalog.get_type(id_or_name)
    if found is not None:
        return found
    wanted = id_or_name.strip().casefold()
    matches = [t for t in uow.catalog.types() if t.name.casefold() == wanted]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ValidationError(
            tr(
                "lookups",
                "More than one appointment type is called '{id_or_name}'; use its id.",
            ).format(id_or_name=id_or_name)
        )
    known = ", ".join(t.name for t in uow.catalog.types()) or "none set up yet"
    raise NotFoundError(tr(
        "lookups",
        "No appointment type '{id_or_name}' (known types: {known}).",
    ).format(id_or_name=id_or_name, known=known))
