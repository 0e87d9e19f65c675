"""The decision record on screen: the chosen outcome and its reasons as a document to preview,
print or save."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QSplitter,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.services import referrals
from ui.referral.preview import PdfPreview
from ui.tasks import run_blocking

if TYPE_CHECKING:
    from ui.pages import PageContext
from ui.i18n import document_language
from ui.referral.document_dialog import DocumentActions, _DocumentDialog


class DecisionRecordDialog(_DocumentDialog):
    """The record of a concern's latest decision (any outcome), to read, print or save."""

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, concern_id, parent)
        self.setWindowTitle(self.tr("Decision record"))
        self.setAccessibleName(self.tr("Decision record"))
        self.decision_id: int | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.preview = PdfPreview()
        splitter.addWidget(self.preview)
        self.document_actions = DocumentActions(
            self, self.tr("Decision record"), self.tr("Decision record.pdf")
        )
        self.document_actions.banner = self.banner
        self.document_actions.data_dir = self.ctx.vault.vault.data_dir
        side, column = self._side_panel(self.document_actions)
        column.addStretch(1)
        side.setMinimumWidth(260)
        side.setMaximumWidth(380)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        self.body.addWidget(splitter)
        self.document_actions.printed.connect(self._printed)
        self.document_actions.saved.connect(self._saved)
        self.load()

    def load(self) -> None:
        try:
            language = document_language()
            document = run_blocking(
                lambda: referrals.decision_record_document(
                    self.ctx.vault, self.concern_id, language=language
                )
            )
        except KnownError as exc:
            self.show_error(exc)
            return
        self.decision_id = document.decision_id
        record = document.record
        name = f"{record.person.forenames} {record.person.surname}".strip()
        self.title_label.setText(
            self.tr("Decision record for %1 (%2)")
            .replace("%1", name)
            .replace("%2", record.concern_reference)
        )
        self.setWindowTitle(self.tr("Decision record — %1").replace("%1", record.concern_reference))
        self.document_actions.title = self.tr("Decision record %1").replace(
            "%1", record.concern_reference
        )
        self.document_actions.file_name = self.tr("Decision record %1.pdf").replace(
            "%1", record.concern_reference
        )
        self.preview.set_pdf(document.pdf)
        self.document_actions.set_data(document.pdf)

    def _printed(self, _pages: int) -> None:
        if self.decision_id is not None:
            try:
                referrals.note_decision_record_printed(self.ctx.vault, self.decision_id)
            except KnownError as exc:
                self.show_error(exc)

    def _saved(self, _path: str) -> None:
        if self.decision_id is not None:
            try:
                referrals.note_decision_record_saved(self.ctx.vault, self.decision_id)
            except KnownError as exc:
                self.show_error(exc)
