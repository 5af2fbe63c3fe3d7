"""Patients, providers, waiting room and waitlist views on a real store."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from clinicdesk.domain.appointments import Status
from clinicdesk.services.appointment_changes import set_status
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.patients import register_patient, show_patient
from clinicdesk.services.schedules import weekly_hours
from clinicdesk.services.waiting_room import waiting_room
from clinicdesk.services.waitlist import WaitlistInput, add_to_waitlist
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import ZONE, GuiClinic, sign_in, wait_idle


def test_patient_record_shows_alerts_no_shows_and_validates(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    dora = register_patient(
        clinic.desk,
        given="Dora",
        family="Quill",
        birth_date=date(1966, 6, 6),
        alerts="Allergic to penicillin",
    ).patient
    assert dora is not None
    last_week = clinic.day - timedelta(days=14)
    missed = book_appointment(
        clinic.desk,
        BookingInput(
            dora.id,
            clinic.type_id,
            clinic.ana,
            datetime.combine(last_week, time(10), tzinfo=ZONE),
            override_reason="entered afterwards for the test",
        ),
    ).appointment
    if missed.start < datetime.now(ZONE):
        set_status(clinic.desk, missed.id, Status.NO_SHOW)
    sign_in(qtbot, window)
    window.find_patient_action.trigger()
    assert window.current_view == "patients"
    view = window.patients_view
    assert view.search.box.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(view.search.box, "quill")
    qtbot.waitUntil(lambda: view.detail.record is not None, timeout=5_000)
    detail = view.detail
    assert detail.name.text() == "Quill, Dora"
    assert detail.alerts.isVisibleTo(window) and "penicillin" in detail.alerts.text()
    expected_no_shows = 1 if missed.start < datetime.now(ZONE) else 0
    assert f"{expected_no_shows} no-show" in detail.counts.text()
    # Validation names the problem and keeps the typed value.
    detail.email.setText("dora@")
    detail.phones.setText("call me")
    assert len(detail.validate()) == 2
    assert "not an email address" in detail.problem.text()
    assert detail.email.property("invalid") is True
    detail.save()
    wait_idle(qtbot)
    assert show_patient(clinic.desk, dora.id).email == ""
    detail.email.setText("dora@example.org")
    detail.phones.setText("07700 900456")
    detail.save()
    wait_idle(qtbot)
    saved = show_patient(clinic.desk, dora.id)
    assert saved.email == "dora@example.org" and saved.phones


def test_waiting_room_lists_arrived_patients_and_flags_long_waits(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    # The desk works on its own clock: arrival at 10:00 today, and the list read 31
    # minutes later. The real time of day (late evening, past midnight) plays no part.
    # "Today" is the clinic's date, which the view shows; the computer's own zone can
    # be a day away from it.
    arrival = datetime.combine(datetime.now(ZONE).date(), time(10, 0), tzinfo=ZONE)
    at_arrival = dataclasses.replace(clinic.desk, clock=lambda: arrival)
    visit = book_appointment(
        at_arrival,
        BookingInput(
            clinic.alice,
            clinic.type_id,
            clinic.ana,
            arrival,
            override_reason="walk-in for the test",
        ),
    ).appointment
    set_status(at_arrival, visit.id, Status.ARRIVED)
    later = dataclasses.replace(clinic.desk, clock=lambda: arrival + timedelta(minutes=31))
    waiting = waiting_room(later, threshold_minutes=20).waiting
    assert [(w.appointment.id, w.over_threshold) for w in waiting] == [(visit.id, True)]
    assert waiting[0].arrived_at == arrival and waiting[0].minutes_waited == 31
    early = waiting_room(
        dataclasses.replace(clinic.desk, clock=lambda: arrival + timedelta(minutes=19)), 20
    ).waiting
    assert [(w.minutes_waited, w.over_threshold) for w in early] == [(19, False)]
    # The minute tick is one service call and one transaction, however many wait.
    opened: list[int] = []

    def counted():  # type: ignore[no-untyped-def]
        opened.append(1)
        return clinic.desk.uow_factory()

    room = waiting_room(dataclasses.replace(later, uow_factory=counted), 20)
    assert len(room.waiting) == 1 and opened == [1]
    sign_in(qtbot, window)
    window.show_view("waiting")
    wait_idle(qtbot)
    view = window.waiting_room_view
    assert [w.appointment.id for w in view.model.rows] == [visit.id]
    assert view.summary.text().startswith("1 waiting")
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.show_into_room()
    wait_idle(qtbot)
    assert view.model.rowCount() == 0


def test_waitlist_view_lists_and_removes(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    add_to_waitlist(clinic.desk, WaitlistInput(patient_id=clinic.bob, type=clinic.type_id))
    sign_in(qtbot, window)
    window.show_view("waitlist")
    wait_idle(qtbot)
    view = window.waitlist_view
    assert [e.patient_id for e in view.model.rows] == [clinic.bob]
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.remove_selected()
    wait_idle(qtbot)
    assert view.model.rowCount() == 0


def test_provider_template_preview_and_save(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, message_boxes: list[tuple[str, str]]
) -> None:
    sign_in(qtbot, window, "admin")
    window.show_view("providers")
    wait_idle(qtbot)
    view = window.providers_view
    assert view.current is not None and view.current.provider_name == "Dr Ana Lee"
    friday = view.rows[4]
    assert friday.works.isChecked()
    friday.works.setChecked(False)  # Fridays off from the chosen week
    view.effective.setDate(QDate(clinic.day))
    assert f"{clinic.day + timedelta(days=4):%a %d %b}: not working" in view.preview.text()
    assert f"{clinic.day:%a %d %b}: 09:00-17:00 (break 12:30-13:30)" in view.preview.text()
    monday = view.rows[0]
    monday.end.setTime(QTime(8, 0))
    assert "Monday: the day ends before it starts." in view.problem.text()
    assert not view.save_button.isEnabled()
    monday.end.setTime(QTime(16, 0))
    view.save()
    wait_idle(qtbot)
    assert message_boxes == []
    saved = weekly_hours(clinic.desk, clinic.ana, clinic.day + timedelta(days=1))
    assert sorted(s.weekday for s in saved.shifts) == [0, 1, 2, 3]
    assert [s.end for s in saved.shifts if s.weekday == 0] == [time(16)]
