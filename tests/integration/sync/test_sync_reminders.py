"""Three PCs book, move and cancel through the services while syncing through PostgreSQL
with the network cut at random; only the sending PC sends, and no reminder goes out
twice: not when two PCs queued reminders for the same patient and day offline, not when
a push's reply was lost, not when the other PCs try to run the loop too."""

from __future__ import annotations

import contextlib
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from sqlalchemy import Engine
from sync_clinic_ops import seed_clinic, snapshot
from tcp_proxy import TcpProxy

from clinicdesk.domain.errors import ClinicError
from clinicdesk.domain.outbound import Channel, MessageState
from clinicdesk.domain.patients import Phone
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import messages
from clinicdesk.services.appointment_changes import cancel_appointment, move_appointment
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.store.uow import SqlUnitOfWork
from clinicdesk.sync.client import SyncTarget, join, sync_round
from clinicdesk.sync.errors import SyncError

pytestmark = pytest.mark.postgres

MONDAY = datetime(2026, 3, 9, 0, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Gateway:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, address: str, subject: str, body: str) -> str:
        self.sent.append(body)
        return f"SM{len(self.sent)}"


@pytest.fixture
def proxy(server_url: str) -> Iterator[TcpProxy]:
    params = conninfo_to_dict(server_url)
    with TcpProxy(str(params.get("host", "127.0.0.1")), int(params.get("port", 5432))) as tcp:
        yield tcp


def context(engine: Engine, name: str, clock: Clock) -> ServiceContext:
    actor = Actor(user_id=f"u-{name}", username=f"desk-{name}", role=Role.MANAGER, workstation=name)
    return ServiceContext(uow_factory=lambda: SqlUnitOfWork(engine), actor=actor, clock=clock)


def sync_through_cuts(pc: Engine, target: SyncTarget, proxy: TcpProxy, rng: random.Random) -> None:
    """One sync round, with a one-in-three chance the push's COMMIT reply is lost or every
    connection is reset; a failed round is retried after the network heals."""
    cut = rng.random()
    if cut < 0.2:
        proxy.cut_after_commit(1)
    elif cut < 0.33:
        proxy.reset_all()
    with contextlib.suppress(SyncError):
        sync_round(pc, target)
    proxy.heal()
    sync_round(pc, target)


@pytest.mark.parametrize("seed", [1])
def test_three_pcs_never_send_a_reminder_twice(
    make_store: Callable[[str], Engine],
    target: SyncTarget,
    proxy: TcpProxy,
    seed: int,
) -> None:
    rng = random.Random(seed)
    clock = Clock(datetime(2026, 3, 7, 8, 0, tzinfo=UTC))  # the Saturday before
    pcs = [make_store(f"pc{i}") for i in range(3)]
    ids = seed_clinic(pcs[0])
    desks = [context(pc, f"pc{i}", clock) for i, pc in enumerate(pcs)]
    with SqlUnitOfWork(pcs[0]) as uow:
        for key, number in (("patient", "+447700900001"), ("patient2", "+447700900002")):
            patient = uow.patients.get(ids[key])
            assert patient is not None
            uow.patients.update(replace(patient, phones=(Phone(number, "mobile"),)))
        uow.commit()
    messages.set_message_setting(desks[0], "sending_workstation", "pc0")
    messages.set_consent(desks[0], ids["patient"], sms=True)
    messages.set_consent(desks[0], ids["patient2"], sms=True)
    url = make_conninfo(target.url, host="127.0.0.1", port=proxy.port, sslmode="disable")
    cut_target = replace(target, url=url, deadline_seconds=2.0, connect_timeout=2)
    join(pcs[0], target, "pc0")
    for i, pc in enumerate(pcs[1:], start=1):
        join(pc, target, f"pc{i}")

    def book(desk: ServiceContext, patient: str, start: datetime, provider: str) -> str:
        booking = BookingInput(
            ids[patient], ids["type"], ids[provider], start, override_reason="sync test"
        )
        return book_appointment(desk, booking).appointment.id

    # Offline, two PCs book the same patient on the same Wednesday: each queues its own
    # reminders for that day; a third books the other patient and later cancels.
    wednesday = MONDAY + timedelta(days=2)
    book(desks[1], "patient", wednesday + timedelta(hours=9), "provider")
    book(desks[2], "patient", wednesday + timedelta(hours=14), "provider2")
    doomed = book(desks[2], "patient2", wednesday + timedelta(hours=10), "provider")
    moved = book(desks[0], "patient2", MONDAY + timedelta(days=3, hours=9), "provider2")
    for _ in range(2):
        for pc in rng.sample(pcs, 3):
            sync_through_cuts(pc, cut_target, proxy, rng)
    move_appointment(desks[1], moved, MONDAY + timedelta(days=3, hours=15), override_reason="t")
    cancel_appointment(desks[0], doomed, "Patient away")

    gateway = Gateway()
    for hour in range(0, 82, 2):  # Monday 08:00 to Thursday 18:00, every two hours
        clock.now = MONDAY + timedelta(hours=8 + hour)
        other = rng.choice([1, 2])
        for i in rng.sample([0, other], 2):
            if i == 0:
                messages.run_messages(desks[0], {Channel.SMS: gateway})
            else:
                with pytest.raises(ClinicError, match="does not send messages"):
                    messages.run_messages(desks[i], {Channel.SMS: gateway})
            sync_through_cuts(pcs[i], cut_target, proxy, rng)
    for pc in pcs:
        sync_round(pc, target)

    snaps = [snapshot(pc) for pc in pcs]
    assert snaps[0] == snaps[1] == snaps[2]
    sent = messages.list_messages(desks[2], MessageState.SENT, limit=1000)
    assert len(gateway.sent) == len(sent)
    per_day = Counter((m.patient_id, (m.sent_at or m.send_after).date()) for m in sent)
    assert max(per_day.values()) == 1, "a patient got two messages on one day"
    named = Counter(appointment for m in sent for appointment in m.appointment_ids)
    assert doomed not in named
    # Smith: one message on Monday (48 h before 09:00 Wed, both visits) and one on
    # Wednesday; Jones: the moved Thursday visit's two reminders.
    assert sorted(per_day) == sorted(
        [
            (ids["patient"], datetime(2026, 3, 9, tzinfo=UTC).date()),
            (ids["patient"], datetime(2026, 3, 11, tzinfo=UTC).date()),
            (ids["patient2"], datetime(2026, 3, 10, tzinfo=UTC).date()),
            (ids["patient2"], datetime(2026, 3, 12, tzinfo=UTC).date()),
        ]
    )
