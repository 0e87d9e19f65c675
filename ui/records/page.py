"""The Backups & records page (DSL and deputy): backups and restore, retention review, transfers.

Automatic backups run from here too: the page listens to ``MainWindow.about_to_lock`` and, at
sign-in and every hour, asks ``records.maybe_auto_backup`` whether one is due.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import ui.records.common as common
from db.errors import KnownError
from dsl_desktop.services import records
from dsl_desktop.services.records import AutoBackupSettings
from ui.dates import show_iso
from ui.errors import error_text, show_vault_error
from ui.operations import Operation, default_failure, into_banner, is_busy
from ui.pages import PageContext
from ui.records.common import BusyIndicator, count_summary, megabytes
from ui.records.dialogs import (
    RestoreDialog,
)
from ui.records.tabs import RetentionTab, TransfersTab
from ui.shared.builders import banner_column, section
from ui.shared.framing import done_or_banner, result_or_banner
from ui.shell import SessionHost
from ui.widgets import heading

AUTO_CHECK_MS = 60 * 60 * 1000
AUTO_RETRY_MS = 60 * 1000  # the hourly check, when other work is running, tries again after this


class BackupsTab(QScrollArea):
    def __init__(self, page: RecordsPage) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.setWidget(inner)
        layout = QVBoxLayout(inner)

        # A restore waiting to be kept or undone.
        self.pending_box, pending = section(self.tr("A restore is waiting for you"))
        self.pending_text = QLabel()
        self.pending_text.setWordWrap(True)
        pending.addWidget(self.pending_text)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep the restored &vault"))
        self.undo_button = QPushButton(self.tr("&Undo the restore…"))
        row.addWidget(self.keep_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        pending.addLayout(row)
        layout.addWidget(self.pending_box)

        now_box, now = section(
            self.tr("Back up now"),
            self.tr(
                "The whole vault goes into one encrypted file, which is read back and checked "
                "before it is kept. Any account passphrase and the school's recovery code "
                "open it. Keep backups on another drive, away from this computer."
            ),
        )
        self.own_passphrase = QCheckBox(self.tr("Give this backup a &passphrase of its own"))
        now.addWidget(self.own_passphrase)
        own_form = QFormLayout()
        self.backup_passphrase = QLineEdit()
        self.backup_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.backup_repeat = QLineEdit()
        self.backup_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_repeat.setAccessibleName(self.tr("Repeat the backup passphrase"))
        pass_label = QLabel(self.tr("B&ackup passphrase:"))
        pass_label.setBuddy(self.backup_passphrase)
        repeat_label = QLabel(self.tr("R&epeat it:"))
        repeat_label.setBuddy(self.backup_repeat)
        own_form.addRow(pass_label, self.backup_passphrase)
        own_form.addRow(repeat_label, self.backup_repeat)
        self.own_widget = QWidget()
        self.own_widget.setLayout(own_form)
        self.own_widget.setVisible(False)
        now.addWidget(self.own_widget)
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        now.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.busy = BusyIndicator()
        now.addWidget(self.busy)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Result of the last backup"))
        now.addWidget(self.result)
        layout.addWidget(now_box)

        auto_box = QGroupBox(self.tr("Automatic backups"))
        auto = QFormLayout(auto_box)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for automatic backups"))
        self.folder.setPlaceholderText(self.tr("Choose a folder on another drive"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the folder for automatic backups"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_label = QLabel(self.tr("F&older:"))
        folder_label.setBuddy(self.folder)
        auto.addRow(folder_label, folder_row)
        self.when = QComboBox()
        self.when.setAccessibleName(self.tr("When to back up"))
        self.when.addItem(self.tr("Never"), "off")
        self.when.addItem(self.tr("When someone signs out"), "sign_out")
        self.when.addItem(self.tr("Once a day"), "daily")
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.when)
        auto.addRow(when_label, self.when)
        self.keep = QSpinBox()
        self.keep.setRange(1, records.MAX_KEEP)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setAccessibleName(self.tr("How many automatic backups to keep"))
        self.keep.setMaximumWidth(160)
        self.when.setMaximumWidth(320)
        keep_label = QLabel(self.tr("How &many to keep:"))
        keep_label.setBuddy(self.keep)
        auto.addRow(keep_label, self.keep)
        self.save_auto = QPushButton(self.tr("Save these sett&ings"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_auto)
        save_row.addStretch(1)
        auto.addRow("", save_row)
        self.last_auto = QLabel()
        self.last_auto.setWordWrap(True)
        self.last_auto.setAccessibleName(self.tr("Last automatic backup"))
        auto.addRow(self.last_auto)
        layout.addWidget(auto_box)

        restore_box, restore = section(
            self.tr("Restore"),
            self.tr(
                "Put the vault back as it was when a backup was made. The backup is checked "
                "in full before anything changes, and the current vault is kept until you "
                "decide."
            ),
        )
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        restore.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(restore_box)
        layout.addStretch(1)

        self.own_passphrase.toggled.connect(self.own_widget.setVisible)
        self.backup_button.clicked.connect(self.back_up_now)
        self.choose_button.clicked.connect(self.choose_folder)
        self.save_auto.clicked.connect(self.save_settings)
        self.restore_button.clicked.connect(self.page.restore)
        self.keep_button.clicked.connect(self.page.keep_restored)
        self.undo_button.clicked.connect(self.page.undo_restore)

    def refresh(self) -> None:
        if not self.ctx.active:
            return
        pending = records.pending_restore(self.ctx.vault.vault.data_dir)
        self.pending_box.setVisible(pending is not None)
        if pending is not None:
            self.pending_text.setText(
                self.tr(
                    "This vault was restored from a backup on %1. The vault it replaced is kept "
                    "beside it. Check the records, then keep the restored vault (the replaced one "
                    "is deleted) or undo the restore (the replaced one comes back)."
                ).replace("%1", pending.restored_at.replace("T", " "))
            )
        try:
            settings = records.auto_backup_settings(self.ctx.vault)
            last = records.last_auto_backup(self.ctx.vault)
        except KnownError as exc:
            self.page.banner.show_message(*error_text(exc))
            return
        self.folder.setText(settings.folder)
        self.when.setCurrentIndex(max(0, self.when.findData(settings.when)))
        self.keep.setValue(settings.keep)
        if last is None:
            self.last_auto.setText(self.tr("No automatic backup has been made yet."))
        elif last.get("ok"):
            self.last_auto.setText(
                self.tr(
                    "Last automatic backup: %1, %n record(s).", "", int(last.get("rows", 0))
                ).replace("%1", show_iso(str(last.get("at", ""))))
            )
        else:
            self.last_auto.setText(
                self.tr("The last automatic backup (%1) failed: %2")
                .replace("%1", str(last.get("at", "")).replace("T", " "))
                .replace("%2", str(last.get("problem", "")))
            )

    def back_up_now(self) -> Operation[records.BackupReport] | None:
        self.page.banner.clear()
        own: str | None = None
        if self.own_passphrase.isChecked():
            own = self.backup_passphrase.text()
            if own != self.backup_repeat.text():
                self.page.banner.show_message(self.tr("The two backup passphrases differ."))
                return None
        suggested = (
            common.documents_folder()
            / f"dsl-desktop-backup-{dt.date.today().isoformat()}.dslbackup"
        )
        path = common.ask_save_path(
            self, self.tr("Save the backup as"), suggested,
            self.tr("DSL Desktop backups (*.dslbackup)"),
        )  # fmt: skip
        if path is None or not self.ctx.active:
            return None
        if path.suffix.lower() != ".dslbackup":
            path = Path(str(path) + ".dslbackup")
        vault, kdf = self.ctx.vault, self.ctx.kdf
        return (
            Operation(
                self,
                lambda token: records.backup(
                    vault, path, own, kdf=kdf if own else None, cancel=token
                ),
                message=self.tr("Backing up and checking the copy…"),
                cancellable=True,
            )
            .success(self._backed_up)
            .failure(into_banner(self.page.banner, self))
            .cancelled(self._backup_cancelled)
            .run_in_background()
        )

    def _backup_cancelled(self) -> None:
        if self.ctx.active:
            self.page.banner.show_message(
                self.tr("The backup was cancelled. Nothing was written."), error=False
            )

    def _backed_up(self, report: records.BackupReport) -> None:
        if not self.ctx.active:
            return
        self.backup_passphrase.clear()
        self.backup_repeat.clear()
        self.result.setText(
            self.tr("Backed up to %1 (%2, %3 seconds): %4. The copy was read back and checked.")
            .replace("%1", str(report.path))
            .replace("%2", megabytes(report.size))
            .replace("%3", f"{max(report.seconds, 0.1):.1f}")
            .replace("%4", count_summary(report.counts))
        )
        self.page.banner.show_message(self.tr("The backup is made and checked."), error=False)

    def choose_folder(self) -> None:
        start = Path(self.folder.text()) if self.folder.text() else common.documents_folder()
        chosen = common.ask_folder(self, self.tr("Folder for automatic backups"), start)
        if chosen is not None:
            self.folder.setText(str(chosen))

    def save_settings(self) -> bool:
        settings = AutoBackupSettings(
            folder=self.folder.text().strip(),
            keep=self.keep.value(),
            when=str(self.when.currentData()),
        )
        if not done_or_banner(
            self.page.banner,
            lambda: records.set_auto_backup(self.ctx.vault, settings),
            self.tr("Automatic backup settings saved."),
        ):
            return False
        self.refresh()
        return True


# ---- the page --------------------------------------------------------------------------------
class RecordsPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._restoring = False
        layout, self.banner = banner_column(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.insertWidget(0, heading(self.tr("Backups and records"), 6))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Backups and records sections"))
        self.backups = BackupsTab(self)
        self.retention = RetentionTab(self)
        self.transfers = TransfersTab(self)
        self.tabs.addTab(self.backups, self.tr("Bac&kups"))
        self.tabs.addTab(self.retention, self.tr("Re&tention"))
        self.tabs.addTab(self.transfers, self.tr("Tra&nsfers"))
        layout.addWidget(self.tabs, 1)
        ctx.window.about_to_lock.connect(self._about_to_lock)
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(AUTO_CHECK_MS)
        self.auto_timer.timeout.connect(lambda: self.auto_backup("timer"))
        self.auto_timer.start()
        self.auto_retry = QTimer(self)
        self.auto_retry.setSingleShot(True)
        self.auto_retry.setInterval(AUTO_RETRY_MS)
        self.auto_retry.timeout.connect(lambda: self.auto_backup("timer"))
        QTimer.singleShot(0, self, lambda: self.auto_backup("sign_in"))  # dies with the page
        # The lists load when the page is shown (page_shown), not at sign-in.

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.backups.refresh()
        self.retention.refresh()
        self.transfers.refresh()

    # ---- automatic backups ------------------------------------------------------------------
    def _about_to_lock(self, reason: str) -> None:
        if not self._restoring:
            self.auto_backup(reason)

    def auto_backup(self, reason: str) -> Operation[records.BackupReport | None] | None:
        """Make an automatic backup if one is due, as an operation.

        At sign-in and on the hourly timer it runs in the background and the window stays
        usable; the timer waits while other work runs. When the session is ending the vault
        must stay open until the backup is made, so the operation is waited for (with its
        progress window).
        """
        if not self.ctx.active or self._restoring:
            return None
        if reason == "timer" and is_busy():
            self.auto_retry.start()  # never one operation inside another: try again soon
            return None
        vault = self.ctx.vault
        ending = reason not in ("sign_in", "timer")
        operation = Operation(
            self,
            lambda token: records.maybe_auto_backup(vault, reason, cancel=token),
            message=self.tr("Making the automatic backup…"),
            quiet=not ending,
        ).failure(lambda error: self._auto_backup_failed(reason, error))
        if not ending:
            self.backups.busy.label.setText(self.tr("Making the automatic backup…"))
            self.backups.busy.show()
            operation.finished(self._auto_backup_over)
        operation.run_in_background()
        if ending:
            operation.wait()
        return operation

    def _auto_backup_failed(self, reason: str, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            default_failure(self, error)
        elif reason == "timer":  # no pop-up every hour: the page says it instead
            self.banner.show_message(*error_text(error))
        else:
            show_vault_error(self.window(), error, self.tr("Automatic backup"))

    def _auto_backup_over(self) -> None:
        self.backups.busy.hide()
        if self.ctx.active:
            self.backups.refresh()

    # ---- restore ----------------------------------------------------------------------------
    def restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._restore_chosen(dialog))
        dialog.open()
        return dialog

    def _restore_chosen(self, dialog: RestoreDialog) -> bool:
        check = dialog.check
        path, secret = dialog.chosen()
        dialog.deleteLater()
        if check is None or not self.ctx.active:
            return False
        signed_out = self._sign_out_to_replace(
            self.tr("Replace this vault?"),
            self.tr("Replace everything in this vault with the backup made %1?").replace(
                "%1", check.made_at.replace("T", " ")
            ),
            self.tr(
                "Everyone is signed out while the backup is restored. Records added since the "
                "backup was made are not in it; the current vault is kept beside the restored "
                "one until you keep or undo the restore."
            ),
            self.tr("&Sign out and restore"),
        )
        if signed_out is None:
            return False
        controller, data_dir = signed_out
        parent = controller.unlock_window
        title = self.tr("Restore from a backup")
        operation = Operation(
            parent,
            lambda _token: records.restore(path, secret, data_dir, replace_current=True),
            message=self.tr("Restoring the vault from the backup…"),
        )
        operation.failure(lambda error: default_failure(parent, error, title))
        operation.run_in_background().wait()
        report = operation.value
        if report is None:
            return False
        common.inform(
            parent,
            title,
            self.tr(
                "The backup was restored: %1. Sign in and check the records, then keep the "
                "restored vault or undo the restore on the Backups & records page."
            ).replace("%1", count_summary(report.counts)),
        )
        return True

    def _sign_out_to_replace(
        self, title: str, question: str, detail: str, button: str
    ) -> tuple[SessionHost, Path] | None:
        """Ask first; then sign everyone out so the vault's files can be replaced."""
        if not common.confirm(self, title, question, detail, button):
            return None
        controller = self.ctx.controller
        data_dir = self.ctx.vault.vault.data_dir
        self._restoring = True  # no automatic backup of the vault being replaced
        controller.sign_out()
        return controller, data_dir

    def keep_restored(self) -> bool:
        if not self.ctx.active:
            return False
        data_dir = self.ctx.vault.vault.data_dir
        removed = result_or_banner(self.banner, lambda: records.confirm_restore(data_dir))
        if removed is None:
            return False
        self.banner.show_message(
            self.tr(
                "The restored vault is kept; %1 file(s) of the replaced vault were deleted."
            ).replace("%1", str(len(removed))),
            error=False,
        )
        self.refresh()
        return True

    def undo_restore(self) -> bool:
        if not self.ctx.active:
            return False
        signed_out = self._sign_out_to_replace(
            self.tr("Undo the restore?"),
            self.tr("Put back the vault as it was before the restore?"),
            self.tr(
                "Everyone is signed out. Anything recorded since the restore is lost with the "
                "restored vault."
            ),
            self.tr("&Sign out and undo"),
        )
        if signed_out is None:
            return False
        controller, data_dir = signed_out
        title = self.tr("Undo the restore")
        try:
            records.undo_restore(data_dir)
        except KnownError as exc:
            show_vault_error(controller.unlock_window, exc, title)
            return False
        common.inform(
            controller.unlock_window,
            title,
            self.tr("The vault is back as it was before the restore."),
        )
        return True
