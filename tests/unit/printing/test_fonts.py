"""Each character is set in a font that has it; markup is escaped."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from clinicdesk.printing.fonts import Weight, font_runs, markup, string_width


def test_latin_greek_cyrillic_and_vietnamese_stay_in_one_font() -> None:
    runs = list(font_runs("Zoë Łukasz Ngọc Σοφία Анна O'Brien"))
    assert [font for font, _ in runs] == ["ClinicSans"]


def test_cjk_switches_to_the_fallback_and_back() -> None:
    runs = list(font_runs("王芳 (Wang Fang) 김민준 さくら"))
    assert "".join(part for _, part in runs) == "王芳 (Wang Fang) 김민준 さくら"
    assert [font for font, _ in runs] == [
        "ClinicCJK",
        "ClinicSans",
        "ClinicHangul",
        "ClinicCJK",
    ]
    # Every run is drawable: its font's character map holds each of its characters.
    for font, part in runs:
        face = pdfmetrics.getFont(font).face
        assert all(ord(char) in face.charToGlyph for char in part), (font, part)


def test_punctuation_the_fallback_lacks_is_set_in_the_main_font() -> None:
    # Droid Sans Fallback has no comma: it must not be drawn as a missing glyph.
    assert list(font_runs("王, 芳")) == [
        ("ClinicCJK", "王"),
        ("ClinicSans", ", "),
        ("ClinicCJK", "芳"),
    ]


def test_bold_chain_falls_back_too() -> None:
    assert [f for f, _ in font_runs("Łukasz 王", Weight.BOLD)] == ["ClinicSans-Bold", "ClinicCJK"]


def test_characters_no_font_has_are_kept_in_the_main_font() -> None:
    assert list(font_runs("ሰላም")) == [("ClinicSans", "ሰላም")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A & B <b>", '<font face="ClinicSans">A &amp; B &lt;b&gt;</font>'),
        ("one\ntwo", '<font face="ClinicSans">one</font><br/><font face="ClinicSans">two</font>'),
    ],
)
def test_markup_escapes_and_keeps_lines(text: str, expected: str) -> None:
    assert markup(text) == expected


def test_width_grows_with_the_text() -> None:
    assert 0 < string_width("王", 10) < string_width("王芳", 10)
