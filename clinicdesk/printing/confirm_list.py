"""The unconfirmed list on paper: visits in the next working days nobody has confirmed,
in the order to call them, with a box to tick and room for what the patient said."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from clinicdesk.domain.i18n import tr
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
from clinicdesk.printing.models import ConfirmSheet, ConfirmSheetRow

PAGE = A4
BOX = "☐"
CHECKED = "☑"

_TEXT = paragraph_style(9, leading=11)
_HEAD = paragraph_style(7.5, leading=9)
_BOX = paragraph_style(12, leading=11)


def _columns() -> tuple[tuple[str, float], ...]:
    return (
        (tr("confirm_sheet", "Visit"), 0.17),
        (tr("confirm_sheet", "Patient"), 0.2),
        (tr("confirm_sheet", "Phone"), 0.18),
        (tr("confirm_sheet", "State"), 0.14),
        (tr("confirm_sheet", "No-shows"), 0.11),
        (tr("confirm_sheet", "Called"), 0.08),
        (tr("confirm_sheet", "Outcome"), 0.12),
    )


def _row(row: ConfirmSheetRow) -> list[Flowable | str]:
    return [
        Paragraph(markup(row.time_label), _TEXT),
        Paragraph(markup(row.patient_name, Weight.BOLD), _TEXT),
        Paragraph(markup(row.phone or tr("confirm_sheet", "no phone on file")), _TEXT),
        Paragraph(markup(row.state), _TEXT),
        str(row.no_shows),
        Paragraph(CHECKED if row.called else BOX, _BOX),
        "",  # left blank for the caller to write in
    ]


def render_confirm_list(sheet: ConfirmSheet) -> bytes:
    """The unconfirmed list as PDF bytes, in call order."""
    width = body_width(PAGE)
    span = ""
    if sheet.days:
        span = f"{sheet.days[0]:%a %d %b %Y}"
        if sheet.days[-1] != sheet.days[0]:
            span += f" – {sheet.days[-1]:%a %d %b %Y}"
    header = PageHeader(
        clinic_name=sheet.clinic_name,
        document_title=tr("confirm_sheet", "Visits to confirm"),
        printed_label=tr("confirm_sheet", "Printed {when}").format(
            when=f"{sheet.printed_at:%Y-%m-%d %H:%M}"
        ),
    )
    detail = tr("confirm_sheet", "%n visit(s) to confirm", n=len(sheet.rows))
    section = Section(key="confirm", heading=span, detail=detail)
    columns = _columns()
    if sheet.rows:
        data = [
            [Paragraph(markup(name, Weight.BOLD), _HEAD) for name, _ in columns],
            *(_row(row) for row in sheet.rows),
        ]
        table = Table(data, colWidths=[share * width for _, share in columns], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), primary_font()),
                    ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("ALIGN", (4, 0), (5, -1), "CENTER"),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ]
            )
        )
        section.flowables.append(table)
    else:
        section.flowables.append(
            Paragraph(tr("confirm_sheet", "Every visit is confirmed."), paragraph_style(10))
        )
    first = sheet.days[0].isoformat() if sheet.days else ""
    return build_pdf(header, [section], title=f"Visits to confirm {first}", pagesize=PAGE)
