"""A fresh PostgreSQL database with the sync schema per test (as tests/integration/sync)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from clinicdesk.sync.server_schema import server_init

ADMIN_URL = os.environ.get("CLINICDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def server_url() -> Iterator[str]:
    name = f"cd_gui_{uuid.uuid4().hex[:16]}"
    try:
        with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5) as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    url = psycopg.conninfo.make_conninfo(ADMIN_URL, dbname=name)
    with psycopg.connect(url, autocommit=True) as conn:
        server_init(conn)
    try:
        yield url
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
