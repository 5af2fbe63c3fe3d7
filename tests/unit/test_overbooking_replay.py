"""The session replay behind the overbooking benchmark, on sessions small enough to check
by hand."""

from __future__ import annotations

from clinicdesk.analytics.overbooking_simulation import ReplayVisit, SessionOutcome, replay


def test_a_missed_visit_leaves_its_time_idle() -> None:
    visits = [ReplayVisit(0, 15, True), ReplayVisit(15, 15, False), ReplayVisit(30, 15, True)]
    assert replay(visits, 60) == SessionOutcome(
        idle_minutes=15, long_waits=0, overtime_minutes=0, extras=0, seen=2
    )


def test_an_extra_beside_a_missed_visit_fills_it() -> None:
    visits = [
        ReplayVisit(0, 15, True),
        ReplayVisit(15, 15, False),
        ReplayVisit(15, 15, True, extra=True),
        ReplayVisit(30, 15, True),
    ]
    assert replay(visits, 45) == SessionOutcome(0, 0, 0, 1, 3)


def test_an_extra_when_everyone_comes_delays_the_rest_into_overtime() -> None:
    visits = [
        ReplayVisit(0, 20, True),
        ReplayVisit(0, 20, True, extra=True),  # seen after the booked patient
        ReplayVisit(20, 20, True),
        ReplayVisit(40, 20, True),
    ]
    outcome = replay(visits, 60)
    # The extra starts 20 minutes late; the next two wait 20 minutes each; 20 over.
    assert outcome == SessionOutcome(0, 3, 20, 1, 4)


def test_a_later_missed_visit_absorbs_the_delay() -> None:
    visits = [
        ReplayVisit(0, 10, True),
        ReplayVisit(0, 10, True, extra=True),
        ReplayVisit(10, 10, True),
        ReplayVisit(20, 10, False),
        ReplayVisit(30, 10, True),
    ]
    assert replay(visits, 40) == SessionOutcome(0, 0, 0, 1, 4)


def test_unbooked_time_is_not_idle_and_a_wait_of_exactly_15_is_not_long() -> None:
    visits = [
        ReplayVisit(0, 15, True),
        ReplayVisit(0, 15, True, extra=True),
        ReplayVisit(15, 10, False),
        ReplayVisit(40, 10, True),
    ]
    outcome = replay(visits, 60)
    assert outcome.long_waits == 0  # the extra waited exactly 15
    assert outcome.idle_minutes == 0  # the extra filled 15-25; 25-40 was never booked
    assert replay([ReplayVisit(0, 10, True), ReplayVisit(0, 16, True, extra=True)], 5) == (
        SessionOutcome(0, 0, 21, 1, 2)
    )
