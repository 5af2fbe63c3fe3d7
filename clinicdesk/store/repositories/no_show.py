"""The no-show models and the manager's settings for them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert

from clinicdesk.store.tables import no_show_models, no_show_settings

# Older models are dropped when a new one is saved: the latest few are enough to compare.
KEEP_MODELS = 3


class SqlNoShowRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def save_model(
        self, model_id: str, model: dict[str, Any], trained_at: datetime, trained_by: str
    ) -> None:
        self._connection.execute(
            no_show_models.insert().values(
                id=model_id, trained_at=trained_at, trained_by=trained_by, model=model
            )
        )
        kept = select(no_show_models.c.id).order_by(no_show_models.c.trained_at.desc())
        self._connection.execute(
            delete(no_show_models).where(
                no_show_models.c.id.not_in(kept.limit(KEEP_MODELS).scalar_subquery())
            )
        )

    def latest_model(self) -> tuple[dict[str, Any], datetime] | None:
        row = self._connection.execute(
            select(no_show_models.c.model, no_show_models.c.trained_at)
            .order_by(no_show_models.c.trained_at.desc())
            .limit(1)
        ).first()
        return None if row is None else (row[0], row[1])

    def settings(self) -> dict[str, str]:
        rows = self._connection.execute(select(no_show_settings.c.name, no_show_settings.c.value))
        return {name: value for name, value in rows}

    def save_setting(self, name: str, value: str, at: datetime) -> None:
        statement = insert(no_show_settings).values(name=name, value=value, updated_at=at)
        self._connection.execute(
            statement.on_conflict_do_update(
                index_elements=[no_show_settings.c.name],
                set_={"value": value, "updated_at": at},
            )
        )
