"""Writing exported files where the user asked, whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from clinicdesk.domain.errors import ValidationError


def write_file_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    A crash or a full disk leaves either the old file or none, never half a PDF that
    would look like a complete day sheet. The folder must exist: a mistyped path is
    the user's to fix, not something to create silently.
    """
    target = Path(path).expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(f"The folder {folder} does not exist; choose another place.")
    if target.is_dir():
        raise ValidationError(f"{target} is a folder; give a file name to write to.")
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=".clinicdesk-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise ValidationError(
            f"Could not write {target}: {error.strerror or error}. Check the folder and space."
        ) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return target
