"""Alphabetical order on screen: ``QCollator`` in every sort proxy.

A plain string comparison puts "Óg", "Łukasz" and "Ŵyn" after "Zak". ``QCollator`` (ICU, or the
platform's collation) sorts them with O, L and W, like :mod:`dsl_desktop.collation` does for the
core's lists and reports. Numbers compare as numbers ("Year 9" before "Year 10").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex


def collator() -> QCollator:
    """A collator for the app's language (Welsh or English, both as used in the UK)."""
    language = QLocale.Language.Welsh if current_language() == "cy" else QLocale.Language.English
    result = QCollator(QLocale(language, QLocale.Country.UnitedKingdom))
    result.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    result.setNumericMode(True)
    return result


class CollatingSortProxy(QSortFilterProxyModel):
    """Sorts text by ``QCollator``; other values (numbers, dates) as Qt does."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._collator = collator()

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a = left.data(self.sortRole())
        b = right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            order = self._collator.compare(a, b)
            if order:
                return order < 0
            return left.row() < right.row()
        return bool(super().lessThan(left, right))
