"""Dialogs of the Backups & records page: restore, delete after review, transfers, receipt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import ui.records.common as common
from db.errors import KnownError
from dsl_desktop.services import records
from dsl_desktop.services.records import (
    DELETION_REASONS,
    BackupCheck,
    DueRecord,
    ImportResult,
    TransferResult,
    TransferView,
)
from ui.dates import date_format
from ui.errors import error_text
from ui.pages import PageContext
from ui.records.common import BusyIndicator, count_summary, uk_date
from ui.widgets import MessageBanner, caption, heading


def _secret_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


def _file_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _tr(text: str) -> str:
    return QCoreApplication.translate("Records", text)


def record_type_label(code: str) -> str:
    labels = {
        "child_protection": _tr("Child protection file"),
        "adult_concern": _tr("Concern about an adult"),
        "training_record": _tr("Training history (former staff)"),
    }
    return labels.get(code, code)


def reason_labels() -> dict[str, str]:
    """The deletion reasons of ``records.DELETION_REASONS``, in the user's language."""
    labels = {
        "review_not_needed": _tr("Reviewed: there is no longer a reason to keep it"),
        "policy_requires": _tr("The school's records policy says it must now be deleted"),
        "held_elsewhere": _tr("The record is held by the pupil's new school or another agency"),
    }
    return {code: labels.get(code, text) for code, text in DELETION_REASONS.items()}


# ---- restore ---------------------------------------------------------------------------------
class RestoreDialog(QDialog):
    """Choose a backup and the secret that opens it, check it in full, then ask to restore.

    Nothing is restored here: on "Restore…" the page closes the vault and restores.
    """

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.check: BackupCheck | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        intro = QLabel(
            self.tr(
                "Restoring replaces everything in this vault with what the backup holds. The "
                "backup is checked in full first; the current vault is kept beside it until you "
                "choose to keep the restored one or undo the restore."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Backup file"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the backup file"))
        path_label = QLabel(self.tr("Backup &file:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, _file_row(self.path, self.browse))
        self.secret = _secret_edit(self.tr("Passphrase or recovery code"))
        secret_label = QLabel(self.tr("&Passphrase or recovery code:"))
        secret_label.setBuddy(self.secret)
        form.addRow(secret_label, self.secret)
        form.addRow(
            "",
            caption(
                self.tr(
                    "Your own passphrase, a passphrase the backup was given, or the school's "
                    "recovery code."
                )
            ),
        )
        layout.addLayout(form)
        self.check_button = QPushButton(self.tr("&Check the backup"))
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.busy = BusyIndicator()
        layout.addWidget(self.busy)
        self.report_box = QGroupBox(self.tr("What the backup holds"))
        report = QFormLayout(self.report_box)
        self.made = QLabel()
        self.school = QLabel()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.trail = QLabel()
        self.opened = QLabel()
        report.addRow(self.tr("Made:"), self.made)
        report.addRow(self.tr("School:"), self.school)
        report.addRow(self.tr("Records:"), self.counts)
        report.addRow(self.tr("Audit trail:"), self.trail)
        report.addRow(self.tr("Opened with:"), self.opened)
        self.report_box.hide()
        layout.addWidget(self.report_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.run_check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(self._changed)
        self.secret.textChanged.connect(self._changed)

    def choose_file(self) -> None:
        start = Path(self.path.text()).parent if self.path.text() else common.documents_folder()
        chosen = common.ask_open_path(
            self,
            self.tr("Choose a backup"),
            start,
            self.tr("DSL Desktop backups (*.dslbackup);;All files (*)"),
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def _changed(self) -> None:
        self.check = None
        self.restore_button.setEnabled(False)
        self.report_box.hide()

    def run_check(self) -> BackupCheck | None:
        self.banner.clear()
        self._changed()
        path, secret = self.path.text().strip(), self.secret.text()
        if not path:
            self.banner.show_message(self.tr("Choose the backup file first."))
            return None
        if not secret:
            self.banner.show_message(self.tr("Enter a passphrase or the recovery code."))
            self.secret.setFocus()
            return None
        vault = self.ctx.vault
        try:
            check = self.busy.run(
                self.tr("Checking the backup…"),
                lambda: records.verify_backup(Path(path), secret, vault),
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return None
        self.check = check
        self.made.setText(check.made_at.replace("T", " "))
        self.school.setText(check.school)
        self.counts.setText(count_summary(check.counts))
        self.trail.setText(
            self.tr("%1 events, every link checked").replace("%1", f"{check.audit_events:,}")
        )
        self.opened.setText(
            {
                "backup passphrase": self.tr("the backup's own passphrase"),
                "account passphrase": self.tr("an account passphrase"),
                "recovery code": self.tr("the recovery code"),
            }.get(check.opened_with, check.opened_with)
        )
        self.report_box.show()
        self.banner.show_message(self.tr("The backup is sound: every check passed."), error=False)
        self.restore_button.setEnabled(True)
        return check

    def chosen(self) -> tuple[Path, str]:
        return Path(self.path.text().strip()), self.secret.text()


# ---- deleting after review ---------------------------------------------------------------
class DeleteRecordDialog(QDialog):
    """Typed confirmation and a reason before a record is deleted for good."""

    def __init__(self, ctx: PageContext, due: DueRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.due = due
        self.report: records.DeletionReport | None = None
        self.word = self.tr("DELETE")
        self.setWindowTitle(self.tr("Delete a record permanently"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        layout.addWidget(heading(f"{record_type_label(due.record_type)}: {due.label}", 2))
        what = {
            "child_protection": self.tr(
                "Every concern about this pupil, with all its information, explanations, "
                "consultations, decisions, referrals, actions, amendments, attachments and "
                "drafts, and the pupil's own details."
            ),
            "adult_concern": self.tr(
                "This concern with all its information, explanations, consultations, decisions, "
                "referrals, actions, amendments, attachments and drafts. The person's details "
                "go too if no other concern is about them."
            ),
            "training_record": self.tr(
                "This former member of staff's training records, certificates and staff record."
            ),
        }.get(due.record_type, "")
        for text in (
            self.tr("Review was due on %1 (%2, %3 years).")
            .replace("%1", uk_date(due.due_on))
            .replace("%2", due.note)
            .replace("%3", str(due.rule.years)),
            self.tr("What will be deleted: %1").replace("%1", what),
            self.tr(
                "This cannot be undone. The audit trail will say that a record of this kind "
                "was deleted and why, but nothing of what it said. Backups made before today "
                "still hold it until they are replaced."
            ),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        if due.open_concerns:
            warn = QLabel(
                self.tr(
                    "Concerns about them still open: %1. Close them first unless you are sure."
                ).replace("%1", str(due.open_concerns))
            )
            warn.setWordWrap(True)
            layout.addWidget(warn)
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for deleting"))
        # The longest reason (longer still in Welsh) must not stretch the dialog off the screen.
        self.reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reason.setMinimumContentsLength(30)
        self.reason.setPlaceholderText(self.tr("Choose a reason"))
        for code, text in reason_labels().items():
            self.reason.addItem(text, code)
        self.reason.setCurrentIndex(-1)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type the confirmation word"))
        typed_label = QLabel(self.tr("&Type %1 to confirm:").replace("%1", self.word))
        typed_label.setBuddy(self.typed)
        form.addRow(typed_label, self.typed)
        layout.addLayout(form)
        self.busy = BusyIndicator()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(
            self.tr("&Delete permanently"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.reason.currentIndexChanged.connect(self._validate)
        self.typed.textChanged.connect(self._validate)
        self.delete_button.clicked.connect(self.delete)
        self.buttons.rejected.connect(self.reject)

    def _validate(self) -> None:
        self.delete_button.setEnabled(
            self.reason.currentIndex() >= 0 and self.typed.text().strip() == self.word
        )

    def delete(self) -> records.DeletionReport | None:
        if not self.delete_button.isEnabled() or not self.ctx.active:
            return None
        reason = str(self.reason.currentData())
        vault, due = self.ctx.vault, self.due
        try:
            report = self.busy.run(
                self.tr("Deleting and clearing the free space in the vault…"),
                lambda: records.delete_after_review(vault, due.record_type, due.record_id, reason),
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return None
        self.report = report
        self.accept()
        return report


# ---- transfers -------------------------------------------------------------------------------
class TransferOutDialog(QDialog):
    """Send a pupil's file: chronology PDF and encrypted package into a folder."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: TransferResult | None = None
        self.setWindowTitle(self.tr("Send a pupil's file to their new school"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        intro = QLabel(
            self.tr(
                "The file should reach the new school within 5 school days, separately from the "
                "main pupil file. Two files are made: the chronology as a PDF, and an encrypted "
                "package holding every record and attachment, which the new school's DSL Desktop "
                "can read in. Send the passphrase separately, for example by phone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find the pupil"))
        self.search.setPlaceholderText(self.tr("Name or UPN"))
        search_label = QLabel(self.tr("&Find the pupil:"))
        search_label.setBuddy(self.search)
        form.addRow(search_label, self.search)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Matching people"))
        self.people.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        people_label = QLabel(self.tr("Ma&tching pupils:"))
        people_label.setBuddy(self.people)
        form.addRow(people_label, self.people)
        self.to_school = QLineEdit()
        self.to_school.setAccessibleName(self.tr("New school"))
        to_label = QLabel(self.tr("&New school:"))
        to_label.setBuddy(self.to_school)
        form.addRow(to_label, self.to_school)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.setAccessibleName(self.tr("How it will be sent"))
        self.method.addItems(
            [
                self.tr("Secure email"),
                self.tr("Secure file transfer (for example S2S)"),
                self.tr("By hand, on an encrypted drive"),
                self.tr("Recorded delivery, on an encrypted drive"),
            ]
        )
        method_label = QLabel(self.tr("&How it will be sent:"))
        method_label.setBuddy(self.method)
        form.addRow(method_label, self.method)
        self.passphrase = _secret_edit(self.tr("Package passphrase"))
        pass_label = QLabel(self.tr("Package &passphrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)
        self.repeat = _secret_edit(self.tr("Repeat the package passphrase"))
        repeat_label = QLabel(self.tr("R&epeat it:"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(repeat_label, self.repeat)
        self.folder = QLineEdit(str(common.documents_folder()))
        self.folder.setAccessibleName(self.tr("Folder to save the files in"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the folder"))
        folder_label = QLabel(self.tr("&Save in:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, _file_row(self.folder, self.browse))
        layout.addLayout(form)
        self.busy = BusyIndicator()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("&Make the transfer files"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.show_matches)
        self.browse.clicked.connect(self.choose_folder)
        self.send_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.show_matches("")

    def show_matches(self, text: str) -> None:
        self.people.clear()
        if not self.ctx.active:
            return
        try:
            found = records.people_for_transfer(self.ctx.vault, text)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        for person_id, name, extra in found:
            item = QListWidgetItem(f"{name} — {extra}" if extra else name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.people.addItem(item)
        if self.people.count() == 1:
            self.people.setCurrentRow(0)

    def choose_folder(self) -> None:
        chosen = common.ask_folder(
            self, self.tr("Where to save the transfer files"), Path(self.folder.text())
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    def send(self) -> TransferResult | None:
        self.banner.clear()
        item = self.people.currentItem()
        if item is None:
            self.banner.show_message(self.tr("Choose the pupil whose file is being sent."))
            return None
        if self.passphrase.text() != self.repeat.text():
            self.banner.show_message(self.tr("The two passphrases differ."))
            return None
        person_id = int(item.data(Qt.ItemDataRole.UserRole))
        vault = self.ctx.vault
        folder, to_school = Path(self.folder.text().strip()), self.to_school.text()
        method, secret = self.method.currentText(), self.passphrase.text()
        kdf = self.ctx.kdf
        try:
            result = self.busy.run(
                self.tr("Making the transfer files…"),
                lambda: records.export_transfer(
                    vault, person_id, folder, to_school, method, secret, kdf=kdf
                ),
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return None
        self.result_ = result
        self.accept()
        return result


class TransferInDialog(QDialog):
    """Read in a package sent by another school."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: ImportResult | None = None
        self.setWindowTitle(self.tr("Receive a pupil's file from another school"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        intro = QLabel(
            self.tr(
                "The pupil and every concern in the package are added to this vault. Each "
                "concern gets a reference of this school; the other school's reference and who "
                "recorded what are kept with it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Transfer package"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the transfer package"))
        path_label = QLabel(self.tr("&Package:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, _file_row(self.path, self.browse))
        self.passphrase = _secret_edit(self.tr("Package passphrase"))
        pass_label = QLabel(self.tr("Package pass&phrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)
        layout.addLayout(form)
        self.busy = BusyIndicator()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Read in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.read_in)
        self.buttons.rejected.connect(self.reject)

    def choose_file(self) -> None:
        chosen = common.ask_open_path(
            self, self.tr("Choose the transfer package"), common.documents_folder(),
            self.tr("DSL Desktop transfer packages (*.dsltransfer);;All files (*)"),
        )  # fmt: skip
        if chosen is not None:
            self.path.setText(str(chosen))

    def read_in(self) -> ImportResult | None:
        self.banner.clear()
        path = self.path.text().strip()
        if not path:
            self.banner.show_message(self.tr("Choose the package file first."))
            return None
        vault, secret = self.ctx.vault, self.passphrase.text()
        try:
            result = self.busy.run(
                self.tr("Reading the package…"),
                lambda: records.import_transfer(vault, Path(path), secret),
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return None
        self.result_ = result
        self.accept()
        return result


class ReceiptDialog(QDialog):
    """The date the receiving school confirmed it has the file."""

    def __init__(
        self, ctx: PageContext, transfer: TransferView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.transfer = transfer
        self.setWindowTitle(self.tr("Confirm receipt"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        label = QLabel(
            self.tr("When did %1 confirm they received %2's file?")
            .replace("%1", transfer.to_school)
            .replace("%2", transfer.person_name or self.tr("the pupil"))
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setAccessibleName(self.tr("Date receipt was confirmed"))
        date_label = QLabel(self.tr("&Confirmed on:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, self.date)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm &receipt"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> bool:
        on = self.date.date().toPython()
        assert isinstance(on, dt.date)
        try:
            records.confirm_receipt(self.ctx.vault, self.transfer.id, on)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return False
        self.accept()
        return True
