"""The call list: patients who missed or cancelled, with what the caller needs at hand."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from clinicdesk.domain.date_words import date_words
from clinicdesk.domain.i18n import tr, tr_noop
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
    (tr_noop("call list", "Missed appointment"), 0.13),
    (tr_noop("call list", "Patient"), 0.16),
    (tr_noop("call list", "Born"), 0.075),
    (tr_noop("call list", "Phone"), 0.1),
    (tr_noop("call list", "Provider / type"), 0.14),
    (tr_noop("call list", "What happened"), 0.13),
    (tr_noop("call list", "Already rebooked"), 0.09),
    (tr_noop("call list", "Called"), 0.055),
    (tr_noop("call list", "Outcome"), 0.13),
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
        Paragraph(markup(row.next_booked or tr("call list", "no")), _TEXT),
        Paragraph(BOX, _BOX),
        "",  # left blank for the caller to write in
    ]


def render_call_list(call_list: CallList) -> bytes:
    """The call list as PDF bytes, oldest missed appointment first."""
    width = body_width(PAGE)
    span = date_words(call_list.first_day, weekday=False)
    if call_list.last_day != call_list.first_day:
        span = tr("call list", "{first} to {last}").format(
            first=span, last=date_words(call_list.last_day, weekday=False)
        )
    header = PageHeader(
        clinic_name=call_list.clinic_name,
        document_title=tr("call list", "No-show and cancellation call list"),
        printed_label=tr("printed sheets", "Printed {moment}").format(
            moment=f"{call_list.printed_at:%Y-%m-%d %H:%M}"
        ),
    )
    count = len(call_list.rows)
    detail = tr("call list", "%n patient(s) to call", n=count)
    section = Section(key="calls", heading=span, detail=detail)
    if call_list.rows:
        data = [
            [Paragraph(markup(tr("call list", name), Weight.BOLD), _TEXT) for name, _ in _COLUMNS],
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
        section.flowables.append(Paragraph(tr("call list", "Nobody to call."), paragraph_style(10)))
    return build_pdf(
        header,
        [section],
        title=tr("call list", "Call list {date}").format(date=call_list.first_day.isoformat()),
        pagesize=PAGE,
    )
