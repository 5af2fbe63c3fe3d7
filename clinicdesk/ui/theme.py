"""One calm palette, the style sheet and the icons every screen uses.

Colours live here once; the QSS in ``clinicdesk/resources/style/clinicdesk.qss`` refers
to them by ``@name`` placeholders so the painted calendar and the widgets never drift apart.
"""

from __future__ import annotations

from functools import cache

import qtawesome
from PySide6.QtGui import QColor, QFont, QIcon
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
    """A qtawesome icon (``mdi6.*``) drawn in one of the palette colours."""
    return qtawesome.icon(name, color=PALETTE[colour_name])


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
