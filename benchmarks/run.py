"""Patient search, day load and store open on demo clinics, SQLCipher against plain SQLite.

    python benchmarks/run.py [--sizes small,medium,large] [--rebuild]

Builds (or reuses) demo clinics in benchmarks/.cache/<size>/: the encrypted store made by
the real create_store/open_store path (its key in a file keyring inside the cache
folder: synthetic data only), and a plain SQLite copy of the same data made with
``sqlcipher_export``. Prints one table; asserts nothing.

Measured per store:
  open      engine + first connection (the key and its check for the encrypted store)
            + the integrity check the app's open policy makes after a clean close (the
            full quick_check under 64 MB, the cheap check above), the same for both
            stores, median of 5
  app open  the encrypted store through the app's whole open_store: keyring, the check
            above, session bookkeeping, migration check (printed under the table)
  search    search_patients() through the service (permission check, FTS query, rows
            to read-models, audit row, commit) for 200 typed prefixes, top 20
  fts       the raw FTS5 MATCH (the floor under the service), same 200 prefixes
  day       every provider's appointments of one clinic day through the repository's
            between(), 30 weekdays

Each query set runs PASSES times in a row (all 200 prefixes, then all again), and a
prefix's figure is the median of its runs: between two runs of one prefix the other 199
have churned the page cache as typing does, while a one-off stall of the virtual machine
(seen here at 5-10 ms) no longer decides the p95 on its own.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clinicdesk.domain.catalog import ClinicSettings  # noqa: E402
from clinicdesk.domain.clinic_time import clinic_zone, day_bounds  # noqa: E402
from clinicdesk.domain.users import Actor, Role  # noqa: E402
from clinicdesk.services.context import ServiceContext  # noqa: E402
from clinicdesk.services.demo import DemoSize, DemoSpec, load_demo_clinic  # noqa: E402
from clinicdesk.services.patients import search_patients  # noqa: E402
from clinicdesk.store.engine import BEGIN_IMMEDIATE_FLAG, open_engine  # noqa: E402
from clinicdesk.store.errors import MissingKeyError  # noqa: E402
from clinicdesk.store.lifecycle import (  # noqa: E402
    Store,
    create_store,
    open_store,
    read_store_id,
)
from clinicdesk.store.migrate import head_revision  # noqa: E402
from clinicdesk.store.open_check import CheckPlan, plan_check, run_check  # noqa: E402
from clinicdesk.store.search_index import BM25_WEIGHTS, build_match_query  # noqa: E402
from clinicdesk.store.uow import SqlUnitOfWork  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache"
TIME_ZONE = "Europe/London"
ACTOR = Actor(user_id="bench", username="bench", role=Role.MANAGER, workstation="bench")
SEED = 42
SIZES: dict[str, tuple[DemoSize, DemoSpec]] = {
    "small": (
        DemoSize.SMALL,
        DemoSpec(providers=10, patients=10_000, days_ahead=60, days_back=180),
    ),
    "medium": (
        DemoSize.MEDIUM,
        DemoSpec(providers=15, patients=50_000, days_ahead=60, days_back=365),
    ),
    "large": (DemoSize.LARGE, DemoSpec(30, 200_000, 60, 2_800, max_appointments=1_000_000)),
}


class FileKeyStore:
    """A KeyStore in one file in the (gitignored) cache folder: benchmark data is synthetic."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "bench.key"

    def _entries(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def save_key(self, store_id: str, key: bytes) -> None:
        self.path.write_text(json.dumps(self._entries() | {store_id: key.hex()}))

    def load_key(self, store_id: str) -> bytes:
        entries = self._entries()
        if store_id not in entries:
            raise MissingKeyError()
        return bytes.fromhex(entries[store_id])

    def delete_key(self, store_id: str) -> None:
        entries = self._entries()
        entries.pop(store_id, None)
        self.path.write_text(json.dumps(entries))


def plain_engine(db_path: Path) -> Engine:
    """An engine over an unencrypted copy, with the same PRAGMAs and BEGIN handling."""

    def connect() -> Any:
        raw = sqlcipher.connect(str(db_path), check_same_thread=False, isolation_level=None)
        raw.execute("PRAGMA busy_timeout = 5000")
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = NORMAL")
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("PRAGMA temp_store = MEMORY")
        raw.execute("PRAGMA cache_size = -32768")
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return raw

    engine = create_engine("sqlite+pysqlite://", creator=connect, module=sqlcipher)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        immediate = connection.info.pop(BEGIN_IMMEDIATE_FLAG, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def open_checked(engine: Engine, db_path: Path, check: CheckPlan) -> Engine:
    """The first connection of ``engine`` and the integrity check the app would make."""
    with engine.connect() as connection:
        run_check(connection.connection.dbapi_connection, db_path, check)
    return engine


def median_ms(action: Callable[[], Engine | Store], times: int = 5) -> float:
    samples = []
    for _ in range(times):
        began = time.perf_counter()
        opened = action()
        samples.append((time.perf_counter() - began) * 1000)
        _close(opened)
    return statistics.median(samples)


def build(name: str, folder: Path, today: date) -> dict[str, Any]:
    size, spec = SIZES[name]
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.is_dir():
            shutil.rmtree(old)  # the store's .integrity/ bookkeeping
        else:
            old.unlink()
    keys = FileKeyStore(folder)
    store, _recovery = create_store(folder, key_store=keys)
    now = datetime.now(UTC).replace(microsecond=0)
    with store:
        with SqlUnitOfWork(store.engine) as uow:
            uow.catalog.save_clinic(
                ClinicSettings(name="Bench", time_zone=TIME_ZONE, opening_hours={}),
                now,
            )
            uow.commit()
        ctx = ServiceContext(lambda: SqlUnitOfWork(store.engine), ACTOR, lambda: now)
        began = time.perf_counter()
        summary = load_demo_clinic(ctx, size=size, seed=SEED, today=today, spec=spec)
        seconds = time.perf_counter() - began
        with store.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            raw.execute(f"ATTACH DATABASE '{folder / 'plain.db'}' AS plaintext KEY ''")
            raw.execute("SELECT sqlcipher_export('plaintext')")
            raw.execute("DETACH DATABASE plaintext")
    meta = {
        "generation_s": round(seconds, 1),
        "patients": summary.patients,
        "appointments": summary.appointments,
        "providers": summary.providers,
        "today": today.isoformat(),
        "schema": head_revision(),
    }
    (folder / "meta.json").write_text(json.dumps(meta))
    return meta


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


PASSES = 3


def paired_medians(actions: dict[str, Sequence[Callable[[], object]]]) -> dict[str, list[float]]:
    """Each store's actions timed in lockstep, item by item (store A's item i, then store
    B's item i), once per pass over all items; each item's median in ms per store.

    Timing the two stores side by side puts a slow moment of the machine on both, so it
    does not show up as a difference between them; the median over passes takes it out.
    """
    labels = list(actions)
    count = len(actions[labels[0]])
    runs: dict[str, list[list[float]]] = {label: [] for label in labels}
    for _ in range(PASSES):
        this_pass: dict[str, list[float]] = {label: [] for label in labels}
        for index in range(count):
            for label in labels:
                this_pass[label].append(timed(actions[label][index]))
        for label in labels:
            runs[label].append(this_pass[label])
    return {
        label: [statistics.median(times) for times in zip(*runs[label], strict=True)]
        for label in labels
    }


def typed_prefixes(engine: Engine, count: int = 200) -> list[str]:
    """What people type: name starts, given + family start, phone digits, birth dates."""
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT given, family, birth_date, phones FROM patients ORDER BY id")
        ).all()
    rnd = random.Random(SEED)
    prefixes: list[str] = []
    while len(prefixes) < count:
        given, family, born, phones = rows[rnd.randrange(len(rows))]
        numbers = json.loads(phones)
        roll = rnd.random()
        if roll < 0.45:
            prefixes.append(family[: rnd.randint(2, max(2, min(len(family), 7)))])
        elif roll < 0.60:
            prefixes.append(given[: rnd.randint(2, max(2, min(len(given), 6)))])
        elif roll < 0.72:
            prefixes.append(f"{given} {family[: rnd.randint(1, max(1, min(len(family), 4)))]}")
        elif roll < 0.88 and numbers:
            digits = "".join(ch for ch in numbers[0][0] if ch.isdigit())
            national = "0" + digits[2:]
            prefixes.append(
                national[: rnd.randint(5, len(national))]
                if rnd.random() < 0.6
                else digits[-rnd.randint(4, 6) :]
            )
        else:
            day = date.fromisoformat(born)
            prefixes.append(day.isoformat() if rnd.random() < 0.5 else f"{day:%d/%m/%Y}")
    return prefixes


def _close(opened: Engine | Store) -> None:
    if isinstance(opened, Store):
        opened.close()  # a clean close: the next open makes the cheap check
    else:
        opened.dispose()


def measure(
    engines: dict[str, Engine], prefixes: list[str], today: date
) -> dict[str, dict[str, Any]]:
    """Search, raw FTS and day loads on every store in ``engines``, side by side."""
    contexts = {
        label: ServiceContext(lambda engine=engine: SqlUnitOfWork(engine), ACTOR)
        for label, engine in engines.items()
    }
    for ctx in contexts.values():
        for prefix in prefixes[:20]:  # warm the page cache as a running app would have it
            search_patients(ctx, prefix)
    service = paired_medians(
        {
            label: [lambda p=p, ctx=ctx: search_patients(ctx, p, 20) for p in prefixes]
            for label, ctx in contexts.items()
        }
    )
    sql = (
        f"SELECT rowid, bm25(patient_search, {', '.join(map(str, BM25_WEIGHTS))}) "
        "FROM patient_search WHERE patient_search MATCH ? LIMIT 500"
    )
    queries = [q for q in (build_match_query(p) for p in prefixes) if q]
    with contextlib.ExitStack() as stack:
        raws = {
            label: stack.enter_context(engine.connect()).connection.dbapi_connection
            for label, engine in engines.items()
        }
        fts = paired_medians(
            {
                label: [lambda q=q, raw=raw: raw.execute(sql, (q,)).fetchall() for q in queries]
                for label, raw in raws.items()
            }
        )
    zone = clinic_zone(TIME_ZONE)
    days = [today - timedelta(days=n) for n in range(1, 60)]
    days = [d for d in days if d.weekday() < 5][:30]
    first_engine = next(iter(engines.values()))
    with SqlUnitOfWork(first_engine) as uow:
        provider_ids = [p.id for p in uow.providers.list()]

    def load_day(engine: Engine, day: date) -> int:
        bounds = day_bounds(day, zone)
        with SqlUnitOfWork(engine) as uow:
            return len(
                uow.appointments.between(bounds.start, bounds.end, provider_ids=provider_ids)
            )

    for engine in engines.values():
        load_day(engine, days[0])
    day_ms = paired_medians(
        {
            label: [lambda d=d, engine=engine: load_day(engine, d) for d in days]
            for label, engine in engines.items()
        }
    )
    per_day = load_day(first_engine, days[0])
    return {
        label: {
            "store": label,
            "search": percentiles(service[label]),
            "fts": percentiles(fts[label]),
            "day": percentiles(day_ms[label]),
            "per_day": per_day,
        }
        for label in engines
    }


def _bounds(day: date, zone: Any) -> tuple[datetime, datetime]:
    interval = day_bounds(day, zone)
    return interval.start, interval.end


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="small,medium,large")
    parser.add_argument("--rebuild", action="store_true", help="regenerate cached clinics")
    args = parser.parse_args(argv)
    results = []
    for name in [s.strip() for s in args.sizes.split(",") if s.strip()]:
        if name not in SIZES:
            parser.error(f"unknown size {name!r}; choose from {', '.join(SIZES)}")
        folder = CACHE / name
        meta_path = folder / "meta.json"
        meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        # A clinic cached by an older schema is built again: the plain copy is not
        # migrated, and both stores must hold the same schema to be compared.
        if args.rebuild or meta.get("schema") != head_revision():
            print(f"building {name} demo clinic in {folder} ...", flush=True)
            meta = build(name, folder, date.today())
        today = date.fromisoformat(meta["today"])
        keys = FileKeyStore(folder)

        def encrypted(folder: Path = folder, keys: FileKeyStore = keys) -> Store:
            # The app's open path, integrity policy included (store/open_check.py): the
            # store is closed cleanly each time, so reopening makes the cheap check.
            return open_store(folder, key_store=keys)

        prefixes = typed_prefixes(plain_engine(folder / "plain.db"))
        encrypted().close()  # a clean close, so the plan below is the reopening one
        check = plan_check(folder, folder / "clinic.db")
        store_id = read_store_id(folder)
        assert store_id is not None, f"{folder} holds no store.json"
        key = keys.load_key(store_id)
        opens = {
            "sqlcipher": lambda folder=folder, key=key, check=check: open_checked(
                open_engine(folder / "clinic.db", key, integrity_check=False),
                folder / "clinic.db",
                check,
            ),
            "plain": lambda folder=folder, check=check: open_checked(
                plain_engine(folder / "plain.db"), folder / "plain.db", check
            ),
        }
        store = encrypted()
        plain = plain_engine(folder / "plain.db")
        try:
            rows = measure({"sqlcipher": store.engine, "plain": plain}, prefixes, today)
        finally:
            store.close()
            plain.dispose()
        for label, row in rows.items():
            row.update(size=name, check=check.kind, open=median_ms(opens[label]), **meta)
            if label == "sqlcipher":
                row["app_open"] = median_ms(encrypted)
            results.append(row)
        print(f"  measured {name}", flush=True)
    print_table(results)


def print_table(results: list[dict[str, Any]]) -> None:
    header = (
        f"{'size':7} {'store':9} {'patients':>8} {'appts':>9} {'gen s':>6} {'open ms':>8} "
        f"{'search p50/p95 ms':>18} {'fts p50/p95 ms':>15} {'day p50/p95 ms':>15} "
        f"{'appts/day':>9}"
    )
    print()
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r['size']:7} {r['store']:9} {r['patients']:>8,} {r['appointments']:>9,} "
            f"{r['generation_s'] if r['store'] == 'sqlcipher' else '':>6} {r['open']:>8.1f} "
            f"{r['search'][0]:>8.2f} / {r['search'][1]:<7.2f} "
            f"{r['fts'][0]:>6.2f} / {r['fts'][1]:<6.2f} "
            f"{r['day'][0]:>6.2f} / {r['day'][1]:<6.2f} {r['per_day']:>9}"
        )
    by_size: dict[str, dict[str, dict[str, Any]]] = {}
    for r in results:
        by_size.setdefault(r["size"], {})[r["store"]] = r
    print()
    for size, pair in by_size.items():
        if {"sqlcipher", "plain"} <= pair.keys():
            enc, plain = pair["sqlcipher"], pair["plain"]
            print(
                f"{size}: SQLCipher/plain  search p95 {enc['search'][1] / plain['search'][1]:.2f}x"
                f"  fts p95 {enc['fts'][1] / plain['fts'][1]:.2f}x"
                f"  day p95 {enc['day'][1] / plain['day'][1]:.2f}x"
                f"  open ({enc['check']} check) {enc['open'] / plain['open']:.2f}x"
                f"  (app open_store {enc['app_open']:.1f} ms)"
            )


if __name__ == "__main__":
    main()
