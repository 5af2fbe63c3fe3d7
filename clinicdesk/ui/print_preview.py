"""Print, preview and save as PDF: day sheets, week schedules and call lists.

The services make the PDF (reportlab, audited as ``print.*``); this module only shows
it and sends it to paper. The PDF is read by QtPdf from memory (never a temp file: it
holds patient names) and each page is drawn onto the printer as an image at the
printer's resolution, capped so a 1200 dpi printer does not need half a gigabyte a
page. "Save as PDF" writes the service's own vector PDF, not a re-print of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ValidationError
from clinicdesk.interop.files import OutputKind, OutputRequest, write_rendered
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.messages import print_confirm_list
from clinicdesk.services.print_jobs import (
    WHOLE_CLINIC_PART,
    file_name_part,
    print_call_list,
    print_day_sheet,
    print_week_schedule,
)
from clinicdesk.services.providers import ProviderView, list_providers
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.date_bounds import ClinicDateEdit
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.fitting import fit_to_screen
from clinicdesk.ui.i18n import date_text, tr
from clinicdesk.ui.save_target import SaveTarget, ask_save_target, with_extension
from clinicdesk.ui.theme import icon
from clinicdesk.ui.word_search import enable_word_search

# Pages are drawn at the printer's resolution, but never finer than this.
MAX_RENDER_DPI = 300
# Qt's preview keeps every page's drawing in memory: drawn coarser and at 3 bytes a
# pixel, a landscape A4 page costs about 9 MB instead of 38 MB (measured on the demo).
PREVIEW_DPI = 120
POINTS_PER_INCH = 72


class SheetKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    CALLS = "calls"
    CONFIRM = "confirm"  # printed from the Reminders view, not chosen in the Print dialog


SHEET_LABELS: dict[SheetKind, str] = {
    SheetKind.DAY: "Day sheet",
    SheetKind.WEEK: "Week schedule (one provider)",
    SheetKind.CALLS: "Call list (no-shows and cancellations)",
}


@dataclass(frozen=True, slots=True)
class SheetRequest:
    """What to print: a day (one provider or the clinic), a provider's week, or a call list."""

    kind: SheetKind
    first: date
    last: date | None = None  # the call list's last day
    provider_id: str | None = None
    provider_name: str = ""  # for the file name a person reads
    days: int = 2  # the unconfirmed list's working days, from today

    @property
    def title(self) -> str:
        if self.kind is SheetKind.DAY:
            return tr("SheetRequest", "Day sheet {day}").format(day=date_text(self.first))
        if self.kind is SheetKind.WEEK:
            monday = self.first - timedelta(days=self.first.weekday())
            return tr("SheetRequest", "Week schedule from {day}").format(day=date_text(monday))
        if self.kind is SheetKind.CONFIRM:
            return tr("SheetRequest", "Visits to confirm from {day}").format(
                day=date_text(self.first)
            )
        return tr("SheetRequest", "Call list {first} to {last}").format(
            first=date_text(self.first, weekday=False, year=False),
            last=date_text(self.last or self.first, weekday=False),
        )

    @property
    def file_name(self) -> str:
        """A file name naming dates and the provider, never a patient."""
        who = WHOLE_CLINIC_PART
        if self.provider_id:
            who = file_name_part(self.provider_name or self.provider_id)
        if self.kind is SheetKind.DAY:
            return f"day-sheet_{self.first.isoformat()}_{who}.pdf"
        if self.kind is SheetKind.WEEK:
            monday = self.first - timedelta(days=self.first.weekday())
            return f"week-schedule_{monday.isoformat()}_{who}.pdf"
        if self.kind is SheetKind.CONFIRM:
            return f"visits-to-confirm_{self.first.isoformat()}_{self.days}-days.pdf"
        return f"call-list_{self.first.isoformat()}_{(self.last or self.first).isoformat()}.pdf"

    def check(self) -> None:
        if self.kind is SheetKind.WEEK and not self.provider_id:
            raise ValidationError("A week schedule is printed for one provider: choose one.")
        if self.kind is SheetKind.CALLS and self.last is not None and self.last < self.first:
            raise ValidationError("The call list's last day is before its first day.")


def render_sheet(ctx: ServiceContext, request: SheetRequest) -> bytes:
    """The sheet as PDF bytes, made (and audited) by the print services."""
    request.check()
    if request.kind is SheetKind.DAY:
        return print_day_sheet(ctx, request.first, request.provider_id)
    if request.kind is SheetKind.WEEK:
        assert request.provider_id is not None
        return print_week_schedule(ctx, request.provider_id, request.first)
    if request.kind is SheetKind.CONFIRM:
        return print_confirm_list(ctx, request.days)
    return print_call_list(ctx, request.first, request.last or request.first)


def save_sheet(
    ctx: ServiceContext, request: SheetRequest, out: Path, *, overwrite: bool = False
) -> Path:
    """Write the sheet's PDF to ``out`` (guarded, whole or not at all, audited); the
    path written. An existing file is replaced only with ``overwrite``."""
    out = with_extension(Path(out), ".pdf")
    request_out = OutputRequest(out, OutputKind.PDF, overwrite)
    return write_rendered(request_out, lambda: render_sheet(ctx, request), ctx.protected_folders)


# ---------------------------------------------------------------------------
# PDF pages onto a printer
# ---------------------------------------------------------------------------


def load_pdf(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over the bytes in memory (loading from a buffer is synchronous)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    # The document reads from the buffer while it lives: keep the buffer with it.
    document._buffer = buffer  # type: ignore[attr-defined]
    if document.status() is not QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise ValidationError("The sheet could not be read back for printing.")
    return document


def match_orientation(printer: QPrinter, document: QPdfDocument) -> None:
    """Landscape paper for a landscape sheet (the day sheet), portrait otherwise."""
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def render_page(document: QPdfDocument, page: int, dpi: int, *, flatten: bool) -> QImage:
    """One page as an image at ``dpi``. QtPdf leaves the paper transparent; ``flatten``
    puts it on white at 3 bytes a pixel (dropping the alpha would turn it black)."""
    points = document.pagePointSize(page)
    pixels = QSize(
        round(points.width() * dpi / POINTS_PER_INCH),
        round(points.height() * dpi / POINTS_PER_INCH),
    )
    image = document.render(page, pixels)
    if not flatten:
        return image
    flat = QImage(image.size(), QImage.Format.Format_RGB888)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of ``document`` on ``printer``; the number of pages drawn."""
    printer.setFullPage(True)  # the PDF carries its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise ValidationError("The printer could not be started. Check it is on and ready.")
    try:
        engine = printer.paintEngine()
        preview = engine is not None and engine.type() == QPaintEngine.Type.Picture
        dpi = PREVIEW_DPI if preview else min(printer.resolution(), MAX_RENDER_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            image = render_page(document, page, dpi, flatten=preview)
            area = painter.viewport()
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.topLeft(), fitted)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return document.pageCount()


def ask_pdf_path(parent: QWidget, suggested: str) -> SaveTarget | None:
    """Where to save a PDF (the user's choice, never a temp folder); None if cancelled."""
    return ask_save_target(
        parent, "Save as PDF", Path.home() / suggested, "PDF files (*.pdf)", ".pdf"
    )


# ---------------------------------------------------------------------------
# Dialogs
# ---------------------------------------------------------------------------


class SheetPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview over one sheet, with "Save as PDF…" beside its print button."""

    def __init__(
        self,
        ctx: ServiceContext,
        request: SheetRequest,
        pdf: bytes,
        parent: QWidget | None = None,
    ) -> None:
        self.sheet_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.sheet_printer, parent)
        self.ctx = ctx
        self.request = request
        self.document = load_pdf(pdf, self)
        self.sheet_printer.setDocName(request.title)
        match_orientation(self.sheet_printer, self.document)
        self.setWindowTitle(
            tr("SheetPreviewDialog", "Print preview - {title}").format(title=request.title)
        )
        self.setAccessibleName(tr("SheetPreviewDialog", "Print preview"))
        fit_to_screen(self, QSize(1100, 800))
        self.paintRequested.connect(lambda printer: paint_pdf(self.document, printer))
        self.save_action = QAction(
            icon("mdi6.file-pdf-box"), tr("SheetPreviewDialog", "Save as PDF…"), self
        )
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.setToolTip(tr("SheetPreviewDialog", "Save as PDF (Ctrl+S)"))
        self.save_action.triggered.connect(self.save_as_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            # The app style sheet pads line edits for forms; inside Qt's zoom box that
            # padding cuts the text off ("95 0%").
            for box in toolbar.findChildren(QComboBox):
                box.setMinimumWidth(90)
                if box.lineEdit() is not None:
                    box.lineEdit().setStyleSheet("padding: 0px; border: none;")
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
        else:
            self.addAction(self.save_action)
        self.saved_to: Path | None = None

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as_pdf(self) -> None:
        target = ask_pdf_path(self, self.request.file_name)
        if target is not None:
            self.save_to(target.path, overwrite=target.overwrite)

    def save_to(self, path: Path, *, overwrite: bool = False) -> None:
        """Save the sheet (made again by the service, so the save is audited) in the background."""
        ctx, request = self.ctx, self.request

        def saved(written: Path) -> None:
            self.saved_to = written

        run_in_background(
            self,
            lambda: save_sheet(ctx, request, path, overwrite=overwrite),
            saved,
            lambda error: report_error(self, error, "Save as PDF"),
        )


class PrintSheetDialog(QDialog):
    """Choose a sheet and its dates, then Preview…, Print… or Save as PDF…."""

    def __init__(self, ctx: ServiceContext, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("PrintSheetDialog", "Print"))
        self.setAccessibleName(tr("PrintSheetDialog", "Print a sheet"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("PrintSheetDialog", "What to print"))
        for kind, label in SHEET_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.first = ClinicDateEdit(QDate(day))
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("ddd d MMM yyyy")
        self.first.setAccessibleName(tr("PrintSheetDialog", "Day"))
        self.last = ClinicDateEdit(QDate(day))
        self.last.setCalendarPopup(True)
        self.last.setDisplayFormat("ddd d MMM yyyy")
        self.last.setAccessibleName(tr("PrintSheetDialog", "Last day"))
        self.provider = enable_word_search(QComboBox())  # "lee" finds Dr Ana Lee
        self.provider.setAccessibleName(tr("PrintSheetDialog", "Provider"))
        self.provider.addItem(tr("PrintSheetDialog", "Whole clinic"), None)
        self.first_label = QLabel(tr("PrintSheetDialog", "&Day:"))
        self.first_label.setBuddy(self.first)
        self.last_label = QLabel(tr("PrintSheetDialog", "&To:"))
        self.last_label.setBuddy(self.last)
        provider_label = QLabel(tr("PrintSheetDialog", "P&rovider:"))
        provider_label.setBuddy(self.provider)
        kind_label = QLabel(tr("PrintSheetDialog", "&Sheet:"))
        kind_label.setBuddy(self.kind)

        form = QFormLayout()
        form.addRow(kind_label, self.kind)
        form.addRow(self.first_label, self.first)
        form.addRow(self.last_label, self.last)
        form.addRow(provider_label, self.provider)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(
            icon("mdi6.file-eye-outline"), tr("PrintSheetDialog", "Pre&view…")
        )
        self.print_button = QPushButton(icon("mdi6.printer"), tr("PrintSheetDialog", "&Print…"))
        self.save_button = QPushButton(
            icon("mdi6.file-pdf-box"), tr("PrintSheetDialog", "Save &as PDF…")
        )
        for button in (self.preview_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.status = QLabel()
        self.status.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.preview_dialog: SheetPreviewDialog | None = None
        run_in_background(self, lambda: list_providers(ctx), self._providers_loaded)

    def _providers_loaded(self, providers: list[ProviderView]) -> None:
        for provider in providers:
            self.provider.addItem(provider.display_name, provider.id)

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.last.setVisible(kind is SheetKind.CALLS)
        self.last_label.setVisible(kind is SheetKind.CALLS)
        self.first_label.setText(
            {SheetKind.DAY: "&Day:", SheetKind.WEEK: "&Week of:", SheetKind.CALLS: "&From:"}[kind]
        )
        self.provider.setEnabled(kind is not SheetKind.CALLS)
        self.provider.setItemText(
            0,
            tr("PrintSheetDialog", "Choose a provider")
            if kind is SheetKind.WEEK
            else tr("PrintSheetDialog", "Whole clinic"),
        )

    def current_kind(self) -> SheetKind:
        return SheetKind(self.kind.currentData())

    def request(self) -> SheetRequest:
        kind = self.current_kind()
        return SheetRequest(
            kind=kind,
            first=self.first.date().toPython(),  # type: ignore[arg-type]
            last=self.last.date().toPython() if kind is SheetKind.CALLS else None,  # type: ignore[arg-type]
            provider_id=self.provider.currentData() if kind is not SheetKind.CALLS else None,
            provider_name=self.provider.currentText() if self.provider.currentData() else "",
        )

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.buttons.setEnabled(False)

    def _idle(self) -> None:
        self.status.clear()
        self.buttons.setEnabled(True)

    def _render_then(self, then: Callable[[SheetRequest, bytes], None]) -> None:
        try:
            request = self.request()
            request.check()
        except ValidationError as error:
            report_error(self, error, "Print")
            return
        self._busy("Preparing the sheet…")
        ctx = self.ctx

        def failed(error: BaseException) -> None:
            self._idle()
            report_error(self, error, "Print")

        def done(pdf: bytes) -> None:
            self._idle()
            then(request, pdf)

        run_in_background(self, lambda: render_sheet(ctx, request), done, failed)

    def preview(self) -> None:
        def show(request: SheetRequest, pdf: bytes) -> None:
            self.preview_dialog = SheetPreviewDialog(self.ctx, request, pdf, self)
            self.preview_dialog.open()

        self._render_then(show)

    def print_now(self) -> None:
        self._render_then(lambda request, pdf: print_with_dialog(self, request, pdf))

    def save_as_pdf(self) -> None:
        try:
            request = self.request()
            request.check()
        except ValidationError as error:
            report_error(self, error, "Save as PDF")
            return
        target = ask_pdf_path(self, request.file_name)
        if target is None:
            return
        self.save_to(request, target.path, overwrite=target.overwrite)

    def save_to(self, request: SheetRequest, path: Path, *, overwrite: bool = False) -> None:
        self._busy("Saving…")
        ctx = self.ctx

        def saved(written: Path) -> None:
            self._idle()
            self.status.setText(tr("SheetPreviewDialog", "Saved {file}").format(file=written.name))

        def failed(error: BaseException) -> None:
            self._idle()
            report_error(self, error, "Save as PDF")

        run_in_background(
            self, lambda: save_sheet(ctx, request, path, overwrite=overwrite), saved, failed
        )


def print_with_dialog(parent: QWidget, request: SheetRequest, pdf: bytes) -> bool:
    """The system print dialog, then the pages to the chosen printer; False if cancelled."""
    document = load_pdf(pdf)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(request.title)
        match_orientation(printer, document)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("print_preview", "Print - {title}").format(title=request.title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        paint_pdf(document, printer)
        return True
    finally:
        document.close()


class PrintActions(QObject):
    """The window's print actions: Print… (Ctrl+P) and Print preview… (Ctrl+Shift+P)."""

    def __init__(
        self,
        parent: QWidget,
        context: Callable[[], ServiceContext | None],
        current_day: Callable[[], date],
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self._context = context
        self._current_day = current_day
        self.print_action = QAction(icon("mdi6.printer"), tr("PrintActions", "&Print…"), parent)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setToolTip(
            tr("PrintActions", "Print a day sheet, week schedule or call list (Ctrl+P)")
        )
        self.print_action.triggered.connect(self.open_print_dialog)
        self.preview_action = QAction(
            icon("mdi6.file-eye-outline"), tr("PrintActions", "Print pre&view…"), parent
        )
        self.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview_action.setToolTip(
            tr("PrintActions", "Preview the day sheet of the day shown (Ctrl+Shift+P)")
        )
        self.preview_action.triggered.connect(self.preview_day)
        self.dialog: PrintSheetDialog | None = None
        self.preview_dialog: SheetPreviewDialog | None = None

    def actions(self) -> tuple[QAction, ...]:
        return (self.print_action, self.preview_action)

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions():
            action.setEnabled(enabled)

    def open_print_dialog(self) -> PrintSheetDialog | None:
        ctx = self._context()
        if ctx is None:
            return None
        self.dialog = PrintSheetDialog(ctx, self._current_day(), self.window)
        self.dialog.open()
        return self.dialog

    def preview_day(self) -> None:
        """The whole clinic's day sheet of the day shown, straight into the preview."""
        ctx = self._context()
        if ctx is None:
            return
        request = SheetRequest(SheetKind.DAY, self._current_day())

        def show(pdf: bytes) -> None:
            self.preview_dialog = SheetPreviewDialog(ctx, request, pdf, self.window)
            self.preview_dialog.open()

        run_in_background(
            self.window,
            lambda: render_sheet(ctx, request),
            show,
            lambda error: report_error(self.window, error, "Print preview"),
        )
