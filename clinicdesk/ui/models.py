"""Qt table models over the services' read-models.

One generic :class:`RecordTableModel` (rows of frozen dataclasses, columns described
once) and a small subclass per screen, so every list behaves the same: display text,
an accessible tooltip, icons where status is shown (never colour alone), and the
record itself under ``RECORD_ROLE`` for the view's actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from clinicdesk.domain.status import status_label, urgency_label
from clinicdesk.services.finding import SlotView
from clinicdesk.services.patients import PatientSummary
from clinicdesk.services.views import AppointmentView
from clinicdesk.services.waiting_room import WaitingPatient
from clinicdesk.services.waitlist import WaitlistCandidate, WaitlistEntryView
from clinicdesk.ui.i18n import date_text, date_time_text, time_text, tr
from clinicdesk.ui.theme import icon, status_icon

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    icon: Callable[[Row], QIcon | None] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows of records; ``set_rows`` swaps them all at once."""

    columns: Sequence[Column[Any]] = ()

    def __init__(self, rows: Sequence[Row] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = list(rows)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def record(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.title}: {column.text(row)}"
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def when(instant: datetime, zone: ZoneInfo, with_date: bool = True) -> str:
    local = instant.astimezone(zone)
    return date_time_text(local) if with_date else time_text(local)


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def phone_ending(number: str, digits: int = 4) -> str:
    """The last digits of a phone number, enough to tell two namesakes apart aloud."""
    tail = "".join(ch for ch in number if ch.isdigit())[-digits:]
    return f"…{tail}" if tail else ""


def _alert_icon(patient: PatientSummary) -> QIcon | None:
    return icon("mdi6.alert", "warning") if patient.has_alerts else None


# The roles a patient list answers; Qt asks for several more per cell (font, colours,
# check state, size), all None here.
_PATIENT_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        RECORD_ROLE,
    }
)


class PatientTableModel(RecordTableModel[PatientSummary]):
    """Patients as a receptionist tells namesakes apart: name, birth date, age and the
    end of each phone number. An alert shows as a warning sign before the name (its
    tooltip and accessible text say so in words), not as a column of its own that would
    squeeze the names."""

    def __init__(
        self,
        rows: Sequence[PatientSummary] = (),
        parent: Any = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.today = today
        # The list is sized to its contents and painted as the receptionist types: Qt
        # asks for every cell many times and in many roles, and each answer built anew
        # (column titles translated, dates formatted) kept the window's thread in Python
        # long enough to miss the frame after the results arrived. So the shown texts are
        # made once with the rows, the other answers kept once asked, and roles this
        # model never answers return at once.
        self._columns: Sequence[Column[Any]] | None = None
        self._texts: list[tuple[str, ...]] = []
        self._cells: dict[tuple[int, int, int], Any] = {}
        super().__init__(rows, parent)
        self._remember(self._rows)

    def set_rows(self, rows: Sequence[PatientSummary]) -> None:
        self._remember(rows)
        super().set_rows(rows)

    def _remember(self, rows: Sequence[PatientSummary]) -> None:
        self._columns = None  # ages count from the day the rows were shown
        self._cells = {}
        texts = [column.text for column in self.columns]
        self._texts = [tuple(text(row) for text in texts) for row in rows]

    @property
    def columns(self) -> Sequence[Column[Any]]:  # type: ignore[override]
        if self._columns is None:
            self._columns = self._make_columns()
        return self._columns

    def _make_columns(self) -> Sequence[Column[Any]]:
        today = self.today()
        return (
            Column(tr("PatientTableModel", "Name"), lambda p: p.display_name, _alert_icon),
            Column(
                tr("PatientTableModel", "Born"), lambda p: date_text(p.birth_date, weekday=False)
            ),
            Column(
                tr("PatientTableModel", "Age"),
                lambda p: str(age_on(p.birth_date, today)),
                align_right=True,
            ),
            Column(
                tr("PatientTableModel", "Phone"),
                lambda p: ", ".join(phone_ending(n) for n in p.phones),
            ),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if 0 <= row < len(self._texts) and 0 <= column < len(self._texts[row]):
                return self._texts[row][column]
            return None
        if role not in _PATIENT_ROLES:
            return None
        key = (row, column, int(role))
        try:
            return self._cells[key]
        except KeyError:
            pass
        value = self._cell(index, role)
        if index.isValid():
            self._cells[key] = value
        return value

    def _cell(self, index: AnyIndex, role: int) -> Any:
        value = super().data(index, role)
        described = role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
        patient = self.record(index.row()) if index.isValid() else None
        if not described or patient is None:
            return value
        if index.column() == 3:  # the whole numbers, for the tooltip and a screen reader
            value = ", ".join(patient.phones)
        if index.column() == 0 and patient.has_alerts:
            value = (
                f"{value} ({tr('PatientTableModel', 'has alerts: open the record before booking')})"
            )
        return value


class ZonedModel(RecordTableModel[Row]):
    """Rows with times shown in the clinic's zone."""

    def __init__(self, zone: ZoneInfo, rows: Sequence[Row] = (), parent: Any = None) -> None:
        self.zone = zone
        super().__init__(rows, parent)


class SlotTableModel(ZonedModel[SlotView]):
    @property
    def columns(self) -> Sequence[Column[Any]]:  # type: ignore[override]
        zone = self.zone
        return (
            Column(
                tr("SlotTableModel", "When"),
                lambda s: when(s.start, zone),
                lambda _s: icon("mdi6.clock-outline"),
            ),
            Column(tr("SlotTableModel", "Until"), lambda s: when(s.end, zone, with_date=False)),
            Column(tr("SlotTableModel", "Provider"), lambda s: s.provider_name),
        )


class AppointmentTableModel(ZonedModel[AppointmentView]):
    @property
    def columns(self) -> Sequence[Column[Any]]:  # type: ignore[override]
        zone = self.zone
        return (
            Column(tr("AppointmentTableModel", "When"), lambda a: when(a.start, zone)),
            Column(tr("AppointmentTableModel", "Type"), lambda a: a.type),
            Column(tr("AppointmentTableModel", "Provider"), lambda a: a.provider_name),
            Column(
                tr("AppointmentTableModel", "Status"),
                lambda a: status_label(a.status),
                lambda a: status_icon(a.status),
            ),
            Column(tr("AppointmentTableModel", "Note"), lambda a: a.cancel_reason or a.reason),
        )


def _phones(record: WaitlistCandidate | WaitlistEntryView) -> str:
    return ", ".join(record.phones) or "no phone on file"


class CandidateTableModel(ZonedModel[WaitlistCandidate]):
    @property
    def columns(self) -> Sequence[Column[Any]]:  # type: ignore[override]
        zone = self.zone
        return (
            Column("#", lambda c: str(c.rank), align_right=True),
            Column(tr("CandidateTableModel", "Patient"), lambda c: c.patient_name),
            Column(tr("CandidateTableModel", "Phone"), _phones),
            Column(tr("CandidateTableModel", "Type"), lambda c: c.type),
            Column(tr("CandidateTableModel", "Urgency"), lambda c: urgency_label(c.urgency)),
            Column(tr("CandidateTableModel", "Offer"), lambda c: when(c.start, zone)),
            Column(
                tr("CandidateTableModel", "Waiting since"),
                lambda c: date_text(c.waiting_since, weekday=False, year=False),
            ),
        )


def _days(entry: WaitlistEntryView) -> str:
    if len(entry.weekdays) == 7:
        return "any day"
    return " ".join(WEEKDAYS[d] for d in entry.weekdays)


class WaitlistTableModel(RecordTableModel[WaitlistEntryView]):
    columns = (
        Column(
            tr("WaitlistTableModel", "Urgency"),
            lambda e: urgency_label(e.urgency),
            lambda e: (
                icon("mdi6.alert", "danger") if e.urgency.value in ("urgent", "emergency") else None
            ),
        ),
        Column(tr("WaitlistTableModel", "Patient"), lambda e: e.patient_name),
        Column(tr("WaitlistTableModel", "Phone"), _phones),
        Column(tr("WaitlistTableModel", "Type"), lambda e: e.type),
        Column(tr("WaitlistTableModel", "Days"), _days),
        Column(
            tr("WaitlistTableModel", "Times"),
            lambda e: ", ".join(str(t) for t in e.times) or tr("WaitlistTableModel", "any time"),
        ),
        Column(tr("WaitlistTableModel", "Added"), lambda e: date_text(e.added_at, weekday=False)),
        Column(tr("WaitlistTableModel", "Notes"), lambda e: e.notes),
    )


class WaitingRoomModel(ZonedModel[WaitingPatient]):
    @property
    def columns(self) -> Sequence[Column[Any]]:  # type: ignore[override]
        zone = self.zone
        return (
            Column(
                tr("WaitingRoomModel", "Waited"),
                lambda w: (
                    f"{w.minutes_waited} min" + (" — waiting too long" if w.over_threshold else "")
                ),
                lambda w: (
                    icon("mdi6.alert", "danger") if w.over_threshold else icon("mdi6.clock-outline")
                ),
            ),
            Column(tr("WaitingRoomModel", "Patient"), lambda w: w.appointment.patient_name),
            Column(
                tr("WaitingRoomModel", "Arrived"),
                lambda w: when(w.arrived_at, zone, with_date=False),
            ),
            Column(
                tr("WaitingRoomModel", "Booked for"),
                lambda w: when(w.appointment.start, zone, with_date=False),
            ),
            Column(tr("WaitingRoomModel", "Provider"), lambda w: w.appointment.provider_name),
            Column(tr("WaitingRoomModel", "Type"), lambda w: w.appointment.type),
        )
