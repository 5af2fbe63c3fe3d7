"""The table models pass Qt's model tester, filled from a real store's read-models."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.finding import SlotSearch, find_slots
from clinicdesk.services.patients import search_patients
from clinicdesk.services.views import day_schedule
from clinicdesk.services.waitlist import (
    WaitlistInput,
    add_to_waitlist,
    list_waitlist,
    match_appointment,
)
from clinicdesk.ui.i18n import date_time_text
from clinicdesk.ui.models import (
    RECORD_ROLE,
    AppointmentTableModel,
    CandidateTableModel,
    PatientTableModel,
    RecordTableModel,
    SlotTableModel,
    WaitlistTableModel,
)

from .conftest import GuiClinic

ZONE = ZoneInfo("Europe/London")


@pytest.fixture
def read_models(qapp: QApplication, clinic: GuiClinic) -> dict[str, RecordTableModel[Any]]:
    """Each model filled with real rows from the store."""
    ctx = clinic.desk
    visit = book_appointment(
        ctx, BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(10))
    ).appointment
    add_to_waitlist(ctx, WaitlistInput(patient_id=clinic.bob, type=clinic.type_id))
    patients = search_patients(ctx, "smi")
    slots = find_slots(ctx, SlotSearch(type=clinic.type_id, from_day=clinic.day, count=4))
    appointments = list(day_schedule(ctx, clinic.day).appointments)
    candidates = match_appointment(ctx, visit.id)
    waitlist = list_waitlist(ctx)
    assert patients and slots and appointments and candidates and waitlist
    return {
        "patients": PatientTableModel(patients),
        "slots": SlotTableModel(ZONE, slots),
        "appointments": AppointmentTableModel(ZONE, appointments),
        "candidates": CandidateTableModel(ZONE, candidates),
        "waitlist": WaitlistTableModel(waitlist),
    }


@pytest.mark.parametrize("name", ["patients", "slots", "appointments", "candidates", "waitlist"])
def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, read_models: dict[str, RecordTableModel[Any]], name: str
) -> None:
    model = read_models[name]
    rows = model.rows
    qtmodeltester.check(model, force_py=True)
    # The tester stays attached: emptying and refilling must keep the model consistent.
    model.set_rows([])
    assert model.rowCount() == 0
    model.set_rows(rows)
    assert model.data(model.index(0, 0), RECORD_ROLE) == rows[0]
    assert model.data(model.index(0, model.columnCount())) is None  # out of range


def test_models_show_clinic_times_and_status_with_an_icon(
    read_models: dict[str, RecordTableModel[Any]], clinic: GuiClinic
) -> None:
    slot_model = read_models["slots"]
    assert slot_model.data(slot_model.index(0, 0)) == date_time_text(clinic.at(9))
    appointment_model = read_models["appointments"]
    status_column = 3
    assert appointment_model.data(appointment_model.index(0, status_column)) == "booked"
    # Status is shown by an icon as well as the word, never by colour alone.
    icon = appointment_model.data(
        appointment_model.index(0, status_column), Qt.ItemDataRole.DecorationRole
    )
    assert icon is not None and not icon.isNull()
