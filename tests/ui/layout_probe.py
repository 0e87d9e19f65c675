"""Finds what a window cuts: labels and buttons narrower than their text, wrapped labels shorter
than their height-for-width, scroll areas that scroll sideways. Used by test_layouts.py."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

SLACK = 2  # pixels of rounding


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def _path(widget: QWidget) -> str:
    names = []
    w: QWidget | None = widget
    while w is not None and len(names) < 5:
        names.append(w.accessibleName() or w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return " < ".join(names)


def _really_visible(widget: QWidget, top: QWidget) -> bool:
    if not widget.isVisibleTo(top) or not widget.isVisible():
        return False
    return widget.width() > 0 and widget.height() > 0


GRIDS = frozenset({"Training matrix"})
"""Tables that are grids of one column per course: with more courses than fit, they scroll
sideways like a spreadsheet (the names stay readable); the page around them does not."""


def problems(top: QWidget) -> list[str]:
    """Every cut text and sideways scroll bar in ``top`` (which should be showing)."""
    settle()
    found: list[str] = []
    for label in top.findChildren(QLabel):
        if (
            not _really_visible(label, top)
            or not label.text().strip()
            or label.pixmap() is not None
            and not label.pixmap().isNull()
        ):
            continue
        if type(label).__name__ in {"QTipLabel"}:
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + SLACK:
                found.append(
                    f"wrapped label cut ({label.height()} < {need}): {label.text()[:60]!r} in {_path(label)}"
                )
        else:
            need = label.minimumSizeHint().width()
            if label.width() + SLACK < need:
                found.append(
                    f"label cut ({label.width()} < {need}): {label.text()[:60]!r} in {_path(label)}"
                )
    for button in top.findChildren(QAbstractButton):
        if not _really_visible(button, top) or not button.text().strip():
            continue
        if not isinstance(button, (QPushButton, QCheckBox, QRadioButton)):
            continue
        need = (
            button.minimumSizeHint().width()
            if not isinstance(button, QPushButton)
            else button.sizeHint().width()
        )
        text_w = button.fontMetrics().horizontalAdvance(
            button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        )
        need = min(
            need, text_w + (button.iconSize().width() + 8 if not button.icon().isNull() else 0) + 12
        )
        if button.width() + SLACK < need:
            found.append(
                f"button cut ({button.width()} < {need}): {button.text()!r} in {_path(button)}"
            )
    for area in top.findChildren(QAbstractScrollArea):
        if not _really_visible(area, top) or area.accessibleName() in GRIDS:
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            found.append(f"scrolls sideways ({bar.maximum()} steps): {_path(area)}")
    return found
