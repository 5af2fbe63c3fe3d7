"""User accounts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.users import Role, User
from clinicdesk.store.repositories._rows import update_row
from clinicdesk.store.tables import users


def _user_to_row(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role.value,
        "password_hash": user.password_hash,
        "active": user.active,
        "provider_id": user.provider_id,
        "failed_attempts": user.failed_attempts,
        "locked": user.locked,
        "updated_at": user.updated_at,
        "deleted": user.deleted,
    }


def _row_to_user(row: RowMapping) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        display_name=row["display_name"],
        role=Role(row["role"]),
        password_hash=row["password_hash"],
        active=bool(row["active"]),
        provider_id=row["provider_id"],
        failed_attempts=row["failed_attempts"],
        locked=bool(row["locked"]),
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


class SqlUserRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, user: User) -> None:
        self._connection.execute(users.insert().values(_user_to_row(user)))

    def update(self, user: User) -> None:
        update_row(self._connection, users, _user_to_row(user), "user account")

    def get(self, user_id: str) -> User | None:
        row = (
            self._connection.execute(select(users).where(users.c.id == user_id)).mappings().first()
        )
        return None if row is None else _row_to_user(row)

    def by_username(self, username: str) -> User | None:
        row = (
            self._connection.execute(
                select(users).where(users.c.username == username, users.c.deleted.is_(False))
            )
            .mappings()
            .first()
        )
        return None if row is None else _row_to_user(row)

    def list(self) -> list[User]:
        rows = self._connection.execute(
            select(users).where(users.c.deleted.is_(False)).order_by(users.c.username)
        ).mappings()
        return [_row_to_user(row) for row in rows]
