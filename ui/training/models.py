"""Table models for the staff register and the training matrix."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.services.people import fold
from dsl_desktop.services.training import MatrixRow, StaffEntry, TrainingDashboard
from dsl_desktop.training.names import staff_names
from dsl_desktop.training.seed import course_title_in
from ui.collation import CollatingSortProxy
from ui.i18n import current_language
from ui.shared.models import Index
from ui.training.common import (
    role_types_text,
    short_title,
    status_background,
    status_label,
    status_text,
    uk_date,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STAFF_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3


class StaffTableModel(QAbstractTableModel):
    """Everyone on the register (leavers included; the proxy hides them)."""

    COLUMNS = (
        "surname", "forename", "preferred_name", "job_title", "role_types", "staff_code",
        "email", "start_date", "left_date",
    )  # fmt: skip

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.staff: list[StaffEntry] = []
        self.today = dt.date.today()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Surname"), self.tr("Forename"), self.tr("Known as"), self.tr("Job title"),
            self.tr("Role types"), self.tr("Staff code"), self.tr("Email"),
            self.tr("Started"), self.tr("Left"),
        )  # fmt: skip

    def set_staff(self, staff: list[StaffEntry], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.staff = list(staff)
        self.today = today or dt.date.today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.staff)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.staff):
            return None
        person = self.staff[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if key == "role_types":
                return role_types_text(person.role_types)
            if key in ("start_date", "left_date"):
                return uk_date(getattr(person, key))
            return getattr(person, key)
        if role == SORT_ROLE:
            if key in ("start_date", "left_date"):
                value = getattr(person, key)
                return value.isoformat() if value else ""
            if key == "role_types":
                return role_types_text(person.role_types)
            return str(getattr(person, key))  # compared by QCollator (ui.collation)
        if role == STAFF_ROLE:
            return person.id
        if role == Qt.ItemDataRole.FontRole and person.has_left(self.today):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and person.has_left(self.today):
            return self.tr("Left on %1").replace("%1", uk_date(person.left_date))
        return None

    def person_at(self, row: int) -> StaffEntry | None:
        return self.staff[row] if 0 <= row < len(self.staff) else None


class StaffFilterProxy(CollatingSortProxy):
    """Search by any name, code, email or job title; leavers only when asked for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words = ""
        self.show_leavers = False
        self.setSortRole(SORT_ROLE)
        self._cache: dict[int, str] = {}

    def setSourceModel(self, model: Any) -> None:  # noqa: N802
        super().setSourceModel(model)
        model.modelReset.connect(self._cache.clear)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_leavers(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_leavers = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, StaffTableModel):
            return True
        person = model.person_at(source_row)
        if person is None:
            return False
        if not self.show_leavers and person.has_left(model.today):
            return False
        if not self._words:
            return True
        text = self._cache.get(person.id)
        if text is None:
            text = fold(
                " ".join((person.forename, person.preferred_name, person.middle_name,
                          person.surname, person.email, person.staff_code, person.job_title))
            )  # fmt: skip
            self._cache[person.id] = text
        return all(word in text for word in self._words.split())


class MatrixModel(QAbstractTableModel):
    """Current staff down the side, required courses across; each cell a status."""

    FIXED = 2  # name, role types

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.board: TrainingDashboard | None = None
        self.rows: tuple[MatrixRow, ...] = ()
        self.names: list[str] = []

    def set_board(self, board: TrainingDashboard) -> None:
        self.beginResetModel()
        self.board = board
        self.rows = board.rows
        self.names = staff_names([row.staff for row in board.rows])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.board is None:
            return 0
        return self.FIXED + len(self.board.columns)

    def course_code(self, column: int) -> str | None:
        if self.board is None or column < self.FIXED:
            return None
        i = column - self.FIXED
        return self.board.columns[i].code if i < len(self.board.columns) else None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.board is None:
            return None
        if section == 0:
            title = self.tr("Member of staff")
        elif section == 1:
            title = self.tr("Role types")
        elif self.FIXED <= section < self.columnCount():
            course = self.board.columns[section - self.FIXED]
            title = course_title_in(current_language(), course.code, course.title)
        else:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return short_title(title) if section >= self.FIXED else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        return None

    def status_at(self, row: int, column: int) -> Any:
        code = self.course_code(column)
        if code is None or not 0 <= row < len(self.rows):
            return None
        return self.rows[row].statuses.get(code)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.names[index.row()]
            if role == SORT_ROLE:
                return f"{row.staff.surname}\t{row.staff.forename}\t{row.staff.staff_code}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.staff.job_title or None
            return None
        if column == 1:
            if role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.ToolTipRole,
                SORT_ROLE,
            ):
                return role_types_text(row.staff.role_types)
            return None
        code = self.course_code(column)
        if code is None:
            return None
        item = row.statuses.get(code)
        status = TrainingStatus.NOT_REQUIRED if item is None else item.status
        if role == Qt.ItemDataRole.DisplayRole:
            return status_text(status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return status_label(status)
        if role == STATUS_ROLE:
            return status
        if role == SORT_ROLE:
            order = (
                TrainingStatus.NEVER_DONE, TrainingStatus.OVERDUE, TrainingStatus.DUE_SOON,
                TrainingStatus.COMPLIANT, TrainingStatus.NOT_REQUIRED,
            )  # fmt: skip
            return order.index(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = status_background(status, QApplication.palette())
            return None if colour is None else QBrush(colour)
        if role == Qt.ItemDataRole.ForegroundRole and status is not TrainingStatus.NOT_REQUIRED:
            return QApplication.palette().brush(QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and item is not None and not item.in_date:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(index.row(), column)
        return None

    def describe(self, row: int, column: int) -> str:
        """One sentence about a cell, for the tooltip and the line under the table."""
        if not 0 <= row < len(self.rows) or self.board is None:
            return ""
        person = self.rows[row].staff
        code = self.course_code(column)
        if code is None:
            return ""
        course = self.board.columns[column - self.FIXED]
        title = course_title_in(current_language(), course.code, course.title)
        item = self.rows[row].statuses.get(code)
        name = person.full_name
        if item is None:
            return self.tr("%1 does not need %2.").replace("%1", name).replace("%2", title)
        parts = [
            self.tr("%1 \u2013 %2: %3.")
            .replace("%1", name)
            .replace("%2", title)
            .replace("%3", status_label(item.status))
        ]
        if item.last_completed is not None:
            parts.append(self.tr("Last done %1.").replace("%1", uk_date(item.last_completed)))
        if item.due_date is not None:
            if item.status in (TrainingStatus.OVERDUE, TrainingStatus.NEVER_DONE):
                parts.append(self.tr("Was due by %1.").replace("%1", uk_date(item.due_date)))
            else:
                parts.append(self.tr("Due again by %1.").replace("%1", uk_date(item.due_date)))
        elif item.status is TrainingStatus.COMPLIANT:
            parts.append(self.tr("Needed once only."))
        return " ".join(parts)


class MatrixFilterProxy(CollatingSortProxy):
    """Filter the matrix by role type, by status and by name."""

    ANYONE = "anyone"
    OUT_OF_DATE = "out_of_date"
    DUE_SOON = "due_soon"
    ALL_IN_DATE = "all_in_date"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.role_type: RoleType | None = None
        self.status_filter = self.ANYONE
        self._words = ""
        self.setSortRole(SORT_ROLE)

    def set_role_type(self, role_type: RoleType | None) -> None:
        self.beginFilterChange()
        self.role_type = role_type
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status_filter(self, value: str) -> None:
        self.beginFilterChange()
        self.status_filter = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, MatrixModel) or not 0 <= source_row < len(model.rows):
            return True
        row = model.rows[source_row]
        if self.role_type is not None and self.role_type not in row.staff.role_types:
            return False
        if self._words:
            text = fold(f"{row.staff.forename} {row.staff.preferred_name} {row.staff.surname}")
            if not all(word in text for word in self._words.split()):
                return False
        statuses = {s.status for s in row.statuses.values()}
        if self.status_filter == self.OUT_OF_DATE:
            return bool(statuses & {TrainingStatus.OVERDUE, TrainingStatus.NEVER_DONE})
        if self.status_filter == self.DUE_SOON:
            return TrainingStatus.DUE_SOON in statuses
        if self.status_filter == self.ALL_IN_DATE:
            return not statuses & {TrainingStatus.OVERDUE, TrainingStatus.NEVER_DONE}
        return True
