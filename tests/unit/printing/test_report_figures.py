"""Report figures on a hand-built data set whose answers are worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from clinicdesk.domain.appointments import (
    Appointment,
    AppointmentEvent,
    CancelledBy,
    Status,
    Urgency,
)
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.providers import Provider, WorkingHours
from clinicdesk.services.reports import (
    arrival_to_room,
    attendance_rates,
    counts_by_type_and_status,
    utilisation,
    waiting_times,
)

NOW = datetime(2026, 3, 1, tzinfo=UTC)
MONDAY = date(2026, 3, 2)
LONDON = ZoneInfo("Europe/London")


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def appt(
    aid: str,
    provider: str,
    start: datetime,
    status: Status = Status.COMPLETED,
    *,
    type_id: str = "t-consult",
    minutes: int = 20,
    cancelled_by: CancelledBy | None = None,
    late: bool = False,
) -> Appointment:
    return Appointment(
        aid,
        "pat",
        provider,
        type_id,
        start,
        start + timedelta(minutes=minutes),
        status,
        Urgency.ROUTINE,
        "u",
        NOW,
        "u",
        NOW,
        cancelled_by=cancelled_by,
        late_cancel=late,
    )


def status_event(aid: str, new: str, when: datetime, kind: str = "status") -> AppointmentEvent:
    return AppointmentEvent(f"{aid}-{new}-{when:%H%M}-{kind}", aid, kind, when, "u", "", new)


APPOINTMENTS = [
    appt("a1", "ana", at(9)),
    appt("a2", "ana", at(9, 20)),
    appt("a3", "ana", at(10), Status.NO_SHOW),
    appt("a4", "ana", at(11), Status.CANCELLED, cancelled_by=CancelledBy.PATIENT, late=True),
    appt("a5", "ana", at(11, 20), Status.CANCELLED, cancelled_by=CancelledBy.PATIENT),
    appt("b1", "ben", at(9), type_id="t-follow", minutes=10),
    appt("b2", "ben", at(10), Status.CANCELLED, cancelled_by=CancelledBy.CLINIC),
    appt("b3", "ben", at(9, day=MONDAY + timedelta(days=1)), Status.NO_SHOW, type_id="t-follow"),
]


def test_no_show_and_late_cancel_rates_by_provider_leave_out_clinic_cancellations() -> None:
    rates = {r.group: r for r in attendance_rates(APPOINTMENTS, lambda a: a.provider_id)}
    ana, ben = rates["ana"], rates["ben"]
    # Ana: 5 due (a1..a5), 1 no-show, 1 late cancellation (a5 was in good time).
    assert (ana.appointments_due, ana.no_shows, ana.late_cancellations) == (5, 1, 1)
    assert (ana.no_show_percent, ana.late_cancel_percent) == (20.0, 20.0)
    # Ben: b2 was cancelled by the clinic and is not due: 2 due, 1 no-show.
    assert (ben.appointments_due, ben.no_shows, ben.no_show_percent) == (2, 1, 50.0)


def test_rates_by_weekday_and_by_type() -> None:
    weekday = {r.group: r for r in attendance_rates(APPOINTMENTS, lambda a: f"{a.start:%A}")}
    assert weekday["Monday"].appointments_due == 6 and weekday["Monday"].no_shows == 1
    assert weekday["Tuesday"].appointments_due == 1 and weekday["Tuesday"].no_show_percent == 100
    by_type = {r.group: r for r in attendance_rates(APPOINTMENTS, lambda a: a.type_id)}
    assert by_type["t-follow"].appointments_due == 2
    assert round(by_type["t-consult"].no_show_percent, 1) == 20.0


def test_waiting_time_replays_undone_arrivals() -> None:
    events = {
        "a1": [status_event("a1", "arrived", at(9, 2)), status_event("a1", "in_room", at(9, 12))],
        "a2": [
            status_event("a2", "arrived", at(9, 15)),
            status_event("a2", "arrived", at(9, 16), kind="status_undone"),  # a mis-click
            status_event("a2", "arrived", at(9, 25)),
            status_event("a2", "in_room", at(9, 45)),
            status_event("a2", "completed", at(10, 5)),
        ],
        "b1": [status_event("b1", "arrived", at(8, 55)), status_event("b1", "in_room", at(9))],
        "a3": [status_event("a3", "no_show", at(10, 15))],
    }
    assert arrival_to_room(events["a2"]) == (at(9, 25), at(9, 45))
    assert arrival_to_room(events["a3"]) is None
    rows = waiting_times(APPOINTMENTS, events, {"ana": "Dr Ana Lee", "ben": "Dr Ben Cho"}, LONDON)
    assert [
        (r.provider, r.hour, r.visits, r.mean_minutes, r.median_minutes, r.longest_minutes)
        for r in rows
    ] == [
        ("Dr Ana Lee", "09:00", 2, 15.0, 15.0, 20.0),
        ("Dr Ben Cho", "08:00", 1, 5.0, 5.0, 5.0),
    ]


def test_utilisation_is_booked_over_working_hours() -> None:
    settings = ClinicSettings(
        "C", "Europe/London", {d: TimeRange(time(8), time(18)) for d in range(5)}
    )
    ana = Provider("ana", "Ana Lee", "GP", NOW)
    ben = Provider("ben", "Ben Cho", "GP", NOW)
    lunch = (TimeRange(time(12), time(13)),)
    hours = [
        WorkingHours(
            "h1", "ana", 0, TimeRange(time(9), time(17)), date(2026, 1, 1), NOW, breaks=lunch
        ),
        WorkingHours("h2", "ben", 0, TimeRange(time(9), time(13)), date(2026, 1, 1), NOW),
    ]
    schedule = ClinicSchedule.build(settings, providers=[ana, ben], working_hours=hours)
    rows = {r.provider_id: r for r in utilisation([ana, ben], schedule, APPOINTMENTS, [MONDAY])}
    # Ana: 7 h available; a1, a2 and the no-show a3 booked, 3 x 20 min = 1 h.
    assert (rows["ana"].available_hours, rows["ana"].booked_hours) == (7.0, 1.0)
    assert rows["ana"].utilisation_percent == 14.3
    # Ben: 4 h; b1 (10 min) counts; b3 is on Tuesday (outside hours) but was booked.
    assert rows["ben"].available_hours == 4.0
    assert rows["ben"].booked_hours == round(30 / 60, 2)


def test_counts_by_type_and_status() -> None:
    counts = counts_by_type_and_status(APPOINTMENTS, {"t-consult": "Consultation"})
    assert ("Consultation", "completed", 2) in counts
    assert ("Consultation", "cancelled", 3) in counts  # a4, a5 and b2
    assert ("t-follow", "no_show", 1) in counts  # an unknown type keeps its id
    assert sum(n for *_, n in counts) == len(APPOINTMENTS)
