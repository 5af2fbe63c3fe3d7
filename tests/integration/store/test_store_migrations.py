"""Migrations: an older store is upgraded at open, whole or not at all."""

from __future__ import annotations

import shutil
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, insert, inspect, select, text

from clinicdesk.store import migrate, tables
from clinicdesk.store.errors import MigrationFailedError
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import Store, open_store
from clinicdesk.store.migrate import MIGRATIONS_DIR, head_revision, include_object, upgrade_store
from clinicdesk.store.search_index import CREATE_FTS_TABLE, drop_patient_search_index
from clinicdesk.store.uow import SqlUnitOfWork

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _scripts_with(tmp_path: Path, body: str) -> Path:
    """A copy of the shipped migrations plus one more revision after the current head."""
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (location / "versions" / "9000_test_step.py").write_text(
        f"revision = '9000'\ndown_revision = {head!r}\nbranch_labels = None\n"
        "depends_on = None\n\n" + textwrap.dedent(body)
    )
    return location


def _add_provider_with_hours(store: Store) -> None:
    with store.engine.begin() as connection:
        connection.execute(
            insert(tables.providers),
            {"id": "pr-1", "name": "Lee", "specialty": "GP", "updated_at": NOW},
        )
        connection.execute(
            insert(tables.working_hours),
            {
                "id": "wh-1",
                "provider_id": "pr-1",
                "weekday": 0,
                "start": datetime(2026, 1, 1, 8).time(),
                "end": datetime(2026, 1, 1, 17).time(),
                "effective_from": NOW.date(),
                "updated_at": NOW,
            },
        )


def _columns(engine: Engine, table: str) -> set[str]:
    with engine.connect() as connection:
        return {column["name"] for column in inspect(connection).get_columns(table)}


def _revision(engine: Engine) -> str:
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()


def test_the_shipped_migrations_build_exactly_tables_py(created: tuple[Store, str]) -> None:
    """A change to tables.py without a migration fails here."""
    store, _ = created
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        differences = compare_metadata(context, tables.metadata)
    assert differences == []


UPGRADE_REBUILDING_PROVIDERS = """
    import sqlalchemy as sa
    from alembic import op

    def upgrade():
        # recreate="always": the drop-copy-rename rebuild that most SQLite changes need,
        # on a table other tables point at.
        with op.batch_alter_table("providers", recreate="always") as batch:
            batch.add_column(sa.Column("pronouns", sa.Text(), nullable=False, server_default=""))
"""


def test_an_older_store_is_upgraded_at_open_keeping_its_data(
    created: tuple[Store, str],
    data_dir: Path,
    key_store: KeyringKeyStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _ = created
    _add_provider_with_hours(store)
    store.close()
    monkeypatch.setattr(
        migrate, "MIGRATIONS_DIR", _scripts_with(tmp_path, UPGRADE_REBUILDING_PROVIDERS)
    )
    with open_store(data_dir, key_store=key_store) as upgraded:
        assert _revision(upgraded.engine) == "9000"
        assert "pronouns" in _columns(upgraded.engine, "providers")
        with upgraded.engine.connect() as connection:
            assert (
                connection.execute(select(tables.working_hours.c.provider_id)).scalar_one()
                == "pr-1"
            )
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    # Opening again is a no-op at the new head.
    with open_store(data_dir, key_store=key_store) as again:
        assert _revision(again.engine) == "9000"


FAILING_UPGRADE = """
    import sqlalchemy as sa
    from alembic import op

    def upgrade():
        with op.batch_alter_table("providers", recreate="always") as batch:
            batch.add_column(sa.Column("pronouns", sa.Text(), nullable=False, server_default=""))
        op.create_table("half_done", sa.Column("id", sa.Text(), primary_key=True))
        op.execute("UPDATE providers SET name = 'overwritten'")
        raise RuntimeError("step two of the upgrade failed")
"""


def test_a_failed_upgrade_leaves_the_store_as_it_was(
    created: tuple[Store, str],
    data_dir: Path,
    key_store: KeyringKeyStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _ = created
    _add_provider_with_hours(store)
    store.close()
    before_revision = head_revision()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _scripts_with(tmp_path, FAILING_UPGRADE))
    with pytest.raises(MigrationFailedError, match="Nothing was changed") as raised:
        open_store(data_dir, key_store=key_store)
    assert isinstance(raised.value.__cause__, RuntimeError)
    monkeypatch.undo()
    with open_store(data_dir, key_store=key_store) as reopened:
        engine = reopened.engine
        assert _revision(engine) == before_revision
        assert "pronouns" not in _columns(engine, "providers")
        with engine.connect() as connection:
            assert not inspect(connection).has_table("half_done")
            assert connection.execute(select(tables.providers.c.name)).scalar_one() == "Lee"
            assert connection.execute(select(tables.working_hours.c.id)).scalar_one() == "wh-1"


def test_upgrade_reports_the_revisions(created: tuple[Store, str], tmp_path: Path) -> None:
    store, _ = created
    location = _scripts_with(tmp_path, "def upgrade():\n    pass\n")
    assert upgrade_store(store.engine, store.db_path, script_location=location) == (
        head_revision(),
        "9000",
    )
    assert upgrade_store(store.engine, store.db_path, script_location=location) == ("9000", "9000")


def test_a_store_with_the_0003_search_index_gets_the_names_copy(
    created: tuple[Store, str], data_dir: Path, key_store: KeyringKeyStore
) -> None:
    """0004 rebuilds the search index of a store made before the docs table held names."""
    store, _ = created
    with store.engine.begin() as connection:
        for n, family in enumerate(("Zeta", "Alpha", "Mid")):
            connection.execute(
                insert(tables.patients),
                {
                    "id": f"p-{n}",
                    "given": "Anna",
                    "family": family,
                    "birth_date": NOW.date(),
                    "updated_at": NOW,
                },
            )
        # The search index exactly as revision 0003 left it: no names in the docs table.
        drop_patient_search_index(connection)
        connection.exec_driver_sql(
            "CREATE TABLE patient_search_docs (docid INTEGER PRIMARY KEY, "
            "patient_id TEXT NOT NULL UNIQUE)"
        )
        connection.exec_driver_sql(CREATE_FTS_TABLE)
        # ...and without the tables later revisions add.
        connection.exec_driver_sql("DROP TABLE security_settings")
        connection.exec_driver_sql("DROP TABLE sign_in_failures")
        for table in ("message_consents", "inbound_messages", "message_settings"):
            connection.exec_driver_sql(f"DROP TABLE {table}")
        for index in ("ix_outbound_messages_state_send_after", "ix_outbound_messages_patient"):
            connection.exec_driver_sql(f"DROP INDEX {index}")
        for column in ("address", "gateway_id", "last_error", "sent_at", "claimed_by"):
            connection.exec_driver_sql(f"ALTER TABLE outbound_messages DROP COLUMN {column}")
        connection.exec_driver_sql("DROP TABLE no_show_models")
        connection.exec_driver_sql("DROP TABLE no_show_settings")
        connection.exec_driver_sql("ALTER TABLE patients DROP COLUMN language")
        connection.exec_driver_sql("DROP TABLE recalls")
        connection.exec_driver_sql("DROP TABLE recall_types")
        connection.exec_driver_sql("DROP TABLE import_sources")
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0003'")
    store.close()
    with open_store(data_dir, key_store=key_store) as upgraded:
        assert _revision(upgraded.engine) == head_revision()
        assert {"family", "given"} <= _columns(upgraded.engine, "patient_search_docs")
        with SqlUnitOfWork(upgraded.engine) as uow:
            assert [p.family for p in uow.patients.search("anna")] == ["Alpha", "Mid", "Zeta"]


def test_the_shipped_head_constant_is_the_newest_migration() -> None:
    """Opening an up-to-date store trusts SHIPPED_HEAD instead of loading the scripts."""
    assert head_revision() == migrate.SHIPPED_HEAD


def test_an_up_to_date_store_opens_without_loading_the_migration_scripts(
    created: tuple[Store, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = created

    def no_scripts(*_args: object) -> None:
        raise AssertionError("the migration scripts were loaded")

    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    monkeypatch.setattr(ScriptDirectory, "from_config", no_scripts)
    monkeypatch.setattr(MigrationContext, "configure", no_scripts)
    head = migrate.SHIPPED_HEAD
    assert upgrade_store(store.engine, store.db_path) == (head, head)


def test_the_modules_every_command_opens_the_store_with_do_not_load_alembic() -> None:
    """Alembic is needed only to run a migration; importing it cost every command and
    every sign-in about a third of a second."""
    import subprocess
    import sys

    probe = (
        "import sys, clinicdesk.bootstrap, clinicdesk.store.lifecycle, clinicdesk.store.backup;"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
