"""The Retention and Transfers tabs of the Backups & records page.

Each tab takes its page as a :class:`RecordsHost` (the vault context and the page's message
banner), so this module does not import the page that holds it.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.services import records
from dsl_desktop.services.records import DueRecord, TransferView
from ui.errors import error_text
from ui.pages import PageContext
from ui.records.common import uk_date
from ui.records.dialogs import (
    DeleteRecordDialog,
    ReceiptDialog,
    TransferInDialog,
    TransferOutDialog,
    record_type_label,
)
from ui.shared.builders import section
from ui.shared.framing import done_or_banner, pick_table, result_or_banner
from ui.widgets import MessageBanner, caption


class RecordsHost(Protocol):
    """What a tab needs from the page that holds it."""

    ctx: PageContext
    banner: MessageBanner


def _table(headers: list[str], name: str) -> QTableWidget:
    table = pick_table(headers, name)
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


# ---- retention -------------------------------------------------------------------------------
class RetentionTab(QWidget):
    def __init__(self, page: RecordsHost) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.due: list[DueRecord] = []
        layout = QVBoxLayout(self)
        rules_box, rules = section(self.tr("How long records are kept before review"))
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

        due_box, due = section(
            self.tr("Due for review"),
            self.tr(
                "Review each record with the school's records policy in mind. Keep it if "
                "there is still a reason to (an open case, a request from another agency); "
                "otherwise delete it permanently."
            ),
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
        vault, wanted = self.ctx.vault, self._years_wanted()

        def save() -> None:
            for code, years in wanted:
                records.update_retention_rule(vault, code, years=years)

        if not done_or_banner(self.page.banner, save, self.tr("Retention rules saved.")):
            return False
        self.refresh()
        return True

    def _years_wanted(self) -> list[tuple[str, int]]:
        wanted: list[tuple[str, int]] = []
        for row in range(self.rules.rowCount()):
            item = self.rules.item(row, 0)
            years = self.rules.cellWidget(row, 2)
            if item is not None and isinstance(years, QSpinBox):
                wanted.append((str(item.data(Qt.ItemDataRole.UserRole)), years.value()))
        return wanted


# ---- transfers -------------------------------------------------------------------------------
class TransfersTab(QWidget):
    def __init__(self, page: RecordsHost) -> None:
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
        vault = self.ctx.vault
        found = result_or_banner(self.page.banner, lambda: records.transfers(vault))
        if found is None:
            return
        self.transfers = found
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
