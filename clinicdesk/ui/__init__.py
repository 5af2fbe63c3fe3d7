"""The Qt user interface: the only package that imports Qt."""

from clinicdesk.ui.none_guard import guard_none

# Before any window paints: PySide6 6.12 on Python 3.11 leaks references to None.
guard_none()
