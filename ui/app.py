"""Starting the desktop app: the QApplication, the crash handler and the controller."""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QApplication

from db.errors import KnownError, VaultError
from db.vault import Vault
from dsl_desktop import APP_ID, APP_NAME, __version__, logs
from dsl_desktop.paths import default_log_dir
from ui import errors, i18n
from ui.controller import AppController
from ui.labels import icon
from ui.theme import setup_theme

LOG_FILE = logs.LOG_NAME


_running: AppController | None = None


def running_controller() -> AppController | None:
    """The controller of the app started by :func:`run_app` (for tests and tools)."""
    return _running


class ExceptionHook:
    """Replaces ``sys.excepthook``: logs a content-free report and shows it to the user.

    A ``KnownError`` that escapes (the environment's failure or a refused request) is not a
    bug: it gets the plain message and advice instead. Anything else — a driver error that
    ``db.engine.classify`` left as it was included — is a bug. The report holds exception
    types and code locations only. The log is the one of ``dsl_desktop.logs`` (one handler).
    """

    def __init__(self, log_dir: Path | None = None) -> None:
        self.log_dir = log_dir if log_dir is not None else default_log_dir()
        self.logger = logs.log.getChild("crash")
        self._previous_file: Path | None = None
        self._set_up = False
        self._showing = False

    @property
    def log_file(self) -> Path:
        return self.log_dir / LOG_FILE

    def _ensure_handler(self) -> None:
        if self._set_up:
            return
        self._previous_file = logs.current_file()
        logs.setup(self.log_dir)  # the same folder as the command line's log: kept as it is
        self._set_up = True

    def record(self, report: str, *, bug: bool = True) -> Path | None:
        try:
            self._ensure_handler()
            if bug:
                self.logger.error("unexpected error\n%s", report)
            else:
                self.logger.info("%s", report)
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
        if isinstance(exc_value, KnownError):
            self.record(f"shown as a message: {type(exc_value).__name__}", bug=False)
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
        """Give the log back as it was before this hook first wrote to it."""
        if not self._set_up:
            return
        self._set_up = False
        if self._previous_file is None:
            logs.shutdown()
        elif logs.current_file() != self._previous_file:
            logs.setup(self._previous_file.parent)


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
