"""The booking dialog's "Repeat" section: a rule in plain choices, and its occurrences.

Weekly, every N weeks or monthly, on chosen weekdays, ending after a number of visits
or on a date. The choices become an RFC 5545 RRULE for the engine
(:func:`clinicdesk.services.series.preview_recurring`), whose answer is listed one
occurrence per row: booked fine, needs an override (with a reason typed here), or
refused, each with the engine's words for the clash.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.booking import Verdict
from clinicdesk.services.series import OccurrenceView, SeriesPreview
from clinicdesk.ui.date_bounds import ClinicDateEdit
from clinicdesk.ui.i18n import date_text, time_text, tr, tr_noop
from clinicdesk.ui.models import Column, RecordTableModel
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon

RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_LABELS = (
    tr_noop("RepeatPanel", "Mon"),
    tr_noop("RepeatPanel", "Tue"),
    tr_noop("RepeatPanel", "Wed"),
    tr_noop("RepeatPanel", "Thu"),
    tr_noop("RepeatPanel", "Fri"),
    tr_noop("RepeatPanel", "Sat"),
    tr_noop("RepeatPanel", "Sun"),
)
VERDICT_TEXT = {
    Verdict.ALLOWED: tr_noop("OccurrenceTableModel", "OK"),
    Verdict.NEEDS_OVERRIDE: tr_noop("OccurrenceTableModel", "Needs override"),
    Verdict.REFUSED: tr_noop("OccurrenceTableModel", "Refused"),
}
VERDICT_ICON = {
    Verdict.ALLOWED: ("mdi6.check-circle-outline", "success"),
    Verdict.NEEDS_OVERRIDE: ("mdi6.alert-outline", "warning"),
    Verdict.REFUSED: ("mdi6.close-octagon-outline", "danger"),
}
DEFAULT_COUNT = 6
DEFAULT_SPAN = timedelta(weeks=12)


def verdict_text(occurrence: OccurrenceView) -> str:
    return tr("OccurrenceTableModel", VERDICT_TEXT[occurrence.verdict])


class OccurrenceTableModel(RecordTableModel[OccurrenceView]):
    columns = (
        Column("#", lambda o: str(o.index + 1), align_right=True),
        Column(tr("OccurrenceTableModel", "Date"), lambda o: date_text(o.day)),
        Column(tr("OccurrenceTableModel", "Time"), lambda o: time_text(o.wall_start)),
        Column(
            tr("OccurrenceTableModel", "Result"),
            verdict_text,
            lambda o: icon(*VERDICT_ICON[o.verdict]),
        ),
        Column(tr("OccurrenceTableModel", "Clash"), lambda o: "; ".join(o.reasons)),
    )


def blocked(preview: SeriesPreview, override_reason: str) -> list[OccurrenceView]:
    """Occurrences the engine would not book: refused ones, and ones needing an
    override when no reason for it is given."""
    has_reason = bool(override_reason.strip())
    return [
        o
        for o in preview.occurrences
        if o.verdict is Verdict.REFUSED or (o.verdict is Verdict.NEEDS_OVERRIDE and not has_reason)
    ]


def summary(preview: SeriesPreview) -> str:
    counts = {verdict: 0 for verdict in Verdict}
    for occurrence in preview.occurrences:
        counts[occurrence.verdict] += 1
    total = len(preview.occurrences)
    parts = [f"{counts[Verdict.ALLOWED]} OK"]
    if counts[Verdict.NEEDS_OVERRIDE]:
        parts.append(f"{counts[Verdict.NEEDS_OVERRIDE]} need an override")
    if counts[Verdict.REFUSED]:
        parts.append(f"{counts[Verdict.REFUSED]} refused")
    noun = "occurrence" if total == 1 else "occurrences"
    return f"{total} {noun}: " + ", ".join(parts) + "."


class RepeatPanel(QGroupBox):
    """Checkable group: unticked, the booking is a single appointment."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("&Repeat", parent)
        self.setCheckable(True)
        self.setChecked(False)
        self.setAccessibleName(tr("RepeatPanel", "Repeat the appointment"))
        self.frequency = QComboBox()
        self.frequency.setAccessibleName(tr("RepeatPanel", "Repeat frequency"))
        self.frequency.addItem(tr("RepeatPanel", "Weekly"), "WEEKLY")
        self.frequency.addItem(
            tr("RepeatPanel", "Monthly (same date)"), "MONTHLY"
        )
        self.interval = QSpinBox()
        self.interval.setRange(1, 12)
        self.interval.setAccessibleName(tr("RepeatPanel", "Repeat every how many weeks or months"))
        self.interval.setPrefix(tr("RepeatPanel", "every "))
        self.interval.setSuffix(tr("RepeatPanel", " week(s)"))
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        days_row.setSpacing(4)
        for label in DAY_LABELS:
            box = QCheckBox(tr("RepeatPanel", label))
            box.setAccessibleName(
                tr("RepeatPanel", "Repeat on {day}").format(day=tr("RepeatPanel", label))
            )
            self.days.append(box)
            days_row.addWidget(box)
        days_row.addStretch()
        self.by_count = QRadioButton(tr("RepeatPanel", "&after"))
        self.by_until = QRadioButton(tr("RepeatPanel", "o&n"))
        self.by_count.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_until)
        self.count = QSpinBox()
        self.count.setRange(2, 52)
        self.count.setValue(DEFAULT_COUNT)
        self.count.setSuffix(tr("RepeatPanel", " visits"))
        self.count.setAccessibleName(tr("RepeatPanel", "Number of visits"))
        self.until = ClinicDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        self.until.setAccessibleName(tr("RepeatPanel", "Last day of the series"))
        self.until.setDate(QDate(date.today() + DEFAULT_SPAN))
        # Until the receptionist picks an end date, it follows the first visit's day on
        # the clinic's calendar (the computer's own date can be a day out).
        self._until_chosen = False
        self.until.userDateChanged.connect(self._until_picked)
        end_row = QHBoxLayout()
        end_row.addWidget(self.by_count)
        end_row.addWidget(self.count)
        end_row.addSpacing(12)
        end_row.addWidget(self.by_until)
        end_row.addWidget(self.until)
        end_row.addStretch()
        self.override_reason = QLineEdit()
        self.override_reason.setAccessibleName(
            tr("RepeatPanel", "Reason to override policy clashes")
        )
        self.override_reason.setPlaceholderText(
            tr("RepeatPanel", "only to book the ones needing an override")
        )
        self.model = OccurrenceTableModel()
        self.table = record_table("Occurrences of the series", self.model, stretch_column=4)
        self.table.setMinimumHeight(150)
        self.note = QLabel(tr("RepeatPanel", "Choose a patient and a slot to see the dates."))
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(tr("RepeatPanel", "Series summary"))
        frequency_row = QHBoxLayout()
        frequency_row.addWidget(self.frequency)
        frequency_row.addWidget(self.interval)
        frequency_row.addStretch()
        form = QFormLayout()
        form.addRow(tr("RepeatPanel", "Repeat:"), frequency_row)
        form.addRow(tr("RepeatPanel", "On:"), days_row)
        form.addRow(tr("RepeatPanel", "Ends:"), end_row)
        form.addRow(tr("RepeatPanel", "&Override reason:"), self.override_reason)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addWidget(self.table, 1)
        body_layout.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        self.body = body
        self._show_body(False)
        self.toggled.connect(self._show_body)
        self.toggled.connect(lambda _on: self.changed.emit())
        self.frequency.currentIndexChanged.connect(lambda _i: self._frequency_changed())
        for widget_signal in (
            self.interval.valueChanged,
            self.count.valueChanged,
            self.until.dateChanged,
            self.by_count.toggled,
        ):
            widget_signal.connect(lambda *_args: self.changed.emit())
        for box in self.days:
            box.toggled.connect(lambda _on: self.changed.emit())
        self.override_reason.textChanged.connect(lambda _text: self._show_counts())
        self.preview: SeriesPreview | None = None

    def _show_body(self, on: bool) -> None:
        """Unticked, only the "Repeat" tick box shows: no empty frame beneath it."""
        self.body.setVisible(on)
        self.setFlat(not on)
        self.layout().setContentsMargins(*((9, 9, 9, 9) if on else (0, 0, 0, 0)))

    def _frequency_changed(self) -> None:
        weekly = self.weekly
        self.interval.setSuffix(
            tr("RepeatPanel", " week(s)") if weekly else tr("RepeatPanel", " month(s)")
        )
        for box in self.days:
            box.setEnabled(weekly)
        self.changed.emit()

    @property
    def weekly(self) -> bool:
        return self.frequency.currentData() == "WEEKLY"

    def _until_picked(self) -> None:
        self._until_chosen = True

    def set_first_day(self, first: date) -> None:
        """Tick the first visit's weekday when none is ticked yet, and end the series
        ``DEFAULT_SPAN`` after it unless an end date was picked."""
        if not self._until_chosen:
            self.until.blockSignals(True)
            self.until.setDate(QDate(first + DEFAULT_SPAN))
            self.until.blockSignals(False)
        if not any(box.isChecked() for box in self.days):
            self.days[first.weekday()].blockSignals(True)
            self.days[first.weekday()].setChecked(True)
            self.days[first.weekday()].blockSignals(False)

    def rule(self, first: date) -> str:
        """The choices as an RRULE (the end date goes to the engine separately)."""
        parts = [f"FREQ={self.frequency.currentData()}"]
        if self.interval.value() > 1:
            parts.append(f"INTERVAL={self.interval.value()}")
        if self.weekly:
            ticked = [RRULE_DAYS[i] for i, box in enumerate(self.days) if box.isChecked()]
            parts.append("BYDAY=" + ",".join(ticked or [RRULE_DAYS[first.weekday()]]))
        if self.by_count.isChecked():
            parts.append(f"COUNT={self.count.value()}")
        return ";".join(parts)

    @property
    def until_day(self) -> date | None:
        if not self.by_until.isChecked():
            return None
        return self.until.date().toPython()  # type: ignore[return-value]

    def show_preview(self, preview: SeriesPreview | None, problem: str = "") -> None:
        self.preview = preview
        self.model.set_rows(preview.occurrences if preview else ())
        if preview is None:
            self.note.setText(problem or "Choose a patient and a slot to see the dates.")
            return
        self._show_counts()

    def _show_counts(self) -> None:
        if self.preview is None:
            return
        left_out = blocked(self.preview, self.override_reason.text())
        text = summary(self.preview)
        if left_out:
            text += f" Booking skips {len(left_out)} after you confirm."
        self.note.setText(text)
