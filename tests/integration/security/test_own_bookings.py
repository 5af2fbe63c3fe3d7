"""A provider's account sees its own provider's bookings only, through every door.

The services that show bookings come from services/registry.py: each must apply the
own-bookings row rule (services/booking_scope.py) or be listed below with why it shows
no colleague's patients. Then a provider asks every scoped service for a colleague's
bookings on a real store and is refused, and the whole-clinic views keep to its own.
"""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from clinicdesk.domain.appointments import CancelledBy, Status
from clinicdesk.domain.errors import PermissionDeniedError
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import print_jobs
from clinicdesk.services.appointment_changes import appointment_history
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.registry import ServiceCall, service_calls
from clinicdesk.services.views import day_schedule
from tests.integration.printing.conftest import (  # noqa: F401 (fixture)
    MONDAY,
    PrintClinic,
    at,
    audit_rows,
    print_clinic,
)

# Services that show bookings but no colleague's patient, so need no row rule.
SHOWS_NO_COLLEAGUES_PATIENTS: dict[str, str] = {
    "clinicdesk.services.finding.find_slots": "free time only",
    "clinicdesk.services.finding.third_next_available": "a count of days",
    "clinicdesk.services.views.availability_grid": "working and free time, a count",
    "clinicdesk.services.waitlist.list_waitlist": "waiting patients, not bookings",
    "clinicdesk.services.waitlist.match_appointment": "waiting patients who could come",
    "clinicdesk.services.waitlist.match_slot": "waiting patients who could come",
    "clinicdesk.services.sync_conflicts.open_conflicts": "row ids and field names only",
}
SHOWING_BOOKINGS = (Permission.VIEW_SCHEDULE, Permission.PRINT_DAY_SHEETS)
CALLS = [call for call in service_calls() if call.permission in SHOWING_BOOKINGS]
SCOPED = [call for call in CALLS if call.scoped]


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name.removeprefix("clinicdesk."))
def test_every_service_showing_bookings_applies_the_row_rule(call: ServiceCall) -> None:
    assert call.scoped or call.name in SHOWS_NO_COLLEAGUES_PATIENTS, (
        f"{call.name} shows bookings but never asks booking_scope.visible_provider(): a "
        "provider's account would see colleagues' patients through it"
    )


def test_the_exemptions_name_real_services() -> None:
    assert set(SHOWS_NO_COLLEAGUES_PATIENTS) <= {call.name for call in CALLS}


@pytest.fixture
def two_providers(print_clinic: PrintClinic) -> PrintClinic:  # noqa: F811
    c = print_clinic
    c.book("Adams", c.ana, at(MONDAY, 9))
    c.book("Nowak", c.ana, at(MONDAY, 9, 40), status=Status.NO_SHOW)
    c.book("王", c.ben, at(MONDAY, 10))
    c.book(
        "O'Brien", c.ben, at(MONDAY, 11), status=Status.CANCELLED, cancelled_by=CancelledBy.PATIENT
    )
    return c


def _as_ana(clinic: PrintClinic) -> ServiceContext:
    actor = Actor("u-ana", "dr.lee", Role.PROVIDER, "room-1-pc", provider_id=clinic.ana.id)
    return dataclasses.replace(clinic.ctx, actor=actor)


def _arguments(call: ServiceCall, provider_id: str, tmp_path: Path) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for parameter in list(inspect.signature(call.function).parameters.values())[1:]:
        if parameter.name == "provider_id":
            values[parameter.name] = provider_id
        elif parameter.name == "out":
            values[parameter.name] = tmp_path / f"sheet-{provider_id}.pdf"
        elif "date" in str(parameter.annotation):
            values[parameter.name] = MONDAY
    return values


WITH_A_PROVIDER = [
    call for call in SCOPED if "provider_id" in inspect.signature(call.function).parameters
]


def test_the_services_taking_a_provider_are_found() -> None:
    names = {call.name.rsplit(".", 1)[1] for call in WITH_A_PROVIDER}
    assert {"day_schedule", "day_sheet", "week_schedule", "print_week_schedule"} <= names


@pytest.mark.parametrize(
    "call", WITH_A_PROVIDER, ids=lambda call: call.name.removeprefix("clinicdesk.")
)
def test_a_provider_asking_for_a_colleague_is_refused_and_audited(
    call: ServiceCall, two_providers: PrintClinic, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp_path = tmp_path_factory.mktemp("prints")  # outside the clinic's data folder
    c = two_providers
    ana = _as_ana(c)
    own = call.function(ana, **_arguments(call, c.ana.id, tmp_path))
    assert own is not None
    with pytest.raises(PermissionDeniedError, match="your own schedule"):
        call.function(ana, **_arguments(call, c.ben.id, tmp_path))
    assert audit_rows(c.ctx)[-1][3] == "denied"


def _pdf_text(data: bytes) -> str:
    import io

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_whole_clinic_views_keep_to_the_providers_own_bookings(two_providers: PrintClinic) -> None:
    c = two_providers
    ana = _as_ana(c)
    assert {a.provider_id for a in day_schedule(ana, MONDAY).appointments} == {c.ana.id}
    sheet = print_jobs.day_sheet(ana, MONDAY)
    assert [section.provider_id for section in sheet.providers] == [c.ana.id]
    text = _pdf_text(print_jobs.print_day_sheet(ana, MONDAY))
    assert "Adams" in text and "王" not in text
    calls = print_jobs.call_list(ana, MONDAY, MONDAY)
    assert [row.patient_name for row in calls.rows] == [c.patients["Nowak"].display_name]
    whole = print_jobs.call_list(c.ctx, MONDAY, MONDAY)
    assert len(whole.rows) == 2  # the manager sees both providers' missed appointments


def test_a_provider_may_not_write_the_whole_clinics_downtime_pack(
    two_providers: PrintClinic, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDeniedError, match="your own schedule"):
        print_jobs.write_downtime_pack(_as_ana(two_providers), tmp_path / "pack", 1, MONDAY)
    assert not (tmp_path / "pack").exists() or not any((tmp_path / "pack").iterdir())


def test_a_colleagues_appointment_history_is_refused(two_providers: PrintClinic) -> None:
    c = two_providers
    with c.ctx.uow_factory() as uow:
        bens = uow.appointments.between(
            at(MONDAY, 0), at(date(2026, 3, 3), 0), provider_ids=[c.ben.id]
        )
    with pytest.raises(PermissionDeniedError):
        appointment_history(_as_ana(c), bens[0].id)
    assert appointment_history(c.ctx, bens[0].id) is not None
