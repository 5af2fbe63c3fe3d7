"""Audit trail read-models: one row per event, and the result of checking the chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit row as people read it. ``fields`` names changed fields, never values."""

    seq: int
    at: datetime
    user: str
    role: str
    workstation: str
    event: str
    object_type: str
    object_id: str
    outcome: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """Filters for reading the trail; ``None`` means "any". ``until`` is exclusive."""

    since: datetime | None = None
    until: datetime | None = None
    user: str | None = None
    event: str | None = None  # exact name, or a prefix ending in "." ("user.")
    object_type: str | None = None
    object_id: str | None = None
    outcome: str | None = None
    limit: int = 200
    newest_first: bool = True


class ChainProblem(StrEnum):
    ALTERED = "altered"
    DELETED = "deleted"
    INSERTED = "inserted"
    HEAD_MISSING = "head missing"
    HEAD_DAMAGED = "head damaged"


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """What verifying the audit chain found: ``first_bad_seq`` is None when intact."""

    rows_checked: int
    last_seq: int
    first_bad_seq: int | None = None
    problem: ChainProblem | None = None
    where: str = ""  # for a head problem: which record of the trail's end

    @property
    def intact(self) -> bool:
        return self.first_bad_seq is None

    def describe(self) -> str:
        if self.intact:
            return f"The audit trail is intact: {self.rows_checked} rows checked."
        assert self.problem is not None
        if self.problem in (ChainProblem.HEAD_MISSING, ChainProblem.HEAD_DAMAGED):
            state = "is missing" if self.problem is ChainProblem.HEAD_MISSING else "is damaged"
            return (
                "The audit trail has been tampered with, or its end can no longer be vouched "
                f"for: the record of its last row kept {self.where} {state}, so rows may have "
                f"been cut off the end or rewritten. {self.rows_checked} rows were checked."
            )
        what = {
            ChainProblem.ALTERED: "was changed after it was written",
            ChainProblem.DELETED: "is missing: it, or rows from it on, were deleted",
            ChainProblem.INSERTED: "was inserted: it was never written by clinicdesk",
        }[self.problem]
        return (
            f"The audit trail has been tampered with: row {self.first_bad_seq} {what}. "
            f"{self.rows_checked} rows were checked."
        )


@dataclass(frozen=True, slots=True)
class UnlockAttempt:
    """One try at unlocking the clinic data with the recovery key."""

    at: datetime
    workstation: str
    succeeded: bool

    def outcome(self) -> str:
        if self.succeeded:
            return "ok"
        return f"wrong key, tried {self.at:%Y-%m-%d %H:%M:%S %Z}".strip()
