"""Conflicts a person must settle are listed on every PC, never settled silently."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import Engine
from sync_clinic_ops import (
    DAY,
    book,
    cancel,
    change_appointment,
    edit_patient,
    open_conflicts,
    seed_clinic,
    snapshot,
)

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.patients import Phone
from clinicdesk.sync.client import SyncTarget, join, read_status, sync_round
from clinicdesk.sync.errors import ServerVersionError
from clinicdesk.sync.server_schema import SERVER_SCHEMA_VERSION, server_init

pytestmark = pytest.mark.postgres


def two_pcs(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> tuple[Engine, Engine, dict[str, str]]:
    first, second = make_store("pc1"), make_store("pc2")
    ids = seed_clinic(first)
    join(first, target, "pc1")
    join(second, target, "pc2")
    return first, second, ids


def settle(target: SyncTarget, *pcs: Engine) -> None:
    for _ in range(2):
        for pc in pcs:
            sync_round(pc, target)


def test_offline_double_booking_first_to_server_keeps_slot(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second, ids = two_pcs(make_store, target)
    # Both offline: each books Dr Lee at overlapping times for different patients.
    kept = book(first, ids, DAY)
    clashing = book(second, ids, DAY + timedelta(minutes=10), patient="patient2")
    sync_round(first, target)  # first reaches the server first
    report = sync_round(second, target)
    assert report.conflicts_found == 1
    settle(target, first, second)
    for pc in (first, second):
        conflicts = open_conflicts(pc)
        assert len(conflicts) == 1
        clash = conflicts[0]
        assert clash["kind"] == "appointment_clash"
        assert clash["row_id"] == clashing
        assert clash["other_row_id"] == kept
        assert clash["fields"] == ["provider"]
        assert clash["ours"]["id"] == clashing and clash["theirs"]["id"] == kept
        # Both appointments stay.
        assert {kept, clashing} <= set(snapshot(pc)["appointments"])
    assert snapshot(first) == snapshot(second)


def test_clash_listed_once_and_not_for_overbooking_or_cancelled(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second, ids = two_pcs(make_store, target)
    book(first, ids, DAY)
    clashing = book(second, ids, DAY, patient="patient2")
    book(second, ids, DAY + timedelta(hours=2), patient="patient2", override_reason="urgent")
    cancelled = book(first, ids, DAY + timedelta(hours=4))
    cancel(first, cancelled)
    book(second, ids, DAY + timedelta(hours=4), patient="patient2")
    settle(target, first, second)
    change_appointment(second, clashing, notes="edited again")  # re-push: not a new clash
    settle(target, first, second)
    assert [c["row_id"] for c in open_conflicts(first)] == [clashing]


def test_same_patient_field_changed_differently_keeps_both(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second, ids = two_pcs(make_store, target)
    edit_patient(first, ids["patient"], email="jo@first.example", alerts="latex")
    edit_patient(second, ids["patient"], email="jo@second.example", notes="prefers mornings")
    sync_round(first, target)
    sync_round(second, target)
    settle(target, first, second)
    for pc in (first, second):
        row = snapshot(pc)["patients"][ids["patient"]]
        assert "latex" in row and "prefers mornings" in row  # different fields merged
        assert "jo@first.example" in row  # the first to reach the server, for now
        (conflict,) = open_conflicts(pc)
        assert conflict["kind"] == "field_conflict"
        assert conflict["fields"] == ["email"]
        assert conflict["ours"] == {"email": "jo@second.example"}
        assert conflict["theirs"] == {"email": "jo@first.example"}
    assert snapshot(first) == snapshot(second)


def _appointment(pc: Engine, appointment_id: str) -> dict[str, object]:
    from clinicdesk.sync.rows import read_rows

    with pc.connect() as connection:
        return read_rows(connection, "appointments", [appointment_id])[appointment_id]


@pytest.mark.parametrize("cancelling_pc_first", [True, False])
def test_offline_cancel_and_offline_move_are_a_conflict_not_cancelled_at_the_new_time(
    make_store: Callable[[str], Engine], target: SyncTarget, cancelling_pc_first: bool
) -> None:
    first, second, ids = two_pcs(make_store, target)
    appointment = book(first, ids, DAY)
    settle(target, first, second)
    new_start = DAY + timedelta(hours=3)
    cancel(first, appointment)  # both offline now
    change_appointment(second, appointment, start=new_start, end=new_start + timedelta(minutes=20))
    order = (first, second) if cancelling_pc_first else (second, first)
    sync_round(order[0], target)
    assert sync_round(order[1], target).conflicts_found == 1
    settle(target, first, second)
    winner = _appointment(order[0], appointment)  # the first to reach the server, for now
    for pc in (first, second):
        row = _appointment(pc, appointment)
        assert (row["status"], row["start"]) == (winner["status"], winner["start"])
        assert not (row["status"] == "cancelled" and row["start"] == int(new_start.timestamp()))
        (conflict,) = open_conflicts(pc)
        assert conflict["kind"] == "field_conflict"
        assert conflict["row_id"] == appointment
        assert {"status", "start", "end"} <= set(conflict["fields"])
        cancelled_side = conflict["ours" if cancelling_pc_first is False else "theirs"]
        moved_side = conflict["theirs" if cancelling_pc_first is False else "ours"]
        assert cancelled_side["status"] == "cancelled"
        assert cancelled_side["start"] == int(DAY.timestamp())
        assert moved_side["status"] == "booked"
        assert moved_side["start"] == int(new_start.timestamp())
    assert snapshot(first) == snapshot(second)


def test_status_on_one_pc_and_provider_on_another_is_a_conflict(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second, ids = two_pcs(make_store, target)
    appointment = book(first, ids, DAY)
    settle(target, first, second)
    change_appointment(first, appointment, status=Status.ARRIVED)
    change_appointment(second, appointment, provider_id=ids["provider2"])
    settle(target, first, second)
    (conflict,) = open_conflicts(first)
    assert set(conflict["fields"]) == {"status", "provider_id"}
    row = _appointment(second, appointment)
    assert (row["status"], row["provider_id"]) == ("arrived", ids["provider"])


def test_changes_that_do_not_touch_status_and_schedule_together_still_merge(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second, ids = two_pcs(make_store, target)
    appointment = book(first, ids, DAY)
    settle(target, first, second)
    new_start = DAY + timedelta(hours=1)
    change_appointment(first, appointment, start=new_start, end=new_start + timedelta(minutes=20))
    change_appointment(second, appointment, room_id=ids["room"])
    settle(target, first, second)
    assert open_conflicts(first) == []
    row = _appointment(second, appointment)
    assert (row["start"], row["room_id"]) == (int(new_start.timestamp()), ids["room"])


def test_edit_versus_delete_is_a_conflict_and_keeps_the_edit(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    first, second, ids = two_pcs(make_store, target)
    edit_patient(first, ids["patient2"], deleted=True)
    edit_patient(second, ids["patient2"], notes="new allergy")
    settle(target, first, second)
    for pc in (first, second):
        (conflict,) = open_conflicts(pc)
        assert conflict["kind"] == "edit_delete"
        row = snapshot(pc)["patients"][ids["patient2"]]
        assert "new allergy" in row
    assert snapshot(first) == snapshot(second)


def test_same_new_patient_on_two_pcs_makes_a_merge_task(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    from datetime import date

    from sync_clinic_ops import STAMP

    from clinicdesk.domain.ids import new_id
    from clinicdesk.domain.patients import Patient
    from clinicdesk.store.uow import SqlUnitOfWork

    first, second, _ids = two_pcs(make_store, target)
    made = []
    for pc, phone in ((first, "+44 7700 900123"), (second, "07700 900123")):
        patient = Patient(new_id(), "Ann", "Baker", date(1990, 4, 5), STAMP, phones=(Phone(phone),))
        with SqlUnitOfWork(pc) as uow:
            uow.patients.add(patient)
            uow.commit()
        made.append(patient.id)
    settle(target, first, second)
    (task,) = open_conflicts(first)
    assert task["kind"] == "duplicate_patient"
    assert {task["row_id"], task["other_row_id"]} == set(made)
    assert read_status(second).open_conflicts == 1


@pytest.mark.clocks_agree
def test_clock_skew_changes_nothing_and_is_warned(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    import time

    first, second, ids = two_pcs(make_store, target)

    def slow_clock() -> float:
        return time.time() - 3600

    # The PC whose clock is an hour behind reaches the server first: it keeps the slot.
    kept = book(second, ids, DAY)
    book(first, ids, DAY, patient="patient2")
    sync_round(second, target, clock=slow_clock)
    sync_round(first, target)
    settle(target, first, second)
    (clash,) = open_conflicts(first)
    assert clash["other_row_id"] == kept
    sync_round(second, target, clock=slow_clock)
    status = read_status(second)
    assert status.clock_skew_seconds is not None and status.clock_skew_seconds < -3000
    assert "behind" in status.clock_warning
    assert read_status(first).clock_warning == ""


def test_server_schema_version_handshake(
    make_store: Callable[[str], Engine], target: SyncTarget
) -> None:
    pc = make_store("pc1")
    seed_clinic(pc)
    join(pc, target, "pc1")
    with psycopg.connect(target.url, autocommit=True) as conn:
        assert server_init(conn) == (SERVER_SCHEMA_VERSION, SERVER_SCHEMA_VERSION)  # idempotent
        conn.execute(
            "UPDATE sync_meta SET value = %s WHERE key = 'schema_version'",
            (str(SERVER_SCHEMA_VERSION + 1),),
        )
        changes_before = conn.execute("SELECT count(*) FROM sync_changes").fetchone()
        with pytest.raises(ServerVersionError, match="newer clinicdesk"):
            server_init(conn)
    edit_patient(pc, seed_ids_patient(pc), notes="not sent to a newer server")
    with pytest.raises(ServerVersionError, match="Update clinicdesk"):
        sync_round(pc, target)
    with psycopg.connect(target.url) as conn:
        assert conn.execute("SELECT count(*) FROM sync_changes").fetchone() == changes_before
    status = read_status(pc)
    assert status.pending_changes == 1 and "Update clinicdesk" in status.last_error


def seed_ids_patient(pc: Engine) -> str:
    return sorted(snapshot(pc)["patients"])[0]
