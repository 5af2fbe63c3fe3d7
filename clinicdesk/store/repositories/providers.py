"""Providers, their weekly working hours and schedule exceptions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.providers import ExceptionKind, Provider, ScheduleException, WorkingHours
from clinicdesk.store.repositories._rows import insert_many, update_row
from clinicdesk.store.tables import providers, schedule_exceptions, working_hours


def provider_to_row(provider: Provider) -> dict[str, Any]:
    return {
        "id": provider.id,
        "name": provider.name,
        "title": provider.title,
        "specialty": provider.specialty,
        "colour": provider.colour,
        "bookable": provider.bookable,
        "max_parallel": provider.max_parallel,
        "updated_at": provider.updated_at,
        "deleted": provider.deleted,
    }


def row_to_provider(row: RowMapping) -> Provider:
    return Provider(
        id=row["id"],
        name=row["name"],
        title=row["title"],
        specialty=row["specialty"],
        colour=row["colour"],
        bookable=bool(row["bookable"]),
        max_parallel=row["max_parallel"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


def _range_to_json(value: TimeRange) -> list[str]:
    return [value.start.strftime("%H:%M"), value.end.strftime("%H:%M")]


def _range_from_json(value: list[str]) -> TimeRange:
    return TimeRange(time.fromisoformat(value[0]), time.fromisoformat(value[1]))


def hours_to_row(hours: WorkingHours) -> dict[str, Any]:
    return {
        "id": hours.id,
        "provider_id": hours.provider_id,
        "weekday": hours.weekday,
        "start": hours.hours.start,
        "end": hours.hours.end,
        "breaks": [_range_to_json(b) for b in hours.breaks],
        "effective_from": hours.effective_from,
        "effective_to": hours.effective_to,
        "room_id": hours.room_id,
        "updated_at": hours.updated_at,
        "deleted": hours.deleted,
    }


def row_to_hours(row: RowMapping) -> WorkingHours:
    return WorkingHours(
        id=row["id"],
        provider_id=row["provider_id"],
        weekday=row["weekday"],
        hours=TimeRange(row["start"], row["end"]),
        breaks=tuple(_range_from_json(b) for b in row["breaks"]),
        effective_from=row["effective_from"],
        effective_to=row["effective_to"],
        room_id=row["room_id"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


def exception_to_row(exception: ScheduleException) -> dict[str, Any]:
    return {
        "id": exception.id,
        "provider_id": exception.provider_id,
        "kind": exception.kind.value,
        "first_day": exception.first_day,
        "last_day": exception.last_day,
        "start": exception.start,
        "end": exception.end,
        "reason": exception.reason,
        "updated_at": exception.updated_at,
        "deleted": exception.deleted,
    }


def row_to_exception(row: RowMapping) -> ScheduleException:
    return ScheduleException(
        id=row["id"],
        provider_id=row["provider_id"],
        kind=ExceptionKind(row["kind"]),
        first_day=row["first_day"],
        last_day=row["last_day"],
        start=row["start"],
        end=row["end"],
        reason=row["reason"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


class SqlProviderRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, provider: Provider) -> None:
        self._connection.execute(providers.insert().values(provider_to_row(provider)))

    def update(self, provider: Provider) -> None:
        update_row(self._connection, providers, provider_to_row(provider), "provider")

    def get(self, provider_id: str) -> Provider | None:
        row = (
            self._connection.execute(
                select(providers).where(
                    providers.c.id == provider_id, providers.c.deleted.is_(False)
                )
            )
            .mappings()
            .first()
        )
        return None if row is None else row_to_provider(row)

    def list(self) -> list[Provider]:
        rows = self._connection.execute(
            select(providers).where(providers.c.deleted.is_(False)).order_by(providers.c.name)
        ).mappings()
        return [row_to_provider(row) for row in rows]


class SqlScheduleRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add_hours(self, hours: WorkingHours) -> None:
        self._connection.execute(working_hours.insert().values(hours_to_row(hours)))

    def add_hours_many(self, items: Iterable[WorkingHours]) -> None:
        insert_many(self._connection, working_hours, (hours_to_row(h) for h in items))

    def update_hours(self, hours: WorkingHours) -> None:
        update_row(self._connection, working_hours, hours_to_row(hours), "working hours")

    def hours_for(self, provider_ids: Sequence[str] | None = None) -> list[WorkingHours]:
        query = select(working_hours).where(working_hours.c.deleted.is_(False))
        if provider_ids is not None:
            query = query.where(working_hours.c.provider_id.in_(list(provider_ids)))
        rows = self._connection.execute(
            query.order_by(working_hours.c.provider_id, working_hours.c.weekday)
        ).mappings()
        return [row_to_hours(row) for row in rows]

    def add_exception(self, exception: ScheduleException) -> None:
        self._connection.execute(schedule_exceptions.insert().values(exception_to_row(exception)))

    def update_exception(self, exception: ScheduleException) -> None:
        update_row(self._connection, schedule_exceptions, exception_to_row(exception), "exception")

    def exceptions_between(
        self, first_day: date, last_day: date, provider_ids: Sequence[str] | None = None
    ) -> list[ScheduleException]:
        table = schedule_exceptions
        query = select(table).where(
            table.c.deleted.is_(False), table.c.first_day <= last_day, table.c.last_day >= first_day
        )
        if provider_ids is not None:
            query = query.where(table.c.provider_id.in_(list(provider_ids)))
        rows = self._connection.execute(query.order_by(table.c.first_day)).mappings()
        return [row_to_exception(row) for row in rows]
