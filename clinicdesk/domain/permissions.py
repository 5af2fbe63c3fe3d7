"""Which role may do what: the one table services enforce and the docs are made from.

Services check a permission with ``authorize`` before they open the store; the window
greys out what a role may not do from the same table, and ``docs/permissions.md`` is
generated from it (a test keeps the page and the code the same).
"""

from __future__ import annotations

from enum import StrEnum

from clinicdesk.domain.users import Role


class Permission(StrEnum):
    # Front desk
    VIEW_SCHEDULE = "view_schedule"  # bookings: day views, waitlist, free slots, history
    BOOK = "book"  # book, move, cancel, set status, waitlist, walk-ins
    VIEW_PATIENTS = "view_patients"
    EDIT_PATIENTS = "edit_patients"
    PRINT_DAY_SHEETS = "print_day_sheets"
    # Everyone signed in: how the clinic is set up, without any patient or booking
    VIEW_CLINIC_SETUP = "view_clinic_setup"
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
    MANAGE_SECURITY = "manage_security"  # lockout, idle lock, password rules
    RECOVERY = "recovery"  # recovery key, change of the store key
    SYNC_SETTINGS = "sync_settings"
    # Messages: run the reminder queue, change its settings
    MANAGE_MESSAGES = "manage_messages"
    # Bringing patients, providers and bookings in from another system's files
    IMPORT_DATA = "import_data"
    # No-show prediction: train, evaluate, settings, risk lists, overbooking suggestions
    PREDICT_NO_SHOWS = "predict_no_shows"


# What each permission lets a user do, in the words of docs/permissions.md.
PERMISSION_DESCRIPTIONS: dict[Permission, str] = {
    Permission.VIEW_SCHEDULE: "see bookings: day and week views, waitlist, free slots",
    Permission.BOOK: "book, move, cancel and check in appointments; the waitlist",
    Permission.VIEW_PATIENTS: "find and open patient records",
    Permission.EDIT_PATIENTS: "register and change patients",
    Permission.PRINT_DAY_SHEETS: "print day sheets, week schedules, call lists, downtime packs",
    Permission.VIEW_CLINIC_SETUP: "see rooms, appointment types, providers and their hours",
    Permission.CLINICAL_NOTES: "write clinical notes on own appointments",
    Permission.MANAGE_SCHEDULES: "set providers' hours, time off and extra hours",
    Permission.MANAGE_CATALOG: "rooms, appointment types, clinic name and opening hours",
    Permission.MANAGE_PROVIDERS: "add and change providers",
    Permission.VIEW_REPORTS: "run reports",
    Permission.EXPORT: "export reports to files",
    Permission.VIEW_AUDIT: "read and verify the audit trail",
    Permission.VIEW_USERS: "list user accounts",
    Permission.UNLOCK_ACCOUNTS: "unlock a locked account",
    Permission.BACKUP: "make, check and restore backups",
    Permission.MANAGE_USERS: "add, disable and enable accounts, change roles, reset passwords",
    Permission.MANAGE_SECURITY: "change the clinic's security settings",
    Permission.RECOVERY: "recovery key and change of the store key",
    Permission.SYNC_SETTINGS: "join and configure sync",
    Permission.MANAGE_MESSAGES: "run the reminder queue and change its settings",
    Permission.IMPORT_DATA: "import patients, providers and appointments from files",
    Permission.PREDICT_NO_SHOWS: "train and evaluate the no-show model, switch it off, "
    "see risk lists and overbooking suggestions",
}

# Permissions whose services show patients or bookings (names, reasons, phone numbers).
PATIENT_DATA = frozenset(
    {
        Permission.VIEW_SCHEDULE,
        Permission.BOOK,
        Permission.VIEW_PATIENTS,
        Permission.EDIT_PATIENTS,
        Permission.PRINT_DAY_SHEETS,
        Permission.CLINICAL_NOTES,
        Permission.VIEW_REPORTS,
        Permission.EXPORT,
        Permission.MANAGE_MESSAGES,
        Permission.IMPORT_DATA,
        Permission.PREDICT_NO_SHOWS,
    }
)

_RECEPTIONIST = frozenset(
    {
        Permission.VIEW_SCHEDULE,
        Permission.BOOK,
        Permission.VIEW_PATIENTS,
        Permission.EDIT_PATIENTS,
        Permission.PRINT_DAY_SHEETS,
        Permission.VIEW_CLINIC_SETUP,
    }
)

# A provider sees patients and their own schedule and writes clinical notes; "own
# schedule only" is the row rule below, applied by every service that shows bookings.
_PROVIDER = frozenset(
    {
        Permission.VIEW_SCHEDULE,
        Permission.VIEW_PATIENTS,
        Permission.CLINICAL_NOTES,
        Permission.PRINT_DAY_SHEETS,
        Permission.VIEW_CLINIC_SETUP,
    }
)

_MANAGER = _RECEPTIONIST | {
    Permission.MANAGE_SCHEDULES,
    Permission.MANAGE_CATALOG,
    Permission.MANAGE_PROVIDERS,
    Permission.VIEW_REPORTS,
    Permission.EXPORT,
    Permission.IMPORT_DATA,
    Permission.VIEW_AUDIT,
    Permission.VIEW_USERS,
    Permission.UNLOCK_ACCOUNTS,
    Permission.BACKUP,
    Permission.MANAGE_MESSAGES,
    Permission.PREDICT_NO_SHOWS,
}

# The administrator runs the system (user accounts, security settings, audit, backups,
# recovery, sync) and can set the clinic up on day one, before any manager exists
# (rooms, types, providers, hours); it is a separate login from day-to-day work and
# sees no patients, no bookings and no reports.
_ADMIN = frozenset(
    {
        Permission.MANAGE_USERS,
        Permission.MANAGE_SECURITY,
        Permission.VIEW_USERS,
        Permission.RECOVERY,
        Permission.SYNC_SETTINGS,
        Permission.UNLOCK_ACCOUNTS,
        Permission.VIEW_AUDIT,
        Permission.BACKUP,
        Permission.MANAGE_CATALOG,
        Permission.MANAGE_PROVIDERS,
        Permission.MANAGE_SCHEDULES,
        Permission.VIEW_CLINIC_SETUP,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: _RECEPTIONIST,
    Role.PROVIDER: _PROVIDER,
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: _ADMIN,
}

# Roles that see only their own provider's bookings wherever bookings are shown (day
# views, printed sheets, call lists); every other role with the permission sees all.
OWN_BOOKINGS_ONLY: frozenset[Role] = frozenset({Role.PROVIDER})


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def sees_only_own_bookings(role: Role) -> bool:
    return role in OWN_BOOKINGS_ONLY
