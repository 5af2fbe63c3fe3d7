"""Recall types and recalls travel between PCs like the bookings: the first PC's whole
copy, then a change made on another PC."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine
from sync_clinic_ops import STAMP, seed_clinic, snapshot

from clinicdesk.domain.ids import new_id
from clinicdesk.domain.recall import Interval, IntervalUnit, Recall, RecallType, record_attempt
from clinicdesk.store.uow import SqlUnitOfWork
from clinicdesk.sync.client import SyncTarget, join, sync_round

pytestmark = pytest.mark.postgres


def test_recalls_reach_every_pc_and_an_attempt_comes_back(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second = make_store("pc1"), make_store("pc2")
    ids = seed_clinic(first)
    kind = RecallType(
        new_id(), "6-month check", Interval(6, IntervalUnit.MONTHS), STAMP, ids["type"]
    )
    recall = Recall(new_id(), ids["patient"], kind.id, date(2026, 9, 2), STAMP, STAMP)
    with SqlUnitOfWork(first) as uow:
        uow.recalls.add_type(kind)
        uow.recalls.add(recall)
        uow.commit()
    join(first, target, "pc1")
    join(second, target, "pc2")
    assert snapshot(second)["recalls"] == snapshot(first)["recalls"] != {}
    assert snapshot(second)["recall_types"] == snapshot(first)["recall_types"] != {}
    with SqlUnitOfWork(second) as uow:
        called = record_attempt(recall, date(2026, 3, 3), STAMP.replace(day=3))
        uow.recalls.update(called)
        later = Recall(new_id(), ids["patient2"], kind.id, date(2026, 4, 1), STAMP, STAMP)
        uow.recalls.add(replace(later, notes="booked by phone"))
        uow.commit()
    for _ in range(2):
        sync_round(second, target)
        sync_round(first, target)
    with SqlUnitOfWork(first) as uow:
        assert uow.recalls.get(recall.id) == called
        assert uow.recalls.get(later.id) is not None
    assert snapshot(first) == snapshot(second)
