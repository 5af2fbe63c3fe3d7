"""Named user accounts and their roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    PROVIDER = "provider"
    MANAGER = "manager"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class User:
    id: str
    username: str
    display_name: str
    role: Role
    password_hash: str
    updated_at: datetime
    active: bool = True
    provider_id: str | None = None  # for role PROVIDER: whose schedule is "own"
    failed_attempts: int = 0
    locked: bool = False
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is doing something right now: the signed-in user, as services see them."""

    user_id: str
    username: str
    role: Role
    workstation: str = ""
    provider_id: str | None = None
