"""The one error boundary of the window.

A :class:`ClinicError` is an expected, user-fixable refusal: its message is shown as
it is, in plain words. Anything else is a bug: it is logged (by the crash reporter
app.py installs; no patient data) and a crash dialog says so. Neither closes the
form the user was typing in, so their input is kept for another try.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from clinicdesk.domain.errors import ClinicError, SchedulingConflictError
from clinicdesk.ui.i18n import tr

# Writes the crash log and returns where it went (or None); set by app.py.
CrashReporter = Callable[[BaseException, TracebackType | None], str | None]
_crash_reporter: CrashReporter | None = None


def set_crash_reporter(reporter: CrashReporter | None) -> None:
    global _crash_reporter  # noqa: PLW0603 - one reporter for the process
    _crash_reporter = reporter


def clinic_error_text(error: ClinicError) -> str:
    """The message, with each clash on its own line when a booking was refused."""
    if not isinstance(error, SchedulingConflictError) or not error.clashes:
        return error.message
    message = error.message
    if all(clash.rstrip(".") in message for clash in error.clashes):
        # The message already says every clash: one clash reads best as the sentence
        # alone, several as its lead-in ("Cannot book:") over one bullet each.
        if len(error.clashes) == 1:
            return message
        lead, colon, _rest = message.partition(": ")
        message = lead + ":" if colon else ""
    lines = [message, *(f"• {clash}" for clash in dict.fromkeys(error.clashes))]
    return "\n".join(line for line in lines if line)


def show_crash_dialog(parent: QWidget | None, error: BaseException) -> None:
    where = None
    if _crash_reporter is not None:
        try:
            where = _crash_reporter(error, error.__traceback__)
        except OSError:
            where = None
    detail = (
        tr("errors", "Details for your support contact were saved in {where}.").format(where=where)
        if where
        else tr("errors", "The details could not be saved.")
    )
    QMessageBox.critical(
        parent,
        tr("errors", "Something went wrong"),
        tr(
            "errors",
            "clinicdesk hit an unexpected problem and did not finish this step. "
            "What you typed is still there; please check it and try again.",
        )
        + " "
        + detail,
    )


def report_error(parent: QWidget | None, error: BaseException, title: str = "clinicdesk") -> None:
    """Show ``error`` the way the house rules say (see the module docstring)."""
    if isinstance(error, ClinicError):
        QMessageBox.warning(parent, title, clinic_error_text(error))
        return
    if isinstance(error, KeyboardInterrupt):
        raise error
    show_crash_dialog(parent, error)


@contextmanager
def user_action(parent: QWidget | None, title: str = "clinicdesk") -> Iterator[None]:
    """Run a synchronous step inside the error boundary: errors become dialogs."""
    try:
        yield
    except Exception as error:  # the boundary: every error ends here, shown once
        report_error(parent, error, title)


def install_excepthook() -> None:
    """Errors escaping a Qt slot land in the crash dialog instead of killing the app."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report_error(None, error)

    sys.excepthook = handle
