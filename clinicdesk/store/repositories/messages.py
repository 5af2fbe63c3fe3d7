"""The outbound queue, consents, polled replies and message settings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.outbound import Channel, InboundMessage, MessageState, OutboundMessage
from clinicdesk.domain.replies import ConsentEntry, ConsentSource
from clinicdesk.store.repositories._rows import chunks, update_row
from clinicdesk.store.tables import (
    call_list,
    inbound_messages,
    message_consents,
    message_settings,
    outbound_messages,
)


def _message_to_row(message: OutboundMessage) -> dict[str, Any]:
    return {
        "id": message.id,
        "channel": message.channel.value,
        "patient_id": message.patient_id,
        "appointment_id": message.appointment_id,
        "template": message.template,
        "payload": {
            "visits": {key: start.isoformat() for key, start in message.promised.items()},
            "planned_at": message.planned_moment.isoformat(),
            "details": dict(message.details),
            **({"recall": message.recall_id} if message.recall_id else {}),
        },
        "state": message.state.value,
        "send_after": message.send_after,
        "attempts": message.attempts,
        "address": message.address,
        "gateway_id": message.gateway_id,
        "last_error": message.last_error,
        "sent_at": message.sent_at,
        "claimed_by": message.claimed_by,
        "updated_at": message.updated_at,
        "deleted": message.deleted,
    }


def _row_to_message(row: RowMapping) -> OutboundMessage:
    payload = row["payload"] or {}
    visits = payload.get("visits", {})
    planned = payload.get("planned_at")
    return OutboundMessage(
        id=row["id"],
        channel=Channel(row["channel"]),
        patient_id=row["patient_id"],
        template=row["template"],
        promised={key: datetime.fromisoformat(value) for key, value in visits.items()},
        state=MessageState(row["state"]),
        send_after=row["send_after"],
        updated_at=row["updated_at"],
        attempts=row["attempts"],
        address=row["address"],
        gateway_id=row["gateway_id"],
        last_error=row["last_error"],
        sent_at=row["sent_at"],
        claimed_by=row["claimed_by"],
        deleted=bool(row["deleted"]),
        planned_at=datetime.fromisoformat(planned) if planned else None,
        details={str(k): str(v) for k, v in (payload.get("details") or {}).items()},
        recall_id=payload.get("recall", ""),
    )


def _inbound_to_row(message: InboundMessage) -> dict[str, Any]:
    return {
        "id": message.id,
        "channel": message.channel.value,
        "sender": message.sender,
        "body": message.body,
        "received_at": message.received_at,
        "gateway_id": message.gateway_id,
        "patient_id": message.patient_id,
        "appointment_id": message.appointment_id,
        "intent": message.intent,
        "status": message.status,
        "updated_at": message.updated_at,
        "deleted": False,
    }


def _row_to_inbound(row: RowMapping) -> InboundMessage:
    return InboundMessage(
        id=row["id"],
        channel=Channel(row["channel"]),
        sender=row["sender"],
        body=row["body"],
        received_at=row["received_at"],
        gateway_id=row["gateway_id"],
        intent=row["intent"],
        updated_at=row["updated_at"],
        patient_id=row["patient_id"],
        appointment_id=row["appointment_id"],
        status=row["status"],
    )


class SqlMessageRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    # --- outbound queue -------------------------------------------------------------
    def add(self, message: OutboundMessage) -> None:
        self._connection.execute(outbound_messages.insert().values(_message_to_row(message)))

    def update(self, message: OutboundMessage) -> None:
        update_row(self._connection, outbound_messages, _message_to_row(message), "message")

    def get(self, message_id: str) -> OutboundMessage | None:
        row = (
            self._connection.execute(
                select(outbound_messages).where(outbound_messages.c.id == message_id)
            )
            .mappings()
            .first()
        )
        return None if row is None else _row_to_message(row)

    def for_patients(self, patient_ids: Iterable[str]) -> list[OutboundMessage]:
        found: list[OutboundMessage] = []
        for batch in chunks(sorted(set(patient_ids))):
            rows = self._connection.execute(
                select(outbound_messages).where(
                    outbound_messages.c.patient_id.in_(batch),
                    outbound_messages.c.deleted.is_(False),
                )
            ).mappings()
            found.extend(_row_to_message(row) for row in rows)
        return found

    def in_state(
        self, state: MessageState, *, due_by: datetime | None = None, limit: int = 1000
    ) -> list[OutboundMessage]:
        query = select(outbound_messages).where(
            outbound_messages.c.state == state.value, outbound_messages.c.deleted.is_(False)
        )
        if due_by is not None:
            query = query.where(outbound_messages.c.send_after <= due_by)
        query = query.order_by(outbound_messages.c.send_after, outbound_messages.c.id).limit(limit)
        return [_row_to_message(row) for row in self._connection.execute(query).mappings()]

    def sent_since(self, since: datetime, limit: int) -> list[OutboundMessage]:
        """Sent messages (no receipt yet) handed over at or after ``since``, oldest first."""
        query = (
            select(outbound_messages)
            .where(
                outbound_messages.c.state == MessageState.SENT.value,
                outbound_messages.c.deleted.is_(False),
                outbound_messages.c.sent_at >= since,
            )
            .order_by(outbound_messages.c.sent_at, outbound_messages.c.id)
            .limit(limit)
        )
        return [_row_to_message(row) for row in self._connection.execute(query).mappings()]

    def for_slot(self, template: str, slot: str) -> list[OutboundMessage]:
        """Messages of one template whose details name this freed slot (its offers)."""
        query = select(outbound_messages).where(
            outbound_messages.c.template == template,
            outbound_messages.c.deleted.is_(False),
            func.json_extract(outbound_messages.c.payload, "$.details.slot") == slot,
        )
        return [_row_to_message(row) for row in self._connection.execute(query).mappings()]

    def listing(self, state: MessageState | None, limit: int) -> list[OutboundMessage]:
        query = select(outbound_messages).where(outbound_messages.c.deleted.is_(False))
        if state is not None:
            query = query.where(outbound_messages.c.state == state.value)
        query = query.order_by(outbound_messages.c.send_after.desc(), outbound_messages.c.id)
        return [
            _row_to_message(row) for row in self._connection.execute(query.limit(limit)).mappings()
        ]

    def count_by_state(self) -> dict[str, int]:
        rows = self._connection.execute(
            select(outbound_messages.c.state, func.count())
            .where(outbound_messages.c.deleted.is_(False))
            .group_by(outbound_messages.c.state)
        )
        return {state: count for state, count in rows}

    # --- consent --------------------------------------------------------------------
    def add_consent(self, entry_id: str, entry: ConsentEntry, recorded_by: str) -> None:
        self._connection.execute(
            message_consents.insert().values(
                id=entry_id,
                patient_id=entry.patient_id,
                channel=entry.channel.value,
                granted=entry.granted,
                at=entry.at,
                source=entry.source.value,
                recorded_by=recorded_by,
                updated_at=entry.at,
                deleted=False,
            )
        )

    def consents_for(self, patient_ids: Iterable[str]) -> dict[str, list[ConsentEntry]]:
        found: dict[str, list[ConsentEntry]] = {}
        for batch in chunks(sorted(set(patient_ids))):
            rows = self._connection.execute(
                select(message_consents)
                .where(
                    message_consents.c.patient_id.in_(batch),
                    message_consents.c.deleted.is_(False),
                )
                .order_by(message_consents.c.at, message_consents.c.id)
            ).mappings()
            for row in rows:
                found.setdefault(row["patient_id"], []).append(
                    ConsentEntry(
                        row["patient_id"],
                        Channel(row["channel"]),
                        bool(row["granted"]),
                        row["at"],
                        ConsentSource(row["source"]),
                    )
                )
        return found

    # --- replies --------------------------------------------------------------------
    def add_inbound(self, message: InboundMessage) -> None:
        self._connection.execute(inbound_messages.insert().values(_inbound_to_row(message)))

    def update_inbound(self, message: InboundMessage) -> None:
        update_row(self._connection, inbound_messages, _inbound_to_row(message), "reply")

    def get_inbound(self, message_id: str) -> InboundMessage | None:
        row = (
            self._connection.execute(
                select(inbound_messages).where(inbound_messages.c.id == message_id)
            )
            .mappings()
            .first()
        )
        return None if row is None else _row_to_inbound(row)

    def inbound_seen(self, channel: Channel, gateway_id: str) -> bool:
        row = self._connection.execute(
            select(inbound_messages.c.id).where(
                inbound_messages.c.channel == channel.value,
                inbound_messages.c.gateway_id == gateway_id,
            )
        ).first()
        return row is not None

    def open_inbound(self) -> list[InboundMessage]:
        rows = self._connection.execute(
            select(inbound_messages)
            .where(inbound_messages.c.status == "open", inbound_messages.c.deleted.is_(False))
            .order_by(inbound_messages.c.received_at)
        ).mappings()
        return [_row_to_inbound(row) for row in rows]

    def called_appointments(self, appointment_ids: Iterable[str]) -> set[str]:
        """Those of these visits staff have ticked off as phoned about confirming."""
        found: set[str] = set()
        for batch in chunks(sorted(set(appointment_ids))):
            rows = self._connection.execute(
                select(call_list.c.appointment_id).where(
                    call_list.c.appointment_id.in_(batch),
                    call_list.c.reason == "confirmation call",
                    call_list.c.done.is_(True),
                    call_list.c.deleted.is_(False),
                )
            )
            found.update(row[0] for row in rows)
        return found

    # --- settings -------------------------------------------------------------------
    def settings(self) -> dict[str, str]:
        rows = self._connection.execute(
            select(message_settings.c.id, message_settings.c.value).where(
                message_settings.c.deleted.is_(False)
            )
        )
        return {name: value for name, value in rows}

    def save_setting(self, name: str, value: str, at: datetime) -> None:
        exists = self._connection.execute(
            select(message_settings.c.id).where(message_settings.c.id == name)
        ).first()
        values = {"id": name, "value": value, "updated_at": at, "deleted": False}
        if exists is None:
            self._connection.execute(message_settings.insert().values(values))
        else:
            update_row(self._connection, message_settings, values, "message setting")
