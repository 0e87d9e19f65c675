"""A person's chronology on screen, with "Save as PDF…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import ui.log.common as common
from db.errors import KnownError
from dsl_desktop.services.chronology import Chronology, chronology_pdf, person_chronology
from ui import tasks
from ui.errors import show_vault_error
from ui.i18n import document_language
from ui.log.common import counted, documents_folder, outcome_label, stage_label, uk_date
from ui.log.model import ChronologyModel
from ui.operations import Operation, default_failure
from ui.pages import PageContext
from ui.widgets import MessageBanner, caption, heading


def _file_stem(text: str) -> str:
    keep = "".join(ch if ch.isalnum() else "-" for ch in text.casefold())
    return "-".join(part for part in keep.split("-") if part) or "person"


class ChronologyDialog(QDialog):
    """Everything recorded about one person, oldest first. Opening it is audited."""

    def __init__(
        self, ctx: PageContext, chronology: Chronology, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chronology = chronology
        self.saved_to: Path | None = None
        person = chronology.person
        self.setWindowTitle(self.tr("Chronology of %1").replace("%1", person.full_name))
        self.setAccessibleName(self.windowTitle())
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), 4))
        born = uk_date(person.date_of_birth)
        facts = [p for p in (
            self.tr("Born %1").replace("%1", born) if born else "",
            person.school_or_occupation,
            counted(len(chronology.concerns), self.tr("%1 concern"), self.tr("%1 concerns")),
        ) if p]  # fmt: skip
        self.facts = QLabel(" \u00b7 ".join(facts))
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        concerns = "; ".join(
            f"{c.reference} ({stage_label(c.stage)}, {outcome_label(c.outcome)})"
            for c in chronology.concerns
        )
        if concerns:
            layout.addWidget(caption(concerns))
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.model = ChronologyModel(list(chronology.entries), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Events, oldest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Rows grow with the column's width, so a detail is wrapped in full, never cut with "…".
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((130, 100, 260, 380, 120)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        if not chronology.entries:
            layout.addWidget(caption(self.tr("Nothing has been recorded about this person yet.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the chronology as a PDF"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_pdf)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_pdf(self) -> Operation[bytes] | None:
        person = self.chronology.person
        suggested = documents_folder() / f"chronology-{_file_stem(person.full_name)}.pdf"
        path = common.ask_save_path(
            self, self.tr("Save the chronology"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None or not self.ctx.active:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        vault, person_id = self.ctx.vault, person.id
        language = document_language()
        return (
            Operation(
                self,
                lambda _token: chronology_pdf(vault, person_id, path, language),
                message=self.tr("Writing the chronology PDF…"),
            )
            .success(lambda _result: self._saved(path))
            .failure(self._not_saved)
            .run_in_background()
        )

    def _not_saved(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.banner.show_message(
                self.tr("The chronology could not be saved there."),
                exc.strerror or self.tr("Choose another folder."),
            )
        else:
            default_failure(self, exc, self.tr("The chronology was not saved"))

    def _saved(self, path: Path) -> None:
        self.saved_to = path
        self.banner.show_message(
            self.tr("Saved the chronology to %1.").replace("%1", str(path)),
            self.tr("The file is not encrypted: keep it somewhere safe, and delete it when done."),
            error=False,
        )


def open_chronology(ctx: PageContext, person_id: int, parent: QWidget) -> ChronologyDialog | None:
    """Read the person's chronology (audited) and show it; a problem is shown, not raised."""
    if not ctx.active:
        return None
    vault = ctx.vault
    try:
        chronology = tasks.run_blocking(lambda: person_chronology(vault, person_id))
    except KnownError as exc:
        show_vault_error(parent, exc, QCoreApplication.translate("Log", "Chronology"))
        return None
    dialog = ChronologyDialog(ctx, chronology, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["ChronologyDialog", "open_chronology"]
