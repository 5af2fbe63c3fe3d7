"""Arabic, Devanagari and Thai names on a printed day sheet, read back from the PDF:
Arabic letters joined (presentation forms) and read right to left, Devanagari
conjuncts formed, Thai in a font that has it (before: isolated letters, boxes)."""

from __future__ import annotations

import dataclasses
import re
import subprocess

import pytest

from clinicdesk.printing.day_sheet import render_day_sheet
from clinicdesk.printing.fonts import font_runs
from tests.unit.printing.pdf_reading import PDFTOTEXT, font_names, pages_and_text
from tests.unit.printing.sheets import provider, row, sheet

ARABIC = "علي, محمد"
ARABIC_NOTE = "مريض جديد"  # "new patient"
HINDI = "शर्मा, प्रिया"
THAI = "ใจดี, สมชาย"


@pytest.fixture(scope="module")
def pdf() -> bytes:
    base = provider(2)
    extra = (
        row(2, patient_name=ARABIC, notes=ARABIC_NOTE),
        row(3, patient_name=HINDI),
        row(4, patient_name=THAI),
    )
    return render_day_sheet(sheet(dataclasses.replace(base, rows=(*base.rows, *extra))))


def test_arabic_letters_print_joined(pdf: bytes) -> None:
    _, text = pages_and_text(pdf)
    # مريض as HarfBuzz joins it: initial meem, final reh, initial yeh, final dad (the
    # font's glyphs read back through their presentation-form code points).
    assert "\ufee3\ufeae\ufef3\ufebe" in text
    # and never as the isolated letters reportlab drew without shaping.
    assert ARABIC_NOTE.split(maxsplit=1)[0] not in text


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_arabic_words_read_right_to_left(pdf: bytes) -> None:
    boxes = subprocess.run(
        [PDFTOTEXT, "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    left_edge = {
        word: float(x)
        for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', boxes)
    }
    # Poppler gives each word's glyphs in drawing order; mirrored, they are the letters.
    joined = ("\ufee3\ufeae\ufef3\ufebe", "\ufe9f\ufeaa\ufef3\ufeaa")  # مريض, جديد
    first, second = (word[::-1] for word in joined)
    assert left_edge[first] > left_edge[second], "the first word must stand on the right"


def test_devanagari_forms_conjuncts(pdf: bytes) -> None:
    _, text = pages_and_text(pdf)
    line = next(line for line in text.splitlines() if "\u0936" in line)  # श
    # Conjuncts (प्र, the reph of र्म) are glyphs of their own with no single code
    # point: the PDF maps them to private-use characters. Unshaped, every glyph was a
    # letter or a sign drawn on its own.
    assert any("\ue000" <= char <= "\uf8ff" for char in line), line
    assert any("NotoSansDevanagari" in name for name in font_names(pdf))


def test_thai_prints_in_a_font_that_has_it(pdf: bytes) -> None:
    _, text = pages_and_text(pdf)
    assert "สมชาย" in text and "ใจดี" in text
    assert any("NotoSansThai" in name for name in font_names(pdf))


def test_scripts_that_must_be_shaped_get_their_own_font() -> None:
    # DejaVu Sans has Arabic letters too, but unshaped; the Noto font is chosen.
    assert [font for font, _ in font_runs("Ali علي")] == ["ClinicSans", "ClinicArabic"]
    assert [font for font, _ in font_runs("प्रिया")] == ["ClinicDevanagari"]
    assert [font for font, _ in font_runs("สมชาย")] == ["ClinicThai"]


def test_the_sheet_prints_in_the_chosen_language() -> None:
    # The command line binds the same catalogue the window installs; a sheet printed
    # from it reads in German.
    from clinicdesk.domain import i18n
    from clinicdesk.translations import install_for_command_line

    install_for_command_line("de")
    try:
        _, text = pages_and_text(render_day_sheet(sheet(provider(2))))
    finally:
        i18n.bind(None)
    assert "Seite 1 von 1" in text and "Versicherung" in text and "Geprüft" in text
    assert "Vertrauliche Patientendaten" in text
