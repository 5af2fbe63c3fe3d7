"""Combo boxes that find an item by any word of it, as it is typed.

Every provider is "Dr …" or "Nurse …", so Qt's type-ahead, which matches the start of
the text, cannot find anyone by surname: typing "lee" in a closed Provider box must
choose "Dr Ana Lee". The typed letters gather for Qt's keyboard-input interval, then
start afresh, as in any list.
"""

from __future__ import annotations

import re
import time
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListView, QWidget

_WORD_SPLIT = re.compile(r"[\W_]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words_of(text: str) -> list[str]:
    return [word for word in _WORD_SPLIT.split(_fold(text)) if word]


def matches_a_word(text: str, typed: str) -> bool:
    """``typed`` starts one of the words of ``text`` (or the whole of it)."""
    wanted = _fold(typed).strip()
    if not wanted:
        return False
    return _fold(text).startswith(wanted) or any(w.startswith(wanted) for w in words_of(text))


class WordSearchList(QListView):
    """The combo's list: keyboard search by any word, starting after the current item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_at = 0.0

    def keyboardSearch(self, search: str) -> None:
        model = self.model()
        if model is None or not search:
            return
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed_at = now
        self._typed += search
        rows = model.rowCount(self.rootIndex())
        if rows == 0:
            return
        current = self.currentIndex().row()
        # The same letter again moves on to the next match; more letters refine this one.
        start = current + 1 if len(self._typed) == 1 else max(current, 0)
        for offset in range(rows):
            row = (start + offset) % rows
            index = model.index(row, self.modelColumn(), self.rootIndex())
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if matches_a_word(text, self._typed):
                self.setCurrentIndex(index)
                return


def enable_word_search(combo: QComboBox) -> QComboBox:
    """Give ``combo`` type-ahead by any word (returns it, for chaining)."""
    combo.setView(WordSearchList(combo))
    return combo


