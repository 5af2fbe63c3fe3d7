"""Sync in the status bar, and the list of sync conflicts to settle.

The widget only shows what it is given: app.py runs the sync rounds in the background
and hands each fresh status in (anything shaped like ``clinicdesk.sync.client.SyncStatus``;
the UI never imports sync). State is always said in words, never by colour alone:
"Sync: online · last 14:32 · 3 pending", "Sync: offline", "Sync: not set up", and a
"2 conflicts" button that opens :class:`ConflictsDialog`.

The dialog lists open conflicts through :mod:`clinicdesk.services.sync_conflicts` and
settles them there (each settlement audited and synced to the other PCs).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicError
from clinicdesk.services.catalog import clinic_settings
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.ports import SyncConflict
from clinicdesk.services.providers import list_providers
from clinicdesk.services.sync_conflicts import (
    choose_side,
    open_conflicts,
    resolve_clash,
    settle_record,
)
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import date_time_text, time_text, tr, tr_noop
from clinicdesk.ui.theme import icon

NOT_SET_UP = tr_noop("SyncStatus", "Sync: not set up")


class SyncState(Protocol):
    """What the status bar needs to know (``clinicdesk.sync.client.SyncStatus`` has it)."""

    @property
    def joined(self) -> bool: ...
    @property
    def online(self) -> bool: ...
    @property
    def last_sync_at(self) -> datetime | None: ...
    @property
    def last_error(self) -> str: ...
    @property
    def pending_changes(self) -> int: ...
    @property
    def open_conflicts(self) -> int: ...
    @property
    def clock_warning(self) -> str: ...


def conflicts_text(count: int) -> str:
    return tr("SyncStatus", "%n conflict(s)", n=count)


def status_text(state: SyncState | None, zone: tzinfo | None = None, running: bool = False) -> str:
    """The one line the status bar shows for ``state`` (None: sync is not set up)."""
    if state is None or not state.joined:
        return tr("SyncStatus", NOT_SET_UP)
    if running:
        parts = [tr("SyncStatus", "Sync: syncing…")]
    elif state.online:
        parts = [tr("SyncStatus", "Sync: online")]
    else:
        parts = [tr("SyncStatus", "Sync: offline")]
    if state.last_sync_at is None:
        parts.append(tr("SyncStatus", "never synced"))
    else:
        last = time_text(state.last_sync_at.astimezone(zone))
        parts.append(tr("SyncStatus", "last {time}").format(time=last))
    if state.pending_changes:
        parts.append(tr("SyncStatus", "%n pending", n=state.pending_changes))
    if state.clock_warning:
        parts.append(tr("SyncStatus", "clock off"))
    return " · ".join(parts)


class SyncStatusWidget(QWidget):
    """The status bar's sync corner: state in words, Sync now, and the conflicts button."""

    sync_requested = Signal()
    conflicts_requested = Signal()
    conflicts_settled = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        context: Callable[[], ServiceContext | None] | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.zone = zone
        self.conflicts_dialog: ConflictsDialog | None = None
        self.state: SyncState | None = None
        self.running = False
        self.icon = QLabel()
        # The icon is drawn just after the widget's first paint: drawing it loads the icon
        # font (qtawesome), which the sign-in screen must not wait for.
        self.icon_drawn = False
        self.label = QLabel(NOT_SET_UP)
        self.label.setAccessibleName(tr("SyncStatusWidget", "Sync state"))
        self.sync_button = QToolButton()
        self.sync_button.setIcon(icon("mdi6.sync"))
        self.sync_button.setText(tr("SyncStatusWidget", "Sync now"))
        self.sync_button.setToolTip(tr("SyncStatusWidget", "Send and fetch changes now (F9)"))
        self.sync_button.setShortcut(QKeySequence("F9"))
        self.sync_button.setAccessibleName(tr("SyncStatusWidget", "Sync now"))
        self.sync_button.setAutoRaise(True)
        self.sync_button.clicked.connect(self.sync_requested)
        self.conflicts_button = QPushButton()
        self.conflicts_button.setIcon(icon("mdi6.alert-outline", "warning"))
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.setAccessibleName(tr("SyncStatusWidget", "Open sync conflicts"))
        self.conflicts_button.setToolTip(
            tr("SyncStatusWidget", "Bookings or records that two PCs changed differently")
        )
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.sync_button)
        self._update()

    def open_conflicts(self) -> ConflictsDialog | None:
        """The conflicts dialog for the signed-in user; settling one asks for a sync round
        so the other PCs hear of it soon."""
        ctx = self.context() if self.context is not None else None
        if ctx is None:
            self.label.setToolTip(tr("SyncStatusWidget", "Sign in to settle sync conflicts."))
            return None
        dialog = ConflictsDialog(ctx, self.window())
        dialog.settled.connect(self.conflicts_settled)
        dialog.settled.connect(self.sync_requested)
        self.conflicts_dialog = dialog
        dialog.open()
        return dialog

    def show_status(self, state: SyncState | None) -> None:
        self.state = state
        self.running = False
        self._update()

    def set_running(self, running: bool) -> None:
        self.running = running
        self._update()

    def _update(self) -> None:
        state = self.state
        joined = state is not None and state.joined
        self.label.setText(status_text(state, self.zone, self.running))
        self.sync_button.setVisible(joined)
        self.sync_button.setEnabled(not self.running)
        conflicts = state.open_conflicts if state is not None and joined else 0
        self.conflicts_button.setVisible(conflicts > 0)
        self.conflicts_button.setText(conflicts_text(conflicts))
        if not joined:
            name, colour, tip = "mdi6.sync-off", "muted", "This PC works alone."
        elif self.running:
            name, colour, tip = "mdi6.sync", "accent", "Sending and fetching changes…"
        elif state is not None and state.online:
            name, colour, tip = "mdi6.cloud-check-outline", "success", "Up to date with the server."
        else:
            problem = state.last_error if state is not None else ""
            name, colour = "mdi6.cloud-off-outline", "warning"
            tip = (
                "Working offline; changes wait on this PC and are sent when the server "
                "answers again." + (f"\nLast problem: {problem}" if problem else "")
            )
        if state is not None and state.clock_warning:
            tip += "\n" + state.clock_warning
        if self.icon_drawn:
            self.icon.setPixmap(icon(name, colour).pixmap(QSize(16, 16)))
        self.label.setToolTip(tip)
        self.icon.setToolTip(tip)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.icon_drawn:
            self.icon_drawn = True
            QTimer.singleShot(0, self, self._update)


# ---------------------------------------------------------------------------
# The conflicts dialog
# ---------------------------------------------------------------------------

KIND_TITLES = {
    "appointment_clash": "Booking clash",
    "field_conflict": "Changed on two PCs",
    "edit_delete": "Changed here, deleted there",
    "duplicate_patient": "Possible duplicate patient",
}
TABLE_WORDS = {"appointments": "appointment", "patients": "patient record"}


@dataclass(frozen=True, slots=True)
class ConflictLine:
    """One open conflict as the dialog lists it."""

    conflict: SyncConflict
    title: str
    details: str
    found: str


def _instant(value: Any, zone: tzinfo) -> str:
    try:
        when = datetime.fromtimestamp(float(value), UTC)
    except (TypeError, ValueError):
        return str(value)
    return date_time_text(when.astimezone(zone))


def _value(value: Any) -> str:
    text = "(empty)" if value in (None, "") else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def describe_conflicts(ctx: ServiceContext) -> list[ConflictLine]:
    """The open conflicts with names and clinic times, for a person to read."""
    # Patients bring phone numbers and fuzzy matching: loaded on use, not at start-up.
    from clinicdesk.services.patients import show_patient

    conflicts = open_conflicts(ctx)
    if not conflicts:
        return []
    zone = ZoneInfo(clinic_settings(ctx).time_zone)
    providers = {p.id: p.display_name for p in list_providers(ctx)}
    patient_names: dict[str, str] = {}

    def patient(patient_id: Any) -> str:
        key = str(patient_id)
        if key not in patient_names:
            try:
                patient_names[key] = show_patient(ctx, key).display_name
            except ClinicError:
                patient_names[key] = "(unknown patient)"
        return patient_names[key]

    lines = []
    for conflict in conflicts:
        lines.append(
            ConflictLine(
                conflict,
                KIND_TITLES.get(conflict.kind, conflict.kind),
                _details(conflict, zone, providers, patient),
                date_time_text(conflict.detected_at.astimezone(zone)),
            )
        )
    return lines


def _details(
    conflict: SyncConflict,
    zone: tzinfo,
    providers: Mapping[str, str],
    patient: Callable[[Any], str],
) -> str:
    ours, theirs = conflict.ours, conflict.theirs
    if conflict.kind == "appointment_clash":
        who = providers.get(str(ours.get("provider_id")), "a provider")
        other = patient(theirs.get("patient_id")) if theirs.get("patient_id") else "another booking"
        return (
            f"{patient(ours.get('patient_id'))} with {who} at "
            f"{_instant(ours.get('start'), zone)} overlaps {other}, booked first on "
            f"another PC ({', '.join(conflict.fields) or 'same time'})."
        )
    what = TABLE_WORDS.get(conflict.table_name, conflict.table_name)
    if conflict.kind == "field_conflict":
        changes = "; ".join(
            f"{name}: '{_value(theirs.get(name))}' or '{_value(ours.get(name))}'"
            for name in conflict.fields
        )
        return f"The same {what} was changed differently. {changes}"
    if conflict.kind == "edit_delete":
        return f"A {what} was deleted on one PC while another changed it; it is kept for now."
    if conflict.kind == "duplicate_patient":
        return (
            f"{patient(conflict.row_id)} and {patient(conflict.other_row_id)} may be the same "
            "person (same family name, birth date and phone)."
        )
    return f"{what} {conflict.row_id}"


@dataclass(frozen=True, slots=True)
class ConflictAction:
    text: str
    # The service call; ``reason`` is asked for first when ``needs_reason``.
    settle: Callable[[ServiceContext, str, str], None]
    needs_reason: bool = False


ACTIONS: dict[str, tuple[ConflictAction, ...]] = {
    "appointment_clash": (
        ConflictAction(
            "Cancel this booking…",
            lambda ctx, cid, reason: resolve_clash(ctx, cid, "cancel", reason),
            needs_reason=True,
        ),
        ConflictAction(
            "Keep both (overbook)…",
            lambda ctx, cid, reason: resolve_clash(ctx, cid, "overbook", reason),
            needs_reason=True,
        ),
        ConflictAction("I moved it", lambda ctx, cid, _reason: resolve_clash(ctx, cid, "moved")),
    ),
    "field_conflict": (
        ConflictAction(
            "Keep the first value", lambda ctx, cid, _reason: choose_side(ctx, cid, "theirs")
        ),
        ConflictAction(
            "Keep the second value", lambda ctx, cid, _reason: choose_side(ctx, cid, "ours")
        ),
    ),
    "edit_delete": (
        ConflictAction("Delete it", lambda ctx, cid, _reason: settle_record(ctx, cid, True)),
        ConflictAction("Keep it", lambda ctx, cid, _reason: settle_record(ctx, cid, False)),
    ),
    "duplicate_patient": (
        ConflictAction(
            "Reviewed (merge in Patients)",
            lambda ctx, cid, _reason: settle_record(ctx, cid, False),
        ),
    ),
}


class ConflictsDialog(QDialog):
    """Open sync conflicts, each with the ways to settle it."""

    settled = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lines: list[ConflictLine] = []
        self.setWindowTitle(tr("ConflictsDialog", "Sync conflicts"))
        self.setAccessibleName(tr("ConflictsDialog", "Sync conflicts"))
        self.resize(860, 420)
        intro = QLabel(
            tr(
                "ConflictsDialog",
                "Two PCs changed the same booking or record while apart. Choose what to keep; "
                "your choice is sent to every PC.",
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                tr("ConflictsDialog", "What"),
                tr("ConflictsDialog", "Details"),
                tr("ConflictsDialog", "Found"),
            ]
        )
        self.table.setAccessibleName(tr("ConflictsDialog", "Open conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel(tr("ConflictsDialog", "Loading…"))
        self.status.setObjectName("muted")
        self.action_row = QHBoxLayout()
        self.action_buttons: list[QPushButton] = []
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(self.action_row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        run_in_background(
            self,
            lambda: describe_conflicts(ctx),
            self._show,
            lambda error: report_error(self, error, "Sync conflicts"),
        )

    def _show(self, lines: list[ConflictLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate((line.title, line.details, line.found)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.status.setText(
            tr("ConflictsDialog", "No open conflicts: every PC agrees.")
            if not lines
            else conflicts_text(len(lines))
        )
        if lines:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> ConflictLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        for button in self.action_buttons:
            self.action_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = []
        line = self.selected()
        if line is None:
            return
        for action in ACTIONS.get(line.conflict.kind, ()):
            button = QPushButton(action.text)
            button.clicked.connect(lambda _checked=False, a=action: self.settle(a))
            self.action_row.addWidget(button)
            self.action_buttons.append(button)

    def settle(self, action: ConflictAction, reason: str | None = None) -> None:
        """Settle the selected conflict with ``action`` (asking for a reason if needed)."""
        line = self.selected()
        if line is None:
            return
        if action.needs_reason and reason is None:
            reason, accepted = QInputDialog.getText(
                self,
                tr("ConflictsDialog", "Reason"),
                tr("ConflictsDialog", "{action}: why? (kept in the record)").format(
                    action=action.text.rstrip("…")
                ),
            )
            if not accepted:
                return
        ctx, conflict_id, why = self.ctx, line.conflict.id, reason or ""

        def done(_result: object) -> None:
            self.settled.emit()
            self.reload()

        run_in_background(
            self,
            lambda: action.settle(ctx, conflict_id, why),
            done,
            lambda error: report_error(self, error, "Sync conflicts"),
        )
