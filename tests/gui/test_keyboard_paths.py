"""Front-desk paths driven by the keyboard alone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from clinicdesk.ui.booking_dialog import BookingDialog
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.word_search import matches_a_word

from .conftest import GuiClinic, sign_in, wait_idle


def test_provider_type_ahead_finds_a_provider_by_surname(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    dialog = window.book_at(None, None)
    assert isinstance(dialog, BookingDialog)
    qtbot.addWidget(dialog)
    wait_idle(qtbot)
    combo = dialog.provider
    combo.setFocus()
    qtbot.keyClicks(combo, "okafor")
    assert combo.currentData() == clinic.ben
    qtbot.wait(qtbot_interval_ms() + 50)  # a pause starts a new search, as in any list
    qtbot.keyClicks(combo, "lee")
    assert combo.currentData() == clinic.ana
    assert not combo.view().isVisible()  # chosen without opening the list


def qtbot_interval_ms() -> int:
    from PySide6.QtWidgets import QApplication

    return QApplication.keyboardInputInterval()


def test_a_word_matches_from_its_start_accents_and_case_aside() -> None:
    assert matches_a_word("Dr Ana Lee · General practice", "lee")
    assert matches_a_word("Nurse Zoë Müller", "mull")
    assert matches_a_word("Dr Ben Okafor", "dr b")
    assert not matches_a_word("Dr Ana Lee", "ee")
    assert not matches_a_word("Dr Ana Lee", "  ")
