"""Layouts that reflow: rows that wrap, columns that stack when narrow, table columns sized
to their content."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QGuiApplication,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QHeaderView,
    QLayout,
    QLayoutItem,
    QStyle,
    QTableView,
    QWidget,
)


# ---- layouts that reflow -----------------------------------------------------------------------
class FlowLayout(QLayout):
    """Lays widgets out in a row and wraps them onto further rows when the width runs out
    (Qt's flow-layout example, typed). Button rows use it so a narrow window never has to scroll
    sideways to reach a button."""

    def __init__(
        self, parent: QWidget | None = None, *, align_right: bool = False, spacing: int = -1
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align_right = align_right
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 (QBoxLayout's name)
        """Rows wrap instead of stretching; kept so a box layout can be swapped for this one."""

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = sum(i.sizeHint().width() for i in self._items) + self._gap() * max(
            0, len(self._items) - 1
        )
        height = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return gap if gap >= 0 else 6

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap()
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().boundedTo(item.maximumSize()).expandedTo(item.minimumSize())
            hint.setWidth(min(hint.width(), area.width()))
            needed = hint.width() if not rows[-1] else used + gap + hint.width()
            if rows[-1] and needed > area.width():
                rows.append([])
                needed = hint.width()
            rows[-1].append((item, hint))
            used = needed
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(h.height() for _i, h in row)
            width = sum(h.width() for _i, h in row) + gap * (len(row) - 1)
            x = area.x() + (area.width() - width if self._align_right else 0)
            for item, hint in row:
                if apply:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + gap
            y += height + gap
        return y - gap - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()


class Columns(QWidget):
    """Two widgets side by side, or the second under the first when the space is narrower than
    ``stack_below`` pixels (measured at the system's text size: ``stack_below`` is in units of
    the average character width when ``in_chars`` is true)."""

    def __init__(
        self,
        main: QWidget,
        side: QWidget,
        *,
        stack_below: int = 100,
        in_chars: bool = True,
        stretch: tuple[int, int] = (3, 2),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.main, self.side = main, side
        self._threshold = stack_below * (self.fontMetrics().averageCharWidth() if in_chars else 1)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(main, stretch[0])
        self._box.addWidget(side, stretch[1])
        self._box.setAlignment(side, Qt.AlignmentFlag.AlignTop)
        self._box.setAlignment(main, Qt.AlignmentFlag.AlignTop)

    def stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Side by side or stacked, the narrowest it can go is the wider of the two columns.
        hint = super().minimumSizeHint()
        widest = max(self.main.minimumSizeHint().width(), self.side.minimumSizeHint().width())
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        wanted = (
            QBoxLayout.Direction.TopToBottom
            if event.size().width() < self._threshold
            else QBoxLayout.Direction.LeftToRight
        )
        if wanted != self._box.direction():
            self._box.setDirection(wanted)
            for widget in (self.main, self.side):
                self._box.setAlignment(
                    widget, Qt.AlignmentFlag(0) if self.stacked() else Qt.AlignmentFlag.AlignTop
                )
        super().resizeEvent(event)


SAMPLE_ROWS = 50
"""Rows measured beyond those on screen when a table's columns are fitted to their content."""


class ColumnFitter(QObject):
    """Sizes a table's columns to their content and shares out the table's width: each column
    gets what its header and its widest visible cell need; room left over goes to every column in
    proportion, and when there is too little, the widest columns give way first (never below
    their heading). Once the user drags a column, the widths they chose are kept in
    ``settings`` under ``key`` and restored next time."""

    def __init__(
        self,
        table: QTableView,
        settings: QSettings | None = None,
        key: str = "",
        *,
        give_way: tuple[tuple[int, ...], ...] = (),
        natural: Callable[[int], int] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.natural = natural  # a column's width for its content, when not the cells' hint
        # Tiers of columns that shrink before the others: the first tier gives way first.
        self.give_way = give_way
        self.settings = settings
        self.key = key
        self._fitting = False
        self._user_widths = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Measure the rows on screen and a sample beyond: quick with 50,000 rows.
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.fit)
        if settings is not None and key:
            state = settings.value(f"columns/{key}")
            if isinstance(state, QByteArray) and header.restoreState(state):
                self._user_widths = True
                header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(self.fit_soon)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and shiboken6.isValid(self.table):
            self.fit_soon()
        return False

    def _resized(self, _index: int, _old: int, _new: int) -> None:
        if self._fitting or not QGuiApplication.mouseButtons():
            return
        self._user_widths = True
        if self.settings is not None and self.key:
            self.settings.setValue(f"columns/{self.key}", self.table.horizontalHeader().saveState())

    def fit_soon(self) -> None:
        """Fit once control is back in the event loop (several changes make one fit)."""
        if not self._user_widths:
            self._soon.start()

    def forget(self) -> None:
        """Back to widths fitted to the content (and forget the saved ones)."""
        self._user_widths = False
        if self.settings is not None and self.key:
            self.settings.remove(f"columns/{self.key}")
        self.fit()

    def content_widths(self) -> list[int]:
        table, header = self.table, self.table.horizontalHeader()
        widths = []
        for column in range(header.count()):
            if header.isSectionHidden(column):
                widths.append(0)
                continue
            cells = self.natural(column) if self.natural else table.sizeHintForColumn(column)
            widths.append(max(cells, header.sectionSizeFromContents(column).width()))
        return widths

    def fit(self) -> None:
        if self._user_widths or self._fitting or not shiboken6.isValid(self.table):
            return
        header = self.table.horizontalHeader()
        if header.count() == 0:
            return
        available = self.table.viewport().width()
        if available <= 0:
            return
        widths = self.content_widths()
        floors = [
            0 if header.isSectionHidden(c) else header.sectionSizeFromContents(c).width()
            for c in range(header.count())
        ]
        # The first tier may go below its heading's width, down to a few characters.
        few = self.table.fontMetrics().averageCharWidth() * 12
        for column in self.give_way[0] if self.give_way else ():
            floors[column] = min(floors[column], few)
        total = sum(widths)
        if total <= available:
            extra = available - total
            shown = [c for c in range(len(widths)) if widths[c]]
            for n, column in enumerate(shown):
                share = extra * widths[column] // total if total else 0
                widths[column] += share if n < len(shown) - 1 else 0
            widths[shown[-1]] += available - sum(widths) if shown else 0
        else:
            # Take the excess from the widest columns, levelling them down: first those that
            # give way, then any.
            excess = total - available
            group: set[int] = set()
            for tier in (*self.give_way, tuple(range(len(widths)))):
                group |= set(tier)
                excess = self._level(widths, floors, group, excess)
        self._apply(widths)

    @staticmethod
    def _level(widths: list[int], floors: list[int], group: set[int], excess: int) -> int:
        while excess > 0:
            room = {c: widths[c] - floors[c] for c in group if widths[c] - floors[c] > 0}
            if not room:
                break
            widest = max(room, key=lambda c: widths[c])
            others = [widths[c] for c in room if c != widest]
            target = max(floors[widest], max(others, default=floors[widest]))
            cut = min(excess, widths[widest] - target) or min(excess, room[widest], 4)
            widths[widest] -= cut
            excess -= cut
        return excess

    def _apply(self, widths: list[int]) -> None:
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                if width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
