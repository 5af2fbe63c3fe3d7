"""Windows sized for the screen they open on, never past its edge.

The front desk runs at 1366×768 with a taskbar, often at 125% scaling (1093×582
device-independent pixels left for windows): a size chosen for a developer's monitor
puts buttons below the screen. Every window asks here for its size.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

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
