"""Every dialog of the window, walked: it fits the front desk's screen, and no two of
its keyboard mnemonics (Alt+letter) clash.

The front desk is 1366×768 with a taskbar: 1366×728 for windows at 100% scaling,
1093×582 device-independent pixels at 125% (Qt scales the whole layout, so a dialog
fits at 125% when its logical size fits 1093×582). Each dialog is built the way the
window builds it, on a real clinic; a dialog class with no builder here fails the walk,
so a new dialog cannot skip the check.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionGroupBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import clinicdesk.ui
from clinicdesk.domain.appointments import Urgency
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.patients import search_patients
from clinicdesk.services.providers import list_providers
from clinicdesk.services.urgent import BumpRequest
from clinicdesk.services.views import AppointmentView, day_schedule
from clinicdesk.services.waitlist import WaitlistInput, add_to_waitlist, list_waitlist
from clinicdesk.ui import fitting
from clinicdesk.ui.appointment_actions import CancelDialog, MoveDialog
from clinicdesk.ui.appointment_dialog import AppointmentDialog
from clinicdesk.ui.booking_dialog import BookingDialog
from clinicdesk.ui.bump_dialog import BumpPlanDialog
from clinicdesk.ui.calendar.provider_picker import ProviderPicker
from clinicdesk.ui.displaced_visits_dialog import DisplacedVisitsDialog
from clinicdesk.ui.first_run import CreateClinicDialog, RecoveryKeyDialog
from clinicdesk.ui.import_dialog import ImportDialog
from clinicdesk.ui.length_dialog import LengthDialog
from clinicdesk.ui.new_patient_dialog import DuplicateWarning, NewPatientDialog
from clinicdesk.ui.print_preview import (
    PrintSheetDialog,
    SheetKind,
    SheetPreviewDialog,
    SheetRequest,
    render_sheet,
)
from clinicdesk.ui.repeat_panel import RepeatPanel
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.sync_status import ConflictsDialog
from clinicdesk.ui.views.waiting_room import WalkInDialog
from clinicdesk.ui.waitlist_offer import WaitlistOfferDialog

from .conftest import ZONE, GuiClinic, sign_in, wait_idle

# Available for windows on 1366×768 with a 40 px taskbar, at 100% and 125% scaling.
DESK_SCREENS = {"100%": QSize(1366, 728), "125%": QSize(1093, 582)}
Builder = Callable[[MainWindow, GuiClinic], QDialog]


def _booked(clinic: GuiClinic) -> AppointmentView:
    """Alice at 10:00 on the clinic's day (booked once; each screen size builds again)."""
    for booked in day_schedule(clinic.desk, clinic.day).active:
        if booked.patient_id == clinic.alice:
            return booked
    return book_appointment(
        clinic.desk,
        BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(10)),
    ).appointment


def _appointment(window: MainWindow, clinic: GuiClinic) -> QDialog:
    return AppointmentDialog(clinic.desk, _booked(clinic), window.appointments, window)


def _cancel(window: MainWindow, clinic: GuiClinic) -> QDialog:
    return CancelDialog(_booked(clinic), window)


def _booking_with_repeat(window: MainWindow, clinic: GuiClinic) -> QDialog:
    dialog = BookingDialog(clinic.desk, window)
    dialog.repeat.setChecked(True)
    return dialog


def _waitlist_offer(window: MainWindow, clinic: GuiClinic) -> QDialog:
    from clinicdesk.services.appointment_changes import cancel_appointment

    if not list_waitlist(clinic.desk):  # one entry per need: each screen size builds again
        add_to_waitlist(clinic.desk, WaitlistInput(clinic.bob, clinic.type_id, Urgency.ROUTINE))
    change = cancel_appointment(clinic.desk, _booked(clinic).id, "Patient phoned")
    assert change.waitlist_candidates
    return WaitlistOfferDialog(clinic.desk, change, window)


def _displaced_visits(window: MainWindow, clinic: GuiClinic) -> QDialog:
    since = clinic.desk.now()
    return DisplacedVisitsDialog(clinic.desk, [_booked(clinic).id], since, ZONE, window)


def _duplicate_warning(window: MainWindow, clinic: GuiClinic) -> QDialog:
    found = tuple(search_patients(clinic.desk, "smith", 10))
    return DuplicateWarning(found, window)


def _preview(window: MainWindow, clinic: GuiClinic) -> QDialog:
    request = SheetRequest(SheetKind.DAY, clinic.day)
    return SheetPreviewDialog(clinic.desk, request, render_sheet(clinic.desk, request), window)


BUILDERS: dict[str, Builder] = {
    "BookingDialog": lambda window, clinic: BookingDialog(clinic.desk, window),
    "BookingDialog with Repeat ticked": _booking_with_repeat,
    "AppointmentDialog": _appointment,
    "CancelDialog": _cancel,
    "MoveDialog": lambda window, clinic: MoveDialog(clinic.desk, _booked(clinic), ZONE, window),
    "LengthDialog": lambda window, clinic: LengthDialog(
        clinic.desk, _booked(clinic), ZONE, clinic.at(10, 40), window
    ),
    "NewPatientDialog": lambda window, clinic: NewPatientDialog(clinic.desk, window),
    "DuplicateWarning": _duplicate_warning,
    "WalkInDialog": lambda window, clinic: WalkInDialog(clinic.desk, 0, window),
    "WaitlistOfferDialog": _waitlist_offer,
    "DisplacedVisitsDialog": _displaced_visits,
    "ImportDialog": lambda window, clinic: ImportDialog(clinic.desk, window),
    "BumpPlanDialog": lambda window, clinic: BumpPlanDialog(
        clinic.desk,
        BumpRequest(clinic.alice, clinic.type_id, Urgency.URGENT),
        window.clinic_zone,
        window,
    ),
    "PrintSheetDialog": lambda window, clinic: PrintSheetDialog(clinic.desk, clinic.day, window),
    "SheetPreviewDialog": _preview,
    "ConflictsDialog": lambda window, clinic: ConflictsDialog(clinic.desk, window),
    "ProviderPicker": lambda window, clinic: ProviderPicker(
        list_providers(clinic.desk), None, window
    ),
    "CreateClinicDialog": lambda window, clinic: CreateClinicDialog(window),
    "RecoveryKeyDialog": lambda window, clinic: RecoveryKeyDialog(
        " ".join(["123456"] * 16), window
    ),
}


def dialog_classes() -> set[str]:
    """Every QDialog subclass the window's package defines."""
    for module in pkgutil.walk_packages(clinicdesk.ui.__path__, "clinicdesk.ui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    pending = list(QDialog.__subclasses__())
    while pending:
        kind = pending.pop()
        pending.extend(kind.__subclasses__())
        if kind.__module__.startswith("clinicdesk.ui"):
            found.add(kind.__name__)
    return found


def test_every_dialog_class_is_walked() -> None:
    walked = {name.split(" ")[0] for name in BUILDERS}
    assert dialog_classes() - walked == set()


def build(qtbot: QtBot, window: MainWindow, clinic: GuiClinic, name: str) -> QDialog:
    dialog = BUILDERS[name](window, clinic)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    qtbot.wait(200)  # timers that fill a dialog after it opens (slot and date previews)
    wait_idle(qtbot)
    return dialog


def misfits(dialog: QDialog, available: QSize) -> list[str]:
    """How the dialog fails to fit a screen with ``available`` room (empty: it fits)."""
    room = available - fitting.FRAME_ALLOWANCE
    # The smallest the layout allows, and the size the dialog opens at.
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    resized = dialog.testAttribute(Qt.WidgetAttribute.WA_Resized)
    opened = dialog.size() if resized else dialog.sizeHint()
    return [
        f"{what} {size.width()}×{size.height()} > {room.width()}×{room.height()}"
        for what, size in (("smallest", least), ("opens at", opened))
        if size.width() > room.width() or size.height() > room.height()
    ]


@pytest.mark.parametrize("name", list(BUILDERS))
def test_the_dialog_fits_the_desk_screen_and_its_mnemonics_are_distinct(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, name: str
) -> None:
    sign_in(qtbot, window)
    problems: dict[str, list[str]] = {}
    for screen, available in DESK_SCREENS.items():
        # Dialogs size themselves from the screen they open on (clinicdesk.ui.fitting).
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(
                fitting, "available_geometry", lambda _w, a=available: QRect(QPoint(0, 0), a)
            )
            dialog = build(qtbot, window, clinic, name)
        if found := misfits(dialog, available):
            problems[screen] = found
        if screen == "100%":
            problems.update(clashing_mnemonics(dialog))
        dialog.close()
    assert problems == {}


_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(dialog: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every Alt+letter the dialog offers."""
    texts: list[str] = []
    for widget in dialog.findChildren(QAbstractButton):
        texts.append(widget.text())
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            texts.append(label.text())
    for box in dialog.findChildren(QGroupBox):
        if box.isCheckable():
            texts.append(box.title())
    for tabs in dialog.findChildren(QTabWidget):
        texts.extend(tabs.tabText(i) for i in range(tabs.count()))
    found = []
    for text in texts:
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.append((match.group(1).lower(), text))
    return found


def clashing_mnemonics(dialog: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the texts offering it, for letters offered more than once."""
    by_letter: dict[str, list[str]] = {}
    for letter, text in mnemonics(dialog):
        by_letter.setdefault(f"Alt+{letter.upper()}", []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def test_the_booking_dialog_gives_repeat_room_without_growing_past_the_screen(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    dialog = BookingDialog(clinic.desk, window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    before = dialog.size()
    dialog.repeat.setChecked(True)
    qtbot.wait(50)
    assert dialog.height() <= max(before.height(), DESK_SCREENS["100%"].height())
    assert dialog.book_button.isVisible()


def test_unticked_repeat_is_a_tick_box_without_an_empty_frame(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from clinicdesk.ui.theme import style_sheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.styleSheet()
    app.setStyleSheet(style_sheet())  # the window's own look, frames and padding
    qtbot.addWidget(panel := RepeatPanel())
    try:
        _check_repeat_panel(qtbot, panel)
    finally:
        app.setStyleSheet(previous)


def _check_repeat_panel(qtbot: QtBot, panel: RepeatPanel) -> None:
    panel.show()
    one_line = panel.fontMetrics().height()
    assert panel.isFlat() and panel.sizeHint().height() <= 2 * one_line
    option = QStyleOptionGroupBox()
    panel.initStyleOption(option)
    box = panel.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxCheckBox, panel
    )
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=box.center())
    assert panel.isChecked() and not panel.isFlat()
    assert panel.body.isVisible() and panel.sizeHint().height() > 4 * one_line
