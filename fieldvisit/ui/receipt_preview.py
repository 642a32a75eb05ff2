"""Receipt preview after a visit: the PDF on screen (QtPdf), Print and Save PDF.

The PDF comes from the receipts area (``fieldvisit.receipts.render_receipt``),
rendered on the worker into a private temporary folder inside the data folder
(``fieldvisit.private_files``), removed when the dialog closes and, after a
crash, at the next start (a receipt carries personal data). Printing sends every page of
the document — the stub and the family's copy. Where no printer is set up, the
dialog says so and offers to save the PDF instead.
"""

from __future__ import annotations

import importlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import private_files
from fieldvisit.i18n import translate
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.screen_fit import fit_to_screen

PRINT_DPI = 300


def render_function() -> Callable[..., Path] | None:
    """The receipts area's renderer, or None while that module is not installed."""
    try:
        module = importlib.import_module("fieldvisit.receipts")
    except ImportError:
        return None
    fn = getattr(module, "render_receipt", None)
    return fn if callable(fn) else None


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` onto ``printer``; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = document.pageCount()
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            px = QSize(int(size.width() * PRINT_DPI / 72), int(size.height() * PRINT_DPI / 72))
            image = document.render(page, px)
            target: QRect = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
    return pages


class ReceiptPreview(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        payment_id: str,
        parent: QWidget | None = None,
        *,
        receipt_no: str | None = None,
        reprint: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.payment_id = payment_id
        self.receipt_no = receipt_no or "receipt"
        self.reprint = reprint
        self.pdf: Path | None = None
        self.tmp = private_files.tmpdir("fv-receipt-", ctx.base)  # in the data folder, 0700
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.print_btn = QPushButton(self)
        self.print_btn.setProperty("role", "primary")
        self.save_btn = QPushButton(self)
        self.close_btn = QPushButton(self)
        self.print_btn.clicked.connect(self.print_receipt)
        self.save_btn.clicked.connect(self.save_pdf)
        self.close_btn.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_btn)
        row.addWidget(self.print_btn)
        row.addWidget(self.close_btn)
        box = QVBoxLayout(self)
        box.addWidget(self.view, 1)
        box.addLayout(row)
        fit_to_screen(self, 820, 700)
        self.print_btn.setEnabled(False)
        self.save_btn.setEnabled(False)
        self.retranslateUi()
        self.render_pdf()

    # ---------------------------------------------------------------- rendering
    def render_pdf(self) -> None:
        fn = render_function()
        if fn is None:
            self.message.setText(
                translate(
                    "ReceiptPreview",
                    "Receipts are not available in this installation. "
                    "The visit and payment are saved; print the receipt later.",
                )
            )
            return
        out = self.tmp / f"{self.receipt_no}.pdf"
        layout = str(self.ctx.replica_setting("receipt_layout", "a4") or "a4")
        pid, reprint = self.payment_id, self.reprint
        self.message.setText(translate("ReceiptPreview", "Preparing the receipt…"))

        def work(s: Any) -> Path:
            return Path(fn(s, pid, out, layout=layout, reprint=reprint))

        (
            self.ctx.runner.write(
                work,
                changes={"payments"},
                label=translate("ReceiptPreview", "Preparing the receipt…"),
            )
            .success(self._rendered)
            .failure(self._failed)
            .run(self)
        )

    def _rendered(self, path: Path) -> None:
        self.pdf = path
        self.document.load(str(path))
        self.message.setText(
            translate("ReceiptPreview", "Receipt %1").replace("%1", self.receipt_no)
        )
        self.print_btn.setEnabled(True)
        self.save_btn.setEnabled(True)
        self.print_btn.setFocus()

    def _failed(self, error: BaseException) -> None:
        from fieldvisit.ui.runner import error_text, show_error

        self.message.setText(error_text(error))
        show_error(self, error)

    # ---------------------------------------------------------------- output
    def print_receipt(self) -> None:
        if self.pdf is None:
            return
        if not QPrinterInfo.availablePrinters():
            answer = QMessageBox.question(
                self,
                translate("ReceiptPreview", "No printer"),
                translate(
                    "ReceiptPreview",
                    "No printer is set up on this laptop. Save the receipt as a PDF and print it later?",
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.save_pdf()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preferred = self.ctx.pref("printer", "")
        if preferred:
            printer.setPrinterName(str(preferred))
        printer.setDocName(self.receipt_no)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(self.document, printer)
        self.message.setText(
            translate(
                "ReceiptPreview", "Sent to the printer: both copies (stub and the family's copy)."
            )
        )

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        folder = str(self.ctx.pref("receipt_folder", str(Path.home())))
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReceiptPreview", "Save receipt as PDF"),
            str(Path(folder) / f"{self.receipt_no}.pdf"),
            "PDF (*.pdf)",
        )
        if not name:
            return
        self.save_to(Path(name))

    def save_to(self, target: Path) -> None:
        source = self.pdf
        if source is None:
            return
        self.ctx.set_pref("receipt_folder", str(target.parent))
        self.ctx.runner.call(lambda: shutil.copyfile(source, target)).success(
            lambda _r: self.message.setText(
                translate("ReceiptPreview", "Saved to %1").replace("%1", str(target))
            )
        ).run(self)

    # ---------------------------------------------------------------- chrome
    def retranslateUi(self) -> None:
        self.setWindowTitle(translate("ReceiptPreview", "Receipt"))
        self.print_btn.setText(translate("ReceiptPreview", "&Print…"))
        self.save_btn.setText(translate("ReceiptPreview", "&Save PDF…"))
        self.close_btn.setText(translate("ReceiptPreview", "&Close"))

    def done(self, result: int) -> None:
        self.document.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.document.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
        super().closeEvent(event)
