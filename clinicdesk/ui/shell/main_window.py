"""The main window: first run, sign-in, then the workspace with its views.

The window holds no clinic logic: every read and change is a service call run in the
background with the signed-in :class:`ServiceContext`, and every error goes through
the one boundary in :mod:`clinicdesk.ui.errors`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from clinicdesk.domain.common import utc_now
from clinicdesk.domain.errors import ClinicError
from clinicdesk.domain.permissions import Permission, allows
from clinicdesk.domain.status import status_label
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.first_run import (
    CreateClinicDialog,
    FirstRunPanel,
    ProblemPanel,
    RecoveryKeyDialog,
)
from clinicdesk.ui.fitting import ScrolledPages, available_geometry, fitted_size
from clinicdesk.ui.i18n import date_time_text, tr
from clinicdesk.ui.shell.fitting_toolbar import FittingToolBar
from clinicdesk.ui.shell.hooks import AppHooks
from clinicdesk.ui.shell.language_menu import LanguageMenu
from clinicdesk.ui.sign_in import SignInPanel
from clinicdesk.ui.sync_status import SyncStatusWidget
from clinicdesk.ui.theme import icon

# The workspace (views, calendars, dialogs, printing, charts) and the services behind it
# load when the workspace is built, after the sign-in screen is painted: only names for
# type checking here. See MainWindow.build_workspace.
if TYPE_CHECKING:
    from clinicdesk.services.appointment_changes import ChangeResult
    from clinicdesk.services.context import ServiceContext
    from clinicdesk.services.patients import PatientRecord
    from clinicdesk.services.views import AppointmentView
    from clinicdesk.ui.booking_dialog import BookingDialog
    from clinicdesk.ui.calendar.day_view import DayView
    from clinicdesk.ui.calendar.week_view import WeekView
    from clinicdesk.ui.idle_lock import IdleLock

SYNC_PLACEHOLDER = "Sync: not set up"
BOOKED_MESSAGE_MS = 20_000
VIEW_KEY = "window/view"

# The permission each view needs (domain/permissions.py is the table; services enforce
# it, the window only greys out what the role may not open).
VIEW_PERMISSIONS: dict[str, Permission] = {
    "day": Permission.VIEW_SCHEDULE,
    "week": Permission.VIEW_SCHEDULE,
    "patients": Permission.VIEW_PATIENTS,
    "providers": Permission.VIEW_CLINIC_SETUP,
    "waiting": Permission.VIEW_SCHEDULE,
    "waitlist": Permission.VIEW_SCHEDULE,
    "reports": Permission.VIEW_REPORTS,
    "reminders": Permission.VIEW_SCHEDULE,
    "recall": Permission.VIEW_PATIENTS,
}
GEOMETRY_KEY = "window/geometry"
PREFERRED_WINDOW_SIZE = QSize(1280, 820)
STATE_KEY = "window/state"


def first_booked(result: object) -> AppointmentView | None:
    """The appointment a booking made: single, the first of a series, or the urgent one."""
    from clinicdesk.ui.shell.workspace_parts import BookingResult, BumpResult, SeriesResult

    if isinstance(result, BookingResult):
        return result.appointment
    if isinstance(result, SeriesResult):
        return result.booked[0] if result.booked else None
    if isinstance(result, BumpResult):
        return result.urgent_appointment
    return None


class MainWindow(QMainWindow):
    """The window's pages (first run, sign-in, a problem, the workspace).

    The workspace (every view, the toolbar, the schedule's menus and print actions) is
    built on first need: by :meth:`start_session`, by :meth:`build_workspace` when the
    desk is idle after the first paint, or when any of its parts is asked for
    (``window.day_view``). The sign-in screen is painted without it.
    """

    def __init__(self, hooks: AppHooks, settings: QSettings | None = None) -> None:
        super().__init__()
        self._workspace_built = False
        self.hooks = hooks
        self.settings = settings
        self.ctx: ServiceContext | None = None
        self.clinic_zone = ZoneInfo("UTC")
        self.idle_lock: IdleLock | None = None
        self.setWindowTitle(tr("MainWindow", "clinicdesk"))
        # Small enough for 1366×768 at 125% scaling (1093×582 left beside the taskbar).
        self.setMinimumSize(720, 480)
        self.start_maximised = False

        self.first_run = FirstRunPanel()
        self.sign_in = SignInPanel(hooks.sign_in)
        self.problem = ProblemPanel()
        self.workspace = QStackedWidget()
        self.workspace.setAccessibleName(tr("MainWindow", "Views"))
        self.pages = ScrolledPages()
        for page in (self.first_run, self.sign_in, self.problem, self.workspace):
            self.pages.addWidget(page)
        self.pages.fitting_pages.append(self.workspace)
        # A page that cannot shrink to the window (sign-in at 150% on 1366×768) scrolls
        # inside it, instead of pushing the status bar off the screen. The workspace's
        # views each fit the desk's screen by themselves (tests/gui/test_view_fit.py),
        # so a view never scrolls the page.
        self.page_scroller = QScrollArea()
        self.page_scroller.setWidget(self.pages)
        self.page_scroller.setWidgetResizable(True)
        self.page_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.setCentralWidget(self.page_scroller)

        self.first_run.create_button.setVisible(hooks.create_clinic is not None)
        self.first_run.demo_button.setVisible(hooks.load_demo is not None)
        self.first_run.create_button.clicked.connect(self.create_clinic)
        self.first_run.demo_button.clicked.connect(self.load_demo)
        self.problem.unlock_button.setVisible(hooks.unlock is not None)
        self.problem.unlock_button.clicked.connect(self.enter_recovery_key)
        self.problem.retry_button.clicked.connect(self.refresh)
        self.sign_in.signed_in.connect(self.start_session)

        self._select_when_loaded: str | None = None  # a new booking to select once shown
        self._build_menus()
        self._build_status_bar()
        self._set_signed_in(False)
        self._restore_geometry()
        self.refresh()

    # -- construction -------------------------------------------------------------------

    def __getattr__(self, name: str) -> object:
        # Only reached for a name the window does not have (yet): a part of the workspace
        # asked for before sign-in builds the workspace first.
        if name.startswith("_") or self.__dict__.get("_workspace_built", True):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.build_workspace()
        return getattr(self, name)

    @property
    def workspace_built(self) -> bool:
        return self._workspace_built

    def build_workspace(self) -> None:
        """Build the views, the toolbar and the schedule's menus (once)."""
        if self._workspace_built:
            return
        self._workspace_built = True
        from clinicdesk.ui.shell.workspace_parts import (
            AppointmentActions,
            DayView,
            WeekView,
            WorkspaceView,
        )

        self.appointments = AppointmentActions(self)
        self.appointments.changed.connect(self._after_change)
        self.appointments.refused.connect(self._after_refusal)
        self.day_view = DayView(self.settings)  # saved calendar views live in window.ini
        self.week_view = WeekView()
        self.views: dict[str, WorkspaceView] = {}
        self.view_actions: dict[str, QAction] = {}
        self._build_views()
        self._build_toolbar()
        self._build_workspace_menus()
        self._set_signed_in(self.ctx is not None)

    def _build_views(self) -> None:
        from clinicdesk.ui.shell.workspace_parts import (
            PatientsView,
            ProvidersView,
            RecallsView,
            RemindersView,
            ReportsView,
            WaitingRoomView,
            WaitlistView,
        )

        for canvas_owner in (self.day_view, self.week_view):
            canvas_owner.loaded.connect(lambda owner=canvas_owner: self._select_booked(owner))
            canvas = canvas_owner.canvas
            canvas.selection_changed.connect(
                lambda appointment, owner=canvas_owner: self._selection_in(owner, appointment)
            )
            canvas.move_requested.connect(self.appointments.move)
            canvas.resize_requested.connect(self.appointments.resize)
            canvas.context_menu_requested.connect(self._appointment_menu)
            canvas.appointment_activated.connect(self.open_appointment)
            canvas.slot_activated.connect(self.book_at)
        self.patients_view = PatientsView()
        self.patients_view.book_requested.connect(self.book_for)
        self.providers_view = ProvidersView()
        self.waiting_room_view = WaitingRoomView()
        self.waitlist_view = WaitlistView()
        self.waitlist_view.add_requested.connect(lambda: self.book_at(None, None))
        self.add_view("day", tr("MainWindow", "&Day"), "mdi6.view-day", "Ctrl+1", self.day_view)
        self.add_view("week", tr("MainWindow", "&Week"), "mdi6.view-week", "Ctrl+2", self.week_view)
        self.add_view(
            "patients",
            tr("MainWindow", "&Patients"),
            "mdi6.account-multiple",
            "Ctrl+3",
            self.patients_view,
        )
        self.add_view(
            "providers",
            tr("MainWindow", "P&roviders"),
            "mdi6.doctor",
            "Ctrl+4",
            self.providers_view,
        )
        self.add_view(
            "waiting",
            tr("MainWindow", "Waiting &room"),
            "mdi6.sofa-outline",
            "Ctrl+5",
            self.waiting_room_view,
        )
        self.add_view(
            "waitlist",
            tr("MainWindow", "Wait&list"),
            "mdi6.format-list-numbered",
            "Ctrl+6",
            self.waitlist_view,
        )
        self.reports_view = ReportsView()
        self.add_view(
            "reports", tr("MainWindow", "R&eports"), "mdi6.chart-bar", "Ctrl+7", self.reports_view
        )
        self.reminders_view = RemindersView()
        self.add_view(
            "reminders",
            tr("MainWindow", "Re&minders"),
            "mdi6.message-text-clock",
            "Ctrl+8",
            self.reminders_view,
        )
        self.recalls_view = RecallsView()
        self.add_view(
            "recall",
            tr("MainWindow", "Re&call"),
            "mdi6.calendar-refresh",
            "Ctrl+9",
            self.recalls_view,
        )

    def add_view(self, key: str, text: str, icon_name: str, shortcut: str, widget: QWidget) -> None:
        from clinicdesk.ui.shell.workspace_parts import WorkspaceView

        assert isinstance(widget, WorkspaceView), f"{type(widget).__name__} is not a view"
        self.views[key] = widget
        self.workspace.addWidget(widget)
        action = QAction(icon(icon_name), text, self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
        self.view_actions[key] = action

    def _build_toolbar(self) -> None:
        self.toolbar = FittingToolBar("Main")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        if self.settings is not None and self.settings.value(STATE_KEY) is not None:
            self.restoreState(self.settings.value(STATE_KEY))  # type: ignore[arg-type]
        group = QActionGroup(self)
        for action in self.view_actions.values():
            group.addAction(action)
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.previous_day = self._nav_action(
            "mdi6.chevron-left", tr("MainWindow", "Previous day"), "Left", -1
        )
        self.next_day = self._nav_action(
            "mdi6.chevron-right", tr("MainWindow", "Next day"), "Right", 1
        )
        self.previous_week = self._nav_action(
            "mdi6.chevron-double-left", tr("MainWindow", "Previous week"), "PgUp", -7
        )
        self.next_week = self._nav_action(
            "mdi6.chevron-double-right", tr("MainWindow", "Next week"), "PgDown", 7
        )
        self.today_action = QAction(icon("mdi6.calendar-today"), tr("MainWindow", "&Today"), self)
        self.today_action.setShortcut(QKeySequence("T"))
        self.today_action.setToolTip(tr("MainWindow", "Today (T)"))
        self.today_action.triggered.connect(lambda: self.go_to(self.today()))
        from clinicdesk.ui.shell.workspace_parts import ClinicDateEdit

        self.date_edit = ClinicDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName(tr("MainWindow", "Date shown"))
        self.date_edit.dateChanged.connect(self._date_edited)
        self.toolbar.addAction(self.previous_day)
        self.toolbar.addAction(self.today_action)
        self.toolbar.addAction(self.next_day)
        self.toolbar.addWidget(self.date_edit)
        self.toolbar.addSeparator()
        self.new_appointment_action = QAction(
            icon("mdi6.calendar-plus"), tr("MainWindow", "&New appointment…"), self
        )
        self.new_appointment_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_appointment_action.setToolTip(tr("MainWindow", "New appointment (Ctrl+N)"))
        self.new_appointment_action.triggered.connect(lambda: self.book_at(None, None))
        self.find_patient_action = QAction(
            icon("mdi6.account-search"), tr("MainWindow", "&Find patient…"), self
        )
        self.find_patient_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_patient_action.setToolTip(tr("MainWindow", "Find patient (Ctrl+F)"))
        self.find_patient_action.triggered.connect(self.find_patient)
        self.toolbar.addAction(self.new_appointment_action)
        self.toolbar.addAction(self.find_patient_action)
        for action in self.toolbar.actions():  # Tab reaches the toolbar, not only the mouse
            button = self.toolbar.widgetForAction(action)
            if button is not None and button.focusPolicy() == Qt.FocusPolicy.NoFocus:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        views = self.view_actions
        rarely_used = ("providers", "reports", "reminders")
        self.toolbar.fit_by(
            [
                [views[key] for key in rarely_used],
                [action for key, action in views.items() if key not in rarely_used],
                [self.today_action],
                [self.find_patient_action],
                [self.new_appointment_action],
            ],
            icons_only=[self.previous_day, self.next_day],
        )

    def _nav_action(self, icon_name: str, text: str, key: str, days: int) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text} ({QKeySequence(key).toString()})")
        action.triggered.connect(lambda: self.go_to(self.current_day + timedelta(days=days)))
        return action

    def _build_menus(self) -> None:
        """File and Help, the menus of the sign-in screen (the workspace adds the rest)."""
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(tr("MainWindow", "&File"))
        self.sign_out_action = QAction(tr("MainWindow", "Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        file_menu.addAction(self.sign_out_action)
        self.quit_action = quit_action = QAction(tr("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.menus: tuple[QMenu, ...] = (file_menu,)
        # Help stays visible before sign-in: support asks for it at the sign-in screen.
        self.help_menu = bar.addMenu(tr("MainWindow", "&Help"))
        self.about_action = QAction(tr("MainWindow", "&About clinicdesk"), self)
        self.about_action.triggered.connect(self.show_about)
        self.about_action.setVisible(self.hooks.about is not None)
        self.help_menu.addAction(self.about_action)
        if self.hooks.choose_language is not None:
            self.language_menu = LanguageMenu(
                self, self.hooks.language, self.hooks.languages, self.hooks.choose_language
            )
            self.help_menu.addMenu(self.language_menu)
        self.action_permissions: dict[QAction, Permission | None] = {
            self.sign_out_action: None,
            quit_action: None,
            self.about_action: None,  # support asks for it at the sign-in screen too
        }
        if self.hooks.choose_language is not None:
            self.action_permissions.update(
                dict.fromkeys(self.language_menu.language_actions.values())
            )

    def _add_menu(self, title: str) -> QMenu:
        """A menu of the workspace, placed before Help."""
        menu = QMenu(title, self.menuBar())
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        return menu

    def _build_workspace_menus(self) -> None:
        from clinicdesk.ui.shell.workspace_parts import PrintActions

        file_menu = self.file_menu
        self.import_action = QAction(tr("MainWindow", "&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.open_import)
        file_menu.insertAction(self.sign_out_action, self.import_action)
        file_menu.insertSeparator(self.sign_out_action)
        self.print_actions = PrintActions(self, lambda: self.ctx, lambda: self.current_day)
        file_menu.insertActions(self.sign_out_action, list(self.print_actions.actions()))
        file_menu.insertSeparator(self.sign_out_action)
        self.view_menu = self._add_menu(tr("MainWindow", "&View"))
        for action in self.view_actions.values():
            self.view_menu.addAction(action)
        go_menu = self._add_menu(tr("MainWindow", "&Go"))
        for action in (
            self.previous_day,
            self.next_day,
            self.previous_week,
            self.next_week,
            self.today_action,
        ):
            go_menu.addAction(action)
        appointment_menu = self._add_menu(tr("MainWindow", "&Appointment"))
        appointment_menu.addAction(self.new_appointment_action)
        appointment_menu.addAction(self.find_patient_action)
        appointment_menu.addSeparator()
        for action in self.appointments.all_actions():
            appointment_menu.addAction(action)
        self.menus = (file_menu, self.view_menu, go_menu, appointment_menu)
        self.action_permissions = self._action_permissions(self.quit_action)

    def _action_permissions(self, quit_action: QAction) -> dict[QAction, Permission | None]:
        """Every action of the window and the permission it needs (None: anyone)."""
        needs: dict[QAction, Permission | None] = {
            action: VIEW_PERMISSIONS[key] for key, action in self.view_actions.items()
        }
        for action in (
            self.previous_day,
            self.next_day,
            self.previous_week,
            self.next_week,
            self.today_action,
        ):
            needs[action] = Permission.VIEW_SCHEDULE
        needs[self.new_appointment_action] = Permission.BOOK
        needs[self.find_patient_action] = Permission.VIEW_PATIENTS
        for action in self.print_actions.actions():
            needs[action] = Permission.PRINT_DAY_SHEETS
        needs[self.import_action] = Permission.IMPORT_DATA
        for action in self.appointments.all_actions():
            needs[action] = Permission.BOOK
        needs[self.appointments.open_action] = Permission.VIEW_SCHEDULE
        needs[self.sign_out_action] = None
        needs[quit_action] = None
        needs[self.about_action] = None  # support asks for it at the sign-in screen too
        if self.hooks.choose_language is not None:
            needs.update(dict.fromkeys(self.language_menu.language_actions.values()))
        return needs

    def open_import(self) -> None:
        """File > Import…: the preview first, then an all-or-nothing import."""
        from clinicdesk.ui.import_dialog import ImportDialog

        if self.ctx is None:
            return
        self.import_dialog = ImportDialog(self.ctx, self)
        self.import_dialog.imported.connect(self.reload_calendar)
        self.import_dialog.open()

    def may(self, permission: Permission | None) -> bool:
        """Whether the signed-in user's role allows ``permission`` (None: always)."""
        if permission is None:
            return True
        return self.ctx is not None and allows(self.ctx.actor.role, permission)

    def _build_status_bar(self) -> None:
        self.user_label = QLabel()
        self.user_label.setAccessibleName(tr("MainWindow", "Signed-in user"))
        self.store_label = QLabel()
        self.store_label.setAccessibleName(tr("MainWindow", "Clinic data location"))
        # app.py's sync runner feeds this; the conflicts it lists need the signed-in user.
        self.sync_status = SyncStatusWidget(context=lambda: self.ctx)
        self.sync_status.conflicts_settled.connect(self.reload_calendar)
        self.sync_label = self.sync_status.label
        bar = self.statusBar()
        bar.addWidget(self.user_label)
        bar.addWidget(self.store_label, 1)
        bar.addPermanentWidget(self.sync_status)

    def show_about(self) -> None:
        """Versions, where the data and logs live, keyring, SQLCipher, fonts (self-check)."""
        if self.hooks.about is None:
            return
        QMessageBox.information(self, tr("MainWindow", "About clinicdesk"), self.hooks.about())

    # -- pages --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show first run, the problem, or sign-in, as the data folder calls for."""
        if self.ctx is not None:
            return
        try:
            overview = self.hooks.load_overview()
        except ClinicError as error:
            self.setWindowTitle(tr("MainWindow", "clinicdesk"))
            self.problem.message.setText(error.message)
            self.pages.setCurrentWidget(self.problem)
            return
        if overview is None:
            self.setWindowTitle(tr("MainWindow", "clinicdesk"))
            self.pages.setCurrentWidget(self.first_run)
            return
        self.setWindowTitle(
            tr("MainWindow", "{clinic} - clinicdesk").format(clinic=overview.clinic_name)
        )
        self.sign_in.prepare(overview.clinic_name)
        self.pages.setCurrentWidget(self.sign_in)

    def _set_signed_in(self, signed_in: bool) -> None:
        self.sign_out_action.setEnabled(signed_in)
        self.statusBar().setVisible(True)
        self.store_label.setText(
            tr("MainWindow", "Data: {location}").format(location=self.hooks.store_location)
            if self.hooks.store_location
            else ""
        )
        if not self._workspace_built:
            return
        self.toolbar.setVisible(signed_in)
        for menu in self.menus[1:]:
            menu.menuAction().setVisible(signed_in)
        selection_driven = set(self.appointments.all_actions())
        for action, permission in self.action_permissions.items():
            if action in selection_driven:
                action.setEnabled(False)  # enabled when an appointment is selected
            elif action is not self.sign_out_action and permission is not None:
                action.setEnabled(signed_in and self.may(permission))
        self.date_edit.setEnabled(signed_in and self.may(Permission.VIEW_SCHEDULE))

    def start_session(self, ctx: ServiceContext) -> None:
        from clinicdesk.ui.shell.workspace_parts import clinic_settings

        self.build_workspace()
        self.ctx = ctx
        # One small read at sign-in; every later call runs in the background.
        self.clinic_zone = ZoneInfo(clinic_settings(ctx).time_zone)
        self.appointments.set_context(ctx)
        self.user_label.setText(
            tr("MainWindow", "Signed in: {user} ({role})").format(
                user=ctx.actor.username, role=ctx.actor.role.value
            )
        )
        self._set_signed_in(True)
        # A view the role may not open never gets the session, so it loads nothing.
        open_views = [key for key in self.views if self.may(VIEW_PERMISSIONS[key])]
        for key in open_views:
            self.views[key].set_context(ctx)
        self.pages.setCurrentWidget(self.workspace)
        self._install_idle_lock(ctx)
        saved = str(self.settings.value(VIEW_KEY, "day")) if self.settings else "day"
        if open_views:
            self.show_view(saved if saved in open_views else open_views[0])
        self.go_to(self.today())

    def _install_idle_lock(self, ctx: ServiceContext) -> None:
        """Lock the unattended desk after the configured minutes (ui/idle_lock.py)."""
        minutes = self.hooks.idle_lock_minutes(ctx) if self.hooks.idle_lock_minutes else 0
        if minutes <= 0:
            return
        from clinicdesk.ui.shell.workspace_parts import IdleLock, IdleTracker

        self.idle_lock = IdleLock(
            self,
            IdleTracker.from_minutes(minutes),
            self.hooks.sign_in,
            ctx.actor.username,
            on_sign_out=self.sign_out,
        ).install()

    def sign_out(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        if self.idle_lock is not None:
            if self.idle_lock.is_locked:
                self.idle_lock.unlock()
            self.idle_lock.uninstall()
            self.idle_lock = None
        if self.hooks.sign_out is not None:
            try:
                self.hooks.sign_out(ctx)
            except ClinicError as error:
                QMessageBox.warning(self, tr("MainWindow", "Sign out"), error.message)
        self.ctx = None
        if self._workspace_built:
            self.appointments.set_context(None)
        self.user_label.clear()
        self._set_signed_in(False)
        self.refresh()

    # -- views and dates ----------------------------------------------------------------

    @property
    def current_view(self) -> str:
        widget = self.workspace.currentWidget()
        return next((k for k, w in self.views.items() if w is widget), "day")

    def show_view(self, key: str) -> None:
        if self.ctx is not None and not self.may(VIEW_PERMISSIONS[key]):
            return
        view = self.views[key]
        self.workspace.setCurrentWidget(view)  # type: ignore[arg-type]
        self.view_actions[key].setChecked(True)
        if self.settings is not None:
            self.settings.setValue(VIEW_KEY, key)
        self.appointments.set_target(view.selected_appointment())
        view.on_shown()

    def today(self) -> date:
        if self.ctx is None:
            return date.today()
        return utc_now().astimezone(self.clinic_zone).date()

    @property
    def current_day(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def go_to(self, day: date) -> None:
        if self.date_edit.date().toPython() == day:
            self._date_edited(QDate(day))
        else:
            self.date_edit.setDate(QDate(day))  # emits dateChanged -> _date_edited

    def _date_edited(self, _qdate: QDate) -> None:
        if self.ctx is None:
            return
        day = self.current_day
        for key, view in self.views.items():
            if self.may(VIEW_PERMISSIONS[key]):
                view.show_date(day)

    def reload_calendar(self) -> None:
        if not self.may(Permission.VIEW_SCHEDULE):
            return
        self.day_view.reload()
        self.week_view.reload()

    # -- appointments -------------------------------------------------------------------

    def _selection_in(self, view: QWidget, appointment: AppointmentView | None) -> None:
        # Both calendars reload after a change; only the one on screen speaks for the actions.
        if self.workspace.currentWidget() is view:
            self.appointments.set_target(appointment)

    def _appointment_menu(self, appointment: AppointmentView, where: object) -> None:
        self.appointments.set_target(appointment)
        self.appointments.menu(self).exec(where)  # type: ignore[arg-type]

    def _after_change(self, result: ChangeResult) -> None:
        self.statusBar().showMessage(
            f"{result.appointment.patient_name}: {status_label(result.appointment.status)}, "
            f"{date_time_text(result.appointment.start.astimezone(self.clinic_zone))}",
            8000,
        )
        self.schedule_changed()
        if result.waitlist_candidates and self.ctx is not None:
            from clinicdesk.ui.shell.workspace_parts import WaitlistOfferDialog

            offer = WaitlistOfferDialog(self.ctx, result, self)
            offer.booked.connect(self.after_booking)
            self.waitlist_offer = offer
            offer.open()

    def schedule_changed(self) -> None:
        """Every view showing appointments reads them again (calendars, waiting room,
        waitlist, an open record), whichever view made the change."""
        for view in self.views.values():
            view.on_schedule_changed()

    def after_booking(self, result: object) -> None:
        """Say what was booked, and move the calendar to it, selected."""
        booked = first_booked(result)
        if booked is None:
            self.schedule_changed()
            return
        local = booked.start.astimezone(self.clinic_zone)
        self.statusBar().showMessage(
            tr("MainWindow", "Booked: {name}, {time}, {provider}").format(
                name=booked.patient_name,
                time=date_time_text(local),
                provider=booked.provider_name,
            ),
            BOOKED_MESSAGE_MS,
        )
        self._select_when_loaded = booked.id
        followers = list(self.views.values())
        if self.current_day != local.date():
            self.go_to(local.date())  # the calendars read the new day already
            followers = [v for v in followers if v not in (self.day_view, self.week_view)]
        for view in followers:
            view.on_schedule_changed()

    def _select_booked(self, pane_owner: DayView | WeekView) -> None:
        """Once the calendar holding the new booking has loaded: select it, in view."""
        appointment_id = self._select_when_loaded
        if appointment_id is None or pane_owner.canvas.block_of(appointment_id) is None:
            return
        pane_owner.canvas.select(appointment_id)
        where = pane_owner.canvas.point_of(appointment_id)
        pane_owner.pane.scroll.ensureVisible(where.x(), where.y(), 40, 80)
        if self.workspace.currentWidget() is pane_owner:
            self._select_when_loaded = None

    def _after_refusal(self) -> None:
        self.day_view.canvas.clear_pending()
        self.week_view.canvas.clear_pending()

    def open_appointment(self, appointment: AppointmentView) -> None:
        if self.ctx is None:
            return
        from clinicdesk.ui.shell.workspace_parts import AppointmentDialog

        AppointmentDialog(self.ctx, appointment, self.appointments, self).open()

    def book_at(self, provider_id: str | None, start: object) -> BookingDialog | None:
        """Open the booking dialog (at a clicked free time, when given)."""
        if self.ctx is None:
            return None
        from clinicdesk.ui.shell.workspace_parts import BookingDialog

        dialog = BookingDialog(
            self.ctx,
            self,
            provider_id=provider_id,
            start=start if isinstance(start, datetime) else None,
        )
        dialog.booked.connect(self.after_booking)
        dialog.open()
        return dialog

    def book_for(self, record: PatientRecord) -> None:
        """The booking dialog with this patient already chosen."""
        from clinicdesk.ui.shell.workspace_parts import PatientSummary

        dialog = self.book_at(None, None)
        if dialog is not None:
            dialog.search.show_patient(
                PatientSummary(
                    id=record.id,
                    given=record.given,
                    family=record.family,
                    birth_date=record.birth_date,
                    phones=record.phones,
                    preferred_name=record.preferred_name,
                    display_name=record.display_name,
                    email=record.email,
                    has_alerts=bool(record.alerts),
                )
            )

    def find_patient(self) -> None:
        if self.ctx is None:
            return
        if "patients" in self.views:
            self.show_view("patients")
            self.patients_view.focus_search()
            return
        self.book_at(None, None)

    # -- first run and recovery ---------------------------------------------------------

    def create_clinic(self) -> None:
        create = self.hooks.create_clinic
        if create is None:
            return
        dialog = CreateClinicDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                recovery_key = create(dialog.request())
            except ClinicError as error:
                dialog.problem.setText(error.message)
                continue
            RecoveryKeyDialog(recovery_key, self).exec()
            self.sign_in.username.setText(dialog.request().admin_username.lower())
            self.refresh()
            return

    def load_demo(self) -> None:
        """The demo clinic in a new store: the user picks the password, as for a clinic."""
        load = self.hooks.load_demo
        if load is None:
            return
        from clinicdesk.services.demo import DEMO_CLINIC_NAME, DEMO_TIME_ZONE

        dialog = CreateClinicDialog(self)
        dialog.setWindowTitle(tr("MainWindow", "Load the demo clinic"))
        dialog.clinic_name.setText(DEMO_CLINIC_NAME)
        dialog.time_zone.setCurrentText(DEMO_TIME_ZONE)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()
        self.first_run.setEnabled(False)
        self.first_run.status.setText(
            tr("MainWindow", "Making the demo clinic… (this takes a few seconds)")
        )

        def done(result: tuple[str, str]) -> None:
            recovery_key, username = result
            self.first_run.setEnabled(True)
            self.first_run.status.clear()
            RecoveryKeyDialog(recovery_key, self).exec()
            self.sign_in.username.setText(username)
            self.refresh()
            self.sign_in.prepare(
                self.sign_in.clinic_name.text(),
                tr(
                    "MainWindow",
                    "Demo clinic ready. Sign in as '{user}' (front desk), 'manager' or "
                    "'{admin}' (set-up) with the password you chose.",
                ).format(user=username, admin=request.admin_username),
            )

        def failed(error: BaseException) -> None:
            self.first_run.setEnabled(True)
            self.first_run.status.clear()
            report_error(self, error, "Demo clinic")

        run_in_background(self, lambda: load(request), done, failed)

    def enter_recovery_key(self) -> None:
        unlock = self.hooks.unlock
        if unlock is None:
            return
        while True:
            text, accepted = QInputDialog.getText(
                self,
                tr("MainWindow", "Recovery key"),
                tr(
                    "MainWindow",
                    "Type the recovery key from the printed recovery sheet\n"
                    "(16 groups of 6 digits; spaces and dashes are fine):",
                ),
                QLineEdit.EchoMode.Normal,
            )
            if not accepted:
                return
            try:
                unlock(text)
            except ClinicError as error:
                QMessageBox.warning(self, tr("MainWindow", "Recovery key"), error.message)
                continue
            self.refresh()
            return

    # -- window state -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """The layout the desk left last time; the first time, the screen's room.

        A saved size larger than this screen (the data folder moved to a smaller one)
        is cut to fit, so the status bar is never below the screen's edge.
        """
        geometry = self.settings.value(GEOMETRY_KEY) if self.settings is not None else None
        if geometry is None or not self.restoreGeometry(geometry):  # type: ignore[arg-type]
            room = available_geometry(self).size()
            fitted = fitted_size(PREFERRED_WINDOW_SIZE, room)
            self.resize(fitted)
            # A desk screen smaller than the calendar would like: use all of it.
            self.start_maximised = fitted != PREFERRED_WINDOW_SIZE
        elif not self.isMaximized():
            self.resize(fitted_size(self.size(), available_geometry(self).size()))
        if self.settings is None:
            return
        state = self.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)  # type: ignore[arg-type]

    def show_fitted(self) -> None:
        """Show the window maximised on a small screen the first time, else as left."""
        if self.start_maximised:
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self.settings.setValue(STATE_KEY, self.saveState())
            self.settings.sync()
        if self.ctx is not None:
            self.sign_out()
        super().closeEvent(event)
