"""Unicode fonts for printed documents, and picking the font that can draw each character.

The PDF base fonts (Helvetica...) only know Latin-1, and reportlab does not fall back
to another font for a missing glyph: "Łukasz" or "王芳" would print as black boxes. So
every string is split into runs, each set in the first font of a fallback chain whose
character map (cmap) holds the run's characters: DejaVu Sans for Latin, Greek,
Cyrillic and most symbols, then Droid Sans Fallback for Chinese and Japanese, then
Nanum Square for Korean hangul (which the Droid font lacks).
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

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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

_lock = threading.Lock()
_loaded: dict[str, frozenset[int]] = {}


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def bundled_font_files() -> tuple[str, ...]:
    """Every font file a printed document may need (for installs and self-checks)."""
    names = (font.file for chain in _CHAINS.values() for font in chain)
    return tuple(dict.fromkeys(names))


def _load(font: _FontFile) -> frozenset[int]:
    """Register the font with reportlab once; its set of covered code points."""
    with _lock:
        covered = _loaded.get(font.name)
        if covered is None:
            path = fonts_dir() / font.file
            if not path.is_file():
                raise FileNotFoundError(f"print font missing: {path}")
            ttf = TTFont(font.name, str(path))
            pdfmetrics.registerFont(ttf)
            covered = frozenset(ttf.face.charToGlyph)
            _loaded[font.name] = covered
        return covered


def preload_fonts() -> None:
    """Parse every print font now (about 0.3 s), e.g. in a background thread at start-up,
    so the first print does not pay for it."""
    for chain in _CHAINS.values():
        for font in chain:
            _load(font)


def primary_font(weight: Weight = Weight.REGULAR) -> str:
    """The name of the chain's first font, registered; for layout defaults."""
    first = _CHAINS[weight][0]
    _load(first)
    return first.name


@lru_cache(maxsize=65536)
def _font_for_char(char: str, weight: Weight) -> str:
    code = ord(char)
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
    """Whether the chain's first font draws every character of ``text`` by itself."""
    first = _CHAINS[weight][0]
    covered = _loaded.get(first.name) or _load(first)
    return all(ord(char) in covered for char in text)


def markup(text: str, weight: Weight = Weight.REGULAR) -> str:
    """Paragraph markup for ``text``: XML-escaped, each run in the font that covers it.

    Line breaks in the text become ``<br/>`` so notes keep their lines.
    """
    lines = text.splitlines() or [""]
    return "<br/>".join(
        "".join(
            f'<font face="{font}">{escape(part)}</font>' for font, part in font_runs(line, weight)
        )
        for line in lines
    )


def string_width(text: str, size: float, weight: Weight = Weight.REGULAR) -> float:
    """Printed width in points of ``text`` set in its runs' fonts."""
    return sum(pdfmetrics.stringWidth(part, font, size) for font, part in font_runs(text, weight))


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
    runs = list(font_runs(text, weight))
    if align != "left":
        width = sum(pdfmetrics.stringWidth(part, font, size) for font, part in runs)
        x -= width if align == "right" else width / 2
    for font, part in runs:
        canvas.setFont(font, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, part)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(part, font, size)
