"""Unicode fonts for printed documents, and picking the font that can draw each character.

The PDF base fonts (Helvetica...) only know Latin-1, and reportlab does not fall back
to another font for a missing glyph: "Łukasz" or "王芳" would print as black boxes. So
every string is split into runs, each set in the first font of a fallback chain whose
character map (cmap) holds the run's characters: DejaVu Sans for Latin, Greek,
Cyrillic and most symbols, then Droid Sans Fallback for Chinese and Japanese, then
Nanum Square for Korean hangul (which the Droid font lacks).

Arabic, Devanagari and Thai letters change form with their neighbours, so they are set
in the Noto font made for their script and shaped by HarfBuzz (reportlab's shaping, with
uharfbuzz): Arabic letters join and read right to left, Devanagari forms its conjuncts
and places its vowel signs, Thai stacks its marks.
The fonts ship in ``clinicdesk/resources/fonts`` (licences beside them) and are embedded as
subsets, so a printed sheet looks the same on any PC.

The CJK font is large (0.2 s to parse), so it is loaded only when a string needs it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeFragWord
from reportlab.platypus import paragraph as reportlab_paragraph

from clinicdesk.paths import resources_dir


class Weight(Enum):
    REGULAR = "regular"
    BOLD = "bold"
    MONO = "mono"
    MONO_BOLD = "mono_bold"


@dataclass(frozen=True, slots=True)
class _FontFile:
    name: str  # the name reportlab registers it under
    file: str  # in clinicdesk/resources/fonts
    shaped: bool = False  # letters change form with their neighbours: shape with HarfBuzz


# First font whose cmap has the character wins. Han comes before Hangul so a Chinese
# name is drawn in one design; the CJK fallback has no bold face, so bold Chinese
# prints regular rather than not at all.
_CHAINS: dict[Weight, tuple[_FontFile, ...]] = {
    Weight.REGULAR: (
        _FontFile("ClinicSans", "DejaVuSans.ttf"),
        _FontFile("ClinicCJK", "DroidSansFallbackFull.ttf"),
        _FontFile("ClinicHangul", "NanumSquareR.ttf"),
    ),
    Weight.BOLD: (
        _FontFile("ClinicSans-Bold", "DejaVuSans-Bold.ttf"),
        _FontFile("ClinicCJK", "DroidSansFallbackFull.ttf"),
        _FontFile("ClinicHangul-Bold", "NanumSquareB.ttf"),
    ),
    Weight.MONO: (
        _FontFile("ClinicMono", "DejaVuSansMono.ttf"),
        _FontFile("ClinicSans", "DejaVuSans.ttf"),
    ),
    Weight.MONO_BOLD: (
        _FontFile("ClinicMono-Bold", "DejaVuSansMono-Bold.ttf"),
        _FontFile("ClinicSans-Bold", "DejaVuSans-Bold.ttf"),
    ),
}

# Scripts whose letters join or reorder (Arabic joining forms, Devanagari conjuncts and
# vowel signs, Thai marks) are set in a Noto font made for them and shaped by HarfBuzz
# (reportlab with uharfbuzz), whatever font earlier in the chain also has the code points:
# DejaVu's Arabic letters, unshaped, print in their isolated forms.
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_DEVANAGARI = ((0x0900, 0x097F), (0xA8E0, 0xA8FF))
_THAI = ((0x0E00, 0x0E7F),)
_SCRIPT_FONTS: tuple[tuple[tuple[tuple[int, int], ...], dict[bool, _FontFile]], ...] = (
    (
        _ARABIC,
        {
            False: _FontFile("ClinicArabic", "NotoSansArabic-Regular.ttf", shaped=True),
            True: _FontFile("ClinicArabic-Bold", "NotoSansArabic-Bold.ttf", shaped=True),
        },
    ),
    (
        _DEVANAGARI,
        {
            False: _FontFile("ClinicDevanagari", "NotoSansDevanagari-Regular.ttf", shaped=True),
            True: _FontFile("ClinicDevanagari-Bold", "NotoSansDevanagari-Bold.ttf", shaped=True),
        },
    ),
    (
        _THAI,
        {
            False: _FontFile("ClinicThai", "NotoSansThai-Regular.ttf", shaped=True),
            True: _FontFile("ClinicThai-Bold", "NotoSansThai-Bold.ttf", shaped=True),
        },
    ),
)
_RIGHT_TO_LEFT = {"ClinicArabic", "ClinicArabic-Bold"}
_BOLD = {Weight.BOLD, Weight.MONO_BOLD}

_lock = threading.Lock()
_loaded: dict[str, frozenset[int]] = {}
_shaped_fonts: set[str] = set()


class _UnshapedFont(TTFont):
    """A font drawn glyph per character, as reportlab always has: a paragraph with
    shaping on passes each word to HarfBuzz in its first run's font, and a Latin or CJK
    word gains nothing from it (a word such as "王," would even be set wholly in the CJK
    font, which lacks the comma). Refusing the HarfBuzz font makes reportlab leave the
    word as it is."""

    def hbFont(self, fontSize: float = 10) -> object:  # noqa: N802, N803 (reportlab's names)
        raise AttributeError("set without shaping")


def _shape_word_in_one_font(word: list[object], **options: object) -> object:
    """reportlab's paragraph shaping of one word, only when the whole word is in one
    shaped font: HarfBuzz shapes a word in its first run's font, so "ใจดี," (Thai, then
    the comma from the main font) would draw the comma as a missing glyph. Such a word is
    left as it is: its letters are still in the right font, just not shaped."""
    fonts = {getattr(frag, "fontName", None) for frag, _text in word[1:]}  # type: ignore[misc]
    if len(fonts) != 1 or not fonts <= _shaped_fonts:
        return word
    return shapeFragWord(word, **options)


# Paragraphs call the shaper by this module-level name.
reportlab_paragraph.shapeFragWord = _shape_word_in_one_font


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def bundled_font_files() -> tuple[str, ...]:
    """Every font file a printed document may need (for installs and self-checks)."""
    names = [font.file for chain in _CHAINS.values() for font in chain]
    names += [font.file for _ranges, faces in _SCRIPT_FONTS for font in faces.values()]
    return tuple(dict.fromkeys(names))


def _load(font: _FontFile) -> frozenset[int]:
    """Register the font with reportlab once; its set of covered code points."""
    with _lock:
        covered = _loaded.get(font.name)
        if covered is None:
            path = fonts_dir() / font.file
            if not path.is_file():
                raise FileNotFoundError(f"print font missing: {path}")
            ttf = (TTFont if font.shaped else _UnshapedFont)(font.name, str(path))
            pdfmetrics.registerFont(ttf)
            covered = frozenset(ttf.face.charToGlyph)
            _loaded[font.name] = covered
            if font.shaped:
                _shaped_fonts.add(font.name)
        return covered


def preload_fonts() -> None:
    """Parse every print font now (about 0.3 s), e.g. in a background thread at start-up,
    so the first print does not pay for it."""
    for chain in _CHAINS.values():
        for font in chain:
            _load(font)
    for _ranges, faces in _SCRIPT_FONTS:
        for font in faces.values():
            _load(font)


def primary_font(weight: Weight = Weight.REGULAR) -> str:
    """The name of the chain's first font, registered; for layout defaults."""
    first = _CHAINS[weight][0]
    _load(first)
    return first.name


@lru_cache(maxsize=65536)
def _font_for_char(char: str, weight: Weight) -> str:
    code = ord(char)
    for ranges, faces in _SCRIPT_FONTS:
        if any(first <= code <= last for first, last in ranges):
            script_font = faces[weight in _BOLD]
            if code in _load(script_font):
                return script_font.name
    chain = _CHAINS[weight]
    for font in chain:
        if code in _load(font):
            return font.name
    # Nothing covers it (e.g. Devanagari): the primary font draws its "missing" box,
    # which at least shows that something is there.
    return chain[0].name


def _is_neutral(char: str) -> bool:
    """Spaces and common punctuation join the run they sit in instead of splitting it."""
    return char in " ,.-'()/:;" or char.isspace()


def font_runs(text: str, weight: Weight = Weight.REGULAR) -> Iterator[tuple[str, str]]:
    """``text`` split into (font name, substring) runs that each font can draw."""
    current_font = ""
    run: list[str] = []
    for char in text:
        # Neutral characters stay in the current run when its font has them (the CJK
        # fallback has no comma), so "王, 芳" does not switch fonts twice.
        if current_font and _is_neutral(char) and ord(char) in _loaded[current_font]:
            run.append(char)
            continue
        font = _font_for_char(char, weight)
        if font != current_font and run:
            yield current_font or font, "".join(run)
            run = []
        current_font = font
        run.append(char)
    if run:
        yield current_font or primary_font(weight), "".join(run)


def fits_primary(text: str, weight: Weight = Weight.REGULAR) -> bool:
    """Whether the chain's first font draws every character of ``text`` by itself (a
    script that must be shaped never counts as drawn by it)."""
    first = _CHAINS[weight][0]
    covered = _loaded.get(first.name) or _load(first)
    return all(ord(char) in covered and not _needs_shaping(ord(char)) for char in text)


def _needs_shaping(code: int) -> bool:
    return any(first <= code <= last for ranges, _faces in _SCRIPT_FONTS for first, last in ranges)


def markup(text: str, weight: Weight = Weight.REGULAR) -> str:
    """Paragraph markup for ``text``: XML-escaped, each run in the font that covers it.

    Line breaks in the text become ``<br/>`` so notes keep their lines.
    """
    lines = text.splitlines() or [""]
    return "<br/>".join(
        "".join(
            f'<font face="{font}">{escape(_one_word(font, part))}</font>'
            for font, part in font_runs(line, weight)
        )
        for line in lines
    )


def _one_word(font: str, part: str) -> str:
    """A right-to-left run with its words in reverse order: a paragraph lays words out
    left to right and HarfBuzz shapes each word right to left, so reversing the words
    puts "محمد علي" in reading order (for a run that fits on its line, as names do)."""
    words = part.strip(" ")
    if font not in _RIGHT_TO_LEFT or " " not in words:
        return part
    before = part[: len(part) - len(part.lstrip(" "))]
    after = part[len(part.rstrip(" ")) :]
    return before + " ".join(reversed(words.split(" "))) + after


def _shaped(part: str, font: str, size: float) -> tuple[str, float]:
    """``part`` as reportlab should draw it (HarfBuzz glyphs for a shaped font) and its
    width in points."""
    width = pdfmetrics.stringWidth(part, font, size)
    if font not in _shaped_fonts:
        return part, width
    shaped_width, (_frag, shaped) = shapeFragWord(
        [width, (ABag(fontName=font, fontSize=size), part)], force=True
    )
    return shaped, shaped_width


def string_width(text: str, size: float, weight: Weight = Weight.REGULAR) -> float:
    """Printed width in points of ``text`` set in its runs' fonts."""
    return sum(_shaped(part, font, size)[1] for font, part in font_runs(text, weight))


def draw_text(
    canvas: object,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    weight: Weight = Weight.REGULAR,
    align: str = "left",
) -> None:
    """Draw one line of ``text`` on a reportlab canvas, switching fonts per run.

    ``align`` is "left", "right" or "centre" relative to ``x``.
    """
    runs = [(font, *_shaped(part, font, size)) for font, part in font_runs(text, weight)]
    if align != "left":
        width = sum(run_width for _font, _part, run_width in runs)
        x -= width if align == "right" else width / 2
    for font, part, run_width in runs:
        canvas.setFont(font, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, part)  # type: ignore[attr-defined]
        x += run_width
