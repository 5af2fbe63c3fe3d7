"""Time off over booked visits: every visit on a worklist with phones, the call ticked
off, rebooked at the first free time with the same provider or another, printed."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from pypdf import PdfReader

from clinicdesk.domain.errors import SchedulingConflictError
from clinicdesk.domain.patients import Phone
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.displaced_visits import (
    displaced_visits,
    mark_called,
    print_displaced_visits,
    rebook_first_available,
)
from clinicdesk.services.schedules import add_time_off
from tests.integration.services.conftest import SmallClinic, add_patient, at, audit_rows


def test_the_worklist_lists_every_visit_rings_rebooks_and_prints(clinic: SmallClinic) -> None:
    ctx = clinic.ctx
    with ctx.uow_factory() as uow:
        uow.patients.update(
            dataclasses.replace(clinic.jones, phones=(Phone("+44 7700 900123", "mobile"),))
        )
        uow.commit()
    patients = [clinic.smith, clinic.jones, clinic.brown] + [
        add_patient(ctx, "Extra", f"Patient{n}") for n in range(12)
    ]
    # Fifteen visits on Tuesday with Dr Lee: more than the old ten-line list showed.
    times = [at(3, hour, minute) for hour in (9, 10, 11, 13, 14) for minute in (0, 20, 40)]
    booked = [
        book_appointment(ctx, BookingInput(p.id, "consultation", clinic.ana.id, when)).appointment
        for p, when in zip(patients, times, strict=True)
    ]
    since = ctx.now()
    result = add_time_off(ctx, clinic.ana.id, date(2026, 3, 3), reason="training")
    assert sorted(result.affected_appointment_ids) == sorted(a.id for a in booked)

    visits = displaced_visits(ctx, result.affected_appointment_ids, since)
    assert [v.appointment.id for v in visits] == [a.id for a in booked]  # by time
    assert not any(v.called or v.rebooked for v in visits)
    assert visits[1].phones == ("+44 7700 900123 (mobile)",)
    assert visits[1].patient_name == clinic.jones.display_name

    mark_called(ctx, booked[0].id)
    mark_called(ctx, booked[0].id)  # twice is harmless
    same = rebook_first_available(ctx, booked[0].id, same_provider=True)
    other = rebook_first_available(ctx, booked[1].id, same_provider=False)
    assert same.provider_id == clinic.ana.id and same.start == at(2, 9)  # today, before it
    assert other.provider_id == clinic.ben.id and other.start == at(2, 9)  # today, Dr Cho

    after = {v.appointment.id: v for v in displaced_visits(ctx, [a.id for a in booked], since)}
    assert after[booked[0].id].called and after[booked[0].id].rebooked
    assert not after[booked[1].id].called and after[booked[1].id].rebooked
    assert not after[booked[2].id].rebooked
    completes = [r for r in audit_rows(ctx) if r[0] == "call_list.complete"]
    assert len(completes) == 1

    pages, text = _pdf_text(print_displaced_visits(ctx, [a.id for a in booked], since))
    words = " ".join(text.split())
    assert pages >= 1
    assert "+44 7700 900123 (mobile)" in words
    assert words.count("To rebook") == 13 and "Rebooked, called" in words
    assert all(f"Patient{n}" in words for n in range(12))


def test_no_free_time_says_what_to_do(clinic: SmallClinic) -> None:
    ctx = clinic.ctx
    visit = book_appointment(
        ctx, BookingInput(clinic.smith.id, "consultation", clinic.ana.id, at(3, 9))
    ).appointment
    add_time_off(ctx, clinic.ana.id, date(2026, 3, 3))
    add_time_off(ctx, clinic.ben.id, date(2026, 3, 2), date(2026, 6, 30))
    with pytest.raises(SchedulingConflictError, match="another provider"):
        rebook_first_available(ctx, visit.id, same_provider=False)


def _pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)
