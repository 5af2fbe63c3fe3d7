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
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinicdesk.app import build_window
from clinicdesk.domain.users import Role
from clinicdesk.services.accounts import add_user
from clinicdesk.services.patients import search_patients, update_patient
from clinicdesk.translations import install_for_window, uninstall_translations
from clinicdesk.ui import fitting
from clinicdesk.ui.shell import main_window
from clinicdesk.ui.shell.main_window import PREFERRED_WINDOW_SIZE, MainWindow
from clinicdesk.ui.theme import style_sheet

from .conftest import PASSWORD, GuiClinic, sign_in, wait_idle

# What Windows leaves for windows on a 1366×768 screen with a taskbar, at 100% and 125%.
DESK_SCREENS = {"100%": QSize(1366, 728), "125%": QSize(1093, 582)}
ICON_ONLY = Qt.ToolButtonStyle.ToolButtonIconOnly


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
    qtbot: QtBot,
    clinic: GuiClinic,
    monkeypatch: pytest.MonkeyPatch,
    screen: QSize,
    username: str = "desk",
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
    sign_in(qtbot, window, username)
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


def hidden_in_toolbar(window: MainWindow) -> list[str]:
    """The toolbar's actions whose buttons are not wholly shown in the toolbar itself."""
    toolbar = window.toolbar
    shown = toolbar.rect()
    return [
        action.iconText()
        for action in toolbar.actions()
        if not action.isSeparator()
        and not (
            (button := toolbar.widgetForAction(action)) is not None
            and button.isVisible()
            and shown.contains(button.geometry())
        )
    ]


@pytest.mark.usefixtures("desk_look")
@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "ar"])
@pytest.mark.parametrize("scaling", sorted(DESK_SCREENS))
def test_every_toolbar_action_is_in_the_toolbar_on_the_desk_screen(
    qtbot: QtBot,
    clinic: GuiClinic,
    monkeypatch: pytest.MonkeyPatch,
    scaling: str,
    language: str,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if language != "en":
        install_for_window(app, language)
    try:
        window = desk_window(qtbot, clinic, monkeypatch, DESK_SCREENS[scaling])
    finally:
        uninstall_translations(app)
    toolbar = window.toolbar
    assert hidden_in_toolbar(window) == [], f"{toolbar.width()} px, needs {toolbar.sizeHint()}"
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more is None or not more.isVisible()
    # A button without its words still says what it does, to the eye and to a reader.
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            assert action.toolTip() and button.accessibleName() == action.iconText()
            reader = QAccessible.queryAccessibleInterface(button)
            assert reader.text(QAccessible.Text.Name) == action.iconText()
    # The words come back where the room is.
    if scaling == "100%" and language in ("en", "de"):
        assert window.toolbar.widgetForAction(window.new_appointment_action).toolButtonStyle() == (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )


def test_the_toolbar_shows_every_word_when_the_window_is_wide(
    qtbot: QtBot, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch, desk_look: None
) -> None:
    window = desk_window(qtbot, clinic, monkeypatch, QSize(2560, 1400))
    window.resize(2400, 1000)
    qtbot.waitUntil(lambda: window.toolbar.width() >= 2300)
    toolbar = window.toolbar
    styles = {
        action.iconText(): toolbar.widgetForAction(action).toolButtonStyle()
        for action in toolbar.actions()
        if isinstance(toolbar.widgetForAction(action), QToolButton)
    }
    arrows = {window.previous_day.iconText(), window.next_day.iconText()}
    assert {text for text, style in styles.items() if style == ICON_ONLY} == arrows
    # Narrowed again, the words go and every button stays in the toolbar.
    window.resize(1093, 700)
    qtbot.waitUntil(lambda: toolbar.width() <= 1100 and hidden_in_toolbar(window) == [])
    assert toolbar.widgetForAction(window.view_actions["reports"]).toolButtonStyle() == ICON_ONLY


def test_the_extension_button_is_drawn_and_shows_the_rest_below_the_desk_screen(
    qtbot: QtBot, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch, desk_look: None
) -> None:
    window = desk_window(qtbot, clinic, monkeypatch, DESK_SCREENS["125%"])
    window.resize(window.minimumWidth(), window.height())
    toolbar = window.toolbar
    qtbot.waitUntil(lambda: toolbar.width() <= window.minimumWidth())
    shown = toolbar.rect()
    assert hidden_in_toolbar(window), "narrower than every icon: the » button shows"
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


def clipped_in(view: QWidget) -> list[str]:
    """Visible buttons narrower than their words and boxes that cut their current text."""
    clipped = []
    for widget in view.findChildren(QWidget):
        if not widget.isVisibleTo(view) or not widget.window().isVisible():
            continue
        if isinstance(widget, QPushButton) and widget.width() < widget.sizeHint().width():
            clipped.append(f"button {widget.text()!r}: {widget.width()} < {widget.sizeHint()}")
        if isinstance(widget, QComboBox) and not widget.isEditable():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            room = field.width() - (widget.iconSize().width() + 4 if option.currentIcon else 0)
            words = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if words > room:
                clipped.append(f"box {widget.currentText()!r}: {words} > {room}")
    return clipped


@pytest.mark.usefixtures("desk_look")
def test_no_view_cuts_a_button_or_a_box_on_the_desk_screen(
    qtbot: QtBot, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A manager opens every view (reports too).
    admin = clinic.store.sign_in("admin", PASSWORD)
    add_user(admin, "mary", "Mary", Role.MANAGER, PASSWORD)
    window = desk_window(qtbot, clinic, monkeypatch, DESK_SCREENS["100%"], "mary")
    window.resize(1366 - fitting.FRAME_ALLOWANCE.width(), window.height())  # maximised
    found = {}
    for key, view in window.views.items():
        window.show_view(key)
        assert window.workspace.currentWidget() is view, key
        if key == "reports":
            window.reports_view.run()
        wait_idle(qtbot)
        qtbot.waitUntil(lambda v=view: v.width() == window.views["day"].width())
        if clipped := clipped_in(view):
            found[key] = clipped
    assert found == {}
