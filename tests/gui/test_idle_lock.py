"""The idle lock hides patient data behind a sign-in panel and keeps unsaved input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from clinicdesk.domain.errors import AuthenticationError
from clinicdesk.services.idle import IdleTracker
from clinicdesk.ui.idle_lock import LOCKED_TITLE, IdleLock

PASSWORD = "correct horse staple"


def _authenticate(username: str, password: str) -> object:
    if (username, password) != ("r.smith", PASSWORD):
        raise AuthenticationError("Sign-in failed: the user name or password is wrong.")
    return username


@pytest.fixture
def screen(qtbot: QtBot) -> tuple[QMainWindow, QLineEdit, QLabel, QDialog, QLineEdit]:
    window = QMainWindow()
    window.setWindowTitle("clinicdesk — Jane Doe")
    central = QWidget()
    layout = QVBoxLayout(central)
    patient = QLabel("Jane Doe, born 1980-04-01")
    note = QLineEdit()
    layout.addWidget(patient)
    layout.addWidget(note)
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(note, "half-typed phone 0771")
    dialog = QDialog(window)
    dialog.setWindowTitle("Edit Jane Doe")
    dialog_input = QLineEdit("unsaved address", dialog)
    dialog.show()
    return window, note, patient, dialog, dialog_input


def test_idle_window_locks_hides_patient_data_and_keeps_input(
    qtbot: QtBot, screen: tuple[QMainWindow, QLineEdit, QLabel, QDialog, QLineEdit]
) -> None:
    window, note, patient, dialog, dialog_input = screen
    lock = IdleLock(window, IdleTracker(0.3), _authenticate, "r.smith", poll_ms=20).install()
    try:
        qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
        assert not patient.isVisible() and not note.isVisible()
        assert not dialog_input.isVisible() and dialog.isVisible()  # dialog kept, contents hidden
        assert window.windowTitle() == LOCKED_TITLE and dialog.windowTitle() == LOCKED_TITLE
        assert lock.panel is not None and lock.panel.isVisible()

        qtbot.keyClicks(note, "typed while locked")  # input outside the panel is blocked
        assert note.text() == "half-typed phone 0771"

        qtbot.keyClicks(lock.panel.password, "wrong password")
        qtbot.mouseClick(lock.panel.unlock_button, Qt.MouseButton.LeftButton)
        assert lock.is_locked and "Sign-in failed" in lock.panel.error.text()

        qtbot.keyClicks(lock.panel.password, PASSWORD)
        qtbot.keyClick(lock.panel.password, Qt.Key.Key_Return)
        assert not lock.is_locked
        assert patient.isVisible() and note.isVisible() and dialog_input.isVisible()
        assert note.text() == "half-typed phone 0771"
        assert dialog_input.text() == "unsaved address"
        assert window.windowTitle() == "clinicdesk — Jane Doe"
        assert dialog.windowTitle() == "Edit Jane Doe"
    finally:
        lock.uninstall()


def test_activity_keeps_the_window_unlocked(
    qtbot: QtBot, screen: tuple[QMainWindow, QLineEdit, QLabel, QDialog, QLineEdit]
) -> None:
    window, note, *_ = screen
    lock = IdleLock(window, IdleTracker(1.0), _authenticate, "r.smith", poll_ms=20).install()
    try:
        for _ in range(12):  # 1.8 s in all, well past the 1 s idle time
            qtbot.keyClick(note, Qt.Key.Key_A)
            qtbot.wait(150)
        assert not lock.is_locked
    finally:
        lock.uninstall()


def test_the_password_box_is_reachable_over_an_open_modal_dialog(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    window = QMainWindow()
    window.setCentralWidget(QLabel("Jane Doe, born 1980-04-01"))
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    dialog.setWindowTitle("Cancel Jane Doe's visit")
    reason = QLineEdit("patient phoned", dialog)
    dialog.resize(220, 80)  # smaller than the sign-in panel
    dialog.open()  # modal: the window behind takes no input while it is open
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=3000)
    lock = IdleLock(window, IdleTracker(60), _authenticate, "r.smith").install()
    try:
        lock.lock()
        assert lock.panel is not None
        assert dialog.isAncestorOf(lock.panel) and lock.panel.isVisible()
        assert not reason.isVisible()
        # Typed into the panel on the dialog in front, as a person would: it unlocks.
        qtbot.keyClicks(lock.panel.password, PASSWORD)
        qtbot.keyClick(lock.panel.password, Qt.Key.Key_Return)
        assert not lock.is_locked
        assert reason.isVisible() and reason.text() == "patient phoned"
        assert dialog.isVisible() and dialog.size().toTuple() == (220, 80)
    finally:
        lock.uninstall()
        dialog.reject()
