"""The Audit trail page: who did what and when, filtered, and a check that nothing was altered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.services.audit_trail import (
    AuditFilter,
    ChainCheck,
    audit_actions,
    audit_users,
    verify_audit_trail,
)
from ui.errors import error_text
from ui.log.common import action_label, counted, number, uk_datetime
from ui.log.model import AuditTableModel
from ui.operations import Operation, into_banner
from ui.pages import PageContext
from ui.shared.date_fields import OptionalDateEdit, add_labelled
from ui.shared.layouts import ColumnFitter
from ui.widgets import MessageBanner, caption, heading


class AuditTrailPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_check: ChainCheck | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(self.tr("Audit trail"), 6))
        layout.addWidget(
            caption(
                self.tr(
                    "Every sign-in, concern opened, change, export and print is recorded here, "
                    "newest first. Each event is sealed to the one before it, so an event "
                    "changed, removed or reordered afterwards is found by the check."
                )
            )
        )
        check_row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_button.setAccessibleName(self.tr("Verify the audit chain"))
        check_row.addWidget(self.verify_button)
        check_row.addStretch(1)
        layout.addLayout(check_row)
        self.result = MessageBanner()
        self.result.setAccessibleName(self.tr("Result of the check"))
        layout.addWidget(self.result)

        filters = QHBoxLayout()
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("Who"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.setMinimumContentsLength(18)
        for text, combo in ((self.tr("W&ho:"), self.user), (self.tr("&Action:"), self.action)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
            filters.addSpacing(8)
        self.date_from = OptionalDateEdit(self.tr("Events from"))
        self.date_to = OptionalDateEdit(self.tr("Events up to"))
        add_labelled(filters, self.tr("&From"), self.date_from)
        add_labelled(filters, self.tr("&To"), self.date_to)
        layout.addLayout(filters)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of events"))
        layout.addWidget(self.count)

        self.model = AuditTableModel(ctx.vault, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.columns = ColumnFitter(self.table, ctx.controller.settings, "audit")
        layout.addWidget(self.table, 1)

        self.verify_button.clicked.connect(self.verify)
        self.user.currentIndexChanged.connect(self.apply_filter)
        self.action.currentIndexChanged.connect(self.apply_filter)
        self.date_from.changed.connect(self.apply_filter)
        self.date_to.changed.connect(self.apply_filter)
        self.model.loaded.connect(self._show_count)
        self.refresh()

    def _fill_choices(self) -> None:
        try:
            users = audit_users(self.ctx.vault)
            actions = audit_actions(self.ctx.vault)
        except KnownError as exc:
            self.result.show_message(*error_text(exc))
            return
        for combo, items in (
            (self.user, [(name, uid) for uid, name in users]),
            (self.action, sorted(((action_label(a), a) for a in actions), key=lambda p: p[0])),
        ):
            current = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Anyone") if combo is self.user else self.tr("Any"), None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(blocked)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user_id=self.user.currentData(),
            action=self.action.currentData(),
            date_from=self.date_from.date_or_none(),
            date_to=self.date_to.date_or_none(),
        )

    def apply_filter(self) -> None:
        if self.ctx.active:
            self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        if not self.ctx.active:
            return
        self._fill_choices()
        self.apply_filter()

    def page_shown(self) -> None:
        self.refresh()

    def _show_count(self, total: int) -> None:
        if self.model.error:
            self.count.setText(self.model.error)
            return
        self.count.setText(counted(total, self.tr("%1 event"), self.tr("%1 events")))

    def verify(self) -> Operation[ChainCheck] | None:
        if not self.ctx.active:
            return None
        vault = self.ctx.vault
        self.result.show_message(self.tr("Checking the vault and its audit trail…"), error=False)
        return (
            Operation(
                self,
                lambda _token: verify_audit_trail(vault),
                message=self.tr("Checking the vault and its audit trail…"),
            )
            .success(self._checked)
            .failure(into_banner(self.result, self))
            .run_in_background()
        )

    def _checked(self, check: ChainCheck) -> None:
        if not self.ctx.active:
            return
        self.last_check = check
        when = uk_datetime(check.checked_at)
        if check.ok:
            self.result.show_message(
                self.tr("The audit trail is intact: %1 events, none altered or missing.").replace(
                    "%1", number(check.events)
                ),
                self.tr("Checked %1, with the database's own integrity check.").replace("%1", when),
                error=False,
            )
        else:
            self.result.show_message(
                self.tr("The check found problems. Keep this vault as it is and tell the DSL."),
                "\n".join(check.problems[:8]),
            )
        self.refresh()


__all__ = ["AuditTrailPage"]
