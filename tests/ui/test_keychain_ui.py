"""Remember me on this computer: remember, sign in without a passphrase, forget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from uitest_data import DSL_NAME, PASSPHRASE

from db.keychain import SERVICE
from ui.settings_dialog import SettingsDialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_remember_then_sign_in_without_passphrase_then_forget(
    qtbot, vaults, make_controller, memory_keyring
) -> None:
    vault = vaults.create(memory_keyring)
    controller = make_controller(vault)
    controller.start()
    window = controller.unlock_window
    assert window is not None
    assert window.remember_check.isEnabled()
    assert not window.remember_check.isChecked()  # off by default
    assert not window.keychain_note.isVisible()
    assert not window.device_button.isVisible()

    window.account_combo.setCurrentText(DSL_NAME)
    window.passphrase_edit.setText(PASSPHRASE)
    window.remember_check.setChecked(True)
    click(qtbot, window.unlock_button)
    assert controller.open_vault is not None
    assert controller.open_vault.is_remembered()
    assert len(memory_keyring.entries) == 1
    assert next(iter(memory_keyring.entries))[0] == SERVICE

    controller.lock()
    window = controller.unlock_window
    assert window is not None
    assert window.account_combo.currentText() == DSL_NAME
    assert window.device_button.isVisible()
    assert window.remember_check.isChecked()
    with qtbot.waitSignal(controller.signed_in):
        click(qtbot, window.device_button)
    main = controller.main_window
    assert main is not None

    # Another name typed: no device sign-in offered for it.
    controller.lock()
    window = controller.unlock_window
    assert window is not None
    window.account_combo.setCurrentText("someone else")
    assert not window.device_button.isVisible()
    assert not window.remember_check.isChecked()
    window.account_combo.setCurrentText(DSL_NAME)
    assert window.device_button.isVisible()
    click(qtbot, window.device_button)
    main = controller.main_window
    assert main is not None

    # Forget this computer, from Settings.
    main.settings_action.trigger()
    dialog = main.findChild(SettingsDialog)
    assert dialog is not None
    assert dialog.forget_button.isEnabled()
    assert not dialog.remember_button.isEnabled()
    click(qtbot, dialog.forget_button)
    assert memory_keyring.entries == {}
    assert "no longer remembers" in dialog.banner.message()
    assert dialog.remember_button.isEnabled()
    assert not dialog.forget_button.isEnabled()
    click(qtbot, dialog.remember_button)
    assert len(memory_keyring.entries) == 1
    click(qtbot, dialog.forget_button)
    assert memory_keyring.entries == {}

    controller.lock()
    window = controller.unlock_window
    assert window is not None
    assert not window.device_button.isVisible()
    assert not window.remember_check.isChecked()


def test_a_keychain_that_lost_the_key_asks_for_the_passphrase(
    qtbot, vaults, make_controller, memory_keyring
) -> None:
    controller = make_controller(vaults.create(memory_keyring))
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.account_combo.setCurrentText(DSL_NAME)
    window.passphrase_edit.setText(PASSPHRASE)
    window.remember_check.setChecked(True)
    click(qtbot, window.unlock_button)
    controller.lock()
    memory_keyring.entries.clear()
    window = controller.unlock_window
    assert window is not None
    click(qtbot, window.device_button)
    assert controller.open_vault is None
    assert "passphrase" in window.banner.message()


def test_unticking_remember_forgets_at_the_next_sign_in(
    qtbot, vaults, make_controller, memory_keyring
) -> None:
    controller = make_controller(vaults.create(memory_keyring))
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.account_combo.setCurrentText(DSL_NAME)
    window.passphrase_edit.setText(PASSPHRASE)
    window.remember_check.setChecked(True)
    click(qtbot, window.unlock_button)
    controller.lock()
    window = controller.unlock_window
    assert window is not None
    window.remember_check.setChecked(False)
    window.passphrase_edit.setText(PASSPHRASE)
    click(qtbot, window.unlock_button)
    assert controller.open_vault is not None
    assert not controller.open_vault.is_remembered()
    assert memory_keyring.entries == {}


def test_settings_explains_a_missing_keychain(qtbot, vaults, make_controller, no_keyring) -> None:
    controller = make_controller(vaults.create(no_keyring))
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.account_combo.setCurrentText(DSL_NAME)
    window.passphrase_edit.setText(PASSPHRASE)
    click(qtbot, window.unlock_button)
    main = controller.main_window
    assert main is not None
    main.settings_action.trigger()
    dialog = main.findChild(SettingsDialog)
    assert dialog is not None
    reason = controller.vault.keychain_status().reason
    assert not dialog.remember_button.isEnabled()
    assert not dialog.forget_button.isEnabled()
    assert dialog.remember_button.toolTip() == reason
    assert dialog.device_status.text() == reason
