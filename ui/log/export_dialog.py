"""Export the concerns log: CSV or a PDF report, with names or anonymised, for a period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

import ui.log.common as common
from db.errors import KnownError
from dsl_desktop.services.exports import ExportResult, export_log_csv, export_log_pdf
from ui import tasks
from ui.errors import error_text
from ui.log.common import OptionalDate, documents_folder
from ui.pages import PageContext
from ui.widgets import MessageBanner, caption


class ExportDialog(QDialog):
    """Choose the format, whether to anonymise and the period; then where to save."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Export the concerns log"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)

        what = QGroupBox(self.tr("Format"))
        what_layout = QVBoxLayout(what)
        self.csv = QRadioButton(self.tr("&Spreadsheet (CSV): one row per concern"))
        self.pdf = QRadioButton(self.tr("&PDF report for governors: figures, charts and the log"))
        self.csv.setChecked(True)
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.csv)
        self.formats.addButton(self.pdf)
        what_layout.addWidget(self.csv)
        what_layout.addWidget(self.pdf)
        layout.addWidget(what)

        names = QGroupBox(self.tr("Names"))
        names_layout = QVBoxLayout(names)
        self.named = QRadioButton(self.tr("&Full names"))
        self.anonymised = QRadioButton(self.tr("&Anonymised: initials and a pseudonymous id"))
        self.anonymised.setChecked(True)
        self.names = QButtonGroup(self)
        self.names.addButton(self.named)
        self.names.addButton(self.anonymised)
        names_layout.addWidget(self.anonymised)
        names_layout.addWidget(self.named)
        names_layout.addWidget(
            caption(
                self.tr(
                    "An anonymised export shows each person by initials and an id that only "
                    "this vault can link back to them; the same person always has the same id. "
                    "No recorded text is ever exported."
                )
            )
        )
        layout.addWidget(names)

        period = QGroupBox(self.tr("Concerns noticed"))
        form = QFormLayout(period)
        self.date_from = OptionalDate(self.tr("&From"), self.tr("Only concerns noticed from"))
        self.date_to = OptionalDate(self.tr("&To"), self.tr("Only concerns noticed up to"))
        row = QHBoxLayout()
        row.addWidget(self.date_from)
        row.addWidget(self.date_to)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(caption(self.tr("Leave both unticked to export every concern.")))
        layout.addWidget(period)

        layout.addWidget(
            QLabel(
                self.tr(
                    "The file will not be encrypted. Keep it somewhere safe, share it only "
                    "with people who need it, and delete it when it is no longer needed."
                )
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export…"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for label in self.findChildren(QLabel):
            label.setWordWrap(True)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        return self.date_from.value(), self.date_to.value()

    def export(self) -> ExportResult | None:
        start, end = self.period()
        if start and end and end < start:
            self.banner.show_message(
                self.tr("The end of the period is before its start."),
                self.tr("Choose a later “To” date."),
            )
            return None
        is_pdf = self.pdf.isChecked()
        anonymise = self.anonymised.isChecked()
        stem = "concerns-log" + ("-anonymised" if anonymise else "")
        suggested = (
            documents_folder()
            / f"{stem}-{dt.date.today().isoformat()}.{'pdf' if is_pdf else 'csv'}"
        )
        file_filter = self.tr("PDF files (*.pdf)") if is_pdf else self.tr("CSV files (*.csv)")
        path = common.ask_save_path(
            self, self.tr("Export the concerns log"), suggested, file_filter
        )
        if path is None or not self.ctx.active:
            return None
        wanted = ".pdf" if is_pdf else ".csv"
        if path.suffix.lower() != wanted:
            path = Path(str(path) + wanted)
        vault = self.ctx.vault
        write = export_log_pdf if is_pdf else export_log_csv
        try:
            result = tasks.run_blocking(
                lambda: write(vault, path, anonymise=anonymise, date_from=start, date_to=end)
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return None
        except OSError as exc:
            self.banner.show_message(
                self.tr("The file could not be saved there."),
                exc.strerror or self.tr("Choose another folder."),
            )
            return None
        self.result_ = result
        self.accept()
        return result
