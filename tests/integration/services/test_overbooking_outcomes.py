"""How guided overbooking turned out, on a real encrypted store with the demo's history."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.errors import PermissionDeniedError, ValidationError
from clinicdesk.services.appointment_changes import set_status
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.no_show_risk import suggest_overbooking, train_no_show_model
from clinicdesk.services.overbooking_outcomes import overbooking_outcomes, totals
from clinicdesk.services.reports import run_report
from tests.integration.services.conftest import add_patient
from tests.integration.services.test_no_show_risk import NOW, RECEPTION, TODAY, demo


@pytest.fixture(scope="module")
def clinic(tmp_path_factory) -> ServiceContext:
    ctx = demo(tmp_path_factory.mktemp("outcomes") / "signal")
    train_no_show_model(ctx)
    return ctx


def test_a_booked_suggestion_is_counted_with_what_happened(clinic) -> None:
    suggestion = suggest_overbooking(clinic, TODAY)[0]
    before = {
        (r.provider_id, r.session_start): r for r in overbooking_outcomes(clinic, TODAY, TODAY)
    }
    row = before[(suggestion.provider_id, suggestion.session_start)]
    assert (row.suggested, row.booked, row.extra_came, row.original_missed) == (1, 0, 0, 0)

    extra = book_appointment(
        clinic,
        BookingInput(
            patient_id=add_patient(clinic, "Extra", "Outcome").id,
            type=suggestion.beside.type_id,
            provider_id=suggestion.provider_id,
            start=suggestion.start,
            room_id=suggestion.beside.room_id,
            override_reason=suggestion.reason,
        ),
    )
    # The evening: the doubled patient never came, the extra was seen.
    evening = dataclasses.replace(clinic, clock=lambda: NOW + timedelta(hours=13))
    set_status(evening, suggestion.beside.id, Status.NO_SHOW)
    set_status(evening, extra.appointment.id, Status.ARRIVED)
    set_status(evening, extra.appointment.id, Status.COMPLETED)

    after = overbooking_outcomes(evening, TODAY, TODAY)
    row = next(
        r
        for r in after
        if (r.provider_id, r.session_start) == (suggestion.provider_id, suggestion.session_start)
    )
    assert (row.booked, row.extra_came, row.original_missed) == (1, 1, 1)
    assert row.suggested == 1
    assert row.provider_name == suggestion.provider_name
    assert row.overtime_minutes >= 0
    summed = totals(after)
    assert summed.sessions == len(after)
    assert summed.booked == 1 and summed.extra_came == 1 and summed.original_missed == 1
    assert summed.suggested == sum(r.suggested for r in after)
    # The manager's Reports view shows the same, a row per session and a total.
    report = run_report(evening, "overbooking-outcomes", TODAY, TODAY)
    total = dict(zip(report.columns, report.rows[-2], strict=True))
    assert total["day"] == "total" and len(report.rows) == len(after) + 2
    model = dict(zip(report.columns, report.rows[-1], strict=True))
    assert model["day"] == "model"
    assert str(model["provider"]).startswith("logistic trained ")  # the fixture trains one
    assert "past visits" in str(model["provider"]) and str(model["provider"]).endswith(" kB")
    assert (total["booked"], total["extra_came"], total["doubled_missed"]) == (1, 1, 1)


def test_outcomes_are_for_a_manager_and_a_sensible_range(clinic) -> None:
    with pytest.raises(PermissionDeniedError):
        overbooking_outcomes(dataclasses.replace(clinic, actor=RECEPTION), TODAY, TODAY)
    with pytest.raises(ValidationError, match="before the first"):
        overbooking_outcomes(clinic, TODAY, TODAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="at most 366 days"):
        overbooking_outcomes(clinic, TODAY - timedelta(days=400), TODAY)
