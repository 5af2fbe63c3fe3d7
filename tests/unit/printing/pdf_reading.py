"""Reading printed PDFs back, with pypdf and (where installed) poppler's pdftotext."""

from __future__ import annotations

import io
import shutil
import subprocess

from pypdf import PdfReader


def pages_and_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def font_names(data: bytes) -> set[str]:
    """Base font names used on any page ("/AAAAAA+DejaVuSans" ...)."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


PDFTOTEXT = shutil.which("pdftotext")


def pdftotext(data: bytes) -> str:
    """Text as poppler reads it (what a desktop PDF viewer's search finds)."""
    assert PDFTOTEXT is not None
    done = subprocess.run(
        [PDFTOTEXT, "-layout", "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")
