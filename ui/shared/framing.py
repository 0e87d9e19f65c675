"""The frames pages and dialogs are built in, and the one way a vault refusal reaches a banner.

* :func:`dialog_frame`: a dialog's title (also its accessible name), its least width, and its
  column with the message banner at the top.
  (The column itself and titled sections are :mod:`ui.shared.builders`' ``banner_column`` and
  ``section``.)
* :func:`pick_table`: a read-only table to choose one row from.
* :func:`result_or_banner` and :func:`done_or_banner`: call the vault; a ``KnownError`` goes into
  the banner (with its advice) instead of out of the slot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QTableWidget,
    QVBoxLayout,
)

from db.errors import KnownError
from ui.errors import error_text
from ui.shared.builders import banner_column
from ui.widgets import MessageBanner

T = TypeVar("T")


def dialog_frame(
    dialog: QDialog, title: str, *, min_width: int = 0
) -> tuple[QVBoxLayout, MessageBanner]:
    if min_width:
        dialog.setMinimumWidth(min_width)
    return banner_column(dialog, title)


def pick_table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table of ``headers`` (``name`` for screen readers): one whole row is chosen
    at a time, and rows have no numbers."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


def result_or_banner(banner: MessageBanner, work: Callable[[], T]) -> T | None:
    """``work()``'s result; or, when the vault refuses, None with the reason in ``banner``."""
    try:
        return work()
    except KnownError as exc:
        banner.show_message(*error_text(exc))
        return None


def done_or_banner(banner: MessageBanner, work: Callable[[], object], done: str = "") -> bool:
    """Run ``work``; True (and ``done`` shown as a note, if given) or False with the reason."""
    try:
        work()
    except KnownError as exc:
        banner.show_message(*error_text(exc))
        return False
    if done:
        banner.show_message(done, error=False)
    return True
