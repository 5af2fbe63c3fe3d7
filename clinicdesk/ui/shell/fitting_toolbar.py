"""A toolbar that drops button words, group by group, until every button fits.

A toolbar too wide for its window hides its last buttons behind the » extension, where
a receptionist does not look for them. The front desk's screen (1366 wide, often at
125% scaling) has no room for every label, and a translated label can be half as long
again, so the words go where room is short: first those of the actions used least,
the icons, tooltips and accessible names staying. The words come back when the window
grows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

WORDS = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICON = Qt.ToolButtonStyle.ToolButtonIconOnly


class FittingToolBar(QToolBar):
    """Buttons with words beside their icons where the width allows.

    ``fit_by`` names the groups of actions whose words go, in order, when the toolbar
    is too narrow for all of them; ``icons_only`` actions never show theirs (arrows,
    whose icon says it all). Every button keeps its action's text as its accessible
    name and a tooltip.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setToolButtonStyle(WORDS)
        self._icons_only: list[QAction] = []
        self._groups: list[list[QAction]] = []
        self._fitting = False
        self.dropped = 0  # how many groups show icons only

    def fit_by(self, groups: Sequence[Sequence[QAction]], icons_only: Sequence[QAction]) -> None:
        self._groups = [list(group) for group in groups]
        self._icons_only = list(icons_only)
        self.fit()

    def words_needed(self) -> int:
        """The width every button needs with the words it now shows."""
        return self.sizeHint().width()

    def fit(self) -> None:
        """Show as many groups' words as the current width holds."""
        if self._fitting:
            return
        self._fitting = True
        try:
            for dropped in range(len(self._groups) + 1):
                self._show_words(dropped)
                if self.words_needed() <= self.width():
                    break
        finally:
            self._fitting = False

    def _show_words(self, dropped: int) -> None:
        self.dropped = dropped
        wordless = set(self._icons_only)
        for group in self._groups[:dropped]:
            wordless.update(group)
        for action in self.actions():
            button = self.widgetForAction(action)
            if not isinstance(button, QToolButton):
                continue
            button.setToolButtonStyle(ICON if action in wordless else WORDS)
            text = action.iconText()
            if button.accessibleName() != text:
                button.setAccessibleName(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)
        if event.type() in (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged):
            self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LanguageChange,
        ):
            self.fit()
