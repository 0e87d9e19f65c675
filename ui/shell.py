"""The narrow interface a page uses to talk to the window and session around it.

Pages never import the controller or the main window: what they may ask for is written here.
:class:`PageShell` is the main window as a page sees it (:class:`ui.main_window.MainWindow`
is one); :class:`SessionHost` is the session (:class:`ui.controller.AppController` is one).
:class:`ui.pages.PageContext` hands both to every page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QWidget

from db.keyslots import KdfParams


class PageShell(QMainWindow):
    """The main window as a page sees it: navigate, about to lock, help, Home buttons. Pages
    also use it as the parent of their dialogs."""

    # The session is about to end ("lock", "auto_lock" or "sign_out"); the vault is still
    # open, so pages save drafts here.
    about_to_lock = Signal(str)
    # The settings dialog saved something (school name, contacts...).
    settings_changed = Signal()
    # A quick action was added (the Home page redraws them).
    quick_actions_changed = Signal()
    # Lock and Settings, and the Home page's buttons (see add_quick_action).
    lock_action: QAction
    settings_action: QAction
    quick_actions: list[QAction]

    def page_keys(self) -> list[str]:
        """The keys of the pages shown in the navigation, in order."""
        raise NotImplementedError

    def show_page(self, key: str) -> bool:
        """Make the page ``key`` the current one; False when there is no such page."""
        raise NotImplementedError

    def page(self, key: str) -> QWidget | None:
        """The page ``key`` (built now if it is lazy), or None."""
        raise NotImplementedError

    def open_help(self, topic: str | None = None) -> QWidget:
        """The Help window, at ``topic`` or the topic for the screen in use."""
        raise NotImplementedError

    def add_quick_action(
        self, text: str, callback: Callable[[], object], icon: QIcon | str | None = None
    ) -> QAction:
        """Offer ``callback`` as a button on the Home page."""
        raise NotImplementedError


class SessionHost(Protocol):
    """The session as a page sees it: the app's settings, key derivation, lock and sign-out."""

    @property
    def settings(self) -> QSettings: ...

    @property
    def kdf(self) -> KdfParams: ...

    @property
    def unlock_window(self) -> QWidget | None: ...

    def lock(self, reason: str = "lock") -> None: ...

    def sign_out(self) -> None: ...


__all__ = ["PageShell", "SessionHost"]
