"""Open the clinic's store and sign in the user a command runs as.

Commands that read or change clinic data run inside ``with open_session(ctx) as
services:``; permissions and the audit trail then apply to the command line exactly as
they do in the window.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

from clinicdesk.commands.context import CommandContext
from clinicdesk.services.accounts import SignInPolicy, sign_in
from clinicdesk.services.context import ServiceContext
from clinicdesk.settings import load_settings
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import Store, open_store
from clinicdesk.store.uow import SqlUnitOfWork


def workstation_name() -> str:
    """This PC's name as the audit trail records it."""
    return socket.gethostname() or "unknown"


@contextmanager
def open_clinic_store(ctx: CommandContext) -> Iterator[Store]:
    """The open store of ``ctx.data_dir``; closed (WAL checkpointed) when the block ends."""
    store = open_store(ctx.data_dir, key_store=KeyringKeyStore())
    try:
        yield store
    finally:
        store.close()


@contextmanager
def open_session(ctx: CommandContext) -> Iterator[ServiceContext]:
    """A signed-in service context for ``--user`` (password from CLINICDESK_PASSWORD or
    asked on the terminal)."""
    username = ctx.require_user()
    with open_clinic_store(ctx) as store:

        def uow_factory() -> SqlUnitOfWork:
            return SqlUnitOfWork(store.engine)

        lock_after = load_settings(ctx.data_dir).settings.sign_in_lock_after
        actor = sign_in(
            uow_factory,
            username,
            ctx.password(),
            workstation_name(),
            policy=SignInPolicy(lock_after=lock_after),
        )
        yield ServiceContext(uow_factory=uow_factory, actor=actor)
