"""Reminder moments: lead times, late bookings, quiet hours across DST, one a day.

Expected instants are written out in UTC by hand from the zone's published offsets
(London: GMT until 30 March 2025 01:00 UTC, BST until 26 October 2025 01:00 UTC), so
the oracle does not share the code's wall-clock arithmetic.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.reminders import (
    NO_REMINDERS,
    PlannedMessage,
    QueuedReminder,
    QuietHours,
    ReminderKind,
    ReminderRule,
    Visit,
    out_of_quiet_hours,
    plan_messages,
    reconcile,
    reminder_moments,
)

LONDON = ZoneInfo("Europe/London")
QUIET = QuietHours(time(21, 0), time(8, 0))
RULE = ReminderRule(lead_hours=(48, 2), late_booking_at=time(17, 0))
LONG_AGO = datetime(2025, 1, 1, tzinfo=UTC)


def utc(
    year: int, month: int, day: int, hour: int, minute: int = 0, *, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def visit(
    start: datetime,
    booked_at: datetime = LONG_AGO,
    *,
    appointment_id: str = "a1",
    patient_id: str = "p1",
    rule: ReminderRule = RULE,
) -> Visit:
    return Visit(appointment_id, patient_id, start, booked_at, rule)


def sends(v: Visit, quiet: QuietHours = QUIET) -> list[datetime]:
    return [moment.send_at for moment in reminder_moments(v, quiet, LONDON)]


def test_48_and_2_hours_before_in_winter() -> None:
    moments = reminder_moments(visit(utc(2025, 3, 12, 10)), QUIET, LONDON)
    assert [(m.send_at, m.kind, m.lead_hours) for m in moments] == [
        (utc(2025, 3, 10, 10), ReminderKind.LEAD, 48),
        (utc(2025, 3, 12, 8), ReminderKind.LEAD, 2),
    ]
    assert {(m.appointment_id, m.patient_id) for m in moments} == {("a1", "p1")}


def test_quiet_hours_end_is_not_quiet_and_start_is() -> None:
    assert not QUIET.contains(utc(2025, 3, 12, 8), LONDON)
    assert QUIET.contains(utc(2025, 3, 12, 7, 59, second=59), LONDON)
    assert QUIET.contains(utc(2025, 3, 12, 21), LONDON)
    assert not QUIET.contains(utc(2025, 3, 12, 20, 59, second=59), LONDON)
    assert QUIET.contains(utc(2025, 3, 12, 0), LONDON)


def test_quiet_hours_within_one_day() -> None:
    lunch = QuietHours(time(12, 0), time(13, 0))
    assert not lunch.spans_midnight
    assert lunch.contains(utc(2025, 3, 12, 12), LONDON)
    assert not lunch.contains(utc(2025, 3, 12, 13), LONDON)
    assert not lunch.contains(utc(2025, 3, 12, 11, 59), LONDON)
    assert lunch.began(utc(2025, 3, 12, 12, 30), LONDON) == utc(2025, 3, 12, 12)
    assert lunch.ends(utc(2025, 3, 12, 12, 30), LONDON) == utc(2025, 3, 12, 13)


def test_equal_quiet_edges_mean_no_quiet_hours() -> None:
    never = QuietHours(time(8, 0), time(8, 0))
    assert not never.contains(utc(2025, 3, 12, 8), LONDON)
    assert not never.contains(utc(2025, 3, 12, 3), LONDON)


def test_quiet_period_edges_on_both_sides_of_midnight() -> None:
    evening, morning = utc(2025, 3, 11, 22), utc(2025, 3, 12, 3)
    for inside in (evening, morning):
        assert QUIET.began(inside, LONDON) == utc(2025, 3, 11, 21)
        assert QUIET.ends(inside, LONDON) == utc(2025, 3, 12, 8)


def test_a_reminder_due_in_quiet_hours_waits_for_their_end() -> None:
    # 2 h before 09:30 is 07:30, quiet: sent at 08:00.
    assert sends(visit(utc(2025, 3, 12, 9, 30)))[-1] == utc(2025, 3, 12, 8)


def test_due_exactly_at_quiet_start_moves_and_a_minute_before_does_not() -> None:
    # 2 h before 23:00 is 21:00 (quiet) -> 08:00 would be after the visit -> 20:59.
    assert sends(visit(utc(2025, 3, 12, 23)))[-1] == utc(2025, 3, 12, 20, 59)
    # 2 h before 22:59 is 20:59, not quiet: unchanged.
    assert sends(visit(utc(2025, 3, 12, 22, 59)))[-1] == utc(2025, 3, 12, 20, 59)


def test_when_waiting_would_reach_the_visit_it_goes_before_the_quiet_hours() -> None:
    # Visit at 08:00 sharp: 2 h before (06:00) is quiet, 08:00 is not before the visit.
    assert sends(visit(utc(2025, 3, 12, 8))) == [utc(2025, 3, 10, 8), utc(2025, 3, 11, 20, 59)]


def test_no_moment_fits_when_booked_during_the_night_for_early_morning() -> None:
    # Booked 22:00 for 08:00: the 2 h reminder cannot wait (08:00) nor go back (20:59).
    v = visit(utc(2025, 3, 12, 8), booked_at=utc(2025, 3, 11, 22))
    assert sends(v) == []


def test_going_back_to_exactly_the_booking_moment_is_allowed() -> None:
    v = visit(utc(2025, 3, 12, 8), booked_at=utc(2025, 3, 11, 20, 59))
    assert sends(v) == [utc(2025, 3, 11, 20, 59)]


def test_quiet_hours_on_the_spring_forward_morning() -> None:
    # Sunday 30 March 2025 London goes to BST at 01:00 UTC. Visit 09:00 BST = 08:00 UTC;
    # 2 h before is 06:00 UTC = 07:00 BST (quiet) -> 08:00 BST = 07:00 UTC.
    assert sends(visit(utc(2025, 3, 30, 8)))[-1] == utc(2025, 3, 30, 7)
    # The day before (still GMT) the same wall time is 08:00 UTC.
    assert sends(visit(utc(2025, 3, 29, 9)))[-1] == utc(2025, 3, 29, 8)


def test_quiet_hours_that_began_in_summer_and_end_in_winter() -> None:
    # Quiet began Sat 25 Oct 2025 21:00 BST = 20:00 UTC; visit Sun 08:00 GMT = 08:00 UTC.
    v = visit(utc(2025, 10, 26, 8))
    assert QUIET.began(utc(2025, 10, 26, 6), LONDON) == utc(2025, 10, 25, 20)
    assert QUIET.ends(utc(2025, 10, 26, 6), LONDON) == utc(2025, 10, 26, 8)
    assert sends(v)[-1] == utc(2025, 10, 25, 19, 59)


def test_lead_hours_are_elapsed_hours_across_the_change() -> None:
    # Tue 1 April 10:00 BST = 09:00 UTC; 48 h before is 09:00 UTC on Sunday, 10:00 BST.
    assert sends(visit(utc(2025, 4, 1, 9)))[0] == utc(2025, 3, 30, 9)


def test_booked_exactly_48_hours_ahead_gets_the_48_hour_reminder_at_once() -> None:
    start = utc(2025, 3, 12, 10)
    moments = reminder_moments(visit(start, booked_at=start - timedelta(hours=48)), QUIET, LONDON)
    assert [(m.send_at, m.kind) for m in moments] == [
        (utc(2025, 3, 10, 10), ReminderKind.LEAD),
        (utc(2025, 3, 12, 8), ReminderKind.LEAD),
    ]


def test_booked_a_second_late_is_a_late_booking_with_a_day_before_reminder() -> None:
    start = utc(2025, 3, 12, 10)
    booked = start - timedelta(hours=48) + timedelta(seconds=1)
    moments = reminder_moments(visit(start, booked_at=booked), QUIET, LONDON)
    assert [(m.send_at, m.kind, m.lead_hours) for m in moments] == [
        (utc(2025, 3, 11, 17), ReminderKind.DAY_BEFORE, 0),
        (utc(2025, 3, 12, 8), ReminderKind.LEAD, 2),
    ]


def test_day_before_already_past_at_booking_is_skipped_but_at_booking_is_kept() -> None:
    start = utc(2025, 3, 12, 10)
    assert sends(visit(start, booked_at=utc(2025, 3, 11, 17, second=1))) == [utc(2025, 3, 12, 8)]
    assert sends(visit(start, booked_at=utc(2025, 3, 11, 17))) == [
        utc(2025, 3, 11, 17),
        utc(2025, 3, 12, 8),
    ]


def test_a_lead_passed_at_booking_is_skipped_exactly() -> None:
    start = utc(2025, 3, 12, 10)
    assert sends(visit(start, booked_at=utc(2025, 3, 12, 8))) == [utc(2025, 3, 12, 8)]
    assert sends(visit(start, booked_at=utc(2025, 3, 12, 8, second=1))) == []


def test_day_before_is_a_wall_time_across_dst() -> None:
    late = ReminderRule(lead_hours=(48,), late_booking_at=time(17, 0))
    # Visit Mon 31 March: the day before is Sunday, BST: 17:00 BST = 16:00 UTC.
    v = visit(utc(2025, 3, 31, 9), booked_at=utc(2025, 3, 30, 9), rule=late)
    assert sends(v) == [utc(2025, 3, 30, 16)]
    # Visit Sun 30 March: the day before is Saturday, GMT: 17:00 UTC.
    v = visit(utc(2025, 3, 30, 9), booked_at=utc(2025, 3, 29, 9), rule=late)
    assert sends(v) == [utc(2025, 3, 29, 17)]


def test_day_before_in_quiet_hours_moves_like_any_reminder() -> None:
    rule = ReminderRule(lead_hours=(48,), late_booking_at=time(22, 0))
    v = visit(utc(2025, 3, 12, 10), booked_at=utc(2025, 3, 11, 9), rule=rule)
    assert sends(v) == [utc(2025, 3, 12, 8)]


def test_rules_without_day_before_or_without_leads() -> None:
    no_late = ReminderRule(lead_hours=(48, 2), late_booking_at=None)
    v = visit(utc(2025, 3, 12, 10), booked_at=utc(2025, 3, 11, 9), rule=no_late)
    assert sends(v) == [utc(2025, 3, 12, 8)]
    assert sends(visit(utc(2025, 3, 12, 10), rule=NO_REMINDERS)) == []
    only_day_before = ReminderRule(lead_hours=(), late_booking_at=time(17, 0))
    assert sends(visit(utc(2025, 3, 12, 10), utc(2025, 3, 12, 9), rule=only_day_before)) == []


def test_leads_in_any_order_give_moments_in_send_order() -> None:
    rule = ReminderRule(lead_hours=(2, 48, 24))
    assert sends(visit(utc(2025, 3, 12, 10), rule=rule)) == [
        utc(2025, 3, 10, 10),
        utc(2025, 3, 11, 10),
        utc(2025, 3, 12, 8),
    ]


@pytest.mark.parametrize("hours", [0, -1, 24 * 14 + 1])
def test_rule_refuses_leads_out_of_range(hours: int) -> None:
    with pytest.raises(ValidationError) as caught:
        ReminderRule(lead_hours=(hours,))
    assert str(caught.value) == f"A reminder lead of {hours} h is outside 1 to 336 hours."


def test_rule_accepts_range_edges_and_refuses_repeats() -> None:
    assert ReminderRule(lead_hours=(1, 24 * 14)).lead_hours == (1, 336)
    with pytest.raises(ValidationError) as caught:
        ReminderRule(lead_hours=(2, 2))
    assert str(caught.value) == "A reminder rule lists the same lead time twice."


def test_out_of_quiet_hours_leaves_daytime_alone() -> None:
    moment = utc(2025, 3, 12, 12)
    assert (
        out_of_quiet_hours(moment, visit_start=moment, not_before=moment, quiet=QUIET, zone=LONDON)
        == moment
    )


def test_several_visits_on_one_day_give_one_message_per_day() -> None:
    visits = [
        visit(utc(2025, 3, 12, 14), appointment_id="b"),
        visit(utc(2025, 3, 12, 10), appointment_id="a"),
        visit(utc(2025, 3, 12, 10), appointment_id="c", patient_id="p2"),
    ]
    planned = plan_messages(visits, QUIET, LONDON)
    assert planned == [
        PlannedMessage("p1", utc(2025, 3, 10, 10), ("a", "b"), date(2025, 3, 10)),
        PlannedMessage("p2", utc(2025, 3, 10, 10), ("c",), date(2025, 3, 10)),
        PlannedMessage("p1", utc(2025, 3, 12, 8), ("a", "b"), date(2025, 3, 12)),
        PlannedMessage("p2", utc(2025, 3, 12, 8), ("c",), date(2025, 3, 12)),
    ]


def test_same_start_visits_are_ordered_by_id() -> None:
    visits = [
        visit(utc(2025, 3, 12, 10), appointment_id="z"),
        visit(utc(2025, 3, 12, 10), appointment_id="m"),
    ]
    assert plan_messages(visits, QUIET, LONDON)[0].appointment_ids == ("m", "z")


def test_local_day_not_utc_day_decides_the_merge() -> None:
    # 23:30 UTC on 29 June is 00:30 BST on 30 June: another local day than 22:30 UTC...
    early = ReminderRule(lead_hours=(3,), late_booking_at=None)
    quiet_free = QuietHours(time(0, 0), time(0, 0))
    visits = [
        visit(utc(2025, 6, 30, 1, 30), appointment_id="a", rule=early),  # due 22:30 UTC 29th
        visit(utc(2025, 6, 30, 2, 30), appointment_id="b", rule=early),  # due 23:30 UTC 29th
    ]
    planned = plan_messages(visits, quiet_free, LONDON)
    assert [(m.local_day, m.appointment_ids) for m in planned] == [
        (date(2025, 6, 29), ("a",)),
        (date(2025, 6, 30), ("b",)),
    ]


def test_a_day_already_used_gets_no_second_message() -> None:
    visits = [visit(utc(2025, 3, 12, 10)), visit(utc(2025, 3, 12, 10), patient_id="p2")]
    planned = plan_messages(visits, QUIET, LONDON, days_used={"p1": [date(2025, 3, 10)]})
    assert [(m.patient_id, m.local_day) for m in planned] == [
        ("p2", date(2025, 3, 10)),
        ("p1", date(2025, 3, 12)),
        ("p2", date(2025, 3, 12)),
    ]


def queued(message_id: str, send_at: datetime, ids: tuple[str, ...], channel: str = "sms"):
    return QueuedReminder(message_id, send_at, ids, channel)


def test_reconcile_keeps_matches_adds_missing_voids_the_rest() -> None:
    keep = PlannedMessage("p1", utc(2025, 3, 10, 10), ("a",), date(2025, 3, 10))
    new = PlannedMessage("p1", utc(2025, 3, 12, 8), ("a",), date(2025, 3, 12))
    result = reconcile(
        [keep, new],
        [
            queued("m1", utc(2025, 3, 10, 10), ("a",)),
            queued("m2", utc(2025, 3, 11, 8), ("a",)),  # the visit moved
            queued("m3", utc(2025, 3, 10, 10), ("a",)),  # a duplicate (two PCs)
            queued("m4", utc(2025, 3, 12, 8), ("a",), channel="email"),  # consent changed
        ],
        "sms",
    )
    assert result.to_add == (new,)
    assert result.to_void == ("m2", "m3", "m4")


def test_reconcile_without_a_channel_voids_everything() -> None:
    planned = [PlannedMessage("p1", utc(2025, 3, 10, 10), ("a",), date(2025, 3, 10))]
    result = reconcile(planned, [queued("m1", utc(2025, 3, 10, 10), ("a",))], None)
    assert result.to_add == ()
    assert result.to_void == ("m1",)


def test_reconcile_matches_on_the_visits_too() -> None:
    planned = [PlannedMessage("p1", utc(2025, 3, 10, 10), ("a", "b"), date(2025, 3, 10))]
    result = reconcile(planned, [queued("m1", utc(2025, 3, 10, 10), ("a",))], "sms")
    assert result.to_add == tuple(planned)
    assert result.to_void == ("m1",)


def test_visits_of_one_message_are_in_start_order_not_id_order() -> None:
    visits = [
        visit(utc(2025, 3, 12, 14), appointment_id="a"),
        visit(utc(2025, 3, 12, 10), appointment_id="z"),
    ]
    assert plan_messages(visits, QUIET, LONDON)[0].appointment_ids == ("z", "a")


def test_outside_quiet_hours_began_and_ends_describe_the_next_quiet_period() -> None:
    at_end = utc(2025, 3, 12, 8)  # 08:00: the quiet night just ended
    assert QUIET.began(at_end, LONDON) == utc(2025, 3, 12, 21)
    assert QUIET.ends(at_end, LONDON) == utc(2025, 3, 13, 8)


def test_the_repeated_fall_back_hour_is_quiet_both_times() -> None:
    # 01:30 happens twice on 26 Oct 2025 in London: 00:30 UTC (BST) and 01:30 UTC (GMT).
    for instant in (utc(2025, 10, 26, 0, 30), utc(2025, 10, 26, 1, 30)):
        assert QUIET.contains(instant, LONDON)
        assert QUIET.ends(instant, LONDON) == utc(2025, 10, 26, 8)
    late_quiet = QuietHours(time(1, 0), time(1, 45))
    assert late_quiet.contains(utc(2025, 10, 26, 1, 30), LONDON)  # second 01:30 (fold=1)
