"""Three PCs book, move, cancel, edit patients, go offline, skew their clocks and lose
connections in random order; after healing, every store equals the server, no change
is lost, every double booking of a provider or patient is listed as a clash, and an
appointment cancelled on one PC while another moved it is listed as a conflict rather
than merged into "cancelled at the new time"."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from sqlalchemy import text
from sync_clinic_ops import DAY, book, cancel, edit_patient, move, open_conflicts, seed_clinic
from tcp_proxy import TcpProxy

from clinicdesk.store.sync_capture import SYNCED_TABLES
from clinicdesk.store.testing import make_test_engine
from clinicdesk.sync.client import SyncTarget, join, sync_round
from clinicdesk.sync.errors import SyncOfflineError
from clinicdesk.sync.rows import read_rows
from clinicdesk.sync.server_schema import server_init

pytestmark = pytest.mark.postgres

ADMIN_URL = os.environ.get("CLINICDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
LONG = bool(os.environ.get("CLINICDESK_LONG_PROPERTIES"))
PCS = 3
SLOT = timedelta(minutes=30)
PC = st.integers(0, PCS - 1)


def overlaps_locally(  # noqa: PLR0917 - a test helper mirroring the booking check
    engine, provider_id: str, patient_id: str, start, end, skip: str = ""
) -> bool:
    """The booking check each PC makes against what it knows (services do the same)."""
    with engine.connect() as connection:
        found = connection.execute(
            text(
                "SELECT count(*) FROM appointments WHERE id <> :skip AND deleted = 0 "
                "AND status NOT IN ('cancelled', 'no_show') AND start < :end AND \"end\" > :start "
                "AND (provider_id = :provider OR patient_id = :patient)"
            ),
            {
                "skip": skip,
                "start": int(start.timestamp()),
                "end": int(end.timestamp()),
                "provider": provider_id,
                "patient": patient_id,
            },
        ).scalar_one()
    return bool(found)


class ThreePcs(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cd-sync-sm-"))
        self.db_name = f"cd_sync_sm_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{self.db_name}" TEMPLATE template0')
        self.url = make_conninfo(ADMIN_URL, dbname=self.db_name)
        with psycopg.connect(self.url, autocommit=True) as conn:
            server_init(conn)
        params = conninfo_to_dict(self.url)
        self.proxies = [TcpProxy("127.0.0.1", int(params.get("port", 5432))) for _ in range(PCS)]
        self.targets = [
            SyncTarget(
                url=make_conninfo(self.url, host="127.0.0.1", port=p.port, sslmode="disable"),
                deadline_seconds=3,
                connect_timeout=2,
                push_batch=4,
                pull_page=5,
            )
            for p in self.proxies
        ]
        self.engines = [make_test_engine(self.folder / f"pc{i}.db") for i in range(PCS)]
        self.ids = seed_clinic(self.engines[0])
        for i, engine in enumerate(self.engines):
            join(engine, replace(self.targets[i], url=self.url), f"pc{i}")
        self.offline = [False] * PCS
        self.skew = [0.0] * PCS
        self.booked: list[tuple[int, str]] = []  # (pc that booked it, id)
        # appointment -> (pc, server version it started from, start it started from)
        self.cancelled_from: dict[str, list[tuple[int, int, int]]] = {}
        # appointment -> (pc, server version it started from)
        self.moved_from: dict[str, list[tuple[int, int]]] = {}

    def _base(self, pc: int, appointment: str) -> tuple[int, int]:
        """(server version, start) of the last server state this PC knows of a row."""
        with self.engines[pc].connect() as connection:
            found = connection.execute(
                text(
                    "SELECT version, data FROM sync_base "
                    "WHERE table_name = 'appointments' AND row_id = :id"
                ),
                {"id": appointment},
            ).first()
        if found is None:
            return 0, 0
        return int(found[0]), int(json.loads(found[1])["start"])

    def _local(self, pc: int, appointment: str) -> tuple[str, str, str, int]:
        with self.engines[pc].connect() as connection:
            provider, patient, status, start = connection.execute(
                text(
                    "SELECT provider_id, patient_id, status, start FROM appointments WHERE id = :id"
                ),
                {"id": appointment},
            ).one()
        return str(provider), str(patient), str(status), int(start)

    def _clock(self, pc: int):
        return lambda: time.time() + self.skew[pc]

    def _known(self, pc: int) -> list[str]:
        with self.engines[pc].connect() as connection:
            return [
                r[0] for r in connection.execute(text("SELECT id FROM appointments ORDER BY id"))
            ]

    @rule(
        pc=PC,
        slot=st.integers(0, 5),
        provider=st.sampled_from(["provider", "provider2"]),
        patient=st.sampled_from(["patient", "patient2"]),
    )
    def book(self, pc: int, slot: int, provider: str, patient: str) -> None:
        start = DAY + slot * SLOT
        if overlaps_locally(
            self.engines[pc],
            self.ids[provider],
            self.ids[patient],
            start,
            start + timedelta(minutes=20),
        ):
            return
        made = book(self.engines[pc], self.ids, start, provider=provider, patient=patient)
        self.booked.append((pc, made))

    @rule(pc=PC, choice=st.integers(0, 50), slot=st.integers(0, 5))
    def move(self, pc: int, choice: int, slot: int) -> None:
        known = self._known(pc)
        if not known:
            return
        appointment = known[choice % len(known)]
        provider, patient, status, current_start = self._local(pc, appointment)
        if status == "cancelled":
            return  # the front desk books anew instead of moving a cancelled visit
        start = DAY + slot * SLOT
        if not overlaps_locally(
            self.engines[pc],
            provider,
            patient,
            start,
            start + timedelta(minutes=20),
            skip=appointment,
        ):
            move(self.engines[pc], appointment, start)
            if int(start.timestamp()) != current_start:
                version, _ = self._base(pc, appointment)
                self.moved_from.setdefault(appointment, []).append((pc, version))

    @rule(pc=PC, choice=st.integers(0, 50))
    def cancel(self, pc: int, choice: int) -> None:
        known = self._known(pc)
        if known:
            appointment = known[choice % len(known)]
            if self._local(pc, appointment)[2] != "cancelled":
                version, start = self._base(pc, appointment)
                self.cancelled_from.setdefault(appointment, []).append((pc, version, start))
            cancel(self.engines[pc], appointment)

    @rule(pc=PC, field=st.sampled_from(["email", "notes", "alerts"]), value=st.integers(0, 3))
    def edit_patient(self, pc: int, field: str, value: int) -> None:
        edit_patient(self.engines[pc], self.ids["patient"], **{field: f"{field}-{value}"})

    @rule(pc=PC)
    def go_offline(self, pc: int) -> None:
        self.offline[pc] = True
        self.proxies[pc].refuse()

    @rule(pc=PC)
    def come_online(self, pc: int) -> None:
        self.offline[pc] = False
        self.proxies[pc].heal()

    @rule(pc=PC, minutes=st.sampled_from([-90, -3, 0, 7, 600]))
    def skew_clock(self, pc: int, minutes: int) -> None:
        self.skew[pc] = minutes * 60.0

    @rule(pc=PC)
    def sync(self, pc: int) -> None:
        if self.offline[pc]:
            with pytest.raises(SyncOfflineError):
                sync_round(self.engines[pc], self.targets[pc], clock=self._clock(pc))
        else:
            sync_round(self.engines[pc], self.targets[pc], clock=self._clock(pc))

    @rule(pc=PC, nth=st.integers(1, 3))
    def drop_connection(self, pc: int, nth: int) -> None:
        if self.offline[pc]:
            return
        self.proxies[pc].cut_after_commit(nth)
        # The cut lands on a commit if the round gets that far; either way nothing is lost.
        with contextlib.suppress(SyncOfflineError):
            sync_round(self.engines[pc], self.targets[pc], clock=self._clock(pc))
        self.proxies[pc].heal()

    def teardown(self) -> None:
        try:
            for proxy in self.proxies:
                proxy.heal()
            for _ in range(2):
                for pc in range(PCS):
                    sync_round(self.engines[pc], self.targets[pc], clock=self._clock(pc))
            self._check_converged()
        finally:
            for proxy in self.proxies:
                proxy.close()
            for engine in self.engines:
                engine.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)
            with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')

    def _check_converged(self) -> None:
        with psycopg.connect(self.url) as conn:
            server = {
                (t, r): d
                for t, r, d in conn.execute("SELECT table_name, row_id, data FROM sync_rows")
            }
        for engine in self.engines:
            with engine.connect() as connection:
                for table_name in SYNCED_TABLES:
                    ids = [k[1] for k in server if k[0] == table_name]
                    local = read_rows(connection, table_name, ids)
                    count = connection.exec_driver_sql(
                        f"SELECT count(*) FROM {table_name}"
                    ).scalar_one()
                    assert count == len(ids), table_name  # nothing only here, nothing missing
                    for row_id in ids:
                        assert local[row_id] == server[(table_name, row_id)], table_name
                pending = connection.exec_driver_sql(
                    "SELECT count(*) FROM sync_outbox"
                ).scalar_one()
                assert pending == 0
        # No lost change: every booking reached the server.
        assert {made for _, made in self.booked} <= {r for t, r in server if t == "appointments"}
        # No silent double booking: every overlap of held slots is a listed clash.
        appointments = [d for (t, _), d in server.items() if t == "appointments"]
        holding = [
            a
            for a in appointments
            if not a["deleted"] and a["status"] not in ("cancelled", "no_show")
        ]
        listed = {
            frozenset((c["row_id"], c["other_row_id"]))
            for c in open_conflicts(self.engines[0])
            if c["kind"] == "appointment_clash"
        }
        self._check_cancel_versus_move(appointments)
        for i, first in enumerate(holding):
            for second in holding[i + 1 :]:
                same = (
                    first["provider_id"] == second["provider_id"]
                    or first["patient_id"] == second["patient_id"]
                )
                if same and first["start"] < second["end"] and second["start"] < first["end"]:
                    assert frozenset((first["id"], second["id"])) in listed

    def _check_cancel_versus_move(self, appointments: list[dict]) -> None:
        """A cancel and a move made from the same server state on two PCs, ending as
        "cancelled somewhere else than where it was", must be a listed conflict."""
        conflicted = {
            c["row_id"]
            for c in open_conflicts(self.engines[0])
            if c["kind"] == "field_conflict" and "status" in c["fields"]
        }
        for row in appointments:
            if row["status"] != "cancelled":
                continue
            concurrent = any(
                version and version == moved_version and pc != mover and row["start"] != start
                for pc, version, start in self.cancelled_from.get(row["id"], [])
                for mover, moved_version in self.moved_from.get(row["id"], [])
            )
            if concurrent:
                assert row["id"] in conflicted, row


def test_three_pcs_state_machine(postgres_reachable: str) -> None:
    run_state_machine_as_test(
        ThreePcs,
        settings=settings(
            max_examples=200 if LONG else 15,
            stateful_step_count=50 if LONG else 20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
