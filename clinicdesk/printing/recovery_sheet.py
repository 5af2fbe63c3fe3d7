"""The recovery-key sheet: the one paper copy that can open the clinic's data.

The key is printed large in a monospace font, four groups to a line, each group
numbered, so it can be read back over the phone or typed in without losing one's
place. The instructions say what the key is for and where not to keep it.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from clinicdesk.domain.i18n import tr, tr_noop
from clinicdesk.printing.fonts import Weight, markup, primary_font
from clinicdesk.printing.layout import PageHeader, Section, body_width, build_pdf, paragraph_style
from clinicdesk.printing.models import RecoverySheet

PAGE = A4
GROUPS_PER_LINE = 4
# The page footer translates it where it is drawn (layout.py).
SECRET_NOTE = tr_noop(
    "printed sheets", "SECRET: whoever holds this key can read the clinic's data."
)

INSTRUCTIONS = (
    tr_noop(
        "recovery sheet",
        "This key unlocks the clinic's encrypted data when this computer's saved key is "
        "lost (a new Windows profile, a repaired or replaced PC, a restored backup)."
    ),
    tr_noop(
        "recovery sheet",
        "To use it: run 'clinicdesk unlock' (or choose 'Unlock with recovery key' in the "
        "window) and type the 16 groups. Spaces and dashes do not matter; a mistyped "
        "group is pointed out before anything is tried."
    ),
    tr_noop(
        "recovery sheet",
        "Keep this sheet locked away from the computer, e.g. in the practice safe. Do not"
        " photograph it, e-mail it or store it on the same PC. Anyone with this key and a"
        " copy of the data folder can read every patient record."
    ),
    tr_noop(
        "recovery sheet",
        "A new key is made when the database key is changed (clinicdesk rekey); this "
        "sheet then no longer works and should be shredded."
    ),
)


def _key_table(groups: list[str], width: float) -> Table:
    rows = []
    for start in range(0, len(groups), GROUPS_PER_LINE):
        line = groups[start : start + GROUPS_PER_LINE]
        rows.append([f"{start + i + 1}." for i in range(len(line))])
        rows.append(line)
    column = width / GROUPS_PER_LINE
    table = Table(rows, colWidths=[column] * GROUPS_PER_LINE)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), primary_font(Weight.MONO_BOLD)),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for index in range(0, len(rows), 2):
        style += [
            ("FONTNAME", (0, index), (-1, index), primary_font(Weight.REGULAR)),
            ("FONTSIZE", (0, index), (-1, index), 8),
            ("TEXTCOLOR", (0, index), (-1, index), "#555555"),
            ("FONTSIZE", (0, index + 1), (-1, index + 1), 24),
            ("LEADING", (0, index + 1), (-1, index + 1), 28),
            ("BOTTOMPADDING", (0, index + 1), (-1, index + 1), 12),
        ]
    table.setStyle(TableStyle(style))
    return table


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    """The recovery sheet as PDF bytes (one page)."""
    width = body_width(PAGE)
    groups = [group for group in sheet.recovery_key.replace(" ", "-").split("-") if group]
    header = PageHeader(
        clinic_name=sheet.clinic_name,
        document_title=tr("recovery sheet", "Recovery key"),
        printed_label=tr("recovery sheet", "Made {moment}").format(
            moment=f"{sheet.created_at:%Y-%m-%d %H:%M}"
        ),
        footer_note=SECRET_NOTE,
    )
    text = paragraph_style(10.5, leading=14)
    section = Section(
        key="recovery",
        heading=tr("recovery sheet", "Database recovery key"),
        detail=tr("recovery sheet", "keep it safe"),
    )
    section.flowables.append(Spacer(1, 10))
    section.flowables.append(_key_table(groups, width))
    section.flowables.append(Spacer(1, 14))
    for paragraph in INSTRUCTIONS:
        section.flowables.append(Paragraph(markup(tr("recovery sheet", paragraph)), text))
        section.flowables.append(Spacer(1, 6))
    if sheet.store_location:
        where = markup(
            tr("recovery sheet", "Data folder on this computer: {folder}").format(
                folder=sheet.store_location
            )
        )
        section.flowables.append(Paragraph(where, text))
    title = tr("recovery sheet", "Recovery key")
    return build_pdf(header, [section], title=title, pagesize=PAGE)
