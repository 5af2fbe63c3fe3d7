"""Whose bookings a caller may see: the row rule beside the role table.

A provider's account sees their own schedule only (``OWN_BOOKINGS_ONLY`` in
domain/permissions.py). Every service that shows bookings or the patients in them asks
here after its permission gate, so the rule holds for screens, printouts and lists
alike rather than in each command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from clinicdesk.domain.permissions import sees_only_own_bookings
from clinicdesk.services.context import ServiceContext, refuse

OWN_SCHEDULE_ONLY_MESSAGE = "Your account shows your own schedule only."

Item = TypeVar("Item")


def visible_provider(ctx: ServiceContext, event: str, provider_id: str | None) -> str | None:
    """The provider whose bookings the caller sees for a request naming ``provider_id``
    (None: everyone). A provider asking for everyone gets their own; asking for a
    colleague is refused and audited."""
    if not sees_only_own_bookings(ctx.actor.role):
        return provider_id
    own = ctx.actor.provider_id
    if own is None or provider_id not in (None, own):
        refuse(ctx, event, OWN_SCHEDULE_ONLY_MESSAGE)
    return own


def refuse_whole_clinic(ctx: ServiceContext, event: str) -> None:
    """Refuse (audited) a whole-clinic view to a caller who sees only their own bookings."""
    if sees_only_own_bookings(ctx.actor.role):
        refuse(ctx, event, OWN_SCHEDULE_ONLY_MESSAGE)


def keep_visible(
    ctx: ServiceContext, items: Iterable[Item], provider_of: Callable[[Item], str | None]
) -> list[Item]:
    """The rows of a whole-clinic list the caller may see: all of them, or for an account
    that sees its own bookings only, those of its own provider (a row tied to no
    provider is nobody's own, so it is left out)."""
    if not sees_only_own_bookings(ctx.actor.role):
        return list(items)
    own = ctx.actor.provider_id
    return [item for item in items if own is not None and provider_of(item) == own]
