"""Bench child: unlock a vault in the real app (offscreen) and time until the log shows rows.

    python -m tests.bench.session DATA_DIR SETTINGS_INI SIGN_IN [PAGE,PAGE...]
    (the passphrase on stdin)

Starts the application as ``run_app`` does (QApplication, AppController, the unlock window),
types the sign-in name and passphrase into the unlock window, then times from pressing Unlock
(key derivation, opening the store, building the main window and every page) to the first
paint of the Concerns log's table holding rows. The log is made the current page as soon as the
main window exists, as for a user who goes straight to it. Prints one JSON line on stdout:
``{"unlock_to_log_s": ..., "rows": ..., "maxrss_kib": ...}`` (ru_maxrss of this process,
measured once the log has been shown and painted).

With a list of page keys (e.g. ``home,log``) only those pages are built: what unlocking would
cost if the other pages were built when first shown. That is an experiment for the report, not
how the app runs.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    data_dir, settings_file, sign_in = Path(argv[0]), argv[1], argv[2]
    passphrase = sys.stdin.readline().rstrip("\r\n")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from db.vault import Vault
    from ui.app import make_application
    from ui.controller import AppController
    from ui.page_list import default_pages

    pages = default_pages()
    if len(argv) > 3:
        keep = set(argv[3].split(","))
        pages = [p for p in pages if p.key in keep]
    app = make_application([sys.argv[0]])
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    controller = AppController(Vault(data_dir), settings=settings, pages=pages, quit_app=app.quit)
    result: dict[str, Any] = {}
    started = [0.0]

    class Painted(QObject):
        """On the log table's viewport: the first paint with rows in the model ends the run."""

        def __init__(self, page: Any) -> None:
            super().__init__()
            self.page = page

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "unlock_to_log_s" not in result:
                rows = self.page.model.rowCount()
                if rows > 0:
                    # after the paint itself has been done
                    QTimer.singleShot(0, lambda: finish(rows))
                    result["unlock_to_log_s"] = -1.0
            return False

    def finish(rows: int) -> None:
        result["unlock_to_log_s"] = time.perf_counter() - started[0]
        result["rows"] = rows
        result["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        app.quit()

    watchers: list[QObject] = []

    def signed_in(_user: object) -> None:
        window = controller.main_window
        assert window is not None
        window.show_page("log")
        page = window.page("log")
        assert page is not None, "no Concerns log page for this user"
        watcher = Painted(page)
        watchers.append(watcher)
        page.table.viewport().installEventFilter(watcher)

    controller.signed_in.connect(signed_in)

    def press_unlock() -> None:
        window = controller.unlock_window
        assert window is not None and window.isVisible()
        window.account_combo.setCurrentText(sign_in)
        window.passphrase_edit.setText(passphrase)
        started[0] = time.perf_counter()
        window.unlock()

    def give_up() -> None:
        result["error"] = "timed out"
        app.quit()

    controller.start()
    QTimer.singleShot(0, press_unlock)
    QTimer.singleShot(120_000, give_up)
    app.exec()
    controller.shutdown()
    app.processEvents()
    print(json.dumps(result), flush=True)
    del QApplication
    return 0 if "error" not in result and result.get("unlock_to_log_s", -1) > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
