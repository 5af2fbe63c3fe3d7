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
from clinicdesk.ui.i18n import time_text, tr


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
        self.setWindowTitle(tr("BumpPlanDialog", "Make room for an urgent patient"))
        self.resize(620, 460)
        self.message = QLabel(tr("BumpPlanDialog", "Working out the least disruptive plans…"))
        self.message.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("BumpPlanDialog", "Bump plans"))
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(tr("BumpPlanDialog", "What the chosen plan does"))
        self.list.currentRowChanged.connect(self._show_plan)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            tr("BumpPlanDialog", "&Apply this plan"), QDialogButtonBox.ButtonRole.AcceptRole
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
                tr(
                    "BumpDialog",
                    "Plan {number}: urgent at {time} with {provider} — %n move(s), "
                    "{minutes} min of delay",
                    n=len(plan.moves),
                ).format(
                    number=plan.number,
                    time=time_text(start),
                    provider=plan.urgent_slot.provider_name,
                    minutes=plan.total_delay_minutes,
                )
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
