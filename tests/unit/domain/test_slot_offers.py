"""Offering freed time by message: who is offered, when an acceptance books, when an
offer or an answer is no longer worth sending."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.slot_offers import (
    ACK_TEMPLATES,
    ACK_VALID_FOR,
    ANSWER_TIME,
    OFFER_NOTICE,
    OFFERS_PER_SLOT,
    Acceptance,
    MessageKind,
    OfferCandidate,
    SlotOffer,
    ack_still_due,
    choose_recipients,
    kind_of,
    offer_expiry,
    offer_of,
    offer_still_open,
    offer_window,
    settle,
    slot_key,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    return NOW + timedelta(hours=hours)


def offer(**changes: object) -> SlotOffer:
    values: dict[str, object] = {
        "slot": "p1|x|y",
        "entry_id": "e1",
        "type_id": "t1",
        "provider_id": "p1",
        "start": at(4),
        "end": at(4.5),
        "expires_at": at(3),
        "room_id": "",
        "booked": "",
    }
    values.update(changes)
    return SlotOffer(**values)  # type: ignore[arg-type]


def test_constants_say_what_the_rules_promise() -> None:
    assert timedelta(hours=1) == OFFER_NOTICE
    assert OFFERS_PER_SLOT == 3
    assert timedelta(hours=14) == ACK_VALID_FOR
    assert {"slot_taken", "slot_gone", "confirmed", "cancelled", "started"} == ACK_TEMPLATES


def test_kind_of_each_template() -> None:
    assert kind_of("slot_offer") is MessageKind.OFFER
    for template in ("slot_taken", "slot_gone", "confirmed", "cancelled", "started"):
        assert kind_of(template) is MessageKind.ACK
    assert kind_of("reminder") is MessageKind.REMINDER
    assert kind_of("reminder_several") is MessageKind.REMINDER
    assert [kind.value for kind in MessageKind] == ["reminder", "offer", "ack"]


def test_slot_key_names_provider_and_both_ends() -> None:
    key = slot_key("p1", at(1), at(2))
    assert key == f"p1|{at(1).isoformat()}|{at(2).isoformat()}"
    assert key != slot_key("p2", at(1), at(2))
    assert key != slot_key("p1", at(1), at(3))


def test_offer_window_keeps_the_notice_and_time_to_answer() -> None:
    assert timedelta(minutes=30) == ANSWER_TIME
    assert offer_window(at(3), at(4), NOW) == (at(3), at(4))
    assert offer_window(at(1.5), at(4), NOW) == (at(1.5), at(4))
    # Freed time that began already (a no-show of a long visit): from notice + answer on.
    assert offer_window(at(-1), at(2), NOW) == (at(1.5), at(2))
    assert offer_window(at(0.5), at(2), NOW) == (at(1.5), at(2))
    assert offer_window(at(-1), at(1.5), NOW) is None  # nothing left after them
    assert offer_window(at(-1), at(1), NOW) is None
    assert offer_window(at(2), at(3), NOW, notice=timedelta(hours=2)) == (at(2.5), at(3))
    assert offer_window(at(2), at(3), NOW, notice=timedelta(hours=3)) is None
    assert offer_window(at(0), at(3), NOW, answer=timedelta(0)) == (at(1), at(3))
    assert offer_window(at(0), at(3), NOW, answer=timedelta(hours=1)) == (at(2), at(3))


def test_offer_expiry_is_the_notice_before_the_start() -> None:
    assert offer_expiry(at(4)) == at(3)
    assert offer_expiry(at(4), timedelta(minutes=30)) == at(3.5)


def test_details_round_trip() -> None:
    made = offer(room_id="r1", booked="a1")
    details = made.details()
    assert details == {
        "slot": "p1|x|y",
        "entry_id": "e1",
        "type_id": "t1",
        "provider_id": "p1",
        "start": at(4).isoformat(),
        "end": at(4.5).isoformat(),
        "expires_at": at(3).isoformat(),
        "room_id": "r1",
        "booked": "a1",
    }
    assert offer_of(details) == made
    bare = {key: value for key, value in details.items() if key not in ("room_id", "booked")}
    assert offer_of(bare) == offer()


@pytest.mark.parametrize(
    "name", ["slot", "entry_id", "type_id", "provider_id", "start", "end", "expires_at"]
)
def test_broken_details_are_refused(name: str) -> None:
    details = offer().details()
    details[name] = ""
    with pytest.raises(ValidationError, match=rf"^The slot offer has no {name}\.$"):
        offer_of(details)
    del details[name]
    with pytest.raises(ValidationError, match=rf"^The slot offer has no {name}\.$"):
        offer_of(details)


@pytest.mark.parametrize("name", ["start", "end", "expires_at"])
def test_times_must_be_times_with_a_zone(name: str) -> None:
    details = offer().details()
    details[name] = "soon"
    with pytest.raises(ValidationError, match=r"^The slot offer has a time that is not a time\.$"):
        offer_of(details)
    details[name] = "2026-03-02T12:00:00"
    with pytest.raises(ValidationError, match=r"^The slot offer has a time without a zone\.$"):
        offer_of(details)


def test_an_offer_must_end_after_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"^The slot offer ends before it starts\.$"):
        offer_of(offer(end=at(4)).details())
    with pytest.raises(ValidationError, match=r"^The slot offer ends before it starts\.$"):
        offer_of(offer(end=at(3.5)).details())
    assert offer_of(offer(end=at(4.25)).details()).end == at(4.25)


def test_recipients_are_reachable_ranked_and_capped() -> None:
    ranked = [
        OfferCandidate("a", "ea", True),
        OfferCandidate("b", "eb", False),  # no consent or no address
        OfferCandidate("c", "ec", True),
        OfferCandidate("d", "ed", True),
        OfferCandidate("e", "ee", True),
    ]
    assert [c.patient_id for c in choose_recipients(ranked, [])] == ["a", "c", "d"]
    assert [c.patient_id for c in choose_recipients(ranked, [], limit=1)] == ["a"]
    assert [c.patient_id for c in choose_recipients(ranked, [], limit=4)] == ["a", "c", "d", "e"]
    # Those already offered this slot are not offered twice, and count towards the cap.
    assert [c.patient_id for c in choose_recipients(ranked, ["a"])] == ["c", "d"]
    assert [c.patient_id for c in choose_recipients(ranked, ["a", "a"])] == ["c", "d"]
    assert [c.patient_id for c in choose_recipients(ranked, ["x", "y"])] == ["a"]
    assert choose_recipients(ranked, ["x", "y", "z"]) == []
    assert choose_recipients(ranked, ["w", "x", "y", "z"]) == []


def test_one_offer_per_patient_even_with_two_entries() -> None:
    ranked = [OfferCandidate("a", "e1", True), OfferCandidate("a", "e2", True)]
    assert choose_recipients(ranked, []) == [ranked[0]]


def test_the_first_acceptance_in_time_books() -> None:
    assert settle(offer(), at(1), taken=False, entry_active=True) is Acceptance.BOOK
    assert settle(offer(), at(2.99), taken=False, entry_active=True) is Acceptance.BOOK


def test_a_late_acceptance_is_told_the_slot_is_gone() -> None:
    assert settle(offer(), at(1), taken=True, entry_active=True) is Acceptance.GONE
    assert settle(offer(), at(3), taken=False, entry_active=True) is Acceptance.GONE
    assert settle(offer(), at(3.5), taken=False, entry_active=True) is Acceptance.GONE
    assert settle(offer(), at(1), taken=True, entry_active=False) is Acceptance.GONE


def test_staff_look_when_the_entry_ended_or_the_offer_was_already_booked() -> None:
    assert settle(offer(), at(1), taken=False, entry_active=False) is Acceptance.STAFF
    booked = offer(booked="a1")
    assert settle(booked, at(1), taken=False, entry_active=True) is Acceptance.STAFF
    assert settle(booked, at(5), taken=True, entry_active=True) is Acceptance.STAFF


def test_an_offer_is_sent_only_while_open() -> None:
    assert offer_still_open(offer(), at(1), taken=False)
    assert offer_still_open(offer(), at(2.99), taken=False)
    assert not offer_still_open(offer(), at(3), taken=False)
    assert not offer_still_open(offer(), at(1), taken=True)
    assert not offer_still_open(offer(booked="a1"), at(1), taken=False)


def test_an_answer_is_sent_only_soon_after_the_reply() -> None:
    assert ack_still_due(NOW, NOW)
    assert ack_still_due(NOW, NOW + ACK_VALID_FOR - timedelta(seconds=1))
    assert not ack_still_due(NOW, NOW + ACK_VALID_FOR)
    assert not ack_still_due(NOW, NOW - timedelta(seconds=1))
    assert ack_still_due(NOW, at(1), valid_for=timedelta(hours=2))
    assert not ack_still_due(NOW, at(2), valid_for=timedelta(hours=2))


@pytest.mark.parametrize(
    ("name", "value"),
    [("entry_id", ""), ("start", "soon"), ("start", "2026-03-02T12:00:00"), ("end", "")],
)
def test_refusals_are_looked_up_under_the_modules_context(name: str, value: str) -> None:
    from clinicdesk.domain import i18n

    def german(context: str, text: str, _disambiguation: str | None, _n: int) -> str:
        return f"[{context}] {text}" if context == "slot offers" else text

    details = offer().details()
    details[name] = value
    if name == "end":
        details[name] = details["start"]
    i18n.bind(german)
    try:
        with pytest.raises(ValidationError, match=r"^\[slot offers\] The slot offer "):
            offer_of(details)
    finally:
        i18n.bind(None)
