"""Reports from the real store, exported as CSV: figures, permissions, audit."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from clinicdesk.domain.appointments import CancelledBy, Status
from clinicdesk.domain.errors import PermissionDeniedError, ValidationError
from clinicdesk.domain.users import Role
from clinicdesk.services.reports import REPORT_TITLES, REPORTS, export_report, run_report
from tests.integration.printing.conftest import MONDAY, PrintClinic, at, audit_rows


@pytest.fixture
def monday_done(print_clinic: PrintClinic) -> PrintClinic:
    c = print_clinic
    c.book(
        "Adams",
        c.ana,
        at(MONDAY, 9),
        status=Status.COMPLETED,
        events=(("status", "arrived", at(MONDAY, 9, 2)), ("status", "in_room", at(MONDAY, 9, 12))),
    )
    c.book(
        "Nowak",
        c.ana,
        at(MONDAY, 9, 20),
        status=Status.IN_ROOM,
        events=(("status", "arrived", at(MONDAY, 9, 25)), ("status", "in_room", at(MONDAY, 9, 45))),
    )
    c.book("Nguyễn", c.ana, at(MONDAY, 10), status=Status.NO_SHOW)
    c.book(
        "王",
        c.ana,
        at(MONDAY, 11),
        status=Status.CANCELLED,
        cancelled_by=CancelledBy.PATIENT,
        late_cancel=True,
    )
    c.book("O'Brien", c.ben, at(MONDAY, 9), status=Status.COMPLETED)
    c.book(
        "O'Brien", c.ben, at(MONDAY, 10), status=Status.CANCELLED, cancelled_by=CancelledBy.CLINIC
    )
    # Outside the range: must not count.
    c.book("Adams", c.ana, at(MONDAY + timedelta(days=7), 9), status=Status.NO_SHOW)
    return c


def rows_of(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))


def test_utilisation_over_a_week(monday_done: PrintClinic) -> None:
    table = run_report(monday_done.ctx, "utilisation", MONDAY, MONDAY + timedelta(days=6))
    # The name a person reads comes first; the id, for joining, last.
    assert table.columns == (
        "provider",
        "available_hours",
        "booked_hours",
        "utilisation_percent",
        "provider_id",
    )
    # Ana works 7 h x 5 days = 35 h and had 3 x 20 min booked (the no-show counts);
    # Ben works 4 h on Monday and Wednesday = 8 h and had one 20-minute visit.
    assert [row[:-1] for row in table.rows] == [
        ("Dr Ana Lee", 35.0, 1.0, 2.9),
        ("Dr Ben Cho", 8.0, 0.33, 4.2),
    ]


def test_no_show_rates_and_waiting_times(monday_done: PrintClinic) -> None:
    c = monday_done
    by_provider = run_report(c.ctx, "no-shows-by-provider", MONDAY, MONDAY)
    assert list(by_provider.rows) == [
        ("Dr Ana Lee", 4, 1, 25.0, 1, 25.0),
        ("Dr Ben Cho", 1, 0, 0.0, 0, 0.0),
    ]
    by_weekday = run_report(c.ctx, "no-shows-by-weekday", MONDAY, MONDAY + timedelta(days=7))
    assert [r[:3] for r in by_weekday.rows] == [("Monday", 6, 2)]
    waits = run_report(c.ctx, "waiting-times", MONDAY, MONDAY)
    assert list(waits.rows) == [("Dr Ana Lee", "09:00", 2, 15.0, 15.0, 20.0)]
    statuses = run_report(c.ctx, "appointments-by-type-status", MONDAY, MONDAY)
    assert ("Consultation", "cancelled", 2) in statuses.rows


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_every_report_in_the_registry_runs_and_is_audited(
    monday_done: PrintClinic, name: str
) -> None:
    table = run_report(monday_done.ctx, name, MONDAY, MONDAY + timedelta(days=6))
    assert table.title == REPORT_TITLES[name] == REPORTS[name].title
    assert table.rows, f"{name} found nothing in a week with seven appointments"
    assert all(len(row) == len(table.columns) for row in table.rows)
    assert audit_rows(monday_done.ctx)[-1][:3] == (
        f"report.{name}",
        "days",
        f"{MONDAY.isoformat()}/{(MONDAY + timedelta(days=6)).isoformat()}",
    )


def test_export_writes_csv_and_audits(monday_done: PrintClinic, out_dir: Path) -> None:
    c = monday_done
    out = export_report(c.ctx, "no-shows-by-provider", MONDAY, MONDAY, out_dir / "r.csv")
    assert rows_of(out) == [
        ["provider", *REPORT_COLUMNS],
        ["Dr Ana Lee", "4", "1", "25.0", "1", "25.0"],
        ["Dr Ben Cho", "1", "0", "0.0", "0", "0.0"],
    ]
    events = [row[:3] for row in audit_rows(c.ctx) if "report" in row[0]]
    assert events == [
        ("report.no-shows-by-provider", "days", "2026-03-02/2026-03-02"),
        ("export.report.no-shows-by-provider", "days", "2026-03-02/2026-03-02"),
    ]


REPORT_COLUMNS = [
    "appointments_due",
    "no_shows",
    "no_show_percent",
    "late_cancellations",
    "late_cancel_percent",
]


def test_a_provider_name_that_looks_like_a_formula_is_neutralised(
    print_clinic: PrintClinic, out_dir: Path
) -> None:
    from clinicdesk.services import providers

    c = print_clinic
    evil = providers.add_provider(c.ctx, name="=1+2", specialty="x", title="")
    c.book("Adams", evil, at(MONDAY, 9), status=Status.NO_SHOW)
    out = export_report(c.ctx, "no-shows-by-provider", MONDAY, MONDAY, out_dir / "r.csv")
    assert ["'=1+2", "1", "1", "100.0", "0", "0.0"] in rows_of(out)


def test_reports_need_view_reports_and_export(monday_done: PrintClinic, out_dir: Path) -> None:
    c = monday_done
    with pytest.raises(PermissionDeniedError):
        run_report(c.as_role(Role.RECEPTIONIST), "utilisation", MONDAY, MONDAY)
    with pytest.raises(PermissionDeniedError):
        export_report(c.as_role(Role.ADMIN), "utilisation", MONDAY, MONDAY, out_dir / "x.csv")
    assert not (out_dir / "x.csv").exists()
    with pytest.raises(ValidationError, match="no report called"):
        run_report(c.ctx, "profit", MONDAY, MONDAY)
    with pytest.raises(ValidationError, match="before"):
        run_report(c.ctx, "utilisation", MONDAY, MONDAY - timedelta(days=1))
    with pytest.raises(ValidationError, match=r"\.csv"):
        export_report(c.ctx, "utilisation", MONDAY, MONDAY, out_dir / "x.xlsx")
