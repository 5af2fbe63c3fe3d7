"""The main window opens inside the screen it is on, and opens next time as it was left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from pytestqt.qtbot import QtBot

from clinicdesk.app import build_window
from clinicdesk.ui import fitting
from clinicdesk.ui.shell import main_window
from clinicdesk.ui.shell.main_window import PREFERRED_WINDOW_SIZE

from .conftest import GuiClinic, sign_in


def on_screen(monkeypatch: pytest.MonkeyPatch, available: QSize) -> None:
    geometry = QRect(QPoint(0, 0), available)
    monkeypatch.setattr(main_window, "available_geometry", lambda _w: geometry)
    monkeypatch.setattr(fitting, "available_geometry", lambda _w: geometry)


def test_the_first_start_on_the_front_desk_screen_fits_it_and_is_maximised(
    qtbot: QtBot, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = QSize(1366, 728)  # 1366×768 less the taskbar
    on_screen(monkeypatch, desk)
    window = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(window)
    room = desk - fitting.FRAME_ALLOWANCE
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.start_maximised
    window.show_fitted()
    assert window.isMaximized()
    # At 125% scaling the same screen leaves 1093×582; the window, signed in with every
    # view built, can shrink to it.
    sign_in(qtbot, window)
    least = window.minimumSize().expandedTo(window.minimumSizeHint())
    assert least.width() <= 1093 and least.height() <= 582 - fitting.FRAME_ALLOWANCE.height()


def test_a_large_screen_gets_the_usual_size_and_the_layout_is_remembered(
    qtbot: QtBot, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_screen(monkeypatch, QSize(1920, 1040))
    window = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(window)
    assert window.size() == PREFERRED_WINDOW_SIZE and not window.start_maximised
    window.show_fitted()
    window.resize(720, 540)  # within the test screen: Qt keeps a restored window on it
    qtbot.wait(50)
    window.close()
    again = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(again)
    again.show_fitted()
    qtbot.wait(50)
    assert again.size() == QSize(720, 540) and not again.isMaximized()
