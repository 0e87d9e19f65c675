"""The training matrix: every current member of staff against every required course, and a
small chart of how each role type is doing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.services import training
from dsl_desktop.services.training import TrainingDashboard
from dsl_desktop.training.compliance import ComplianceTotals
from ui.errors import error_text
from ui.pages import PageContext
from ui.shared.builders import banner_column
from ui.shared.layouts import ColumnFitter
from ui.training.common import role_type_label, status_label
from ui.training.models import MatrixFilterProxy, MatrixModel
from ui.widgets import caption


class ComplianceChart(QWidget):
    """One bar per role type: the share of required courses that are in date."""

    BAR_HEIGHT = 15
    GAP = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, ComplianceTotals]] = []
        self.setAccessibleName(self.tr("Training in date, by role type"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_board(self, board: TrainingDashboard) -> None:
        self.rows = [
            (role_type_label(rt), totals)
            for rt in RoleType
            if (totals := board.by_role_type.get(rt)) is not None and totals.people
        ]
        self.rows.append((self.tr("Whole school"), board.school))
        self.setAccessibleDescription(
            "; ".join(f"{name}: {self.value_text(t)}" for name, t in self.rows)
        )
        self.updateGeometry()
        self.update()

    def value_text(self, totals: ComplianceTotals) -> str:
        percent = totals.percent_in_date
        if percent is None:
            return self.tr("nothing required")
        return (
            self.tr("%1% in date (%2 of %3)")
            .replace("%1", f"{percent:.0f}")
            .replace("%2", str(totals.in_date))
            .replace("%3", str(totals.total))
        )

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(1, len(self.rows))
        return QSize(420, rows * (self.BAR_HEIGHT + self.GAP) + self.GAP)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        label_width = max([metrics.horizontalAdvance(n) for n, _ in self.rows] + [0]) + 12
        value_width = (
            max([metrics.horizontalAdvance(self.value_text(t)) for _, t in self.rows] + [0]) + 12
        )
        track_width = max(40, self.width() - label_width - value_width - 8)
        y = self.GAP
        for name, totals in self.rows:
            text_rect = QRectF(0, y, label_width - 8, self.BAR_HEIGHT)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), name
            )
            track = QRectF(label_width, y + 2, track_width, self.BAR_HEIGHT - 4)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRect(track)
            share = (totals.percent_in_date or 0.0) / 100.0
            if share > 0:
                fill = QRectF(track.x(), track.y(), track.width() * share, track.height())
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRect(fill)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            value_rect = QRectF(label_width + track_width + 8, y, value_width, self.BAR_HEIGHT)
            painter.drawText(
                value_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.value_text(totals),
            )
            y += self.BAR_HEIGHT + self.GAP
        painter.end()


class MatrixTab(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: TrainingDashboard | None = None
        layout, self.banner = banner_column(self)
        top = QHBoxLayout()
        self.chart = ComplianceChart()
        self.chart.setMaximumWidth(640)
        top.addWidget(self.chart, 3)
        side = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Training summary"))
        side.addWidget(self.summary)
        side.addWidget(
            caption(
                self.tr(
                    "\u2713 In date · ! Due soon · \u2717 Overdue or never done · \u2013 not "
                    "needed for the person's role types. Select a cell to see its dates."
                )
            )
        )
        side.addStretch(1)
        top.addLayout(side, 2)
        layout.addLayout(top)

        bar = QHBoxLayout()
        role_label = QLabel(self.tr("&Role type:"))
        self.role_filter = QComboBox()
        self.role_filter.setAccessibleName(self.tr("Show staff with this role type"))
        self.role_filter.addItem(self.tr("All role types"), None)
        for rt in RoleType:
            self.role_filter.addItem(role_type_label(rt), rt.value)
        role_label.setBuddy(self.role_filter)
        status_label = QLabel(self.tr("S&tatus:"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show staff by training status"))
        for text, value in (
            (self.tr("Everyone"), MatrixFilterProxy.ANYONE),
            (self.tr("Anyone out of date"), MatrixFilterProxy.OUT_OF_DATE),
            (self.tr("Anyone due soon"), MatrixFilterProxy.DUE_SOON),
            (self.tr("Fully in date"), MatrixFilterProxy.ALL_IN_DATE),
        ):
            self.status_filter.addItem(text, value)
        status_label.setBuddy(self.status_filter)
        find_label = QLabel(self.tr("&Find:"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a member of staff in the matrix"))
        self.search.setClearButtonEnabled(True)
        find_label.setBuddy(self.search)
        for widget in (role_label, self.role_filter, status_label, self.status_filter,
                       find_label):  # fmt: skip
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)

        self.model = MatrixModel(self)
        self.proxy = MatrixFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Training matrix"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Names and job titles give way before a course column is cut.
        self.columns = ColumnFitter(self.table, give_way=((1,), (0,)), natural=self._natural)
        layout.addWidget(self.table, 1)
        self.cell_note = caption("")
        self.cell_note.setAccessibleName(self.tr("About the selected cell"))
        layout.addWidget(self.cell_note)

        self.role_filter.currentIndexChanged.connect(self._role_changed)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.search.textChanged.connect(self._search)
        self.table.selectionModel().currentChanged.connect(self._current_changed)

    def refresh(self, as_of: dt.date | None = None) -> None:
        if not self.ctx.active:
            return
        try:
            board = training.dashboard(self.ctx.vault, as_of=as_of)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.banner.clear()
        self.set_board(board)

    def set_board(self, board: TrainingDashboard) -> None:
        self.board = board
        self.model.set_board(board)
        self.chart.set_board(board)
        school = board.school
        percent = school.percent_in_date
        self.summary.setText(
            self.tr(
                "%1 of %2 current staff are fully in date; %3% of required courses are in date. "
                "%4 courses are overdue or never done, %5 due within %6 days."
            )
            .replace("%1", str(school.people_in_date))
            .replace("%2", str(school.people))
            .replace("%3", "–" if percent is None else f"{percent:.0f}")
            .replace("%4", str(school.out_of_date))
            .replace("%5", str(school.due_soon))
            .replace("%6", str(board.due_soon_days))
        )
        self.columns.fit()

    def _natural(self, column: int) -> int:
        """A course column fits the boldest status; the others fit their cells."""
        if column < MatrixModel.FIXED:
            return self.table.sizeHintForColumn(column)
        cell_font = self.table.font()
        cell_font.setBold(True)
        metrics = QFontMetrics(cell_font)
        return metrics.horizontalAdvance("\u2717 " + status_label(TrainingStatus.NEVER_DONE)) + 28

    def _role_changed(self) -> None:
        value = self.role_filter.currentData()
        self.proxy.set_role_type(RoleType(value) if value else None)

    def _status_changed(self) -> None:
        self.proxy.set_status_filter(str(self.status_filter.currentData()))

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.cell_note.clear()
            return
        source = self.proxy.mapToSource(current)
        self.cell_note.setText(self.model.describe(source.row(), source.column()))
