"""Windows sized for the screen they open on, never past its edge.

The front desk runs at 1366×768 with a taskbar, often at 125% scaling (1093×582
device-independent pixels left for windows): a size chosen for a developer's monitor
puts buttons below the screen. Every window asks here for its size.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

# Room left for the window's frame and title bar, which the size does not include.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    """The part of the widget's screen windows may use (the taskbar left out)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(preferred: QSize, available: QSize) -> QSize:
    """``preferred``, shrunk to fit ``available`` with room for the frame."""
    return QSize(
        min(preferred.width(), available.width() - FRAME_ALLOWANCE.width()),
        min(preferred.height(), available.height() - FRAME_ALLOWANCE.height()),
    )


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize ``widget`` to ``preferred`` or as much of it as its screen has room for."""
    widget.resize(fitted_size(preferred, available_geometry(widget).size()))


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls only when the window is too
    short or narrow for it, so a tall form or a wide row of controls never sets the
    main window's minimum (which would push the calendar's bottom off the screen)."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # The card's own background shows through, as if the content sat on it directly.
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    return area


class ScrolledPages(QStackedWidget):
    """Pages inside a scroll area, which scrolls for the page on show only.

    A scroll area takes its page's height-for-width as the height it must have, and a
    stack answers with the preferred height of its tallest page, shown or not: a
    wrapped label (the calendar's key) then scrolls the whole workspace of a short
    window although every view could shrink. Pages that fit any desk screen by
    themselves (``fitting_pages``) scroll only below their least size.
    """

    def __init__(self) -> None:
        super().__init__()
        self.fitting_pages: list[QWidget] = []

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        if page is None or page in self.fitting_pages:
            return -1  # the scroll area then goes by the least size alone
        return page.heightForWidth(width)
