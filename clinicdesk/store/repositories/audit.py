"""The append-only audit trail, chained with a keyed hash.

Each row's ``chain_hash`` is HMAC-SHA256 over the previous row's hash and this row's
content, keyed with a secret kept inside the encrypted store; altering, deleting or
inserting a row breaks the chain from that row on.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from clinicdesk.domain.common import utc_now
from clinicdesk.domain.users import Actor
from clinicdesk.store.tables import audit_log, store_meta

AUDIT_KEY_NAME = "audit_chain_key"
GENESIS_HASH = b"\x00" * 32


def audit_row_content(row: dict[str, Any]) -> bytes:
    """The canonical bytes of a row that the chain hash covers."""
    parts = [
        str(row["seq"]),
        str(int(row["at"].timestamp())),
        row["user"],
        row["role"],
        row["workstation"],
        row["event"],
        row["object_type"],
        row["object_id"],
        row["outcome"],
        row["fields"],
    ]
    return "\x1f".join(parts).encode()


def chain_hash(key: bytes, previous: bytes, row: dict[str, Any]) -> bytes:
    return hmac.new(key, previous + audit_row_content(row), hashlib.sha256).digest()


def audit_key(connection: Connection) -> bytes:
    """The chain key, made on first use and kept in the encrypted store."""
    value = connection.execute(
        select(store_meta.c.value).where(store_meta.c.key == AUDIT_KEY_NAME)
    ).scalar()
    if value is None:
        value = os.urandom(32).hex()
        connection.execute(store_meta.insert().values(key=AUDIT_KEY_NAME, value=value))
    return bytes.fromhex(value)


class SqlAuditTrail:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def record(
        self,
        actor: Actor,
        event: str,
        *,
        object_type: str = "",
        object_id: str = "",
        outcome: str = "ok",
        fields: Sequence[str] = (),
    ) -> None:
        last = self._connection.execute(
            select(audit_log.c.seq, audit_log.c.chain_hash)
            .order_by(audit_log.c.seq.desc())
            .limit(1)
        ).first()
        previous_seq, previous_hash = (0, GENESIS_HASH) if last is None else (last[0], last[1])
        row: dict[str, Any] = {
            "seq": previous_seq + 1,
            "at": utc_now(),
            "user": actor.username,
            "role": actor.role.value,
            "workstation": actor.workstation,
            "event": event,
            "object_type": object_type,
            "object_id": object_id,
            "outcome": outcome,
            "fields": ",".join(fields),
        }
        row["chain_hash"] = chain_hash(audit_key(self._connection), previous_hash, row)
        self._connection.execute(audit_log.insert().values(row))
