"""Guard against a Qt binding that hands back ``None`` without a reference.

PySide6 6.12.0 on CPython 3.11 returns ``None`` from many void methods (``QPainter.save``,
``setPen``, ``QObject.setObjectName``, ``processEvents`` …) without adding the reference
it gives away, so every call takes one reference from ``None``. A window repainting a
busy calendar makes thousands of such calls a second; once ``None``'s count reaches
zero CPython aborts the process with "none_dealloc: deallocating None". CPython 3.12
made ``None`` immortal (PEP 683), which is why the binding's bug only bites on 3.11.

:func:`guard_none` probes for the leak once and, only when it is there, gives ``None``
enough references that no session could use them up: what 3.12 does for every
program. The real cure is a binding without the bug or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

PROBE_CALLS = 64
# 2**60 references: at a million leaking calls a second, 36,000 years of use.
RESERVE = 1 << 60

_state = {"guarded": False}


def none_leaks_per_call() -> float:
    """References ``None`` loses per void call of the Qt binding (0.0 when it is sound)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return (before - sys.getrefcount(None)) / PROBE_CALLS


def guard_none() -> bool:
    """Make ``None`` effectively immortal when the binding leaks it; True if it did."""
    if _state["guarded"] or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _state["guarded"]
    if none_leaks_per_call() <= 0:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _state["guarded"] = True
    return True
