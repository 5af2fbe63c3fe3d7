"""Registering by keyboard with the birth date left empty: one plain request for it,
focus on the box, nothing registered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clinicdesk.services.patients import search_patients
from clinicdesk.ui.new_patient_dialog import NewPatientDialog

from .conftest import GuiClinic, wait_idle


def test_an_empty_birth_date_is_asked_for_in_plain_words(qtbot: QtBot, clinic: GuiClinic) -> None:
    form = NewPatientDialog(clinic.desk)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.given, "Nadia")
    qtbot.keyClicks(form.family, "Empty-Date")
    qtbot.keyClick(form.family, Qt.Key.Key_Return)  # Register is the default button
    wait_idle(qtbot)
    assert form.patient is None
    assert form.problem.text() == "Enter the date of birth, as DD/MM/YYYY or YYYY-MM-DD."
    assert form.birth_date.hasFocus()
    assert search_patients(clinic.desk, "Empty-Date") == []
