"""The recall list on paper: patients due for a follow-up, most overdue first."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from clinicdesk.printing.fonts import Weight, markup, primary_font
from clinicdesk.printing.layout import (
    HEAD_FILL,
    RULE,
    ZEBRA,
    PageHeader,
    Section,
    body_width,
    build_pdf,
    paragraph_style,
)
from clinicdesk.printing.models import RecallSheet, RecallSheetRow

PAGE = landscape(A4)
BOX = "☐"

_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Due", 0.09),
    ("Patient", 0.16),
    ("Born", 0.08),
    ("Phone", 0.18),
    ("Recall", 0.14),
    ("Attempts", 0.1),
    ("Called", 0.06),
    ("Outcome", 0.19),
)
_TEXT = paragraph_style(8.5, leading=10)
_BOX = paragraph_style(12, leading=10)


def _row(row: RecallSheetRow) -> list[Flowable | str]:
    due = row.due.isoformat()
    if row.state == "overdue":
        due = markup(due, Weight.BOLD) + "<br/>" + markup("overdue")
    attempts = str(row.attempts)
    if row.last_attempt_on is not None:
        attempts += f", last {row.last_attempt_on.isoformat()}"
    return [
        Paragraph(due if row.state == "overdue" else markup(due), _TEXT),
        Paragraph(markup(row.patient_name, Weight.BOLD), _TEXT),
        row.birth_date.isoformat() if row.birth_date else "",
        Paragraph(markup(row.phones or "no phone on file"), _TEXT),
        Paragraph(markup(row.recall_type), _TEXT),
        Paragraph(markup(attempts), _TEXT),
        Paragraph(BOX, _BOX),
        "",  # left blank for the caller to write in
    ]


def render_recall_list(sheet: RecallSheet) -> bytes:
    """The recall list as PDF bytes."""
    width = body_width(PAGE)
    header = PageHeader(
        clinic_name=sheet.clinic_name,
        document_title="Recall list",
        printed_label=f"Printed {sheet.printed_at:%Y-%m-%d %H:%M}",
    )
    heading = f"Overdue, and due by {sheet.last_day:%d %b %Y}"
    section = Section(key="recalls", heading=heading, detail=f"{len(sheet.rows)} patient(s) due")
    if sheet.rows:
        data = [
            [Paragraph(markup(name, Weight.BOLD), _TEXT) for name, _ in _COLUMNS],
            *(_row(row) for row in sheet.rows),
        ]
        table = Table(data, colWidths=[s * width for _, s in _COLUMNS], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), primary_font()),
                    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("ALIGN", (-2, 0), (-2, -1), "CENTER"),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ]
            )
        )
        section.flowables.append(table)
    else:
        section.flowables.append(Paragraph("Nobody is due.", paragraph_style(10)))
    return build_pdf(
        header, [section], title=f"Recall list {sheet.today.isoformat()}", pagesize=PAGE
    )
