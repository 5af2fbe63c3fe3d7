"""RRULE series in the clinic's wall clock, previews with clashes, scopes, splits."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.booking import BookingRequest, Verdict
from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.recurrence import (
    EditScope,
    expand_wall,
    preview_series,
    select_for_scope,
    split_rule,
)
from tests.unit.domain.factories import (
    MONDAY,
    appointment,
    at,
    clinic,
    kind,
    schedule,
    span,
    weekly,
)

LONDON = clinic_zone("Europe/London")
NEW_YORK = clinic_zone("America/New_York")
CONSULT = kind()


def test_weekly_0900_stays_0900_across_the_spring_change() -> None:
    settings = clinic("America/New_York")
    index = schedule(settings, hours=weekly())
    request = BookingRequest("pat-a", "p1", CONSULT, at(MONDAY, "09:00"))
    first = date(2025, 3, 3)
    previews = preview_series("FREQ=WEEKLY;BYDAY=MO;COUNT=3", first, time(9), request, index)
    assert [p.verdict for p in previews] == [Verdict.ALLOWED] * 3
    assert [f"{p.start.astimezone(NEW_YORK):%Y-%m-%d %H:%M}" for p in previews if p.start] == [
        "2025-03-03 09:00",
        "2025-03-10 09:00",
        "2025-03-17 09:00",
    ]
    # The UTC hour changes because the offset does.
    assert [p.start.hour for p in previews if p.start] == [14, 13, 13]


def test_occurrence_in_the_gap_is_reported_not_dropped() -> None:
    settings = clinic("America/New_York", opening=span("00:00", "23:59"))
    index = schedule(settings, hours=weekly(hours=span("00:00", "23:59"), days=range(7)))
    request = BookingRequest("pat-a", "p1", CONSULT, at(MONDAY, "09:00"))
    previews = preview_series("FREQ=DAILY;COUNT=3", date(2025, 3, 8), time(2, 30), request, index)
    assert len(previews) == 3
    gap = previews[1]
    assert gap.day == date(2025, 3, 9) and gap.start is None
    assert gap.verdict is Verdict.REFUSED
    assert gap.reasons == (
        "02:30 on 2025-03-09 does not exist in America/New_York: the clocks go forward "
        "from 02:00 to 03:00. Choose a time from 03:00.",
    )
    assert previews[0].verdict is Verdict.ALLOWED and previews[2].verdict is Verdict.ALLOWED


def test_clashing_occurrence_is_reported_with_the_clash() -> None:
    busy = [appointment("a1", at(MONDAY + timedelta(days=7), "09:10"), patient="pat-b")]
    index = schedule(hours=weekly(), appointments=busy)
    request = BookingRequest("pat-a", "p1", CONSULT, at(MONDAY, "09:00"))
    previews = preview_series(
        "FREQ=WEEKLY;COUNT=3", MONDAY, time(9), request, index, patient_names={"pat-b": "B. Bee"}
    )
    assert [p.verdict for p in previews] == [
        Verdict.ALLOWED,
        Verdict.NEEDS_OVERRIDE,
        Verdict.ALLOWED,
    ]
    assert previews[1].reasons == ("Dr Ana Lee is booked 09:10-09:30 with B. Bee",)


def test_a_rule_overlapping_itself_is_caught() -> None:
    index = schedule(hours=weekly())
    request = BookingRequest("pat-a", "p1", kind(minutes=90), at(MONDAY, "09:00"))
    previews = preview_series("FREQ=HOURLY;COUNT=2", MONDAY, time(9), request, index)
    assert previews[0].verdict is Verdict.ALLOWED
    assert previews[1].verdict is Verdict.REFUSED  # the same patient at 10:00-11:30


def test_open_ended_rule_is_capped_and_utc_until_is_understood() -> None:
    assert len(expand_wall("FREQ=DAILY", MONDAY, time(9), LONDON)) == 366
    until_utc = expand_wall("FREQ=DAILY;UNTIL=20250305T090000Z", MONDAY, time(9), LONDON)
    assert [w.day for w in until_utc] == [MONDAY, MONDAY + timedelta(1), MONDAY + timedelta(2)]


@pytest.mark.parametrize(
    "rule", ["", "FREQ=SOMETIMES", "DTSTART:20250101T090000\nRRULE:FREQ=DAILY"]
)
def test_bad_rules_are_validation_errors(rule: str) -> None:
    with pytest.raises(ValidationError):
        expand_wall(rule, MONDAY, time(9), LONDON)


def series() -> list:
    return [
        appointment(f"s{n}", at(MONDAY + timedelta(weeks=n), "09:00"), series_id="S", status=status)
        for n, status in enumerate(
            [Status.COMPLETED, Status.BOOKED, Status.CONFIRMED, Status.CANCELLED, Status.BOOKED]
        )
    ]


def test_scopes_choose_only_occurrences_still_ahead() -> None:
    items = series()
    target = items[2]
    assert [a.id for a in select_for_scope(items, target, EditScope.THIS)] == ["s2"]
    assert [a.id for a in select_for_scope(items, target, EditScope.THIS_AND_FOLLOWING)] == [
        "s2",
        "s4",
    ]
    assert [a.id for a in select_for_scope(items, target, EditScope.ALL)] == ["s1", "s2", "s4"]
    with pytest.raises(ValidationError, match="completed"):
        select_for_scope(items, items[0], EditScope.ALL)


def test_split_rule_shares_out_the_count() -> None:
    head, tail = split_rule(
        "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6", MONDAY, time(9), LONDON, MONDAY + timedelta(weeks=2)
    )
    assert head == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20250316T235959"
    assert tail == "FREQ=WEEKLY;BYDAY=MO;COUNT=4"
    assert len(expand_wall(head, MONDAY, time(9), LONDON)) == 2
    assert len(expand_wall(tail, MONDAY + timedelta(weeks=2), time(9), LONDON)) == 4
