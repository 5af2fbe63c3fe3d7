"""Settling conflicts through the service on one PC settles them on every PC."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sync_clinic_ops import DAY, book, edit_patient, seed_clinic, snapshot

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.sync_conflicts import (
    choose_side,
    open_conflicts,
    resolve_clash,
    settle_record,
)
from clinicdesk.store.uow import SqlUnitOfWork
from clinicdesk.sync.client import SyncTarget, join, sync_round

pytestmark = pytest.mark.postgres
NOW = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def context(engine: Engine) -> ServiceContext:
    actor = Actor(user_id="u-desk", username="desk", role=Role.MANAGER, workstation="pc")
    return ServiceContext(uow_factory=lambda: SqlUnitOfWork(engine), actor=actor, clock=lambda: NOW)


def settle(target: SyncTarget, *pcs: Engine) -> None:
    for _ in range(2):
        for pc in pcs:
            sync_round(pc, target)


def test_clash_cancelled_on_one_pc_is_settled_everywhere(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second = make_store("pc1"), make_store("pc2")
    ids = seed_clinic(first)
    join(first, target, "pc1")
    join(second, target, "pc2")
    book(first, ids, DAY)
    loser = book(second, ids, DAY + timedelta(minutes=5), patient="patient2")
    settle(target, first, second)
    (clash,) = open_conflicts(context(second))
    with pytest.raises(ValidationError):
        resolve_clash(context(second), clash.id, "cancel")  # a reason is required
    resolve_clash(context(second), clash.id, "cancel", "patient rebooked by phone")
    settle(target, first, second)
    assert open_conflicts(context(first)) == []
    row = snapshot(first)["appointments"][loser]
    assert "cancelled" in row and "patient rebooked by phone" in row
    assert snapshot(first) == snapshot(second)


def test_field_conflict_choice_and_edit_delete_settled(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second = make_store("pc1"), make_store("pc2")
    ids = seed_clinic(first)
    join(first, target, "pc1")
    join(second, target, "pc2")
    edit_patient(first, ids["patient"], email="a@first.example")
    edit_patient(second, ids["patient"], email="b@second.example")
    edit_patient(first, ids["patient2"], deleted=True)
    edit_patient(second, ids["patient2"], notes="still coming")
    settle(target, first, second)
    conflicts = {c.kind: c for c in open_conflicts(context(first))}
    assert set(conflicts) == {"field_conflict", "edit_delete"}
    choose_side(context(first), conflicts["field_conflict"].id, "ours")  # the second PC's value
    settle_record(context(first), conflicts["edit_delete"].id, delete=True)
    settle(target, first, second)
    assert open_conflicts(context(second)) == []
    patients = snapshot(second)["patients"]
    assert "b@second.example" in patients[ids["patient"]]
    with second.connect() as connection:  # by name: a new column must not move it
        deleted = connection.exec_driver_sql(
            "SELECT deleted FROM patients WHERE id = ?", (ids["patient2"],)
        ).scalar_one()
    assert deleted == 1  # deleted after all
    assert snapshot(first) == snapshot(second)


def test_open_conflicts_say_what_they_need_and_the_day_marks_clashing_appointments(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    from clinicdesk.commands.schedule import appointment_document
    from clinicdesk.commands.sync import _conflict_document, _conflicts_text
    from clinicdesk.services.views import day_schedule

    first, second = make_store("pc1"), make_store("pc2")
    ids = seed_clinic(first)
    join(first, target, "pc1")
    join(second, target, "pc2")
    kept = book(first, ids, DAY)
    loser = book(second, ids, DAY + timedelta(minutes=5), patient="patient2")
    apart = book(first, ids, DAY + timedelta(hours=2))
    edit_patient(first, ids["patient"], email="a@first.example")
    edit_patient(second, ids["patient"], email="b@second.example")
    settle(target, first, second)
    documents = {d["kind"]: d for d in map(_conflict_document, open_conflicts(context(first)))}
    assert set(documents) == {"appointment_clash", "field_conflict"}
    clash = documents["appointment_clash"]
    assert (clash["table"], clash["row_id"], clash["other_row_id"]) == (
        "appointments",
        loser,
        kept,
    )
    assert clash["actions"] == ["cancel", "overbook", "moved"]
    assert "move" in clash["needs"] and clash["fields"] == ["provider"]
    field = documents["field_conflict"]
    assert field["actions"] == ["ours", "theirs"]
    assert field["ours"] == {"email": "b@second.example"}
    assert field["detected_at"].endswith("+00:00")
    assert json.loads(json.dumps(list(documents.values()))) == list(documents.values())
    assert clash["id"] in _conflicts_text(list(documents.values()))
    # The day view names the clash on both appointments of the pair, and only on them.
    day = day_schedule(context(second), DAY.date())
    marked = {a.id: appointment_document(a)["sync_conflicts"] for a in day.appointments}
    assert marked == {kept: [clash["id"]], loser: [clash["id"]], apart: []}
    resolve_clash(context(second), clash["id"], "cancel", "rebooked by phone")
    day = day_schedule(context(second), DAY.date())
    assert all(a.sync_conflicts == () for a in day.appointments)
