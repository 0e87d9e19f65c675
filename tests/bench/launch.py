"""Bench child: start the app as ``python main.py --data-dir DIR`` does and report when the
unlock window is first painted.

    python -m tests.bench.launch --data-dir DIR

Runs ``main.main`` with the same arguments, so the start-up path (imports, logging set-up, the
QApplication, the controller, the unlock window) is the real one. The only addition: the unlock
window gets an event filter, and on its first paint this prints one line,
``BENCH-SHOWN <seconds since this interpreter started>``, and quits. The parent times the whole
process from its own clock (spawn to the line arriving), which includes the interpreter's start;
the figure printed here is for comparison. No environment variable is involved.
"""

from __future__ import annotations

import sys
import time


def main(argv: list[str]) -> int:
    # The process's own start, as the kernel saw it, is not available cheaply in Python; the
    # parent's wall clock is the measurement. perf_counter here counts from interpreter start
    # only roughly (it is CLOCK_MONOTONIC; we keep the difference from our first line).
    first_line = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    import main as app_main
    from ui.controller import AppController

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:  # after the paint has been done
            print(f"BENCH-SHOWN {time.perf_counter() - first_line:.4f}", flush=True)
            QApplication.quit()

    watcher = FirstPaint()
    original = AppController.show_unlock

    def show_unlock(self: AppController, prefill: str = "") -> object:
        window = original(self, prefill)
        window.installEventFilter(watcher)
        return window

    AppController.show_unlock = show_unlock  # type: ignore[method-assign]
    return app_main.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
