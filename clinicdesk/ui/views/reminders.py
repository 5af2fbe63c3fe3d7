"""Reminders in the window: whom to call about confirming, replies staff must read, and
messages that could not be sent."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.outbound import InboundMessage, MessageState
from clinicdesk.services.catalog import clinic_today
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.messages import (
    ConfirmRow,
    MessageView,
    confirm_list,
    list_messages,
    mark_reply_handled,
    staff_inbox,
    tick_called,
)
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import date_text, date_time_text, tr
from clinicdesk.ui.models import Column, RecordTableModel
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon

CALL_DAYS = 2


class ConfirmTableModel(RecordTableModel[ConfirmRow]):
    columns = (
        Column(tr("RemindersView", "Day"), lambda r: date_text(r.day, weekday=True)),
        Column(tr("RemindersView", "Time"), lambda r: r.local_time),
        Column(tr("RemindersView", "Patient"), lambda r: r.patient_name),
        Column(
            tr("RemindersView", "Phone"),
            lambda r: r.phone or tr("RemindersView", "no phone on file"),
        ),
        Column(
            tr("RemindersView", "State"),
            lambda r: (
                tr("RemindersView", "unclear reply")
                if r.confirmation == "unclear"
                else tr("RemindersView", "not confirmed")
            ),
        ),
        Column(tr("RemindersView", "No-shows"), lambda r: str(r.no_shows), align_right=True),
        Column(
            tr("RemindersView", "Called"),
            lambda r: tr("RemindersView", "called") if r.called else "",
            lambda r: icon("mdi6.phone-check") if r.called else None,
        ),
    )


class InboxTableModel(RecordTableModel[InboundMessage]):
    columns = (
        Column(tr("RemindersView", "Received"), lambda m: date_time_text(m.received_at)),
        Column(tr("RemindersView", "From"), lambda m: m.sender),
        Column(
            tr("RemindersView", "Patient known"),
            lambda m: tr("RemindersView", "yes") if m.patient_id else tr("RemindersView", "no"),
        ),
        Column(tr("RemindersView", "Reply"), lambda m: m.body),
    )


class FailedTableModel(RecordTableModel[MessageView]):
    columns = (
        Column(tr("RemindersView", "Due"), lambda m: date_time_text(m.send_after)),
        Column(tr("RemindersView", "Channel"), lambda m: m.channel),
        Column(tr("RemindersView", "Tries"), lambda m: str(m.attempts), align_right=True),
        Column(tr("RemindersView", "Problem"), lambda m: m.last_error),
    )


def _tab(table: QTableView, *buttons: QPushButton) -> QWidget:
    page = QWidget()
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    layout = QVBoxLayout(page)
    layout.addLayout(row)
    layout.addWidget(table)
    return page


class RemindersView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("RemindersView", "Reminders"))
        self.ctx: ServiceContext | None = None
        title = QLabel(tr("RemindersView", "Reminders"))
        title.setProperty("role", "title")
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.calls = ConfirmTableModel()
        self.inbox = InboxTableModel()
        self.failed = FailedTableModel()
        self.calls_table = record_table(tr("RemindersView", "Visits to confirm"), self.calls, 2)
        self.inbox_table = record_table(tr("RemindersView", "Replies for staff"), self.inbox, 3)
        self.failed_table = record_table(tr("RemindersView", "Messages not sent"), self.failed, 3)
        self.called_button = QPushButton(
            icon("mdi6.phone-check"), tr("RemindersView", "Mar&k as called")
        )
        self.handled_button = QPushButton(icon("mdi6.check"), tr("RemindersView", "&Handled"))
        self.refresh_button = QPushButton(icon("mdi6.refresh"), tr("RemindersView", "Re&fresh"))
        self.print_button = QPushButton(icon("mdi6.printer"), tr("RemindersView", "Pr&int list…"))
        self.print_button.setToolTip(
            tr("RemindersView", "Preview, print or save the visits to confirm as a PDF")
        )
        self.print_button.clicked.connect(self.print_calls)
        self.preview_dialog: QWidget | None = None  # the last print preview opened
        self.called_button.clicked.connect(self.tick_selected)
        self.handled_button.clicked.connect(self.handle_selected)
        self.refresh_button.clicked.connect(self.reload)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            _tab(self.calls_table, self.called_button, self.print_button),
            tr("RemindersView", "To &call"),
        )
        self.tabs.addTab(
            _tab(self.inbox_table, self.handled_button), tr("RemindersView", "&Replies")
        )
        self.tabs.addTab(_tab(self.failed_table), tr("RemindersView", "&Not sent"))
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch()
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.tabs)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def on_shown(self) -> None:
        self.reload()

    def show_date(self, day: date) -> None:
        """The lists run from today, whatever day the calendar shows."""

    def selected_appointment(self) -> AppointmentView | None:
        return None

    def on_schedule_changed(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return

        def load() -> tuple[list[ConfirmRow], list[InboundMessage], list[MessageView]]:
            return (
                confirm_list(ctx, CALL_DAYS),
                staff_inbox(ctx),
                list_messages(ctx, MessageState.FAILED),
            )

        run_in_background(self, load, self._show)

    def _show(
        self, lists: tuple[list[ConfirmRow], list[InboundMessage], list[MessageView]]
    ) -> None:
        calls, inbox, failed = lists
        self.calls.set_rows(calls)
        self.inbox.set_rows(inbox)
        self.failed.set_rows(failed)
        self.summary.setText(
            tr(
                "RemindersView",
                "{calls} to call, {replies} replies to read, {failed} not sent.",
            ).format(calls=len(calls), replies=len(inbox), failed=len(failed))
        )

    def print_calls(self) -> None:
        """The unconfirmed list in the print preview (print it, or save it as a PDF)."""
        ctx = self.ctx
        if ctx is None:
            return
        # The print machinery (QtPdf, QtPrintSupport) loads on first use.
        from clinicdesk.ui.print_preview import (
            SheetKind,
            SheetPreviewDialog,
            SheetRequest,
            render_sheet,
        )

        def make() -> tuple[SheetRequest, bytes]:
            request = SheetRequest(SheetKind.CONFIRM, first=clinic_today(ctx), days=CALL_DAYS)
            return request, render_sheet(ctx, request)

        def show(made: tuple[SheetRequest, bytes]) -> None:
            self.preview_dialog = SheetPreviewDialog(ctx, made[0], made[1], self)
            self.preview_dialog.open()

        run_in_background(
            self,
            make,
            show,
            lambda error: report_error(self, error, tr("RemindersView", "Print")),
        )

    def tick_selected(self) -> None:
        ctx, index = self.ctx, self.calls_table.currentIndex()
        row = self.calls.record(index.row()) if index.isValid() else None
        if ctx is None or row is None:
            return
        run_in_background(
            self, lambda: tick_called(ctx, row.appointment_id), lambda _r: self.reload()
        )

    def handle_selected(self) -> None:
        ctx, index = self.ctx, self.inbox_table.currentIndex()
        reply = self.inbox.record(index.row()) if index.isValid() else None
        if ctx is None or reply is None:
            return
        run_in_background(self, lambda: mark_reply_handled(ctx, reply.id), lambda _r: self.reload())
