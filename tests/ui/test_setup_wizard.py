"""The set-up wizard, end to end: school, contacts, first account, vault, recovery code."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from db.vault import Vault
from dsl_desktop.services.accounts import local_contacts, school_details
from ui.main_window import MainWindow
from ui.setup_wizard import SetupWizard

CODE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wizard_creates_the_vault_and_shows_the_recovery_code_once(
    qtbot, vaults, make_controller, monkeypatch, tmp_path: Path, data_dir: Path, fast_kdf
) -> None:
    vault = vaults()
    controller = make_controller(vault)
    controller.start()
    wizard = controller.wizard
    assert isinstance(wizard, SetupWizard)
    assert wizard.isVisible()
    assert controller.unlock_window is None
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    assert wizard.currentId() == SetupWizard.WELCOME
    click(qtbot, next_button)

    # School: the name is required.
    assert wizard.currentId() == SetupWizard.SCHOOL
    assert not next_button.isEnabled()
    school = wizard.school_page.form
    school.name.setText("Ysgol Gwŷn Primary")  # non-ASCII: setText, not keyClicks
    qtbot.keyClicks(school.urn, "4012X")
    assert not next_button.isEnabled()
    assert "URN" in wizard.school_page.problem.text()
    school.urn.clear()
    qtbot.keyClicks(school.urn, "401234")
    qtbot.keyClicks(school.local_authority, "Gwynedd")
    assert next_button.isEnabled()
    click(qtbot, next_button)

    # Local contacts: optional.
    assert wizard.currentId() == SetupWizard.CONTACTS
    contacts = wizard.contacts_page.form
    qtbot.keyClicks(
        contacts.fields[("police_prevent_referral_email", "email")], "prevent@example.police.uk"
    )
    qtbot.keyClicks(contacts.fields[("out_of_hours", "phone")], "0300 123 4567")
    click(qtbot, next_button)

    # The first account, with the strength check.
    assert wizard.currentId() == SetupWizard.ACCOUNT
    page = wizard.account_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible()
    qtbot.keyClicks(page.display_name, "Ms Carys Jones")
    qtbot.keyClicks(page.sign_in_name, "cjones")
    qtbot.keyClicks(page.passphrase.new_edit, "short")
    assert not commit.isEnabled()
    assert "at least 12 characters" in page.passphrase.strength.problems.text()
    page.passphrase.new_edit.clear()
    qtbot.keyClicks(page.passphrase.new_edit, "harbour pebble thistle 4")
    assert page.passphrase.strength.problems.text() == ""
    qtbot.keyClicks(page.passphrase.confirm_edit, "harbour pebble thistle")
    assert not commit.isEnabled()
    assert page.passphrase.mismatch.text()
    qtbot.keyClicks(page.passphrase.confirm_edit, " 4")
    assert commit.isEnabled()
    click(qtbot, commit)

    # The vault now exists, and the recovery code is on screen.
    assert vault.exists()
    assert wizard.currentId() == SetupWizard.RECOVERY
    panel = wizard.recovery_page.panel
    code = panel.code_label.text()
    assert CODE.match(code)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled() or not (
        wizard.button(QWizard.WizardButton.BackButton).isVisible()
    )

    saved = tmp_path / "code.txt"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    click(qtbot, panel.save_button)
    text = saved.read_text(encoding="utf-8")
    assert code in text and "Ysgol Gwŷn Primary" in text
    assert saved.stat().st_mode & 0o077 == 0

    panel.kept.setChecked(True)
    assert finish.isEnabled()
    click(qtbot, finish)

    window = controller.main_window
    assert isinstance(window, MainWindow)
    assert window.isVisible()
    assert "Ysgol Gwŷn Primary" in window.windowTitle()
    assert "Ms Carys Jones" in window.user_label.text()
    assert controller.wizard is None
    assert controller.names.names() == ["cjones"]
    open_vault = controller.open_vault
    assert open_vault is not None
    assert school_details(open_vault).local_authority == "Gwynedd"
    kinds = {c.kind: c for c in local_contacts(open_vault)}
    assert kinds["police_prevent_referral_email"].email == "prevent@example.police.uk"
    assert kinds["out_of_hours"].phone == "0300 123 4567"

    # The code shown is the one that opens the vault.
    controller.shutdown()
    recovered = Vault(data_dir).unlock_with_recovery(code)
    recovered.close()


def test_wizard_refuses_a_folder_that_already_holds_a_vault(qtbot, vaults, fast_kdf) -> None:
    vault = vaults.create()
    wizard = SetupWizard(vault, kdf=fast_kdf)
    qtbot.addWidget(wizard)
    wizard.school_page.form.name.setText("Another School")
    wizard.account_page.display_name.setText("A N Other")
    wizard.account_page.sign_in_name.setText("another")
    wizard.account_page.passphrase.new_edit.setText("harbour pebble thistle 4")
    wizard.account_page.passphrase.confirm_edit.setText("harbour pebble thistle 4")
    assert wizard.create_vault() is False
    assert "already a vault" in wizard.account_page.banner.message()
    assert wizard.open_vault is None


def test_print_sends_a_page_with_the_code_and_school(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ui.shared.recovery import RecoveryCodePanel, recovery_sheet_html

    pdf = tmp_path / "sheet.pdf"

    def accept_to_pdf(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept_to_pdf)
    panel = RecoveryCodePanel()
    qtbot.addWidget(panel)
    panel.set_code("Ysgol Gwŷn & Partners", "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    panel.print_button.click()
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert "Sent to the printer" in panel.status.text()
    sheet = recovery_sheet_html("Ysgol Gwŷn & Partners", "ABCD-EFGH")
    assert "Ysgol Gwŷn &amp; Partners" in sheet and "ABCD\u2011EFGH" in sheet  # never broken


def test_closing_set_up_after_the_vault_exists_asks_first(
    qtbot, vaults, make_controller, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    vault = vaults()
    controller = make_controller(vault)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    wizard.school_page.form.name.setText("Ysgol Newydd")
    wizard.account_page.display_name.setText("Ms Nia Rees")
    wizard.account_page.sign_in_name.setText("nrees")
    wizard.account_page.passphrase.new_edit.setText("harbour pebble thistle 4")
    wizard.account_page.passphrase.confirm_edit.setText("harbour pebble thistle 4")
    assert wizard.create_vault()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answers.pop(0)))
    wizard.reject()
    assert wizard.isVisible()  # "No": stays open
    wizard.reject()
    assert controller.main_window is not None  # "Yes": carries on into the new vault
    assert controller.open_vault is not None


def test_set_up_asks_for_the_dsls_direct_phone_and_email(qtbot, vaults, make_controller) -> None:
    from dsl_desktop.services import accounts

    controller = make_controller(vaults())
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    page = wizard.account_page
    assert page.direct_phone.accessibleName() == "Your direct phone"
    wizard.school_page.form.name.setText("Ysgol Gwŷn")
    page.display_name.setText("Mrs Siân O'Neill")
    page.sign_in_name.setText("soneill")
    page.direct_phone.setText("01248 000111 ext 12")
    page.work_email.setText("dsl@ysgol-gwyn.example.org")
    page.passphrase.new_edit.setText("harbour pebble thistle 4")
    page.passphrase.confirm_edit.setText("harbour pebble thistle 4")
    assert wizard.create_vault()
    assert wizard.open_vault is not None
    me = accounts.my_account(wizard.open_vault)
    assert (me.direct_phone, me.work_email) == ("01248 000111 ext 12", "dsl@ysgol-gwyn.example.org")
