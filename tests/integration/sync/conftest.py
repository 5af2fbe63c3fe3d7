"""Real PostgreSQL for sync tests: each test gets its own database, dropped afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from clinicdesk.store.testing import make_test_engine
from clinicdesk.sync.client import SyncTarget
from clinicdesk.sync.server_schema import server_init

ADMIN_URL = os.environ.get("CLINICDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")

pytestmark = pytest.mark.postgres


def _admin() -> psycopg.Connection:
    return psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5)


@pytest.fixture
def postgres_reachable() -> str:
    """The admin URL, or a skip naming why PostgreSQL cannot be reached (CI counts a skip
    as a failure; a developer without PostgreSQL sees the reason, not a traceback)."""
    try:
        with _admin():
            pass
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {_where(ADMIN_URL)}: {exc}")
    return ADMIN_URL


def _where(url: str) -> str:
    params = psycopg.conninfo.conninfo_to_dict(url)
    host, port = params.get("host", "localhost"), params.get("port", 5432)
    return f"{host}:{port}/{params.get('dbname', '')}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database (created from template0) for one test."""
    name = f"cd_sync_{uuid.uuid4().hex[:16]}"
    try:
        with _admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    url = psycopg.conninfo.make_conninfo(ADMIN_URL, dbname=name)
    try:
        yield url
    finally:
        with _admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def server_url(pg_url: str) -> str:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        server_init(conn)
    return pg_url


@pytest.fixture
def target(server_url: str) -> SyncTarget:
    return SyncTarget(url=server_url, deadline_seconds=10, connect_timeout=3)


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[[str], Engine]]:
    engines: list[Engine] = []

    def make(name: str) -> Engine:
        engine = make_test_engine(tmp_path / f"{name}.db")
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.dispose()
