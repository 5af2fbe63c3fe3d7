"""Settling conflicts through the service on one PC settles them on every PC."""

from __future__ import annotations

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
    assert 1 in patients[ids["patient2"]][-1:]  # deleted after all
    assert snapshot(first) == snapshot(second)
