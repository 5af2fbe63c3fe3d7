"""The call list: patients who missed or cancelled, with what the caller needs at hand."""

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
from clinicdesk.printing.models import CallList, CallListRow

PAGE = landscape(A4)
BOX = "☐"

_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Missed appointment", 0.13),
    ("Patient", 0.16),
    ("Born", 0.075),
    ("Phone", 0.1),
    ("Provider / type", 0.14),
    ("What happened", 0.13),
    ("Already rebooked", 0.09),
    ("Called", 0.055),
    ("Outcome", 0.13),
)
_TEXT = paragraph_style(8.5, leading=10)
_BOX = paragraph_style(12, leading=10)


def _row(row: CallListRow) -> list[Flowable | str]:
    what = markup(row.outcome, Weight.BOLD)
    if row.reason:
        what += "<br/>" + markup(row.reason)
    return [
        Paragraph(markup(row.time_label), _TEXT),
        Paragraph(markup(row.patient_name, Weight.BOLD), _TEXT),
        row.birth_date.isoformat() if row.birth_date else "",
        Paragraph(markup(row.phone), _TEXT) if row.phone else "",
        Paragraph(f"{markup(row.provider_name)}<br/>{markup(row.appointment_type)}", _TEXT),
        Paragraph(what, _TEXT),
        Paragraph(markup(row.next_booked or "no"), _TEXT),
        Paragraph(BOX, _BOX),
        "",  # left blank for the caller to write in
    ]


def render_call_list(call_list: CallList) -> bytes:
    """The call list as PDF bytes, oldest missed appointment first."""
    width = body_width(PAGE)
    span = f"{call_list.first_day:%d %b %Y}"
    if call_list.last_day != call_list.first_day:
        span += f" to {call_list.last_day:%d %b %Y}"
    header = PageHeader(
        clinic_name=call_list.clinic_name,
        document_title="No-show and cancellation call list",
        printed_label=f"Printed {call_list.printed_at:%Y-%m-%d %H:%M}",
    )
    count = len(call_list.rows)
    section = Section(key="calls", heading=span, detail=f"{count} patient(s) to call")
    if call_list.rows:
        data = [
            [Paragraph(markup(name, Weight.BOLD), _TEXT) for name, _ in _COLUMNS],
            *(_row(row) for row in call_list.rows),
        ]
        table = Table(data, colWidths=[s * width for _, s in _COLUMNS], repeatRows=1)
        style = [
            ("FONTNAME", (0, 0), (-1, -1), primary_font()),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("ALIGN", (-2, 0), (-2, -1), "CENTER"),
        ]
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
        table.setStyle(TableStyle(style))
        section.flowables.append(table)
    else:
        section.flowables.append(Paragraph("Nobody to call.", paragraph_style(10)))
    return build_pdf(
        header,
        [section],
        title=f"Call list {call_list.first_day.isoformat()}",
        pagesize=PAGE,
    )
