"""Hostile values through the window's main forms: a clear message, nothing stored,
never the crash dialog (the autouse ``no_crashes`` fixture fails the test if it is
reached). The window calls the same services as the command line, so the messages
are the text policy's and the date policy's own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from clinicdesk.domain.date_policy import FIRST_CLINIC_DAY, LAST_CLINIC_DAY
from clinicdesk.domain.providers import ExceptionKind
from clinicdesk.services.patients import search_patients
from clinicdesk.services.schedules import weekly_hours
from clinicdesk.services.views import day_schedule
from clinicdesk.ui.new_patient_dialog import NewPatientDialog
from clinicdesk.ui.print_preview import PrintSheetDialog
from clinicdesk.ui.shell.main_window import MainWindow
from tests.special_files import device_node

from .conftest import GuiClinic, sign_in, wait_idle
from .test_booking import open_booking

# What a paste can bring into a line edit (a line edit keeps at most 32,767 characters).
HOSTILE_TEXT = (
    "nul\x00here",
    "esc\x1b[31m",
    "one\x01",
    "Dr \u202eeeL",
    "iso\u2066late\u2069",
    "x" * 40_000,
)
VALID_PATIENT = {"given": "Hana", "family": "Hostile", "birth_date": "17/05/1980"}


@pytest.mark.parametrize("field", ["given", "family", "email", "phone"])
def test_the_new_patient_form_refuses_hostile_text_with_a_message(
    qtbot: QtBot, clinic: GuiClinic, field: str
) -> None:
    for value in HOSTILE_TEXT:
        form = NewPatientDialog(clinic.desk)
        qtbot.addWidget(form)
        for name, text in VALID_PATIENT.items():
            getattr(form, name).setText(text)
        getattr(form, field).setText(value)
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        wait_idle(qtbot)
        assert form.patient is None, (field, value[:20])
        assert form.problem.text(), (field, value[:20])
        assert form.buttons.isEnabled()  # what was typed stays for another try
    assert search_patients(clinic.desk, "Hostile") == []


def test_the_new_patient_form_refuses_birth_dates_outside_the_policy(
    qtbot: QtBot, clinic: GuiClinic
) -> None:
    for typed in ("01/01/0001", "31/12/9999", "01/01/1800", "2999-01-01"):
        form = NewPatientDialog(clinic.desk)
        qtbot.addWidget(form)
        for name, text in VALID_PATIENT.items():
            getattr(form, name).setText(text)
        form.birth_date.setText(typed)
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        wait_idle(qtbot)
        assert form.patient is None and "birth" in form.problem.text().lower(), typed
    assert search_patients(clinic.desk, "Hostile") == []


def test_the_booking_dialog_refuses_a_hostile_reason_and_books_nothing(
    qtbot: QtBot,
    window: MainWindow,
    clinic: GuiClinic,
    message_boxes: list[tuple[str, str]],
) -> None:
    sign_in(qtbot, window)
    dialog = open_booking(qtbot, window)
    dialog.from_day.setDate(QDate(clinic.day))
    qtbot.keyClicks(dialog.search.box, "alice smith")
    qtbot.waitUntil(lambda: dialog.patient is not None, timeout=5_000)
    qtbot.waitUntil(lambda: dialog.slot is not None, timeout=5_000)
    for value in HOSTILE_TEXT:
        message_boxes.clear()
        dialog.reason.setText(value)
        dialog.book()
        wait_idle(qtbot)
        assert [kind for kind, _text in message_boxes] == ["warning"], value[:20]
        assert "reason" in message_boxes[0][1].lower()
        qtbot.waitUntil(lambda: dialog.slot is not None, timeout=5_000)
    assert not day_schedule(clinic.desk, clinic.day).appointments


def test_the_time_off_editor_refuses_a_hostile_reason(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window, "admin")
    window.show_view("providers")
    wait_idle(qtbot)
    window.providers_view.tabs.setCurrentIndex(1)
    editor = window.providers_view.exceptions
    editor.kind.setCurrentIndex(editor.kind.findData(ExceptionKind.TIME_OFF))
    editor.first_day.setDate(QDate(clinic.day))
    for value in HOSTILE_TEXT:
        editor.reason.setText(value)
        editor.add()
        wait_idle(qtbot)
        assert "reason" in editor.problem.text().lower(), value[:20]
    assert editor.model.rowCount() == 0


def test_the_hours_editor_keeps_its_first_day_inside_the_clinic_calendar(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window, "admin")
    window.show_view("providers")
    wait_idle(qtbot)
    view = window.providers_view
    before = weekly_hours(clinic.desk, clinic.ana)
    for asked in (QDate(1, 1, 1), QDate(9999, 12, 31), QDate(1999, 12, 31)):
        view.effective.setDate(asked)
        shown = view.effective.date().toPython()
        assert FIRST_CLINIC_DAY <= shown <= LAST_CLINIC_DAY  # type: ignore[operator]
    view.effective.setDate(QDate(LAST_CLINIC_DAY))
    view.save()
    wait_idle(qtbot)
    after = weekly_hours(clinic.desk, clinic.ana, date(2026, 1, 1))
    assert after.provider_name == before.provider_name


def test_every_date_box_of_the_window_is_bounded_to_the_clinic_calendar(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    for name in window.views:
        window.show_view(name)
        wait_idle(qtbot)
    booking = open_booking(qtbot, window)
    printing = PrintSheetDialog(clinic.desk, clinic.day, window)
    qtbot.addWidget(printing)
    boxes = [
        *window.findChildren(QDateEdit),
        *booking.findChildren(QDateEdit),
        *printing.findChildren(QDateEdit),
    ]
    assert len(boxes) >= 5
    for box in boxes:
        assert box.minimumDate().toPython() == FIRST_CLINIC_DAY, box.accessibleName()
        assert box.maximumDate().toPython() == LAST_CLINIC_DAY, box.accessibleName()



def test_saving_over_an_existing_file_asks_first_and_keeps_it_on_no(
    qtbot: QtBot,
    clinic: GuiClinic,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
) -> None:
    existing = tmp_path / "out" / "monday.pdf"
    existing.parent.mkdir()
    existing.write_bytes(b"someone's file")
    dialog = PrintSheetDialog(clinic.desk, clinic.day)
    qtbot.addWidget(dialog)
    typed = str(existing.with_suffix(""))  # ".pdf" is added, then the question is asked
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (typed, "PDF files"))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No)
    )
    dialog.save_button.click()
    wait_idle(qtbot)
    assert existing.read_bytes() == b"someone's file"
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    dialog.save_button.click()
    wait_idle(qtbot)
    assert asked and "monday.pdf already exists" in asked[0]
    assert existing.read_bytes().startswith(b"%PDF-")
    assert not [kind for kind, _text in message_boxes if kind in ("warning", "critical")]


def test_saving_into_the_data_folder_is_refused_with_a_message(
    qtbot: QtBot,
    clinic: GuiClinic,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
) -> None:
    store = clinic.data_dir / "clinic.db"
    before = store.read_bytes()
    dialog = PrintSheetDialog(clinic.desk, clinic.day)
    qtbot.addWidget(dialog)
    to_device = tmp_path / "printer.pdf"
    device = device_node(tmp_path / "full", 7)
    to_device.symlink_to(device)
    for typed in (str(store), str(clinic.data_dir / "sheet.pdf"), str(to_device)):
        message_boxes.clear()
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *_a, _t=typed, **_k: (_t, ""))
        )
        dialog.save_button.click()
        wait_idle(qtbot)
        assert [kind for kind, _text in message_boxes if kind == "warning"], (typed, message_boxes)
    assert not (clinic.data_dir / "sheet.pdf").exists()
    assert not (clinic.data_dir / "clinic.db.pdf").exists()
    assert device.is_char_device() and to_device.is_symlink()
    assert store.read_bytes() == before
