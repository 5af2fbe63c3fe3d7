"""The clinic's security settings and the per-name count of failed sign-ins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert

from clinicdesk.store.tables import security_settings, sign_in_failures


class SqlSecurityRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def settings(self) -> dict[str, str]:
        rows = self._connection.execute(select(security_settings.c.name, security_settings.c.value))
        return {name: value for name, value in rows}

    def save_setting(self, name: str, value: str, at: datetime) -> None:
        statement = insert(security_settings).values(name=name, value=value, updated_at=at)
        self._connection.execute(
            statement.on_conflict_do_update(
                index_elements=[security_settings.c.name],
                set_={"value": value, "updated_at": at},
            )
        )

    def failure_record(self, name_key: str) -> tuple[int, datetime | None]:
        """(failures in a row, when the last one was) for ``name_key``; (0, None) if none."""
        row = self._connection.execute(
            select(sign_in_failures.c.failures, sign_in_failures.c.last_failed_at).where(
                sign_in_failures.c.name_key == name_key
            )
        ).first()
        return (0, None) if row is None else (int(row[0]), row[1])

    def forget_failures_before(self, instant: datetime) -> None:
        self._connection.execute(
            delete(sign_in_failures).where(sign_in_failures.c.last_failed_at < instant)
        )

    def count_failure(self, name_key: str, at: datetime) -> int:
        """One more failure in a row for ``name_key``; the new count."""
        statement = insert(sign_in_failures).values(
            name_key=name_key, failures=1, last_failed_at=at
        )
        self._connection.execute(
            statement.on_conflict_do_update(
                index_elements=[sign_in_failures.c.name_key],
                set_={"failures": sign_in_failures.c.failures + 1, "last_failed_at": at},
            )
        )
        return self.failure_record(name_key)[0]

    def clear_failures(self, name_key: str) -> None:
        self._connection.execute(
            delete(sign_in_failures).where(sign_in_failures.c.name_key == name_key)
        )
