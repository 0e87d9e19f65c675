"""Answering by choosing: one of a few options as buttons, and a list of boxes to tick."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import wrapping_check


# ---- choices ------------------------------------------------------------------------------
class Choice(QWidget):
    """A set of radio buttons for one answer (yes / no / not clear...); nothing chosen at first.

    Tab reaches the group, the arrow keys move between the answers and Space chooses one.
    """

    changed = Signal()

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        vertical: bool = False,
    ) -> None:
        super().__init__(parent)
        layout: QVBoxLayout | QHBoxLayout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.rows: dict[str, QHBoxLayout] = {}
        self.setAccessibleName(accessible_name)
        for code, text in options:
            button = QRadioButton(text)
            button.setAccessibleName(f"{accessible_name}: {text.replace('&', '')}")
            self.group.addButton(button)
            self.buttons[code] = button
            if vertical:
                row = QHBoxLayout()
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                layout.addLayout(row)
                self.rows[code] = row
            else:
                layout.addWidget(button)
        if not vertical:
            layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> str | None:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return None

    def set_value(self, code: str | None) -> None:
        if code in self.buttons:
            self.buttons[code].setChecked(True)
            return
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.changed.emit()

    def first_button(self) -> QRadioButton:
        return next(iter(self.buttons.values()))

    def add_help(self, code: str, text: str) -> QLabel:
        """A short explanation beside one answer (the button describes itself with it too)."""
        label = QLabel("\u2014 " + text)
        label.setWordWrap(True)  # reflows with large system text instead of widening the form
        label.setToolTip(text)
        font = QFont(label.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        label.setFont(font)
        row = self.rows.get(code)
        if row is not None:
            row.addWidget(label, 1, Qt.AlignmentFlag.AlignVCenter)
        self.buttons[code].setAccessibleDescription(text)
        return label


LONG_CHECK = 60
"""Tick boxes with longer text than this wrap it (information items quoted in full)."""


class CheckList(QWidget):
    """Check boxes grouped under headings; the value is the list of ticked codes, in order."""

    changed = Signal()

    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, *, columns: int = 1
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.columns = max(1, columns)
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.holders: list[QWidget] = []
        self._arranged = 0

    def set_items(self, groups: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> None:
        """``groups``: (heading, [(code, label)...]); a blank heading adds the boxes ungrouped."""
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.boxes = {}
        self.holders = []
        self._arranged = 0
        for title, items in groups:
            holder: QWidget
            if title:
                holder = QGroupBox(title)
                holder.setAccessibleName(title)
            else:
                holder = QWidget()
            column = QVBoxLayout(holder)
            if not title:
                column.setContentsMargins(0, 0, 0, 0)
            for code, label in items:
                if len(label) > LONG_CHECK:
                    box, row = wrapping_check(label)
                    column.addWidget(row)
                else:
                    box = QCheckBox(label)
                    box.setAccessibleName(label)
                    column.addWidget(box)
                box.toggled.connect(self.changed)
                self.boxes[code] = box
            column.addStretch(1)
            self.holders.append(holder)
        self._arrange(self.columns if self.width() >= self._needed() else 1)

    def _needed(self) -> int:
        """The width the groups need side by side (``columns`` of them)."""
        if self.columns == 1 or not self.holders:
            return 0
        widths = [0] * self.columns
        for n, holder in enumerate(self.holders):
            column = n % self.columns
            widths[column] = max(widths[column], holder.sizeHint().width())
        return sum(widths) + self.layout_.horizontalSpacing() * (self.columns - 1)

    def _arrange(self, columns: int) -> None:
        """Put the groups in ``columns`` columns (one when the room is too narrow for more)."""
        if columns == self._arranged:
            return
        self._arranged = columns
        for holder in self.holders:
            self.layout_.removeWidget(holder)
        for n, holder in enumerate(self.holders):
            self.layout_.addWidget(holder, n // columns, n % columns)
        self.updateGeometry()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        wanted = self.columns if event.size().width() >= self._needed() else 1
        if wanted != self._arranged:
            QTimer.singleShot(0, self, lambda: self._arrange(wanted))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        narrowest = max((h.minimumSizeHint().width() for h in self.holders), default=0)
        return QSize(narrowest, hint.height())

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)
