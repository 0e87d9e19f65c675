"""Unlocking: right and wrong passphrases, the growing delay, damaged files, recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from uitest_data import DEPUTY_NAME, DSL_DISPLAY, DSL_NAME, PASSPHRASE, SCHOOL

from db.errors import DatabaseDamaged, DatabaseLocked, DatabaseTooNew, WrongPassphrase
from db.vault import Vault
from ui.main_window import MainWindow
from ui.unlock_window import UnlockWindow


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_in(qtbot, window: UnlockWindow, name: str, passphrase: str) -> None:
    window.account_combo.setCurrentText(name)
    window.passphrase_edit.clear()
    qtbot.keyClicks(window.passphrase_edit, passphrase)


def test_no_vault_means_set_up_and_a_vault_means_unlock(vaults, make_controller) -> None:
    controller = make_controller(vaults.create())
    controller.start()
    assert controller.wizard is None
    window = controller.unlock_window
    assert isinstance(window, UnlockWindow) and window.isVisible()
    assert window.passphrase_edit.echoMode() == window.passphrase_edit.EchoMode.Password


def test_unlock_with_the_right_passphrase_opens_the_main_window(
    qtbot, vaults, make_controller
) -> None:
    controller = make_controller(vaults.create())
    controller.start()
    window = controller.unlock_window
    assert window is not None
    qtbot.keyClicks(window.account_combo.lineEdit(), DSL_NAME)
    qtbot.keyClicks(window.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(controller.signed_in):
        qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
    main = controller.main_window
    assert isinstance(main, MainWindow) and main.isVisible()
    assert not window.isVisible()
    assert SCHOOL in main.windowTitle()
    assert DSL_DISPLAY in main.user_label.text()
    assert "Designated Safeguarding Lead" in main.user_label.text()
    assert main.current_page_key() == "home"
    assert controller.open_vault is not None and controller.open_vault.user is not None
    # The name is remembered on this computer for next time.
    assert controller.names.names() == [DSL_NAME]
    controller.lock()
    assert controller.unlock_window is not None
    assert controller.unlock_window.account_combo.currentText() == DSL_NAME


def test_wrong_passphrase_is_explained_and_the_field_cleared(
    qtbot, vaults, make_controller
) -> None:
    controller = make_controller(vaults.create())
    controller.start()
    window = controller.unlock_window
    assert window is not None
    type_in(qtbot, window, DSL_NAME, "not the passphrase at all")
    click(qtbot, window.unlock_button)
    assert controller.main_window is None
    assert "not right" in window.banner.message()
    assert "recovery code" in window.banner.message()  # the advice
    assert window.passphrase_edit.text() == ""
    assert QApplication.focusWidget() is window.passphrase_edit
    assert window.unlock_button.isEnabled()  # the first wrong attempts cost nothing


def test_missing_name_or_passphrase_is_asked_for(qtbot, vaults, make_controller) -> None:
    controller = make_controller(vaults.create())
    controller.start()
    window = controller.unlock_window
    assert window is not None
    click(qtbot, window.unlock_button)
    assert "sign-in name" in window.banner.message()
    window.account_combo.setCurrentText(DSL_NAME)
    click(qtbot, window.unlock_button)
    assert "passphrase" in window.banner.message()


def test_the_delay_grows_counts_down_and_survives_a_restart(
    qtbot, vaults, make_controller, clock, monkeypatch
) -> None:
    monkeypatch.setattr(UnlockWindow, "TICK_MS", 10)
    vault = vaults.create()
    controller = make_controller(vault)
    controller.start()
    window = controller.unlock_window
    assert window is not None

    for _ in range(3):
        type_in(qtbot, window, DSL_NAME, "wrong guess number x")
        click(qtbot, window.unlock_button)
    # Third wrong attempt: a 2-second wait, shown as a countdown with Unlock disabled.
    assert not window.unlock_button.isEnabled()
    assert "2 seconds" in window.banner.message()
    assert "not right" in window.banner.message()
    clock.advance(1)
    qtbot.waitUntil(lambda: "1 second." in window.banner.message())
    assert not window.unlock_button.isEnabled()
    # Pressing Return while waiting does nothing.
    qtbot.keyClicks(window.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
    assert controller.main_window is None
    clock.advance(1)
    qtbot.waitUntil(window.unlock_button.isEnabled)
    assert "try again now" in window.banner.message()

    # Fourth wrong attempt: the wait doubles.
    type_in(qtbot, window, DSL_NAME, "wrong guess number y")
    click(qtbot, window.unlock_button)
    assert "4 seconds" in window.banner.message()

    # "Restart": a new Vault object and a new window on the same folder keep the wait.
    controller.shutdown()
    window.dismiss()
    restarted = make_controller(Vault(vault.data_dir, clock=clock))
    restarted.start()
    again = restarted.unlock_window
    assert again is not None
    assert not again.unlock_button.isEnabled()
    assert "4 seconds" in again.banner.message()
    clock.advance(4)
    qtbot.waitUntil(again.unlock_button.isEnabled)
    type_in(qtbot, again, DSL_NAME, PASSPHRASE)
    click(qtbot, again.unlock_button)
    assert restarted.main_window is not None
    assert vault.throttle.failures() == 0


def test_a_damaged_key_file_is_explained_with_advice(
    qtbot, vaults, make_controller, data_dir: Path
) -> None:
    vault = vaults.create()
    keys = data_dir / "vault.keys"
    keys.write_bytes(keys.read_bytes().replace(b'"version"', b'"versiom"'))
    controller = make_controller(vault)
    controller.start()
    window = controller.unlock_window
    assert window is not None
    assert "key file" in window.banner.message()
    assert "Restore it from a backup" in window.banner.message()
    type_in(qtbot, window, DSL_NAME, PASSPHRASE)
    click(qtbot, window.unlock_button)
    assert controller.main_window is None
    assert "backup" in window.banner.message()


def test_a_missing_database_is_explained(qtbot, vaults, make_controller, data_dir: Path) -> None:
    vault = vaults.create()
    (data_dir / "vault.db").unlink()
    controller = make_controller(vault)
    controller.start()
    window = controller.unlock_window
    assert window is not None
    assert "database" in window.banner.message()
    assert "restore from a backup" in window.banner.message()


def test_recovery_code_then_a_new_passphrase_signs_in(
    qtbot, vaults, make_controller, data_dir: Path
) -> None:
    vault = vaults.create(deputy=True)
    controller = make_controller(vault)
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.account_combo.setCurrentText(DEPUTY_NAME)
    click(qtbot, window.recovery_button)
    dialog = window.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.next_button.isEnabled()

    qtbot.keyClicks(dialog.code_edit, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    click(qtbot, dialog.next_button)
    assert "not right" in dialog.banner.message()
    assert dialog.stack.currentIndex() == 0

    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, vaults.recovery_code.lower().replace("-", " "))
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == 1
    combo = dialog.account_combo
    assert sorted(combo.itemText(i) for i in range(combo.count())) == [DSL_NAME, DEPUTY_NAME]
    assert combo.currentText() == DEPUTY_NAME
    qtbot.keyClicks(dialog.passphrase.new_edit, "weak")
    assert not dialog.next_button.isEnabled()
    dialog.passphrase.new_edit.clear()
    qtbot.keyClicks(dialog.passphrase.new_edit, "granite willow saffron 3")
    qtbot.keyClicks(dialog.passphrase.confirm_edit, "granite willow saffron 3")
    click(qtbot, dialog.next_button)
    # Step 3: the used code has been replaced; the new one is shown once.
    assert dialog.stack.currentIndex() == 2
    new_code = dialog.new_code
    assert new_code and new_code != vaults.recovery_code
    assert new_code in dialog.code_panel.code_label.text()
    assert not dialog.next_button.isEnabled()
    dialog.code_panel.kept.setChecked(True)
    assert dialog.next_button.isEnabled()
    with qtbot.waitSignal(controller.signed_in):
        click(qtbot, dialog.next_button)
    assert controller.main_window is not None
    assert controller.open_vault is not None
    assert controller.open_vault.user is not None
    assert controller.open_vault.user.sign_in_name == DEPUTY_NAME

    controller.shutdown()
    Vault(data_dir).unlock(DEPUTY_NAME, "granite willow saffron 3").close()
    with pytest.raises(WrongPassphrase):
        Vault(data_dir).unlock_with_recovery(vaults.recovery_code)
    Vault(data_dir).unlock_with_recovery(new_code).close()


def test_cancelling_recovery_leaves_the_vault_locked(qtbot, vaults, make_controller) -> None:
    controller = make_controller(vaults.create())
    controller.start()
    window = controller.unlock_window
    assert window is not None
    click(qtbot, window.recovery_button)
    dialog = window.recovery_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.code_edit, vaults.recovery_code)
    click(qtbot, dialog.next_button)
    assert dialog.open_vault is not None
    opened = dialog.open_vault
    dialog.reject()
    assert opened.closed
    assert controller.open_vault is None


@pytest.mark.parametrize("backend", ["no_keyring"])
def test_without_a_keychain_remember_is_disabled_with_the_reason(
    qtbot, vaults, make_controller, backend, request
) -> None:
    controller = make_controller(vaults.create(request.getfixturevalue(backend)))
    controller.start()
    window = controller.unlock_window
    assert window is not None
    reason = window.vault.keychain_status().reason
    assert reason
    assert not window.remember_check.isEnabled()
    assert not window.remember_check.isChecked()
    assert window.remember_check.toolTip() == reason
    assert window.keychain_note.isVisible()
    assert window.keychain_note.text() == reason
    assert not window.device_button.isVisible()


@pytest.mark.parametrize(
    "error",
    [
        DatabaseTooNew("This vault was written by a newer version of DSL Desktop."),
        DatabaseDamaged("The database file is damaged or is not a DSL Desktop vault."),
        DatabaseLocked("The vault is in use by another program."),
    ],
    ids=lambda e: type(e).__name__,
)
def test_other_vault_errors_are_shown_with_their_advice(
    qtbot, vaults, make_controller, monkeypatch, error
) -> None:
    vault = vaults.create()

    def refuse(name: str, passphrase: str):
        raise error

    monkeypatch.setattr(vault, "unlock", refuse)
    controller = make_controller(vault)
    controller.start()
    window = controller.unlock_window
    assert window is not None
    type_in(qtbot, window, DSL_NAME, PASSPHRASE)
    click(qtbot, window.unlock_button)
    assert controller.main_window is None
    assert error.message in window.banner.message()
    assert type(error).advice in window.banner.message()
    assert "Traceback" not in window.banner.message()


def test_lost_records_are_shown_to_the_dsl_after_sign_in(
    qtbot, vaults, make_controller, data_dir: Path
) -> None:
    vault = vaults.create()
    (data_dir / "audit.head").unlink()  # as after a crash that took the WAL and the head
    controller = make_controller(vault)
    controller.start()
    window = controller.unlock_window
    assert window is not None
    type_in(qtbot, window, DSL_NAME, PASSPHRASE)
    with qtbot.waitSignal(controller.signed_in):
        qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
    box = controller.loss_box
    assert box is not None and box.isVisible()
    assert "Records may have been lost" in box.windowTitle()
    assert "Restore the latest backup" in box.informativeText()
    assert "audit.head" in box.detailedText()
    assert controller.main_window is not None
    box.close()
    assert controller.open_vault is not None and not controller.open_vault.verify().ok
    controller.shutdown()
