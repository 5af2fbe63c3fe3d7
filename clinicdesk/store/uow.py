"""The SQL unit of work: one connection, one transaction, all repositories on it."""

from __future__ import annotations

from contextlib import AbstractContextManager
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from clinicdesk.domain.errors import StoreError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.store.bulk_load import BULK_TABLES, bulk_load
from clinicdesk.store.engine import BEGIN_IMMEDIATE_FLAG
from clinicdesk.store.repositories.appointments import SqlAppointmentRepository
from clinicdesk.store.repositories.audit import SqlAuditTrail
from clinicdesk.store.repositories.catalog import SqlCatalogRepository
from clinicdesk.store.repositories.messages import SqlMessageRepository
from clinicdesk.store.repositories.no_show import SqlNoShowRepository
from clinicdesk.store.repositories.patients import SqlPatientRepository
from clinicdesk.store.repositories.providers import SqlProviderRepository, SqlScheduleRepository
from clinicdesk.store.repositories.recalls import SqlRecallRepository
from clinicdesk.store.repositories.security import SqlSecurityRepository
from clinicdesk.store.repositories.sync_conflicts import SqlSyncConflictRepository
from clinicdesk.store.repositories.users import SqlUserRepository
from clinicdesk.store.repositories.waitlist import SqlWaitlistRepository


class SqlUnitOfWork:
    """Use as ``with uow: ...; uow.commit()``. Leaving without commit rolls back.

    Database errors are turned into ClinicErrors here, at the edge of the store, so a
    full disk or a busy file reaches the user as a sentence, not a traceback.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Connection | None = None
        self._reading = False

    def for_reading(self) -> Self:
        """Make this unit of work read-only (call before ``with``).

        It takes no write lock, so a search or a day view never waits behind a writer (a
        sync, a backup, another window's booking): in WAL mode it reads the last commit.
        Any write inside it fails (``PRAGMA query_only``).
        """
        self._reading = True
        return self

    def __enter__(self) -> Self:
        try:
            connection = self._engine.connect()
        except DBAPIError as error:
            raise StoreError(describe_database_error(error)) from error
        # BEGIN IMMEDIATE takes the write lock up front, so two windows or processes never
        # both pass a conflict check and then both write the same slot.
        connection.info[BEGIN_IMMEDIATE_FLAG] = not self._reading
        try:
            connection.begin()
            if self._reading:
                _raw(connection).execute("PRAGMA query_only = ON")
        except DBAPIError as error:
            # Past the busy timeout another writer still holds the lock: say so plainly.
            connection.info.pop(BEGIN_IMMEDIATE_FLAG, None)
            connection.close()
            raise StoreError(describe_database_error(error)) from error
        self._connection = connection
        self.patients = SqlPatientRepository(connection)
        self.providers = SqlProviderRepository(connection)
        self.catalog = SqlCatalogRepository(connection)
        self.schedules = SqlScheduleRepository(connection)
        self.appointments = SqlAppointmentRepository(connection)
        self.waitlist = SqlWaitlistRepository(connection)
        self.users = SqlUserRepository(connection)
        self.security = SqlSecurityRepository(connection)
        self.audit = SqlAuditTrail(connection)
        self.sync_conflicts = SqlSyncConflictRepository(connection)
        self.messages = SqlMessageRepository(connection)
        self.no_show = SqlNoShowRepository(connection)
        self.recalls = SqlRecallRepository(connection)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        connection = self._connection
        self._connection = None
        if connection is None:
            return
        try:
            if connection.in_transaction():
                connection.rollback()
        finally:
            try:
                if self._reading:
                    # The pooled connection goes back writable for the next unit of work.
                    _raw(connection).execute("PRAGMA query_only = OFF")
            finally:
                connection.close()
        if isinstance(exc, IntegrityError):
            raise ValidationError(
                tr(
                    "uow",
                    "That change refers to a record that does not exist or repeats one that "
                    "does.",
                )
            ) from exc
        if isinstance(exc, DBAPIError):
            raise StoreError(describe_database_error(exc)) from exc

    @property
    def connection(self) -> Connection:
        if self._connection is None:
            raise RuntimeError("unit of work used outside its with-block")
        return self._connection

    def commit(self) -> None:
        try:
            self.connection.commit()
        except DBAPIError as error:
            self.audit.forget_unpublished()
            raise StoreError(describe_database_error(error)) from error
        self.audit.publish_head()

    def rollback(self) -> None:
        self.audit.forget_unpublished()
        self.connection.rollback()

    def bulk_load(self, *tables: str) -> AbstractContextManager[None]:
        """Around a large ``add_many`` (the demo clinic, imports): indexes and the patient
        search index are rebuilt once at the end instead of row by row (store/bulk_load.py).
        ``tables``: which of patients and appointments are loaded; none named means both."""
        return bulk_load(self.connection, tables or BULK_TABLES)


def _raw(connection: Connection) -> Any:
    """The DB-API connection, for PRAGMAs that must not start a SQLAlchemy transaction."""
    return connection.connection.dbapi_connection


def describe_database_error(error: DBAPIError) -> str:
    """A receptionist-readable sentence for a low-level database failure."""
    text = str(error.orig).lower() if error.orig is not None else str(error).lower()
    if "full" in text:
        return "The disk is full: nothing was saved. Free some space and try again."
    if "locked" in text or "busy" in text:
        return "The clinic data is busy in another window or program: nothing was saved. Try again."
    if "readonly" in text or "read-only" in text:
        return "The clinic data file is read-only: nothing was saved."
    if "malformed" in text or "not a database" in text:
        return "The clinic data file is damaged: nothing was saved. Restore from a backup."
    return "The change could not be saved because of a database error; nothing was saved."
