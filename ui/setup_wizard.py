"""First run: the school's details, local Prevent contacts, the first DSL account, the vault.

The vault is created when the account page is committed; the last page then shows the recovery
code once, and Finish stays disabled until the user confirms it is printed or saved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from db.errors import KnownError
from db.keyslots import DEFAULT_KDF, KdfParams
from db.vault import OpenVault, Vault
from dsl_desktop.services import accounts
from dsl_desktop.services.accounts import SchoolDetails, save_local_contacts
from dsl_desktop.services.setup import seed_catalogues
from ui import terminology, widgets
from ui.errors import error_text, show_vault_error
from ui.labels import icon
from ui.shared.builders import ask
from ui.shared.recovery import RecoveryCodePanel
from ui.shared.setup_forms import ContactsForm, PassphrasePair, SchoolForm
from ui.tasks import run_blocking
from ui.widgets import MessageBanner, caption


class WelcomePage(QWizardPage):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to DSL Desktop"))
        self.setSubTitle(self.tr("Set up this computer's safeguarding vault in a few steps."))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "<p>DSL Desktop keeps your school's safeguarding and Prevent records in one "
                "encrypted vault on this computer. Nothing is sent anywhere: the only files that "
                "leave the vault are the ones you choose to export or print.</p>"
                "<p>You will need:</p>"
                "<ul>"
                "<li>the school's name, and its URN and address if you have them to hand;</li>"
                "<li>your local Prevent contacts, if you know them (you can add them later);</li>"
                "<li>a passphrase for your own account: a few unrelated words work well;</li>"
                "<li>a printer or a USB stick, to keep the recovery code safe.</li>"
                "</ul>"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
        where = caption(self.tr("The vault will be created in: %1").replace("%1", str(data_dir)))
        where.setAccessibleName(self.tr("Vault folder"))
        layout.addWidget(where)


class SchoolPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(
            self.tr("These details appear on referral forms. Only the name is needed now.")
        )
        layout = QVBoxLayout(self)
        self.form = SchoolForm()
        layout.addWidget(self.form)
        self.problem = caption("")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.form.changed.connect(self._changed)

    def _changed(self) -> None:
        self.problem.setText(self.form.problem() if self.form.details().name else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return not self.form.problem()


class ContactsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Local Prevent contacts"))
        self.setSubTitle(
            self.tr(
                "Who you contact locally about a Prevent concern. Leave blank what you do not "
                "know yet; you can add it later in Settings."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form = ContactsForm()
        scroll.setWidget(self.form)
        layout.addWidget(scroll)


class AccountPage(QWizardPage):
    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        """The role is named as the nation chosen on the school page names it (DSP in Wales),
        here and in every window built from now on."""
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard):
            terminology.set_nation(wizard.school_page.form.details().nation)
        self._name_the_role()

    def _name_the_role(self) -> None:
        self.setSubTitle(
            self.tr(
                "You will be the vault's Designated Safeguarding Lead. You can add accounts for "
                "deputies and others later."
            )
        )

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your account"))
        self._name_the_role()
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Your name"))
        self.display_name.setPlaceholderText(self.tr("as colleagues will see it, e.g. Ms J Okafor"))
        self.sign_in_name = QLineEdit()
        self.sign_in_name.setAccessibleName(self.tr("Sign-in name"))
        self.sign_in_name.setPlaceholderText(self.tr("short and easy to type, e.g. jokafor"))
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.display_name)
        sign_in_label = QLabel(self.tr("&Sign-in name:"))
        sign_in_label.setBuddy(self.sign_in_name)
        form.addRow(name_label, self.display_name)
        form.addRow(sign_in_label, self.sign_in_name)
        self.direct_phone = QLineEdit()
        self.direct_phone.setAccessibleName(self.tr("Your direct phone"))
        self.direct_phone.setPlaceholderText(self.tr("printed on referral forms you make"))
        self.work_email = QLineEdit()
        self.work_email.setAccessibleName(self.tr("Your professional email address"))
        self.work_email.setPlaceholderText(self.tr("e.g. dsl@school.example.org"))
        phone_label = QLabel(self.tr("Direct p&hone:"))
        phone_label.setBuddy(self.direct_phone)
        email_label = QLabel(self.tr("Professional &email:"))
        email_label.setBuddy(self.work_email)
        form.addRow(phone_label, self.direct_phone)
        form.addRow(email_label, self.work_email)
        form.addRow(
            caption(
                self.tr(
                    "The police Prevent officer who reads a referral calls or emails its maker: "
                    "give a line and an address that reach you. You can change them in Settings."
                )
            )
        )
        self.passphrase = PassphrasePair(form, self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(
            caption(
                self.tr(
                    "Nobody, including the makers of DSL Desktop, can recover a forgotten "
                    "passphrase. The recovery code on the next page is the only way back in."
                )
            )
        )
        layout.addStretch(1)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.display_name.textChanged.connect(self.completeChanged)
        self.sign_in_name.textChanged.connect(self.completeChanged)
        self.passphrase.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return bool(
            self.display_name.text().strip()
            and self.sign_in_name.text().strip()
            and self.passphrase.is_acceptable()
        )

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.create_vault()


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("The vault is ready. Keep this code safe before you finish."))
        layout = QVBoxLayout(self)
        self.panel = RecoveryCodePanel()
        layout.addWidget(self.panel)
        self.panel.acknowledged.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        self.panel.data_dir = wizard.vault.data_dir
        self.panel.set_code(wizard.school_page.form.details().name, wizard.recovery_code)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return self.panel.kept.isChecked()


class SetupWizard(QWizard):
    """Creates the vault. ``vault_created`` carries the open vault when the wizard finishes.

    ``seed`` fills the new store with the default catalogues (the same as ``main.py init``).
    """

    vault_created = Signal(object)

    WELCOME, SCHOOL, CONTACTS, ACCOUNT, RECOVERY = range(5)

    def __init__(
        self,
        vault: Vault,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        seed: Callable[[Session], None] | None = seed_catalogues,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.kdf = kdf
        self.seed = seed
        self.open_vault: OpenVault | None = None
        self.recovery_code = ""
        self._handed_over = False
        self.setWindowTitle(self.tr("Set up DSL Desktop"))
        self.setAccessibleName(self.tr("Set-up wizard"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app.svg").pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.welcome_page = WelcomePage(vault.data_dir)
        self.school_page = SchoolPage()
        self.contacts_page = ContactsPage()
        self.account_page = AccountPage()
        self.recovery_page = RecoveryPage()
        self.setPage(self.WELCOME, self.welcome_page)
        self.setPage(self.SCHOOL, self.school_page)
        self.setPage(self.CONTACTS, self.contacts_page)
        self.setPage(self.ACCOUNT, self.account_page)
        self.setPage(self.RECOVERY, self.recovery_page)
        self.setMinimumSize(680, 600)
        names = {
            QWizard.WizardButton.BackButton: self.tr("Back"),
            QWizard.WizardButton.NextButton: self.tr("Next"),
            QWizard.WizardButton.CommitButton: self.tr("Create the vault"),
            QWizard.WizardButton.FinishButton: self.tr("Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, name in names.items():
            self.button(which).setAccessibleName(name)

    def create_vault(self) -> bool:
        """Make the vault from the pages' answers. False (with the reason shown) if it failed."""
        page = self.account_page
        page.banner.clear()
        details = self.school_page.form.details()
        sign_in = page.sign_in_name.text().strip()
        display = page.display_name.text().strip()
        passphrase = page.passphrase.passphrase()
        extra = {
            "urn": details.urn,
            "address": details.address,
            "phone": details.phone,
            "email": details.email,
            "local_authority": details.local_authority,
            "nation": details.nation.value,
        }
        try:
            open_vault, code = run_blocking(
                lambda: self.vault.create(
                    school_name=details.name,
                    sign_in_name=sign_in,
                    display_name=display,
                    passphrase=passphrase,
                    kdf=self.kdf,
                    school=extra,
                    seed=self.seed,
                )
            )
        except KnownError as exc:
            page.banner.show_message(*error_text(exc))
            return False
        self.open_vault = open_vault
        self.recovery_code = code
        page.passphrase.clear()
        phone, email = page.direct_phone.text().strip(), page.work_email.text().strip()
        if phone or email:
            try:
                me = accounts.my_account(open_vault)
                accounts.update_contact_details(
                    open_vault, me.user_id, direct_phone=phone, work_email=email
                )
            except KnownError as exc:
                show_vault_error(
                    self, exc, self.tr("Phone and email not saved: add them in Settings")
                )
        contacts = self.contacts_page.form.contacts()
        if contacts:
            try:
                save_local_contacts(open_vault, contacts)
            except KnownError as exc:
                show_vault_error(self, exc, self.tr("Local contacts not saved"))
        return True

    def accept(self) -> None:
        super().accept()
        self._hand_over()

    def reject(self) -> None:
        if self.open_vault is not None and not self._handed_over:
            if not ask(
                self,
                self.tr("Close set-up?"),
                self.tr(
                    "The vault has been created, but you have not confirmed that the recovery "
                    "code is printed or saved. It will not be shown again; a DSL can make a new "
                    "one later in Settings.\n\nClose set-up anyway?"
                ),
            ):
                return
            super().reject()
            self._hand_over()
            return
        if self.open_vault is None and self.has_typed() and not widgets.ask_to_discard(self):
            return
        super().reject()

    def has_typed(self) -> bool:
        """Whether anything has been typed into the school, contacts or account pages."""
        school = self.school_page.form.details()
        account = self.account_page
        # The nation is a choice with a default, not something typed: it does not count.
        blank = SchoolDetails(name="")
        return dataclasses.replace(school, nation=blank.nation) != blank or bool(
            self.contacts_page.form.contacts()
            or account.display_name.text().strip()
            or account.sign_in_name.text().strip()
            or account.direct_phone.text().strip()
            or account.work_email.text().strip()
            or account.passphrase.new_edit.text()
            or account.passphrase.confirm_edit.text()
        )

    def _hand_over(self) -> None:
        if self.open_vault is not None and not self._handed_over:
            self._handed_over = True
            self.recovery_code = ""
            self.vault_created.emit(self.open_vault)
