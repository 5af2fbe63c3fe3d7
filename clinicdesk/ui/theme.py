"""One calm palette, the style sheet and the icons every screen uses.

Colours live here once; the QSS in ``clinicdesk/resources/style/clinicdesk.qss`` refers
to them by ``@name`` placeholders so the painted calendar and the widgets never drift apart.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from clinicdesk.domain.appointments import Status
from clinicdesk.paths import resources_dir

PALETTE: dict[str, str] = {
    "window": "#F4F6F7",
    "surface": "#FFFFFF",
    "border": "#D5DCE1",
    "text": "#1E2A32",
    "muted": "#5A6872",
    "accent": "#2D6A86",
    "accent_soft": "#E1EDF2",
    "accent_text": "#FFFFFF",
    "danger": "#A8322A",
    "danger_soft": "#FBEAE8",
    "warning": "#8A5A00",
    "warning_soft": "#FFF4DB",
    "success": "#2E7049",
    "closed": "#E6EAED",
    "grid_line": "#E3E8EB",
    "grid_hour": "#C9D2D8",
    "now": "#C4432F",
}

# Status is always icon + words; the colour only repeats what they say.
STATUS_ICONS: dict[Status, str] = {
    Status.BOOKED: "mdi6.calendar-blank-outline",
    Status.CONFIRMED: "mdi6.check-circle-outline",
    Status.ARRIVED: "mdi6.account-arrow-right",
    Status.IN_ROOM: "mdi6.door-open",
    Status.COMPLETED: "mdi6.check-all",
    Status.NO_SHOW: "mdi6.account-off-outline",
    Status.CANCELLED: "mdi6.cancel",
}


def colour(name: str) -> QColor:
    return QColor(PALETTE[name])


@cache
def icon(name: str, colour_name: str = "text") -> QIcon:
    """A qtawesome icon (``mdi6.*``) drawn in one of the palette colours.

    qtawesome (with qtpy and its icon fonts) loads when an icon is first drawn, not when
    it is made: the window makes its toolbar at start-up but shows it after sign-in.
    """
    return QIcon(_DeferredIconEngine(name, PALETTE[colour_name]))


class _DeferredIconEngine(QIconEngine):
    """Hands every call to the real qtawesome icon, made on first use."""

    def __init__(self, name: str, colour: str) -> None:
        super().__init__()
        self._name = name
        self._colour = colour
        self._icon: QIcon | None = None

    def _real(self) -> QIcon:
        if self._icon is None:
            import qtawesome

            self._icon = qtawesome.icon(self._name, color=self._colour)
        return self._icon

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._real().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._real().pixmap(size, mode, state)

    def clone(self) -> QIconEngine:
        return _DeferredIconEngine(self._name, self._colour)


def status_icon(status: Status) -> QIcon:
    return icon(STATUS_ICONS[status])


def style_sheet() -> str:
    text = (resources_dir() / "style" / "clinicdesk.qss").read_text(encoding="utf-8")
    # Qt style sheets take forward slashes in url(), on Windows too.
    text = text.replace("@icons", (resources_dir() / "icons").as_posix())
    # Longest names first so "@accent_soft" is not eaten by "@accent".
    for name in sorted(PALETTE, key=len, reverse=True):
        text = text.replace(f"@{name}", PALETTE[name])
    return text


def apply_theme(app: QApplication) -> None:
    """Fusion style (the same on every OS), a readable base font, the palette's QSS."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(style_sheet())
