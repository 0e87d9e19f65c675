"""The narrow interface a page uses to talk to the window and session around it.

Pages never import the controller or the main window: what they may ask for is written here.
:class:`ui.main_window.MainWindow` is the :class:`PageShell` and
:class:`ui.controller.AppController` the :class:`SessionHost` that :class:`ui.pages.PageContext`
hands to every page; tests may hand in anything with the same members.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QWidget

from db.keyslots import KdfParams


class PageShell(Protocol):
    """The main window as a page sees it: navigate, about to lock, help, Home buttons."""

    # Emitted with the reason ("lock", "auto_lock", "sign_out") while the vault is still open.
    about_to_lock: SignalInstance
    settings_changed: SignalInstance
    quick_actions_changed: SignalInstance
    lock_action: QAction

    def show_page(self, key: str) -> bool: ...

    def page(self, key: str) -> QWidget | None: ...

    def open_help(self, topic: str | None = None) -> QWidget: ...

    def add_quick_action(
        self, text: str, callback: Callable[[], object], icon: QIcon | str | None = None
    ) -> QAction: ...

    def addAction(self, action: QAction) -> None: ...  # QWidget's own


class SessionHost(Protocol):
    """The session as a page sees it: the app's settings, key derivation, locking."""

    settings: QSettings
    kdf: KdfParams

    def lock(self, reason: str = "lock") -> None: ...


__all__ = ["PageShell", "SessionHost"]
