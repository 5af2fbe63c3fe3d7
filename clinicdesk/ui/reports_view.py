"""The Reports view: pick a report and dates, see a chart with the figures under it, export CSV.

The figures come from :func:`clinicdesk.services.reports.run_report` (audited, run in
the background); :func:`chart_for` turns a report table into what the chart draws, as
plain data, so the mapping is tested without pixels. Roles without ``VIEW_REPORTS``
see a plain sentence instead of the controls (the service would refuse them anyway).
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicError, PermissionDeniedError
from clinicdesk.domain.permissions import Permission, allows
from clinicdesk.services.catalog import clinic_today
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.reports import (
    ACCESS_HORIZON_DAYS,
    REPORT_TITLES,
    ReportTable,
    export_report,
    run_report,
)
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.date_bounds import ClinicDateEdit
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import date_text, tr
from clinicdesk.ui.save_target import ask_save_target, with_extension
from clinicdesk.ui.theme import PALETTE, icon

DEFAULT_DAYS = 30
# Series colours, in order: calm, distinct, and readable on white.
SERIES_COLOURS = ("#2D6A86", "#C9822B", "#5B8C5A", "#A8322A", "#7A5C99", "#3F8F8F", "#8A8F3A")
COLUMN_WORDS = {"percent": "%", "id": "id"}
TableModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ChartSeries:
    name: str
    values: tuple[float, ...]  # one per category


@dataclass(frozen=True, slots=True)
class ChartData:
    """What one report's chart draws: bars per category, one set per series."""

    title: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    value_title: str
    stacked: bool = False
    lines: bool = False  # a trend: one line per series across the categories (in order)

    @property
    def empty(self) -> bool:
        return not self.categories


def _column(table: ReportTable, name: str) -> int:
    return table.columns.index(name)


def chart_for(table: ReportTable) -> ChartData:
    """The chart of a report table (see the module docstring)."""
    rows = table.rows
    if table.name == "utilisation":
        name, percent = _column(table, "provider"), _column(table, "utilisation_percent")
        return ChartData(
            "Booked share of available hours",
            tuple(str(r[name]) for r in rows),
            (ChartSeries("Utilisation %", tuple(float(r[percent]) for r in rows)),),
            "% of available hours booked",
        )
    if table.name.startswith("no-shows-by-"):
        no_show = _column(table, "no_show_percent")
        late = _column(table, "late_cancel_percent")
        return ChartData(
            "No-shows and late cancellations",
            tuple(str(r[0]) for r in rows),
            (
                ChartSeries("No-show %", tuple(float(r[no_show]) for r in rows)),
                ChartSeries("Late cancellation %", tuple(float(r[late]) for r in rows)),
            ),
            "% of appointments due",
        )
    if table.name == "waiting-times":
        # One bar per hour of arrival: the mean over every provider, weighted by visits.
        hour, visits, mean = (
            _column(table, "arrival_hour"),
            _column(table, "visits"),
            _column(table, "mean_minutes"),
        )
        minutes: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        for row in rows:
            minutes[str(row[hour])] += float(row[mean]) * int(row[visits])
            counts[str(row[hour])] += int(row[visits])
        hours = tuple(sorted(counts))
        return ChartData(
            "Waiting time from arrival to room, by hour of arrival",
            hours,
            (
                ChartSeries(
                    "Mean wait (minutes)", tuple(round(minutes[h] / counts[h], 1) for h in hours)
                ),
            ),
            "minutes",
        )
    if table.name == "third-next-available":
        return _access_chart(table)
    if table.name == "overbooking-outcomes":
        return _overbooking_chart(table)
    # appointments by type and status: one stacked bar per type, a segment per status.
    counts_by: dict[tuple[str, str], int] = {}
    for kind, status, count in rows:
        counts_by[(str(kind), str(status))] = int(count)
    kinds = tuple(sorted({k for k, _ in counts_by}))
    statuses = tuple(sorted({s for _, s in counts_by}))
    return ChartData(
        "Appointments by type and status",
        kinds,
        tuple(
            ChartSeries(
                status.replace("_", " "), tuple(counts_by.get((k, status), 0) for k in kinds)
            )
            for status in statuses
        ),
        "appointments",
        stacked=True,
    )


def _overbooking_chart(table: ReportTable) -> ChartData:
    """Per provider, the suggestions and what came of them (the total and model rows
    left out)."""
    who = _column(table, "provider")
    names = ("suggested", "booked", "extra_came", "doubled_missed")
    sums: dict[str, list[int]] = {}
    for row in table.rows:
        if row[0] in {"total", "model"}:
            continue
        counts = sums.setdefault(str(row[who]), [0] * len(names))
        for index, name in enumerate(names):
            counts[index] += int(row[_column(table, name)])
    providers = tuple(sorted(sums))
    titles = ("Suggested", "Booked", "Extra came", "Doubled visit missed")
    return ChartData(
        "Guided overbooking by provider",
        providers,
        tuple(
            ChartSeries(title, tuple(float(sums[p][index]) for p in providers))
            for index, title in enumerate(titles)
        ),
        "extra bookings",
    )


def week_of(day: str) -> str:
    """The Monday of an ISO day's week, as the trend's category: "2026-03-02"."""
    on = date.fromisoformat(day)
    return (on - timedelta(days=on.weekday())).isoformat()


def _access_chart(table: ReportTable) -> ChartData:
    """A weekly trend per provider: the median, over the week's sample days, of the days
    to the provider's third free slot. A line per provider across weeks reads where
    hundreds of daily bars did not.

    A provider with no third slot inside the search horizon counts at the horizon, so a
    fully booked provider still shows as the longest wait rather than vanishing.
    """
    day, who, days = (
        _column(table, "day"),
        _column(table, "provider"),
        _column(table, "days_to_third"),
    )
    waits: dict[tuple[str, str], list[float]] = defaultdict(list)
    for row in table.rows:
        value = row[days]
        waits[(str(row[who]), week_of(str(row[day])))].append(
            float(ACCESS_HORIZON_DAYS if value == "" else value)
        )
    weeks = tuple(sorted({week for _, week in waits}))
    providers = sorted({name for name, _ in waits})
    return ChartData(
        "Days to the third free slot, weekly median per provider",
        tuple(f"w/c {date.fromisoformat(w):%d %b}" for w in weeks),
        tuple(
            ChartSeries(
                name,
                tuple(
                    statistics.median(waits[(name, w)]) if (name, w) in waits else float("nan")
                    for w in weeks
                ),
            )
            for name in providers
        ),
        "days (median of the week)",
        lines=True,
    )


def column_title(name: str) -> str:
    words = [COLUMN_WORDS.get(word, word) for word in name.split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


class ReportTableModel(QAbstractTableModel):
    """A report's rows, read-only; columns that are ids are left out."""

    def __init__(self) -> None:
        super().__init__()
        self.table: ReportTable | None = None
        self._shown: list[int] = []

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self._shown = (
            [i for i, name in enumerate(table.columns) if not name.endswith("_id")] if table else []
        )
        self.endResetModel()

    def rowCount(self, parent: TableModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows)

    def columnCount(self, parent: TableModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: TableModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        value = self.table.rows[index.row()][self._shown[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:g}" if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(self.table.columns[self._shown[section]])
        return str(section + 1)


def _trend_chart(chart: QChart, data: ChartData) -> QChart:
    """Lines across the categories in order; a series' pen also varies its dash, so a
    line is told apart without its colour."""
    dashes = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
    weeks = QBarCategoryAxis()
    weeks.append(list(data.categories))
    weeks.setTruncateLabels(False)
    values_axis = QValueAxis()
    values_axis.setTitleText(data.value_title)
    values_axis.setLabelFormat("%g")
    known = [v for s in data.series for v in s.values if not math.isnan(v)]
    values_axis.setRange(0, max(max(known, default=0) * 1.1, 1))
    values_axis.applyNiceNumbers()
    chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    for number, one in enumerate(data.series):
        line = QLineSeries()
        line.setName(one.name)
        for x, value in enumerate(one.values):
            if not math.isnan(value):
                line.append(x, value)
        pen = QPen(QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)]))
        pen.setWidthF(2.0)
        pen.setStyle(dashes[(number // len(SERIES_COLOURS)) % len(dashes)])
        line.setPen(pen)
        line.setPointsVisible(True)
        chart.addSeries(line)
        line.attachAxis(weeks)
        line.attachAxis(values_axis)
    chart.legend().setVisible(True)
    return chart


def build_chart(data: ChartData) -> QChart:
    """A QtCharts chart of ``data``: horizontal bars, so long names stay readable, or
    lines for a trend."""
    chart = QChart()
    chart.setTitle(data.title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QColor(PALETTE["surface"]))
    chart.setMargins(QMargins(8, 8, 8, 8))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setVisible(len(data.series) > 1 or data.stacked)
    if data.lines:
        return _trend_chart(chart, data)
    series = QHorizontalStackedBarSeries() if data.stacked else QHorizontalBarSeries()
    # Qt draws the first category at the bottom: reverse so the bars read top to bottom
    # in the table's order.
    for number, one in enumerate(data.series):
        bars = QBarSet(one.name)
        bars.append(list(reversed(one.values)))
        bars.setColor(QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)]))
        bars.setBorderColor(QColor(PALETTE["surface"]))
        series.append(bars)
    series.setLabelsVisible(not data.stacked and len(data.categories) <= 20)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(reversed(data.categories)))
    # Names are short enough to show whole; Qt would otherwise cut them to "...".
    names.setTruncateLabels(False)
    values_axis = QValueAxis()
    values_axis.setTitleText(data.value_title)
    values_axis.setLabelFormat("%g")
    if data.stacked:
        top = max((sum(v) for v in zip(*(s.values for s in data.series), strict=True)), default=0)
    else:
        top = max((max(s.values, default=0) for s in data.series), default=0)
    values_axis.setRange(0, max(top * 1.1, 1))
    values_axis.applyNiceNumbers()
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(values_axis)
    return chart


class ReportsView(QWidget):
    """Reports for practice managers (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("ReportsView", "Reports"))
        self.ctx: ServiceContext | None = None
        self.table: ReportTable | None = None
        self.chart_data: ChartData | None = None
        self._run_number = 0
        self.exported_to: Path | None = None

        self.report = QComboBox()
        self.report.setAccessibleName(tr("ReportsView", "Report"))
        for name, title in REPORT_TITLES.items():
            self.report.addItem(title, name)
        # The longest title would set the view's width past a 1366×768 desk at 125%:
        # the box shows about 24 characters when narrow, the list opens at full width.
        whole = self.report.sizeHint().width()
        self.report.view().setMinimumWidth(whole)
        self.report.setMaximumWidth(whole)
        self.report.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.report.setMinimumContentsLength(24)
        self.report.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        today = date.today()
        self.first = self._date_edit("From", today - timedelta(days=DEFAULT_DAYS - 1))
        self.last = self._date_edit("To", today)
        self.run_button = QPushButton(icon("mdi6.refresh"), tr("ReportsView", "&Show"))
        self.run_button.setToolTip(tr("ReportsView", "Work the report out for these dates (Enter)"))
        self.run_button.setDefault(True)
        self.export_button = QPushButton(
            icon("mdi6.file-delimited-outline"), tr("ReportsView", "&Export CSV…")
        )
        self.export_button.setToolTip(
            tr("ReportsView", "Save these figures as a CSV file for a spreadsheet")
        )
        self.export_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setAccessibleName(tr("ReportsView", "Report status"))

        controls = QHBoxLayout()
        report_label = QLabel(tr("ReportsView", "&Report:"))
        report_label.setBuddy(self.report)
        from_label = QLabel(tr("ReportsView", "&From:"))
        from_label.setBuddy(self.first)
        to_label = QLabel(tr("ReportsView", "&To:"))
        to_label.setBuddy(self.last)
        for widget in (report_label, self.report, from_label, self.first, to_label, self.last):
            controls.addWidget(widget)
        controls.addWidget(self.run_button)
        controls.addStretch(1)
        # Room the window has left goes to the title first, until all of it shows.
        controls.setStretchFactor(self.report, 4)
        controls.addWidget(self.export_button)

        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(tr("ReportsView", "Report chart"))
        self.chart_view.setMinimumHeight(180)  # taller whenever the window has room
        self.empty_chart = QLabel()
        self.empty_chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_chart.setWordWrap(True)
        self.empty_chart.setObjectName("muted")
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.chart_view)
        self.chart_stack.addWidget(self.empty_chart)
        self.model = ReportTableModel()
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.setAccessibleName(tr("ReportsView", "Report figures"))
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_stack)
        splitter.addWidget(self.table_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([480, 320])
        splitter.setChildrenCollapsible(False)

        self.work = QWidget()
        work_layout = QVBoxLayout(self.work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addLayout(controls)
        work_layout.addWidget(self.status)
        work_layout.addWidget(splitter, 1)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refusal.setAccessibleName(tr("ReportsView", "Reports unavailable"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.work)
        self.pages.addWidget(self.refusal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.pages)

        self.report.currentIndexChanged.connect(self.run)
        self.run_button.clicked.connect(self.run)
        self.export_button.clicked.connect(self.export_csv)

    def _date_edit(self, name: str, day: date) -> ClinicDateEdit:
        edit = ClinicDateEdit(QDate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    # -- the window's view protocol -----------------------------------------------------

    def set_context(self, ctx: ServiceContext | None) -> None:
        self.ctx = ctx
        self.table = None
        self.model.set_table(None)
        self.export_button.setEnabled(False)
        if ctx is not None and not allows(ctx.actor.role, Permission.VIEW_REPORTS):
            self.refusal.setText(
                tr(
                    "ReportsView",
                    "Reports are for practice managers. Your account ({role}) cannot open "
                    "them; ask a manager if you need these figures.",
                ).format(role=ctx.actor.role.value)
            )
            self.pages.setCurrentWidget(self.refusal)
        else:
            self.pages.setCurrentWidget(self.work)
        if ctx is not None and allows(ctx.actor.role, Permission.VIEW_REPORTS):
            # The default range ends today on the clinic's calendar, not this computer's.
            today = clinic_today(ctx)
            self.first.setDate(QDate(today - timedelta(days=DEFAULT_DAYS - 1)))
            self.last.setDate(QDate(today))

    def on_shown(self) -> None:
        if self.table is None:
            self.run()

    def show_date(self, day: date) -> None:
        """Reports keep their own date range."""

    def on_schedule_changed(self) -> None:
        """Figures are read when run; a shown report is not recounted under the user."""

    def selected_appointment(self) -> AppointmentView | None:
        return None

    # -- running and exporting ------------------------------------------------------------

    @property
    def report_name(self) -> str:
        return str(self.report.currentData())

    def dates(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]

    def run(self) -> None:
        ctx = self.ctx
        if ctx is None or self.pages.currentWidget() is not self.work:
            return
        name = self.report_name
        first, last = self.dates()
        self._run_number += 1
        number = self._run_number
        self.status.setText(tr("ReportsView", "Working out the figures…"))
        self.run_button.setEnabled(False)

        def done(table: ReportTable) -> None:
            if number == self._run_number:  # a newer choice has been made meanwhile
                self.show_table(table)

        def failed(error: BaseException) -> None:
            if number != self._run_number:
                return
            self.run_button.setEnabled(True)
            self.status.clear()
            self._show_problem(error, "Reports")

        run_in_background(self, lambda: run_report(ctx, name, first, last), done, failed)

    def show_table(self, table: ReportTable) -> None:
        self.table = table
        self.chart_data = chart_for(table)
        self.model.set_table(table)
        self.run_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.status.setText(
            tr("ReportsView", "{title}, {first} to {last}: %n row(s).", n=len(table.rows)).format(
                title=table.title,
                first=date_text(table.first_day, weekday=False),
                last=date_text(table.last_day, weekday=False),
            )
        )
        if self.chart_data.empty:
            self.empty_chart.setText(
                tr("ReportsView", "Nothing to chart for these dates.")
                if table.name != "waiting-times"
                else tr(
                    "ReportsView",
                    "No visit in these dates has both an arrival and an in-room time.",
                )
            )
            self.chart_stack.setCurrentWidget(self.empty_chart)
            return
        old = self.chart_view.chart()
        self.chart_view.setChart(build_chart(self.chart_data))
        if old is not None:
            old.deleteLater()
        self.chart_stack.setCurrentWidget(self.chart_view)

    def export_csv(self) -> None:
        if self.ctx is None:
            return
        first, last = self.dates()
        suggested = Path.home() / f"{self.report_name}_{first}_{last}.csv"
        target = ask_save_target(self, "Export CSV", suggested, "CSV files (*.csv)", ".csv")
        if target is not None:
            self.export_to(target.path, overwrite=target.overwrite)

    def export_to(self, out: Path, *, overwrite: bool = False) -> None:
        """Export the chosen report and dates as CSV (audited by the service), in the
        background; an existing file is replaced only with ``overwrite``."""
        ctx = self.ctx
        if ctx is None:
            return
        out = with_extension(out, ".csv")
        name = self.report_name
        first, last = self.dates()
        self.export_button.setEnabled(False)
        self.status.setText(tr("ReportsView", "Exporting…"))

        def done(written: Path) -> None:
            self.exported_to = written
            self.export_button.setEnabled(True)
            self.status.setText(tr("ReportsView", "Exported to {file}").format(file=written))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.status.clear()
            self._show_problem(error, "Export CSV")

        run_in_background(
            self,
            lambda: export_report(ctx, name, first, last, out, overwrite=overwrite),
            done,
            failed,
        )

    def _show_problem(self, error: BaseException, title: str) -> None:
        if isinstance(error, PermissionDeniedError) and self.ctx is not None:
            role = self.ctx.actor.role.value
            self.status.setText(
                tr(
                    "ReportsView",
                    "Your account ({role}) is not allowed to do this; ask a practice manager.",
                ).format(role=role)
            )
            return
        if isinstance(error, ClinicError):
            self.status.setText(error.message)
        report_error(self, error, title)
