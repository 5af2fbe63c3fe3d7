"""Recurring series, urgent bump plans and walk-ins through the services, on the real store."""

from __future__ import annotations

from datetime import date, time

import pytest

from clinicdesk.domain.appointments import Status, Urgency
from clinicdesk.domain.booking import Verdict
from clinicdesk.domain.errors import SchedulingConflictError
from clinicdesk.domain.recurrence import EditScope
from clinicdesk.services.appointment_changes import cancel_appointment
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.series import (
    SeriesInput,
    book_recurring,
    cancel_recurring,
    preview_recurring,
    reschedule_recurring,
    series_occurrences,
)
from clinicdesk.services.urgent import BumpRequest, apply_bump_plan, propose_bump_plan, walk_in
from clinicdesk.services.views import day_schedule
from tests.integration.services.conftest import SmallClinic, add_patient, at, audit_rows


def _weekly(clinic: SmallClinic, count: int = 4) -> SeriesInput:
    return SeriesInput(
        patient_id=clinic.smith.id,
        type="consultation",
        provider_id=clinic.ana.id,
        first_day=date(2026, 3, 3),
        wall_start=time(10),
        rule=f"FREQ=WEEKLY;COUNT={count}",
    )


def test_preview_reports_a_clashing_occurrence_and_booking_refuses_it(clinic) -> None:
    book_appointment(
        clinic.ctx, BookingInput(clinic.jones.id, "consultation", clinic.ana.id, at(17, 10))
    )
    preview = preview_recurring(clinic.ctx, _weekly(clinic))
    assert [o.day for o in preview.occurrences] == [
        date(2026, 3, 3),
        date(2026, 3, 10),
        date(2026, 3, 17),
        date(2026, 3, 24),
    ]
    (clash,) = preview.clashing
    assert clash.day == date(2026, 3, 17) and clash.verdict is Verdict.NEEDS_OVERRIDE
    assert any("booked 10:00-10:20 with M. Jones" in r for r in clash.reasons)

    with pytest.raises(SchedulingConflictError, match="2026-03-17"):
        book_recurring(clinic.ctx, _weekly(clinic))
    assert len(day_schedule(clinic.ctx, date(2026, 3, 3)).appointments) == 0

    result = book_recurring(clinic.ctx, _weekly(clinic), skip_clashes=True)
    assert [a.start for a in result.booked] == [at(3, 10), at(10, 10), at(24, 10)]
    assert [s.day for s in result.skipped] == [date(2026, 3, 17)]
    assert {a.series_id for a in result.booked} == {result.series_id}


def test_series_edit_scopes(clinic) -> None:
    booked = book_recurring(clinic.ctx, _weekly(clinic)).booked
    second = booked[1]
    moved = reschedule_recurring(clinic.ctx, second.id, EditScope.THIS_AND_FOLLOWING, time(14))
    assert [a.start for a in moved] == [at(10, 14), at(17, 14), at(24, 14)]
    cancelled = cancel_recurring(clinic.ctx, booked[0].id, EditScope.THIS, "away")
    assert [a.id for a in cancelled] == [booked[0].id]
    rest = cancel_recurring(clinic.ctx, second.id, EditScope.ALL, "stopped treatment")
    assert len(rest) == 3
    statuses = {a.status for a in series_occurrences(clinic.ctx, booked[0].series_id)}
    assert statuses == {Status.CANCELLED}


def test_series_move_is_all_or_nothing(clinic) -> None:
    booked = book_recurring(clinic.ctx, _weekly(clinic)).booked
    book_appointment(
        clinic.ctx, BookingInput(clinic.jones.id, "consultation", clinic.ana.id, at(24, 15))
    )
    with pytest.raises(SchedulingConflictError, match="Nothing was moved") as caught:
        reschedule_recurring(clinic.ctx, booked[0].id, EditScope.ALL, time(15))
    assert len(caught.value.clashes) == 1 and "2026-03-24" in caught.value.clashes[0]
    starts = [a.start for a in series_occurrences(clinic.ctx, booked[0].series_id)]
    assert starts == [at(3, 10), at(10, 10), at(17, 10), at(24, 10)]


def _fill_monday(clinic: SmallClinic) -> list[str]:
    """Book both providers solid on Monday 2 March (09:00-12:00, 13:00-17:00)."""
    ids = []
    slots = [(h, m) for h in (9, 10, 11, 13, 14, 15, 16) for m in (0, 20, 40)]
    for provider in (clinic.ana, clinic.ben):
        for n, (hour, minute) in enumerate(slots):
            patient = add_patient(clinic.ctx, "P", f"{provider.name[:3]}{n:02d}")
            result = book_appointment(
                clinic.ctx,
                BookingInput(patient.id, "consultation", provider.id, at(2, hour, minute)),
            )
            ids.append(result.appointment.id)
    return ids


def test_bump_plan_is_only_a_proposal_until_applied(clinic) -> None:
    _fill_monday(clinic)
    request = BumpRequest(clinic.smith.id, "consultation", Urgency.URGENT)
    before = audit_rows(clinic.ctx)
    proposal = propose_bump_plan(clinic.ctx, request)
    assert proposal.plans, proposal.message
    best = proposal.plans[0]
    assert len(best.moves) == 1 and best.lines[0].startswith("See the urgent patient")
    assert audit_rows(clinic.ctx) == before  # proposing changes nothing

    result = apply_bump_plan(clinic.ctx, request, best)
    assert result.urgent_appointment.patient_id == clinic.smith.id
    assert result.urgent_appointment.urgency is Urgency.URGENT
    (moved,) = result.moved
    assert moved.start == best.moves[0].to_start > best.moves[0].from_start
    (call,) = result.call_list
    assert call.patient_id == moved.patient_id and "urgent patient" in call.reason
    with clinic.ctx.uow_factory() as uow:
        assert [c.id for c in uow.waitlist.open_calls()] == [call.id]
    events = [row[0] for row in audit_rows(clinic.ctx)[len(before) :]]
    assert events == ["appointment.move", "call_list.add", "appointment.book"]

    # The same plan cannot be applied twice: the schedule has changed.
    with pytest.raises(SchedulingConflictError, match="changed"):
        apply_bump_plan(clinic.ctx, request, best)


def test_bump_plan_with_a_free_slot_moves_nobody(clinic) -> None:
    proposal = propose_bump_plan(
        clinic.ctx, BumpRequest(clinic.smith.id, "consultation", Urgency.EMERGENCY)
    )
    assert proposal.plans[0].moves == ()
    assert proposal.plans[0].urgent_slot.start == at(2, 9)


def test_walk_in_takes_a_free_gap_or_is_queued(clinic) -> None:
    placed = walk_in(clinic.ctx, clinic.smith.id, "consultation")
    assert placed.appointment is not None and placed.appointment.start == at(2, 9)
    assert placed.appointment.reason == "walk-in"
    cancel_appointment(clinic.ctx, placed.appointment.id, "seen by the nurse instead")
    _fill_monday(clinic)
    queued = walk_in(clinic.ctx, clinic.jones.id, "consultation", queued_ahead=2)
    assert queued.appointment is None and queued.queue_position == 3
    assert queued.estimated_start is not None
