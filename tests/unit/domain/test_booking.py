"""The one conflict check: provider, room and patient, with overrides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinicdesk.domain.booking import BookingRequest, Verdict, check_booking
from clinicdesk.domain.errors import SchedulingConflictError, ValidationError
from clinicdesk.domain.providers import ExceptionKind
from tests.unit.domain.factories import (
    MONDAY,
    appointment,
    at,
    clinic,
    exception,
    hm,
    kind,
    provider,
    room,
    schedule,
    span,
    weekly,
)
from tests.unit.domain.factories import (
    booking_request as request,
)

NAMES = {"pat-smith": "J. Smith", "pat-jones": "A. Jones"}
CONSULT = kind()


def test_free_time_inside_hours_is_allowed() -> None:
    decision = check_booking(request("10:00"), schedule(hours=weekly()), patient_names=NAMES)
    assert decision.verdict is Verdict.ALLOWED
    assert decision.end - decision.start == timedelta(minutes=20)
    decision.enforce()  # does not raise


def test_provider_clash_names_the_booking_in_local_time() -> None:
    busy = [appointment("a1", at(MONDAY, "09:00"), patient="pat-smith")]
    decision = check_booking(
        request("09:10"), schedule(hours=weekly(), appointments=busy), patient_names=NAMES
    )
    assert decision.verdict is Verdict.NEEDS_OVERRIDE
    assert decision.override_reasons == ("Dr Ana Lee is booked 09:00-09:20 with J. Smith",)
    with pytest.raises(SchedulingConflictError) as caught:
        decision.enforce()
    assert "Dr Ana Lee is booked 09:00-09:20 with J. Smith" in caught.value.clashes
    decision.enforce("Urgent review agreed with Dr Lee")  # an override with a reason passes
    assert not decision.allowed_with("   ")


def test_local_time_in_new_york_summer() -> None:
    settings = clinic("America/New_York")
    day = date(2025, 7, 7)
    busy = [appointment("a1", at(day, "09:00", "America/New_York"), patient="pat-smith")]
    index = schedule(settings, hours=weekly(), appointments=busy)
    wanted = BookingRequest("pat-jones", "p1", CONSULT, at(day, "09:10", "America/New_York"))
    decision = check_booking(wanted, index, patient_names=NAMES)
    assert decision.override_reasons == ("Dr Ana Lee is booked 09:00-09:20 with J. Smith",)


def test_back_to_back_is_not_a_clash() -> None:
    busy = [appointment("a1", at(MONDAY, "09:00"))]
    assert check_booking(request("09:20"), schedule(hours=weekly(), appointments=busy)).allowed


def test_parallel_limit_allows_up_to_max_parallel() -> None:
    busy = [appointment("a1", at(MONDAY, "09:00"), patient="pat-smith")]
    index = schedule(providers=[provider(max_parallel=2)], hours=weekly(), appointments=busy)
    assert check_booking(request("09:00"), index).allowed
    busy.append(appointment("a2", at(MONDAY, "09:10"), patient="pat-other"))
    index = schedule(providers=[provider(max_parallel=2)], hours=weekly(), appointments=busy)
    decision = check_booking(request("09:00"), index, patient_names=NAMES)
    assert decision.needs_override
    assert any("already has 2 patients" in r for r in decision.override_reasons)
    # 09:20 only overlaps a2: one patient, under the limit.
    assert check_booking(request("09:20"), index).allowed


def test_patient_clash_is_refused_not_overridable() -> None:
    busy = [appointment("a1", at(MONDAY, "09:00"), pid="p2", patient="pat-smith")]
    providers = [provider(), provider("p2", "Ben Ode")]
    index = schedule(providers=providers, hours=weekly(), appointments=busy)
    decision = check_booking(request("09:10", patient="pat-smith"), index, patient_names=NAMES)
    assert decision.verdict is Verdict.REFUSED
    assert decision.refusals == (
        "J. Smith already has an appointment 09:00-09:20 with Dr Ben Ode.",
    )
    with pytest.raises(SchedulingConflictError, match="Cannot book"):
        decision.enforce("please")


def test_room_clash_is_refused_and_a_free_room_is_chosen() -> None:
    rooms = [room("r1", "Room 1"), room("r2", "Room 2")]
    needs_room = kind(room_kinds=("consult",))
    busy = [appointment("a1", at(MONDAY, "09:00"), pid="p2", patient="pat-smith", room_id="r1")]
    providers = [provider(), provider("p2", "Ben Ode")]
    index = schedule(
        providers=providers, hours=weekly("p1") + weekly("p2"), appointments=busy, rooms=rooms
    )
    asked = check_booking(
        request("09:10", kind=needs_room, room_id="r1"), index, patient_names=NAMES
    )
    assert asked.verdict is Verdict.REFUSED
    assert asked.refusals == ("Room 1 is in use 09:00-09:20 by Dr Ben Ode with J. Smith.",)
    chosen = check_booking(request("09:10", kind=needs_room), index)
    assert chosen.allowed and chosen.room_id == "r2"


def test_an_overbooked_patient_shares_the_providers_own_room() -> None:
    """The provider's own patient in the room is the overridable double booking, not a
    room clash: overbooking a type that needs a room works in the provider's room."""
    rooms = [room("r1", "Room 1"), room("x1", "Theatre", "procedure")]
    needs_room = kind(room_kinds=("consult",))
    minor_op = kind("op", 30, name="Minor op", room_kinds=("procedure",))
    busy = [
        appointment("a1", at(MONDAY, "09:00"), patient="pat-smith", room_id="r1"),
        appointment("a2", at(MONDAY, "11:00"), patient="pat-smith", room_id="x1"),
    ]
    index = schedule(hours=weekly(), appointments=busy, rooms=rooms)
    for asked_room in ("r1", None):
        decision = check_booking(
            request("09:00", kind=needs_room, room_id=asked_room), index, patient_names=NAMES
        )
        assert decision.verdict is Verdict.NEEDS_OVERRIDE
        assert decision.refusals == ()
        assert decision.room_id == "r1"
        assert decision.override_reasons == ("Dr Ana Lee is booked 09:00-09:20 with J. Smith",)
    # A type needing no room keeps a moved appointment's room when only its own
    # provider's patient is in it.
    moved = check_booking(
        BookingRequest("pat-jones", "p1", CONSULT, at(MONDAY, "11:00"), current_room_id="x1"),
        index,
    )
    assert moved.room_id == "x1"
    op = check_booking(request("11:00", kind=minor_op), index, patient_names=NAMES)
    assert op.refusals == () and op.room_id == "x1"


def test_no_room_of_the_kind_free_is_refused_listing_who_has_them() -> None:
    rooms = [room("x1", "Theatre", "procedure")]
    minor_op = kind("op", 30, name="Minor op", room_kinds=("procedure",))
    busy = [appointment("a1", at(MONDAY, "09:00"), pid="p2", patient="pat-smith", room_id="x1")]
    providers = [provider(), provider("p2", "Ben Ode")]
    index = schedule(providers=providers, hours=weekly(), appointments=busy, rooms=rooms)
    decision = check_booking(request("09:10", kind=minor_op), index, patient_names=NAMES)
    assert decision.refusals == (
        "No procedure room is free 09:10-09:40.",
        "Theatre is in use 09:00-09:20 by Dr Ben Ode with J. Smith.",
    )
    assert not check_booking(request("09:10", kind=minor_op), schedule(hours=weekly())).room_id


def test_wrong_room_kind_and_specialty_are_refused() -> None:
    rooms = [room("r1", "Room 1")]
    minor_op = kind("op", 30, name="Minor op", room_kinds=("procedure",), specialties=("surgery",))
    index = schedule(hours=weekly(), rooms=rooms)
    decision = check_booking(request("10:00", kind=minor_op, room_id="r1"), index)
    assert "Minor op needs a procedure room; Room 1 is consult." in decision.refusals
    assert "Dr Ana Lee (gp) does not give Minor op." in decision.refusals


def test_outside_hours_needs_override_with_the_hours_named() -> None:
    decision = check_booking(
        request("17:00"), schedule(hours=weekly(breaks=[span("12:00", "13:00")]))
    )
    assert decision.needs_override
    assert decision.override_reasons == (
        "Mon 2025-03-03 17:00-17:20 is outside Dr Ana Lee's working hours "
        "(09:00-12:00, 13:00-17:00).",
    )
    over_break = check_booking(
        request("11:50"), schedule(hours=weekly(breaks=[span("12:00", "13:00")]))
    )
    assert over_break.needs_override


def test_time_off_needs_override_and_says_so() -> None:
    off = exception(
        "p1", kind=ExceptionKind.TIME_OFF, first_day=MONDAY, last_day=MONDAY, reason="Course"
    )
    decision = check_booking(request("10:00"), schedule(hours=weekly(), exceptions=[off]))
    assert decision.override_reasons == ("Dr Ana Lee is on time off (Course) on Mon 2025-03-03.",)
    partial = exception(
        "p1",
        kind=ExceptionKind.TIME_OFF,
        first_day=MONDAY,
        last_day=MONDAY,
        start=hm("14:00"),
        end=hm("15:00"),
    )
    index = schedule(hours=weekly(), exceptions=[partial])
    assert check_booking(request("14:30"), index).override_reasons == (
        "Dr Ana Lee is on time off 14:00-15:00 on Mon 2025-03-03.",
    )
    assert check_booking(request("17:30"), index).override_reasons == (
        "Mon 2025-03-03 17:30-17:50 is outside Dr Ana Lee's working hours "
        "(09:00-14:00, 15:00-17:00).",
    )


def test_off_grid_and_past_need_override() -> None:
    index = schedule(hours=weekly())
    assert check_booking(request("10:07"), index).override_reasons == (
        "10:07 is not on the clinic's 5-minute booking grid.",
    )
    past = check_booking(request("10:00"), index, now=at(MONDAY, "11:00"))
    assert past.override_reasons == ("Mon 2025-03-03 10:00-10:20 is in the past.",)


def test_moving_an_appointment_does_not_clash_with_itself() -> None:
    busy = [appointment("a1", at(MONDAY, "09:00"), patient="pat-jones")]
    index = schedule(hours=weekly(), appointments=busy)
    assert check_booking(request("09:10", appointment_id="a1"), index).allowed
    assert check_booking(request("09:10"), index).verdict is Verdict.REFUSED  # same patient


def test_unknown_provider_and_unbookable_provider() -> None:
    from dataclasses import replace

    with pytest.raises(ValidationError):
        check_booking(request("10:00", pid="nobody"), schedule(hours=weekly()))
    closed = schedule(providers=[replace(provider(), bookable=False)], hours=weekly())
    assert check_booking(request("10:00"), closed).refusals == (
        "Dr Ana Lee is not taking bookings.",
    )


def test_spring_gap_day_booking_after_the_jump_is_allowed() -> None:
    settings = clinic("America/New_York", opening=span("00:00", "23:59"))
    day = date(2025, 3, 9)
    index = schedule(settings, hours=weekly(hours=span("00:00", "06:00"), days=range(7)))
    wanted = BookingRequest("pat-jones", "p1", CONSULT, at(day, "03:00", "America/New_York"))
    assert check_booking(wanted, index).allowed
    early = BookingRequest(
        "pat-jones", "p1", kind(minutes=60), at(day, "01:30", "America/New_York")
    )
    # 01:30 EST + 60 real minutes = 03:30 EDT: still inside 00:00-06:00.
    assert check_booking(early, index).allowed


ROOMS = [room("r1", "Room 1"), room("r2", "Room 2"), room("r3", "Room 3")]
TWO_PROVIDERS = [provider("p1"), provider("p2", "Ben Cho")]


def _rooms_schedule(*busy: object):  # type: ignore[no-untyped-def]
    return schedule(
        providers=TWO_PROVIDERS,
        hours=weekly("p1") + weekly("p2"),
        appointments=list(busy),
        rooms=ROOMS,
    )


def test_a_move_keeps_its_room_when_that_room_is_free_at_the_new_time() -> None:
    needs_room = kind(room_kinds=("consult",))
    # Room 1 would be chosen first by name; the appointment's own Room 3 is kept.
    moved = check_booking(
        request("11:00", kind=needs_room, current_room_id="r3"), _rooms_schedule()
    )
    assert moved.allowed and moved.room_id == "r3"
    # A type that needs no room keeps the room it was given too.
    plain = check_booking(request("11:00", current_room_id="r2"), _rooms_schedule())
    assert plain.allowed and plain.room_id == "r2"


def test_a_move_whose_room_is_taken_gets_another_or_none_if_no_room_is_needed() -> None:
    other = appointment("a1", at(MONDAY, "11:00"), pid="p2", patient="pat-smith", room_id="r3")
    needs_room = kind(room_kinds=("consult",))
    moved = check_booking(
        request("11:00", kind=needs_room, current_room_id="r3"), _rooms_schedule(other)
    )
    assert moved.allowed and moved.room_id == "r1"
    plain = check_booking(request("11:00", current_room_id="r3"), _rooms_schedule(other))
    assert plain.allowed and plain.room_id is None
