"""The printed unconfirmed list: call order kept, the caller's boxes, names in full."""

from __future__ import annotations

from datetime import UTC, date, datetime

from clinicdesk.printing.confirm_list import render_confirm_list
from clinicdesk.printing.models import ConfirmSheet, ConfirmSheetRow
from tests.unit.printing.pdf_reading import pages_and_text

PRINTED = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
DAYS = (date(2026, 3, 2), date(2026, 3, 3))


def _row(n: int, *, called: bool = False, phone: str = "+44 7700 900001") -> ConfirmSheetRow:
    return ConfirmSheetRow(
        f"Mon 2026-03-02 {9 + n // 4:02d}:{(n % 4) * 15:02d}",
        f"Zoë Ålvarez-{n:03d}",
        phone,
        "not confirmed" if n % 2 else "unclear reply",
        n % 3,
        called,
    )


def test_rows_keep_call_order_and_show_what_the_caller_needs() -> None:
    rows = (_row(1), _row(2, called=True), _row(3, phone=""))
    pages, text = pages_and_text(
        render_confirm_list(ConfirmSheet("Riverside", DAYS, PRINTED, rows))
    )
    assert pages == 1
    assert "Visits to confirm" in text and "Riverside" in text and "3 visits to confirm" in text
    assert "Mon 02 Mar 2026 – Tue 03 Mar 2026" in text
    assert text.index("Zoë Ålvarez-001") < text.index("Zoë Ålvarez-002")
    assert text.index("Zoë Ålvarez-002") < text.index("Zoë Ålvarez-003")
    assert "unclear reply" in text and "no phone on file" in text
    assert "☑" in text and "☐" in text
    assert "Printed 2026-03-02 08:30" in text


def test_a_long_list_runs_over_pages_and_an_empty_one_says_so() -> None:
    rows = tuple(_row(n) for n in range(90))
    pages, text = pages_and_text(
        render_confirm_list(ConfirmSheet("Riverside", DAYS, PRINTED, rows))
    )
    assert pages > 1 and "Zoë Ålvarez-089" in text
    _, empty = pages_and_text(render_confirm_list(ConfirmSheet("Riverside", DAYS[:1], PRINTED, ())))
    assert "Every visit is confirmed." in empty and "–" not in empty
