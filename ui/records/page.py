"""The Backups & records page (DSL and deputy): backups and restore, retention review, transfers.

Automatic backups run from here too: the page listens to ``MainWindow.about_to_lock`` and, at
sign-in and every hour, asks ``records.maybe_auto_backup`` whether one is due.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import ui.records.common as common
from db.errors import KnownError
from dsl_desktop.services import records
from dsl_desktop.services.records import AutoBackupSettings, DueRecord, TransferView
from ui import tasks
from ui.dates import show_iso
from ui.errors import error_text, show_vault_error
from ui.pages import PageContext
from ui.records.common import BusyIndicator, count_summary, megabytes, uk_date
from ui.records.dialogs import (
    DeleteRecordDialog,
    ReceiptDialog,
    RestoreDialog,
    TransferInDialog,
    TransferOutDialog,
    record_type_label,
)
from ui.widgets import MessageBanner, caption, heading

AUTO_CHECK_MS = 60 * 60 * 1000


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, data: object = None, *, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


# ---- backups ---------------------------------------------------------------------------------
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
        self.pending_box = QGroupBox(self.tr("A restore is waiting for you"))
        pending = QVBoxLayout(self.pending_box)
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

        now_box = QGroupBox(self.tr("Back up now"))
        now = QVBoxLayout(now_box)
        now.addWidget(
            caption(
                self.tr(
                    "The whole vault goes into one encrypted file, which is read back and checked "
                    "before it is kept. Any account passphrase and the school's recovery code "
                    "open it. Keep backups on another drive, away from this computer."
                )
            )
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

        restore_box = QGroupBox(self.tr("Restore"))
        restore = QVBoxLayout(restore_box)
        restore.addWidget(
            caption(
                self.tr(
                    "Put the vault back as it was when a backup was made. The backup is checked "
                    "in full before anything changes, and the current vault is kept until you "
                    "decide."
                )
            )
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

    def back_up_now(self) -> records.BackupReport | None:
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
        try:
            report = self.busy.run(
                self.tr("Backing up and checking the copy…"),
                lambda: records.backup(vault, path, own, kdf=kdf if own else None),
            )
        except KnownError as exc:
            self.page.banner.show_message(*error_text(exc))
            return None
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
        return report

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
        try:
            records.set_auto_backup(self.ctx.vault, settings)
        except KnownError as exc:
            self.page.banner.show_message(*error_text(exc))
            return False
        self.page.banner.show_message(self.tr("Automatic backup settings saved."), error=False)
        self.refresh()
        return True


# ---- retention -------------------------------------------------------------------------------
class RetentionTab(QWidget):
    def __init__(self, page: RecordsPage) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.due: list[DueRecord] = []
        layout = QVBoxLayout(self)
        rules_box = QGroupBox(self.tr("How long records are kept before review"))
        rules = QVBoxLayout(rules_box)
        self.rules = _table(
            [
                self.tr("Kind of record"),
                self.tr("Counted from"),
                self.tr("Years"),
                self.tr("Notes"),
            ],
            self.tr("Retention rules"),
        )
        self.rules.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rules.addWidget(self.rules)
        self.save_rules_button = QPushButton(self.tr("Save the &rules"))
        rules.addWidget(self.save_rules_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(rules_box)

        due_box = QGroupBox(self.tr("Due for review"))
        due = QVBoxLayout(due_box)
        due.addWidget(
            caption(
                self.tr(
                    "Review each record with the school's records policy in mind. Keep it if "
                    "there is still a reason to (an open case, a request from another agency); "
                    "otherwise delete it permanently."
                )
            )
        )
        self.table = _table(
            [
                self.tr("Kind of record"),
                self.tr("Record"),
                self.tr("Review due"),
                self.tr("How the date was worked out"),
            ],
            self.tr("Records due for review"),
        )
        due.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nothing is due for review."))
        due.addWidget(self.empty)
        self.delete_button = QPushButton(self.tr("&Delete permanently…"))
        self.delete_button.setEnabled(False)
        due.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(due_box, 1)
        self.table.itemSelectionChanged.connect(self._selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_rules_button.clicked.connect(self.save_rules)

    def refresh(self) -> None:
        if not self.ctx.active:
            return
        try:
            rules = records.retention_rules(self.ctx.vault)
            self.due = records.due_for_review(self.ctx.vault, dt.date.today())
        except KnownError as exc:
            self.page.banner.show_message(*error_text(exc))
            return
        basis = {
            "date_of_birth": self.tr("Date of birth"),
            "closed": self.tr("Date the concern was closed"),
            "left": self.tr("Date they left"),
        }
        self.rules.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            self.rules.setItem(row, 0, _item(record_type_label(rule.record_type), rule.record_type))
            self.rules.setItem(row, 1, _item(basis.get(rule.basis, rule.basis)))
            years = QSpinBox()
            years.setRange(1, 100)
            years.setValue(rule.years)
            years.setAccessibleName(
                self.tr("Years to keep: %1").replace("%1", record_type_label(rule.record_type))
            )
            self.rules.setCellWidget(row, 2, years)
            self.rules.setItem(row, 3, _item(rule.notes))
        self.rules.resizeRowsToContents()
        height = self.rules.horizontalHeader().height() + 2 * self.rules.frameWidth()
        height += sum(self.rules.rowHeight(r) for r in range(self.rules.rowCount()))
        self.rules.setFixedHeight(height)
        self.table.setRowCount(len(self.due))
        for row, due in enumerate(self.due):
            self.table.setItem(row, 0, _item(record_type_label(due.record_type), row))
            self.table.setItem(row, 1, _item(due.label))
            self.table.setItem(row, 2, _item(uk_date(due.due_on)))
            self.table.setItem(row, 3, _item(due.note))
        self.table.setVisible(bool(self.due))
        self.empty.setVisible(not self.due)
        self._selected()

    def _selected(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)

    def selected(self) -> DueRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.due[index] if 0 <= index < len(self.due) else None

    def delete_selected(self) -> DeleteRecordDialog | None:
        due = self.selected()
        if due is None:
            return None
        dialog = DeleteRecordDialog(self.ctx, due, self)
        dialog.finished.connect(lambda _code: self._deleted(dialog))
        dialog.open()
        return dialog

    def _deleted(self, dialog: DeleteRecordDialog) -> None:
        report = dialog.report
        dialog.deleteLater()
        if report is None or not self.ctx.active:
            return
        self.page.banner.show_message(
            self.tr(
                "The record was deleted permanently (%1 rows), and the vault's free space cleared."
            ).replace("%1", f"{report.rows:,}"),
            self.tr("Backups made before today still hold it until they are replaced."),
            error=False,
        )
        self.refresh()

    def save_rules(self) -> bool:
        try:
            for row in range(self.rules.rowCount()):
                item = self.rules.item(row, 0)
                if item is None:
                    continue
                code = str(item.data(Qt.ItemDataRole.UserRole))
                years = self.rules.cellWidget(row, 2)
                assert isinstance(years, QSpinBox)
                records.update_retention_rule(self.ctx.vault, code, years=years.value())
        except KnownError as exc:
            self.page.banner.show_message(*error_text(exc))
            return False
        self.page.banner.show_message(self.tr("Retention rules saved."), error=False)
        self.refresh()
        return True


# ---- transfers -------------------------------------------------------------------------------
class TransfersTab(QWidget):
    def __init__(self, page: RecordsPage) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.transfers: list[TransferView] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "When a pupil moves school, their safeguarding file goes to the new school "
                    "within 5 school days, separately from the main pupil file, and the new "
                    "school confirms it has arrived."
                )
            )
        )
        row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send a &pupil's file…"))
        self.receive_button = QPushButton(self.tr("&Receive a file…"))
        self.receipt_button = QPushButton(self.tr("&Confirm receipt…"))
        self.receipt_button.setEnabled(False)
        for button in (self.send_button, self.receive_button, self.receipt_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = _table(
            [self.tr("Direction"), self.tr("Pupil"), self.tr("Other school"), self.tr("Sent"),
             self.tr("How"), self.tr("Receipt")],
            self.tr("Transfers"),
        )  # fmt: skip
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No files have been sent or received yet."))
        layout.addWidget(self.empty)
        self.send_button.clicked.connect(self.send)
        self.receive_button.clicked.connect(self.receive)
        self.receipt_button.clicked.connect(self.confirm_receipt)
        self.table.itemSelectionChanged.connect(self._selected)

    def refresh(self) -> None:
        if not self.ctx.active:
            return
        try:
            self.transfers = records.transfers(self.ctx.vault)
        except KnownError as exc:
            self.page.banner.show_message(*error_text(exc))
            return
        today = dt.date.today()
        self.table.setRowCount(len(self.transfers))
        for row, t in enumerate(self.transfers):
            outgoing = t.direction == "out"
            self.table.setItem(
                row, 0, _item(self.tr("Sent") if outgoing else self.tr("Received"), row)
            )
            self.table.setItem(row, 1, _item(t.person_name or self.tr("(record deleted)")))
            self.table.setItem(row, 2, _item(t.to_school if outgoing else t.from_school))
            self.table.setItem(row, 3, _item(uk_date(t.sent_at.date() if t.sent_at else None)))
            self.table.setItem(row, 4, _item(t.method))
            if not outgoing:
                receipt = _item(
                    self.tr("Received on %1").replace("%1", uk_date(t.receipt_confirmed_on))
                )
            elif t.receipt_confirmed_on is not None:
                receipt = _item(
                    self.tr("Confirmed on %1").replace("%1", uk_date(t.receipt_confirmed_on))
                )
            elif t.receipt_overdue(today):
                receipt = _item(
                    self.tr("Overdue: not confirmed (due by %1)").replace(
                        "%1", uk_date(t.receipt_due_on)
                    ),
                    bold=True,
                )
            else:
                receipt = _item(
                    self.tr("Waiting (due by %1)").replace("%1", uk_date(t.receipt_due_on))
                )
            self.table.setItem(row, 5, receipt)
        self.table.setVisible(bool(self.transfers))
        self.empty.setVisible(not self.transfers)
        self._selected()

    def selected(self) -> TransferView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.transfers[index] if 0 <= index < len(self.transfers) else None

    def _selected(self) -> None:
        t = self.selected()
        self.receipt_button.setEnabled(
            t is not None and t.direction == "out" and t.receipt_confirmed_on is None
        )

    def send(self) -> TransferOutDialog:
        dialog = TransferOutDialog(self.ctx, self)
        dialog.finished.connect(lambda _code: self._sent(dialog))
        dialog.open()
        return dialog

    def _sent(self, dialog: TransferOutDialog) -> None:
        result = dialog.result_
        dialog.deleteLater()
        if result is None or not self.ctx.active:
            return
        self.page.banner.show_message(
            self.tr("The transfer files are ready: %1 and %2.")
            .replace("%1", result.pdf_path.name)
            .replace("%2", result.package_path.name),
            self.tr(
                "They are in %1. Send them securely, give the passphrase separately, and "
                "confirm receipt here when the new school replies."
            ).replace("%1", str(result.package_path.parent)),
            error=False,
        )
        self.refresh()

    def receive(self) -> TransferInDialog:
        dialog = TransferInDialog(self.ctx, self)
        dialog.finished.connect(lambda _code: self._received(dialog))
        dialog.open()
        return dialog

    def _received(self, dialog: TransferInDialog) -> None:
        result = dialog.result_
        dialog.deleteLater()
        if result is None or not self.ctx.active:
            return
        refs = ", ".join(f"{old} → {new}" for old, new in result.references)
        self.page.banner.show_message(
            self.tr("The file from %1 was read in: %2.")
            .replace("%1", result.from_school)
            .replace("%2", refs or self.tr("no concerns")),
            self.tr("Let %1 know that it arrived.").replace("%1", result.from_school),
            error=False,
        )
        self.refresh()

    def confirm_receipt(self) -> ReceiptDialog | None:
        t = self.selected()
        if t is None:
            return None
        dialog = ReceiptDialog(self.ctx, t, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog


# ---- the page --------------------------------------------------------------------------------
class RecordsPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._restoring = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(self.tr("Backups and records"), 6))
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
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

    def auto_backup(self, reason: str) -> records.BackupReport | None:
        if not self.ctx.active or self._restoring:
            return None
        vault = self.ctx.vault
        try:
            return tasks.run_blocking(lambda: records.maybe_auto_backup(vault, reason))
        except KnownError as exc:
            if reason == "timer":  # no pop-up every hour: the page says it instead
                self.banner.show_message(*error_text(exc))
            else:
                show_vault_error(self.window(), exc, self.tr("Automatic backup"))
            return None
        finally:
            if self.ctx.active and reason in ("sign_in", "timer"):
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
        if not common.confirm(
            self,
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
        ):
            return False
        controller = self.ctx.controller
        data_dir = self.ctx.vault.vault.data_dir
        self._restoring = True
        controller.sign_out()
        parent = controller.unlock_window
        title = self.tr("Restore from a backup")
        try:
            report = tasks.run_blocking(
                lambda: records.restore(path, secret, data_dir, replace_current=True)
            )
        except KnownError as exc:
            show_vault_error(parent, exc, title)
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

    def keep_restored(self) -> bool:
        if not self.ctx.active:
            return False
        try:
            removed = records.confirm_restore(self.ctx.vault.vault.data_dir)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
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
        if not common.confirm(
            self,
            self.tr("Undo the restore?"),
            self.tr("Put back the vault as it was before the restore?"),
            self.tr(
                "Everyone is signed out. Anything recorded since the restore is lost with the "
                "restored vault."
            ),
            self.tr("&Sign out and undo"),
        ):
            return False
        controller = self.ctx.controller
        data_dir = self.ctx.vault.vault.data_dir
        self._restoring = True
        controller.sign_out()
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
