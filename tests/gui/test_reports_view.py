"""The Reports view over the demo clinic: charts with a bar per row, the table, CSV export."""

from __future__ import annotations

import csv
import math
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from clinicdesk.domain.audit import AuditQuery
from clinicdesk.services.audit import show_audit
from clinicdesk.services.reports import ReportTable
from clinicdesk.ui.reports_view import ReportsView, build_chart, chart_for

from .conftest import wait_idle
from .demo_fixtures import DemoClinic, demo

__all__ = ["demo"]


def bar_series(view: ReportsView) -> QAbstractBarSeries:
    chart = view.chart_view.chart()
    (series,) = chart.series()
    assert isinstance(series, QAbstractBarSeries)
    return series


def points(series: QAbstractBarSeries) -> dict[str, int]:
    return {bars.label(): bars.count() for bars in series.barSets()}


def choose(qtbot: QtBot, view: ReportsView, name: str) -> None:
    view.report.setCurrentIndex(view.report.findData(name))  # runs the report
    wait_idle(qtbot)
    assert view.table is not None and view.table.name == name


@pytest.fixture
def reports(qtbot: QtBot, demo: DemoClinic) -> ReportsView:
    view = ReportsView()
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.set_context(demo.manager)
    view.show()
    view.on_shown()
    wait_idle(qtbot)
    return view


def test_utilisation_has_a_bar_per_provider_and_a_table_row_each(reports: ReportsView) -> None:
    assert reports.table is not None and reports.table.name == "utilisation"
    providers = len(reports.table.rows)
    assert providers == 8  # the small demo clinic's providers, all working this month
    assert points(bar_series(reports)) == {"Utilisation %": providers}
    assert reports.model.rowCount() == providers
    headers = [
        reports.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(reports.model.columnCount())
    ]
    assert headers == ["Provider", "Available hours", "Booked hours", "Utilisation %"]
    assert "8 rows" in reports.status.text()
    # The bars show the table's figures, first row at the top.
    series = bar_series(reports)
    first_percent = float(reports.table.rows[0][reports.table.columns.index("utilisation_percent")])
    assert series.barSets()[0].at(providers - 1) == pytest.approx(first_percent)


def test_rates_by_weekday_and_type_status_charts(qtbot: QtBot, reports: ReportsView) -> None:
    choose(qtbot, reports, "no-shows-by-weekday")
    assert points(bar_series(reports)) == {"No-show %": 5, "Late cancellation %": 5}
    choose(qtbot, reports, "appointments-by-type-status")
    table = reports.table
    assert table is not None
    types = {row[0] for row in table.rows}
    statuses = {row[1] for row in table.rows}
    series = bar_series(reports)
    assert len(series.barSets()) == len(statuses)
    assert all(bars.count() == len(types) for bars in series.barSets())
    # Stacked: every type's segments add up to its appointments.
    total = sum(bars.at(i) for bars in series.barSets() for i in range(bars.count()))
    assert total == sum(int(row[2]) for row in table.rows)
    choose(qtbot, reports, "waiting-times")  # the demo records arrivals and starts
    assert reports.chart_stack.currentWidget() is not reports.empty_chart
    hours = {row[1] for row in reports.table.rows}  # type: ignore[union-attr]
    assert {"09:00", "15:00"} <= hours
    assert points(bar_series(reports)) == {"Mean wait (minutes)": len(hours)}


def test_overbooking_outcomes_chart_per_provider_and_a_total_row(
    qtbot: QtBot, reports: ReportsView
) -> None:
    choose(qtbot, reports, "overbooking-outcomes")
    table = reports.table
    assert table is not None and table.rows[-2][0] == "total"
    # The last row names the model behind the suggestions (the demo trains none).
    assert table.rows[-1][:2] == ("model", "no model trained yet: each patient's own rate")
    providers = {row[1] for row in table.rows[:-2]}
    assert points(bar_series(reports)) == {
        "Suggested": len(providers),
        "Booked": len(providers),
        "Extra came": len(providers),
        "Doubled visit missed": len(providers),
    }
    suggested = table.columns.index("suggested")
    assert table.rows[-2][suggested] == sum(int(row[suggested]) for row in table.rows[:-2])


def test_every_report_has_rows_on_the_demo(qtbot: QtBot, reports: ReportsView) -> None:
    for index in range(reports.report.count()):
        name = reports.report.itemData(index)
        choose(qtbot, reports, name)
        assert reports.table is not None and reports.table.rows, name
        assert reports.chart_stack.currentWidget() is not reports.empty_chart, name


def test_export_csv_writes_the_shown_report(
    qtbot: QtBot,
    reports: ReportsView,
    demo: DemoClinic,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose(qtbot, reports, "no-shows-by-provider")
    out = tmp_path / "rates"  # ".csv" is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), "CSV files"))
    )
    reports.export_button.click()
    wait_idle(qtbot)
    written = tmp_path / "rates.csv"
    assert reports.exported_to == written
    with written.open(newline="", encoding="utf-8-sig") as stream:  # Excel BOM
        rows = list(csv.reader(stream))
    assert rows[0][0] == "provider" and "no_show_percent" in rows[0]
    assert len(rows) == len(reports.table.rows) + 1  # type: ignore[union-attr]
    events = [e.event for e in show_audit(demo.manager, AuditQuery(event="export.", limit=5))]
    assert events == ["export.report.no-shows-by-provider"]


def test_a_receptionist_is_told_in_plain_words(qtbot: QtBot, demo: DemoClinic) -> None:
    view = ReportsView()
    qtbot.addWidget(view)
    view.set_context(demo.reception)
    view.show()
    view.on_shown()
    wait_idle(qtbot)
    assert view.pages.currentWidget() is view.refusal
    assert "Reports are for practice managers" in view.refusal.text()
    assert "receptionist" in view.refusal.text()
    assert view.table is None
    # The window did not even ask: no refused report in the audit trail.
    assert show_audit(demo.manager, AuditQuery(event="report.", outcome="denied")) == []


def test_waiting_chart_weights_each_hour_by_visits() -> None:
    table = ReportTable(
        "waiting-times",
        "Waiting",
        date(2026, 3, 2),
        date(2026, 3, 8),
        ("provider", "arrival_hour", "visits", "mean_minutes", "median_minutes", "longest_minutes"),
        (
            ("Dr A", "09:00", 3, 10.0, 10.0, 12.0),
            ("Dr B", "09:00", 1, 30.0, 30.0, 30.0),
            ("Dr A", "14:00", 2, 5.0, 5.0, 6.0),
        ),
    )
    chart = chart_for(table)
    assert chart.categories == ("09:00", "14:00")
    assert chart.series[0].values == (15.0, 5.0)  # (3*10 + 1*30) / 4, not (10 + 30) / 2


def test_access_chart_is_a_weekly_trend_per_provider() -> None:
    table = ReportTable(
        "third-next-available",
        "Access",
        date(2026, 3, 2),
        date(2026, 3, 10),
        ("day", "provider", "appointment_type", "days_to_third", "provider_id"),
        (
            ("2026-03-02", "Dr A", "Consultation", 1, "p1"),
            ("2026-03-04", "Dr A", "Consultation", 3, "p1"),
            ("2026-03-06", "Dr A", "Consultation", 8, "p1"),
            ("2026-03-02", "Dr B", "Consultation", "", "p2"),  # none within the horizon
            ("2026-03-09", "Dr A", "Consultation", 0, "p1"),
            ("2026-03-10", "Dr A", "Consultation", 2, "p1"),
        ),
    )
    chart = chart_for(table)
    assert chart.lines
    assert chart.categories == ("w/c 02 Mar", "w/c 09 Mar")  # one per week, not per day
    series = {s.name: s.values for s in chart.series}
    assert series["Dr A"] == (3.0, 1.0)  # the medians of (1, 3, 8) and (0, 2)
    assert series["Dr B"][0] == 90.0  # a full provider counts at the horizon
    assert math.isnan(series["Dr B"][1])  # no sample that week: a gap, not a zero
    drawn = build_chart(chart)
    assert [s.name() for s in drawn.series()] == ["Dr A", "Dr B"]
    assert [s.count() for s in drawn.series()] == [2, 1]
