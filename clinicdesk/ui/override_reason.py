"""Asking for an override with a reason when the rules allow a change only so.

A move or a new length outside working hours, in the past or past a full list is
refused with the reasons; for the roles that may book, the dialog then shows a reason
box and the next try sends the reason with the same service call. The Move and the
Length dialogs share this, so both ask the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from clinicdesk.domain.errors import ClinicError, SchedulingConflictError
from clinicdesk.domain.permissions import Permission, allows
from clinicdesk.services.appointment_changes import ChangeResult
from clinicdesk.services.context import ServiceContext
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import clinic_error_text, report_error
from clinicdesk.ui.i18n import tr


class OverrideReason:
    """The refusal line, and the reason box with its label, for ``dialog`` to lay out.

    ``anyway`` tells how to go ahead ("To move it anyway, give the reason …").
    """

    def __init__(self, ctx: ServiceContext, dialog: QDialog, anyway: str) -> None:
        self.dialog = dialog
        self.anyway = anyway
        self.may_override = allows(ctx.actor.role, Permission.BOOK)
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(tr("OverrideReason", "Why the change was not made"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("OverrideReason", "Reason for overriding"))
        self.reason.setPlaceholderText(
            tr("OverrideReason", "e.g. patient can only come then; provider agreed")
        )
        self.label = QLabel(tr("OverrideReason", "Reason for &overriding:"))
        self.label.setBuddy(self.reason)
        self._show_box(False)

    def _show_box(self, on: bool) -> None:
        self.label.setVisible(on)
        self.reason.setVisible(on)

    @property
    def given(self) -> str:
        """The reason typed, once the box was offered (empty before)."""
        return self.reason.text() if self.reason.isVisibleTo(self.reason.window()) else ""

    def show_refusal(self, error: ClinicError) -> None:
        """Say why; when an override would do and this role may give one, ask for it."""
        overridable = isinstance(error, SchedulingConflictError) and error.overridable
        text = clinic_error_text(error)
        if overridable and self.may_override:
            text += "\n" + self.anyway
        elif overridable:
            text += "\n" + tr("OverrideReason", "Ask someone who may book to override it.")
        self.problem.setText(text)
        self._show_box(overridable and self.may_override)
        grow_to_fit(self.dialog)
        if overridable and self.may_override:
            self.reason.setFocus()

    def submit(
        self,
        button: QPushButton,
        call: Callable[[str], ChangeResult],
        done: Callable[[ChangeResult], None],
        what: str,
    ) -> None:
        """Run ``call(reason)`` in the background; on a refusal the dialog stays open
        with everything typed kept and says why."""
        reason, dialog = self.given, self.dialog
        button.setEnabled(False)

        def succeeded(result: ChangeResult) -> None:
            done(result)
            dialog.accept()

        def failed(error: BaseException) -> None:
            button.setEnabled(True)
            if isinstance(error, ClinicError):
                self.show_refusal(error)
            else:
                report_error(dialog, error, what)

        run_in_background(dialog, lambda: call(reason), succeeded, failed)


def grow_to_fit(dialog: QDialog) -> None:
    """Taller for a refusal's wrapped lines, instead of squeezing the fields."""
    layout = dialog.layout()
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth())
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    dialog.resize(width, max(dialog.height(), needed))
