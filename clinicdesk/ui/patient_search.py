"""Patient search as you type: debounced, off the GUI thread, stale answers dropped.

Each keystroke restarts a short timer; when it fires, the search runs in the
background tagged with a sequence number, and only the answer to the newest text is
shown. One search runs at a time; text typed meanwhile is searched when it returns.
The list below the box is a :class:`PatientTableModel`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.context import ServiceContext
from clinicdesk.services.patients import PatientSummary, search_patients
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import tr
from clinicdesk.ui.models import PatientTableModel
from clinicdesk.ui.tables import record_table

# Zero: the search starts as soon as the keys already queued are handled (a burst
# pasted or typed in one event batch still makes one search). Only one search runs at
# a time and the newest text goes next, so no further delay is needed; 15 ms cost every
# query that much and often fired late on a busy GUI thread.
DEBOUNCE_MS = 0
RESULT_LIMIT = 30


class SearchBox(QLineEdit):
    """Down arrow hands the keyboard to the results list."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class ChoiceTable(QTableView):
    """A list where a row is current only when the user made it so.

    Qt makes the first row current when a list gains focus by the keyboard; in a list of
    namesakes that would choose a patient nobody picked.
    """

    def focusInEvent(self, event: QFocusEvent) -> None:
        selection = self.selectionModel()
        if self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        # Qt's own pick is undone before anyone hears of it (a patient chosen and
        # unchosen again would start and drop a slot search).
        was_blocked = selection.blockSignals(True)
        try:
            super().focusInEvent(event)
            selection.clear()
        finally:
            selection.blockSignals(was_blocked)
        self.viewport().update()


class PatientSearch(QWidget):
    """A search box and its results; ``chosen`` when a patient is picked."""

    chosen = Signal(object)  # PatientSummary | None
    results_shown = Signal(int)  # how many, after each answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: ServiceContext | None = None
        self.box = SearchBox()
        self.box.setAccessibleName(tr("PatientSearch", "Find patient"))
        self.box.setPlaceholderText(
            tr("PatientSearch", "Name, date of birth (e.g. 17/05/1980) or phone digits")
        )
        self.box.setClearButtonEnabled(True)
        self.model = PatientTableModel()
        self.table = record_table(
            "Matching patients", self.model, stretch_column=0, table=ChoiceTable()
        )
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.box.down_pressed.connect(self._focus_results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_now)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self._sequence = 0
        self._searching = False  # a search is running on a worker
        self._chosen_id: str | None = None  # the patient last announced by ``chosen``
        self._search_again = False  # the text changed while it ran
        self.last_latency_ms = 0.0  # from the last key to its results on screen
        self.shown_text = ""  # the text whose results the model holds
        self._typed_at = 0.0
        self.box.textEdited.connect(self._note_key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.table)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def selected(self) -> PatientSummary | None:
        """The patient the receptionist chose: the only match, or the row they moved to
        or clicked. Never a row merely listed first, and never an answer to older text."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.up_to_date:
            return None
        return self.model.record(index.row())

    @property
    def up_to_date(self) -> bool:
        """The list answers the text in the box (not an earlier, shorter text)."""
        return self.box.text().strip() == self.shown_text.strip()

    def typing(self, pause_ms: int) -> bool:
        """Whether the receptionist is still typing: a key in the last ``pause_ms``, or a
        search not answered yet."""
        if self._searching or self._timer.isActive():
            return True
        return (time.perf_counter() - self._typed_at) * 1000 < pause_ms

    def why_none_chosen(self) -> str:
        """What the receptionist must do before anything can be booked for a patient."""
        count = self.model.rowCount()
        if not self.up_to_date:
            return tr("PatientSearch", "Still searching: wait for the list, then pick the patient.")
        if count > 1:
            return tr(
                "PatientSearch",
                "{count} patients match: pick one with the arrow keys, or click it.",
            ).format(count=count)
        if len(self.box.text().strip()) < 2:
            return tr(
                "PatientSearch", "Find the patient first: type a name, birth date or phone digits."
            )
        return tr(
            "PatientSearch", "No patient matches: check the spelling, or register a new patient."
        )

    def focus_choice(self) -> None:
        """Put the keyboard where the choice is made: the list, else the search box."""
        if self.model.rowCount() > 1 and self.up_to_date:
            self.table.setFocus()
        else:
            self.box.setFocus()

    def show_patient(self, patient: PatientSummary) -> None:
        """Show just this patient, chosen (after registering a new one)."""
        self._sequence += 1
        self.box.blockSignals(True)
        self.box.setText(patient.display_name)
        self.box.blockSignals(False)
        self.model.set_rows([patient])
        self.shown_text = patient.display_name
        self.table.setCurrentIndex(self.model.index(0, 0))

    def _note_key(self, _text: str) -> None:
        self._typed_at = time.perf_counter()

    def _focus_results(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _search_now(self) -> None:
        ctx = self.ctx
        text = self.box.text().strip()
        self._sequence += 1
        sequence = self._sequence
        if ctx is None or len(text) < 2:
            self._search_again = False
            self.model.set_rows([])
            self.shown_text = text
            self._choose(None)
            self.results_shown.emit(0)
            return
        if self._searching:
            # One search at a time: a search already running would only show text the
            # user has typed past, so the newest text is searched as soon as it returns
            # and the results never arrive out of order.
            self._search_again = True
            return
        self._searching = True

        def finished() -> None:
            self._searching = False
            if self._search_again:
                self._search_again = False
                self._search_now()

        def done(found: list[PatientSummary]) -> None:
            if sequence == self._sequence:
                self._show_results(text, found)
            finished()

        def failed(error: BaseException) -> None:
            finished()
            report_error(self, error)

        run_in_background(self, lambda: search_patients(ctx, text, RESULT_LIMIT), done, failed)

    def _show_results(self, text: str, found: list[PatientSummary]) -> None:
        self.model.set_rows(found)
        self.shown_text = text
        if self._typed_at:
            self.last_latency_ms = (time.perf_counter() - self._typed_at) * 1000
        if len(found) == 1:
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self._choose(None)
        self.results_shown.emit(len(found))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._choose(self.model.record(current.row()) if current.isValid() else None)

    def _choose(self, patient: PatientSummary | None) -> None:
        # Only a change is news: the booking dialog looks for slots on every ``chosen``,
        # and a slot search per keystroke (no patient, again) slowed the next answer
        # past 100 ms on the large clinic.
        patient_id = patient.id if patient is not None else None
        if patient_id == self._chosen_id:
            return
        self._chosen_id = patient_id
        self.chosen.emit(patient)
