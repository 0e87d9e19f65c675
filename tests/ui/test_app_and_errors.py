"""Starting the app, the crash report (no record content in it), and error dialogs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import DatabaseLocked
from ui import app as app_module
from ui import errors
from ui.errors import ErrorReportDialog, format_report
from ui.setup_wizard import SetupWizard
from ui.tasks import is_busy, run_blocking
from ui.unlock_window import UnlockWindow

SECRET = "Pupil Gwŷn Roberts said something worrying"


def _record_work(text: str) -> None:
    raise ValueError(f"could not save: {text}")


def _caller() -> None:
    try:
        _record_work(SECRET)
    except ValueError as exc:
        raise RuntimeError(f"saving failed for {SECRET}") from exc


def _exc_info() -> tuple:
    try:
        _caller()
    except RuntimeError:
        return sys.exc_info()
    raise AssertionError("expected an error")


def test_report_has_types_and_frames_but_no_messages() -> None:
    report = format_report(*_exc_info())
    assert SECRET not in report
    assert "Gwŷn" not in report
    assert "Exception: ValueError" in report
    assert "which led to" in report
    assert "Exception: RuntimeError" in report
    assert "in _record_work" in report and "in _caller" in report
    assert "tests/ui/test_app_and_errors.py:" in report
    assert str(Path.home()) not in report


def test_exception_hook_logs_and_shows_the_report(qapp, tmp_path: Path, monkeypatch) -> None:
    shown: list[tuple[str, Path | None]] = []
    monkeypatch.setattr(
        errors, "show_unexpected_error", lambda parent, report, log: shown.append((report, log))
    )
    hook = app_module.ExceptionHook(tmp_path / "logs")
    try:
        hook(*_exc_info())
    finally:
        hook.close()
    assert len(shown) == 1
    report, log_file = shown[0]
    assert log_file == tmp_path / "logs" / "dsl-desktop.log"
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "_record_work" in logged
    assert SECRET not in logged and SECRET not in report


def test_exception_hook_shows_vault_errors_plainly(qapp, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_vault_error", lambda parent, exc: shown.append(exc.message))
    hook = app_module.ExceptionHook(tmp_path / "logs")
    try:
        try:
            raise DatabaseLocked("The vault is in use by another program.")
        except DatabaseLocked:
            hook(*sys.exc_info())
    finally:
        hook.close()
    assert shown == ["The vault is in use by another program."]


def test_error_report_dialog_copies_the_report(qtbot) -> None:
    dialog = ErrorReportDialog("Exception: ValueError\n  ui/x.py:1 in f", None)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text().startswith("Exception: ValueError")
    assert dialog.report.isReadOnly()


def test_show_vault_error_gives_message_and_advice(qtbot, monkeypatch) -> None:
    seen: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    errors.show_vault_error(None, DatabaseLocked("The vault is in use by another program."))
    assert seen == [("The vault is in use by another program.", DatabaseLocked.advice)]


def test_run_blocking_returns_results_and_reraises_errors(qtbot) -> None:
    assert run_blocking(lambda: 6 * 7) == 42
    with pytest.raises(ValueError):
        run_blocking(lambda: _record_work("x"))
    assert not is_busy()
    assert QApplication.overrideCursor() is None


@pytest.mark.parametrize("with_vault", [False, True])
def test_run_app_shows_set_up_or_unlock(qtbot, tmp_path: Path, vaults, with_vault: bool) -> None:
    if with_vault:
        vaults.create()
    seen: list[type] = []

    def look_and_quit() -> None:
        controller = app_module.running_controller()
        assert controller is not None
        window = controller.unlock_window or controller.wizard
        seen.append(type(window))
        assert window is not None and window.isVisible()
        assert not QApplication.windowIcon().isNull()
        window.hide()
        QApplication.quit()

    QTimer.singleShot(0, look_and_quit)
    previous_hook = sys.excepthook
    settings = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
    code = app_module.run_app(
        vaults.data_dir, ["dsl-desktop"], log_dir=tmp_path / "logs", settings=settings
    )
    assert code == 0
    assert sys.excepthook is previous_hook
    assert seen == [UnlockWindow if with_vault else SetupWizard]
    assert QApplication.applicationName() == "DSL Desktop"
