"""A simulated stretch of a clinic's reminder loop, clock driven, against local servers.

    python scripts/simulate_reminders.py [--days 30] [--step-minutes 30] [--seed 1]
    python scripts/simulate_reminders.py --throughput 10000

The demo clinic (a small spec) is made in a temporary store; every patient gets a
mobile number, most consent to SMS (a few to e-mail instead), and the loop runs every
``--step-minutes`` of simulated time, sending through a local Twilio-shaped HTTP gateway
and a local SMTP server (aiosmtpd). Each simulated day some visits are cancelled
through the services, and some patients reply STOP. At the end it prints, and
``check()`` returns, the numbers the reminder rules promise:

  exact       patients with one untouched visit whose sent days equal the days an
              independent minute-by-minute oracle of the rules gives
  quiet       messages sent inside quiet hours (must be 0)
  opted_out   messages sent after the patient's STOP was taken (must be 0)
  cancelled   messages naming a visit sent after it was cancelled (must be 0)
  twice       patient-days with two messages, and gateway sends beyond queue rows (0)

``--throughput N`` instead queues N reminders and times sending them to the local
gateway. tests/integration/services/test_reminder_simulation.py runs a short version.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from datetime import time as wall
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clinicdesk.domain.appointments import Status  # noqa: E402
from clinicdesk.domain.catalog import ClinicSettings  # noqa: E402
from clinicdesk.domain.common import TimeRange  # noqa: E402
from clinicdesk.domain.ids import new_id  # noqa: E402
from clinicdesk.domain.outbound import Channel, MessageState, OutboundMessage  # noqa: E402
from clinicdesk.domain.patients import ContactChannel, Phone  # noqa: E402
from clinicdesk.domain.users import Actor, Role  # noqa: E402
from clinicdesk.services import messages  # noqa: E402
from clinicdesk.services.appointment_changes import cancel_appointment  # noqa: E402
from clinicdesk.services.context import ServiceContext  # noqa: E402
from clinicdesk.services.demo import DemoSpec, load_demo_clinic  # noqa: E402
from clinicdesk.store.testing import make_test_engine  # noqa: E402
from clinicdesk.store.uow import SqlUnitOfWork  # noqa: E402
from tests.integration.messaging.servers import (  # noqa: E402
    FakeTwilio,
    MailBox,
    free_port,
    inbound_sms,
    start_http,
)

ZONE = "Europe/London"
QUIET = (wall(21, 0), wall(8, 0))
LEADS = (48, 2)
LATE_AT = wall(17, 0)
CLINIC_NUMBER = "+441000000000"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Result:
    appointments: int = 0
    sent: int = 0
    exact_checked: int = 0
    exact_ok: int = 0
    quiet: int = 0
    opted_out: int = 0
    cancelled: int = 0
    twice: int = 0
    gateway_extra: int = 0
    runs: int = 0
    seconds: float = 0.0
    mismatches: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.appointments} visits, {self.sent} messages in {self.runs} runs "
            f"({self.seconds:.1f} s); exact {self.exact_ok}/{self.exact_checked}; "
            f"in quiet hours {self.quiet}; after STOP {self.opted_out}; after cancellation "
            f"{self.cancelled}; twice {self.twice}; gateway sends beyond the queue "
            f"{self.gateway_extra}"
        )


def _quiet(instant: datetime, zone: ZoneInfo) -> bool:
    local = instant.astimezone(zone).time()
    return local >= QUIET[0] or local < QUIET[1]


def oracle_days(start: datetime, booked: datetime, zone: ZoneInfo) -> set[Any]:
    """The local days one lone visit's reminders go out, worked out minute by minute."""
    moments = []
    dues = [start - timedelta(hours=lead) for lead in LEADS]
    if booked > start - timedelta(hours=max(LEADS)):
        local_day = start.astimezone(zone).date() - timedelta(days=1)
        dues.append(datetime.combine(local_day, LATE_AT, tzinfo=zone).astimezone(UTC))
    for due in dues:
        if due < booked:
            continue
        moment = due
        while _quiet(moment, zone) and moment < start:
            moment += timedelta(minutes=1)
        if moment >= start:
            moment = due
            while _quiet(moment, zone):
                moment -= timedelta(minutes=1)
            if moment < booked:
                continue
        moments.append(moment)
    return {moment.astimezone(zone).date() for moment in moments}


def _context(engine: Any, clock: Clock) -> ServiceContext:
    actor = Actor(user_id="u-sim", username="sim", role=Role.MANAGER, workstation="desk-1")
    return ServiceContext(uow_factory=lambda: SqlUnitOfWork(engine), actor=actor, clock=clock)


def _prepare(
    folder: Path, seed: int, days: int, patients: int, providers: int = 3
) -> tuple[Any, Clock, dict]:
    engine = make_test_engine(folder / "sim.db")
    start = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
    clock = Clock(start)
    ctx = _context(engine, clock)
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(
            ClinicSettings(
                "Simulated Clinic",
                ZONE,
                {d: TimeRange(wall(8), wall(18)) for d in range(5)},
            ),
            start,
        )
        uow.commit()
    spec = DemoSpec(providers=providers, patients=patients, days_ahead=days + 3, days_back=1)
    load_demo_clinic(ctx, spec=spec, seed=seed, today=start.date())
    rng = random.Random(seed)
    consent: dict[str, Channel] = {}
    with SqlUnitOfWork(engine) as uow:
        all_ids = [
            a.patient_id for a in uow.appointments.between(start, start + timedelta(days=days + 3))
        ]
        for number, patient_id in enumerate(sorted(set(all_ids))):
            patient = uow.patients.get(patient_id)
            if patient is None:
                continue
            email = rng.random() < 0.15
            uow.patients.update(
                replace(
                    patient,
                    phones=(Phone(f"+4477009{number:05d}", "mobile"),),
                    email=f"p{number}@example.test",
                    contact_channel=ContactChannel.EMAIL if email else ContactChannel.SMS,
                )
            )
            if rng.random() < 0.85:
                consent[patient_id] = Channel.EMAIL if email else Channel.SMS
        uow.commit()
    for patient_id, channel in consent.items():
        messages.set_consent(
            ctx, patient_id, sms=channel is Channel.SMS, email=channel is Channel.EMAIL
        )
    return engine, clock, consent


def simulate(
    *,
    days: int = 30,
    step_minutes: int = 30,
    seed: int = 1,
    patients: int = 400,
    providers: int = 3,
) -> Result:
    from aiosmtpd.controller import Controller
    from clinicdesk.messaging.email import SmtpChannel, SmtpSettings
    from clinicdesk.messaging.sms import SmsGateway, SmsSettings

    result = Result()
    zone = ZoneInfo(ZONE)
    rng = random.Random(seed)
    api = FakeTwilio()
    server, url = start_http(api)
    mailbox = MailBox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            engine, clock, consent = _prepare(Path(folder), seed, days, patients, providers)
            ctx = _context(engine, clock)
            messages.set_message_setting(ctx, "sending_workstation", "desk-1")
            gateway = SmsGateway(SmsSettings(url, api.account, api.token, CLINIC_NUMBER))
            mail = SmtpChannel(
                SmtpSettings("127.0.0.1", smtp.port, "none", "", "", "desk@sim.test")
            )
            senders = {Channel.SMS: gateway, Channel.EMAIL: mail}
            begin = clock.now
            end = begin + timedelta(days=days)
            with SqlUnitOfWork(engine) as uow:
                visits = [
                    a
                    for a in uow.appointments.between(begin, end + timedelta(days=3))
                    if a.holds_slot
                ]
                phones = {
                    pid: p.phones[0].number
                    for pid, p in uow.patients.get_many(consent).items()
                    if p.phones
                }
            cancelled_at: dict[str, datetime] = {}
            stopped_at: dict[str, datetime] = {}
            touched: set[str] = set()
            started = time.perf_counter()
            next_day = begin
            while clock.now < end:
                if clock.now >= next_day:
                    next_day += timedelta(days=1)
                    upcoming = [
                        v for v in visits if v.start > clock.now and v.id not in cancelled_at
                    ]
                    for visit in rng.sample(upcoming, k=min(len(upcoming), len(upcoming) // 30)):
                        cancel_appointment(ctx, visit.id, "Simulated cancellation")
                        cancelled_at[visit.id] = clock.now
                        touched.add(visit.patient_id)
                    sms_patients = [p for p, c in consent.items() if c is Channel.SMS]
                    for patient_id in rng.sample(sms_patients, k=max(1, len(sms_patients) // 100)):
                        if patient_id in stopped_at:
                            continue
                        api.inbound.append(
                            inbound_sms(
                                new_id(),
                                phones.get(patient_id, ""),
                                CLINIC_NUMBER,
                                "STOP",
                                clock.now,
                            )
                        )
                        stopped_at[patient_id] = clock.now + timedelta(minutes=step_minutes)
                        touched.add(patient_id)
                messages.run_messages(ctx, senders, [gateway])
                result.runs += 1
                clock.now += timedelta(minutes=step_minutes)
            result.seconds = time.perf_counter() - started
            mail.close()
            sent = messages.list_messages(ctx, MessageState.SENT, limit=1_000_000)
            _score(
                result,
                sent,
                visits,
                cancelled_at,
                stopped_at,
                touched,
                consent,
                zone,
                begin,
                end,
                engine,
            )
            result.gateway_extra = len(api.sent) + len(mailbox.messages) - len(sent)
    finally:
        server.shutdown()
        server.server_close()
        smtp.stop()
    return result


def _score(  # noqa: PLR0917 (one call site, every fact of the run)
    result: Result,
    sent: list[messages.MessageView],
    visits: list[Any],
    cancelled_at: dict[str, datetime],
    stopped_at: dict[str, datetime],
    touched: set[str],
    consent: dict[str, Channel],
    zone: ZoneInfo,
    begin: datetime,
    end: datetime,
    engine: Any,
) -> None:
    result.appointments = len(visits)
    result.sent = len(sent)
    per_day: Counter[tuple[str, Any]] = Counter()
    days_of: dict[str, set[Any]] = defaultdict(set)
    for message in sent:
        at = message.sent_at or message.send_after
        per_day[(message.patient_id, at.astimezone(zone).date())] += 1
        days_of[message.patient_id].add(at.astimezone(zone).date())
        if _quiet(at, zone):
            result.quiet += 1
        stop = stopped_at.get(message.patient_id)
        if stop is not None and at > stop:
            result.opted_out += 1
        if any(key in cancelled_at and at > cancelled_at[key] for key in message.appointment_ids):
            result.cancelled += 1
    result.twice = sum(1 for count in per_day.values() if count > 1)
    by_patient: dict[str, list[Any]] = defaultdict(list)
    with SqlUnitOfWork(engine) as uow:
        for visit in visits:
            by_patient[visit.patient_id].append(visit)
        for patient_id, mine in by_patient.items():
            if patient_id in touched or patient_id not in consent or len(mine) != 1:
                continue
            everything = uow.appointments.for_patient(patient_id)
            if len([a for a in everything if a.start >= begin - timedelta(days=3)]) != 1:
                continue
            visit = mine[0]
            # Only visits whose whole reminder window lies inside the simulated stretch.
            if visit.start - timedelta(hours=49) < begin or visit.start > end:
                continue
            if visit.status is not Status.BOOKED and visit.status is not Status.CONFIRMED:
                continue
            expected = oracle_days(visit.start, visit.created_at, zone)
            result.exact_checked += 1
            if days_of.get(patient_id, set()) == expected:
                result.exact_ok += 1
            else:
                got = sorted(days_of.get(patient_id, set()))
                result.mismatches.append(f"{visit.id}: expected {sorted(expected)}, sent {got}")


def throughput(count: int) -> float:
    """Seconds to send ``count`` queued reminders to the local gateway."""
    from clinicdesk.messaging.sms import SmsGateway, SmsSettings

    api = FakeTwilio()
    server, url = start_http(api)
    try:
        with tempfile.TemporaryDirectory() as folder:
            engine, clock, consent = _prepare(Path(folder), 1, 3, 200)
            ctx = _context(engine, clock)
            messages.set_message_setting(ctx, "sending_workstation", "desk-1")
            messages.set_message_setting(ctx, "horizon_days", "1")
            sms = [p for p, c in consent.items() if c is Channel.SMS]
            clock.now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
            with SqlUnitOfWork(engine) as uow:
                visits = uow.appointments.between(clock.now, clock.now + timedelta(days=3))
                future = [v for v in visits if v.holds_slot and v.patient_id in set(sms)]
                for number in range(count):
                    visit = future[number % len(future)]
                    uow.messages.add(
                        OutboundMessage(
                            id=new_id(),
                            channel=Channel.SMS,
                            patient_id=visit.patient_id,
                            template="reminder",
                            promised={visit.id: visit.start},
                            state=MessageState.QUEUED,
                            send_after=clock.now - timedelta(minutes=number % 50),
                            updated_at=clock.now,
                        )
                    )
                uow.commit()
            gateway = SmsGateway(SmsSettings(url, api.account, api.token, CLINIC_NUMBER))
            # The send path only (claim, send, record per message): the queued rows are
            # synthetic, so the rules' sweep, which would void them, is left out here.
            with SqlUnitOfWork(engine) as uow:
                due = uow.messages.in_state(MessageState.QUEUED, due_by=clock.now, limit=count)
            report = messages.RunReport()
            started = time.perf_counter()
            for message in due:
                messages._send_one(ctx, message.id, {Channel.SMS: gateway}, report, clock.now)
            seconds = time.perf_counter() - started
            print(
                f"sent {report.sent} of {count} queued reminders in {seconds:.1f} s: "
                f"{report.sent / seconds:.0f} a second; gateway got {len(api.sent)}"
            )
            return seconds
    finally:
        server.shutdown()
        server.server_close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--step-minutes", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--patients", type=int, default=400)
    parser.add_argument("--throughput", type=int, metavar="N")
    args = parser.parse_args()
    if args.throughput:
        throughput(args.throughput)
        return 0
    result = simulate(
        days=args.days, step_minutes=args.step_minutes, seed=args.seed, patients=args.patients
    )
    print(result.line())
    for line in result.mismatches[:10]:
        print("  mismatch:", line)
    bad = result.quiet + result.opted_out + result.cancelled + result.twice + result.gateway_extra
    return 1 if bad or result.exact_ok != result.exact_checked else 0


if __name__ == "__main__":
    raise SystemExit(main())
