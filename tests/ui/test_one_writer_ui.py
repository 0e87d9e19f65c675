"""The app and a second process on one vault: the app holds the vault's lock while unlocked
(a command is refused meanwhile), and is told, not broken, when another window has it open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from uitest_data import DSL_NAME, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
IN_USE = "The vault is open in another window or command."


def verify_from_the_command_line(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "verify", "--data-dir", str(data_dir),
         "--passphrase-stdin"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, env=ENV, timeout=300,
    )  # fmt: skip


def test_a_command_is_refused_while_the_app_is_unlocked(qtbot, vaults, make_controller) -> None:
    vault = vaults.create()
    controller = make_controller(vault)
    controller.start()
    window = controller.unlock_window
    window.account_combo.setCurrentText(DSL_NAME)
    window.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.signed_in):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    r = verify_from_the_command_line(vault.data_dir)
    assert r.returncode == 1 and r.stderr.startswith(f"error: {IN_USE}"), r.stderr
    controller.sign_out()
    r = verify_from_the_command_line(vault.data_dir)
    assert r.returncode == 0, r.stderr


def test_the_app_is_told_when_another_window_has_the_vault(qtbot, vaults, make_controller) -> None:
    vault = vaults.create()
    controller = make_controller(vault)
    controller.start()
    holder = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "vault_holder.py"), str(ROOT), str(vault.data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    assert holder.stdin is not None and holder.stdout is not None
    try:
        holder.stdin.write(PASSPHRASE + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "open"
        window = controller.unlock_window
        window.account_combo.setCurrentText(DSL_NAME)
        window.passphrase_edit.setText(PASSPHRASE)
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        assert window.banner.message().startswith(IN_USE)
        assert controller.main_window is None
        assert vault.throttle.failures() == 0  # not counted as a wrong passphrase
        holder.communicate("close\n", timeout=60)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.communicate(timeout=60)
    with qtbot.waitSignal(controller.signed_in):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.main_window is not None
