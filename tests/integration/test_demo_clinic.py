"""The demo clinic: same seed same clinic, hours respected, nobody double-booked."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from clinicdesk.domain.appointments import Appointment, Status
from clinicdesk.domain.availability import working_intervals
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.errors import PermissionDeniedError, ValidationError
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import demo as demo_module
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.demo import DemoSize, load_demo_clinic
from clinicdesk.services.patients import search_patients
from clinicdesk.store.repositories.patients import SEARCH_CANDIDATES
from clinicdesk.store.search_index import BM25_WEIGHTS, build_match_query
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
MANAGER = Actor(user_id="u-m", username="manager", role=Role.MANAGER, workstation="pc")


def demo_store(folder: Path, seed: int) -> ServiceContext:
    folder.mkdir()
    engine = make_test_engine(folder / "clinic.db")
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(
            ClinicSettings(name="Demo", time_zone="Europe/London", opening_hours={}), NOW
        )
        uow.commit()
    ctx = ServiceContext(
        uow_factory=lambda: SqlUnitOfWork(engine), actor=MANAGER, clock=lambda: NOW
    )
    load_demo_clinic(ctx, size=DemoSize.SMALL, seed=seed)
    return ctx


def everything(ctx: ServiceContext) -> tuple[list, list, list, list]:
    """The whole clinic with generated ids replaced by stable positions."""
    with ctx.uow_factory() as uow:
        providers = uow.providers.list()
        patients = uow.patients.get_many(_all_patient_ids(uow))
        appointments = uow.appointments.between(
            NOW - timedelta(days=400), NOW + timedelta(days=400)
        )
        hours = uow.schedules.hours_for()
    provider_pos = {p.id: p.name for p in providers}
    ordered_patients = sorted(patients.values(), key=lambda p: p.mrn)
    patient_pos = {p.id: p.mrn for p in ordered_patients}
    return (
        [dataclasses.replace(p, id="") for p in providers],
        [dataclasses.replace(p, id="") for p in ordered_patients],
        [
            (
                provider_pos[a.provider_id],
                patient_pos[a.patient_id],
                a.start,
                a.end,
                a.status,
                a.urgency,
                a.late_cancel,
            )
            for a in appointments
        ],
        sorted((provider_pos[h.provider_id], h.weekday, str(h.hours), h.breaks) for h in hours),
    )


def _all_patient_ids(uow) -> list[str]:
    # Every demo patient has an MRN D0000001...; search by birth year finds them all.
    ids: set[str] = set()
    for year in range(1925, 2027):
        ids.update(p.id for p in uow.patients.search(str(year), limit=10_000))
    return sorted(ids)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> ServiceContext:
    return demo_store(tmp_path_factory.mktemp("demo") / "a", seed=7)


def test_same_seed_gives_the_same_clinic(demo, tmp_path):
    again = demo_store(tmp_path / "b", seed=7)
    other = demo_store(tmp_path / "c", seed=8)
    first = everything(demo)
    assert everything(again) == first
    assert everything(other)[1] != first[1]


def test_sizes_and_mix_of_the_small_demo(demo):
    providers, patients, appointments, _hours = everything(demo)
    assert len(providers) == 8
    assert len(patients) == 5000
    assert len({p.specialty for p in providers}) >= 4
    assert 5000 < len(appointments) < 15000
    names = " ".join(f"{p.given} {p.family}" for p in patients)
    for sample in ("O'Brien", "Smith-Jones", "Ø", "ł", "ọ", "é", "ü"):
        assert sample in names
    assert any("\u4e00" <= ch <= "\u9fff" for ch in names)  # CJK
    assert any("\u0600" <= ch <= "\u06ff" for ch in names)  # Arabic
    assert any("\u0400" <= ch <= "\u04ff" for ch in names)  # Cyrillic

    past = [a for a in appointments if a[3] <= NOW]
    shares = Counter(a[4] for a in past)
    assert 0.75 < shares[Status.COMPLETED] / len(past) < 0.9
    assert 0.02 < shares[Status.NO_SHOW] / len(past) < 0.09
    assert 0.06 < shares[Status.CANCELLED] / len(past) < 0.15
    assert any(a[6] for a in past) and not all(a[6] for a in past if a[4] is Status.CANCELLED)
    future = {a[4] for a in appointments if a[2] > NOW}
    assert {Status.BOOKED, Status.CONFIRMED} <= future
    assert Status.COMPLETED not in future


def test_no_provider_is_double_booked_and_all_within_working_hours(demo):
    with demo.uow_factory() as uow:
        appointments: list[Appointment] = uow.appointments.between(
            NOW - timedelta(days=400), NOW + timedelta(days=400)
        )
        hours = uow.schedules.hours_for()
        settings = uow.catalog.get_clinic()
    assert settings is not None
    zone = clinic_zone(settings.time_zone)
    by_provider: dict[str, list[Appointment]] = defaultdict(list)
    for appointment in appointments:
        by_provider[appointment.provider_id].append(appointment)
    for provider_id, booked in by_provider.items():
        booked.sort(key=lambda a: a.start)
        for earlier, later in itertools.pairwise(booked):
            assert earlier.end <= later.start, f"double-booked at {later.start}"
        rows = [h for h in hours if h.provider_id == provider_id]
        days = sorted({a.start.astimezone(zone).date() for a in booked})
        windows = {day: working_intervals(day, rows, [], settings) for day in days}
        for appointment in booked:
            day = appointment.start.astimezone(zone).date()
            assert any(w.contains(appointment.interval) for w in windows[day]), appointment


def test_demo_patients_are_searchable(demo):
    assert search_patients(demo, "obrien")
    assert search_patients(demo, "zoe")
    assert search_patients(demo, "7700 9")


def test_a_clinic_with_data_is_refused(demo):
    with pytest.raises(ValidationError, match="already has"):
        load_demo_clinic(demo, seed=1)


def test_a_receptionist_may_not_load_the_demo(demo):
    reception = dataclasses.replace(
        demo, actor=Actor(user_id="u-r", username="desk", role=Role.RECEPTIONIST)
    )
    with pytest.raises(PermissionDeniedError):
        load_demo_clinic(reception, seed=1)


def test_unknown_size_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="size"):
        demo_store_size(tmp_path, "huge")


def demo_store_size(folder: Path, size: str) -> None:
    engine = make_test_engine(folder / "clinic.db")
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(
            ClinicSettings(name="Demo", time_zone="Europe/London", opening_hours={}), NOW
        )
        uow.commit()
    ctx = ServiceContext(
        uow_factory=lambda: SqlUnitOfWork(engine), actor=MANAGER, clock=lambda: NOW
    )
    load_demo_clinic(ctx, size=size, today=date(2026, 3, 2))


# Every candidate hit ranked the plain way: score, then the names on the patient rows.
_REFERENCE_RANKING = text(
    "WITH hits AS MATERIALIZED (SELECT rowid AS docid, bm25(patient_search, "
    f"{', '.join(map(str, BM25_WEIGHTS))}) AS score FROM patient_search "
    "WHERE patient_search MATCH :query LIMIT :candidates) "
    "SELECT p.id FROM hits JOIN patient_search_docs AS d ON d.docid = hits.docid "
    "JOIN patients AS p ON p.id = d.patient_id WHERE p.deleted = 0 "
    "ORDER BY hits.score, p.family, p.given, p.id LIMIT :limit"
)


def test_search_ranks_as_ordering_every_candidate_by_score_then_name(demo):
    with demo.uow_factory() as uow:
        names = [(p.given, p.family) for p in uow.patients.search("a", limit=40)]
        queries = ["a", "m", "ma", "jo", "s", "li", "o'", "ä"]
        queries += [f"{given} {family[:1]}" for given, family in names[::4]]
        queries += [family[:3] for _, family in names[1::4]]
        for query in queries:
            match = build_match_query(query)
            expected = uow.connection.execute(
                _REFERENCE_RANKING,
                {"query": match, "candidates": SEARCH_CANDIDATES, "limit": 20},
            ).scalars().all()
            found = [p.id for p in uow.patients.search(query, 20)]
            assert found == expected, query
            assert found or query in {"o'", "ä"}, query


def test_a_failure_while_making_appointments_leaves_the_clinic_empty(tmp_path, monkeypatch):
    """The appointments are made on a helper thread: its error must still reach the
    caller and undo the whole load, patients and search index included."""

    def failing(*_args, **_kwargs):
        yield from ()
        raise OSError("out of memory while planning appointments")

    monkeypatch.setattr(demo_module, "_appointments", failing)
    engine = make_test_engine(tmp_path / "clinic.db")
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(
            ClinicSettings(name="Demo", time_zone="Europe/London", opening_hours={}), NOW
        )
        uow.commit()
    ctx = ServiceContext(lambda: SqlUnitOfWork(engine), MANAGER, clock=lambda: NOW)
    with pytest.raises(OSError, match="planning appointments"):
        load_demo_clinic(ctx, seed=3)
    with SqlUnitOfWork(engine) as uow:
        assert uow.patients.count() == 0
        assert uow.providers.list() == []
        assert uow.patients.search("a") == []
    engine.dispose()
