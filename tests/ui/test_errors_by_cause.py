"""A bug inside a service reaches the user as a bug: the unexpected-problem dialog with a report
to copy (and the log), never a vault message; the environment's failures keep their message.

The bug is real SQL naming a column that does not exist, run through the vault's own session
inside the People service; the handling path (vault, classification, excepthook, dialog) is the
app's own.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import text
from test_concern_flow import click, start

from db.vault import OpenVault
from dsl_desktop import logs
from tests.unit.test_error_family import write_lock_held
from ui import app as app_module
from ui import errors
from ui.errors import ErrorReportDialog
from ui.people.page import PeoplePage

FORENAMES = "Gwŷn"
SURNAME = "Zoë-O'Neill"


def _watch_modal(seen: list[QWidget], reports: list[str]) -> QTimer:
    """Note each modal window that opens (the report's text too) and close it."""

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, (ErrorReportDialog, QMessageBox)) and modal not in seen:
            seen.append(modal)
            if isinstance(modal, ErrorReportDialog):
                reports.append(modal.report.toPlainText())
            modal.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    return timer


def _add_person(qtbot: Any, session: Any) -> Any:
    page = session.window.page("people")
    assert isinstance(page, PeoplePage)
    session.window.show_page("people")
    dialog = page.add_person()
    dialog.forenames.setText(FORENAMES)
    dialog.surname.setText(SURNAME)
    click(qtbot, dialog.save_button)
    return dialog


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_service_shows_the_report_not_a_vault_message(
    qtbot: Any, vaults: Any, make_controller: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    session = start(vaults, make_controller)
    real_audit = OpenVault.audit

    def audit_with_a_typo(self: OpenVault, session: Any, action: str, **kw: Any) -> None:
        session.execute(text("SELECT no_such_column FROM person"))
        real_audit(self, session, action, **kw)

    monkeypatch.setattr(OpenVault, "audit", audit_with_a_typo)
    hook = app_module.ExceptionHook(tmp_path / "logs")
    hook.install()
    seen: list[QWidget] = []
    reports: list[str] = []
    timer = _watch_modal(seen, reports)
    try:
        dialog = _add_person(qtbot, session)
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    finally:
        timer.stop()
        hook.uninstall()
        hook.close()
    assert [type(w) for w in seen] == [ErrorReportDialog]  # no message box at all
    report = reports[0]
    assert "Exception: sqlalchemy.exc.OperationalError" in report
    assert "dsl_desktop/services/people.py" in report and "in add_person" in report
    logged = (tmp_path / "logs" / "dsl-desktop.log").read_text(encoding="utf-8")
    assert "unexpected error" in logged and "OperationalError" in logged
    for content in (FORENAMES, SURNAME, "no_such_column", "no such column"):
        assert content not in report and content not in logged
    # The form is still open with what was typed, and says nothing of "the vault".
    assert dialog.isVisible() and dialog.forenames.text() == FORENAMES
    assert "vault reported" not in dialog.banner.message()


@pytest.mark.qt_no_exception_capture
def test_a_locked_vault_still_gets_its_message(
    qtbot: Any, vaults: Any, make_controller: Any, monkeypatch: Any
) -> None:
    session = start(vaults, make_controller)
    with write_lock_held(session.ov, monkeypatch, 50):
        dialog = _add_person(qtbot, session)
    assert dialog.isVisible()
    assert "The vault is in use by another program." in dialog.banner.message()


def _rotating_handlers_on(path: Path) -> int:
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    return sum(
        1
        for lg in loggers
        if isinstance(lg, logging.Logger)
        for h in lg.handlers
        if isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path
    )


def test_the_crash_log_is_set_up_once(qapp: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """main.py sets up the log, then the app's crash hook writes to it: one handler, one file."""
    monkeypatch.setattr(errors, "show_unexpected_error", lambda *args: None)
    folder = tmp_path / "logs"
    path = logs.setup(folder)
    assert logs.setup(folder) == path  # asking again keeps it
    hook = app_module.ExceptionHook(folder)
    try:
        try:
            raise RuntimeError("Gwŷn's record")
        except RuntimeError:
            hook(*sys.exc_info())
        assert _rotating_handlers_on(path.absolute()) == 1
        logs.log.info("a command's own line")
    finally:
        hook.close()
    assert _rotating_handlers_on(path.absolute()) == 1  # the command line's log stays
    logs.shutdown()
    assert _rotating_handlers_on(path.absolute()) == 0
    written = path.read_text(encoding="utf-8")
    assert written.count("unexpected error") == 1 and "a command's own line" in written
    assert "dsl_desktop.crash" in written and "Gwŷn" not in written
