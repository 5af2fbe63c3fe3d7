"""Every action of the window against the role table, for every role.

The actions are found on the live window (``findChildren(QAction)``), so an action added
without a line in ``MainWindow.action_permissions`` fails here. Each role signs in for
real; what it may not do is greyed out, and nothing it can open is refused by a service
(no warning dialog, which is how a refusal would reach the user).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from clinicdesk.domain.permissions import allows
from clinicdesk.domain.users import Role
from clinicdesk.services.accounts import add_user
from clinicdesk.ui.shell.main_window import VIEW_PERMISSIONS, MainWindow
from tests.gui.conftest import PASSWORD, GuiClinic, sign_in, wait_idle

USERS = {
    Role.ADMIN: "admin",
    Role.RECEPTIONIST: "desk",
    Role.MANAGER: "mary",
    Role.PROVIDER: "dr.lee",
}


def _window_actions(window: MainWindow) -> list[QAction]:
    """The window's own actions (Qt's internal ones, e.g. a toolbar's toggle, excluded)."""
    return [action for action in window.findChildren(QAction) if action.parent() is window]


@pytest.fixture
def staffed(clinic: GuiClinic) -> GuiClinic:
    admin = clinic.store.sign_in("admin", PASSWORD)
    add_user(admin, "mary", "Mary", Role.MANAGER, PASSWORD)
    add_user(admin, "dr.lee", "Dr Lee", Role.PROVIDER, PASSWORD, provider_id=clinic.ana)
    return clinic


def test_every_window_action_is_in_the_role_table(window: MainWindow) -> None:
    window.build_workspace()  # built at sign-in otherwise
    missing = [a.text() for a in _window_actions(window) if a not in window.action_permissions]
    assert missing == [], f"actions with no permission in MainWindow.action_permissions: {missing}"
    assert set(VIEW_PERMISSIONS) == set(window.views)


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
def test_each_role_gets_exactly_the_actions_the_table_allows(
    qtbot: QtBot,
    window: MainWindow,
    staffed: GuiClinic,
    role: Role,
    message_boxes: list[tuple[str, str]],
) -> None:
    sign_in(qtbot, window, USERS[role])
    selection_driven = set(window.appointments.all_actions())
    for action, permission in window.action_permissions.items():
        if action in selection_driven:
            continue
        expected = permission is None or allows(role, permission)
        assert action.isEnabled() == expected, (role.value, action.text(), permission)
    for key, action in window.view_actions.items():
        if not action.isEnabled():
            continue
        action.trigger()
        wait_idle(qtbot)
        assert window.current_view == key
    assert message_boxes == [], f"{role.value} was refused something the window offered"
