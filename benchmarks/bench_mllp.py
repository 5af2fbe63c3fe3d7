"""SIU over MLLP to a local listener: messages per second, with the position saved to
settings.json after every ACK as ``clinicdesk hl7 send`` does.

    python benchmarks/bench_mllp.py [--changes 1000] [--drop-every 0]

Makes a fresh encrypted test store with one booking per change (each a history entry,
the queue), then sends them all with ``send_siu_over_mllp`` to the test suite's MLLP
peer on 127.0.0.1 (a new connection per message, as the sender does). ``--drop-every
K`` makes the peer drop every K-th connection mid-message, so the retry path is timed
too (pause 0). Prints the seconds and messages per second; asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clinicdesk.domain.appointments import (  # noqa: E402
    Appointment,
    AppointmentEvent,
    Status,
    Urgency,
)
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings  # noqa: E402
from clinicdesk.domain.ids import new_id  # noqa: E402
from clinicdesk.domain.patients import Patient  # noqa: E402
from clinicdesk.domain.providers import Provider  # noqa: E402
from clinicdesk.domain.users import Actor, Role  # noqa: E402
from clinicdesk.interop import mllp  # noqa: E402
from clinicdesk.services.context import ServiceContext  # noqa: E402
from clinicdesk.services.hl7_exchange import send_siu_over_mllp  # noqa: E402
from clinicdesk.settings import Settings, save_settings  # noqa: E402
from clinicdesk.store.testing import make_test_engine  # noqa: E402
from clinicdesk.store.uow import SqlUnitOfWork  # noqa: E402
from tests.conftest import weekday_hours  # noqa: E402
from tests.integration.interop.mllp_peer import MllpPeer  # noqa: E402


def build(folder: Path, changes: int) -> ServiceContext:
    engine = make_test_engine(folder / "clinic.db")
    now = datetime(2026, 3, 2, 8, tzinfo=UTC)

    def uow_factory() -> SqlUnitOfWork:
        return SqlUnitOfWork(engine)

    provider = Provider(new_id(), "Ana Lee", "general practice", now)
    kind = AppointmentType(new_id(), "Consultation", 20, now)
    patients = [
        Patient(new_id(), "Zoë", f"O'Brien {i}", date(1980, 1, 1), now) for i in range(changes)
    ]
    visits = [
        Appointment(
            id=new_id(),
            patient_id=patients[i].id,
            provider_id=provider.id,
            type_id=kind.id,
            start=now + timedelta(minutes=20 * i),
            end=now + timedelta(minutes=20 * i + 20),
            status=Status.BOOKED,
            urgency=Urgency.ROUTINE,
            created_by="manager",
            created_at=now,
            updated_by="manager",
            updated_at=now,
        )
        for i in range(changes)
    ]
    with uow_factory() as uow:
        uow.catalog.save_clinic(
            ClinicSettings(name="Bench", time_zone="Europe/London", opening_hours=weekday_hours()),
            now,
        )
        uow.providers.add(provider)
        uow.catalog.add_type(kind)
        uow.patients.add_many(patients)
        uow.appointments.add_many(visits)
        uow.appointments.add_events(
            AppointmentEvent(new_id(), v.id, "created", now, "manager", new_value="x")
            for v in visits
        )
        uow.commit()
    actor = Actor(user_id="u-manager", username="manager", role=Role.MANAGER, workstation="pc")
    return ServiceContext(uow_factory=uow_factory, actor=actor, clock=lambda: now)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--drop-every", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        ctx = build(folder, args.changes)
        script = (
            ["drop" if (i + 1) % args.drop_every == 0 else "AA" for i in range(args.changes)]
            if args.drop_every
            else []
        )
        kept = Settings()

        def acknowledged(position: int, ack: mllp.Ack | None) -> None:
            nonlocal kept
            kept = dataclasses.replace(kept, hl7_sent_upto=str(position))
            save_settings(folder, kept)

        with MllpPeer(script) as peer:
            began = time.perf_counter()
            run = send_siu_over_mllp(
                ctx,
                mllp.Endpoint("127.0.0.1", peer.port, 10),
                after=0,
                first_pause=0,
                acknowledged=acknowledged,
            )
            seconds = time.perf_counter() - began
            connections = peer.connections
    print(
        f"{len(run.sent)} of {args.changes} SIU messages acknowledged over MLLP in "
        f"{seconds:.2f} s ({len(run.sent) / seconds:.0f}/s), {connections} connections, "
        f"failure: {run.failure.reason if run.failure else 'none'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
