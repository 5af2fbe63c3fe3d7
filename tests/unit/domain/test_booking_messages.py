"""The conflict check's exact words and its edges.

A receptionist reads these sentences on the phone to a patient: who is booked, when,
with whom, and why a time is refused. Each test pins the whole sentence, so a wrong
name, a time in the computer's zone instead of the clinic's, or a lost fallback
("another patient") fails here. The edge tests pin the boundaries of each rule.
"""

from __future__ import annotations

from dataclasses import replace
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
TUESDAY = MONDAY + timedelta(days=1)
SUNDAY = MONDAY - timedelta(days=1)


def time_off(first: date, **fields: object) -> object:
    return exception("p1", kind=ExceptionKind.TIME_OFF, first_day=first, last_day=first, **fields)


# -- who and when, with the fallbacks when a name is not known ----------------------


def test_a_clash_without_a_patient_name_says_another_patient() -> None:
    busy = [appointment("a1", at(MONDAY, "09:00"), patient="pat-unnamed")]
    decision = check_booking(request("09:10"), schedule(hours=weekly(), appointments=busy))
    assert decision.override_reasons == ("Dr Ana Lee is booked 09:00-09:20 with another patient",)


def test_a_patient_clash_with_a_removed_provider_names_the_time_only() -> None:
    # The other appointment's provider is not in the loaded schedule (removed since).
    busy = [appointment("a1", at(MONDAY, "09:00"), pid="gone", patient="pat-unnamed")]
    decision = check_booking(
        request("09:10", patient="pat-unnamed"), schedule(hours=weekly(), appointments=busy)
    )
    assert decision.refusals == ("The patient already has an appointment 09:00-09:20.",)


def test_a_room_clash_with_unknown_provider_and_patient_uses_the_fallbacks() -> None:
    busy = [appointment("a1", at(MONDAY, "09:00"), pid="gone", room_id="r1")]
    index = schedule(hours=weekly(), appointments=busy, rooms=[room("r1", "Room 1")])
    decision = check_booking(request("09:10", room_id="r1"), index)
    assert decision.refusals == (
        "Room 1 is in use 09:00-09:20 by another provider with another patient.",
    )


def test_the_parallel_limit_sentence_names_the_limit_and_the_time() -> None:
    busy = [
        appointment("a1", at(MONDAY, "09:00"), patient="pat-smith"),
        appointment("a2", at(MONDAY, "09:10"), patient="pat-other"),
    ]
    index = schedule(providers=[provider(max_parallel=2)], hours=weekly(), appointments=busy)
    decision = check_booking(request("09:00"), index, patient_names=NAMES)
    assert decision.override_reasons == (
        "Dr Ana Lee is booked 09:00-09:20 with J. Smith",
        "Dr Ana Lee is booked 09:10-09:30 with another patient",
        "Dr Ana Lee already has 2 patients at 09:00-09:20.",
    )


def test_a_room_that_does_not_exist_is_refused_in_words() -> None:
    decision = check_booking(request("10:00", room_id="nowhere"), schedule(hours=weekly()))
    assert decision.refusals == ("That room does not exist or was removed.",)
    assert decision.room_id == "nowhere"


def test_room_kind_lists_join_with_or() -> None:
    dressing = kind("dr", 20, name="Dressing", room_kinds=("treatment", "procedure"))
    index = schedule(hours=weekly(), rooms=[room("r1", "Room 1")])
    wrong_kind = check_booking(request("10:00", kind=dressing, room_id="r1"), index)
    assert wrong_kind.refusals == (
        "Dressing needs a treatment or procedure room; Room 1 is consult.",
    )
    none_at_all = check_booking(request("10:00", kind=dressing), index)
    assert none_at_all.refusals == ("The clinic has no treatment or procedure room for Dressing.",)
    busy = [appointment("a1", at(MONDAY, "10:00"), pid="gone", room_id="t1")]
    taken = schedule(
        hours=weekly(), rooms=[room("t1", "Treatment", "treatment")], appointments=busy
    )
    all_busy = check_booking(request("10:10", kind=dressing), taken)
    assert all_busy.refusals == (
        "No treatment or procedure room is free 10:10-10:30.",
        "Treatment is in use 10:00-10:20 by another provider with another patient.",
    )


def test_an_unknown_provider_is_a_validation_error_in_words() -> None:
    with pytest.raises(ValidationError) as caught:
        check_booking(request("10:00", pid="nobody"), schedule(hours=weekly()))
    assert str(caught.value) == "That provider does not exist or was removed."


def test_a_deleted_type_is_no_longer_offered() -> None:
    retired = replace(kind(name="Travel jab"), deleted=True)
    decision = check_booking(request("10:00", kind=retired), schedule(hours=weekly()))
    assert decision.refusals == ("The appointment type Travel jab is no longer offered.",)


def test_a_type_for_the_providers_specialty_is_allowed() -> None:
    smear = kind("sm", 20, name="Smear", specialties=("gp",))
    assert check_booking(request("10:00", kind=smear), schedule(hours=weekly())).allowed
    other = kind("op", 20, name="Minor op", specialties=("surgery",))
    assert check_booking(request("10:00", kind=other), schedule(hours=weekly())).refusals == (
        "Dr Ana Lee (gp) does not give Minor op.",
    )


# -- enforce: the message raised is the reasons joined ------------------------------


def test_enforce_joins_every_refusal_into_one_message() -> None:
    busy = [appointment("a1", at(MONDAY, "09:00"), pid="gone", patient="pat-jones")]
    closed = schedule(
        providers=[replace(provider(), bookable=False)], hours=weekly(), appointments=busy
    )
    decision = check_booking(request("09:10"), closed, patient_names=NAMES)
    with pytest.raises(SchedulingConflictError) as caught:
        decision.enforce("agreed")
    assert str(caught.value) == (
        "Cannot book: Dr Ana Lee is not taking bookings.; "
        "A. Jones already has an appointment 09:00-09:20."
    )
    assert caught.value.clashes == decision.reasons


def test_enforce_without_a_reason_lists_what_needs_overriding() -> None:
    busy = [appointment("a1", at(MONDAY, "09:00"), patient="pat-smith")]
    index = schedule(hours=weekly(), appointments=busy)
    decision = check_booking(request("09:10"), index, patient_names=NAMES, now=at(MONDAY, "12:00"))
    assert decision.verdict is Verdict.NEEDS_OVERRIDE
    assert not decision.allowed_with()  # no reason given: not allowed
    with pytest.raises(SchedulingConflictError) as caught:
        decision.enforce()
    assert str(caught.value) == (
        "Needs an override with a reason: Dr Ana Lee is booked 09:00-09:20 with J. Smith; "
        "Mon 2025-03-03 09:10-09:30 is in the past."
    )


# -- working hours and time off ---------------------------------------------------


def test_a_day_without_hours_says_not_working_that_day() -> None:
    decision = check_booking(request("10:00", day=SUNDAY), schedule(hours=weekly()))
    assert decision.override_reasons == (
        "Sun 2025-03-02 10:00-10:20 is outside Dr Ana Lee's working hours (not working that day).",
    )


def test_time_off_that_does_not_apply_listed_first_does_not_hide_the_one_that_does() -> None:
    older = time_off(MONDAY - timedelta(days=7), reason="Last week")
    today = time_off(MONDAY, reason="Course")
    decision = check_booking(request("10:00"), schedule(hours=weekly(), exceptions=[older, today]))
    assert decision.override_reasons == ("Dr Ana Lee is on time off (Course) on Mon 2025-03-03.",)


def test_of_two_timed_time_offs_the_one_the_booking_touches_is_named() -> None:
    morning = time_off(MONDAY, start=hm("09:00"), end=hm("09:30"))
    afternoon = time_off(MONDAY, start=hm("14:00"), end=hm("15:00"), reason="Dentist")
    index = schedule(hours=weekly(), exceptions=[morning, afternoon])
    assert check_booking(request("14:30"), index).override_reasons == (
        "Dr Ana Lee is on time off (Dentist) 14:00-15:00 on Mon 2025-03-03.",
    )


def test_a_booking_touching_time_off_is_outside_hours_not_in_the_time_off() -> None:
    # Time off 16:00-17:00 ends the day early; 17:00-17:20 only touches it.
    late = time_off(MONDAY, start=hm("16:00"), end=hm("17:00"))
    index = schedule(hours=weekly(), exceptions=[late])
    assert check_booking(request("17:00"), index).override_reasons == (
        "Mon 2025-03-03 17:00-17:20 is outside Dr Ana Lee's working hours (09:00-16:00).",
    )
    # Time off 09:00-10:00 starts the day late; 08:40-09:00 only touches it.
    early = time_off(MONDAY, start=hm("09:00"), end=hm("10:00"))
    index = schedule(hours=weekly(), exceptions=[early])
    assert check_booking(request("08:40"), index).override_reasons == (
        "Mon 2025-03-03 08:40-09:00 is outside Dr Ana Lee's working hours (10:00-17:00).",
    )


def test_extra_hours_are_not_mistaken_for_time_off() -> None:
    extra = exception(
        "p1",
        kind=ExceptionKind.EXTRA_HOURS,
        first_day=MONDAY,
        last_day=MONDAY,
        start=hm("18:00"),
        end=hm("19:00"),
    )
    index = schedule(hours=weekly(), exceptions=[extra])
    assert check_booking(request("18:50"), index).override_reasons == (
        "Mon 2025-03-03 18:50-19:10 is outside Dr Ana Lee's working hours "
        "(09:00-17:00, 18:00-19:00).",
    )


def _hours_by_weekday() -> list:
    # Sunday 10-14, Monday 09-17, Tuesday 08-12: each day's hours tell which was read.
    return (
        weekly(hours=span("10:00", "14:00"), days=[6])
        + weekly(hours=span("09:00", "17:00"), days=[0])
        + weekly(hours=span("08:00", "12:00"), days=[1])
    )


def test_a_booking_across_midnight_reads_the_hours_of_both_days() -> None:
    overnight = request("23:50")  # Monday 23:50 to Tuesday 00:10
    decision = check_booking(overnight, schedule(hours=_hours_by_weekday()))
    assert decision.override_reasons == (
        "Mon 2025-03-03 23:50-00:10 is outside Dr Ana Lee's working hours "
        "(09:00-17:00, 08:00-12:00).",
    )


def test_a_booking_ending_at_midnight_reads_only_its_own_day() -> None:
    decision = check_booking(request("23:40"), schedule(hours=_hours_by_weekday()))
    assert decision.override_reasons == (
        "Mon 2025-03-03 23:40-00:00 is outside Dr Ana Lee's working hours (09:00-17:00).",
    )


# -- rooms: the usual room of the clinic's day ---------------------------------------


def test_the_usual_room_is_the_one_of_the_clinics_weekday() -> None:
    # Monday's template names Room B, Tuesday's Room A. 11:00 on Monday in London is
    # already Tuesday in the computer's zone (UTC+14): the clinic's day must decide.
    rows = weekly(days=[0], room_id="rb") + weekly(days=[1], room_id="ra")
    rooms = [room("ra", "Room A"), room("rb", "Room B")]
    needs_room = kind(room_kinds=("consult",))
    decision = check_booking(request("11:00", kind=needs_room), schedule(hours=rows, rooms=rooms))
    assert decision.allowed and decision.room_id == "rb"


# -- the booking grid and "now" -----------------------------------------------------


def test_seconds_past_the_minute_are_off_the_grid() -> None:
    wanted = replace(request("10:00"), start=at(MONDAY, "10:00") + timedelta(seconds=30))
    decision = check_booking(wanted, schedule(hours=weekly()))
    assert decision.override_reasons == ("10:00 is not on the clinic's 5-minute booking grid.",)


def test_the_grid_is_read_on_the_clinics_wall_clock_in_a_half_hour_zone() -> None:
    # Kolkata is UTC+5:30: its 10:00 is 04:30 UTC, on the hour grid only in Kolkata.
    settings = clinic("Asia/Kolkata", slot_minutes=60)
    index = schedule(settings, hours=weekly())
    on_grid = BookingRequest("pat-jones", "p1", CONSULT, at(MONDAY, "10:00", "Asia/Kolkata"))
    assert check_booking(on_grid, index).allowed
    off_grid = replace(on_grid, start=at(MONDAY, "10:30", "Asia/Kolkata"))
    assert check_booking(off_grid, index).override_reasons == (
        "10:30 is not on the clinic's 60-minute booking grid.",
    )


def test_a_start_equal_to_now_is_not_in_the_past() -> None:
    index = schedule(hours=weekly())
    assert check_booking(request("10:00"), index, now=at(MONDAY, "10:00")).allowed
    late = check_booking(
        request("10:00"), index, now=at(MONDAY, "10:00") + timedelta(microseconds=1)
    )
    assert late.override_reasons == ("Mon 2025-03-03 10:00-10:20 is in the past.",)
