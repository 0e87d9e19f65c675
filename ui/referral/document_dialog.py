"""What the referral window and the decision record window have in common: the row of
actions on a document (print, save, copy) and the dialog that shows one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

import ui.referral.output as output
from db.errors import KnownError
from ui.dates import show_datetime
from ui.errors import error_text
from ui.i18n import current_language
from ui.referral.preview import PrintFailed
from ui.shared.builders import push_button
from ui.widgets import MessageBanner, caption, heading

if TYPE_CHECKING:
    from ui.pages import PageContext


def text_language() -> str:
    """Plain text for an online form is in one language: the app's."""
    return "cy" if current_language() == "cy" else "en"


def _when(moment: dt.datetime | None) -> str:
    return show_datetime(moment)


class DocumentActions(QWidget):
    """Print… and Save as… for a PDF document, with Ctrl+P and Ctrl+S on the dialog."""

    printed = Signal(int)
    saved = Signal(str)

    def __init__(self, dialog: QDialog, title: str, file_name: str) -> None:
        super().__init__(dialog)
        self.title = title
        self.file_name = file_name
        self.data = b""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.print_button = push_button(self.tr("&Print…"), self.tr("Print the document"))
        self.save_button = push_button(
            self.tr("&Save as…"), self.tr("Save the document as a PDF file")
        )
        layout.addWidget(self.print_button)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), dialog)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog)
        for shortcut, key in ((self.print_shortcut, "Ctrl+P"), (self.save_shortcut, "Ctrl+S")):
            if shortcut.key().isEmpty():
                shortcut.setKey(QKeySequence(key))
        self.print_button.setToolTip(
            self.tr("Print (%1)").replace(
                "%1", self.print_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.save_button.setToolTip(
            self.tr("Save as a PDF file (%1)").replace(
                "%1", self.save_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_now)
        self.print_shortcut.activated.connect(self.print_now)
        self.save_shortcut.activated.connect(self.save_now)
        self.banner: MessageBanner | None = None
        #: The vault's folder: a Save as… there must not replace the vault's own files.
        self.data_dir: Path | None = None
        self.status = QLabel()
        self.status.hide()
        self.set_data(b"")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def clear_status(self) -> None:
        self._say("")

    def set_data(self, data: bytes) -> None:
        self.data = data
        for widget in (self.print_button, self.save_button):
            widget.setEnabled(bool(data))
        for shortcut in (self.print_shortcut, self.save_shortcut):
            shortcut.setEnabled(bool(data))

    def not_saved(self, exc: OSError) -> tuple[str, str]:
        """The message and advice for a file that could not be written."""
        return (
            self.tr("The file could not be saved (%1).").replace(
                "%1", exc.strerror or type(exc).__name__
            ),
            self.tr("Choose another folder and try again."),
        )

    def _problem(self, message: str, advice: str = "") -> None:
        if self.banner is not None:
            self.banner.show_message(message, advice)

    def print_now(self) -> None:
        if not self.data or not self.isVisible():
            return
        try:
            pages = output.print_document(self.window(), self.data, self.title)
        except PrintFailed as exc:
            self._problem(self.tr("The document was not printed."), str(exc))
            return
        if pages is None:
            return
        self._say(self.tr("Sent to the printer (%1 pages).").replace("%1", str(pages)))
        self.printed.emit(pages)

    def save_now(self) -> None:
        if not self.data or not self.isVisible():
            return
        try:
            path = output.save_document(self.window(), self.data, self.file_name, self.data_dir)
        except KnownError as exc:
            self._problem(*error_text(exc))
            return
        except OSError as exc:
            self._problem(*self.not_saved(exc))
            return
        if path is None:
            return
        self._say(self.tr("Saved to %1").replace("%1", str(path)))
        self.saved.emit(str(path))


class _DocumentDialog(QDialog):
    """A heading, a banner for problems, the page stack and a Close button."""

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None) -> None:
        super().__init__(parent if parent is not None else ctx.window)
        self.ctx = ctx
        self.concern_id = concern_id
        self.resize(1120, 780)
        layout = QVBoxLayout(self)
        self.title_label = heading("", 3)
        layout.addWidget(self.title_label)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ctx.window.about_to_lock.connect(self._locking)

    def _locking(self, _reason: str) -> None:
        """The vault is about to close: no record may stay on screen."""
        self.reject()

    def show_error(self, exc: KnownError) -> None:
        self.banner.show_message(*error_text(exc))

    def _side_panel(self, actions: DocumentActions) -> tuple[QWidget, QVBoxLayout]:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(actions)
        actions.status.setWordWrap(True)
        column.addWidget(actions.status)
        column.addWidget(
            caption(
                self.tr(
                    "A saved or printed copy is not protected by the vault's encryption. Keep "
                    "it somewhere secure, share it only with those who need it, and destroy "
                    "copies you no longer need."
                )
            )
        )
        return side, column
