"""The Reminders view: visits to call about, replies for staff, messages not sent; each
list acted on with the keyboard-reachable buttons."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clinicdesk.domain.ids import new_id
from clinicdesk.domain.outbound import Channel, InboundMessage, MessageState, OutboundMessage
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.messages import list_messages, staff_inbox
from clinicdesk.ui.shell.main_window import MainWindow
from tests.unit.printing.pdf_reading import pages_and_text

from .conftest import GuiClinic, sign_in, wait_idle


def test_reminders_view_lists_calls_replies_and_failures(
    qtbot: QtBot,
    window: MainWindow,
    clinic: GuiClinic,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ctx = dataclasses.replace(clinic.desk, clock=lambda: clinic.at(8) - timedelta(days=1))
    booked = book_appointment(
        ctx, BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(10))
    ).appointment
    now = clinic.at(8)
    with ctx.uow_factory() as uow:
        uow.messages.add_inbound(
            InboundMessage(
                new_id(),
                Channel.SMS,
                "+447700900123",
                "can I come later?",
                now,
                "IN1",
                "unclear",
                now,
                clinic.alice,
                booked.id,
            )
        )
        uow.messages.add(
            OutboundMessage(
                new_id(),
                Channel.SMS,
                clinic.bob,
                "reminder",
                {},
                MessageState.FAILED,
                now,
                now,
                attempts=5,
                last_error="The SMS gateway answered 503.",
            )
        )
        uow.commit()
    sign_in(qtbot, window)
    view = window.reminders_view
    view.ctx = dataclasses.replace(view.ctx, clock=lambda: clinic.at(7) - timedelta(days=1))
    window.show_view("reminders")
    wait_idle(qtbot)
    assert [r.appointment_id for r in view.calls.rows] == [booked.id]
    assert view.calls.data(view.calls.index(0, 4)) == "unclear reply"
    assert [m.body for m in view.inbox.rows] == ["can I come later?"]
    assert [m.last_error for m in view.failed.rows] == ["The SMS gateway answered 503."]
    assert view.summary.text() == "1 to call, 1 replies to read, 1 not sent."
    view.calls_table.setCurrentIndex(view.calls.index(0, 0))
    view.called_button.click()
    wait_idle(qtbot)
    assert [r.called for r in view.calls.rows] == [True]
    view.tabs.setCurrentIndex(1)
    view.inbox_table.setCurrentIndex(view.inbox.index(0, 0))
    view.handled_button.click()
    wait_idle(qtbot)
    assert staff_inbox(clinic.desk) == [] and view.inbox.rowCount() == 0
    assert len(list_messages(clinic.desk, MessageState.FAILED)) == 1
    # Alt+I on the calls tab previews the printed list; saving it writes the service's PDF.
    view.tabs.setCurrentIndex(0)
    view.calls_table.setFocus()
    qtbot.keyClick(view.calls_table, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    # A mnemonic clicks its button a moment later; the PDF is made in the background.
    qtbot.waitUntil(lambda: getattr(view, "preview_dialog", None) is not None, timeout=10_000)
    preview = view.preview_dialog
    assert preview.page_count() == 1
    assert preview.request.file_name.startswith("visits-to-confirm_")
    out = tmp_path_factory.mktemp("prints") / preview.request.file_name
    preview.save_to(out)
    wait_idle(qtbot)
    _pages, text = pages_and_text(out.read_bytes())
    assert "Visits to confirm" in text and "A. Smith" in text
    preview.close()
