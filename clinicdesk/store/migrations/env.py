"""Alembic environment for the encrypted local store.

clinicdesk.store.migrate hands over an open connection, already inside a transaction,
through ``config.attributes["connection"]``; this file never opens the store itself
(only the app holds the key).
"""

from __future__ import annotations

from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.types import TypeDecorator

from clinicdesk.store.migrate import include_object
from clinicdesk.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run clinicdesk migrations through clinicdesk.store.migrate, not the alembic "
        "command line: the store is encrypted."
    )


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Write app column types (UTCInstant, JsonText...) as their storage type, so an old
    migration keeps working when the Python-side type changes later."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        impl = obj.impl_instance
        return f"sa.{impl!r}"
    return False


context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
    render_as_batch=True,
    compare_type=True,
    render_item=render_item,
    include_object=include_object,
)

with context.begin_transaction():
    context.run_migrations()
