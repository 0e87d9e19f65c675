"""Starting the staff report form on its own: ``main.py report``.

Kept lean so the window shows in well under a second: no vault, no database engine, none of the
DSL's pages are imported. Settings are only read (the language chosen on this computer), never
written.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def run_staff_report(argv: Sequence[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="main.py report", description="Report a safeguarding concern."
    )
    parser.add_argument("--key", type=Path, default=None, help="the school's intake key file")
    parser.add_argument("--language", choices=("en", "cy"), default=None)
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    known, qt_args = parser.parse_known_args(list(argv))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from dsl_desktop import APP_ID, APP_NAME
    from dsl_desktop.intake.locate import FoundKey, find_intake_key
    from ui import i18n
    from ui.labels import icon
    from ui.report.form import StaffReportWindow
    from ui.theme import setup_theme

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(f"{APP_ID}-report")
    app.setWindowIcon(icon("app.svg"))
    setup_theme(app)
    language = known.language or i18n.resolve(i18n.chosen(QSettings()))
    i18n.install(app, language)
    found = find_intake_key([known.key]) if known.key else find_intake_key()
    if known.key and found.key is None and not found.problem:
        found = FoundKey(None, known.key, f"{known.key} does not exist.")
    from ui import terminology

    terminology.set_nation(found.key.nation if found.key is not None else None)
    window = StaffReportWindow(found)
    window.show()
    if known.quit_when_shown:  # for the start-up time test: show, paint once, leave
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return app.exec()
