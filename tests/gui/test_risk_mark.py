"""The day view's discreet no-show mark: words on the block and in its tooltip."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.no_show_risk import set_no_show_prediction
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import GuiClinic, sign_in, wait_idle


def missed(clinic: GuiClinic, days_ago: int) -> Appointment:
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days_ago)
    return Appointment(
        id=new_id(),
        patient_id=clinic.alice,
        provider_id=clinic.ana,
        type_id=clinic.type_id,
        start=start,
        end=start + timedelta(minutes=20),
        status=Status.NO_SHOW,
        urgency=Urgency.ROUTINE,
        created_by="desk",
        created_at=start - timedelta(days=10),
        updated_by="desk",
        updated_at=start,
    )


def test_a_likely_no_show_is_marked_in_words_and_unmarked_when_switched_off(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    with clinic.desk.uow_factory() as uow:
        for days_ago in (20, 40, 60):
            uow.appointments.add(missed(clinic, days_ago))
        uow.commit()
    risky = book_appointment(
        clinic.desk, BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(10))
    ).appointment
    calm = book_appointment(
        clinic.desk, BookingInput(clinic.bob, clinic.type_id, clinic.ben, clinic.at(10))
    ).appointment
    sign_in(qtbot, window)
    window.go_to(clinic.day)
    wait_idle(qtbot)
    canvas = window.day_view.canvas
    data = canvas.data
    assert data is not None
    # No model trained yet: Alice's own record (3 of 3 missed, with the prior) speaks.
    assert data.risk_marks[risky.id].startswith("No-show risk 31%: 3 missed visits of 3")
    assert calm.id not in data.risk_marks  # Bob has no history: the clinic's 10%
    assert data.risk_marks[risky.id] in canvas.describe(risky)
    assert "No-show risk" not in canvas.describe(calm)

    manager = dataclasses.replace(
        clinic.desk, actor=Actor(user_id="u-m", username="manager", role=Role.MANAGER)
    )
    set_no_show_prediction(manager, False)
    window.go_to(clinic.day + timedelta(days=1))
    window.go_to(clinic.day)
    wait_idle(qtbot)
    assert canvas.data is not None and canvas.data.risk_marks == {}
