"""Table models: the concerns log, a chronology and the audit trail.

The log model shows the rows :class:`dsl_desktop.services.log.ConcernLog` gives it; sorting and
filtering happen there (in memory, a few milliseconds for 50,000 rows), so the model only
formats the rows that are on screen. The audit model reads the trail a page at a time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from db.errors import KnownError
from dsl_desktop.services.audit_trail import AuditEntry, AuditFilter, audit_events
from dsl_desktop.services.chronology import ChronologyEntry
from dsl_desktop.services.log import Column, ConcernLog, LogCounts, LogFilter, LogRow
from ui.dates import show_datetime
from ui.errors import error_text
from ui.log.audit_words import details_words, record_words
from ui.log.common import (
    action_label,
    iso_to_uk,
    outcome_label,
    stage_label,
    status_label,
    uk_date,
    uk_datetime,
)
from ui.shared.models import Index

CONCERN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_EMPTY = QModelIndex()
Entry = TypeVar("Entry")


class LogTableModel(QAbstractTableModel):
    """The concerns log. ``set_log`` gives it the rows; ``set_filter`` and ``sort`` re-query.

    ``counts_changed(LogCounts)`` is emitted after every query, for the figures at the top.
    """

    counts_changed = Signal(object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.log: ConcernLog | None = None
        self.rows: list[LogRow] = []
        self.counts: LogCounts | None = None
        self.filter = LogFilter()
        self.sort_column = Column.NOTICED
        self.descending = True
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Reference"),
            self.tr("Person"),
            self.tr("Noticed"),
            self.tr("Type of concern"),
            self.tr("Stage"),
            self.tr("Status"),
            self.tr("Outcome"),
            self.tr("Next review"),
            self.tr("Held by"),
        )

    # ---- feeding it --------------------------------------------------------------------------
    def set_log(self, log: ConcernLog | None) -> None:
        self.log = log
        self._requery()

    def set_filter(self, flt: LogFilter) -> None:
        self.filter = flt
        self._requery()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.sort_column = Column(column)
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._requery()

    def _query(self) -> None:
        if self.log is None:
            self.rows, self.counts = [], None
            return
        result = self.log.query(self.filter, self.sort_column, self.descending)
        self.rows, self.counts = result.rows, result.counts

    def _requery(self) -> None:
        self.beginResetModel()
        try:
            self._query()
        finally:
            self.endResetModel()
        self.counts_changed.emit(self.counts)

    # ---- the Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = _EMPTY) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _EMPTY) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if shown and orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == CONCERN_ID_ROLE:
            return row.id
        if role == PERSON_ID_ROLE:
            return row.person_id
        overdue = column is Column.NEXT_REVIEW and self._overdue(row)
        if role == Qt.ItemDataRole.FontRole and overdue:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self.tr("The review date has passed")
            if column in (Column.PERSON, Column.CATEGORY, Column.OUTCOME, Column.HOLDER):
                return self._text(row, column)  # in full, where a narrow column cuts it
        return None

    def _overdue(self, row: LogRow) -> bool:
        today = self.log.today if self.log is not None else dt.date.today()
        return row.is_overdue(today)

    def _text(self, row: LogRow, column: Column) -> str:
        if column is Column.REFERENCE:
            return row.reference
        if column is Column.PERSON:
            return row.person
        if column is Column.NOTICED:
            return iso_to_uk(row.noticed_at)
        if column is Column.CATEGORY:
            return self.log.category_label(row.category) if self.log else row.category
        if column is Column.STAGE:
            return stage_label(row.stage)
        if column is Column.STATUS:
            return status_label(row.status)
        if column is Column.OUTCOME:
            return outcome_label(row.outcome)
        if column is Column.NEXT_REVIEW:
            text = iso_to_uk(row.next_review)
            return self.tr("%1 (overdue)").replace("%1", text) if self._overdue(row) else text
        return row.holder

    def row_at(self, row: int) -> LogRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, concern_id: int) -> int | None:
        """Where a concern is shown now (a linear search; used once after a change)."""
        for i, row in enumerate(self.rows):
            if row.id == concern_id:
                return i
        return None


class _EntriesModel(QAbstractTableModel, Generic[Entry]):
    """A read-only table of ``entries``, one a row, ``COLUMNS`` wide, titled by ``headers()``."""

    COLUMNS = 0
    entries: list[Entry]

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = _EMPTY) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = _EMPTY) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if shown and orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            return self.headers()[section]
        return None

    def entry_at(self, index: Index) -> Entry | None:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        return self.entries[index.row()]


class ChronologyModel(_EntriesModel[ChronologyEntry]):
    """A person's chronology, oldest first (read only)."""

    COLUMNS = 5

    def __init__(self, entries: list[ChronologyEntry] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[ChronologyEntry] = list(entries or [])

    def set_entries(self, entries: list[ChronologyEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Concern"),
            self.tr("What happened"),
            self.tr("Details"),
            self.tr("By"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index)
        if entry is None:
            return None
        col = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if role == Qt.ItemDataRole.ToolTipRole and col != 3:
                return None
            if col == 0:
                return uk_date(entry.at.date()) if entry.date_only else uk_datetime(entry.at)
            if col == 1:
                return entry.reference
            if col == 2:
                return entry.summary
            if col == 3:
                if entry.reason:
                    reason = self.tr("Reason: %1").replace("%1", entry.reason)
                    return f"{entry.text}\n{reason}" if entry.text else reason
                return entry.text
            return entry.by
        if role == CONCERN_ID_ROLE:
            return entry.concern_id
        return None


class AuditTableModel(_EntriesModel[AuditEntry]):
    """The audit trail, newest first, read a page at a time as the view scrolls."""

    PAGE = 200
    COLUMNS = 6
    loaded = Signal(int)
    """How many events match the filter (emitted after each reset)."""

    def __init__(self, vault: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.filter = AuditFilter()
        self.entries: list[AuditEntry] = []
        self.total = 0
        self.error = ""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Details"),
        )

    def set_filter(self, flt: AuditFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.entries, self.total, self.error = [], 0, ""
        try:
            page = audit_events(self.vault, self.filter, offset=0, limit=self.PAGE)
            self.entries, self.total = list(page.entries), page.total
        except KnownError as exc:
            self.error = error_text(exc).message
        finally:
            self.endResetModel()
        self.loaded.emit(self.total)

    def canFetchMore(self, parent: Index = _EMPTY) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.entries) < self.total

    def fetchMore(self, parent: Index = _EMPTY) -> None:  # noqa: N802
        if parent.isValid() or len(self.entries) >= self.total:
            return
        try:
            page = audit_events(self.vault, self.filter, offset=len(self.entries), limit=self.PAGE)
        except KnownError as exc:
            self.error = error_text(exc).message
            self.total = len(self.entries)
            return
        new = page.entries[: max(0, self.total - len(self.entries))]
        if not new:
            self.total = len(self.entries)
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.entries.extend(new)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.entry_at(index)
        if e is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return details_words(e.details)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if col == 0:
            return str(e.seq)
        if col == 1:
            return show_datetime(e.at) if e.at != dt.datetime.min else ""
        if col == 2:
            return e.user
        if col == 3:
            return action_label(e.action)
        if col == 4:
            return record_words(e.entity, e.entity_id)
        return details_words(e.details)
