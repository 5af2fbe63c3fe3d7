"""Texts that must be read whole: the first-run welcome, and a refusal's clash list."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from clinicdesk.domain.errors import AuthenticationError, SchedulingConflictError
from clinicdesk.services.context import ServiceContext
from clinicdesk.ui.errors import clinic_error_text
from clinicdesk.ui.shell.hooks import AppHooks
from clinicdesk.ui.shell.main_window import MainWindow


def refuse_sign_in(_username: str, _password: str) -> ServiceContext:
    raise AuthenticationError("Sign-in failed.")


def test_the_welcome_text_has_room_for_every_line(qtbot: QtBot) -> None:
    hooks = AppHooks(
        load_overview=lambda: None, sign_in=refuse_sign_in, create_clinic=lambda _r: "1-2-3"
    )
    window = MainWindow(hooks)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    intro = window.first_run.intro
    assert intro.height() >= intro.heightForWidth(intro.width()), "last line cut off"


def test_a_refusal_lists_each_clash_once() -> None:
    one = SchedulingConflictError(
        "Cannot book: Dr Ana Lee is already booked 10:00-10:20.",
        ("Dr Ana Lee is already booked 10:00-10:20.",),
    )
    assert clinic_error_text(one) == "Cannot book: Dr Ana Lee is already booked 10:00-10:20."
    two = SchedulingConflictError(
        "Needs an override with a reason: Dr Ana Lee does not work then; 10:00 is in the past.",
        ("Dr Ana Lee does not work then", "10:00 is in the past."),
    )
    assert clinic_error_text(two) == (
        "Needs an override with a reason:\n• Dr Ana Lee does not work then\n• 10:00 is in the past."
    )
    other = SchedulingConflictError("The room is closed.", ("Room 2 is closed on Sundays.",))
    assert clinic_error_text(other) == "The room is closed.\n• Room 2 is closed on Sundays."
