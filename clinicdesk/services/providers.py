"""Providers: add, update, list (practice managers set these up; everyone reads them)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import Provider
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.services.changes import (
    require_colour,
    require_text,
    save_if_changed,
)
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.lookups import require_provider

MAX_PARALLEL_LIMIT = 10  # more than this in parallel is a typo, not a policy


@dataclass(frozen=True, slots=True)
class ProviderView:
    """A provider as lists and the CLI show them (docs/cli.md: id, name, specialty)."""

    id: str
    name: str
    title: str
    display_name: str
    specialty: str
    colour: str
    bookable: bool
    max_parallel: int

    @classmethod
    def of(cls, provider: Provider) -> ProviderView:
        return cls(
            id=provider.id,
            name=provider.name,
            title=provider.title,
            display_name=provider.display_name,
            specialty=provider.specialty,
            colour=provider.colour,
            bookable=provider.bookable,
            max_parallel=provider.max_parallel,
        )


def _check_parallel(value: int) -> int:
    if not 1 <= value <= MAX_PARALLEL_LIMIT:
        raise ValidationError(
            tr(
                "providers",
                "Parallel appointments must be between 1 and {MAX_PARALLEL_LIMIT} (got "
                "{value}).",
            ).format(MAX_PARALLEL_LIMIT=MAX_PARALLEL_LIMIT, value=value)
        )
    return value


@writes
def add_provider(
    ctx: ServiceContext,
    *,
    name: str,
    specialty: str,
    title: str = "Dr",
    colour: str = "#4C78A8",
    bookable: bool = True,
    max_parallel: int = 1,
) -> ProviderView:
    """Register a provider; they have no working hours until :func:`set_weekly_hours`."""
    authorize(ctx, Permission.MANAGE_PROVIDERS, AuditEvent.PROVIDER_ADD)
    provider = Provider(
        id=new_id(),
        name=require_text(name, "provider's name"),
        specialty=require_text(specialty, "provider's specialty"),
        title=check_text(title, TextKind.TITLE, "The title").strip(),
        colour=require_colour(colour),
        bookable=bookable,
        max_parallel=_check_parallel(max_parallel),
        updated_at=ctx.now(),
    )
    with ctx.write() as uow:
        uow.providers.add(provider)
        uow.audit.record(
            ctx.actor, AuditEvent.PROVIDER_ADD, object_type="provider", object_id=provider.id
        )
        uow.commit()
    return ProviderView.of(provider)


@writes
def update_provider(
    ctx: ServiceContext,
    provider_id: str,
    *,
    name: str | None = None,
    specialty: str | None = None,
    title: str | None = None,
    colour: str | None = None,
    bookable: bool | None = None,
    max_parallel: int | None = None,
) -> ProviderView:
    """Change the given fields; fields left as None keep their value."""
    authorize(ctx, Permission.MANAGE_PROVIDERS, AuditEvent.PROVIDER_UPDATE)
    with ctx.write() as uow:
        before = require_provider(uow, provider_id)
        after = dataclasses.replace(
            before,
            name=before.name if name is None else require_text(name, "provider's name"),
            specialty=before.specialty
            if specialty is None
            else require_text(specialty, "provider's specialty"),
            title=before.title
            if title is None
            else check_text(title, TextKind.TITLE, "The title").strip(),
            colour=before.colour if colour is None else require_colour(colour),
            bookable=before.bookable if bookable is None else bookable,
            max_parallel=before.max_parallel
            if max_parallel is None
            else _check_parallel(max_parallel),
            updated_at=ctx.now(),
        )
        save_if_changed(
            uow,
            ctx,
            before,
            after,
            uow.providers.update,
            event=AuditEvent.PROVIDER_UPDATE,
            object_type="provider",
            object_id=provider_id,
        )
    return ProviderView.of(after)


@reads
def list_providers(ctx: ServiceContext, *, bookable_only: bool = False) -> list[ProviderView]:
    """Every provider (not deleted), by name."""
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.PROVIDER_LIST)
    with ctx.read() as uow:
        found = uow.providers.list()
    return [ProviderView.of(p) for p in found if p.bookable or not bookable_only]


@reads
def get_provider(ctx: ServiceContext, provider_id: str) -> ProviderView:
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.PROVIDER_SHOW)
    with ctx.read() as uow:
        return ProviderView.of(require_provider(uow, provider_id))
