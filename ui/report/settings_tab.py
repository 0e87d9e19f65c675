"""Settings → Staff reporting: the school's intake key, the drop folder, the paper form.

The key pair is made here the first time; "Save the intake key file" writes its public half
(``school.dslintake``) for IT to install on staff computers. Replacing the key keeps the old
private key in the vault, so reports already sealed to it still open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.intake import service
from dsl_desktop.intake.keyfile import KEY_FILE_NAME
from ui import i18n
from ui.errors import error_text
from ui.pages import PageContext
from ui.shared.builders import ask, button_row, push_button, scroll_body, section
from ui.widgets import MessageBanner, caption


def _text(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StaffReportingTab(QScrollArea):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = scroll_body(self)
        layout.addWidget(
            caption(
                self.tr(
                    "Any member of staff can report a concern from their own computer with "
                    "“Report a safeguarding concern”. Each report is sealed on their computer so "
                    "that only this vault can open it, and arrives here as a new concern at "
                    "Notice."
                )
            )
        )
        key_box, key_layout = section(self.tr("The school's intake key"))
        self.key_status = _text()
        key_layout.addWidget(self.key_status)
        self.export_button = push_button(
            self.tr("&Save the intake key file…"), self.tr("Save the intake key file")
        )
        self.export_button.clicked.connect(self.export_key)
        self.replace_button = push_button(self.tr("&Replace the key…"), self.tr("Replace the key"))
        self.replace_button.clicked.connect(self.replace_key)
        key_layout.addLayout(button_row(self.export_button, self.replace_button))
        key_layout.addWidget(
            caption(
                self.tr(
                    "The key file holds no secret and no record. Give it to IT to install for "
                    "every user of the staff computers, or send it to staff who report from "
                    "home. Replace the key if a copy went somewhere it should not; reports "
                    "sealed to the old key still open here."
                )
            )
        )
        layout.addWidget(key_box)

        folder_box, folder_layout = section(
            self.tr("Folder for reports"),
            self.tr(
                "A folder every member of staff can write to, such as a shared network "
                "folder, that this computer can read. The key file tells staff computers "
                "to use it; save the key file again after changing it. Reports can also "
                "be emailed: save the attachment into this folder."
            ),
        )
        row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder for reports"))
        row.addWidget(self.folder_edit, 1)
        self.browse_button = push_button(
            self.tr("&Browse…"), self.tr("Choose the folder for reports")
        )
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.browse_button)
        self.folder_button = push_button(self.tr("Use this &folder"), self.tr("Use this folder"))
        self.folder_button.clicked.connect(self.save_folder)
        row.addWidget(self.folder_button)
        folder_layout.addLayout(row)
        layout.addWidget(folder_box)

        paper_box, paper_layout = section(
            self.tr("Paper form"),
            self.tr(
                "A blank “Record of concern” with the same questions, for staff who do not "
                "use a computer. Attach the scan of a completed form to the concern."
            ),
        )
        self.paper_button = push_button(
            self.tr("Save the &paper form as PDF…"), self.tr("Save the paper form as PDF")
        )
        self.paper_button.clicked.connect(self.save_paper_form)
        paper_layout.addLayout(button_row(self.paper_button))
        layout.addWidget(paper_box)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        try:
            status = service.intake_status(self.ctx.vault)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        if status.key_id is None:
            self.key_status.setText(
                self.tr(
                    "There is no intake key yet. Saving the key file makes one; only then can "
                    "staff send reports."
                )
            )
            self.replace_button.setEnabled(False)
        else:
            created = status.created_at.strftime("%d/%m/%Y") if status.created_at else ""
            text = (
                self.tr("Key %1, made on %2. Reports imported so far: %3.")
                .replace("%1", status.key_id)
                .replace("%2", created)
                .replace("%3", str(status.imported_reports))
            )
            if status.retired_keys:
                text += " " + self.tr("Earlier keys kept for older reports: %1.").replace(
                    "%1", str(status.retired_keys)
                )
            self.key_status.setText(text)
            self.replace_button.setEnabled(True)
        self.folder_edit.setText(status.drop_folder)

    def _ok(self, message: str) -> None:
        self.banner.show_message(message, error=False)

    def export_key(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the intake key file"), KEY_FILE_NAME,
                self.tr("Intake key (*.dslintake)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        try:
            service.create_key(self.ctx.vault)
            service.export_public_key(self.ctx.vault, path)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return None
        self.load()
        self._ok(self.tr("The intake key file was saved to %1.").replace("%1", str(path)))
        return path

    def replace_key(self, confirmed: bool = False) -> bool:
        if not confirmed and not ask(
            self,
            self.tr("Replace the intake key?"),
            self.tr(
                "Staff computers will need the new key file before they can send reports "
                "again. Reports sealed to the old key still open here."
            ),
            stay=QMessageBox.StandardButton.Cancel,
        ):
            return False
        try:
            service.replace_key(self.ctx.vault)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return False
        self.load()
        self._ok(self.tr("A new intake key was made. Save the key file and give it to IT."))
        return True

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for reports"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def save_folder(self) -> bool:
        text = self.folder_edit.text().strip()
        if text and not Path(text).is_dir():
            self.banner.show_message(
                self.tr("The folder %1 cannot be found.").replace("%1", text),
                self.tr("Check that it is connected, or choose another."),
            )
            return False
        try:
            service.set_drop_folder(self.ctx.vault, text)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return False
        self.ctx.window.settings_changed.emit()
        self._ok(self.tr("Reports will be looked for in this folder."))
        return True

    def save_paper_form(self, path: Path | None = None) -> Path | None:
        from dsl_desktop.pdf.base import write_pdf
        from dsl_desktop.pdf.record_of_concern import record_of_concern_bytes
        from dsl_desktop.services.accounts import school_details

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the paper form"), self.tr("record-of-concern.pdf"),
                self.tr("PDF (*.pdf)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        language = "bilingual" if i18n.current_language() == i18n.WELSH else "en"
        try:
            school = school_details(self.ctx.vault)
            write_pdf(record_of_concern_bytes(school.name, language, school.urn), path)
        except (KnownError, OSError) as exc:
            message = (
                error_text(exc).message if isinstance(exc, KnownError) else str(exc.strerror or exc)
            )
            self.banner.show_message(self.tr("The form could not be saved."), message)
            return None
        self._ok(self.tr("The paper form was saved to %1.").replace("%1", str(path)))
        return path
