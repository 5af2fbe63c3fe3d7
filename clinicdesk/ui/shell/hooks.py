"""What the window needs from the rest of the app, handed in by app.py.

The UI never opens the store: app.py (the composition root) passes these callables,
and after sign-in the window works only through the :class:`ServiceContext` that
``sign_in`` returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clinicdesk.ui.first_run import NewClinicRequest

if TYPE_CHECKING:  # the services load after the sign-in panel is painted
    from clinicdesk.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class ClinicOverview:
    clinic_name: str
    provider_count: int
    appointments_today: int


@dataclass(frozen=True)
class AppHooks:
    # The clinic at a glance; None when this data folder holds no clinic yet. Raises a
    # ClinicError (e.g. StoreError) when the store cannot be opened.
    load_overview: Callable[[], ClinicOverview | None]
    # Check the user name and password; the signed-in context, or AuthenticationError.
    sign_in: Callable[[str, str], ServiceContext]
    # Where the clinic's data lives, for the status bar.
    store_location: str = ""
    # Make a new clinic; returns the recovery key to show once.
    create_clinic: Callable[[NewClinicRequest], str] | None = None
    # Make a new clinic filled with the demo data; returns the recovery key to show
    # once and the user name to sign in with (the request's password).
    load_demo: Callable[[NewClinicRequest], tuple[str, str]] | None = None
    # Open the store with a typed recovery key (the keyring entry was lost).
    unlock: Callable[[str], None] | None = None
    # Record the sign-out in the audit trail.
    sign_out: Callable[[ServiceContext], None] | None = None
    # Minutes of inactivity before the window of a signed-in session locks (the clinic's
    # security setting); None or 0 = never.
    idle_lock_minutes: Callable[[ServiceContext], int] | None = None
    # Help > About: versions, where data and logs live, keyring, SQLCipher, fonts.
    about: Callable[[], str] | None = None
    # Help > Language: this PC's language setting ("" = the system's), the languages
    # shipped (code: name in itself), and saving a new choice (used at the next start).
    language: str = ""
    languages: dict[str, str] = field(default_factory=dict)
    choose_language: Callable[[str], None] | None = None
