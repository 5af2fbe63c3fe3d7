"""First available across providers, preferences, horizons, third-next-available."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinicdesk.domain.appointments import Urgency
from clinicdesk.domain.booking import BookingRequest, check_booking
from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.providers import ExceptionKind
from clinicdesk.domain.slots import SlotQuery, first_available, third_next_available
from tests.unit.domain.factories import (
    MONDAY,
    appointment,
    at,
    clinic,
    exception,
    kind,
    provider,
    room,
    schedule,
    span,
    weekly,
)

ZONE = clinic_zone("Europe/London")
CONSULT = kind()
TWO = [provider("p1", "Ana Lee"), provider("p2", "Ben Ode")]


def walls(slots: list) -> list[tuple[str, str]]:
    return [(s.provider_id, f"{s.start.astimezone(ZONE):%a %H:%M}") for s in slots]


def test_soonest_first_across_providers_and_non_overlapping_per_provider() -> None:
    hours = weekly("p1") + weekly("p2", span("08:00", "12:00"))
    busy = [appointment("a1", at(MONDAY, "08:00"), pid="p2")]
    index = schedule(providers=TWO, hours=hours, appointments=busy)
    found = first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), count=4), index)
    assert walls(found) == [
        ("p2", "Mon 08:20"),
        ("p2", "Mon 08:40"),
        ("p1", "Mon 09:00"),
        ("p2", "Mon 09:00"),
    ]


def test_earliest_instant_aligns_to_the_grid() -> None:
    index = schedule(hours=weekly(), settings=clinic(slot_minutes=15))
    found = first_available(SlotQuery(CONSULT, at(MONDAY, "10:02"), count=2), index)
    assert walls(found) == [("p1", "Mon 10:15"), ("p1", "Mon 10:45")]


def test_provider_and_specialty_filters() -> None:
    providers = [provider("p1", "Ana Lee", "gp"), provider("p2", "Ben Ode", "physio")]
    index = schedule(providers=providers, hours=weekly("p1") + weekly("p2"))
    only_p2 = first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), provider_ids=("p2",)), index)
    assert {s.provider_id for s in only_p2} == {"p2"}
    physio = first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), specialty="physio"), index)
    assert {s.provider_id for s in physio} == {"p2"}
    gp_only = kind("g", 20, specialties=("gp",))
    assert {
        s.provider_id
        for s in first_available(SlotQuery(gp_only, at(MONDAY, "07:00"), count=10), index)
    } == {"p1"}


def test_preferred_weekdays_and_times() -> None:
    index = schedule(hours=weekly())
    query = SlotQuery(
        CONSULT,
        at(MONDAY, "07:00"),
        weekdays=frozenset({2}),
        time_ranges=(span("14:00", "15:00"),),
        count=6,
    )
    found = first_available(query, index)
    assert walls(found) == [("p1", "Wed 14:00"), ("p1", "Wed 14:20"), ("p1", "Wed 14:40")] * 2
    days = [s.start.astimezone(ZONE).date() for s in found]
    assert days == [MONDAY + timedelta(days=2)] * 3 + [MONDAY + timedelta(days=9)] * 3


def test_urgency_horizon() -> None:
    index = schedule(hours=weekly(days=[3]))  # works Thursdays only
    assert first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), Urgency.EMERGENCY), index) == []
    assert first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), Urgency.URGENT), index) == []
    soon = first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), Urgency.SOON, count=1), index)
    assert walls(soon) == [("p1", "Thu 09:00")]
    bounded = SlotQuery(CONSULT, at(MONDAY, "07:00"), last_day=MONDAY + timedelta(days=2))
    assert first_available(bounded, index) == []


def test_full_days_time_off_and_patient_busy_are_skipped() -> None:
    busy = [
        appointment(f"a{n}", at(MONDAY, "09:00") + timedelta(minutes=20 * n)) for n in range(24)
    ]
    off = exception(
        "p1",
        kind=ExceptionKind.TIME_OFF,
        first_day=MONDAY + timedelta(days=1),
        last_day=MONDAY + timedelta(days=1),
    )
    patient_busy = [
        appointment("mine", at(MONDAY + timedelta(days=2), "09:00"), pid="p9", patient="pat-me")
    ]
    index = schedule(hours=weekly(), appointments=busy + patient_busy, exceptions=[off])
    found = first_available(
        SlotQuery(CONSULT, at(MONDAY, "07:00"), count=1, patient_id="pat-me"), index
    )
    assert walls(found) == [("p1", "Wed 09:20")]


def test_rooms_needed_by_the_type_are_part_of_the_slot() -> None:
    rooms = [room("x1", "Theatre", "procedure")]
    minor_op = kind("op", 30, room_kinds=("procedure",))
    busy = [appointment("other", at(MONDAY, "09:00"), 60, pid="p2", room_id="x1")]
    index = schedule(
        providers=TWO, hours=weekly("p1") + weekly("p2"), appointments=busy, rooms=rooms
    )
    found = first_available(
        SlotQuery(minor_op, at(MONDAY, "07:00"), count=1, provider_ids=("p1",)), index
    )
    assert walls(found) == [("p1", "Mon 10:00")] and found[0].room_id == "x1"


def test_every_slot_passes_the_booking_check() -> None:
    busy = [appointment("a1", at(MONDAY, "09:10"), 35), appointment("a2", at(MONDAY, "11:00"))]
    index = schedule(
        providers=TWO,
        hours=weekly("p1", breaks=[span("12:00", "13:00")]) + weekly("p2"),
        appointments=busy,
    )
    for slot in first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), count=50), index):
        decision = check_booking(
            BookingRequest("pat-new", slot.provider_id, CONSULT, slot.start), index
        )
        assert decision.allowed, decision.reasons


def test_dst_day_slots_follow_the_wall_clock() -> None:
    settings = clinic("America/New_York", opening=span("00:00", "23:59"))
    index = schedule(settings, hours=weekly(hours=span("01:00", "04:00"), days=range(7)))
    day = date(2025, 3, 9)
    zone = clinic_zone("America/New_York")
    found = first_available(
        SlotQuery(kind(minutes=30), at(day, "00:00", "America/New_York"), count=10, last_day=day),
        index,
    )
    assert [f"{s.start.astimezone(zone):%H:%M}" for s in found] == [
        "01:00",
        "01:30",
        "03:00",
        "03:30",
    ]


def test_count_limits() -> None:
    with pytest.raises(ValidationError):
        first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), count=0), schedule(hours=weekly()))


def test_third_next_available() -> None:
    # Monday is full; Tuesday has 09:00, 09:20, 09:40 free -> third is Tuesday: 1 day.
    busy = [
        appointment(f"a{n}", at(MONDAY, "09:00") + timedelta(minutes=20 * n)) for n in range(24)
    ]
    index = schedule(hours=weekly(), appointments=busy)
    result = third_next_available(index, "p1", CONSULT, at(MONDAY, "07:00"))
    assert result.days == 1
    assert result.slot is not None and walls([result.slot]) == [("p1", "Tue 09:40")]
    nobody = third_next_available(schedule(hours=[]), "p1", CONSULT, at(MONDAY, "07:00"))
    assert nobody.slot is None and nobody.days is None
