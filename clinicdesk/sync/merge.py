"""Three-way merge of one row: the base both sides started from, ours (incoming), theirs.

Rows are plain dicts of column -> stored value. A field changed on one side only takes
that side's value; a field changed the same way on both is fine; a field changed
differently on both is a conflict, where the server keeps the value that reached it
first (``theirs``) and both values are kept for a person to choose. Fields one side does
not know (a column added by a newer clinicdesk) are carried through untouched.

Some different fields still belong together: an appointment cancelled on one PC and
moved on another must not merge into "cancelled at the new time", a state nobody chose.
``entangled`` names such pairs of field groups; when one side changed a field of one
group and the other side a field of the other, every field of both groups that differs
is a conflict, and the server keeps the first arrival's values for all of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Bookkeeping that changes with every edit: never a conflict, the newest edit's value.
META_FIELDS = frozenset({"updated_at", "updated_by"})
DELETED = "deleted"
_MISSING = object()

Row = Mapping[str, Any]
# Pairs of field groups that must not be merged from two sides (see above).
Entangled = tuple[tuple[frozenset[str], frozenset[str]], ...]


@dataclass(frozen=True)
class MergeResult:
    data: dict[str, Any]
    # field -> (ours, theirs) for fields both sides changed differently
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    # One side deleted the row while the other edited it; the row is kept (undeleted).
    edit_delete: bool = False


def changed_fields(base: Row | None, row: Row) -> set[str]:
    """Fields of ``row`` whose value differs from ``base`` (all of them without a base)."""
    if base is None:
        return set(row)
    return {name for name, value in row.items() if base.get(name, _MISSING) != value}


def three_way(
    base: Row | None, ours: Row, theirs: Row | None, entangled: Entangled = ()
) -> MergeResult:
    if theirs is None:
        return MergeResult(dict(ours))
    base = base or {}
    merged: dict[str, Any] = dict(theirs)
    conflicts: dict[str, tuple[Any, Any]] = {}
    for name, value in ours.items():
        base_value = base.get(name, _MISSING)
        their_value = theirs.get(name, _MISSING)
        if value in (base_value, their_value):
            continue
        if their_value == base_value or name in META_FIELDS:
            merged[name] = value
        else:
            conflicts[name] = (value, their_value if their_value is not _MISSING else None)
    for name in _entangled_fields(base, ours, theirs, entangled):
        if name not in conflicts and ours.get(name) != theirs.get(name):
            conflicts[name] = (ours.get(name), theirs.get(name))
            merged[name] = theirs.get(name)
    edit_delete = False
    deleted_by_us = _truthy(ours.get(DELETED)) and not _truthy(base.get(DELETED))
    deleted_by_them = _truthy(theirs.get(DELETED)) and not _truthy(base.get(DELETED))
    if deleted_by_us != deleted_by_them:
        editor_changes = _content_changes(base, theirs if deleted_by_us else ours)
        if editor_changes:
            # Never lose an edit silently: keep the row, and let a person delete it again.
            edit_delete = True
            merged[DELETED] = 0
            conflicts.pop(DELETED, None)
    return MergeResult(merged, conflicts, edit_delete)


def merge_local(sent_or_base: Row, local: Row, server: Row) -> dict[str, Any]:
    """The row to keep on this PC: the server's values except where this PC changed a
    field since ``sent_or_base`` (those local edits are still waiting to be pushed)."""
    merged = dict(server)
    for name, value in local.items():
        if sent_or_base.get(name, _MISSING) != value:
            merged[name] = value
    return merged


def _entangled_fields(base: Row, ours: Row, theirs: Row, entangled: Entangled) -> set[str]:
    """Fields of the groups both sides changed across (either way round)."""
    if not entangled:
        return set()
    ours_changed = _content_changes(base, ours)
    theirs_changed = _content_changes(base, theirs)
    found: set[str] = set()
    for first, second in entangled:
        if (ours_changed & first and theirs_changed & second) or (
            ours_changed & second and theirs_changed & first
        ):
            found |= first | second
    return found


def _content_changes(base: Row, row: Row) -> set[str]:
    return changed_fields(base, row) - META_FIELDS - {DELETED}


def _truthy(value: Any) -> bool:
    return bool(value) and value not in ("0", "false")
