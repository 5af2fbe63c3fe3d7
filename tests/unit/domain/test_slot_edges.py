"""The slot finder at its edges: counts across days, preferences that rule out today,
the grid to the second, half-hour zones, the largest search, the horizon's last day,
the usual room, and the words of its refusals."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.slots import MAX_COUNT, SlotQuery, first_available, third_next_available
from tests.unit.domain.factories import (
    MONDAY,
    appointment,
    at,
    clinic,
    kind,
    provider,
    room,
    schedule,
    span,
    weekly,
)

ZONE = clinic_zone("Europe/London")
CONSULT = kind()


def walls(slots: list, zone: str = "Europe/London") -> list[tuple[str, str]]:
    local = clinic_zone(zone)
    return [(s.provider_id, f"{s.start.astimezone(local):%a %H:%M}") for s in slots]


def test_a_count_spanning_days_returns_exactly_that_many() -> None:
    # Monday has two free 20-minute slots left (16:20, 16:40); three are asked for.
    hours = weekly(hours=span("16:20", "17:00"))
    found = first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), count=3), schedule(hours=hours))
    assert walls(found) == [("p1", "Mon 16:20"), ("p1", "Mon 16:40"), ("p1", "Tue 16:20")]


def test_morning_slots_asked_for_in_the_afternoon_come_tomorrow_morning() -> None:
    query = SlotQuery(CONSULT, at(MONDAY, "15:00"), time_ranges=(span("09:00", "12:00"),), count=2)
    found = first_available(query, schedule(hours=weekly()))
    assert walls(found) == [("p1", "Tue 09:00"), ("p1", "Tue 09:20")]


def test_seconds_and_microseconds_past_a_grid_time_move_to_the_next_one() -> None:
    index = schedule(hours=weekly())
    for late in (timedelta(seconds=30), timedelta(microseconds=1)):
        found = first_available(SlotQuery(CONSULT, at(MONDAY, "09:00") + late, count=1), index)
        assert walls(found) == [("p1", "Mon 09:05")]
    exact = first_available(SlotQuery(CONSULT, at(MONDAY, "09:00"), count=1), index)
    assert walls(exact) == [("p1", "Mon 09:00")]


def test_the_grid_is_the_clinics_wall_clock_in_a_half_hour_zone() -> None:
    settings = clinic("Asia/Kolkata", slot_minutes=60)
    index = schedule(settings, hours=weekly())
    query = SlotQuery(CONSULT, at(MONDAY, "10:10", "Asia/Kolkata"), count=2)
    found = first_available(query, index)
    assert walls(found, "Asia/Kolkata") == [("p1", "Mon 11:00"), ("p1", "Mon 12:00")]


def test_the_search_starts_on_the_clinics_date() -> None:
    # 23:30 on Monday in London is already Tuesday in the computer's zone (UTC+14).
    hours = weekly(hours=span("00:00", "23:59"), days=range(7))
    settings = clinic(opening=span("00:00", "23:59"))
    query = SlotQuery(CONSULT, at(MONDAY, "23:30"), count=2, last_day=MONDAY)
    found = first_available(query, schedule(settings, hours=hours))
    assert walls(found) == [("p1", "Mon 23:30")]


def test_slots_are_utc_instants() -> None:
    found = first_available(
        SlotQuery(CONSULT, at(MONDAY, "09:03").astimezone(ZONE), count=2),
        schedule(hours=weekly()),
    )
    assert found and all(s.start.tzinfo is UTC and s.end.tzinfo is UTC for s in found)


def test_the_largest_search_is_allowed_and_one_more_is_refused_in_words() -> None:
    hours = weekly(days=range(7))
    index = schedule(hours=hours)
    found = first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), count=MAX_COUNT), index)
    assert len(found) == MAX_COUNT == 200
    for wrong in (0, MAX_COUNT + 1):
        with pytest.raises(ValidationError) as caught:
            first_available(SlotQuery(CONSULT, at(MONDAY, "07:00"), count=wrong), index)
        assert str(caught.value) == "Ask for between 1 and 200 slots."


def test_a_type_without_a_duration_is_refused_and_one_minute_is_enough() -> None:
    index = schedule(hours=weekly())
    with pytest.raises(ValidationError) as caught:
        first_available(SlotQuery(kind(minutes=0, name="Phone call"), at(MONDAY, "07:00")), index)
    assert str(caught.value) == "Phone call has no duration set."
    quick = first_available(
        SlotQuery(kind(minutes=1, name="Phone call"), at(MONDAY, "07:00"), count=2), index
    )
    assert walls(quick) == [("p1", "Mon 09:00"), ("p1", "Mon 09:05")]
    assert quick[0].end - quick[0].start == timedelta(minutes=1)


def test_a_type_without_rooms_gives_slots_without_a_room() -> None:
    found = first_available(
        SlotQuery(CONSULT, at(MONDAY, "07:00"), count=1),
        schedule(hours=weekly(), rooms=[room("r1", "Room 1")]),
    )
    assert found[0].room_id is None


def test_slots_use_the_providers_usual_room_when_it_is_free() -> None:
    rooms = [room("ra", "Room A"), room("rb", "Room B")]
    needs_room = kind(room_kinds=("consult",))
    index = schedule(hours=weekly(room_id="rb"), rooms=rooms)
    found = first_available(SlotQuery(needs_room, at(MONDAY, "07:00"), count=2), index)
    assert [s.room_id for s in found] == ["rb", "rb"]
    taken = [appointment("a1", at(MONDAY, "09:00"), pid="p2", room_id="rb")]
    busy = schedule(
        providers=[provider(), provider("p2", "Ben Ode")],
        hours=weekly(room_id="rb"),
        rooms=rooms,
        appointments=taken,
    )
    found = first_available(
        SlotQuery(needs_room, at(MONDAY, "07:00"), count=2, provider_ids=("p1",)), busy
    )
    assert [(walls([s])[0][1], s.room_id) for s in found] == [
        ("Mon 09:00", "ra"),
        ("Mon 09:20", "rb"),
    ]


def test_third_next_available_counts_only_that_provider() -> None:
    # Ben Ode is free on Monday; Ana Lee only from Wednesday.
    people = [provider("p1", "Ana Lee"), provider("p2", "Ben Ode")]
    hours = weekly("p1", days=[2]) + weekly("p2", days=[0])
    result = third_next_available(
        schedule(providers=people, hours=hours), "p1", CONSULT, at(MONDAY, "07:00")
    )
    assert result.provider_id == "p1"
    assert result.days == 2
    assert result.slot is not None and walls([result.slot]) == [("p1", "Wed 09:40")]
    nobody = third_next_available(schedule(hours=[]), "p1", CONSULT, at(MONDAY, "07:00"))
    assert nobody.provider_id == "p1"


def test_third_next_available_includes_the_horizons_last_day() -> None:
    # Ana Lee works only on Fridays: a 5-day horizon from Monday ends on Friday.
    index = schedule(hours=weekly(days=[4]))
    on_last_day = third_next_available(index, "p1", CONSULT, at(MONDAY, "07:00"), horizon_days=5)
    assert on_last_day.days == 4
    assert on_last_day.slot is not None and walls([on_last_day.slot]) == [("p1", "Fri 09:40")]
    one_short = third_next_available(index, "p1", CONSULT, at(MONDAY, "07:00"), horizon_days=4)
    assert one_short.slot is None and one_short.days is None


def test_third_next_available_counts_days_on_the_clinics_calendar() -> None:
    # From 23:00 on Monday to Tuesday's third slot, 10:40 (already Wednesday in the
    # computer's zone, UTC+14): 1 day on the clinic's calendar.
    index = schedule(hours=weekly(hours=span("10:00", "17:00")))
    result = third_next_available(index, "p1", CONSULT, at(MONDAY, "23:00"))
    assert result.days == 1
    assert result.slot is not None and walls([result.slot]) == [("p1", "Tue 10:40")]
