"""Print preview, printing and Save as PDF over the demo clinic's real day sheets."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from clinicdesk.domain.audit import AuditQuery
from clinicdesk.services.audit import show_audit
from clinicdesk.services.demo import DEMO_CLINIC_NAME
from clinicdesk.services.providers import list_providers
from clinicdesk.ui.print_preview import (
    PREVIEW_DPI,
    PrintSheetDialog,
    SheetKind,
    SheetPreviewDialog,
    SheetRequest,
    load_pdf,
    match_orientation,
    paint_pdf,
    render_page,
    render_sheet,
)

from .conftest import wait_idle
from .demo_fixtures import DemoClinic, demo

__all__ = ["demo"]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def audit_events(clinic: DemoClinic, prefix: str) -> list[str]:
    entries = show_audit(clinic.manager, AuditQuery(event=prefix, limit=50))
    return [entry.event for entry in entries]


def test_preview_shows_the_demo_day_and_saves_it_as_pdf(
    qtbot: QtBot, demo: DemoClinic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = SheetRequest(SheetKind.DAY, demo.next_monday)
    pdf = render_sheet(demo.reception, request)
    dialog = SheetPreviewDialog(demo.reception, request, pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=10_000)
    # Every provider working that day has a page or more: the preview shows them all.
    assert preview.pageCount() == dialog.page_count() == len(PdfReader(io.BytesIO(pdf)).pages)
    assert preview.pageCount() >= 2

    out = tmp_path / "chosen" / "monday"  # no suffix typed: ".pdf" is added
    out.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), "PDF files"))
    )
    dialog.save_action.trigger()
    wait_idle(qtbot)
    written = out.with_name("monday.pdf")
    assert dialog.saved_to == written
    text = pdf_text(written)
    assert DEMO_CLINIC_NAME in text
    assert f"{demo.next_monday:%d}" in text
    # The preview and the save each went through the audited print service.
    assert audit_events(demo, "print.").count("print.day_sheet") == 2


def test_pages_painted_on_a_printer_match_the_sheet(demo: DemoClinic, tmp_path: Path) -> None:
    pdf = render_sheet(demo.reception, SheetRequest(SheetKind.DAY, demo.next_monday))
    document = load_pdf(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    match_orientation(printer, document)
    assert paint_pdf(document, printer) == document.pageCount()
    reader = PdfReader(printed)
    assert len(reader.pages) == document.pageCount()
    page = reader.pages[0]
    # The day sheet is landscape and went onto landscape paper.
    assert float(page.mediabox.width) > float(page.mediabox.height)


def test_week_schedule_and_call_list_from_the_print_dialog(
    qtbot: QtBot, demo: DemoClinic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    dialog = PrintSheetDialog(demo.reception, demo.next_monday)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    providers = list_providers(demo.reception)
    assert dialog.provider.count() == len(providers) + 1

    dialog.kind.setCurrentIndex(dialog.kind.findData(SheetKind.WEEK.value))
    dialog.preview_button.click()  # no provider chosen yet: refused in plain words
    assert warnings == ["A week schedule is printed for one provider: choose one."]
    dialog.provider.setCurrentIndex(1)
    dialog.preview_button.click()
    wait_idle(qtbot)
    assert dialog.preview_dialog is not None
    assert dialog.preview_dialog.page_count() >= 1
    assert dialog.preview_dialog.request.provider_id == providers[0].id
    dialog.preview_dialog.close()

    dialog.kind.setCurrentIndex(dialog.kind.findData(SheetKind.CALLS.value))
    assert dialog.last.isVisible() and not dialog.provider.isEnabled()
    dialog.first.setDate(dialog.first.date().addDays(-28))
    dialog.last.setDate(dialog.last.date().addDays(-3))
    out = tmp_path / "calls.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), "PDF files"))
    )
    dialog.save_button.click()
    wait_idle(qtbot)
    assert "Saved calls.pdf" in dialog.status.text()
    text = pdf_text(out)
    assert DEMO_CLINIC_NAME in text
    events = audit_events(demo, "print.")
    assert "print.week_schedule" in events and "print.call_list" in events
    assert warnings == ["A week schedule is printed for one provider: choose one."]


def test_preview_pages_are_on_white_paper(demo: DemoClinic) -> None:
    pdf = render_sheet(demo.reception, SheetRequest(SheetKind.DAY, demo.next_monday))
    document = load_pdf(pdf)
    flat = render_page(document, 0, PREVIEW_DPI, flatten=True)
    assert flat.format() == QImage.Format.Format_RGB888
    # The page's corner is paper: white, not the black a dropped alpha channel leaves.
    assert flat.pixelColor(2, 2) == QColor("white")
    assert flat.width() == round(document.pagePointSize(0).width() * PREVIEW_DPI / 72)
