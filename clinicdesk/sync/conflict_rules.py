"""What counts as a conflict a person must settle, found on the server during a push.

* Appointment clash: an appointment whose slot (time, provider, room, patient, status)
  changed in this push now overlaps an appointment already holding that time on the
  server. The one already there keeps the slot; the newcomer is kept too, and a clash
  is listed. A deliberate overbooking (``override_reason`` set) is not a clash, and a
  provider seeing several patients at once (``max_parallel``) clashes only past that.
* Field conflict / edit vs delete: from the three-way merge (merge.py), including fields
  that belong together although they differ (``ENTANGLED_FIELDS``): an appointment's
  status changed on one PC (cancelled, arrived, no-show) while another moved it or gave
  it to another provider is a conflict over both, not "cancelled at the new time".
* Possible duplicate patient: a newly pushed patient with the same family name and
  birth date as an existing one, sharing a phone number: a merge task.

Conflict rows are ``sync_conflicts`` rows in stored form (JSON columns as text), so they
sync to every PC like clinic data.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import psycopg

from clinicdesk.domain.ids import new_id
from clinicdesk.sync.merge import Entangled, MergeResult
from clinicdesk.sync.packing import columns
from clinicdesk.sync.server_schema import APPOINTMENT_TIME_RANGE

SERVER_CLIENT_ID = "server"
FREEING_STATUSES = ("cancelled", "no_show")
SLOT_FIELDS = (
    "start",
    "end",
    "provider_id",
    "room_id",
    "patient_id",
    "status",
    "deleted",
    "override_reason",
)
# What happened to an appointment vs when and with whom: changed on two PCs at once,
# these never merge silently (merge.py).
APPOINTMENT_STATUS_FIELDS = frozenset({"status", "cancel_reason"})
APPOINTMENT_SCHEDULE_FIELDS = frozenset({"start", "end", "provider_id"})
ENTANGLED_FIELDS: dict[str, Entangled] = {
    "appointments": ((APPOINTMENT_STATUS_FIELDS, APPOINTMENT_SCHEDULE_FIELDS),),
}
_NAMESPACE = uuid.UUID("5b1d8c1e-3f1e-4a4e-9a57-2f1f6c1c0d11")

Row = dict[str, Any]


def holds_slot(data: Mapping[str, Any]) -> bool:
    return not _truthy(data.get("deleted")) and data.get("status") not in FREEING_STATUSES


def slot_changed(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> bool:
    if before is None:
        return True
    return any(before.get(name) != after.get(name) for name in SLOT_FIELDS)


def detect_clashes(
    conn: psycopg.Connection[Any], moved: Sequence[tuple[str, Row]], batch_ids: set[str]
) -> list[Row]:
    candidates = [
        (row_id, data)
        for row_id, data in moved
        if holds_slot(data) and not str(data.get("override_reason") or "").strip()
    ]
    if not candidates:
        return []
    expressions, parameters = columns(
        ([row_id for row_id, _ in candidates], "text"),
        ([str(d.get("provider_id")) for _, d in candidates], "text"),
        ([d.get("room_id") or "" for _, d in candidates], "text"),
        ([str(d.get("patient_id")) for _, d in candidates], "text"),
        ([int(d["start"]) for _, d in candidates], "bigint"),
        ([int(d["end"]) for _, d in candidates], "bigint"),
        (batch_ids, "text"),
    )
    # For each pushed appointment, the ones overlapping it in time, found through the time
    # range index (the OFFSET 0 keeps the planner from flattening the lookup into one
    # scan of every appointment per pushed one), then narrowed to the same provider, room
    # or patient.
    found = conn.execute(
        f"""SELECT i.id, r.row_id, r.data,
                  r.data->>'provider_id' = i.provider_id,
                  coalesce(r.data->>'room_id' = i.room_id, false),
                  r.data->>'patient_id' = i.patient_id
             FROM unnest({", ".join(expressions[:6])})
                  AS i(id, provider_id, room_id, patient_id, s, e)
             CROSS JOIN LATERAL (
                   SELECT row_id, data FROM sync_rows
                    WHERE table_name = 'appointments'
                      AND {APPOINTMENT_TIME_RANGE} && int8range(i.s, greatest(i.s, i.e), '[]')
                   OFFSET 0) AS r
            WHERE (r.data->>'provider_id' = i.provider_id
                   OR r.data->>'room_id' = i.room_id
                   OR r.data->>'patient_id' = i.patient_id)
              AND (r.data->>'start')::bigint < i.e AND (r.data->>'end')::bigint > i.s
              AND r.row_id <> i.id AND NOT (r.row_id = ANY({expressions[6]}))
              AND coalesce(r.data->>'deleted', '0') IN ('0', 'false')
              AND r.data->>'status' NOT IN ('cancelled', 'no_show')
            ORDER BY i.id, (r.data->>'start')::bigint""",
        parameters,
    ).fetchall()
    if not found:
        return []
    capacity = _provider_capacity(conn, {str(d.get("provider_id")) for _, d in candidates})
    incoming = dict(candidates)
    same_provider: dict[str, list[tuple[str, Row]]] = {}
    reasons: dict[tuple[str, str], list[str]] = {}
    others: dict[str, Row] = {}
    for row_id, other_id, other, by_provider, by_room, by_patient in found:
        others[other_id] = other
        if by_provider:
            same_provider.setdefault(row_id, []).append((other_id, other))
        for name, hit in (("room", by_room), ("patient", by_patient)):
            if hit:
                reasons.setdefault((row_id, other_id), []).append(name)
    for row_id, overlapping in same_provider.items():
        provider_id = str(incoming[row_id].get("provider_id"))
        if len(overlapping) >= capacity.get(provider_id, 1):
            for other_id, _ in overlapping:
                reasons.setdefault((row_id, other_id), []).insert(0, "provider")
    now = int(time.time())
    return [
        _clash_row(row_id, incoming[row_id], other_id, others[other_id], names, now=now)
        for (row_id, other_id), names in reasons.items()
    ]


def detect_duplicate_patients(
    conn: psycopg.Connection[Any], new_patients: Sequence[Row], batch_ids: set[str]
) -> list[Row]:
    if not new_patients:
        return []
    found = conn.execute(
        """SELECT i.id, r.row_id, r.data
             FROM unnest(%s::text[], %s::text[], %s::text[]) AS i(id, family, birth_date)
             JOIN sync_rows AS r
               ON r.table_name = 'patients'
              AND lower(r.data->>'family') = i.family
              AND r.data->>'birth_date' = i.birth_date
              AND r.row_id <> i.id AND NOT (r.row_id = ANY(%s::text[]))
              AND coalesce(r.data->>'deleted', '0') IN ('0', 'false')""",
        (
            [str(p["id"]) for p in new_patients],
            [str(p.get("family", "")).strip().lower() for p in new_patients],
            [str(p.get("birth_date", "")) for p in new_patients],
            list(batch_ids),
        ),
    ).fetchall()
    by_id = {str(p["id"]): p for p in new_patients}
    now = int(time.time())
    conflicts: list[Row] = []
    for row_id, other_id, other in found:
        mine = by_id[row_id]
        if phone_digits(mine.get("phones")) & phone_digits(other.get("phones")):
            conflicts.append(
                conflict_row(
                    conflict_id=_pair_id("duplicate_patient", row_id, other_id),
                    kind="duplicate_patient",
                    table_name="patients",
                    row_id=row_id,
                    other_row_id=other_id,
                    fields=["family", "birth_date", "phones"],
                    ours=mine,
                    theirs=other,
                    now=now,
                )
            )
    return conflicts


def field_conflict_row(table_name: str, ours: Row, theirs: Row, result: MergeResult) -> Row:
    fields = sorted(result.conflicts)
    if result.edit_delete:
        return conflict_row(
            conflict_id=new_id(),
            kind="edit_delete",
            table_name=table_name,
            row_id=str(ours["id"]),
            other_row_id=None,
            fields=fields,
            ours=dict(ours),
            theirs=dict(theirs),
            now=int(time.time()),
        )
    return conflict_row(
        conflict_id=new_id(),
        kind="field_conflict",
        table_name=table_name,
        row_id=str(ours["id"]),
        other_row_id=None,
        fields=fields,
        ours={name: value for name, (value, _) in result.conflicts.items()},
        theirs={name: value for name, (_, value) in result.conflicts.items()},
        now=int(time.time()),
    )


def conflict_row(
    *,
    conflict_id: str,
    kind: str,
    table_name: str,
    row_id: str,
    other_row_id: str | None,
    fields: Iterable[str],
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    now: int,
) -> Row:
    """A sync_conflicts row in stored form (JSON columns as compact, sorted text)."""
    return {
        "id": conflict_id,
        "kind": kind,
        "table_name": table_name,
        "row_id": row_id,
        "other_row_id": other_row_id,
        "fields": _json(list(fields)),
        "ours": _json(dict(ours)),
        "theirs": _json(dict(theirs)),
        "status": "open",
        "resolution": "",
        "resolved_by": "",
        "detected_at": now,
        "updated_at": now,
        "deleted": 0,
    }


def phone_digits(phones: Any) -> set[str]:
    """Digits of each phone number in a stored ``phones`` value (JSON text or a list)."""
    if isinstance(phones, str):
        try:
            phones = json.loads(phones)
        except ValueError:
            return set()
    numbers: set[str] = set()
    for entry in phones or []:
        number = entry[0] if isinstance(entry, list | tuple) and entry else entry
        digits = re.sub(r"\D", "", str(number))
        if len(digits) >= 6:
            numbers.add(digits[-9:])  # ignore country prefix / leading zero differences
    return numbers


def _clash_row(
    row_id: str, mine: Row, other_id: str, other: Row, reasons: list[str], *, now: int
) -> Row:
    return conflict_row(
        conflict_id=_pair_id("appointment_clash", row_id, other_id),
        kind="appointment_clash",
        table_name="appointments",
        row_id=row_id,
        other_row_id=other_id,
        fields=reasons,
        ours=mine,
        theirs=other,
        now=now,
    )


def _provider_capacity(conn: psycopg.Connection[Any], provider_ids: set[str]) -> dict[str, int]:
    rows = conn.execute(
        "SELECT row_id, data->>'max_parallel' FROM sync_rows "
        "WHERE table_name = 'providers' AND row_id = ANY(%s)",
        (list(provider_ids),),
    ).fetchall()
    return {str(row_id): max(1, int(value or 1)) for row_id, value in rows}


def _pair_id(kind: str, first: str, second: str) -> str:
    """One id per pair, whichever side is found first: a clash is listed once."""
    low, high = sorted((first, second))
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{low}:{high}"))


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def _truthy(value: Any) -> bool:
    return bool(value) and value not in ("0", "false")
