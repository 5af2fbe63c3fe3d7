"""The clinic's security settings: read by every PC, changed by an administrator.

The schema (names, bounds, descriptions) is domain/security_settings.py; the values
live in the store so one clinic has one set of rules, and each change is audited.
"""

from __future__ import annotations

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.security_settings import (
    SecuritySettings,
    check_security_value,
    security_settings_from,
)
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.ports import UnitOfWork


def read_security_settings(uow: UnitOfWork) -> SecuritySettings:
    """The settings inside an open unit of work (sign-in reads them before anyone is
    signed in); a stored value out of bounds counts as its default."""
    settings, _ = security_settings_from(uow.security.settings())
    return settings


@reads
def security_settings(ctx: ServiceContext) -> tuple[SecuritySettings, list[str]]:
    """Every security setting and the problems found with stored values."""
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.SECURITY_SETTINGS_SHOW)
    with ctx.read() as uow:
        return security_settings_from(uow.security.settings())


@writes
def change_security_setting(ctx: ServiceContext, name: str, value: object) -> SecuritySettings:
    """Set one security setting after checking it against its bounds; audited with the
    setting's name (the value is no secret, but the trail records names only)."""
    authorize(ctx, Permission.MANAGE_SECURITY, AuditEvent.SECURITY_SETTING_CHANGE)
    number = check_security_value(name, value)
    with ctx.write() as uow:
        uow.security.save_setting(name, str(number), ctx.now())
        uow.audit.record(
            ctx.actor, AuditEvent.SECURITY_SETTING_CHANGE, object_type="setting", object_id=name
        )
        settings = read_security_settings(uow)
        uow.commit()
    return settings
