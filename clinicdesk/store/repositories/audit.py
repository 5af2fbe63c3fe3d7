"""The append-only audit trail, chained with a keyed hash.

Each row's ``chain_hash`` is HMAC-SHA256 over the previous row's hash and this row's
content; altering, deleting or inserting a row breaks the chain from that row on. The
newest row's sequence number and hash are also kept in ``store_meta`` (the "head"), so
appending rows by hand shows too.

For a store opened from its data folder the key is not in the database: it comes from
its own keyring entry, and the head is also kept outside the database, signed with that
key (store/audit_anchor.py), so that cutting rows off the end together with the head
row, or rewriting the chain with the store key alone, is named by ``verify``. Engines
opened without a data folder keep the key in ``store_meta`` (``audit_key``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, event, or_, select

from clinicdesk.domain.audit import AuditEntry, AuditQuery, ChainCheck, ChainProblem
from clinicdesk.domain.audit_events import former_names_for
from clinicdesk.domain.common import utc_now
from clinicdesk.domain.users import Actor
from clinicdesk.store.audit_anchor import (
    ChainBinding,
    HeadRecord,
    HeadState,
    advance_head,
    chain_binding,
    read_head,
)
from clinicdesk.store.tables import audit_log, store_meta

AUDIT_KEY_NAME = "audit_chain_key"
AUDIT_HEAD_NAME = "audit_chain_head"
GENESIS_HASH = b"\x00" * 32
# Longest user name kept for a failed sign-in by an unknown name (it may be mistyped text).
_UNKNOWN_NAME_CHARS = 64


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


def chain_key(connection: Connection) -> bytes:
    """The chain key: the bound one from the keyring, else the one kept in the store."""
    binding = chain_binding(connection.engine)
    return binding.key if binding is not None else audit_key(connection)


def parse_head(value: str | None) -> HeadRecord | HeadState:
    """The head row of ``store_meta`` as a record, MISSING, or DAMAGED (never raises)."""
    if value is None:
        return HeadState.MISSING
    seq_text, separator, hash_hex = value.partition(":")
    try:
        seq = int(seq_text)
        chain = bytes.fromhex(hash_hex)
    except ValueError:
        return HeadState.DAMAGED
    if not separator or seq < 1 or len(chain) != len(GENESIS_HASH):
        return HeadState.DAMAGED
    return HeadRecord(seq, chain)


def audit_key(connection: Connection) -> bytes:
    """The chain key of an unbound engine, made on first use and kept in the store.

    The key never changes once made, so it is remembered per engine after the first
    read (every audited call used to read it again). A key made by a transaction that is
    then rolled back must not be remembered: any rollback on the engine forgets it.
    """
    engine = connection.engine
    cached = _KEYS.get(engine)
    if cached is not None:
        return cached
    value = connection.execute(
        select(store_meta.c.value).where(store_meta.c.key == AUDIT_KEY_NAME)
    ).scalar()
    if value is None:
        value = os.urandom(32).hex()
        connection.execute(store_meta.insert().values(key=AUDIT_KEY_NAME, value=value))
        return bytes.fromhex(value)  # not remembered until a later read finds it stored
    key = bytes.fromhex(value)
    if not event.contains(engine, "rollback", _forget_key):
        event.listen(engine, "rollback", _forget_key)
    _KEYS[engine] = key
    return key


# Engine -> its store's chain key (weak: a disposed, dropped engine takes its entry along).
_KEYS: WeakKeyDictionary[Engine, bytes] = WeakKeyDictionary()


def _forget_key(connection: Connection) -> None:
    _KEYS.pop(connection.engine, None)


# The chain's tail and recorded head in one statement (seq is the rowid: both lookups are
# a single B-tree descent), and the two writes as plain driver SQL: an audit row is
# written on every audited call (each patient search), so SQLAlchemy's per-statement
# compile and bind work was most of its cost.
_TAIL_SQL = (
    "SELECT (SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1), "
    "(SELECT chain_hash FROM audit_log ORDER BY seq DESC LIMIT 1), "
    f"(SELECT value FROM store_meta WHERE key = '{AUDIT_HEAD_NAME}')"
)
_ROW_COLUMNS = (
    "seq",
    "at",
    "user",
    "role",
    "workstation",
    "event",
    "object_type",
    "object_id",
    "outcome",
    "fields",
    "chain_hash",
)
_QUOTED_COLUMNS = ", ".join('"' + column + '"' for column in _ROW_COLUMNS)
_INSERT_ROW_SQL = (
    f"INSERT INTO audit_log ({_QUOTED_COLUMNS}) VALUES ({', '.join('?' * len(_ROW_COLUMNS))})"
)
_SET_HEAD_SQL = (
    "INSERT INTO store_meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


class SqlAuditTrail:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._unpublished: tuple[ChainBinding, int, bytes] | None = None

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
        self._append(
            user=actor.username,
            role=actor.role.value,
            workstation=actor.workstation,
            event=str(event),
            object_type=object_type,
            object_id=object_id,
            outcome=outcome,
            fields=fields,
        )

    def record_unidentified(
        self, username: str, workstation: str, event: str, *, outcome: str
    ) -> None:
        """A row for someone who is not a known user (a failed sign-in by an unknown
        name, a recovery-key unlock): no role, the name as given."""
        self._append(
            user=username[:_UNKNOWN_NAME_CHARS],
            role="",
            workstation=workstation,
            event=str(event),
            object_type="",
            object_id="",
            outcome=outcome,
            fields=(),
        )

    def _append(self, *, fields: Sequence[str], **values: str) -> None:
        previous_seq, previous_hash, head_value = self._connection.exec_driver_sql(_TAIL_SQL).one()
        if previous_seq is None:
            previous_seq, previous_hash = 0, GENESIS_HASH
        head = parse_head(head_value)
        binding = chain_binding(self._connection.engine)
        anchored = read_head(binding) if binding is not None else HeadState.MISSING
        # Never below a recorded head: if rows were cut off the end, new rows leave the
        # gap in place (verify keeps reporting it) instead of quietly reusing the numbers.
        floor = max(
            [previous_seq] + [rec.seq for rec in (head, anchored) if isinstance(rec, HeadRecord)]
        )
        row: dict[str, Any] = {
            "seq": floor + 1,
            "at": utc_now(),
            **values,
            "fields": ",".join(fields),
        }
        row["chain_hash"] = chain_hash(chain_key(self._connection), bytes(previous_hash), row)
        stored = {**row, "at": int(row["at"].timestamp())}  # UTCInstant's epoch seconds
        self._connection.exec_driver_sql(
            _INSERT_ROW_SQL, tuple(stored[column] for column in _ROW_COLUMNS)
        )
        # A head that is damaged, or missing while rows exist, is left as found: writing a
        # fresh one would hide from verify that the end of the trail was tampered with.
        if isinstance(head, HeadRecord) or (previous_seq == 0 and head is HeadState.MISSING):
            self._connection.exec_driver_sql(
                _SET_HEAD_SQL, (AUDIT_HEAD_NAME, f"{row['seq']}:{row['chain_hash'].hex()}")
            )
        if binding is not None and isinstance(anchored, HeadRecord):
            self._unpublished = (binding, row["seq"], row["chain_hash"])

    def publish_head(self) -> None:
        """After a commit: move the head record outside the database on to the newest row.

        Only forward (another process may have written a newer one since), and never over
        a record that is missing or damaged, which verify must go on naming.
        """
        unpublished, self._unpublished = self._unpublished, None
        if unpublished is None:
            return
        binding, seq, newest_hash = unpublished
        current = read_head(binding)
        if not isinstance(current, HeadRecord) or current.seq >= seq:
            return
        try:
            advance_head(binding, seq, newest_hash)
        except OSError:
            # The rows are committed; a record left behind still vouches for every row up
            # to it, and the next commit that can write moves it on.
            return

    def forget_unpublished(self) -> None:
        """After a rollback: the rows were never committed, so there is no head to move."""
        self._unpublished = None

    def entries(self, query: AuditQuery) -> list[AuditEntry]:
        statement = select(audit_log)
        if query.since is not None:
            statement = statement.where(audit_log.c.at >= query.since)
        if query.until is not None:
            statement = statement.where(audit_log.c.at < query.until)
        if query.user:
            statement = statement.where(audit_log.c.user == query.user)
        if query.event:
            # Rows keep the name they were written with (the chain covers it): a filter
            # by today's name also finds the rows written under a former one.
            former = former_names_for(query.event)
            if query.event.endswith("."):
                statement = statement.where(
                    or_(audit_log.c.event.startswith(query.event), audit_log.c.event.in_(former))
                )
            else:
                statement = statement.where(audit_log.c.event.in_((query.event, *former)))
        if query.object_type:
            statement = statement.where(audit_log.c.object_type == query.object_type)
        if query.object_id:
            statement = statement.where(audit_log.c.object_id == query.object_id)
        if query.outcome:
            statement = statement.where(audit_log.c.outcome == query.outcome)
        order = audit_log.c.seq.desc() if query.newest_first else audit_log.c.seq.asc()
        statement = statement.order_by(order).limit(max(1, query.limit))
        return [_row_to_entry(row) for row in self._connection.execute(statement).mappings()]

    def verify(self) -> ChainCheck:
        """Walk the chain from the first row and name the first row that breaks it."""
        key = chain_key(self._connection)
        rows = [
            dict(row)
            for row in self._connection.execute(
                select(audit_log).order_by(audit_log.c.seq)
            ).mappings()
        ]
        previous = GENESIS_HASH
        expected_seq = 1
        for index, row in enumerate(rows):
            if row["seq"] != expected_seq:
                return ChainCheck(index, _last_seq(rows), expected_seq, ChainProblem.DELETED)
            if hmac.compare_digest(chain_hash(key, previous, row), row["chain_hash"]):
                previous = row["chain_hash"]
                expected_seq += 1
                continue
            following = rows[index + 1] if index + 1 < len(rows) else None
            problem = (
                ChainProblem.INSERTED
                if following is not None and _chains_onto(key, previous, following)
                else ChainProblem.ALTERED
            )
            return ChainCheck(index + 1, _last_seq(rows), row["seq"], problem)
        found = self._check_head(rows, previous)
        binding = chain_binding(self._connection.engine)
        if not found.intact or binding is None:
            return found
        return _check_anchor(read_head(binding), rows)

    def _check_head(self, rows: list[dict[str, Any]], last_hash: bytes) -> ChainCheck:
        """Rows cut off the end, or appended after the recorded head, show here."""
        last_seq = _last_seq(rows)
        head = parse_head(
            self._connection.execute(
                select(store_meta.c.value).where(store_meta.c.key == AUDIT_HEAD_NAME)
            ).scalar()
        )
        if head is HeadState.MISSING:
            if rows:  # every append records the head: without one, it was deleted
                return ChainCheck(
                    len(rows), last_seq, last_seq + 1, ChainProblem.HEAD_MISSING, IN_STORE
                )
            return ChainCheck(0, 0)
        if head is HeadState.DAMAGED:
            return ChainCheck(
                len(rows), last_seq, last_seq + 1, ChainProblem.HEAD_DAMAGED, IN_STORE
            )
        assert isinstance(head, HeadRecord)
        if last_seq < head.seq:
            return ChainCheck(len(rows), last_seq, last_seq + 1, ChainProblem.DELETED)
        if last_seq > head.seq:
            return ChainCheck(len(rows), last_seq, head.seq + 1, ChainProblem.INSERTED)
        if last_hash != head.chain_hash:
            return ChainCheck(len(rows), last_seq, last_seq, ChainProblem.ALTERED)
        return ChainCheck(len(rows), last_seq)


IN_STORE = "in the clinic data"
IN_FOLDER = "in the data folder (.integrity/audit-head)"


def _check_anchor(anchored: HeadRecord | HeadState, rows: list[dict[str, Any]]) -> ChainCheck:
    """The chain against the head kept outside the database. It may lag the newest rows
    (a process killed between its commit and the record), never lead or disagree."""
    last_seq = _last_seq(rows)
    if anchored is HeadState.MISSING:
        return ChainCheck(len(rows), last_seq, last_seq + 1, ChainProblem.HEAD_MISSING, IN_FOLDER)
    if anchored is HeadState.DAMAGED:
        return ChainCheck(len(rows), last_seq, last_seq + 1, ChainProblem.HEAD_DAMAGED, IN_FOLDER)
    assert isinstance(anchored, HeadRecord)
    if anchored.seq > last_seq:
        return ChainCheck(len(rows), last_seq, last_seq + 1, ChainProblem.DELETED)
    if anchored.seq and not hmac.compare_digest(
        rows[anchored.seq - 1]["chain_hash"], anchored.chain_hash
    ):
        return ChainCheck(len(rows), last_seq, anchored.seq, ChainProblem.ALTERED)
    return ChainCheck(len(rows), last_seq)


def _chains_onto(key: bytes, previous: bytes, row: dict[str, Any]) -> bool:
    """Whether ``row`` was written right after ``previous``: then the row between them
    was inserted (with the rows after it renumbered, or not)."""
    if hmac.compare_digest(chain_hash(key, previous, row), row["chain_hash"]):
        return True
    renumbered = {**row, "seq": row["seq"] - 1}
    return hmac.compare_digest(chain_hash(key, previous, renumbered), row["chain_hash"])


def _last_seq(rows: list[dict[str, Any]]) -> int:
    return rows[-1]["seq"] if rows else 0


def _row_to_entry(row: Any) -> AuditEntry:
    at: datetime = row["at"]
    return AuditEntry(
        seq=row["seq"],
        at=at.astimezone(UTC),
        user=row["user"],
        role=row["role"],
        workstation=row["workstation"],
        event=row["event"],
        object_type=row["object_type"],
        object_id=row["object_id"],
        outcome=row["outcome"],
        fields=tuple(name for name in row["fields"].split(",") if name),
    )
