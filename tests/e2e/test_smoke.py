"""``main.py --smoke-test`` from source: the same checks the built bundle runs after ``make package``."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings
from pathlib import Path
from types import SimpleNamespace

import pytest

from dsl_desktop import smoke

ROOT = Path(__file__).resolve().parents[2]

CHECKS = (
    "build", "resources", "fonts", "icons", "catalogues", "translations", "migrations",
    "sqlcipher", "vault created", "vault unlocked", "concern", "referral pdf", "keychain", "qt",
)  # fmt: skip


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST"))}
    # Keep the app's log and Qt's settings out of the real home folder.
    home = tmp_path / "home"
    env.update(
        PYTHONPATH=str(ROOT),
        HOME=str(home),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


@pytest.mark.slow
def test_smoke_test_from_source_passes_and_reports(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke-test"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        cwd=tmp_path,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    reported = [ln.split(":", 2)[1].strip() for ln in lines if ln.startswith("smoke: ")]
    assert reported[: len(CHECKS)] == list(CHECKS), lines
    assert lines[-1].startswith("smoke test passed (")
    text = proc.stdout
    assert f"smoke: fonts: {ROOT / 'resources' / 'fonts'} (DejaVuSans.ttf" in text
    assert f"smoke: migrations: {ROOT / 'db' / 'migrations'} (head " in text
    assert "SQLCipher 4." in text
    assert "smoke: keychain: backend " in text and "importable: fail" in text
    assert "smoke: qt: UnlockWindow shown on offscreen" in text
    assert "'iconengines': ['qsvgicon']" in text
    assert "Traceback" not in proc.stderr
    # the smoke test leaves nothing behind and never touched a vault of the user's
    assert not (tmp_path / "home" / "data" / "DSL Desktop").exists()


def test_smoke_flag_is_handled_before_qt_is_imported() -> None:
    source = (ROOT / "main.py").read_text("utf-8")
    run_app = source[source.index("def _run_app") : source.index("def _smoke_gui")]
    assert run_app.index("run_smoke_test") < run_app.index("from ui.app import")


class _Mode:
    def __init__(self, name: str) -> None:
        self.name = name


def test_qt_messages_keeps_warnings_and_drops_the_listed_offscreen_ones() -> None:
    messages = smoke.QtMessages()
    context = SimpleNamespace(category="qt.qpa")
    messages(_Mode("QtDebugMsg"), context, "noise")
    messages(_Mode("QtInfoMsg"), context, "noise")
    messages(_Mode("QtWarningMsg"), context, smoke.HARMLESS_QT_MESSAGES[0][0])
    messages(_Mode("QtWarningMsg"), context, "QPixmap: Must construct a QGuiApplication first")
    messages(_Mode("QtCriticalMsg"), None, "bad")
    assert messages.problems == [
        "QtWarningMsg [qt.qpa] QPixmap: Must construct a QGuiApplication first",
        "QtCriticalMsg bad",
    ]
    assert len(messages.ignored) == 1
    assert all(why for _message, why in smoke.HARMLESS_QT_MESSAGES)


def test_a_qt_warning_fails_the_smoke_test() -> None:
    def gui(data_dir: Path, messages: smoke.QtMessages) -> str:
        assert (data_dir / "vault.db").exists()  # the vault made by the earlier checks
        messages(_Mode("QtWarningMsg"), None, "QSvgRenderer: cannot read app.svg")
        return "drew nothing"

    out = io.StringIO()
    assert smoke.run_smoke_test(gui=gui, out=out) == 1
    last = out.getvalue().splitlines()[-1]
    warned = "Qt warned: QtWarningMsg QSvgRenderer: cannot read app.svg"
    assert last == f"smoke test FAILED: qt: SmokeFailure: {warned}"


def test_a_python_warning_fails_the_smoke_test() -> None:
    def gui(data_dir: Path, messages: smoke.QtMessages) -> str:
        warnings.warn("something is deprecated", DeprecationWarning, stacklevel=1)
        return "unreachable"

    out = io.StringIO()
    assert smoke.run_smoke_test(gui=gui, out=out) == 1
    assert out.getvalue().splitlines()[-1] == (
        "smoke test FAILED: qt: DeprecationWarning: something is deprecated"
    )
    assert "smoke test passed" not in out.getvalue()
