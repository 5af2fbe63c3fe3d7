"""The third-next-available report through the service, on the real store."""

from __future__ import annotations

import dataclasses
from datetime import date, time

from clinicdesk.domain.common import TimeRange
from clinicdesk.services import providers, schedules
from clinicdesk.services.appointment_changes import cancel_appointment
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.reports import run_report
from clinicdesk.services.schedules import DayHours
from tests.integration.services.conftest import SmallClinic, at

TUESDAY = date(2026, 3, 3)


def _days_to_third(clinic: SmallClinic, provider_id: str, day: date) -> int | str:
    table = run_report(clinic.ctx, "third-next-available", day, day)
    index = table.columns.index("days_to_third")
    rows = [row for row in table.rows if row[-1] == provider_id]
    assert len(rows) == 1
    return rows[0][index]


def test_bookings_and_cancellations_count_from_when_they_happened(clinic: SmallClinic) -> None:
    ctx = clinic.ctx  # the clock stands at Monday 2 March 08:00
    cara = providers.add_provider(ctx, name="Cara Diaz", specialty="general practice")
    one_hour = [DayHours(d, TimeRange(time(9), time(10)), ()) for d in range(5)]
    schedules.set_weekly_hours(ctx, cara.id, one_hour, effective_from=date(2026, 1, 1))
    assert _days_to_third(clinic, cara.id, TUESDAY) == 0  # three 20-minute slots a day

    booked = book_appointment(
        ctx, BookingInput(clinic.smith.id, "Consultation", cara.id, at(3, 9, 0))
    ).appointment
    assert _days_to_third(clinic, cara.id, TUESDAY) == 1  # booked on Monday, before Tuesday

    tuesday_morning = dataclasses.replace(ctx, clock=lambda: at(3, 8, 30))
    cancel_appointment(tuesday_morning, booked.id, "patient is better")
    # At the start of Tuesday the slot was still taken; by Wednesday nothing had changed
    # for Wednesday's own slots either way.
    assert _days_to_third(clinic, cara.id, TUESDAY) == 1
    assert _days_to_third(clinic, cara.id, date(2026, 3, 4)) == 0


def test_the_report_lists_every_bookable_provider_once_per_sample(clinic: SmallClinic) -> None:
    table = run_report(clinic.ctx, "third-next-available", date(2026, 3, 2), date(2026, 3, 4))
    days = {row[0] for row in table.rows}
    assert days == {"2026-03-02", "2026-03-03", "2026-03-04"}
    assert len(table.rows) == 3 * 2  # Ana and Ben, each sampled daily
    assert {row[2] for row in table.rows} == {"Consultation"}
