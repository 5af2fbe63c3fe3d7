"""The day sheet: each provider's appointments of one day, the front desk's paper copy.

During an outage this sheet *is* the schedule, so each line carries what the desk needs
without the PC: who, when, date of birth to confirm identity, a phone number to call,
what for and how urgent, alerts, whether insurance was checked, and boxes to tick
when the patient arrives and is seen. One line per appointment where the text fits
(landscape A4 holds about 30); long names and notes wrap within their column.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from clinicdesk.domain.date_words import date_words
from clinicdesk.domain.i18n import tr, tr_noop
from clinicdesk.printing.fonts import Weight, fits_primary, markup, primary_font
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
from clinicdesk.printing.models import DaySheet, DaySheetRow, ProviderDay

PAGE = landscape(A4)
BOX = "☐"  # an empty box to tick; DejaVu Sans has it

# Column widths as shares of the body width; they add up to 1.
_COLUMNS: tuple[tuple[str, float], ...] = (
    (tr_noop("day sheet", "Time"), 0.082),
    (tr_noop("day sheet", "Patient"), 0.15),
    (tr_noop("day sheet", "Born"), 0.07),
    (tr_noop("day sheet", "Phone"), 0.11),
    (tr_noop("day sheet", "Type"), 0.13),
    (tr_noop("day sheet", "Urgency"), 0.082),
    (tr_noop("day sheet", "Reason / notes"), 0.131),
    (tr_noop("day sheet", "Alerts"), 0.11),
    (tr_noop("day sheet", "Insurance"), 0.075),
    (tr_noop("day sheet", "Arr."), 0.03),
    (tr_noop("day sheet", "Seen"), 0.03),
)

# Routine is the normal case and is left blank so the exceptions stand out; the others
# are words, never colour alone.
_URGENCY_TEXT = {
    "routine": "",
    "soon": tr_noop("day sheet", "Soon"),
    "urgent": tr_noop("day sheet", "URGENT"),
    "emergency": tr_noop("day sheet", "EMERGENCY"),
}
_INSURANCE_TEXT = {
    "verified": tr_noop("day sheet", "Verified"),
    "unverified": tr_noop("day sheet", "Not checked"),
    "failed": tr_noop("day sheet", "FAILED"),
    "expired": tr_noop("day sheet", "Expired"),
    "": tr_noop("day sheet", "None"),
}
# Statuses worth showing under the time; booked/confirmed are the normal case.
_STATUS_TEXT = {
    "arrived": tr_noop("day sheet", "Arrived"),
    "in_room": tr_noop("day sheet", "In room"),
    "completed": tr_noop("day sheet", "Seen"),
    "no_show": tr_noop("day sheet", "No-show"),
    "cancelled": tr_noop("day sheet", "Cancelled"),
}

FONT_SIZE = 8.5
PADDING = 2.5
_TEXT = paragraph_style(FONT_SIZE, leading=10)
# Columns whose plain-text cells are set in bold: time, patient, urgency, alerts.
_BOLD_COLUMNS = (0, 1, 5, 7)
_INSURANCE_COLUMN = 8
_INSURANCE_PROBLEMS = frozenset({"failed", ""})

Cell = Flowable | str


def _shown(label: str) -> str:
    """A label of the tables above in the reader's language ("" stays empty)."""
    return tr("day sheet", label) if label else ""


def _fits(text: str, weight: Weight, width: float) -> bool:
    """Whether ``text`` can be a plain cell: one font draws it and each line fits.

    Plain cells cost a fraction of a Paragraph's layout time, and most cells qualify;
    the rest (other scripts, long text) become Paragraphs that switch fonts and wrap.
    """
    if not fits_primary(text, weight):
        return False
    font = primary_font(weight)
    return all(
        stringWidth(line, font, FONT_SIZE) <= width - 2 * PADDING for line in text.split("\n")
    )


def _cell(text: str, width: float, weight: Weight = Weight.REGULAR) -> Cell:
    """A plain cell when the text fits, else a wrapping Paragraph; '' stays empty."""
    if not text or _fits(text, weight, width):
        return text
    return Paragraph(markup(text, weight), _TEXT)


def _reason_cell(row: DaySheetRow, width: float) -> Cell:
    if not row.notes:
        return _cell(row.reason, width)
    parts = [markup(row.reason)] if row.reason else []
    parts.append(f'<font color="#555555">Note: {markup(row.notes)}</font>')
    return Paragraph("<br/>".join(parts), _TEXT)


def _row_cells(row: DaySheetRow, widths: list[float]) -> list[Cell]:
    status = _shown(_STATUS_TEXT.get(row.status, ""))
    when = f"{row.time_label}\n{status}" if status else row.time_label
    kind = f"{row.appointment_type}\n{row.room}" if row.room else row.appointment_type
    insurance_weight = Weight.BOLD if row.insurance in _INSURANCE_PROBLEMS else Weight.REGULAR
    return [
        _cell(when, widths[0], Weight.BOLD),
        _cell(row.patient_name, widths[1], Weight.BOLD),
        row.birth_date.isoformat() if row.birth_date else "",
        _cell(row.phone, widths[3]),
        _cell(kind, widths[4]),
        _cell(_shown(_URGENCY_TEXT.get(row.urgency, row.urgency)), widths[5], Weight.BOLD),
        _reason_cell(row, widths[6]),
        _cell(row.alerts, widths[7], Weight.BOLD),
        _cell(
            _shown(_INSURANCE_TEXT.get(row.insurance, row.insurance)), widths[8], insurance_weight
        ),
        BOX,
        BOX,
    ]


def appointments_table(rows: tuple[DaySheetRow, ...], width: float) -> Table:
    """The appointment lines as a table whose heading row repeats on every page."""
    widths = [share * width for _, share in _COLUMNS]
    data: list[list[Cell]] = [
        [tr("day sheet", name) for name, _ in _COLUMNS],
        *(_row_cells(row, widths) for row in rows),
    ]
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=True)
    bold = primary_font(Weight.BOLD)
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), primary_font()),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("FONTSIZE", (0, 0), (-1, 0), 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("ALIGN", (-2, 0), (-1, -1), "CENTER"),
        ("FONTSIZE", (-2, 1), (-1, -1), 12),
    ]
    style.extend(("FONTNAME", (column, 1), (column, -1), bold) for column in _BOLD_COLUMNS)
    # Insurance problems stand out in bold (and in words, never colour alone).
    style.extend(
        ("FONTNAME", (_INSURANCE_COLUMN, i), (_INSURANCE_COLUMN, i), bold)
        for i, row in enumerate(rows, start=1)
        if row.insurance in _INSURANCE_PROBLEMS
    )
    # Every other line shaded so the eye can follow a line across the landscape page.
    style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    table.setStyle(TableStyle(style))
    return table


def _detail(provider: ProviderDay) -> str:
    count = len(provider.rows)
    parts = [provider.specialty] if provider.specialty else []
    parts.append(
        tr("day sheet", "working {hours}").format(hours=provider.hours_label)
        if provider.hours_label
        else tr("day sheet", "not working")
    )
    parts.append(tr("day sheet", "%n appointment(s)", n=count))
    pressing = sum(1 for r in provider.rows if r.urgency in {"urgent", "emergency"})
    if pressing:
        parts.append(tr("day sheet", "%n urgent", n=pressing))
    return "  ·  ".join(parts)


def provider_section(provider: ProviderDay, width: float) -> Section:
    section = Section(
        key=provider.provider_id, heading=provider.provider_name, detail=_detail(provider)
    )
    if provider.rows:
        section.flowables.append(appointments_table(provider.rows, width))
    else:
        empty = paragraph_style(10)
        section.flowables.append(Paragraph(tr("day sheet", "No appointments booked."), empty))
    return section


def render_day_sheet(sheet: DaySheet) -> bytes:
    """The day sheet as PDF bytes: one section (from a new page) per provider."""
    width = body_width(PAGE)
    header = PageHeader(
        clinic_name=sheet.clinic_name,
        document_title=tr("day sheet", "Day sheet · {date}").format(date=date_words(sheet.day)),
        printed_label=tr("printed sheets", "Printed {moment}").format(
            moment=f"{sheet.printed_at:%Y-%m-%d %H:%M}"
        ),
    )
    sections = [provider_section(provider, width) for provider in sheet.providers]
    if not sections:
        sections = [
            Section(
                key="",
                heading=tr("day sheet", "No providers"),
                detail=tr("day sheet", "nobody works or is booked this day"),
                flowables=[
                    Paragraph(tr("day sheet", "No appointments booked."), paragraph_style(10))
                ],
            )
        ]
    title = tr("day sheet", "Day sheet {date}").format(date=sheet.day.isoformat())
    return build_pdf(header, sections, title=title, pagesize=PAGE)
