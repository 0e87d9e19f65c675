"""Long work as operations: on a worker thread, with a progress window and a way out.

An :class:`Operation` is one piece of slow work (a backup, a restore, an export...)::

    Operation(self, lambda token: records.backup(vault, path, cancel=token),
              message=self.tr("Backing up…"), cancellable=True)
        .success(self._backed_up)
        .failure(self._backup_failed)        # optional: KnownErrors are shown by default
        .run_in_background()

* The work runs on a plain Python thread. It is handed a :class:`~db.cancel.CancelToken`: it
  checks it between its steps (and reports how far it has got through it). The work calls
  services, and each service call opens its own vault session inside the worker, so no session
  is ever shared between threads. The work must not touch any Qt object.
* One operation runs at a time. Operations started while one runs wait their turn in a queue,
  so one never starts inside another.
* A progress window (a message, a bar, Cancel where the work allows it) appears only when the
  work takes longer than :data:`SHOW_AFTER_MS`, window-modal over the window that started it.
* The result, the error or the cancelling is delivered on the UI thread through the callbacks.
  Without a failure callback a ``KnownError`` is shown with ``ui.errors.show_vault_error`` and
  anything else is a bug, handed to ``sys.excepthook`` (the crash report and log).
* :func:`is_busy` is the busy guard: the auto-lock, the automatic backup timer and the draft
  timers wait (and try again later) while it is true; :func:`unless_busy` wraps a timer's slot.
* :meth:`Operation.wait` and :func:`wait_for_all` block until the work is done while painting
  and timers go on (user input waits): for the moment the session ends, when the vault must
  stay open until the work has finished.

Garbage collection is paused while any operation runs (as ``ui.tasks.run_blocking`` does), for
the reason given there: Python's cyclic collector runs in whichever thread allocates, and on the
worker it could destroy Qt objects that belong to the UI thread. For the same reason the work
function is kept alive by its :class:`Operation` until the UI thread has taken the result, and no
QObject is created or destroyed on the worker: it only posts to a queue and wakes the UI thread.

``ui.tasks.run_blocking`` stays for key derivation at unlock and set-up (about 150 ms, when the
next screen depends on the result and there is nothing to cancel).
"""

from __future__ import annotations

import gc
import queue
import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QMetaObject, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.cancel import Cancelled, CancelToken
from db.errors import KnownError
from ui import tasks
from ui.errors import error_text, show_vault_error

T = TypeVar("T")

SHOW_AFTER_MS = 400  # shorter work shows no window at all


class ProgressWindow(QDialog):
    """What the user sees while an operation runs: what is happening, and Cancel if it can."""

    def __init__(self, message: str, token: CancelToken | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._token = token
        self.setWindowTitle(self.tr("Please wait"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAccessibleName(self.tr("Work in progress"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the work says how far it has got
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setAccessibleDescription(message)
        layout.addWidget(self.bar)
        self.step = QLabel()
        self.step.setVisible(False)
        layout.addWidget(self.step)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel this work"))
        self.cancel_button.setVisible(token is not None)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, 2 * total)
        self.bar.setValue(2 * done - 1)  # half-way into step ``done``: it has started, not ended
        self.step.setText(
            self.tr("Step %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )
        self.step.setVisible(True)

    def cancel(self) -> None:
        if self._token is None or self._token.cancelled:
            return
        self._token.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.message.setText(self.tr("Stopping safely; nothing half-made is kept…"))

    def reject(self) -> None:  # Escape: the same as Cancel, never a silent close
        self.cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.cancel()
        event.ignore()  # the window goes when the work has stopped


class Operation(Generic[T]):
    """One piece of slow work; build it, add callbacks, then :meth:`run_in_background`."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[CancelToken], T],
        *,
        message: str,
        cancellable: bool = False,
        quiet: bool = False,
    ) -> None:
        self.parent = parent
        self.message = message
        self.cancellable = cancellable
        self.quiet = quiet  # no progress window (work the user did not ask for)
        self.token = CancelToken(on_progress=self._progressed)
        self.window: ProgressWindow | None = None
        self.done = False
        self.value: T | None = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self._work: Callable[[CancelToken], T] | None = work
        self._on_success: list[Callable[[T], Any]] = []
        self._on_failure: Callable[[BaseException], Any] | None = None
        self._on_cancelled: list[Callable[[], Any]] = []
        self._on_finished: list[Callable[[], Any]] = []
        self._show_timer: QTimer | None = None
        self._last_progress: tuple[int, int] | None = None

    # ---- building -------------------------------------------------------------------------
    def success(self, callback: Callable[[T], Any]) -> Operation[T]:
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Operation[T]:
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[], Any]) -> Operation[T]:
        self._on_cancelled.append(callback)
        return self

    def finished(self, callback: Callable[[], Any]) -> Operation[T]:
        """Called last, whatever the outcome (to hide a busy line, say)."""
        self._on_finished.append(callback)
        return self

    # ---- running --------------------------------------------------------------------------
    def run_in_background(self) -> Operation[T]:
        if not self.quiet:
            self._reveal()
        _runner().enqueue(self)
        return self

    def wait(self) -> Operation[T]:
        """Block (painting and timers go on, input waits) until this operation is over."""
        if not self.done:
            _runner().kick()
            _wait_until(lambda: self.done)
        return self

    def _reveal(self) -> None:
        """Show the progress window if the work is still going after the delay."""
        if self._show_timer is not None or self.window is not None or self.done:
            return
        self._show_timer = QTimer()
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_window)
        self._show_timer.start(SHOW_AFTER_MS)

    def cancel(self) -> None:
        self.token.cancel()

    def _progressed(self, done: int, total: int) -> None:  # on the worker
        _runner().bridge.post(("progress", self, (done, total)))

    def _show_window(self) -> None:
        if self.done or self.window is not None:
            return
        self.window = ProgressWindow(
            self.message, self.token if self.cancellable else None, self.parent
        )
        if self._last_progress is not None:
            self.window.show_progress(*self._last_progress)
        self.window.show()

    def _show_progress(self, done: int, total: int) -> None:
        self._last_progress = (done, total)
        if self.window is not None:
            self.window.show_progress(done, total)

    def _deliver(self, value: Any, error: BaseException | None) -> None:
        self.done = True
        self._work = None
        if self._show_timer is not None:
            self._show_timer.stop()
            self._show_timer = None
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        try:
            if isinstance(error, Cancelled):
                self.was_cancelled = True
                for cancelled in self._on_cancelled:
                    cancelled()
            elif error is not None:
                self.error = error
                if self._on_failure is not None:
                    self._on_failure(error)
                else:
                    default_failure(self.parent, error)
            else:
                self.value = value
                for callback in self._on_success:
                    callback(value)
        finally:
            for finished in self._on_finished:
                finished()


def default_failure(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """The one error handler: the environment's problems get advice, bugs get a report."""
    if isinstance(error, KnownError):
        show_vault_error(parent.window() if parent is not None else None, error, title)
    else:
        sys.excepthook(type(error), error, error.__traceback__)


def into_banner(banner: Any, parent: QWidget) -> Callable[[BaseException], None]:
    """A failure callback that puts a ``KnownError`` in a page's message banner.

    ``banner`` is a ``ui.widgets.MessageBanner`` (``show_message(text, advice)``); bugs still go
    to :func:`default_failure`.
    """

    def failed(error: BaseException) -> None:
        if isinstance(error, KnownError):
            banner.show_message(*error_text(error))
        else:
            default_failure(parent, error)

    return failed


class _Bridge(QObject):
    """Lives on the UI thread; the worker posts news here and Qt wakes the UI thread for it.

    The news goes through a thread-safe queue and a queued ``invokeMethod`` rather than a
    Python ``Signal.emit``: in PySide6 6.12 every ``emit()`` from Python drops one reference
    to ``True`` too many, which ends in "bool_dealloc" and an abort once enough have been made.
    """

    def __init__(self, deliver: Callable[[tuple[str, Any, Any]], None]) -> None:
        super().__init__()
        self._news: queue.SimpleQueue[tuple[str, Any, Any]] = queue.SimpleQueue()
        self._deliver = deliver

    def post(self, news: tuple[str, Any, Any]) -> None:  # on any thread
        self._news.put(news)
        QMetaObject.invokeMethod(self, "drain", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def drain(self) -> None:  # on the UI thread
        while True:
            try:
                news = self._news.get_nowait()
            except queue.Empty:
                return
            self._deliver(news)


def _work_on_worker(
    op: Operation[Any], work: Callable[[CancelToken], Any], bridge: _Bridge
) -> None:
    value: Any = None
    error: BaseException | None = None
    try:
        value = work(op.token)
    except BaseException as exc:  # delivered on the UI thread
        error = exc
    bridge.post(("finished", op, (value, error)))  # the UI thread takes it from here


class _Runner:
    def __init__(self) -> None:
        self.bridge = _Bridge(self._news)
        self.queue: deque[Operation[Any]] = deque()
        self.current: Operation[Any] | None = None
        self._thread: threading.Thread | None = None
        self._gc_was_enabled = False
        self.revealing = False  # wait_for_all is waiting: every operation shows its window

    @property
    def busy(self) -> bool:
        return self.current is not None or bool(self.queue)

    def enqueue(self, op: Operation[Any]) -> None:
        if not self.busy:
            self._gc_was_enabled = gc.isenabled()
            gc.disable()
        self.queue.append(op)
        if self.current is None:
            self._start_next()

    def _start_next(self) -> None:
        while self.queue:
            op = self.queue.popleft()
            if op.token.cancelled:  # cancelled while it waited: it never starts
                op._deliver(None, Cancelled("The work was cancelled."))
                continue
            self.current = op
            if self.revealing:
                op._reveal()
            assert op._work is not None
            self._thread = threading.Thread(
                target=_work_on_worker,
                args=(op, op._work, self.bridge),
                name="dsl-desktop-operation",
            )
            self._thread.daemon = True
            self._thread.start()
            return
        if self._gc_was_enabled:
            gc.enable()

    def kick(self) -> None:
        """Start the next operation if none runs (a callback may be waiting inside delivery)."""
        if self.current is None and self.queue:
            self._start_next()

    def _news(self, news: tuple[str, Any, Any]) -> None:
        kind, op, detail = news
        if kind == "progress":
            op._show_progress(*detail)
        else:
            self._finished(op, *detail)

    def _finished(self, op: Operation[Any], value: Any, error: BaseException | None) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self.current = None
        try:
            op._deliver(value, error)
        finally:
            if self.current is None:
                self._start_next()


_the_runner: _Runner | None = None


def _runner() -> _Runner:
    global _the_runner
    if _the_runner is None:
        _the_runner = _Runner()
    return _the_runner


def is_busy() -> bool:
    """True while an operation runs or waits, or ``run_blocking`` waits for key derivation."""
    return (_the_runner is not None and _the_runner.busy) or tasks.is_busy()


def unless_busy(timer: QTimer, slot: Callable[[], Any]) -> Callable[[], None]:
    """A timer's slot that, while an operation runs, starts the timer again instead."""

    def guarded() -> None:
        if is_busy():
            timer.start()
        else:
            slot()

    return guarded


def _wait_until(ready: Callable[[], bool]) -> None:
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if ready() else None)
    poll.start()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        while not ready():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        QApplication.restoreOverrideCursor()
        poll.stop()


def wait_for_all() -> None:
    """Block until every running or waiting operation is over (before the vault closes)."""
    runner = _the_runner
    if runner is None or not runner.busy:
        return
    runner.kick()
    runner.revealing = True  # quiet work too: the user now waits for it, so say what it is
    if runner.current is not None:
        runner.current._reveal()
    try:
        _wait_until(lambda: not runner.busy)
    finally:
        runner.revealing = False
