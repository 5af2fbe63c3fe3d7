"""Time off over a busy day, as a practice manager does it in the window: the worklist
opens with every visit and its phone, the call is ticked off, a visit is rebooked with
another provider, and the list is saved as a PDF through the guarded writer."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from clinicdesk.domain.providers import ExceptionKind
from clinicdesk.domain.users import Role
from clinicdesk.services.accounts import add_user
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.patients import register_patient
from clinicdesk.ui.displaced_visits_dialog import DisplacedVisitsDialog
from clinicdesk.ui.views.exceptions_editor import ExceptionsEditor

from .conftest import PASSWORD, ZONE, GuiClinic, wait_idle

FAMILIES = (
    "Abbott",
    "Brennan",
    "Castellanos",
    "Dimitrova",
    "Eze",
    "Fairweather",
    "Gallo",
    "Haraldsen",
    "Ilori",
    "Jankowska",
)


def test_the_worklist_lists_all_rings_rebooks_and_prints(
    qtbot: QtBot, clinic: GuiClinic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = clinic.store.sign_in("admin", PASSWORD)
    add_user(admin, "boss", "Practice Manager", Role.MANAGER, PASSWORD)
    manager = clinic.store.sign_in("boss", PASSWORD)
    patients = [clinic.alice, clinic.bob]
    for n, family in enumerate(FAMILIES):
        done = register_patient(
            clinic.desk, given="Walker", family=family, birth_date=date(1960 + n, 1 + n, 1 + n)
        )
        assert done.patient is not None
        patients.append(done.patient.id)
    starts = [clinic.at(9 + n // 3, 20 * (n % 3)) for n in range(10)]
    starts += [clinic.at(13, 40), clinic.at(14)]
    for patient, start in zip(patients, starts, strict=True):
        book_appointment(clinic.desk, BookingInput(patient, clinic.type_id, clinic.ana, start))

    editor = ExceptionsEditor()
    qtbot.addWidget(editor)
    editor.ctx, editor.zone = manager, ZONE
    editor.show_for(clinic.ana, "Dr Ana Lee", ())
    editor.show()
    editor.kind.setCurrentIndex(editor.kind.findData(ExceptionKind.TIME_OFF))
    editor.first_day.setDate(QDate(clinic.day))
    editor.reason.setText("Course")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert "12 booked appointments now inside this time off" in editor.affected.text()
    dialog = editor.worklist
    assert isinstance(dialog, DisplacedVisitsDialog) and dialog.isVisible()
    wait_idle(qtbot)
    assert dialog.model.rowCount() == 12  # every visit, not the first ten
    cells = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert cells[1] == "Smith, Alice" and "7700 900123 (mobile)" in cells[3]
    assert cells[6] == "to call" and cells[7] == "to rebook"
    assert "12 still to call, 12 still to rebook" in dialog.summary.text()

    qtbot.mouseClick(dialog.called_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    row = dialog.model.record(dialog.table.currentIndex().row())
    assert row is not None and row.patient_name == "Smith, Alice"
    assert row.called and row.rebooked
    assert row.appointment.provider_name == "Dr Ben Okafor"
    assert dialog.outcome.text().startswith("Rebooked: Smith, Alice, ")
    assert "11 still to call, 11 still to rebook" in dialog.summary.text()

    out = tmp_path / "to-rebook"  # ".pdf" is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), "PDF files"))
    )
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.saved_to == tmp_path / "to-rebook.pdf"
    reader = PdfReader(io.BytesIO(dialog.saved_to.read_bytes()))
    words = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert all(family in words for family in FAMILIES)
    assert words.count("To rebook") == 11 and "Rebooked, called" in words
    assert time(9) == starts[0].astimezone(ZONE).time()
