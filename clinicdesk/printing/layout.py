"""Page frame shared by every printed document: header, footer, "Page n of m", styles.

Headers are drawn when the document is saved, not as each page starts: only then is
the page count known ("Page 3 of 40") and which section (provider) each page belongs
to, so a provider's pages also say "1 of 2" for that provider. A zero-size
:class:`SectionMark` flowable at the top of each section tells the canvas which
section the following pages belong to.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from clinicdesk.domain.i18n import tr, tr_noop
from clinicdesk.printing.fonts import Weight, draw_text, primary_font, string_width

MARGIN = 10 * mm
HEADER_HEIGHT = 17 * mm
FOOTER_HEIGHT = 7 * mm
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.55, 0.55, 0.55)
ZEBRA = colors.Color(0.94, 0.94, 0.94)
HEAD_FILL = colors.Color(0.85, 0.85, 0.85)

CONFIDENTIAL = tr_noop(
    "printed sheets", "Confidential patient information: keep out of public view, shred after use."
)


@dataclass(frozen=True, slots=True)
class PageHeader:
    """What the top of every page says, besides the section."""

    clinic_name: str
    document_title: str  # "Day sheet · Monday 2 March 2026"
    printed_label: str  # "Printed 2026-03-02 07:45"
    footer_note: str = CONFIDENTIAL


@dataclass(slots=True)
class Section:
    """A run of pages about one subject (a provider); starts on a new page."""

    key: str
    heading: str  # "Dr Ana Lee"
    detail: str  # "General practice · working 08:00-12:00 · 12 appointments"
    flowables: list[Flowable] = field(default_factory=list)


class SectionMark(Flowable):
    """Zero-size marker: the pages from here on belong to ``section``."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._clinic_section = self.section  # type: ignore[attr-defined]


def _make_canvas_class(header: PageHeader) -> type[Canvas]:
    class _FramedCanvas(Canvas):
        """Keeps every page until save, then draws headers and footers with totals."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._clinic_section: Section | None = None

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            sections = [page.get("_clinic_section") for page in self._pages]
            totals: dict[str, int] = {}
            for section in sections:
                if section is not None:
                    totals[section.key] = totals.get(section.key, 0) + 1
            seen: dict[str, int] = {}
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                section = sections[number - 1]
                of_section = ""
                if section is not None and totals[section.key] > 1:
                    seen[section.key] = seen.get(section.key, 0) + 1
                    of_section = f"{seen[section.key]} of {totals[section.key]} for this provider"
                _draw_frame(
                    self,
                    header,
                    section,
                    number=number,
                    total=len(self._pages),
                    of_section=of_section,
                )
                Canvas.showPage(self)
            Canvas.save(self)

    return _FramedCanvas


def _draw_frame(
    canvas: Canvas,
    header: PageHeader,
    section: Section | None,
    *,
    number: int,
    total: int,
    of_section: str,
) -> None:
    width, height = canvas._pagesize  # type: ignore[attr-defined]
    left, right = MARGIN, width - MARGIN
    top = height - MARGIN
    canvas.saveState()
    draw_text(canvas, left, top - 12, header.clinic_name, 13, weight=Weight.BOLD)
    draw_text(canvas, right, top - 12, header.document_title, 11, weight=Weight.BOLD, align="right")
    if section is not None:
        draw_text(canvas, left, top - 28, section.heading, 12, weight=Weight.BOLD)
        heading_width = string_width(section.heading, 12, Weight.BOLD) + 10
        draw_text(canvas, left + heading_width, top - 28, section.detail, 9)
    printed = header.printed_label + (f"  ·  page {of_section}" if of_section else "")
    draw_text(canvas, right, top - 28, printed, 8, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    rule_y = height - MARGIN - HEADER_HEIGHT + 4
    canvas.line(left, rule_y, right, rule_y)
    canvas.setFillColor(GREY)
    draw_text(canvas, left, MARGIN, tr("printed sheets", header.footer_note), 7)
    canvas.setFillColor(colors.black)
    draw_text(
        canvas,
        right,
        MARGIN,
        tr("printed sheets", "Page {number} of {total}").format(number=number, total=total),
        9,
        weight=Weight.BOLD,
        align="right",
    )
    canvas.restoreState()


def paragraph_style(size: float = 8.5, *, leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(
        f"clinic-{size}",
        fontName=primary_font(),
        fontSize=size,
        leading=leading or size * 1.2,
        splitLongWords=True,
        # HarfBuzz shapes the runs set in a shaped font (fonts.py): Arabic, Devanagari, Thai.
        shaping=1,
    )


def build_pdf(
    header: PageHeader,
    sections: Sequence[Section],
    *,
    title: str,
    pagesize: tuple[float, float] = landscape(A4),
) -> bytes:
    """Lay out the sections (each from a new page) and return the PDF bytes.

    ``title`` goes into the PDF's metadata, which file browsers show: it must never
    hold patient data.
    """
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=title,
        author=header.clinic_name,
        creator="clinicdesk",
        subject=title,
        # Without this the canvas declares Helvetica, a font the PDF would not embed.
        initialFontName=primary_font(),
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story.append(PageBreak())
        story.append(SectionMark(section))
        story.extend(section.flowables)
    if not story:
        story.append(SectionMark(Section(key="", heading="", detail="")))
    doc.build(story, canvasmaker=_make_canvas_class(header))
    return buffer.getvalue()


def body_width(pagesize: tuple[float, float] = landscape(A4)) -> float:
    return pagesize[0] - 2 * MARGIN
