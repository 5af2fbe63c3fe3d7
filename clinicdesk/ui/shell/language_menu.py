"""Help > Language: the language this PC's window, command line and printed sheets use.

The choice is saved as this PC's ``language`` setting (through the hook app.py
passes in) and takes effect when clinicdesk next starts: every label is made once,
when its screen is built, so switching in place would leave half the window in the
old language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from clinicdesk.ui.i18n import tr


class LanguageMenu(QMenu):
    def __init__(
        self,
        parent: QWidget,
        current: str,
        languages: dict[str, str],
        choose: Callable[[str], None],
    ) -> None:
        super().__init__(tr("LanguageMenu", "&Language"), parent)
        self._choose = choose
        group = QActionGroup(self)
        group.setExclusive(True)
        # Each language is named in itself, so a user lost in a foreign one finds theirs.
        choices = {"": tr("LanguageMenu", "&System language"), **languages}
        self.language_actions: dict[str, QAction] = {}
        for code, name in choices.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self._chosen(code))
            group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action

    def _chosen(self, code: str) -> None:
        self._choose(code)
        QMessageBox.information(
            self.parentWidget(),
            tr("LanguageMenu", "Language"),
            tr("LanguageMenu", "The new language is used when clinicdesk next starts."),
        )
