"""Special files for tests that aim hostile paths at devices."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def device_node(path: Path, minor: int) -> Path:
    """A character device of our own at ``path`` (1, ``minor``: 7 is like /dev/full, 3
    like /dev/null), so code that wrongly replaces it harms nothing outside the test.
    Making one needs root; otherwise the system's node, which only root could replace."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except PermissionError:
        return Path("/dev/full" if minor == 7 else "/dev/null")
    return path
