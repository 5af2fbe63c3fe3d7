"""Providers: the list, the weekly template editor with a preview before saving, and
time off / extra hours (:mod:`.exceptions_editor`)."""

from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.clinic_time import local_date
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.errors import ValidationError
from clinicdesk.services.catalog import clinic_settings
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.providers import ProviderView, list_providers
from clinicdesk.services.schedules import DayHours, WeeklyHoursView, set_weekly_hours, weekly_hours
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.date_bounds import ClinicDateEdit
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.fitting import scrolling
from clinicdesk.ui.i18n import date_text, tr
from clinicdesk.ui.theme import icon
from clinicdesk.ui.views.exceptions_editor import ExceptionsEditor

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PREVIEW_DAYS = 14


def _time_edit(name: str, value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


class DayRow:
    """One weekday of the template: works?, hours, and an optional break."""

    def __init__(self, weekday: int) -> None:
        name = WEEKDAY_NAMES[weekday]
        self.weekday = weekday
        self.works = QCheckBox(name)
        self.start = _time_edit(f"{name} start", time(9))
        self.end = _time_edit(f"{name} end", time(17))
        self.has_break = QCheckBox(tr("DayRow", "break"))
        self.has_break.setAccessibleName(tr("DayRow", "{day} has a break").format(day=name))
        self.break_start = _time_edit(f"{name} break start", time(12, 30))
        self.break_end = _time_edit(f"{name} break end", time(13, 30))
        self.works.toggled.connect(self._enable)
        self.has_break.toggled.connect(self._enable)
        self._enable()

    def widgets(self) -> list[QWidget]:
        return [
            self.works,
            self.start,
            self.end,
            self.has_break,
            self.break_start,
            self.break_end,
        ]

    def _enable(self) -> None:
        works = self.works.isChecked()
        for widget in (self.start, self.end, self.has_break):
            widget.setEnabled(works)
        for widget in (self.break_start, self.break_end):
            widget.setEnabled(works and self.has_break.isChecked())

    def load(self, shifts: list[tuple[time, time, tuple[TimeRange, ...]]]) -> None:
        self.works.setChecked(bool(shifts))
        if shifts:
            start, end, breaks = shifts[0]
            self.start.setTime(QTime(start.hour, start.minute))
            self.end.setTime(QTime(end.hour, end.minute))
            self.has_break.setChecked(bool(breaks))
            if breaks:
                first = breaks[0]
                self.break_start.setTime(QTime(first.start.hour, first.start.minute))
                self.break_end.setTime(QTime(first.end.hour, first.end.minute))
        self._enable()

    def day_hours(self) -> DayHours | None:
        """The row as the service takes it; ValidationError naming the day if it is wrong."""
        if not self.works.isChecked():
            return None
        name = WEEKDAY_NAMES[self.weekday]
        start = self.start.time().toPython()
        end = self.end.time().toPython()
        if end <= start:  # type: ignore[operator]
            raise ValidationError(f"{name}: the day ends before it starts.")
        breaks: tuple[TimeRange, ...] = ()
        if self.has_break.isChecked():
            b_start = self.break_start.time().toPython()
            b_end = self.break_end.time().toPython()
            if not start < b_start < b_end < end:  # type: ignore[operator]
                raise ValidationError(f"{name}: the break must lie inside the working hours.")
            breaks = (TimeRange(b_start, b_end),)  # type: ignore[arg-type]
        return DayHours(self.weekday, TimeRange(start, end), breaks)  # type: ignore[arg-type]


def preview_lines(days: list[DayHours], first: date, current: WeeklyHoursView | None) -> list[str]:
    """What the next weeks look like under the edited template, time off included."""
    by_weekday = {d.weekday: d for d in days}
    lines = []
    for offset in range(PREVIEW_DAYS):
        day = first + timedelta(days=offset)
        hours = by_weekday.get(day.weekday())
        text = "not working"
        if hours is not None:
            text = str(hours.hours)
            if hours.breaks:
                text += " (break " + ", ".join(str(b) for b in hours.breaks) + ")"
        for exception in current.exceptions if current else ():
            if exception.first_day <= day <= exception.last_day:
                what = "time off" if exception.kind.value == "time_off" else "extra hours"
                span = (
                    "all day"
                    if exception.start is None
                    else f"{exception.start:%H:%M}-{exception.end:%H:%M}"
                )
                text += f" · {what} {span}" + (f" ({exception.reason})" if exception.reason else "")
        lines.append(f"{day:%a %d %b}: {text}")
    return lines


class ProvidersView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("ProvidersView", "Providers"))
        self.ctx: ServiceContext | None = None
        self.current: WeeklyHoursView | None = None
        title = QLabel(tr("ProvidersView", "Providers"))
        title.setProperty("role", "title")
        self.list = QListWidget()
        self.list.setAccessibleName(tr("ProvidersView", "Providers"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda item, _old: self._open(item))
        self.name = QLabel(tr("ProvidersView", "Choose a provider"))
        self.name.setProperty("role", "heading")
        self.in_force = QLabel()
        self.in_force.setProperty("role", "muted")
        self.rows = [DayRow(d) for d in range(7)]
        grid = QGridLayout()
        headings = (
            tr("ProvidersView", "Day"),
            tr("ProvidersView", "From"),
            tr("ProvidersView", "To"),
            "",
            tr("ProvidersView", "Break from"),
            tr("ProvidersView", "Break to"),
        )
        for column, heading in enumerate(headings):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        for row_index, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                grid.addWidget(widget, row_index, column)
            for widget in row.widgets():
                for signal in ("toggled", "timeChanged"):
                    changed = getattr(widget, signal, None)
                    if changed is not None:
                        changed.connect(lambda *_a: self.update_preview())
        self.effective = ClinicDateEdit(QDate.currentDate())
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("ddd d MMM yyyy")
        self.effective.setAccessibleName(tr("ProvidersView", "New hours start on"))
        self.effective.dateChanged.connect(lambda _d: self.update_preview())
        self.preview = QLabel()
        self.preview.setAccessibleName(tr("ProvidersView", "Preview of the next two weeks"))
        self.preview.setProperty("role", "muted")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.save_button = QPushButton(
            icon("mdi6.content-save-outline"), tr("ProvidersView", "&Save weekly hours")
        )
        self.save_button.clicked.connect(self.save)
        effective_row = QHBoxLayout()
        effective_row.addWidget(QLabel(tr("ProvidersView", "New hours start on:")))
        effective_row.addWidget(self.effective)
        effective_row.addStretch()
        effective_row.addWidget(self.save_button)
        editor = QFrame()
        editor.setProperty("role", "card")
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(18, 14, 18, 14)
        editor_layout.addWidget(self.name)
        editor_layout.addWidget(self.in_force)
        editor_layout.addLayout(grid)
        editor_layout.addLayout(effective_row)
        editor_layout.addWidget(self.problem)
        preview_heading = QLabel(tr("ProvidersView", "Preview: the next two weeks"))
        preview_heading.setProperty("role", "heading")
        editor_layout.addWidget(preview_heading)
        editor_layout.addWidget(self.preview, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.list)
        self.exceptions = ExceptionsEditor()
        self.exceptions.changed.connect(self._reload_current)
        exceptions_card = QFrame()
        exceptions_card.setProperty("role", "card")
        exceptions_layout = QVBoxLayout(exceptions_card)
        exceptions_layout.setContentsMargins(18, 14, 18, 14)
        self.exceptions_title = QLabel(tr("ProvidersView", "Time off and extra hours"))
        self.exceptions_title.setProperty("role", "heading")
        exceptions_layout.addWidget(self.exceptions_title)
        exceptions_layout.addWidget(self.exceptions, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("ProvidersView", "Provider schedule"))
        # Each page scrolls when the window is shorter than its form (125% scaling).
        self.tabs.addTab(
            scrolling(editor), icon("mdi6.calendar-week"), tr("ProvidersView", "&Weekly hours")
        )
        self.tabs.addTab(
            scrolling(exceptions_card),
            icon("mdi6.beach"),
            tr("ProvidersView", "&Time off && extra hours"),
        )
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.exceptions.ctx = ctx
        run_in_background(self, lambda: clinic_settings(ctx).time_zone, self._set_zone)

    def _set_zone(self, zone_name: str) -> None:
        zone = ZoneInfo(zone_name)
        self.exceptions.zone = zone
        if self.ctx is not None:
            # New hours and time off start today on the clinic's calendar by default:
            # this computer's own date can be a day out when its zone differs.
            today = QDate(local_date(self.ctx.now(), zone))
            for edit in (self.effective, self.exceptions.first_day, self.exceptions.last_day):
                edit.setDate(today)

    def _reload_current(self) -> None:
        ctx, current = self.ctx, self.current
        if ctx is not None and current is not None:
            provider_id = current.provider_id
            run_in_background(self, lambda: weekly_hours(ctx, provider_id), self.show_hours)

    def show_date(self, day: date) -> None:
        """Working hours are weekly; time off lists its own dates."""

    def on_schedule_changed(self) -> None:
        """Hours and time off do not change with a booking."""

    def selected_appointment(self) -> AppointmentView | None:
        return None

    def on_shown(self) -> None:
        ctx = self.ctx
        if ctx is not None and self.list.count() == 0:
            run_in_background(self, lambda: list_providers(ctx), self._fill)

    def _fill(self, providers: list[ProviderView]) -> None:
        for provider in providers:
            item = QListWidgetItem(f"{provider.display_name}\n{provider.specialty}")
            item.setData(256, provider.id)
            self.list.addItem(item)
        if providers:
            self.list.setCurrentRow(0)

    def _open(self, item: QListWidgetItem | None) -> None:
        ctx = self.ctx
        if item is None or ctx is None:
            return
        provider_id = item.data(256)
        run_in_background(self, lambda: weekly_hours(ctx, provider_id), self.show_hours)

    def show_hours(self, view: WeeklyHoursView) -> None:
        self.current = view
        self.name.setText(view.provider_name)
        since = (
            date_text(view.effective_from, weekday=False)
            if view.effective_from
            else tr("ProvidersView", "never set")
        )
        change = (
            tr("ProvidersView", "; next change {day}").format(
                day=date_text(view.next_change, weekday=False)
            )
            if view.next_change
            else ""
        )
        self.in_force.setText(
            tr("ProvidersView", "Hours in force since {since}{change}.").format(
                since=since, change=change
            )
        )
        self.exceptions_title.setText(
            tr("ProvidersView", "Time off and extra hours: {provider}").format(
                provider=view.provider_name
            )
        )
        self.exceptions.show_for(view.provider_id, view.provider_name, view.exceptions)
        for row in self.rows:
            row.load([(s.start, s.end, s.breaks) for s in view.shifts if s.weekday == row.weekday])
        self.update_preview()

    def edited_days(self) -> list[DayHours]:
        return [d for d in (row.day_hours() for row in self.rows) if d is not None]

    def update_preview(self) -> None:
        try:
            days = self.edited_days()
        except ValidationError as error:
            self.problem.setText(error.message)
            self.save_button.setEnabled(False)
            return
        self.problem.clear()
        self.save_button.setEnabled(self.current is not None)
        first = self.effective.date().toPython()
        self.preview.setText("\n".join(preview_lines(days, first, self.current)))  # type: ignore[arg-type]

    def save(self) -> None:
        ctx, current = self.ctx, self.current
        if ctx is None or current is None:
            return
        days = self.edited_days()
        start: date = self.effective.date().toPython()  # type: ignore[assignment]

        def done(view: WeeklyHoursView) -> None:
            self.show_hours(view)
            self.problem.setText(tr("ProvidersView", "Saved. The calendar shows the new hours."))

        run_in_background(
            self,
            lambda: set_weekly_hours(ctx, current.provider_id, days, effective_from=start),
            done,
            lambda error: report_error(self, error, "Weekly hours"),
        )
