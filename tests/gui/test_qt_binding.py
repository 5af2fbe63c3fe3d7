"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 took a reference from None on every void call
(QPainter.save, setObjectName...): a busy calendar aborted the process within seconds.
pyproject.toml excludes that release; this test catches a binding with the same fault
before a receptionist does. It runs in a child process because the fault aborts the
interpreter rather than raising.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 50_000

PROBE = f"""
import sys
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
widget = QWidget()
image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
before = sys.getrefcount(None)
for _ in range({CALLS}):
    painter.save()
    painter.setPen(QColor("red"))
    painter.restore()
    widget.setObjectName("probe")
painter.end()
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_do_not_use_up_references_to_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run(
        [sys.executable, "-c", PROBE],
        check=False,  # an abort is the failure being tested for
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert probe.returncode == 0, (
        f"the Qt binding aborted Python after {CALLS} void calls "
        f"(a refcount fault like PySide6 6.12.0's): {probe.stderr[-400:]}"
    )
    lost = -int(probe.stdout.strip().splitlines()[-1])
    assert lost < CALLS // 100, f"None lost {lost} references over {CALLS * 4} void calls"
