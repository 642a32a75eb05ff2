"""Printing sends every page of the receipt PDF (the stub and the family's copy)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from fieldvisit.ui.receipt_preview import print_pdf


def test_print_pdf_prints_every_page(qapp: Any, tmp_path: Path) -> None:
    source = tmp_path / "receipt.pdf"
    c = canvas.Canvas(str(source), pagesize=A5)
    for copy in ("STUB", "FAMILY COPY"):
        c.drawString(72, 500, copy)
        c.showPage()
    c.save()
    doc = QPdfDocument()
    assert doc.load(str(source)) == QPdfDocument.Error.None_
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert print_pdf(doc, printer) == 2
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M), info
    doc.close()
