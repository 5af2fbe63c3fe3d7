"""Asking where to save a file for the user, and whether an existing one may go.

The file dialog's own overwrite prompt is turned off so there is one question, asked
after the right extension is added (the dialog would have asked about another name).
The services refuse to replace a file unless told to (interop/files.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from clinicdesk.ui.i18n import tr


@dataclass(frozen=True, slots=True)
class SaveTarget:
    path: Path
    overwrite: bool


def with_extension(path: Path, extension: str) -> Path:
    """``path`` ending in ``extension`` (".pdf"), added when the user left it out."""
    return path if path.suffix.lower() == extension else path.with_name(path.name + extension)


def confirm_target(parent: QWidget, path: Path) -> SaveTarget | None:
    """``path`` to write, with overwrite allowed if it exists and the user said yes;
    None when the user would rather not replace it."""
    if not (path.exists() or path.is_symlink()):
        return SaveTarget(path, overwrite=False)
    answer = QMessageBox.question(
        parent,
        tr("SaveTarget", "Replace the file?"),
        tr("SaveTarget", "{name} already exists in {folder}. Replace it?").format(
            name=path.name, folder=path.parent
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return SaveTarget(path, overwrite=True)


def ask_save_target(
    parent: QWidget, title: str, suggested: Path, file_filter: str, extension: str
) -> SaveTarget | None:
    """Where to save (the user's choice, never a temp folder); None if cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        file_filter,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not chosen:
        return None
    return confirm_target(parent, with_extension(Path(chosen), extension))
