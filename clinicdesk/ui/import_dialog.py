"""File > Import…: CSV files from another system, or a FHIR Bundle / NDJSON, with a
preview before anything is written.

The person picks a file or a folder; the preview (the import service's dry run, on the
background worker) shows the columns found for each file, each one changeable, every
row's problems, and each patient who may already be registered with a choice: skip,
keep both, or merge. Import then commits all or nothing with a progress bar; Cancel
stops it and the store stays as it was. The dialog only shows and collects choices:
reading, checking and writing are the services'.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicError
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.csv_intake import Decision, csv_fields, import_csv
from clinicdesk.services.fhir_intake import import_fhir
from clinicdesk.services.import_files import ImportSource, read_import_source
from clinicdesk.services.patient_merge import MERGE_FIELDS
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import clinic_error_text, report_error
from clinicdesk.ui.fitting import fit_to_screen
from clinicdesk.ui.i18n import tr

# What the decision box offers, and the decision each choice means.
CHOICES: tuple[tuple[str, Decision], ...] = (
    ("skip", Decision("skip")),
    ("keep", Decision("keep")),
    ("merge", Decision("merge")),
    ("merge-theirs", Decision("merge", take=frozenset(MERGE_FIELDS))),
)
NOT_USED = ""


def _choice_text(key: str) -> str:
    return {
        "skip": tr("ImportDialog", "Skip this row"),
        "keep": tr("ImportDialog", "Keep both"),
        "merge": tr("ImportDialog", "Merge, keep details on file"),
        "merge-theirs": tr("ImportDialog", "Merge, take the file's details"),
    }[key]


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class ImportDialog(QDialog):
    """``imported`` tells the window that patients or appointments were added."""

    imported = Signal()
    progressed = Signal(int, str)  # emitted on the worker; Qt queues it to this thread

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source: ImportSource | None = None
        self.result: Any = None
        self.previewed_mapping: dict[str, dict[str, str]] = {}
        self.running = False
        self.stop = threading.Event()
        self.setWindowTitle(tr("ImportDialog", "Import"))

        self.path = QLineEdit()
        self.path.setAccessibleName(tr("ImportDialog", "File or folder to import"))
        self.path.setPlaceholderText(
            tr("ImportDialog", "A CSV file, a folder of CSV files, or a FHIR file")
        )
        path_label = QLabel(tr("ImportDialog", "Fro&m:"))
        path_label.setBuddy(self.path)
        self.file_button = QPushButton(tr("ImportDialog", "Choose &file…"))
        self.folder_button = QPushButton(tr("ImportDialog", "Choose f&older…"))
        self.preview_button = QPushButton(tr("ImportDialog", "&Preview"))
        self.preview_button.setDefault(True)
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.preview_button.clicked.connect(self.preview)
        self.path.returnPressed.connect(self.preview)
        top = QHBoxLayout()
        for widget in (path_label, self.path, self.file_button, self.folder_button):
            top.addWidget(widget)
        top.addWidget(self.preview_button)

        self.summary = QLabel(
            tr("ImportDialog", "Nothing is written until you press Import after a preview.")
        )
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("ImportDialog", "Import summary"))

        self.columns = _table(
            tr("ImportDialog", "Columns found"),
            [
                tr("ImportDialog", "File"),
                tr("ImportDialog", "Holds"),
                tr("ImportDialog", "Field"),
                tr("ImportDialog", "Column in the file"),
            ],
        )
        self.problems = _table(
            tr("ImportDialog", "Problems by row"),
            [tr("ImportDialog", "Where"), tr("ImportDialog", "Problem")],
        )
        self.duplicates = _table(
            tr("ImportDialog", "Possible duplicates"),
            [
                tr("ImportDialog", "Where"),
                tr("ImportDialog", "Patient in the file"),
                tr("ImportDialog", "Born"),
                tr("ImportDialog", "May already be"),
                tr("ImportDialog", "Choice"),
            ],
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.columns, tr("ImportDialog", "&Columns"))
        self.tabs.addTab(self.problems, tr("ImportDialog", "Pro&blems"))
        self.tabs.addTab(self.duplicates, tr("ImportDialog", "&Duplicates"))

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("ImportDialog", "Import progress"))
        self.progressed.connect(self._progressed)
        self.import_button = QPushButton(tr("ImportDialog", "&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.cancel_button = QPushButton(tr("ImportDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, QSize(1100, 640))

    # -- choosing -------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            tr("ImportDialog", "Import a file"),
            self.path.text(),
            tr("ImportDialog", "CSV or FHIR (*.csv *.txt *.tsv *.json *.ndjson *.jsonl)"),
        )
        if chosen:
            self.path.setText(chosen)
            self.preview()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("ImportDialog", "Import a folder of CSV files"), self.path.text()
        )
        if chosen:
            self.path.setText(chosen)
            self.preview()

    # -- preview and import -----------------------------------------------------------------

    def preview(self) -> None:
        """Read the chosen file or folder, then the service's dry run."""
        if self.running:
            return
        path = self.path.text()
        self._busy(True)
        self.summary.setText(tr("ImportDialog", "Reading…"))
        known = self.source is not None and self.source.path == path
        run_in_background(
            self,
            lambda: read_import_source(path),
            lambda source: self._read(source, keep_columns=known),
            self._failed,
        )

    def _read(self, source: ImportSource, *, keep_columns: bool) -> None:
        if not keep_columns:
            self.columns.setRowCount(0)
        self.source = source
        self._run(dry_run=True)

    def commit(self) -> None:
        if self.running or self.source is None:
            return
        if self._mapping() != self.previewed_mapping:
            self.summary.setText(
                tr("ImportDialog", "The columns changed since the preview: preview again.")
            )
            return
        self._busy(True)
        self._run(dry_run=False)

    def cancel(self) -> None:
        """Stop a running import (it rolls back), or close the dialog."""
        if self.running:
            self.stop.set()
            self.summary.setText(tr("ImportDialog", "Cancelling…"))
            return
        self.reject()

    def _run(self, *, dry_run: bool) -> None:
        assert self.source is not None
        source, ctx = self.source, self.ctx
        self.stop = threading.Event()
        stop, report = self.stop, self.progressed.emit
        mapping = self._mapping()
        decisions = self._decisions()
        if source.kind == "fhir":
            data = source.files[0][1]
            fhir_choices = {key: d.action for key, d in decisions.items()}

            def call() -> object:
                return import_fhir(
                    ctx,
                    data,
                    dry_run=dry_run,
                    decisions=fhir_choices,
                    progress=report,
                    cancelled=stop.is_set,
                )
        else:
            files = list(source.files)

            def call() -> object:
                return import_csv(
                    ctx,
                    files,
                    mappings=mapping or None,
                    dry_run=dry_run,
                    decisions=decisions,
                    progress=report,
                    cancelled=stop.is_set,
                )

        self.progress.setValue(0)
        run_in_background(self, call, lambda result: self._done(result, dry_run), self._failed)

    def _progressed(self, percent: int, _what: str) -> None:
        self.progress.setValue(percent)

    def _busy(self, running: bool) -> None:
        self.running = running
        for widget in (self.preview_button, self.file_button, self.folder_button, self.path):
            widget.setEnabled(not running)
        self.import_button.setEnabled(False)
        self.cancel_button.setText(
            tr("ImportDialog", "&Stop") if running else tr("ImportDialog", "Close")
        )

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.progress.setValue(0)
        if isinstance(error, ClinicError):
            self.summary.setText(clinic_error_text(error))
        else:
            report_error(self, error, tr("ImportDialog", "Import"))

    # -- showing ------------------------------------------------------------------------------

    def _done(self, result: Any, dry_run: bool) -> None:
        self._busy(False)
        self.result = result
        fhir = self.source is not None and self.source.kind == "fhir"
        if not fhir and self.columns.rowCount() == 0:
            self._show_columns(result)
        self.previewed_mapping = self._mapping()
        problems = [(p.where, p.reason) for p in result.problems]
        if fhir:
            problems += [(p.where, p.reason) for p in result.unknown_references]
        else:
            problems += [(p.where, p.reason) for p in result.after_death]
            problems += [(p.where, p.reason) for p in result.skipped]
        problems += [
            (c.source, tr("ImportDialog", "kept, but overlaps another visit of its provider"))
            for c in result.clashes
        ]
        self.problems.setRowCount(len(problems))
        for row, (where, reason) in enumerate(problems):
            self.problems.setItem(row, 0, _cell(where))
            self.problems.setItem(row, 1, _cell(reason))
        if dry_run:
            self._show_duplicates(result, fhir)
        added = ", ".join(f"{kind}: {count}" for kind, count in result.added.items())
        if result.problems:
            text = tr(
                "ImportDialog",
                "Problems in %n row(s) or file(s); nothing can be imported until they are "
                "fixed (see Problems).",
                None,
                len(result.problems),
            )
            self.tabs.setCurrentWidget(self.problems)
        elif dry_run:
            text = tr("ImportDialog", "Ready to import: {added}. Nothing is written yet.").format(
                added=added
            )
            self.import_button.setEnabled(True)
        else:
            text = tr("ImportDialog", "Imported: {added}.").format(added=added)
            self.progress.setValue(100)
            self.imported.emit()
        if self.source is not None and self.source.ignored:
            text += " " + tr("ImportDialog", "Not CSV, left out: {names}.").format(
                names=", ".join(self.source.ignored)
            )
        self.summary.setText(text)

    def _show_columns(self, result: Any) -> None:
        rows = [
            (report, field, report.mapping.get(field, NOT_USED))
            for report in result.files
            for field in csv_fields(report.kind)
        ]
        self.columns.setRowCount(len(rows))
        for row, (report, field, column) in enumerate(rows):
            self.columns.setItem(row, 0, _cell(report.name))
            self.columns.setItem(row, 1, _cell(report.kind))
            self.columns.setItem(row, 2, _cell(field))
            box = QComboBox()
            box.setAccessibleName(
                tr("ImportDialog", "Column for {field} in {file}").format(
                    field=field, file=report.name
                )
            )
            box.addItem(tr("ImportDialog", "(not used)"), NOT_USED)
            for header in report.header:
                box.addItem(header, header)
            box.setCurrentIndex(max(box.findData(column), 0))
            box.setProperty("kind", report.kind)
            box.setProperty("field", field)
            self.columns.setCellWidget(row, 3, box)

    def _mapping(self) -> dict[str, dict[str, str]]:
        """kind -> field -> header, as the column boxes now say."""
        found: dict[str, dict[str, str]] = {}
        for row in range(self.columns.rowCount()):
            box = self.columns.cellWidget(row, 3)
            if isinstance(box, QComboBox) and box.currentData():
                found.setdefault(box.property("kind"), {})[box.property("field")] = (
                    box.currentData()
                )
        return found

    def _show_duplicates(self, result: Any, fhir: bool) -> None:
        found = result.possible_duplicates
        self.duplicates.setRowCount(len(found))
        for row, duplicate in enumerate(found):
            if fhir:
                where, key, matches = duplicate.source, duplicate.source, duplicate.matches
            else:
                where, key = duplicate.where, duplicate.source_id
                matches = tuple(
                    f"{name} ({match})" if name else match
                    for match, name in zip(duplicate.matches, duplicate.match_names, strict=True)
                )
            self.duplicates.setItem(row, 0, _cell(where))
            self.duplicates.setItem(row, 1, _cell(duplicate.name))
            self.duplicates.setItem(row, 2, _cell(duplicate.birth_date))
            self.duplicates.setItem(row, 3, _cell("; ".join(matches)))
            box = QComboBox()
            box.setAccessibleName(
                tr("ImportDialog", "Choice for {name}").format(name=duplicate.name)
            )
            # A FHIR file's duplicates can be skipped or kept; merging is for CSV rows.
            for choice, _decision in CHOICES if not fhir else CHOICES[:2]:
                box.addItem(_choice_text(choice), choice)
            box.setProperty("key", key)
            self.duplicates.setCellWidget(row, 4, box)
        if found and not result.problems:
            self.tabs.setCurrentWidget(self.duplicates)

    def _decisions(self) -> dict[str, Decision]:
        meaning = dict(CHOICES)
        found = {}
        for row in range(self.duplicates.rowCount()):
            box = self.duplicates.cellWidget(row, 4)
            if isinstance(box, QComboBox):
                found[str(box.property("key"))] = meaning[box.currentData()]
        return found

    def keyPressEvent(self, event: Any) -> None:
        # Escape while importing stops the import instead of hiding a running dialog.
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
