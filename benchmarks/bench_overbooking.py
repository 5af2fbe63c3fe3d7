"""No overbooking, flat overbooking and guided overbooking replayed over a year of demo
history.

    python benchmarks/bench_overbooking.py [--size medium] [--threshold 0.35]
        [--max-extra 2] [--seed 42]

Loads the demo clinic (medium: a year of history) into a fresh encrypted test store and
scores every past visit with the no-show model, cross-fitted in time (the model for the
first half of the year is trained on the second half and the other way round), so no
visit is scored by a model that saw its own outcome. Then each provider session (a
working span of a day) is replayed (analytics/overbooking_simulation.py) three ways:

- none: the bookings as they were;
- flat: one extra booking in every session, beside the first booking after its midpoint;
- guided: domain/overbooking_guide.py's suggestions at the threshold and cap given (the
  n-th extra of a session beside the riskiest booking with n no-shows still expected
  from it to the end).

An extra patient comes with probability 0.95 (booked close to the day). Prints idle
provider minutes (booked time with nobody to see), patients waiting more than 15 minutes,
overtime minutes, extra bookings and patients seen, per session on average and in total,
and whether guided overbooking halves idle time against none with at most 10 minutes of
overtime per session and beats flat overbooking on overtime.

Third-next-available is worked out weekly over the year, per provider, as it stood that
morning: the places still free in each later session (unbooked minutes over the
provider's usual visit length, counting the bookings made by then), plus the extra places
each policy opens there (flat: one per session; guided: its suggestions for the bookings
made by then); days until the third free place, capped at 60. Cancelled visits are not in
the replayed history, so every policy sees a little more free room than there was.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_no_show import NOW, demo_context  # noqa: E402

from clinicdesk.analytics import no_show_model  # noqa: E402
from clinicdesk.analytics.overbooking_simulation import (  # noqa: E402
    ReplayVisit,
    SessionOutcome,
    replay,
)
from clinicdesk.domain.appointments import Status  # noqa: E402
from clinicdesk.domain.availability import working_intervals  # noqa: E402
from clinicdesk.domain.clinic_time import clinic_zone  # noqa: E402
from clinicdesk.domain.overbooking_guide import (  # noqa: E402
    OverbookingPolicy,
    PolicyMode,
    ScoredBooking,
    suggest_for_session,
)
from clinicdesk.services.demo import DemoSize  # noqa: E402
from clinicdesk.services.no_show_risk import _examples  # noqa: E402

EXTRA_SHOWS = 0.95
ACCESS_HORIZON_DAYS = 60


@dataclass
class Totals:
    sessions: int = 0
    idle: int = 0
    long_waits: int = 0
    overtime: int = 0
    extras: int = 0
    seen: int = 0
    overtime_sessions: list[int] = field(default_factory=list)

    def add(self, outcome: SessionOutcome) -> None:
        self.sessions += 1
        self.idle += outcome.idle_minutes
        self.long_waits += outcome.long_waits
        self.overtime += outcome.overtime_minutes
        self.extras += outcome.extras
        self.seen += outcome.seen


def cross_fitted(judged, rows) -> dict[str, float]:
    """Each visit's no-show chance from a model trained on the other half of the year."""
    half = len(judged) // 2
    folds = (judged[:half], judged[half:])
    chances: dict[str, float] = {}
    for scored, trained in ((folds[0], folds[1]), (folds[1], folds[0])):
        model = no_show_model.train(
            [rows[a.id] for a in trained], [a.status is Status.NO_SHOW for a in trained]
        )
        for a in scored:
            chances[a.id] = no_show_model.score(model, rows[a.id]).probability
    return chances


def third_next_available(
    sessions: list[tuple[str, object, object, object, list]],
    extras_for: object,
    zone: object,
    first_day: date,
    last_day: date,
) -> list[int]:
    """Days to each provider's third free place, sampled weekly (see the docstring)."""
    by_provider: dict[str, list] = defaultdict(list)
    for record in sessions:
        by_provider[record[0]].append(record)
    results = []
    for provider_id, records in by_provider.items():
        records.sort(key=lambda r: r[2])
        lengths = sorted(
            int((a.end - a.start).total_seconds() // 60) for r in records for a in r[4]
        )
        unit = max(5, lengths[len(lengths) // 2]) if lengths else 15
        sample = first_day + timedelta(days=ACCESS_HORIZON_DAYS)
        while sample <= last_day - timedelta(days=ACCESS_HORIZON_DAYS):
            morning = datetime.combine(sample, datetime.min.time(), tzinfo=zone)
            found = 0
            days = ACCESS_HORIZON_DAYS
            for _, day, start, end, visits in records:
                if day <= sample or (day - sample).days > ACCESS_HORIZON_DAYS:
                    continue
                made = [a for a in visits if a.created_at < morning]
                booked = sum(int((a.end - a.start).total_seconds() // 60) for a in made)
                minutes = int((end - start).total_seconds() // 60)
                found += max(0, minutes - booked) // unit + extras_for(provider_id, made)
                if found >= 3:
                    days = (day - sample).days
                    break
            results.append(days)
            sample += timedelta(days=7)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=[s.value for s in DemoSize], default="medium")
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.35])
    parser.add_argument("--max-extra", type=int, nargs="+", default=[2])
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-overbook-") as folder:
        ctx = demo_context(Path(folder), DemoSize(args.size), args.seed, True)
        with ctx.read() as uow:
            settings = uow.catalog.get_clinic()
            zone = clinic_zone(settings.time_zone)
            judged, rows = _examples(uow, zone, NOW)
            hours = uow.schedules.hours_for()
            first_day = min(a.start for a in judged).astimezone(zone).date()
            exceptions = uow.schedules.exceptions_between(first_day, NOW.date())
    loaded = time.perf_counter()
    chances = cross_fitted(judged, rows)
    by_day: dict[tuple[str, object], list] = defaultdict(list)
    for a in judged:
        by_day[(a.provider_id, a.start.astimezone(zone).date())].append(a)
    combos = [(t, m) for t in args.threshold for m in args.max_extra]
    rnd = random.Random(args.seed)
    totals = {"none": Totals(), "flat": Totals()} | {f"guided {t}/{m}": Totals() for t, m in combos}
    all_sessions: list[tuple[str, object, object, object, list]] = []
    for provider_id in sorted({h.provider_id for h in hours}):
        day = first_day
        while day <= NOW.date():
            for span in working_intervals(
                day,
                [h for h in hours if h.provider_id == provider_id],
                [e for e in exceptions if e.provider_id == provider_id],
                settings,
            ):
                inside = [
                    a
                    for a in by_day.get((provider_id, day), [])
                    if span.start <= a.start < span.end
                ]
                all_sessions.append((provider_id, day, span.start, span.end, inside))
            day += timedelta(days=1)
    for (provider_id, day), visits in sorted(by_day.items(), key=lambda item: str(item[0])):
        spans = working_intervals(
            day,
            [h for h in hours if h.provider_id == provider_id],
            [e for e in exceptions if e.provider_id == provider_id],
            settings,
        )
        for span in spans:
            inside = sorted(
                (a for a in visits if span.start <= a.start < span.end), key=lambda a: a.start
            )
            if not inside:
                continue
            length = int((span.end - span.start).total_seconds() // 60)

            def offset(moment, span=span) -> int:
                return int((moment - span.start).total_seconds() // 60)

            base = [
                ReplayVisit(
                    offset(a.start),
                    int((a.end - a.start).total_seconds() // 60),
                    a.status is not Status.NO_SHOW,
                )
                for a in inside
            ]
            shows = [rnd.random() < EXTRA_SHOWS for _ in range(max(args.max_extra) + 1)]
            middle = next((v for v in base if v.start >= length // 2), base[-1])
            flat = [ReplayVisit(middle.start, middle.minutes, shows[0], extra=True)]
            totals["none"].add(replay(base, length))
            totals["flat"].add(replay([*base, *flat], length))
            scored = [ScoredBooking(a.id, a.start, a.end, chances[a.id]) for a in inside]
            for threshold, most in combos:
                suggestions = suggest_for_session(
                    scored, OverbookingPolicy(PolicyMode.SUGGEST, most), threshold
                )
                guided = [
                    ReplayVisit(
                        offset(s.start),
                        int((s.end - s.start).total_seconds() // 60),
                        shows[index],
                        extra=True,
                    )
                    for index, s in enumerate(suggestions)
                ]
                totals[f"guided {threshold}/{most}"].add(replay([*base, *guided], length))
    access: dict[str, list[int]] = {
        "none": third_next_available(
            all_sessions, lambda _p, _made: 0, zone, first_day, NOW.date()
        ),
        "flat": third_next_available(
            all_sessions, lambda _p, _made: 1, zone, first_day, NOW.date()
        ),
    }
    for threshold, most in combos:

        def guided_extras(_provider: str, made: list, threshold=threshold, most=most) -> int:
            scored = [ScoredBooking(a.id, a.start, a.end, chances[a.id]) for a in made]
            return len(
                suggest_for_session(scored, OverbookingPolicy(PolicyMode.SUGGEST, most), threshold)
            )

        access[f"guided {threshold}/{most}"] = third_next_available(
            all_sessions, guided_extras, zone, first_day, NOW.date()
        )
    done = time.perf_counter()
    sessions = totals["none"].sessions
    print(
        f"demo {args.size} (seed {args.seed}): {len(judged)} past visits, {sessions} provider "
        "sessions; guided T/M: threshold T expected no-shows, up to M extras per session"
    )
    print(
        f"  {'policy':14} {'idle min':>10} {'per sess':>9} {'waits>15':>9} {'overtime':>9} "
        f"{'per sess':>9} {'extras':>7} {'seen':>7} {'waits/sess':>10} {'TNA days':>9}"
    )
    for name, t in totals.items():
        print(
            f"  {name:14} {t.idle:>10} {t.idle / sessions:>9.1f} {t.long_waits:>9} "
            f"{t.overtime:>9} {t.overtime / sessions:>9.2f} {t.extras:>7} {t.seen:>7}"
            f" {t.long_waits / sessions:>10.2f} {statistics.mean(access[name]):>9.1f}"
        )
    none, flat = totals["none"], totals["flat"]
    for threshold, most in combos:
        guided = totals[f"guided {threshold}/{most}"]
        halved = guided.idle <= none.idle / 2
        overtime_ok = guided.overtime / sessions <= 10
        beats_flat = guided.overtime < flat.overtime
        print(
            f"  guided {threshold}/{most}: idle {guided.idle / max(1, none.idle):.0%} of none "
            f"(halved: {halved}); overtime {guided.overtime / sessions:.2f} min/session "
            f"(<= 10: {overtime_ok}); less overtime than flat: {beats_flat}"
        )
    print(
        "  TNA days: mean days to a provider's third free place, sampled weekly "
        f"({len(access['none'])} samples; median none {statistics.median(access['none'])}, "
        + ", ".join(
            f"{name} {statistics.median(values)}"
            for name, values in access.items()
            if name != "none"
        )
        + ")"
    )
    print(f"  seconds: demo and features {loaded - began:.0f}, replay {done - loaded:.0f}")


if __name__ == "__main__":
    main()
