"""The outbound row's derived fields, which mutmut cannot mutate (it skips properties):
the moment the rules planned, and the visit a message is about."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clinicdesk.domain.outbound import Channel, MessageState, OutboundMessage

PLANNED = datetime(2025, 3, 11, 10, tzinfo=UTC)
RETRY = PLANNED + timedelta(minutes=20)
START_A = datetime(2025, 3, 12, 9, tzinfo=UTC)
START_B = datetime(2025, 3, 12, 11, tzinfo=UTC)


def message(**changes: object) -> OutboundMessage:
    fields: dict[str, object] = {
        "id": "m1",
        "channel": Channel.SMS,
        "patient_id": "p1",
        "template": "reminder",
        "promised": {"a1": START_A},
        "state": MessageState.QUEUED,
        "send_after": RETRY,
        "updated_at": PLANNED,
    }
    fields.update(changes)
    return OutboundMessage(**fields)  # type: ignore[arg-type]


def test_the_planned_moment_stays_the_rules_moment_while_retries_move_send_after() -> None:
    assert message(planned_at=PLANNED).planned_moment == PLANNED
    assert message(planned_at=PLANNED, send_after=RETRY + timedelta(hours=1)).planned_moment == (
        PLANNED
    )


def test_a_row_without_a_planned_moment_falls_back_to_its_next_attempt() -> None:
    assert message().planned_at is None
    assert message().planned_moment == RETRY


def test_the_message_is_about_the_first_visit_it_names_and_none_without_one() -> None:
    assert message().appointment_id == "a1"
    assert message(promised={"a2": START_B, "a1": START_A}).appointment_id == "a2"
    assert message(promised={}).appointment_id is None
