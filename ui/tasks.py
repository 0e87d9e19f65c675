"""Slow work (Argon2 key derivation, opening the store) off the UI thread.

``run_blocking`` runs one function on a worker thread and waits for it in a local event loop
that keeps painting and timers going but ignores keyboard and mouse input, with a busy cursor.
The caller's code stays straight-line, and an error is raised again in the caller.

This is for short waits whose result the next screen needs (Argon2 key derivation at unlock and
set-up, about 150 ms). Anything that can take seconds — backups, restores, exports, imports, PDFs,
checks — is an operation (``ui.operations``): a worker thread, a progress window, Cancel, and the
window left responsive.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QMetaObject, Qt
from PySide6.QtWidgets import QApplication

T = TypeVar("T")

_busy = 0


def is_busy() -> bool:
    """True while ``run_blocking`` is waiting for work (auto-lock must not close the vault then)."""
    return _busy > 0


def _wait_for(work: Callable[[], T], outcome: dict[str, Any]) -> None:
    loop = QEventLoop()

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed back to the UI thread by run_blocking
            outcome["error"] = exc
        finally:
            # Queued: runs on the UI thread once the loop below is running.
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    worker = threading.Thread(target=target, name="dsl-desktop-work", daemon=True)
    worker.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    worker.join()


def run_blocking(work: Callable[[], T]) -> T:
    global _busy
    outcome: dict[str, Any] = {}
    # Python's cyclic garbage collector runs in whichever thread happens to allocate. On the
    # worker it could destroy Qt objects owned by the UI thread (a crash), and inside a QObject
    # destructor it can deadlock on Qt's connection locks. The work takes well under a second,
    # so collection waits until it is over and the event loop has been destroyed.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    _busy += 1
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        _wait_for(work, outcome)
    finally:
        QApplication.restoreOverrideCursor()
        _busy -= 1
        if gc_was_enabled:
            gc.enable()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]
