"""Review and apply the engine's bump plan for an urgent patient with no free slot."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.context import ServiceContext
from clinicdesk.services.urgent import (
    BumpPlanView,
    BumpProposal,
    BumpRequest,
    BumpResult,
    apply_bump_plan,
    propose_bump_plan,
)
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error


class BumpPlanDialog(QDialog):
    applied = Signal(object)  # BumpResult

    def __init__(
        self, ctx: ServiceContext, request: BumpRequest, zone: ZoneInfo, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request = request
        self.zone = zone
        self.plans: tuple[BumpPlanView, ...] = ()
        self.setWindowTitle("Make room for an urgent patient")
        self.resize(620, 460)
        self.message = QLabel("Working out the least disruptive plans…")
        self.message.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Bump plans")
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName("What the chosen plan does")
        self.list.currentRowChanged.connect(self._show_plan)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            "&Apply this plan", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        run_in_background(self, lambda: propose_bump_plan(ctx, request), self._show_proposal)

    def _show_proposal(self, proposal: BumpProposal) -> None:
        self.plans = proposal.plans
        self.message.setText(proposal.message)
        for plan in proposal.plans:
            start = plan.urgent_slot.start.astimezone(self.zone)
            self.list.addItem(
                f"Plan {plan.number}: urgent at {start:%H:%M} with {plan.urgent_slot.provider_name}"
                f" — {len(plan.moves)} move(s), {plan.total_delay_minutes} min of delay"
            )
        if self.plans:
            self.list.setCurrentRow(0)
        self.apply_button.setEnabled(bool(self.plans))

    def _show_plan(self, row: int) -> None:
        if 0 <= row < len(self.plans):
            self.detail.setPlainText("\n".join(self.plans[row].lines))

    def apply(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.plans):
            return
        plan = self.plans[row]
        ctx, request = self.ctx, self.request
        self.apply_button.setEnabled(False)

        def done(result: BumpResult) -> None:
            self.applied.emit(result)
            self.accept()

        def failed(error: BaseException) -> None:
            self.apply_button.setEnabled(True)
            report_error(self, error, "Bump plan")

        run_in_background(self, lambda: apply_bump_plan(ctx, request, plan), done, failed)
