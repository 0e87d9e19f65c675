"""The Concerns log page: every concern, searched, filtered and sorted as you type.

Double-click a row or press Enter to open the concern; "Chronology…" shows everything recorded
about the person. The rows come from ``dsl_desktop.services.log`` (loaded once, then sorted and
filtered in memory); the search box asks the full-text index, a moment after typing stops.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.services import log as log_service
from dsl_desktop.services.concerns import case_view
from dsl_desktop.services.log import NOT_DECIDED, Column, ConcernLog, LogCounts, LogFilter
from dsl_desktop.workflow import Action, can
from ui import tasks
from ui.errors import error_text, show_vault_error
from ui.log.case_summary import CaseSummaryDialog
from ui.log.chronology import open_chronology
from ui.log.common import (
    counted,
    number,
    outcome_label,
    stage_codes,
    stage_label,
    status_label,
)
from ui.log.export_dialog import ExportDialog
from ui.log.model import CONCERN_ID_ROLE, PERSON_ID_ROLE, LogTableModel
from ui.operations import Operation, into_banner
from ui.pages import PageContext
from ui.shared.builders import push_button
from ui.shared.date_fields import OptionalDateEdit, add_labelled
from ui.shared.layouts import ColumnFitter
from ui.widgets import MessageBanner, caption, heading

ANY = None
SEARCH_DELAY_MS = 150


class LogTableView(QTableView):
    """A table where Enter opens the current row (``open_requested``)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


def open_case(ctx: PageContext, concern_id: int, parent: QWidget) -> QWidget | None:
    """Open a concern from the log.

    A page that can show a case itself (it has ``open_case(concern_id)``, as the case screen
    does) is asked to; otherwise a read-only summary opens. Either way the case service reads
    it, and that reading is what the audit trail records.
    """
    if not ctx.active:
        return None
    window = ctx.window
    for key in window.page_keys():
        page = window.page(key)
        opener = getattr(page, "open_case", None)
        if page is not parent and callable(opener):
            window.show_page(key)
            opener(concern_id)
            return page
    vault = ctx.vault
    try:
        case = tasks.run_blocking(lambda: case_view(vault, concern_id))
    except KnownError as exc:
        show_vault_error(parent, exc, QCoreApplication.translate("Log", "Open a concern"))
        return None
    dialog = CaseSummaryDialog(ctx, case, parent)
    dialog.chronology_requested.connect(lambda pid: open_chronology(ctx, pid, dialog))
    dialog.open()
    return dialog


class ConcernsLogPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.log: ConcernLog | None = None
        self.version: tuple[Any, ...] | None = None
        self.can_export = can(ctx.role, Action.EXPORT_CASES)
        self.can_edit = can(ctx.role, Action.EDIT_CASE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(self.tr("Concerns log"), 6))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setAccessibleName(self.tr("Counts"))
        layout.addWidget(self.counts)
        if not self.can_edit:
            layout.addWidget(
                caption(
                    self.tr(
                        "You can read the log and open concerns; only the DSL and deputies can "
                        "change them. Each concern you open is recorded in the audit trail."
                    )
                )
            )
        self.banner = MessageBanner()
        layout.addWidget(self.banner)

        # search and filters
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Names, references or words from what was recorded"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the concerns"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)

        self.status = self._combo(self.tr("Status"))
        for code in ("open", "closed", "draft"):
            self.status.addItem(status_label(code), code)
        self.stage = self._combo(self.tr("Stage"))
        for code in stage_codes():
            self.stage.addItem(stage_label(code), code)
        self.category = self._combo(self.tr("Type of concern"))
        self.outcome = self._combo(self.tr("Outcome"))
        self.outcome.addItem(outcome_label(None), NOT_DECIDED)
        for code in (
            "no_further_action", "monitor", "in_school_support", "early_help_or_social_care",
            "prevent_referral", "emergency",
        ):  # fmt: skip
            self.outcome.addItem(outcome_label(code), code)
        combos = QHBoxLayout()
        for text, combo in (
            (self.tr("S&tatus:"), self.status),
            (self.tr("St&age:"), self.stage),
            (self.tr("T&ype:"), self.category),
            (self.tr("O&utcome:"), self.outcome),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            combos.addWidget(label)
            combos.addWidget(combo, 1)
            combos.addSpacing(8)
        layout.addLayout(combos)

        dates = QHBoxLayout()
        self.date_from = OptionalDateEdit(self.tr("Noticed from"))
        self.date_to = OptionalDateEdit(self.tr("Noticed up to"))
        self.overdue = QCheckBox(self.tr("O&verdue reviews only"))
        self.overdue.setAccessibleName(self.tr("Only concerns whose review is overdue"))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        add_labelled(dates, self.tr("Noticed &from"), self.date_from)
        add_labelled(dates, self.tr("t&o"), self.date_to)
        dates.addSpacing(12)
        dates.addWidget(self.overdue)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        layout.addLayout(dates)

        # the table
        self.model = LogTableModel(self)
        self.table = LogTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Concerns"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Column.NOTICED, Qt.SortOrder.DescendingOrder)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Sized to what the columns hold; widths the user drags are remembered.
        self.columns = ColumnFitter(
            self.table,
            ctx.controller.settings,
            "log",
            give_way=(
                (Column.CATEGORY, Column.OUTCOME, Column.HOLDER),
                (Column.NOTICED, Column.NEXT_REVIEW, Column.STATUS),
            ),
        )
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open concern"))
        self.chronology_button = push_button(
            self.tr("&Chronology…"), self.tr("Chronology of the person")
        )
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.chronology_button)
        buttons.addStretch(1)
        self.export_button: QPushButton | None = None
        if self.can_export:
            self.export_button = push_button(self.tr("E&xport…"), self.tr("Export the log"))
            buttons.addWidget(self.export_button)
            self.export_button.clicked.connect(self.open_export)
        layout.addLayout(buttons)
        self._selection_changed()

        # wiring
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.status, self.stage, self.category, self.outcome):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.date_from.changed.connect(self.apply_filter)
        self.date_to.changed.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)
        self.model.counts_changed.connect(self._show_counts)
        self.table.doubleClicked.connect(self.open_index)
        self.table.open_requested.connect(self.open_index)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.open_button.clicked.connect(self.open_selected)
        self.chronology_button.clicked.connect(self.chronology_of_selected)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.focus_search)
        self._loading = False
        self._filter_failed = False
        self.counts.setText(self.tr("Loading the log…"))
        QTimer.singleShot(0, self.reload)

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("Any"), ANY)
        return combo

    # ---- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the log again (keeping the search, filters, sort and the selected concern)."""
        if not self.ctx.active or self._loading:
            return
        self._loading = True
        vault = self.ctx.vault
        selected = self.selected_concern()
        try:
            log, version = tasks.run_blocking(
                lambda: (log_service.load_log(vault), log_service.log_version(vault))
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        finally:
            self._loading = False
        self.version = version
        self.log = log
        self._fill_categories(log)
        self.model.filter = self.current_filter()
        self.model.set_log(log)
        if selected is not None:
            self.select_concern(selected)
        if log.pending_index > 0:
            QTimer.singleShot(0, self._catch_up_index)

    def _catch_up_index(self) -> None:
        """After a bulk import the search index has a backlog: clear it now, not mid-search."""
        if not self.ctx.active:
            return
        vault = self.ctx.vault
        self.banner.show_message(self.tr("Bringing the search index up to date…"), error=False)
        operation = Operation(
            self,
            lambda _token: log_service.sync_search_index(vault),
            message=self.tr("Bringing the search index up to date…"),
        )
        operation.success(self._index_caught_up).failure(into_banner(self.banner, self))
        operation.run_in_background()

    def _index_caught_up(self, _result: object) -> None:
        if self.log is not None:
            self.log.pending_index = 0
        self.banner.clear()

    def _fill_categories(self, log: ConcernLog) -> None:
        current = self.category.currentData()
        blocked = self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Any"), ANY)
        for code, label in log.categories():
            self.category.addItem(label, code)
        found = self.category.findData(current)
        self.category.setCurrentIndex(max(0, found))
        self.category.blockSignals(blocked)

    def page_shown(self) -> None:
        """Back on the log: reload only if a concern or person changed meanwhile."""
        if not self.ctx.active or self.log is None:
            return
        try:
            version = log_service.log_version(self.ctx.vault)
        except KnownError:
            return
        if version != self.version:
            self.reload()

    # ---- filtering --------------------------------------------------------------------------
    def _chosen(self, combo: QComboBox) -> frozenset[str]:
        code = combo.currentData()
        return frozenset() if code is ANY else frozenset({str(code)})

    def current_filter(self) -> LogFilter:
        return LogFilter(
            text=self.search.text(),
            statuses=self._chosen(self.status),
            stages=self._chosen(self.stage),
            categories=self._chosen(self.category),
            outcomes=self._chosen(self.outcome),
            date_from=self.date_from.date_or_none(),
            date_to=self.date_to.date_or_none(),
            overdue_only=self.overdue.isChecked(),
        )

    def apply_filter(self) -> None:
        self.search_timer.stop()
        if self.log is None or not self.ctx.active:
            return
        selected = self.selected_concern()
        try:
            self.model.set_filter(self.current_filter())
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            self._filter_failed = True
            return
        if self._filter_failed:
            self._filter_failed = False
            self.banner.clear()
        if selected is not None:
            self.select_concern(selected)

    def clear_filters(self) -> None:
        widgets = (self.search, self.status, self.stage, self.category, self.outcome,
                   self.date_from, self.date_to, self.overdue)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.stage, self.category, self.outcome):
            combo.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        self.overdue.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_only(
        self, *, statuses: tuple[str, ...] = (), stage: str = "", overdue: bool = False
    ) -> None:
        """Clear the filters, then show the concerns with this status, stage or overdue review
        (what a line of the Home worklist names)."""
        widgets = (self.status, self.stage, self.overdue)
        self.clear_filters()
        for widget in widgets:
            widget.blockSignals(True)
        if statuses:
            self.status.setCurrentIndex(max(0, self.status.findData(statuses[0])))
        if stage:
            self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))
        self.overdue.setChecked(overdue)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def show_overdue(self) -> None:
        """Filter to the open concerns whose review date has passed."""
        self.overdue.setChecked(True)

    def _show_counts(self, counts: LogCounts | None) -> None:
        if counts is None:
            self.counts.setText(self.tr("No concerns have been recorded yet."))
            return
        total = counted(counts.total, self.tr("<b>%1</b> concern"), self.tr("<b>%1</b> concerns"))
        if counts.shown != counts.total:
            total = (
                self.tr("Showing <b>%1</b> of %2")
                .replace("%1", number(counts.shown))
                .replace("%2", total.replace("<b>", "").replace("</b>", ""))
            )
        parts = [
            total,
            self.tr("<b>%1</b> open").replace("%1", number(counts.open)),
            counted(
                counts.overdue,
                self.tr("<b>%1</b> review overdue"),
                self.tr("<b>%1</b> reviews overdue"),
            ),
        ]
        stages = " \u00b7 ".join(
            f"{stage_label(code)} {number(n)}" for code, n in counts.by_stage.items()
        )
        self.counts.setText(" \u00b7 ".join(parts) + f"<br>{stages}")
        self.counts.setAccessibleDescription(
            self.counts.text().replace("<b>", "").replace("</b>", "")
        )

    # ---- the selected concern -----------------------------------------------------------------
    def selected_concern(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        value = self.model.data(self.model.index(index.row(), 0), CONCERN_ID_ROLE)
        return int(value) if value is not None else None

    def select_concern(self, concern_id: int) -> bool:
        row = self.model.row_of(concern_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: Any) -> None:
        chosen = self.selected_concern() is not None
        self.open_button.setEnabled(chosen)
        self.chronology_button.setEnabled(chosen)

    def open_index(self, index: QModelIndex) -> QWidget | None:
        if not index.isValid():
            return None
        concern_id = self.model.data(self.model.index(index.row(), 0), CONCERN_ID_ROLE)
        return None if concern_id is None else open_case(self.ctx, int(concern_id), self)

    def open_selected(self) -> QWidget | None:
        concern_id = self.selected_concern()
        return None if concern_id is None else open_case(self.ctx, concern_id, self)

    def chronology_of_selected(self) -> QWidget | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        person_id = self.model.data(self.model.index(index.row(), 0), PERSON_ID_ROLE)
        return None if person_id is None else open_chronology(self.ctx, int(person_id), self)

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self.ctx, self)
        dialog.finished.connect(lambda _code: self._exported(dialog))
        dialog.open()
        return dialog

    def _exported(self, dialog: ExportDialog) -> None:
        result = dialog.result_
        if result is None:
            return
        rows = counted(result.rows, self.tr("%1 concern"), self.tr("%1 concerns"))
        self.banner.show_message(
            self.tr("Exported %1 to %2.").replace("%1", rows).replace("%2", str(result.path)),
            self.tr("The file is not encrypted: keep it somewhere safe, and delete it when done."),
            error=False,
        )
