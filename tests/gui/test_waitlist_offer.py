"""A freed slot offered from the waitlist: the desk sees whom to ring and on which
number, books by keyboard, and is told what was booked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clinicdesk.services.appointment_changes import cancel_appointment
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.waitlist import WaitlistInput, add_to_waitlist, list_waitlist
from clinicdesk.ui.i18n import date_time_text
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.waitlist_offer import WaitlistOfferDialog

from .conftest import GuiClinic, sign_in, wait_idle


def test_the_offer_shows_phones_and_booking_it_says_booked(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window)
    taken = book_appointment(
        clinic.desk, BookingInput(clinic.bob, clinic.type_id, clinic.ana, clinic.at(9))
    ).appointment
    add_to_waitlist(clinic.desk, WaitlistInput(clinic.alice, clinic.type_id))
    window._after_change(cancel_appointment(clinic.desk, taken.id, "feeling better"))
    offer = window.waitlist_offer
    assert isinstance(offer, WaitlistOfferDialog)
    qtbot.waitUntil(offer.isVisible, timeout=5_000)
    cells = [offer.model.index(0, c).data() for c in range(offer.model.columnCount())]
    assert "+44 7700 900123 (mobile)" in cells
    offer.table.setFocus()
    qtbot.keyClick(offer.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not offer.isVisible(), timeout=5_000)
    wait_idle(qtbot)
    message = window.statusBar().currentMessage()
    assert message == f"Booked: A. Smith, {date_time_text(clinic.at(9))}, Dr Ana Lee"
    assert list_waitlist(clinic.desk) == []


def test_adding_the_same_need_twice_from_the_booking_dialog_is_refused_in_words(
    qtbot: QtBot,
    window: MainWindow,
    clinic: GuiClinic,
    message_boxes: list[tuple[str, str]],
) -> None:
    sign_in(qtbot, window)
    add_to_waitlist(clinic.desk, WaitlistInput(clinic.alice, clinic.type_id))
    dialog = window.book_at(None, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    wait_idle(qtbot)
    qtbot.keyClicks(dialog.search.box, "smith ali")
    qtbot.waitUntil(lambda: dialog.patient is not None, timeout=5_000)
    qtbot.mouseClick(dialog.waitlist_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert message_boxes == [
        (
            "warning",
            "A. Smith is already on the waitlist for Consultation (added "
            f"{clinic.desk.now():%d %b %Y}); change or remove that entry instead.",
        )
    ]
    assert dialog.isVisible()  # nothing happened; the receptionist can book instead
    assert len(list_waitlist(clinic.desk)) == 1
