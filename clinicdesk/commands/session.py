"""Open the clinic's store and sign in the user a command runs as.

Commands that read or change clinic data run inside ``with open_session(ctx) as
services:``; permissions and the audit trail then apply to the command line exactly as
they do in the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from clinicdesk.commands.context import CommandContext

if TYPE_CHECKING:
    from clinicdesk.services.context import ServiceContext
    from clinicdesk.store.uow import SqlUnitOfWork


@contextmanager
def open_session(ctx: CommandContext) -> Iterator[ServiceContext]:
    """A signed-in service context for ``--user`` (password from CLINICDESK_PASSWORD or
    asked on the terminal). The store is closed (WAL checkpointed) when the block ends."""
    # Imported here, not at the top: every command module imports this one, and the
    # store (SQLAlchemy, Alembic) and password hashing (argon2) would otherwise load for
    # `clinicdesk --help` too (cli start-up ~2 s -> well under 0.5 s).
    from clinicdesk.bootstrap import open_clinic_store, protected_folders, workstation_name
    from clinicdesk.services.accounts import sign_in
    from clinicdesk.services.context import ServiceContext
    from clinicdesk.settings import load_settings
    from clinicdesk.store.uow import SqlUnitOfWork

    username = ctx.require_user()
    # A hand-edited settings.json falls back to defaults; say so rather than stay quiet.
    for problem in load_settings(ctx.data_dir).problems:
        ctx.warn(problem)
    store = open_clinic_store(ctx.data_dir)
    try:

        def uow_factory() -> SqlUnitOfWork:
            return SqlUnitOfWork(store.engine)

        actor = sign_in(
            uow_factory,
            username,
            ctx.password(),
            workstation_name(ctx.data_dir),
        )
        yield ServiceContext(
            uow_factory=uow_factory,
            actor=actor,
            protected_folders=protected_folders(ctx.data_dir),
        )
    finally:
        store.close()
