"""Small pieces shared by the Backups & records screens.

The file choosers and the confirmation question are module functions so that tests can replace
them (a native dialog cannot be driven from a test).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressBar, QWidget

from ui.dates import show_date
from ui.operations import Operation, into_banner
from ui.widgets import remember_folder, start_folder

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Records", text)


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    folder = suggested.parent if suggested.parent != documents_folder() else start_folder()
    path, _selected = QFileDialog.getSaveFileName(
        parent, title, str(folder / suggested.name), file_filter
    )
    remember_folder(path)
    return Path(path) if path else None


def ask_open_path(parent: QWidget, title: str, folder: Path, file_filter: str) -> Path | None:
    start = folder if folder != documents_folder() else start_folder()
    path, _selected = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
    remember_folder(path)
    return Path(path) if path else None


def ask_folder(parent: QWidget, title: str, folder: Path) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, title, str(folder))
    return Path(path) if path else None


def confirm(parent: QWidget, title: str, text: str, informative: str, yes_text: str) -> bool:
    """A question with a named action button and Cancel as the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def uk_date(day: dt.date | None) -> str:
    return show_date(day)


def megabytes(size: int) -> str:
    return _tr("%1 MB").replace("%1", f"{size / (1024 * 1024):.1f}")


def count_summary(counts: Mapping[str, int]) -> str:
    """The counts a DSL recognises, e.g. "12 concerns, 9 people, 3 attachments"."""
    named = (
        ("concern", _tr("concerns")),
        ("person", _tr("people")),
        ("information_item", _tr("pieces of information")),
        ("attachment", _tr("attachments")),
        ("staff", _tr("staff")),
        ("training_record", _tr("training records")),
        ("audit_event", _tr("audit events")),
    )
    always = ("concern", "person")
    return ", ".join(
        f"{counts.get(key, 0):,} {label}"
        for key, label in named
        if key in counts and (counts[key] or key in always)
    )


class BusyIndicator(QWidget):
    """A busy bar and a line saying what is happening, shown while slow work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(220)
        self.bar.setAccessibleName(_tr("Working"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.hide()

    def start(
        self, text: str, work: Callable[[], T], done: Callable[[T], object], banner: Any
    ) -> Operation[T]:
        """Run ``work`` as an operation: this line while it runs, ``done`` with its result.

        A ``KnownError`` goes to ``banner`` (a ``MessageBanner``); a bug to the crash report.
        """
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        self.show()
        return (
            Operation(self, lambda _token: work(), message=text)
            .success(done)
            .failure(into_banner(banner, self))
            .finished(self.hide)
            .run_in_background()
        )
