"""Lock the window when the front desk is left unattended, keeping every unsaved input.

An application-wide event filter feeds user input to ``services.idle.IdleTracker``
(monotonic clock); a timer polls it. Locking takes the main window's central widget out
(``takeCentralWidget`` keeps it alive, with whatever was typed), puts a sign-in panel in
its place, hides dock widgets, hides the contents of any other open window (dialogs keep
running, so their input survives too) and replaces window titles that may name a patient.
While locked, keyboard and mouse input reaches only the sign-in panel. Signing in again
as the same user puts everything back exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicError
from clinicdesk.services.idle import IdleTracker
from clinicdesk.ui.i18n import tr

LOCKED_TITLE = "clinicdesk — locked"
MODAL_NOTE = "Locked: sign in on the dialog in front."
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
    }
)
# Moving the mouse over the window counts as presence, but only clicks and keys are
# blocked while locked (mouse-move is harmless and blocking it breaks hover styling).
_BLOCKED_WHILE_LOCKED = _INPUT_EVENTS - {QEvent.Type.MouseMove}

Authenticate = Callable[[str, str], object]


class SignInPanel(QWidget):
    """What the locked window shows: who is signed in, a password box, Unlock."""

    def __init__(self, username: str, *, can_sign_out: bool) -> None:
        super().__init__()
        self.setObjectName("idleLockPanel")
        self.setAccessibleName(tr("SignInPanel", "Locked: sign in to continue"))
        self.title = QLabel(tr("SignInPanel", "This window is locked. Sign in to continue."))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user = QLineEdit(username)
        self.user.setReadOnly(True)
        self.user.setAccessibleName(tr("SignInPanel", "User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("SignInPanel", "Password"))
        self.unlock_button = QPushButton(tr("SignInPanel", "&Unlock"))
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(tr("SignInPanel", "&Sign out"))
        self.sign_out_button.setVisible(can_sign_out)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("SignInPanel", "Sign-in message"))
        form = QFormLayout()
        form.addRow(tr("SignInPanel", "User"), self.user)
        form.addRow(tr("SignInPanel", "&Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.sign_out_button)
        layout.addStretch(1)
        self.password.returnPressed.connect(self.unlock_button.click)


@dataclass
class _Hidden:
    """What locking changed, to be put back on unlock."""

    central: QWidget | None = None
    titles: dict[QWidget, str] = field(default_factory=dict)
    widgets: list[QWidget] = field(default_factory=list)
    covers: list[QWidget] = field(default_factory=list)
    sizes: dict[QWidget, QSize] = field(default_factory=dict)  # dialogs grown for the panel


class IdleLock(QObject):
    """``IdleLock(window, tracker, authenticate, username).install()``.

    ``authenticate(username, password)`` signs in (raising ``ClinicError`` on failure);
    only the user who is signed in can unlock. ``on_sign_out`` (optional) lets someone
    else take over: the app then closes the session as it sees fit.
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        tracker: IdleTracker,
        authenticate: Authenticate,
        username: str,
        *,
        poll_ms: int = 1000,
        on_sign_out: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tracker = tracker
        self._authenticate = authenticate
        self.username = username
        self._on_sign_out = on_sign_out
        self._hidden: _Hidden | None = None
        self.panel: SignInPanel | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

    @property
    def is_locked(self) -> bool:
        return self._hidden is not None

    def install(self) -> IdleLock:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()
        return self

    def uninstall(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT_EVENTS:
            return False
        if not self.is_locked:
            self.tracker.touch()
            return False
        # Swallowed: typing, clicks and shortcuts anywhere but the sign-in panel.
        return kind in _BLOCKED_WHILE_LOCKED and not self._inside_panel(watched)

    def _inside_panel(self, watched: QObject) -> bool:
        panel = self.panel
        if panel is None or not isinstance(watched, QWidget):
            return False
        return watched is panel or panel.isAncestorOf(watched)

    def _poll(self) -> None:
        if self.tracker.should_lock():
            self.lock()

    def lock(self) -> None:
        """Hide all patient data now (idle timeout, or a Lock button)."""
        if self.is_locked:
            return
        self.tracker.lock_now()
        hidden = _Hidden()
        hidden.central = self.window.takeCentralWidget()
        if hidden.central is not None:
            hidden.central.hide()
        for dock in self.window.findChildren(QDockWidget):
            if dock.isVisible():
                dock.hide()
                hidden.widgets.append(dock)
        for top in QApplication.topLevelWidgets():
            if top is self.window or not top.isVisible():
                continue
            self._cover(top, hidden)
        hidden.titles[self.window] = self.window.windowTitle()
        self.window.setWindowTitle(LOCKED_TITLE)
        panel = SignInPanel(self.username, can_sign_out=self._on_sign_out is not None)
        panel.unlock_button.clicked.connect(self._try_unlock)
        panel.sign_out_button.clicked.connect(self._sign_out)
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.window and modal.isVisible():
            # A modal dialog stays in front of the window and takes all input: the
            # password box goes in the dialog, or nobody could reach it.
            self._panel_over(modal, panel, hidden)
            self.window.setCentralWidget(QLabel(MODAL_NOTE))
        else:
            self.window.setCentralWidget(panel)
        # Qt shows a widget added to a visible window only on the next event-loop pass;
        # the lock must cover the data the moment it engages.
        panel.show()
        self.panel = panel
        self._hidden = hidden
        panel.password.setFocus()
        self.locked_changed.emit(True)

    def _cover(self, top: QWidget, hidden: _Hidden) -> None:
        """Hide a dialog's contents without closing it (closing would lose its input)."""
        hidden.titles[top] = top.windowTitle()
        top.setWindowTitle(LOCKED_TITLE)
        for child in top.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible():
                child.hide()
                hidden.widgets.append(child)
        cover = QLabel(tr("IdleLock", "Locked: sign in on the main clinicdesk window."), top)
        cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover.setGeometry(top.rect())
        cover.show()
        hidden.covers.append(cover)

    def _panel_over(self, modal: QWidget, panel: SignInPanel, hidden: _Hidden) -> None:
        """The sign-in panel across the whole of ``modal`` (grown if it is too small)."""
        for cover in hidden.covers:
            if cover.parent() is modal:
                cover.hide()
        needed = panel.minimumSizeHint()
        if modal.width() < needed.width() or modal.height() < needed.height():
            hidden.sizes[modal] = modal.size()
            modal.resize(modal.size().expandedTo(needed))
        panel.setParent(modal)
        panel.setGeometry(modal.rect())
        hidden.covers.append(panel)

    def _try_unlock(self) -> None:
        panel = self.panel
        if panel is None:
            return  # already unlocked: Enter in a dialog also presses its default button
        password = panel.password.text()
        panel.password.clear()
        try:
            self._authenticate(self.username, password)
        except ClinicError as error:
            panel.error.setText(error.message)
            panel.password.setFocus()
            return
        self.unlock()

    def _sign_out(self) -> None:
        if self._on_sign_out is not None:
            self._on_sign_out()

    def unlock(self) -> None:
        """Put everything back as it was (call only after a successful sign-in)."""
        hidden = self._hidden
        if hidden is None:
            return
        shown = self.window.takeCentralWidget()  # the panel, or the note pointing to it
        if shown is not None:
            shown.deleteLater()
        self.panel = None
        for widget, size in hidden.sizes.items():
            widget.resize(size)
        if hidden.central is not None:
            self.window.setCentralWidget(hidden.central)
            hidden.central.show()
        for cover in hidden.covers:
            cover.deleteLater()
        for widget in hidden.widgets:
            widget.show()
        for widget, title in hidden.titles.items():
            widget.setWindowTitle(title)
        self._hidden = None
        self.tracker.unlocked()
        self.locked_changed.emit(False)
