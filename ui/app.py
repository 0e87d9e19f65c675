"""Starting the desktop app: the QApplication, the crash handler and the controller."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QApplication

from db.errors import VaultError
from db.vault import Vault
from dsl_desktop import APP_ID, APP_NAME, __version__
from ui import errors, i18n
from ui.controller import AppController
from ui.labels import icon
from ui.theme import setup_theme

LOG_FILE = "dsl-desktop.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 3


_running: AppController | None = None


def running_controller() -> AppController | None:
    """The controller of the app started by :func:`run_app` (for tests and tools)."""
    return _running


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class ExceptionHook:
    """Replaces ``sys.excepthook``: logs a content-free report and shows it to the user.

    A ``VaultError`` that escapes is the environment's fault, not a bug: it gets the plain
    message and advice instead. The report holds exception types and code locations only.
    """

    def __init__(self, log_dir: Path | None = None) -> None:
        self.log_dir = log_dir if log_dir is not None else default_log_dir()
        self.logger = logging.getLogger("dsl_desktop.crash")
        self.logger.propagate = False
        self._handler: logging.Handler | None = None
        self._showing = False

    @property
    def log_file(self) -> Path:
        return self.log_dir / LOG_FILE

    def _ensure_handler(self) -> None:
        if self._handler is not None:
            return
        self.log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            self.log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self.logger.addHandler(handler)
        self.logger.setLevel(logging.INFO)
        self._handler = handler

    def record(self, report: str) -> Path | None:
        try:
            self._ensure_handler()
            self.logger.error("unexpected error\n%s", report)
        except OSError:
            return None
        return self.log_file

    def __call__(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value or exc_type(), tb)
            return
        on_ui_thread = QApplication.instance() is not None and (
            QThread.currentThread() == QApplication.instance().thread()  # type: ignore[union-attr]
        )
        if isinstance(exc_value, VaultError):
            self.record(f"VaultError shown to the user: {type(exc_value).__name__}")
            if on_ui_thread and not self._showing:
                self._show(lambda: errors.show_vault_error(None, exc_value))
            return
        report = errors.format_report(exc_type, exc_value, tb)
        log_file = self.record(report)
        if on_ui_thread and not self._showing:
            self._show(lambda: errors.show_unexpected_error(None, report, log_file))

    def _show(self, show: object) -> None:
        self._showing = True
        try:
            show()  # type: ignore[operator]
        finally:
            self._showing = False

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self(args.exc_type, args.exc_value, args.exc_traceback)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self
        threading.excepthook = self.thread_hook

    def uninstall(self) -> None:
        previous = getattr(self, "_previous", None)
        if previous is not None:
            sys.excepthook, threading.excepthook = previous

    def close(self) -> None:
        if self._handler is not None:
            self.logger.removeHandler(self._handler)
            self._handler.close()
            self._handler = None


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app.svg"))
    setup_theme(app)  # follow the system's light, dark or high-contrast scheme
    if i18n.current_language() == i18n.ENGLISH:
        i18n.install(app, i18n.ENGLISH)  # counted texts' English forms, until a choice is made
    return app


def sweep_leftovers(data_dir: Path) -> None:
    """What a crash left in the clear goes before any window shows (``dsl_desktop.sweep``).
    The sentences go to the log; a damaged install journal is shown by the unlock flow."""
    from dsl_desktop.logs import log
    from dsl_desktop.sweep import sweep

    try:
        for message in sweep(data_dir).messages:
            log.info("start-up sweep: %s", message)
    except VaultError as exc:
        log.warning("start-up sweep stopped: %s", exc.message)


def run_app(
    data_dir: Path,
    argv: Sequence[str],
    *,
    log_dir: Path | None = None,
    settings: QSettings | None = None,
) -> int:
    """Show the set-up wizard (no vault in ``data_dir`` yet) or the unlock window, and run.

    ``log_dir`` (crash reports) and ``settings`` (language, window size; never a sign-in
    name) default to the platform's places; tests pass their own.
    """
    app = make_application(argv)
    settings = settings or QSettings()
    i18n.install_chosen(app, settings)
    hook = ExceptionHook(log_dir)
    hook.install()
    sweep_leftovers(Path(data_dir))
    controller = AppController(Vault(Path(data_dir)), settings=settings)
    global _running
    _running = controller
    try:
        controller.start()
        return app.exec()
    finally:
        controller.shutdown()
        _running = None
        hook.uninstall()
        hook.close()
