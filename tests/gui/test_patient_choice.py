"""The wrong patient is never booked: nothing is taken for the receptionist.

With several matches, Enter (or Book, or Add walk-in) books nobody until one patient
is picked with the arrow keys or a click; the chosen patient's name, birth date and
phone stay in view beside the Book button; the list tells namesakes apart.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from clinicdesk.services.patients import register_patient
from clinicdesk.services.views import day_schedule
from clinicdesk.ui.booking_dialog import PREFERRED_SIZE, BookingDialog
from clinicdesk.ui.fitting import fitted_size
from clinicdesk.ui.i18n import date_text
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.views.waiting_room import WalkInDialog

from .conftest import GuiClinic, sign_in, wait_idle


def open_booking(qtbot: QtBot, window: MainWindow, clinic: GuiClinic) -> BookingDialog:
    dialog = window.book_at(None, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    wait_idle(qtbot)
    dialog.from_day.setDate(QDate(clinic.day))
    qtbot.waitUntil(
        lambda: dialog.slot is not None and dialog.slot.start == clinic.at(9), timeout=5_000
    )
    return dialog


def booked_patients(clinic: GuiClinic) -> list[str]:
    return [a.patient_id for a in day_schedule(clinic.desk, clinic.day).appointments]


def type_search(qtbot: QtBot, dialog: BookingDialog | WalkInDialog, text: str, rows: int) -> None:
    qtbot.keyClicks(dialog.search.box, text)
    qtbot.waitUntil(
        lambda: dialog.search.up_to_date and dialog.search.model.rowCount() == rows,
        timeout=5_000,
    )
    wait_idle(qtbot)


def test_enter_with_several_matches_books_nobody_until_one_is_picked_by_arrow_keys(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    dialog = open_booking(qtbot, window, clinic)
    type_search(qtbot, dialog, "smi", rows=2)
    assert dialog.slot is not None
    qtbot.keyClick(dialog.search.box, Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert dialog.isVisible() and booked_patients(clinic) == []
    # Said beside the Book button, where the receptionist looks.
    assert "no patient chosen" in dialog.chosen_patient.text()
    assert "2 patients match" in dialog.chosen_patient.text()
    # The keyboard was put on the list, where the choice is made.
    assert QApplication.focusWidget() is dialog.search.table
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Down)
    second = dialog.search.model.record(1)
    assert second is not None and dialog.patient == second
    shown = dialog.chosen_patient.text()
    assert second.display_name in shown and f"{second.birth_date:%d %b %Y}" in shown
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Up)
    first = dialog.search.model.record(0)
    assert first is not None and dialog.patient == first
    assert first.display_name in dialog.chosen_patient.text()
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert booked_patients(clinic) == [first.id]


def test_a_click_picks_the_patient_and_the_book_button_books_that_one(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    dialog = open_booking(qtbot, window, clinic)
    type_search(qtbot, dialog, "smi", rows=2)
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert booked_patients(clinic) == []
    table = dialog.search.table
    alice_row = next(
        row
        for row in range(dialog.search.model.rowCount())
        if dialog.search.model.record(row).given == "Alice"  # type: ignore[union-attr]
    )
    where = table.visualRect(dialog.search.model.index(alice_row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert "Smith, Alice" in dialog.chosen_patient.text()
    assert "17 May 1980" in dialog.chosen_patient.text()
    assert "+44 7700 900123" in dialog.chosen_patient.text()
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert booked_patients(clinic) == [clinic.alice]


def test_typing_on_after_a_choice_unchooses_until_the_new_answer_is_in(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    dialog = open_booking(qtbot, window, clinic)
    type_search(qtbot, dialog, "smith al", rows=1)
    assert dialog.patient is not None and dialog.patient.id == clinic.alice
    # Keys typed after the choice: the list still shows the answer to the old text.
    dialog.search.box.setText("smi")
    assert dialog.patient is None
    qtbot.keyClick(dialog.search.box, Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert booked_patients(clinic) == []


def test_walk_in_never_takes_the_first_of_many_and_says_who_and_with_whom(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    dialog = WalkInDialog(clinic.desk, 0, window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    type_search(qtbot, dialog, "smi", rows=2)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.isVisible()
    assert "2 patients match" in dialog.problem.text()
    assert day_schedule(clinic.desk).appointments == ()
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    chosen = dialog.search.model.record(0)
    assert chosen is not None
    message = dialog.result_message
    assert chosen.display_name in message
    booked = day_schedule(clinic.desk).appointments
    if booked:  # inside opening hours: a gap today, named with its provider
        assert message.startswith("Walk-in booked: ")
        assert booked[0].provider_name in message


def test_namesakes_are_told_apart_and_first_names_are_never_cut(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    long_given = "Mary-Catherine Josephine"
    for phone in ("07700 900111", "07700 900222"):
        register_patient(
            clinic.desk,
            given=long_given,
            family="O'Brien-Fitzgerald",
            birth_date=date(1961, 2, 3) if phone.endswith("111") else date(1994, 9, 8),
            phones=[phone, "+44 20 7946 0" + phone[-3:]],
            alerts="Needs an interpreter",
            confirm_duplicates=True,
        )
    sign_in(qtbot, window)
    dialog = open_booking(qtbot, window, clinic)
    # As the dialog opens on the front desk's 1366×768 screen with a taskbar.
    dialog.resize(fitted_size(PREFERRED_SIZE, QSize(1366, 728)))
    type_search(qtbot, dialog, "fitzgerald", rows=2)
    table, model = dialog.search.table, dialog.search.model
    header = table.horizontalHeader()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Name", "Born", "Age", "Phone"]
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(2)]
    # Same name, different birth date, age and phone ending: told apart at a glance.
    first_born = date_text(date(1961, 2, 3), weekday=False)
    second_born = date_text(date(1994, 9, 8), weekday=False)
    assert {tuple(row[1:]) for row in rows} == {
        (
            first_born,
            str(rows[0][2] if rows[0][1] == first_born else rows[1][2]),
            "…0111, …0111",
        ),
        (
            second_born,
            str(rows[0][2] if rows[0][1] == second_born else rows[1][2]),
            "…0222, …0222",
        ),
    }
    # The alert is a sign before the name and words for a screen reader, not a column.
    name_index = model.index(0, 0)
    assert model.data(name_index, Qt.ItemDataRole.DecorationRole) is not None
    assert "has alerts" in model.data(name_index, Qt.ItemDataRole.AccessibleTextRole)
    needed = (
        table.fontMetrics().horizontalAdvance(rows[0][0])
        + table.iconSize().width()
        + 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin)
        + 8
    )
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    sizes = [header.sectionSize(c) for c in range(4)]
    assert header.sectionSize(0) >= needed, (sizes, needed, table.width(), dialog.width())
