"""The guard against the Qt binding's None leak (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter

import clinicdesk.ui  # noqa: F401 - importing the UI package installs the guard
from clinicdesk.ui.none_guard import guard_none, none_leaks_per_call


def test_a_long_session_of_void_calls_cannot_use_up_none() -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    for _ in range(20_000):  # more than None's own references on an unguarded 3.11
        painter.save()
        painter.setPen(QColor("red"))
        painter.restore()
    painter.end()
    leak = none_leaks_per_call()
    if leak > 0:
        # A leaking binding: None must hold enough for 10**12 more calls.
        assert sys.getrefcount(None) > 10**12 * leak
    assert guard_none() is (leak > 0 and sys.version_info < (3, 12))
