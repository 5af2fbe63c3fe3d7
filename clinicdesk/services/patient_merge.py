"""One patient record made from two that are the same person (an import's merge).

The record on file stays the one that counts: its id, history and every field it
already has. A field the person chose to take from the other record (``take``) is
replaced by that record's value when it has one; a field the record on file leaves
blank is filled from the other. Phone numbers are never dropped: the other record's
numbers that are not already on file are added (first when the person took them).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from datetime import datetime

from clinicdesk.domain.patients import Patient, Sex

MERGE_FIELDS = (
    "given",
    "family",
    "birth_date",
    "preferred_name",
    "sex",
    "phones",
    "email",
    "address",
    "mrn",
)


def _blank(field: str, value: object) -> bool:
    if field == "sex":
        return value is Sex.UNKNOWN
    return not value


def merged_patient(
    on_file: Patient, other: Patient, take: Collection[str], now: datetime
) -> Patient:
    """``on_file`` with what the person took from ``other`` and its blanks filled."""
    unknown = set(take) - set(MERGE_FIELDS)
    if unknown:
        raise ValueError(f"not fields a merge can take: {sorted(unknown)}")
    changes: dict[str, object] = {}
    for field in MERGE_FIELDS:
        if field == "phones":
            continue
        mine, theirs = getattr(on_file, field), getattr(other, field)
        if _blank(field, theirs):
            continue
        if field in take or _blank(field, mine):
            changes[field] = theirs
    known = {phone.digits for phone in on_file.phones}
    extra = tuple(p for p in other.phones if p.digits and p.digits not in known)
    if extra:
        changes["phones"] = (
            (*extra, *on_file.phones) if "phones" in take else (*on_file.phones, *extra)
        )
    return dataclasses.replace(on_file, **changes, updated_at=now)  # type: ignore[arg-type]
