"""A provider's week on paper: each day's appointments under a day heading, Monday first."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from clinicdesk.domain.date_words import date_words
from clinicdesk.domain.i18n import tr, tr_noop
from clinicdesk.printing.fonts import Weight, markup, primary_font
from clinicdesk.printing.layout import (
    HEAD_FILL,
    RULE,
    PageHeader,
    Section,
    body_width,
    build_pdf,
    paragraph_style,
)
from clinicdesk.printing.models import DaySheetRow, WeekDay, WeekSchedule

PAGE = A4  # portrait: a week reads top to bottom

# The day sheet's facts for each visit (why they come, what to watch for), in portrait.
_COLUMNS: tuple[tuple[str, float], ...] = (
    (tr_noop("week schedule", "Time"), 0.14),
    (tr_noop("week schedule", "Patient"), 0.18),
    (tr_noop("week schedule", "Born"), 0.11),
    (tr_noop("week schedule", "Phone"), 0.14),
    (tr_noop("week schedule", "Type"), 0.14),
    (tr_noop("week schedule", "Reason"), 0.14),
    (tr_noop("week schedule", "Alerts"), 0.15),
)
_URGENT = {
    "urgent": tr_noop("week schedule", "URGENT"),
    "emergency": tr_noop("week schedule", "EMERGENCY"),
    "soon": tr_noop("week schedule", "soon"),
}
_TEXT = paragraph_style(8.5, leading=10)
_DAY = paragraph_style(10.5, leading=13)


def _row(row: DaySheetRow) -> list[Flowable | str]:
    kind = markup(row.appointment_type)
    if row.urgency in _URGENT:
        kind += " · " + markup(tr("week schedule", _URGENT[row.urgency]), Weight.BOLD)
    return [
        Paragraph(markup(row.time_label), _TEXT),
        Paragraph(markup(row.patient_name, Weight.BOLD), _TEXT),
        row.birth_date.isoformat() if row.birth_date else "",
        Paragraph(markup(row.phone), _TEXT) if row.phone else "",
        Paragraph(kind, _TEXT),
        Paragraph(markup(row.reason), _TEXT) if row.reason else "",
        Paragraph(markup(row.alerts, Weight.BOLD), _TEXT) if row.alerts else "",
    ]


def _day_block(day: WeekDay, width: float) -> list[Flowable]:
    count = len(day.rows)
    hours = (
        tr("week schedule", "working {hours}").format(hours=day.hours_label)
        if day.hours_label
        else tr("week schedule", "not working")
    )
    booked = tr("week schedule", "%n booked", n=count)
    title = f"{date_words(day.day, year=False)}  ·  {hours}  ·  {booked}"
    heading = Paragraph(markup(title, Weight.BOLD), _DAY)
    if not day.rows:
        return [heading, Spacer(1, 6)]
    data = [
        [Paragraph(markup(tr("week schedule", name), Weight.BOLD), _TEXT) for name, _ in _COLUMNS],
        *(_row(row) for row in day.rows),
    ]
    table = Table(data, colWidths=[s * width for _, s in _COLUMNS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), primary_font()),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    # The heading stays with the first lines of its day rather than ending a page.
    return [KeepTogether([heading, Spacer(1, 2), table]), Spacer(1, 8)]


def render_week_schedule(week: WeekSchedule) -> bytes:
    """One provider's week as PDF bytes."""
    width = body_width(PAGE)
    total = sum(len(day.rows) for day in week.days)
    header = PageHeader(
        clinic_name=week.clinic_name,
        document_title=tr("week schedule", "Week of {date}").format(
            date=date_words(week.week_start, weekday=False)
        ),
        printed_label=tr("printed sheets", "Printed {moment}").format(
            moment=f"{week.printed_at:%Y-%m-%d %H:%M}"
        ),
    )
    appointments = tr("week schedule", "%n appointment(s)", n=total)
    detail = "  ·  ".join(filter(None, [week.specialty, appointments]))
    section = Section(key=week.provider_id, heading=week.provider_name, detail=detail)
    for day in week.days:
        section.flowables.extend(_day_block(day, width))
    return build_pdf(
        header,
        [section],
        title=tr("week schedule", "Week schedule {date}").format(
            date=week.week_start.isoformat()
        ),
        pagesize=PAGE,
    )
