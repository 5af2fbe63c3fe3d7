"""Availability at its edges: a template's last day, time off listed after entries that
do not apply, extra hours without times, busy time of a provider no longer loaded,
back-to-back rooms, and the index's incremental rebuild and cache."""

from __future__ import annotations

from datetime import timedelta

from clinicdesk.domain.availability import ClinicSchedule, free_rooms, template_rows_on
from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.common import Interval
from clinicdesk.domain.providers import ExceptionKind
from tests.unit.domain.factories import (
    MONDAY,
    appointment,
    at,
    clinic,
    exception,
    hm,
    provider,
    room,
    schedule,
    span,
    weekly,
)

ZONE = clinic_zone("Europe/London")
SATURDAY = MONDAY + timedelta(days=5)


def walls(spans: list) -> list[tuple[str, str]]:
    return [(f"{s.astimezone(ZONE):%H:%M}", f"{e.astimezone(ZONE):%H:%M}") for s, e in spans]


def test_a_template_applies_on_its_last_day() -> None:
    rows = weekly(effective_to=MONDAY)
    assert template_rows_on(rows, MONDAY) == [rows[0]]
    assert template_rows_on(rows, MONDAY + timedelta(days=7)) == []
    assert walls(schedule(hours=rows).working_spans("p1", MONDAY)) == [("09:00", "17:00")]


def test_time_off_is_found_behind_entries_that_do_not_apply() -> None:
    # A removed entry and last week's leave come first; today's leave must still count.
    removed = exception(
        "p1", kind=ExceptionKind.TIME_OFF, first_day=MONDAY, last_day=MONDAY, deleted=True
    )
    last_week = exception(
        "p1",
        kind=ExceptionKind.TIME_OFF,
        first_day=MONDAY - timedelta(days=7),
        last_day=MONDAY - timedelta(days=7),
    )
    today = exception(
        "p1",
        kind=ExceptionKind.TIME_OFF,
        first_day=MONDAY,
        last_day=MONDAY,
        start=hm("12:00"),
        end=hm("13:00"),
    )
    index = schedule(hours=weekly(), exceptions=[removed, last_week, today])
    assert walls(index.working_spans("p1", MONDAY)) == [("09:00", "12:00"), ("13:00", "17:00")]


def test_extra_hours_without_times_are_the_clinics_opening_hours() -> None:
    settings = clinic(opening=span("08:00", "18:00"))
    extra = exception("p1", kind=ExceptionKind.EXTRA_HOURS, first_day=SATURDAY, last_day=SATURDAY)
    index = schedule(settings, hours=weekly(), exceptions=[extra])
    assert walls(index.working_spans("p1", SATURDAY)) == [("08:00", "18:00")]


def test_busy_time_of_a_provider_not_loaded_counts_every_appointment() -> None:
    # The provider was removed after booking: their appointments still block, one each.
    booked = [appointment("a1", at(MONDAY, "10:00"), pid="gone")]
    index = schedule(hours=weekly(), appointments=booked)
    assert walls(index.busy_spans("gone", at(MONDAY, "00:00"), at(MONDAY, "23:00"))) == [
        ("10:00", "10:20")
    ]


def test_a_provider_taking_two_at_once_is_busy_only_where_two_overlap() -> None:
    booked = [
        appointment("a1", at(MONDAY, "10:00"), patient="x"),
        appointment("a2", at(MONDAY, "10:10"), patient="y"),
    ]
    index = schedule(providers=[provider(max_parallel=2)], hours=weekly(), appointments=booked)
    assert walls(index.busy_spans("p1", at(MONDAY, "00:00"), at(MONDAY, "23:00"))) == [
        ("10:10", "10:20")
    ]


def test_a_room_used_back_to_back_is_free() -> None:
    used = [appointment("a1", at(MONDAY, "09:00"), room_id="r1")]
    rooms = [room("r1", "Room 1")]
    after = Interval(at(MONDAY, "09:20"), at(MONDAY, "09:40"))
    before = Interval(at(MONDAY, "08:40"), at(MONDAY, "09:00"))
    during = Interval(at(MONDAY, "09:10"), at(MONDAY, "09:30"))
    assert free_rooms(rooms, ["consult"], after, used) == rooms
    assert free_rooms(rooms, ["consult"], before, used) == rooms
    assert free_rooms(rooms, ["consult"], during, used) == []


def test_the_usual_room_of_a_provider_without_hours_is_none() -> None:
    index = schedule(hours=weekly("p2", room_id="r1"))
    assert index.usual_room("p1", MONDAY) is None
    assert index.usual_room("p2", MONDAY) == "r1"
    plain = schedule(hours=weekly())
    assert plain.usual_room("p1", MONDAY) is None


def test_working_time_is_computed_once_per_provider_and_day() -> None:
    index = schedule(hours=weekly())
    first = index.working_spans("p1", MONDAY)
    assert index.working_spans("p1", MONDAY) is first
    # A copy with changed bookings shares the cache: working time does not depend on them.
    assert index.with_changes(removed_ids=["none"]).working_spans("p1", MONDAY) is first


def _indexed() -> ClinicSchedule:
    booked = [
        appointment("a1", at(MONDAY, "09:00"), room_id="r1", patient="pat-a"),
        appointment("a2", at(MONDAY, "10:00"), room_id="r2", patient="pat-b"),
    ]
    index = schedule(
        hours=weekly(), appointments=booked, rooms=[room("r1", "Room 1"), room("r2", "Room 2")]
    )
    # Build the room and patient timelines before copying.
    assert index.by_room and index.by_patient
    return index


def test_with_changes_rebuilds_only_the_timelines_it_touches() -> None:
    index = _indexed()
    moved = appointment("a1", at(MONDAY, "11:00"), room_id="r1", patient="pat-a")
    copy = index.with_changes(added=[moved])
    assert copy.by_room["r2"] is index.by_room["r2"]
    assert copy.by_patient["pat-b"] is index.by_patient["pat-b"]
    assert [
        a.start for a in copy.room_appointments("r1", at(MONDAY, "00:00"), at(MONDAY, "23:00"))
    ] == [at(MONDAY, "11:00")]
    assert copy.patient_appointments("pat-a", at(MONDAY, "08:00"), at(MONDAY, "10:00")) == []
    assert copy.appointments["a1"] == moved


def test_with_changes_removes_from_every_index() -> None:
    index = _indexed()
    copy = index.with_changes(removed_ids=["a2"])
    assert sorted(copy.appointments) == ["a1"]
    assert copy.room_appointments("r2", at(MONDAY, "00:00"), at(MONDAY, "23:00")) == []
    assert copy.patient_appointments("pat-b", at(MONDAY, "00:00"), at(MONDAY, "23:00")) == []
    assert copy.by_room["r1"] is index.by_room["r1"]
    # The original is untouched.
    assert [
        a.id for a in index.room_appointments("r2", at(MONDAY, "00:00"), at(MONDAY, "23:00"))
    ] == ["a2"]


def test_an_unbuilt_room_index_is_built_from_the_changed_appointments() -> None:
    booked = [appointment("a1", at(MONDAY, "09:00"), room_id="r1")]
    index = schedule(hours=weekly(), appointments=booked, rooms=[room("r1", "Room 1")])
    copy = index.with_changes(
        added=[appointment("a2", at(MONDAY, "12:00"), room_id="r1", patient="pat-c")]
    )
    found = copy.room_appointments("r1", at(MONDAY, "00:00"), at(MONDAY, "23:00"))
    assert [a.id for a in found] == ["a1", "a2"]
