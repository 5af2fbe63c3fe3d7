"""What every view of the main window's workspace answers to.

The window tells each view four things: who is signed in, that it is now on screen,
which day the desk is looking at, and that the schedule changed (a booking, a move, a
cancellation, a status). A view that has nothing to do for one of them says so with an
empty method, so a new view cannot silently miss a refresh the way an optional hook
looked up by name could.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol, runtime_checkable

from clinicdesk.services.context import ServiceContext
from clinicdesk.services.views import AppointmentView


@runtime_checkable
class WorkspaceView(Protocol):
    def set_context(self, ctx: ServiceContext) -> None:
        """The signed-in user's context, before the view is first shown."""

    def on_shown(self) -> None:
        """The view came on screen (load what it shows if not loaded yet)."""

    def show_date(self, day: date) -> None:
        """The desk moved to ``day``."""

    def on_schedule_changed(self) -> None:
        """An appointment was booked or changed: reload anything that shows one."""

    def selected_appointment(self) -> AppointmentView | None:
        """The appointment the view has selected, for the Appointment menu's actions."""
