"""Which role may do what. Services enforce this table; the UI only mirrors it."""

from __future__ import annotations

from enum import StrEnum

from clinicdesk.domain.users import Role


class Permission(StrEnum):
    # Front desk
    VIEW_SCHEDULE = "view_schedule"
    BOOK = "book"  # book, move, cancel, set status, waitlist, walk-ins
    VIEW_PATIENTS = "view_patients"
    EDIT_PATIENTS = "edit_patients"
    PRINT_DAY_SHEETS = "print_day_sheets"
    # Clinical
    CLINICAL_NOTES = "clinical_notes"
    # Practice management
    MANAGE_SCHEDULES = "manage_schedules"  # providers' hours and exceptions
    MANAGE_CATALOG = "manage_catalog"  # rooms, appointment types, clinic settings
    MANAGE_PROVIDERS = "manage_providers"
    VIEW_REPORTS = "view_reports"
    EXPORT = "export"
    VIEW_AUDIT = "view_audit"  # read-only: nobody can change the trail
    VIEW_USERS = "view_users"  # the account list (to see who is locked)
    UNLOCK_ACCOUNTS = "unlock_accounts"
    BACKUP = "backup"
    # Administration
    MANAGE_USERS = "manage_users"  # add, disable, roles, password resets
    RECOVERY = "recovery"  # recovery key, change of the store key
    SYNC_SETTINGS = "sync_settings"


_RECEPTIONIST = frozenset(
    {
        Permission.VIEW_SCHEDULE,
        Permission.BOOK,
        Permission.VIEW_PATIENTS,
        Permission.EDIT_PATIENTS,
        Permission.PRINT_DAY_SHEETS,
    }
)

# A provider sees schedules and patients and writes clinical notes; "own schedule only"
# for edits is checked by the services that edit appointments.
_PROVIDER = frozenset(
    {
        Permission.VIEW_SCHEDULE,
        Permission.VIEW_PATIENTS,
        Permission.CLINICAL_NOTES,
        Permission.PRINT_DAY_SHEETS,
    }
)

_MANAGER = _RECEPTIONIST | {
    Permission.MANAGE_SCHEDULES,
    Permission.MANAGE_CATALOG,
    Permission.MANAGE_PROVIDERS,
    Permission.VIEW_REPORTS,
    Permission.EXPORT,
    Permission.VIEW_AUDIT,
    Permission.VIEW_USERS,
    Permission.UNLOCK_ACCOUNTS,
    Permission.BACKUP,
}

# The administrator runs the system (users and roles, recovery, sync) and can set the
# clinic up on day one, before any manager exists; it is a separate login from
# day-to-day work and sees no patients, no bookings and no reports.
_ADMIN = frozenset(
    {
        Permission.MANAGE_USERS,
        Permission.VIEW_USERS,
        Permission.RECOVERY,
        Permission.SYNC_SETTINGS,
        Permission.UNLOCK_ACCOUNTS,
        Permission.VIEW_AUDIT,
        Permission.BACKUP,
        Permission.MANAGE_CATALOG,
        Permission.MANAGE_PROVIDERS,
        Permission.MANAGE_SCHEDULES,
        Permission.VIEW_SCHEDULE,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: _RECEPTIONIST,
    Role.PROVIDER: _PROVIDER,
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: _ADMIN,
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
