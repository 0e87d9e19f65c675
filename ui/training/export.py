"""Saving the training report as CSV (for a spreadsheet) or PDF (for an inspector)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.services import training
from ui.errors import error_text
from ui.pages import PageContext
from ui.tasks import run_blocking
from ui.training.common import CompletionDateEdit, uk_date
from ui.widgets import MessageBanner, caption, save_file_name


class ExportTab(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        box = QGroupBox(self.tr("Training report"))
        inner = QVBoxLayout(box)
        about = QLabel(
            self.tr(
                "Every current member of staff, the courses their role types need and "
                "whether each is in date, with totals for each role type."
            )
        )
        about.setWordWrap(True)  # reflows with large system text
        inner.addWidget(about)
        form = QFormLayout()
        self.as_of = CompletionDateEdit(self.tr("Status as of"))
        self.as_of.setMaximumDate(QDate.currentDate().addYears(5))
        label = QLabel(self.tr("Status &as of:"))
        label.setBuddy(self.as_of)
        form.addRow(label, self.as_of)
        inner.addLayout(form)
        row = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save the training report as a CSV file"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the training report as a PDF"))
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(
            caption(
                self.tr(
                    "The report names staff, so it is OFFICIAL-SENSITIVE. The saved file is not "
                    "encrypted: keep it on school systems and delete copies you no longer need. "
                    "The CSV opens in a spreadsheet; the PDF is laid out for printing."
                )
            )
        )
        layout.addWidget(box)
        layout.addStretch(1)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))

    def export(self, fmt: str) -> Path | None:
        self.banner.clear()
        as_of: dt.date = self.as_of.value()
        name = self.tr("Staff training %1").replace("%1", as_of.isoformat()) + f".{fmt}"
        filters = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("PDF files (*.pdf)")
        path = save_file_name(self, self.tr("Save the training report"), name, filters)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        vault = self.ctx.vault
        write = training.training_report_csv if fmt == "csv" else training.training_report_pdf
        try:
            board = run_blocking(lambda: write(vault, target, as_of=as_of))
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return None
        self.banner.show_message(
            self.tr("Saved the report for %1 staff (as of %2) to %3.")
            .replace("%1", str(len(board.rows)))
            .replace("%2", uk_date(board.as_of))
            .replace("%3", str(target)),
            error=False,
        )
        return target
