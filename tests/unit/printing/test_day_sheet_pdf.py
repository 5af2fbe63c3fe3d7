"""The day sheet PDF read back: names in every script, page numbers, wrapping, fonts."""

from __future__ import annotations

import dataclasses

import pytest

from clinicdesk.printing.day_sheet import render_day_sheet
from tests.unit.printing.pdf_reading import (
    PDFTOTEXT,
    font_names,
    page_texts,
    pages_and_text,
    pdftotext,
)
from tests.unit.printing.sheets import NAMES, provider, row, sheet


def test_forty_appointments_fill_two_pages_numbered_n_of_m() -> None:
    data = render_day_sheet(sheet(provider(40)))
    pages = page_texts(data)

    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    # The header repeats on each page: clinic, day, provider, print time, column heads.
    for text in pages:
        for needle in (
            "Riverside Family Practice",
            "Day sheet · Monday 2 March 2026",
            "Dr Ana Lee",
            "Printed 2026-03-02 07:45",
            "Patient",
            "Insurance",
        ):
            assert needle in text, needle
    assert "1 of 2 for this provider" in pages[0]
    everything = "\n".join(pages)
    # Every appointment is printed exactly once, in order.
    times = [line.split()[0] for line in everything.splitlines() if line[:2].isdigit()]
    starts = [t for t in times if t.count(":") == 2 and "-" in t]
    assert len(starts) == 40 and starts == sorted(starts)


def test_names_in_any_script_print_and_read_back() -> None:
    _, text = pages_and_text(render_day_sheet(sheet(provider(5))))
    for name in NAMES:
        assert name in text


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_poppler_reads_the_same_names() -> None:
    extra = row(5, patient_name="김, 민준", alerts="Latex allergy")
    base = provider(5)
    text = pdftotext(render_day_sheet(sheet(dataclasses.replace(base, rows=(*base.rows, extra)))))
    for name in (*NAMES, "김, 민준", "Page 1 of 1", "Latex allergy"):
        assert name in text


def test_only_embedded_unicode_fonts_are_used() -> None:
    base = provider(5)
    extra = row(6, patient_name="김, 민준")
    fonts = font_names(render_day_sheet(sheet(dataclasses.replace(base, rows=(*base.rows, extra)))))
    # Subset-embedded TrueType fonts ("ABCDEF+Name"), no PDF base font like Helvetica.
    assert all("+" in name for name in fonts), fonts
    assert {name.split("+")[1] for name in fonts} >= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DroidSansFallback",
    }
    assert not any("Helvetica" in name for name in fonts)


def test_long_notes_wrap_inside_their_column() -> None:
    note = "Wheelchair user; please use the side entrance and book the ground-floor room. " * 3
    rows = (row(0, notes=note, reason="Review of long-term medication"), row(1))
    _, text = pages_and_text(render_day_sheet(sheet(dataclasses.replace(provider(0), rows=rows))))
    lines = [line for line in text.splitlines() if "entrance" in line or "Wheelchair" in line]
    # The note is broken over several short lines rather than running off the page.
    assert len(lines) >= 3
    assert "side entrance" in text.replace("\n", " ")


def test_each_provider_starts_a_new_page_with_its_own_count() -> None:
    data = render_day_sheet(
        sheet(
            provider(40),
            provider(3, pid="p-ben", name="Dr Ben Cho"),
            provider(0, pid="p-c", name="Dr Cy Ng"),
        )
    )
    pages = page_texts(data)
    assert len(pages) == 4
    assert "Dr Ben Cho" in pages[2] and "Dr Ana Lee" not in pages[2]
    assert "Page 3 of 4" in pages[2]
    assert "for this provider" not in pages[2]  # a one-page provider needs no "1 of 1"
    assert "Dr Cy Ng" in pages[3] and "No appointments booked." in pages[3]


def test_urgency_statuses_and_insurance_are_words_not_colours() -> None:
    rows = (
        row(0, urgency="emergency", insurance="failed", status="arrived"),
        row(1, urgency="urgent", insurance=""),
        row(2, urgency="routine", insurance="unverified", status="no_show"),
    )
    _, text = pages_and_text(render_day_sheet(sheet(dataclasses.replace(provider(0), rows=rows))))
    for word in ("EMERGENCY", "URGENT", "FAILED", "None", "Not checked", "Arrived", "No-show"):
        assert word in text
    assert "2 urgent" in text  # the section line counts urgent and emergency together
    assert text.count("☐") == 6  # arrived and seen boxes on each line


def test_a_day_without_providers_still_prints_a_page() -> None:
    pages, text = pages_and_text(render_day_sheet(sheet()))
    assert pages == 1 and "No appointments booked." in text
