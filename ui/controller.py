"""The application controller: owns the open vault and decides which window is showing.

States: set-up (no vault yet) -> locked (unlock window) <-> signed in (main window). Locking,
by Ctrl+L or after the auto-lock interval without keyboard or mouse use, tells the pages
(``about_to_lock``) so they can save drafts, closes every dialog, deletes the pages (so no
record stays on screen or in memory), closes the vault (dropping the key) and shows the unlock
window over the main window, which stays where it is, covered, so its taskbar entry never
vanishes. Unlocking fills the same window again; the same user comes back to the page (and the
case) they were on. Signing out deletes the main window.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from db.errors import KnownError
from db.keyslots import DEFAULT_KDF, KdfParams
from db.vault import OpenVault, Vault
from dsl_desktop.services.accounts import auto_lock_minutes, school_details
from dsl_desktop.services.setup import seed_catalogues
from ui import operations, terminology
from ui.errors import show_vault_error
from ui.main_window import MainWindow, translate_page_title
from ui.page_list import default_pages
from ui.pages import PageContext, PageSpec
from ui.setup_wizard import SetupWizard
from ui.unlock_window import SignInNames, UnlockWindow
from ui.widgets import bring_to_front

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class _ActivityFilter(QObject):
    """Application-wide: any keyboard or mouse use restarts the idle timer."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class AppController(QObject):
    """Signals (all with the reason "lock", "auto_lock" or "sign_out" where one is given):

    * ``about_to_lock(reason)`` — the vault is still open; save drafts now. The main window
      relays it as ``MainWindow.about_to_lock``, which is what pages should connect to.
    * ``locked(reason)`` — the vault is closed and the unlock window is showing.
    * ``signed_in(SignedIn)`` — a session started and the main window is showing.
    """

    about_to_lock = Signal(str)
    locked = Signal(str)
    signed_in = Signal(object)

    DISPOSE_POLL_MS = 100

    def __init__(
        self,
        vault: Vault,
        *,
        settings: QSettings,
        kdf: KdfParams = DEFAULT_KDF,
        pages: list[PageSpec] | None = None,
        seed: Callable[[Session], None] | None = seed_catalogues,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.vault = vault
        self.settings = settings
        self.kdf = kdf
        self.seed = seed
        self.pages: list[PageSpec] = list(pages) if pages is not None else default_pages()
        self.names = SignInNames(settings, vault.data_dir)
        self.quit_app: Callable[[], None] = quit_app or QApplication.quit
        self.open_vault: OpenVault | None = None
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.wizard: SetupWizard | None = None
        self.locked_window: MainWindow | None = None
        """The main window kept, covered, while the vault is locked."""
        self._resume: tuple[str, str] | None = None  # (account, page key)
        self._idle_override_ms: int | None = None
        self.loss_box: QMessageBox | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.idle_timer.timeout.connect(self._idle)
        self._activity = _ActivityFilter(self.idle_timer)
        self._filter_installed = False
        self._to_dispose: list[QWidget] = []
        self._dispose_timer = QTimer(self)
        self._dispose_timer.setInterval(self.DISPOSE_POLL_MS)
        self._dispose_timer.timeout.connect(self._dispose_pending)

    # ---- pages ---------------------------------------------------------------------------------
    def register_page(self, spec: PageSpec) -> None:
        """Add a page to every future session (takes effect at the next sign-in)."""
        self.pages = [p for p in self.pages if p.key != spec.key] + [spec]

    # ---- starting ------------------------------------------------------------------------------
    def start(self) -> None:
        if self.vault.exists():
            self.show_unlock()
        else:
            self.show_setup_wizard()

    def show_setup_wizard(self) -> SetupWizard:
        wizard = SetupWizard(self.vault, kdf=self.kdf, seed=self.seed)
        wizard.vault_created.connect(self._created)
        wizard.rejected.connect(self._wizard_rejected)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _created(self, open_vault: OpenVault) -> None:
        if open_vault.user is not None:
            self.names.add(open_vault.user.sign_in_name)
        self.enter(open_vault)

    def _wizard_rejected(self) -> None:
        if self.wizard is not None and self.wizard.open_vault is None:
            self.wizard.deleteLater()
            self.wizard = None
            self.quit_app()

    def show_unlock(self, prefill: str = "") -> UnlockWindow:
        if self.unlock_window is not None:
            self.unlock_window.dismiss()
            self._dispose(self.unlock_window)
        window = UnlockWindow(self.vault, self.names, kdf=self.kdf, prefill=prefill)
        window.unlocked.connect(self.enter)
        window.closed_by_user.connect(self._unlock_closed)
        self.unlock_window = window
        bring_to_front(window)
        return window

    def _unlock_closed(self) -> None:
        if self.open_vault is None:
            self.quit_app()

    # ---- a session -------------------------------------------------------------------------------
    def enter(self, open_vault: OpenVault) -> MainWindow:
        """Start a session with a freshly unlocked vault: build and show the main window."""
        if self.open_vault is not None and self.open_vault is not open_vault:
            self._end_session("sign_out")
        user = open_vault.user
        if user is None:
            open_vault.close("sign_out")
            raise KnownError(self.tr("Nobody is signed in."))
        self.open_vault = open_vault
        try:
            details = school_details(open_vault)
            school = details.name
            terminology.set_nation(details.nation)  # before any window of the session is built
        except KnownError:
            school = ""
        kept, self.locked_window = self.locked_window, None
        if kept is not None:
            window = kept
            window.set_user(user)
            window.set_school_name(school)
        else:
            window = MainWindow(user, school)
            window.lock_requested.connect(self.lock)
            window.sign_out_requested.connect(self.sign_out)
            window.quit_requested.connect(self.quit)
            window.settings_changed.connect(self._settings_changed)
        context = PageContext(vault=open_vault, user=user, controller=self, window=window)
        window.context = context
        self.main_window = window
        for spec in sorted(self.pages, key=lambda p: p.order):
            if not spec.visible_to(user.role):
                continue
            if spec.lazy:
                window.add_lazy_page(
                    spec.key,
                    translate_page_title(spec.title),
                    lambda spec=spec: spec.factory(context),  # type: ignore[misc]
                    spec.icon,
                )
                continue
            try:
                widget = spec.factory(context)
            except KnownError as exc:
                show_vault_error(None, exc)
                continue
            except Exception:
                sys.excepthook(*sys.exc_info())
                continue
            window.add_page(spec.key, translate_page_title(spec.title), widget, spec.icon)
        resume, self._resume = self._resume, None
        if resume is not None and resume[0] == user.account:
            window.show_page(resume[1])
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None and kept is None:
            window.restoreGeometry(geometry)
        bring_to_front(window)
        if self.unlock_window is not None:
            self.unlock_window.dismiss()
            self._dispose(self.unlock_window)
            self.unlock_window = None
        if self.wizard is not None:
            self._dispose(self.wizard)
            self.wizard = None
        self._start_idle()
        self.signed_in.emit(user)
        if open_vault.loss:
            self._warn_loss(window, open_vault.loss)
        return window

    def _warn_loss(self, window: QWidget, problems: list[str]) -> None:
        """The audit trail did not reach its records when the vault was opened: say so."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Records may have been lost"),
            self.tr(
                "The vault does not reach the last change recorded beside it. Changes may have "
                "been lost (for example after a crash, or because the folder was put back to an "
                "older copy)."
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setInformativeText(
            self.tr(
                "Restore the latest backup (Backups and records page), then check the newest "
                "records. If there is no newer backup, carry on and tell the DSL; this is kept "
                "in the audit trail and the vault check will report it."
            )
        )
        box.setDetailedText("\n".join(problems))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.loss_box = box

    def lock(self, reason: str = "lock") -> None:
        """Close the vault and show the unlock window; the same user comes back to this page."""
        open_vault = self.open_vault
        if open_vault is None:
            return
        user = open_vault.user
        page = self.main_window.current_page_key() if self.main_window else None
        self._announce_lock(reason)
        self._resume = (user.account, page) if user is not None and page else None
        self._end_session(reason, keep_window=True)
        self.locked.emit(reason)
        self.show_unlock(prefill=user.sign_in_name if user else "")

    def sign_out(self) -> None:
        if self.open_vault is None:
            return
        self._announce_lock("sign_out")
        self._resume = None
        self._end_session("sign_out")
        self.locked.emit("sign_out")
        self.show_unlock(prefill=self.names.names()[0] if self.names.names() else "")

    def quit(self) -> None:
        self.shutdown()
        self.quit_app()

    def shutdown(self) -> None:
        """End any session (pages save drafts first) without quitting the application."""
        if self.open_vault is not None:
            self._announce_lock("sign_out")
            self._end_session("sign_out")
        self._drop_locked_window()

    def _drop_locked_window(self) -> None:
        window, self.locked_window = self.locked_window, None
        if window is not None:
            window.dismiss()
            self._dispose(window)

    def _announce_lock(self, reason: str) -> None:
        operations.wait_for_all()  # running work finishes while the vault is still open
        self.about_to_lock.emit(reason)
        if self.main_window is not None:
            self.main_window.about_to_lock.emit(reason)

    def _end_session(self, reason: str, *, keep_window: bool = False) -> None:
        self._stop_idle()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        window = self.main_window
        self.main_window = None
        if window is not None:
            self.settings.setValue("main_window/geometry", window.saveGeometry())
            window.context = None
            if keep_window:
                window.clear_session()
                self.locked_window = window
            else:
                window.dismiss()
                self._dispose(window)
        open_vault = self.open_vault
        self.open_vault = None
        if open_vault is not None:
            open_vault.close(reason)

    def _settings_changed(self) -> None:
        if self.open_vault is None or self.main_window is None:
            return
        with contextlib.suppress(KnownError):
            details = school_details(self.open_vault)
            self.main_window.set_school_name(details.name)
            if terminology.current_nation() is not details.nation:
                terminology.set_nation(details.nation)
                if self.main_window.user is not None:
                    self.main_window.set_user(self.main_window.user)
        self._start_idle()

    # ---- auto-lock -----------------------------------------------------------------------------
    def set_idle_timeout_ms(self, ms: int | None) -> None:
        """Override the auto-lock interval (tests, demonstrations); None goes back to Settings."""
        self._idle_override_ms = ms
        if self.open_vault is not None:
            self._start_idle()

    def idle_timeout_ms(self) -> int:
        if self._idle_override_ms is not None:
            return self._idle_override_ms
        if self.open_vault is None:
            return 0
        try:
            return auto_lock_minutes(self.open_vault) * 60_000
        except KnownError:
            return 5 * 60_000

    def _start_idle(self) -> None:
        self.idle_timer.start(self.idle_timeout_ms())
        if not self._filter_installed:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self._activity)
                self._filter_installed = True

    def _stop_idle(self) -> None:
        self.idle_timer.stop()
        if self._filter_installed:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self._activity)
            self._filter_installed = False

    def _idle(self) -> None:
        if self.open_vault is None:
            return
        if operations.is_busy():  # never lock under running work: try again later
            self.idle_timer.start()
            return
        self.lock("auto_lock")

    # ---- disposing of windows safely -------------------------------------------------------------
    def _dispose(self, widget: QWidget) -> None:
        """Delete a window once no modal dialog's event loop is running above the main one.

        Locking can happen while a dialog opened with ``exec()`` is still on the stack; deleting
        its parent then would pull the widget out from under that code.
        """
        self._to_dispose.append(widget)
        self._dispose_pending()

    def _dispose_pending(self) -> None:
        if QThread.currentThread().loopLevel() > 1:
            if not self._dispose_timer.isActive():
                self._dispose_timer.start()
            return
        self._dispose_timer.stop()
        pending, self._to_dispose = self._to_dispose, []
        for widget in pending:
            widget.deleteLater()
