"""Every view of the workspace fits the front desk's screen by itself.

The window's outer scroll area keeps the status bar on screen whatever a view asks
for, so a view whose minimum is taller or wider than the workspace makes the whole page
scroll: the bottom of the day calendar and its right edge then sit below or beside the
screen. Each view's own minimum must fit the room the window leaves it, at 1366×768 with
a taskbar and at 125% scaling, under the window's own style sheet.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from clinicdesk.app import build_window
from clinicdesk.services.patients import search_patients, update_patient
from clinicdesk.ui import fitting
from clinicdesk.ui.shell import main_window
from clinicdesk.ui.shell.main_window import PREFERRED_WINDOW_SIZE, MainWindow
from clinicdesk.ui.theme import style_sheet

from .conftest import GuiClinic, sign_in, wait_idle

# What Windows leaves for windows on a 1366×768 screen with a taskbar, at 100% and 125%.
DESK_SCREENS = {"100%": QSize(1366, 728), "125%": QSize(1093, 582)}


@pytest.fixture
def desk_look() -> Iterator[None]:
    """The window's font and style sheet (padding and borders count), restored after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, font = app.styleSheet(), QFont(app.font())
    bigger = QFont(font)
    bigger.setPointSizeF(max(font.pointSizeF(), 10.0))  # as apply_theme does
    app.setFont(bigger)
    app.setStyleSheet(style_sheet())
    yield
    app.setStyleSheet(sheet)
    app.setFont(font)


def least(widget: QWidget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def desk_window(
    qtbot: QtBot, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch, screen: QSize
) -> MainWindow:
    """The window on the desk's screen, signed in, a patient with alerts open."""
    geometry = QRect(QPoint(0, 0), screen)
    monkeypatch.setattr(main_window, "available_geometry", lambda _w: geometry)
    monkeypatch.setattr(fitting, "available_geometry", lambda _w: geometry)
    update_patient(
        clinic.desk, clinic.alice, alerts="Needs a wheelchair space; interpreter (Polish)."
    )
    window = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(window)
    window.resize(fitting.fitted_size(PREFERRED_WINDOW_SIZE, screen))
    window.show()
    sign_in(qtbot, window)
    window.go_to(clinic.day)
    window.show_view("patients")
    alice = search_patients(clinic.desk, "Alice Smith")[0]
    window.patients_view.search.show_patient(alice)
    window.patients_view.open_patient(alice)
    wait_idle(qtbot)
    detail = window.patients_view.detail
    assert detail.record is not None, window.current_view
    assert detail.alerts.isVisible(), (detail.alerts.text(), window.current_view)
    return window


@pytest.mark.parametrize("scaling", sorted(DESK_SCREENS))
def test_every_view_fits_the_workspace_on_the_desk_screen(
    qtbot: QtBot,
    clinic: GuiClinic,
    monkeypatch: pytest.MonkeyPatch,
    desk_look: None,
    scaling: str,
) -> None:
    screen = DESK_SCREENS[scaling]
    window = desk_window(qtbot, clinic, monkeypatch, screen)
    room = window.centralWidget().size()  # the window less menus, toolbar, status bar
    too_big = {
        key: (least(view).width(), least(view).height())
        for key, view in window.views.items()
        if not (least(view).width() <= room.width() and least(view).height() <= room.height())
    }
    assert too_big == {}, f"workspace {room.width()}×{room.height()}"

    # Nothing scrolls the page: the day calendar's bottom and right edge are on screen.
    for key in window.views:
        window.show_view(key)
        qtbot.wait(20)
        scroller = window.page_scroller
        bars = (scroller.verticalScrollBar().maximum(), scroller.horizontalScrollBar().maximum())
        assert bars == (0, 0), key
    window.show_view("day")
    qtbot.wait(20)
    viewport = window.day_view.pane.scroll.viewport()
    corner = viewport.mapTo(window, viewport.rect().bottomRight())
    assert window.centralWidget().geometry().contains(corner)
    assert window.width() <= screen.width() and window.height() <= screen.height()


@pytest.mark.parametrize("scaling", sorted(DESK_SCREENS))
def test_every_toolbar_action_can_be_reached_on_the_desk_screen(
    qtbot: QtBot,
    clinic: GuiClinic,
    monkeypatch: pytest.MonkeyPatch,
    desk_look: None,
    scaling: str,
) -> None:
    window = desk_window(qtbot, clinic, monkeypatch, DESK_SCREENS[scaling])
    toolbar = window.toolbar
    shown = toolbar.rect()
    hidden = [
        action.text()
        for action in toolbar.actions()
        if not action.isSeparator()
        and not (
            (button := toolbar.widgetForAction(action)) is not None
            and button.isVisible()
            and shown.contains(button.geometry())
        )
    ]
    assert hidden, "the desk screen is too narrow for the whole toolbar: the » button shows"
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more is not None and more.isVisible() and shown.contains(more.geometry())
    # The » is drawn: the padding of the toolbar's buttons once left it a blank box.
    picture = more.grab().toImage()
    inks = {picture.pixel(x, y) for x in range(picture.width()) for y in range(picture.height())}
    assert len(inks) > 4
    # The » shows the rest of the toolbar.
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    buttons = [toolbar.widgetForAction(action) for action in toolbar.actions()]
    qtbot.waitUntil(lambda: all(button.isVisible() for button in buttons if button is not None))
