"""Schema migrations (Alembic), run in code at create and open: no alembic.ini at run time.

Every upgrade runs inside one SQLite transaction (SQLite DDL is transactional once the
driver is told to BEGIN, see engine.py), so a failed migration leaves the file as it was.
A store whose revision this version does not know was written by a newer clinicdesk and
is refused before anything is changed.

Developers make a new revision from tables.py with::

    python -m clinicdesk.store.migrate revision "add patient pronouns"
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine

from clinicdesk.store.errors import (
    CorruptStoreError,
    MigrationFailedError,
    NewerStoreError,
    NotADatabaseError,
    StoreError,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Alembic is imported only where a migration is read or run: opening an up-to-date store
# (every command and every sign-in) needs only the stored revision, and importing
# Alembic cost about a third of a second of each command's start.
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


# Made by hand-written migrations, not described in tables.py: the FTS5 patient index
# (and its shadow tables) and its docid map.
HAND_MADE_TABLE_PREFIXES = ("patient_search",)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the hand-made tables alone, so autogenerate never drops them; any other
    table found in the store but missing from tables.py still shows as a difference."""
    if type_ == "table" and reflected and compare_to is None:
        return not (name or "").startswith(HAND_MADE_TABLE_PREFIXES)
    return True


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    # Numbered files (0001_initial_schema.py) read in order in a file listing.
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    return config


# The newest shipped revision, so that opening an up-to-date store (every start but the
# first after an upgrade) need not load and compile every migration script: that was 14 ms
# of a 21 ms open. A test keeps it equal to the scripts' head.
SHIPPED_HEAD = "0011"
_SHIPPED_MIGRATIONS_DIR = MIGRATIONS_DIR


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations found in {script_location}")
    return head


def current_revision(connection: Connection) -> str | None:
    """The store's schema revision, or None for a store with no schema yet."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _stored_revision(connection: Connection) -> str | None:
    """The revision in Alembic's version table, read without loading Alembic."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def upgrade_store(
    engine: Engine,
    db_path: Path,
    *,
    new_store: bool = False,
    script_location: Path | None = None,
) -> tuple[str | None, str]:
    """Bring the store to this version's head revision in one transaction.

    Returns ``(revision before, revision after)``. Raises ``NewerStoreError`` for a store
    from a newer clinicdesk, ``NotADatabaseError`` for an existing file with no clinicdesk
    schema, ``CorruptStoreError`` if the upgraded data breaks a foreign key and
    ``MigrationFailedError`` if a migration step fails; in every case nothing is changed.
    """
    location = script_location or MIGRATIONS_DIR
    if location == _SHIPPED_MIGRATIONS_DIR:
        with engine.connect() as connection:
            if _stored_revision(connection) == SHIPPED_HEAD:
                return SHIPPED_HEAD, SHIPPED_HEAD
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(location)
    script = ScriptDirectory.from_config(config)
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        # A table rebuild (batch mode) drops and renames tables; with foreign keys enforced
        # that would cascade or fail. SQLite ignores this PRAGMA inside a transaction, so it
        # is set before BEGIN and the keys are checked as a whole before COMMIT instead.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                before = current_revision(connection)
                if before is None and not new_store:
                    raise NotADatabaseError(db_path, "it holds no clinicdesk data")
                if before is not None and not _is_known(script, before):
                    raise NewerStoreError(db_path, before)
                head = script.get_current_head()
                if before != head:
                    config.attributes["connection"] = connection
                    try:
                        command.upgrade(config, "head")
                    except StoreError:
                        raise
                    except Exception as exc:
                        raise MigrationFailedError(db_path, before, head) from exc
                    _check_foreign_keys(connection, db_path)
                after = current_revision(connection)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    assert after is not None
    return before, after


def _is_known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _check_foreign_keys(connection: Connection, db_path: Path) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        raise CorruptStoreError(
            db_path, f"the upgrade left broken links in {', '.join(tables)}; nothing was changed"
        )


def make_revision(message: str, script_location: Path = MIGRATIONS_DIR) -> Any:
    """Autogenerate the next numbered revision by comparing tables.py with the schema at
    head (built in a throw-away in-memory database: no store or key involved)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(script_location)
    script = ScriptDirectory.from_config(config)
    numbers = [
        int(match.group(1))
        for rev in script.walk_revisions()
        if (match := re.fullmatch(r"(\d+)", rev.revision))
    ]
    rev_id = f"{max(numbers, default=0) + 1:04d}"
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            if script.get_current_head() is not None:
                command.upgrade(config, "head")
            return command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="clinicdesk store migrations (developers)")
    sub = parser.add_subparsers(dest="command", required=True)
    revision = sub.add_parser("revision", help="autogenerate the next revision from tables.py")
    revision.add_argument("message")
    sub.add_parser("heads", help="print this version's head revision")
    args = parser.parse_args(argv)
    if args.command == "revision":
        make_revision(args.message)
    else:
        print(head_revision())


if __name__ == "__main__":
    main()
