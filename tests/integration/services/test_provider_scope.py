"""A provider writes clinical notes for, and sees the schedule of, their own patients only."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from clinicdesk.domain.errors import PermissionDeniedError
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.clinical_notes import update_clinical_notes
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.views import day_schedule
from clinicdesk.store.tables import audit_log
from tests.integration.services.conftest import SmallClinic, at, audit_rows

NOTE = "Reports chest pain on exertion; ECG booked."


def _as_provider(clinic: SmallClinic, provider_id: str) -> ServiceContext:
    actor = Actor("u-ana", "dr.lee", Role.PROVIDER, "room-1-pc", provider_id=provider_id)
    return dataclasses.replace(clinic.ctx, actor=actor)


def _book(clinic: SmallClinic, patient_id: str, provider_id: str, hour: int) -> str:
    booking = BookingInput(patient_id, "consultation", provider_id, at(3, hour))
    return book_appointment(clinic.ctx, booking).appointment.id


def _audit_text(ctx: ServiceContext) -> str:
    with ctx.uow_factory() as uow:
        rows = uow.connection.execute(select(audit_log)).all()  # type: ignore[attr-defined]
    return " ".join(str(value) for row in rows for value in row)


def test_a_provider_writes_notes_for_their_own_patient_and_the_audit_keeps_no_text(
    clinic: SmallClinic,
) -> None:
    own = _book(clinic, clinic.smith.id, clinic.ana.id, 9)
    ana = _as_provider(clinic, clinic.ana.id)
    update_clinical_notes(ana, own, NOTE)
    with clinic.ctx.uow_factory() as uow:
        stored = uow.appointments.get(own)
        history = uow.appointments.events_for(own)
    assert stored is not None and stored.notes == NOTE
    assert [e.kind for e in history][-1] == "notes" and NOTE not in history[-1].new_value
    assert audit_rows(clinic.ctx)[-1] == ("appointment.notes", own, "ok", "notes")
    assert "chest pain" not in _audit_text(clinic.ctx)


def test_notes_on_a_colleagues_appointment_are_refused_and_audited(clinic: SmallClinic) -> None:
    bens = _book(clinic, clinic.jones.id, clinic.ben.id, 10)
    ana = _as_provider(clinic, clinic.ana.id)
    with pytest.raises(PermissionDeniedError, match="your own patients"):
        update_clinical_notes(ana, bens, NOTE)
    with clinic.ctx.uow_factory() as uow:
        stored = uow.appointments.get(bens)
    assert stored is not None and stored.notes == ""
    assert audit_rows(clinic.ctx)[-1] == ("appointment.notes", "", "denied", "")


def test_the_front_desk_cannot_write_clinical_notes(clinic: SmallClinic) -> None:
    own = _book(clinic, clinic.smith.id, clinic.ana.id, 9)
    with pytest.raises(PermissionDeniedError):
        update_clinical_notes(clinic.as_role(Role.RECEPTIONIST), own, NOTE)


def test_a_provider_sees_their_own_schedule_only(clinic: SmallClinic) -> None:
    own = _book(clinic, clinic.smith.id, clinic.ana.id, 9)
    _book(clinic, clinic.jones.id, clinic.ben.id, 9)
    ana = _as_provider(clinic, clinic.ana.id)
    everyone = day_schedule(clinic.ctx, at(3, 9).date())
    assert len(everyone.appointments) == 2  # the manager sees both
    mine = day_schedule(ana, at(3, 9).date())
    assert [a.id for a in mine.appointments] == [own]
    with pytest.raises(PermissionDeniedError, match="own schedule"):
        day_schedule(ana, at(3, 9).date(), provider_id=clinic.ben.id)
    assert audit_rows(clinic.ctx)[-1][2] == "denied"
