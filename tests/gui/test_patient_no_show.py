"""The patient record shows the history behind the no-show score, in words."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta

from pytestqt.qtbot import QtBot

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.users import Role
from clinicdesk.services.accounts import add_user
from clinicdesk.services.appointment_changes import set_status
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.no_show_risk import set_no_show_prediction
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import PASSWORD, ZONE, GuiClinic, sign_in, wait_idle


def test_the_record_shows_past_visits_missed_recent_rate_and_the_next_score(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    today = datetime.now(ZONE).date()
    for weeks_ago, status in ((3, Status.NO_SHOW), (2, Status.ARRIVED)):
        past = book_appointment(
            clinic.desk,
            BookingInput(
                clinic.alice,
                clinic.type_id,
                clinic.ana,
                datetime.combine(today - timedelta(weeks=weeks_ago), time(10), tzinfo=ZONE),
                override_reason="entered afterwards for the test",
            ),
        ).appointment
        set_status(clinic.desk, past.id, status)
    book_appointment(
        clinic.desk, BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(10))
    )
    sign_in(qtbot, window)
    window.find_patient_action.trigger()
    view = window.patients_view
    qtbot.keyClicks(view.search.box, "alice smith")
    qtbot.waitUntil(lambda: view.detail.record is not None, timeout=5_000)
    label = view.detail.no_show
    assert label.isVisibleTo(window)
    text = label.text()
    assert "2 past visits with an outcome, 1 missed, 0 late cancellations." in text
    assert "Last 12 months: 1 of 2 missed (50%)." in text
    assert "Next visit" in text and "no-show risk" in text
    # No model trained: the patient's own rate, and the reason says so.
    assert "too little history for a model" in text
    assert "it never limits care" in text
    assert label.accessibleName() == "No-show history"

    # A patient with no visit at all gets one line, not a score.
    view.search.box.clear()
    qtbot.keyClicks(view.search.box, "bob jones")
    qtbot.waitUntil(lambda: view.detail.record.id == clinic.bob, timeout=5_000)
    assert label.text() == "No-show history: no past or upcoming visit."

    # Switched off by a manager: the record shows no score at all.
    admin = clinic.store.sign_in("admin", PASSWORD)
    add_user(admin, "boss", "Practice Manager", Role.MANAGER, PASSWORD)
    set_no_show_prediction(clinic.store.sign_in("boss", PASSWORD), False)
    view.open_patient(view.search.selected)
    wait_idle(qtbot)
    assert not label.isVisibleTo(window)
    assert label.text() == ""
    assert dataclasses.replace(view.detail.record).no_show is None
