"""Everything the main window's workspace is built from, in one import.

The sign-in screen is painted without these (calendars, views, charts, PDF preview and
printing, the dialogs, and the services behind them): the window imports this module
when it builds its workspace, and app.py imports it on a worker thread while the desk
types the password, so that build finds it loaded.
"""

from __future__ import annotations

from clinicdesk.services.booking import BookingResult
from clinicdesk.services.catalog import clinic_settings
from clinicdesk.services.idle import IdleTracker
from clinicdesk.services.patients import PatientSummary
from clinicdesk.services.series import SeriesResult
from clinicdesk.services.urgent import BumpResult
from clinicdesk.ui.appointment_actions import AppointmentActions
from clinicdesk.ui.appointment_dialog import AppointmentDialog
from clinicdesk.ui.booking_dialog import BookingDialog
from clinicdesk.ui.calendar.day_view import DayView
from clinicdesk.ui.calendar.week_view import WeekView
from clinicdesk.ui.date_bounds import ClinicDateEdit
from clinicdesk.ui.idle_lock import IdleLock
from clinicdesk.ui.print_preview import PrintActions
from clinicdesk.ui.reports_view import ReportsView
from clinicdesk.ui.shell.workspace import WorkspaceView
from clinicdesk.ui.views.patients import PatientsView
from clinicdesk.ui.views.providers import ProvidersView
from clinicdesk.ui.views.recalls import RecallsView
from clinicdesk.ui.views.reminders import RemindersView
from clinicdesk.ui.views.waiting_room import WaitingRoomView
from clinicdesk.ui.views.waitlist import WaitlistView
from clinicdesk.ui.waitlist_offer import WaitlistOfferDialog

__all__ = [
    "AppointmentActions",
    "AppointmentDialog",
    "BookingDialog",
    "BookingResult",
    "BumpResult",
    "ClinicDateEdit",
    "DayView",
    "IdleLock",
    "IdleTracker",
    "PatientSummary",
    "PatientsView",
    "PrintActions",
    "ProvidersView",
    "RecallsView",
    "RemindersView",
    "ReportsView",
    "SeriesResult",
    "WaitingRoomView",
    "WaitlistOfferDialog",
    "WaitlistView",
    "WeekView",
    "WorkspaceView",
    "clinic_settings",
]
