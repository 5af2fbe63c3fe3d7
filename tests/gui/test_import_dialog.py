"""File > Import… as a practice manager uses it: a folder from the old system (with a
stray file in it) previewed before anything is written, a column the headers did not
give mapped by hand, an import stopped half-way that leaves the store as it was, then
a duplicate merged and the rest imported."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from clinicdesk.domain.users import Role
from clinicdesk.services.accounts import add_user
from clinicdesk.services.patients import search_patients, show_patient
from clinicdesk.ui import import_dialog
from clinicdesk.ui.import_dialog import ImportDialog
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import PASSWORD, GuiClinic, sign_in, wait_idle

# Alice Smith (born 1980-05-17) is on file; the old system has her with an e-mail.
# "Handy" is a phone column no header rule knows.
PATIENTS = (
    "Ref,First,Last,DOB,Gender,Handy,Email\n"
    "A-1,Alice,Smith,1980-05-17,F,,alice@example.org\n"
    "A-2,Zoë,Ó Sé,2001-02-03,F,0161 496 0555,\n"
)


def visits(clinic: GuiClinic) -> str:
    start = clinic.at(10).isoformat()
    end = clinic.at(10, 20).isoformat()
    return f"id,start,end,patient,provider,type\nv-1,{start},{end},A-2,{clinic.ana},Consultation\n"


def box_in(table: Any, row: int, column: int) -> QComboBox:
    box = table.cellWidget(row, column)
    assert isinstance(box, QComboBox)
    return box


def test_preview_map_stop_then_merge_and_import(
    qtbot: QtBot,
    window: MainWindow,
    clinic: GuiClinic,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "old-system"
    folder.mkdir()
    (folder / "patients.csv").write_text(PATIENTS, "utf-8")
    (folder / "visits.csv").write_text(visits(clinic), "utf-8")
    (folder / "README.pdf").write_bytes(b"%PDF-1.4 not ours")
    admin = clinic.store.sign_in("admin", PASSWORD)
    add_user(admin, "boss", "Practice Manager", Role.MANAGER, PASSWORD)
    sign_in(qtbot, window, "boss")

    # Keyboard: the shortcut opens it, the path is typed, Enter previews.
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.path, str(folder))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    wait_idle(qtbot)
    # The old system's id column has a name no rule knows: the preview says so and
    # lists every column of the file to choose from.
    assert dialog.summary.text().startswith("Problems in 2 rows or files;")
    assert "README.pdf" in dialog.summary.text()
    assert "no column for source_id" in dialog.problems.item(0, 1).text()
    assert not dialog.import_button.isEnabled()
    fields = {
        dialog.columns.item(row, 2).text(): box_in(dialog.columns, row, 3)
        for row in range(dialog.columns.rowCount())
        if dialog.columns.item(row, 0).text() == "patients.csv"
    }
    assert fields["given"].currentText() == "First" and fields["source_id"].currentData() == ""
    source_id = fields["source_id"]
    source_id.setFocus()
    qtbot.keyClicks(source_id, "Ref")
    assert source_id.currentData() == "Ref"
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert "Ready to import: patients: 1, providers: 0, appointments: 1" in dialog.summary.text()
    assert dialog.duplicates.rowCount() == 1
    assert dialog.duplicates.item(0, 1).text() == "Smith, Alice"
    assert "Smith, Alice (" in dialog.duplicates.item(0, 3).text()

    # The phone column chosen by keyboard after the preview: Import asks for a new one.
    phone = fields["phone"]
    assert phone.currentData() == ""
    phone.setFocus()
    qtbot.keyClicks(phone, "Handy")
    assert phone.currentData() == "Handy"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "preview again" in dialog.summary.text()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert fields["phone"].currentData() == "Handy"  # the person's choices stay
    assert dialog.import_button.isEnabled()

    # Stopped after rows went into the transaction: nothing stays.
    real_import = import_dialog.import_csv
    gate = threading.Event()

    def held_import(*args: Any, **kwargs: Any) -> Any:
        stages: list[str] = []
        report, asked = kwargs["progress"], kwargs["cancelled"]

        def progress(percent: int, what: str) -> None:
            stages.append(what)
            report(percent, what)

        def cancelled() -> bool:
            if "writing" in stages and not gate.is_set():
                gate.wait(10)  # hold the import here until the person pressed Stop
            return asked()

        kwargs.update(progress=progress, cancelled=cancelled)
        return real_import(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "import_csv", held_import)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 60, timeout=10_000)
    assert dialog.cancel_button.text() == "&Stop"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    wait_idle(qtbot)
    assert "cancelled: nothing was imported" in dialog.summary.text()
    assert search_patients(clinic.desk, "Ó Sé") == []
    monkeypatch.setattr(import_dialog, "import_csv", real_import)

    # Merge Alice (the file's e-mail fills her blank one), import the rest.
    choice = box_in(dialog.duplicates, 0, 4)
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentData() == "merge"
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert box_in(dialog.duplicates, 0, 4).currentData() == "skip"  # a new preview asks again
    choice = box_in(dialog.duplicates, 0, 4)
    choice.setCurrentIndex(choice.findData("merge"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.summary.text().startswith("Imported: patients: 1, providers: 0, appointments: 1")
    assert dialog.progress.value() == 100
    record = show_patient(clinic.desk, clinic.alice)
    assert record.email == "alice@example.org" and record.mrn == "A-1"
    (zoe,) = search_patients(clinic.desk, "Ó Sé")
    assert zoe.phones == ("0161 496 0555",)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
