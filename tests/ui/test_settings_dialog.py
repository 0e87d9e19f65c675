"""The settings dialog: auto-lock, school, contacts, accounts, passphrase, recovery code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from uitest_data import DEPUTY_NAME, DEPUTY_PASSPHRASE, DSL_NAME, PASSPHRASE

from db.errors import WrongPassphrase
from db.vault import Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts
from ui.account_dialogs import AddAccountDialog, RecoveryCodeDialog
from ui.controller import AppController
from ui.home_page import HomePage
from ui.settings_dialog import SettingsDialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_settings(qtbot, vaults, make_controller, name=DSL_NAME, passphrase=PASSPHRASE):
    controller: AppController = make_controller(vaults.create(deputy=True))
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.account_combo.setCurrentText(name)
    window.passphrase_edit.setText(passphrase)
    click(qtbot, window.unlock_button)
    main = controller.main_window
    assert main is not None
    main.settings_action.trigger()
    dialog = main.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return controller, main, dialog


@pytest.fixture
def answer_yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_save_auto_lock_school_and_contacts(qtbot, vaults, make_controller) -> None:
    controller, main, dialog = open_settings(qtbot, vaults, make_controller)
    assert dialog.auto_lock.value() == 5
    dialog.auto_lock.setValue(12)
    dialog.school_form.name.setText("Ysgol Llanfair")
    dialog.contacts_form.fields[("la_prevent_lead", "name")].setText("Rhys Owen")
    dialog.contacts_form.fields[("la_prevent_lead", "phone")].setText("01248 000000")
    with qtbot.waitSignal(main.settings_changed):
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    vault = controller.open_vault
    assert vault is not None
    assert accounts.auto_lock_minutes(vault) == 12
    assert controller.idle_timeout_ms() == 12 * 60_000
    assert controller.idle_timer.interval() == 12 * 60_000
    assert accounts.school_details(vault).name == "Ysgol Llanfair"
    assert "Ysgol Llanfair" in main.windowTitle()
    lead = [c for c in accounts.local_contacts(vault) if c.kind == "la_prevent_lead"]
    assert lead and lead[0].name == "Rhys Owen" and lead[0].phone == "01248 000000"
    home = main.page("home")
    assert isinstance(home, HomePage)
    assert "Ysgol Llanfair" in home.subtitle.text()
    assert "12 minutes" in home.safety_text.text()


def test_the_school_name_cannot_be_emptied(qtbot, vaults, make_controller) -> None:
    controller, _main, dialog = open_settings(qtbot, vaults, make_controller)
    dialog.school_form.name.clear()
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "school's name" in dialog.banner.message()


def test_add_and_remove_an_account(qtbot, vaults, make_controller, answer_yes) -> None:
    controller, _main, dialog = open_settings(qtbot, vaults, make_controller)
    assert dialog.accounts_list.topLevelItemCount() == 2
    click(qtbot, dialog.add_account_button)
    add = dialog.add_dialog
    assert isinstance(add, AddAccountDialog) and add.isVisible()
    assert not add.add_button.isEnabled()
    qtbot.keyClicks(add.display_name, "Mr Dafydd Evans")
    qtbot.keyClicks(add.sign_in_name, "devans")
    add.role.setCurrentIndex(add.role.findData(Role.REVIEWER.value))
    assert "changes nothing" in add.role_help.text()
    add.passphrase.new_edit.setText("tulip granite harbour 5")
    add.passphrase.confirm_edit.setText("tulip granite harbour 5")
    assert add.add_button.isEnabled()
    click(qtbot, add.add_button)
    assert "Mr Dafydd Evans" in dialog.banner.message()
    assert dialog.accounts_list.topLevelItemCount() == 3
    Vault(controller.vault.data_dir).unlock("devans", "tulip granite harbour 5").close()

    rows = {
        dialog.accounts_list.topLevelItem(i).text(1): dialog.accounts_list.topLevelItem(i)
        for i in range(3)
    }
    dialog.accounts_list.setCurrentItem(rows[DSL_NAME])
    assert not dialog.remove_account_button.isEnabled()  # not yourself
    dialog.accounts_list.setCurrentItem(rows["devans"])
    assert dialog.remove_account_button.isEnabled()
    click(qtbot, dialog.remove_account_button)
    assert answer_yes == ["Remove account?"]
    assert "removed" in dialog.banner.message()
    removed = [
        dialog.accounts_list.topLevelItem(i)
        for i in range(3)
        if dialog.accounts_list.topLevelItem(i).text(1) == "devans"
    ]
    assert removed[0].text(3) == "Removed"
    assert "key was rotated" in dialog.banner.message()
    with pytest.raises(WrongPassphrase):
        Vault(controller.vault.data_dir).unlock("devans", "tulip granite harbour 5")


def test_rotate_the_key_on_request(qtbot, vaults, make_controller, answer_yes) -> None:
    controller, _main, dialog = open_settings(qtbot, vaults, make_controller)
    keys = controller.vault.keys_path
    before = keys.read_bytes()
    assert dialog.rotate_button.isEnabled()
    click(qtbot, dialog.rotate_button)
    assert answer_yes == ["Rotate the vault's key?"]
    assert "key was rotated" in dialog.banner.message()
    assert keys.read_bytes() != before
    assert controller.open_vault is not None and controller.open_vault.verify().ok


def test_a_clashing_sign_in_name_is_explained(qtbot, vaults, make_controller) -> None:
    _controller, _main, dialog = open_settings(qtbot, vaults, make_controller)
    click(qtbot, dialog.add_account_button)
    add = dialog.add_dialog
    add.display_name.setText("Someone")
    add.sign_in_name.setText(DEPUTY_NAME)
    add.passphrase.new_edit.setText("tulip granite harbour 5")
    add.passphrase.confirm_edit.setText("tulip granite harbour 5")
    click(qtbot, add.add_button)
    assert add.isVisible()
    assert "already an account" in add.banner.message()


def test_change_my_passphrase(qtbot, vaults, make_controller) -> None:
    controller, _main, dialog = open_settings(qtbot, vaults, make_controller)
    assert not dialog.change_button.isEnabled()
    dialog.current_passphrase.setText("not my passphrase")
    dialog.new_passphrase.new_edit.setText("saffron pebble lantern 8")
    dialog.new_passphrase.confirm_edit.setText("saffron pebble lantern 8")
    click(qtbot, dialog.change_button)
    assert "current passphrase is not right" in dialog.banner.message()
    dialog.current_passphrase.setText(PASSPHRASE)
    click(qtbot, dialog.change_button)
    assert "has been changed" in dialog.banner.message()
    assert dialog.current_passphrase.text() == ""
    Vault(controller.vault.data_dir).unlock(DSL_NAME, "saffron pebble lantern 8").close()


def test_new_recovery_code_is_shown_once(qtbot, vaults, make_controller, answer_yes) -> None:
    controller, _main, dialog = open_settings(qtbot, vaults, make_controller)
    old_code = vaults.recovery_code
    click(qtbot, dialog.recovery_button)
    shown = dialog.recovery_dialog
    assert isinstance(shown, RecoveryCodeDialog) and shown.isVisible()
    code = shown.panel.code_label.text()
    assert code and code != old_code
    assert not shown.close_button.isEnabled()
    shown.panel.kept.setChecked(True)
    click(qtbot, shown.close_button)
    assert not shown.isVisible()
    Vault(controller.vault.data_dir).unlock_with_recovery(code).close()


def test_a_deputy_cannot_manage_accounts_or_the_recovery_code(
    qtbot, vaults, make_controller
) -> None:
    _controller, main, dialog = open_settings(
        qtbot, vaults, make_controller, DEPUTY_NAME, DEPUTY_PASSPHRASE
    )
    assert "Deputy DSL" in main.user_label.text()
    assert not dialog.add_account_button.isEnabled()
    assert not dialog.rotate_button.isEnabled()
    assert not dialog.recovery_button.isEnabled()
    assert dialog.auto_lock.isEnabled()  # deputies may change the shared settings
    assert not dialog.school_form.name.isReadOnly()


def test_contact_details_and_the_alternative_contact(qtbot, vaults, make_controller) -> None:
    controller, _main, dialog = open_settings(qtbot, vaults, make_controller)
    vault = controller.open_vault
    assert vault is not None
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.contact_box.parentWidget()))
    assert dialog.contact_for.text().startswith("Your own line")
    # The deputy has an account but no phone or email yet.
    assert "alternative contact" in dialog.alternative_note.text()
    assert "no phone or email yet" in dialog.alternative_note.text()
    dialog.contact_phone.setText("not a phone")
    click(qtbot, dialog.contact_save_button)
    assert "phone number" in dialog.banner.message()
    dialog.contact_phone.setText("01248 000111")
    dialog.contact_email.setText("siân@ysgol.example.org")
    click(qtbot, dialog.contact_save_button)
    me = accounts.my_account(vault)
    assert (me.direct_phone, me.work_email) == ("01248 000111", "siân@ysgol.example.org")
    assert "Contact details saved" in dialog.banner.message()
    # The DSL chooses the deputy in the list and gives their line: it is named on forms.
    deputy = next(a for a in accounts.list_accounts(vault) if a.role is Role.DEPUTY)
    for row in range(dialog.accounts_list.topLevelItemCount()):
        item = dialog.accounts_list.topLevelItem(row)
        if item.data(0, Qt.ItemDataRole.UserRole) == deputy.user_id:
            dialog.accounts_list.setCurrentItem(item)
    assert dialog.contact_for.text().startswith(f"For {deputy.display_name}")
    dialog.contact_phone.setText("01248 000222")
    click(qtbot, dialog.contact_save_button)
    assert "01248 000222" in dialog.alternative_note.text()
    assert [a.direct_phone for a in accounts.alternative_contacts(vault)] == ["01248 000222"]


def test_a_new_account_can_be_given_its_phone_and_email(qtbot, vaults, make_controller) -> None:
    controller, _main, dialog = open_settings(qtbot, vaults, make_controller)
    click(qtbot, dialog.add_account_button)
    add = dialog.add_dialog
    assert isinstance(add, AddAccountDialog)
    add.display_name.setText("Mr Gwŷn Prys")
    add.sign_in_name.setText("gprys")
    add.direct_phone.setText("01248 000333")
    add.work_email.setText("gprys@ysgol.example.org")
    add.passphrase.new_edit.setText("harbour pebble thistle 4")
    add.passphrase.confirm_edit.setText("harbour pebble thistle 4")
    click(qtbot, add.add_button)
    vault = controller.open_vault
    assert vault is not None
    made = next(a for a in accounts.list_accounts(vault) if a.sign_in_name == "gprys")
    assert (made.direct_phone, made.work_email) == ("01248 000333", "gprys@ysgol.example.org")
