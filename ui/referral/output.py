"""Printing and saving a finished document: the two ways a PDF leaves the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from db.fsutil import atomic_write
from db.outputs import check_output_path
from dsl_desktop.pdf.base import write_pdf
from ui.referral.preview import page_sizes, print_pdf
from ui.widgets import save_file_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentOutput", text)


def print_document(parent: QWidget, data: bytes, title: str) -> int | None:
    """Ask which printer, then print. Returns the pages printed, or None if cancelled.

    Raises ``PrintFailed`` when the printer cannot be started.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    count = len(page_sizes(data))
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print %1").replace("%1", title))
    dialog.setMinMax(1, count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        printer.setFromTo(0, 0)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return print_pdf(data, printer)
    finally:
        QApplication.restoreOverrideCursor()


def save_document(
    parent: QWidget, data: bytes, suggested_name: str, data_dir: Path | None = None
) -> Path | None:
    """Ask where, then write the PDF there. Returns the path, or None if cancelled.

    Raises ``KnownError`` when the file cannot be written.
    """
    target = _ask_path(
        parent, _tr("Save the document as a PDF file"), suggested_name, _tr("PDF files (*.pdf)"),
        ".pdf",
    )  # fmt: skip
    if target is None:
        return None
    check_output_path(target, data_dir)
    write_pdf(data, target)
    return target


def _ask_path(
    parent: QWidget, title: str, suggested_name: str, file_filter: str, suffix: str
) -> Path | None:
    """Ask where to save (Documents or the last folder used); ``suffix`` added if missing."""
    path = save_file_name(parent, title, suggested_name, file_filter)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    return target


def save_text(
    parent: QWidget, text: str, suggested_name: str, data_dir: Path | None = None
) -> Path | None:
    """Ask where, then write ``text`` there as UTF-8 (atomically). None if cancelled.

    Raises ``OutputRefused`` for one of the vault's own files, a folder or a device, and
    ``KnownError`` (disk full, read-only...) when the file cannot be written.
    """
    target = _ask_path(
        parent, _tr("Save as a plain text file"), suggested_name, _tr("Text files (*.txt)"), ".txt"
    )
    if target is None:
        return None
    check_output_path(target, data_dir)
    atomic_write(target, text.encode("utf-8"))
    return target
