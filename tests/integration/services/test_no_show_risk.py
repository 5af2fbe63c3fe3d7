"""The no-show model on a real encrypted store with a small demo clinic.

A small demo with a small patient list gives patients enough past visits for their
history to count; the same demo with no-shows drawn at random is the leakage control.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.errors import PermissionDeniedError, ValidationError
from clinicdesk.domain.overbooking_guide import GUIDED_REASON_PREFIX
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.demo import DemoSpec, load_demo_clinic
from clinicdesk.services.messages import confirm_list
from clinicdesk.services.no_show_risk import (
    appointment_risks,
    calls_by_risk,
    day_risks,
    evaluate_no_show_model,
    order_by_risk,
    set_no_show_prediction,
    set_overbooking_policy,
    suggest_overbooking,
    train_no_show_model,
)
from clinicdesk.store.tables import audit_log, no_show_models
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork
from tests.integration.services.conftest import add_patient

NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # a Monday, before the clinic opens
TODAY = date(2026, 3, 2)
MANAGER = Actor(user_id="u-m", username="manager", role=Role.MANAGER, workstation="pc")
RECEPTION = Actor(user_id="u-r", username="reception", role=Role.RECEPTIONIST, workstation="pc")
SPEC = DemoSpec(providers=3, patients=400, days_ahead=3, days_back=100)


def demo(folder: Path, *, signal: bool = True, spec: DemoSpec = SPEC) -> ServiceContext:
    folder.mkdir()
    engine = make_test_engine(folder / "clinic.db")
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(
            ClinicSettings(name="Demo", time_zone="Europe/London", opening_hours={}), NOW
        )
        uow.commit()
    ctx = ServiceContext(
        uow_factory=lambda: SqlUnitOfWork(engine), actor=MANAGER, clock=lambda: NOW
    )
    load_demo_clinic(ctx, seed=3, spec=dataclasses.replace(spec, no_show_signal=signal))
    return ctx


@pytest.fixture(scope="module")
def clinic(tmp_path_factory) -> ServiceContext:
    ctx = demo(tmp_path_factory.mktemp("risk") / "signal")
    train_no_show_model(ctx)
    return ctx


def test_the_model_learns_the_demo_signal_and_nothing_from_random_no_shows(
    clinic, tmp_path
) -> None:
    learned = evaluate_no_show_model(clinic, test_days=30)
    assert learned.basis == "logistic"
    assert learned.n_train > 2000 and learned.n_test > 800
    assert learned.auc is not None and learned.auc >= 0.68
    assert learned.calibration_error < 0.05
    assert sum(b.count for b in learned.calibration) == learned.n_test
    # Appointments still ahead have no outcome: they never reach training or testing.
    with clinic.uow_factory() as uow:
        past = [
            a
            for a in uow.appointments.between(NOW - timedelta(days=400), NOW)
            if a.status in (Status.NO_SHOW, Status.COMPLETED)
        ]
    assert learned.n_train + learned.n_test == len(past)

    noise = evaluate_no_show_model(demo(tmp_path / "random", signal=False), test_days=30)
    assert noise.basis == "logistic"
    assert noise.auc is not None and 0.42 <= noise.auc <= 0.58


def test_training_keeps_the_model_inside_the_store_and_audits_it(clinic, tmp_path) -> None:
    summary = train_no_show_model(clinic)
    assert summary.basis == "logistic"
    assert summary.note == ""
    with clinic.uow_factory() as uow:
        stored = uow.connection.execute(select(no_show_models.c.model)).scalars().all()
        events = uow.connection.execute(select(audit_log.c.event)).scalars().all()
    assert stored and stored[-1]["kind"] == "logistic"
    assert "no_show.train" in events


def test_a_day_is_ordered_by_risk_with_reasons_in_words(clinic) -> None:
    risks = day_risks(clinic, TODAY)
    assert len(risks) > 10
    chances = [r.probability for r in risks]
    assert chances == sorted(chances, reverse=True)
    assert all(0.0 < p < 1.0 for p in chances)
    assert {r.appointment.status for r in risks} <= {Status.BOOKED, Status.CONFIRMED}
    worded = [reason for r in risks for reason in r.reasons]
    assert any("booked" in reason and "ahead" in reason for reason in worded)
    assert any("missed visit" in reason for reason in worded)

    # The front desk's view of the same scores, for its call list.
    ids = [r.appointment.id for r in reversed(risks)]
    desk = appointment_risks(dataclasses.replace(clinic, actor=RECEPTION), ids)
    assert order_by_risk(ids, desk) == [r.appointment.id for r in risks]
    assert order_by_risk(["unknown", *ids], desk)[-1] == "unknown"


def test_too_little_history_falls_back_to_the_patients_own_rate(tmp_path) -> None:
    ctx = demo(
        tmp_path / "tiny", spec=DemoSpec(providers=1, patients=30, days_ahead=2, days_back=3)
    )
    summary = train_no_show_model(ctx)
    assert summary.basis == "patient_rate"
    assert "Too little history" in summary.note
    risks = day_risks(ctx, TODAY)
    assert risks and all(r.basis == "patient_rate" for r in risks)
    assert all("too little history for a model" in r.reasons for r in risks)


def test_switched_off_nothing_is_scored_and_the_desk_sees_no_marks(clinic) -> None:
    set_no_show_prediction(clinic, False)
    try:
        with pytest.raises(ValidationError, match="switched off"):
            day_risks(clinic, TODAY)
        with pytest.raises(ValidationError, match="switched off"):
            train_no_show_model(clinic)
        with clinic.uow_factory() as uow:
            some = [a.id for a in uow.appointments.between(NOW, NOW + timedelta(days=1))]
        assert some
        assert appointment_risks(dataclasses.replace(clinic, actor=RECEPTION), some) == {}
    finally:
        set_no_show_prediction(clinic, True)


def test_the_front_desk_may_not_train_or_list_risks(clinic) -> None:
    desk = dataclasses.replace(clinic, actor=RECEPTION)
    with pytest.raises(PermissionDeniedError):
        train_no_show_model(desk)
    with pytest.raises(PermissionDeniedError):
        day_risks(desk, TODAY)


def test_guided_overbooking_suggests_and_the_booked_extra_counts(clinic) -> None:
    with pytest.raises(ValidationError, match="threshold"):
        suggest_overbooking(clinic, TODAY, threshold=0)
    found = suggest_overbooking(clinic, TODAY, threshold=0.3)
    assert found, "with a low threshold some session must qualify"
    first = found[0]
    assert first.reason.startswith(GUIDED_REASON_PREFIX)
    assert first.session_start <= first.start < first.session_end
    assert first.expected_no_shows >= 0.3

    provider = first.provider_id
    set_overbooking_policy(clinic, provider, "off")
    assert all(s.provider_id != provider for s in suggest_overbooking(clinic, TODAY, 0.3))
    set_overbooking_policy(clinic, provider, "suggest", 1)
    with pytest.raises(ValidationError):
        set_overbooking_policy(clinic, provider, "always")

    # Book the extra through the ordinary overbooking-with-reason flow: that session's
    # suggestion is used up.
    book_appointment(
        clinic,
        BookingInput(
            patient_id=add_patient(clinic, "Extra", "Patient").id,
            type=first.beside.type_id,
            provider_id=provider,
            start=first.start,
            room_id=first.beside.room_id,  # the provider's room, shared for the extra
            override_reason=first.reason,
        ),
    )
    again = suggest_overbooking(clinic, TODAY, threshold=0.3)
    assert all(
        not (s.provider_id == provider and s.session_start == first.session_start) for s in again
    )


def test_evaluate_refuses_a_period_with_nothing_to_compare(clinic) -> None:
    with pytest.raises(ValidationError, match="at least one day"):
        evaluate_no_show_model(clinic, test_days=0)
    with pytest.raises(ValidationError, match="Nothing to compare"):
        evaluate_no_show_model(clinic, test_days=400)


def test_the_confirmation_calls_come_riskiest_first(clinic) -> None:
    calls = calls_by_risk(clinic, 2)
    assert len(calls) > 5
    chances = [c.probability for c in calls]
    assert None not in chances
    assert chances == sorted(chances, reverse=True)
    assert any(c.reasons for c in calls)
    set_no_show_prediction(clinic, False)
    try:
        plain = calls_by_risk(clinic, 2)
        assert [c.row for c in plain] == confirm_list(clinic, 2)
        assert all(c.probability is None for c in plain)
    finally:
        set_no_show_prediction(clinic, True)
