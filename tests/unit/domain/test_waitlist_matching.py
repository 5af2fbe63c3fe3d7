"""Ranking waitlist candidates for a freed slot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clinicdesk.domain.appointments import Urgency
from clinicdesk.domain.waitlist import WaitlistEntry
from clinicdesk.domain.waitlist_matching import FreedSlot, match_waitlist
from tests.unit.domain.factories import (
    MONDAY,
    appointment,
    at,
    kind,
    provider,
    schedule,
    span,
    weekly,
)

SHORT, LONG = kind("t15", 15), kind("t45", 45)
TYPES = {t.id: t for t in (SHORT, LONG, kind("phys", 15, specialties=("physio",)))}
SLOT = FreedSlot("p1", at(MONDAY, "10:00"), at(MONDAY, "10:30"))
INDEX = schedule(
    providers=[provider(), provider("p2", "Ben Ode")],
    hours=weekly("p1") + weekly("p2"),
    appointments=[appointment("busy", at(MONDAY, "10:00"), pid="p2", patient="pat-busy")],
)


def entry(
    eid: str, urgency: Urgency = Urgency.ROUTINE, days_ago: int = 1, **fields: object
) -> WaitlistEntry:
    added = datetime(2025, 3, 1, tzinfo=UTC) - timedelta(days=days_ago)
    values: dict[str, object] = {"patient_id": f"pat-{eid}", "type_id": "t15"}
    values.update(fields)
    return WaitlistEntry(id=eid, urgency=urgency, added_at=added, updated_at=added, **values)  # type: ignore[arg-type]


def test_urgency_first_then_longest_waiting() -> None:
    entries = [
        entry("routine-old", days_ago=30),
        entry("urgent-new", Urgency.URGENT, days_ago=1),
        entry("routine-new", days_ago=2),
        entry("soon", Urgency.SOON, days_ago=3),
    ]
    ranked = match_waitlist(SLOT, entries, TYPES, INDEX)
    assert [m.entry.id for m in ranked] == ["urgent-new", "soon", "routine-old", "routine-new"]
    assert [m.rank for m in ranked] == [1, 2, 3, 4]
    assert ranked[0].start == SLOT.start and ranked[0].end == SLOT.start + timedelta(minutes=15)


def test_filters_drop_entries_that_do_not_fit() -> None:
    entries = [
        entry("too-long", type_id="t45"),
        entry("other-provider", provider_ids=("p2",)),
        entry("not-mondays", weekdays=frozenset({1, 2})),
        entry("not-yet", not_before=MONDAY + timedelta(days=1)),
        entry("mornings-early", times=(span("08:00", "10:10"),)),
        entry("inactive", active=False),
        entry("deleted", deleted=True),
        entry("wrong-specialty", type_id="phys"),
        entry("unknown-type", type_id="nope"),
        entry("busy", patient_id="pat-busy"),
        entry("fits"),
    ]
    assert [m.entry.id for m in match_waitlist(SLOT, entries, TYPES, INDEX)] == ["fits"]


def test_time_window_moves_the_start_inside_the_slot() -> None:
    ranked = match_waitlist(SLOT, [entry("late", times=(span("10:15", "12:00"),))], TYPES, INDEX)
    assert [m.start for m in ranked] == [at(MONDAY, "10:15")]


def test_limit_and_unknown_provider() -> None:
    entries = [entry(f"e{n}", days_ago=n) for n in range(20)]
    assert len(match_waitlist(SLOT, entries, TYPES, INDEX, limit=5)) == 5
    gone = FreedSlot("nobody", SLOT.start, SLOT.end)
    assert match_waitlist(gone, entries, TYPES, INDEX) == []
