"""Opens Help and Urgent help for the main window, from its menu, toolbar and keys.

F1 and F12 (or Ctrl+Shift+U) are shortcuts of the main window's actions. A dialog of the
session is a window of its own, where those shortcuts do not reach, so the launcher also
watches key presses in the session's dialogs: F1 there opens the help about that dialog, and
F12 opens Urgent help, even while a modal dialog is showing.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from db.errors import KnownError
from dsl_desktop.domain import Role
from dsl_desktop.services.accounts import ContactEntry, local_contacts
from ui.help.context import topic_for
from ui.help.window import HelpWindow
from ui.pages import PageContext
from ui.urgent_help import UrgentHelpDialog
from ui.widgets import bring_to_front


class HelpHost(Protocol):
    """What the launcher needs of the main window (a QWidget) it serves."""

    stack: QStackedWidget
    context: PageContext | None

    def current_page_key(self) -> str | None: ...

    def open_settings(self) -> None: ...


HELP_KEYS = (QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("F1"))
URGENT_KEYS = (QKeySequence("F12"), QKeySequence("Ctrl+Shift+U"))


def _sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class HelpLauncher(QObject):
    """One per main window; its windows are children of it (or of the modal dialog showing),
    so they go when the session ends."""

    def __init__(self, window: HelpHost) -> None:
        assert isinstance(window, QWidget)
        super().__init__(window)
        self.window = window
        self.help_window: HelpWindow | None = None
        self.urgent_dialog: UrgentHelpDialog | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # ---- where to open ---------------------------------------------------------------------
    def _ours(self, widget: QWidget | None) -> bool:
        """True for the main window and any window that belongs to it."""
        w = widget
        while w is not None:
            if w is self.window:
                return True
            w = w.parentWidget()
        return False

    def _parent(self) -> QWidget:
        """A modal dialog of the session blocks every other window: open above it."""
        modal = QApplication.activeModalWidget()
        return modal if modal is not None and self._ours(modal) else self.window

    # ---- help ----------------------------------------------------------------------------------
    def context_topic(self, widget: QWidget | None = None) -> str:
        focus = widget or QApplication.focusWidget()
        if focus is None or not self._ours(focus):
            focus = self.window.stack.currentWidget()
        return topic_for(focus, self.window.current_page_key())

    def open_help(self, topic: str | None = None) -> HelpWindow:
        """Show the help window at ``topic`` (by default, the topic for the focused screen)."""
        key = topic or self.context_topic()
        parent = self._parent()
        window = self.help_window
        if window is None or window.parentWidget() is not parent:
            if window is not None:
                window.close()
                window.deleteLater()
            window = HelpWindow(parent)
            window.urgent_help_requested.connect(self.open_urgent_help)
            self.help_window = window
        window.show_topic(key)
        bring_to_front(window)
        return window

    # ---- urgent help -----------------------------------------------------------------------------
    def _contacts(self) -> list[ContactEntry]:
        ctx = self.window.context
        if ctx is None or not ctx.active:
            return []
        try:
            return local_contacts(ctx.vault)
        except KnownError:
            return []

    def open_urgent_help(self) -> UrgentHelpDialog:
        parent = self._parent()
        dialog = self.urgent_dialog
        if dialog is not None and dialog.parentWidget() is parent and dialog.isVisible():
            bring_to_front(dialog)
            return dialog
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        ctx = self.window.context
        can_edit = ctx is not None and ctx.role in (Role.DSL, Role.DEPUTY)
        dialog = UrgentHelpDialog(
            self._contacts(),
            can_edit=can_edit,
            open_settings=self.window.open_settings if parent is self.window else None,
            open_help=lambda key: self.open_help(key),
            parent=parent,
        )
        self.urgent_dialog = dialog
        bring_to_front(dialog)
        return dialog

    # ---- keys in the session's dialogs -----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat() or not self._ours(watched):
            return False
        pressed = _sequence(event)
        if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in URGENT_KEYS):
            self.open_urgent_help()
            return True
        if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in HELP_KEYS):
            if isinstance(watched.window(), HelpWindow):
                return True
            self.open_help(self.context_topic(watched))
            return True
        return False


__all__ = ["HELP_KEYS", "URGENT_KEYS", "HelpLauncher"]
