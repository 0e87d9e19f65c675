"""Settings: auto-lock, this computer, the school, local contacts, accounts and security.

Fields on the General, School and Local contacts tabs are saved together with Save. Actions
that name themselves on their button (adding an account, changing a passphrase, a new recovery
code, remembering this computer) happen at once, after a confirmation where it matters.
"""

from __future__ import annotations

from keyring.errors import KeyringError
from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError, WrongPassphrase
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts
from dsl_desktop.services.ui_support import (
    forget_this_computer,
    new_recovery_code,
    remember_this_computer,
)
from ui import i18n, nation_change
from ui.account_dialogs import AddAccountDialog, RecoveryCodeDialog
from ui.errors import error_text
from ui.labels import role_label
from ui.pages import PageContext
from ui.shared.builders import button_row, push_button, scroll_body, section
from ui.shared.setup_forms import ContactsForm, PassphrasePair, SchoolForm
from ui.tasks import run_blocking
from ui.widgets import MessageBanner, caption, name_buttons

EDITORS = (Role.DSL, Role.DEPUTY)


LANGUAGE_NAMES = {i18n.ENGLISH: "English", i18n.WELSH: "Cymraeg"}
"""Each language is named in its own words, whatever the language of the window."""


def _keychain_error(exc: BaseException) -> KnownError:
    if isinstance(exc, KnownError):
        return exc
    return KnownError(
        QCoreApplication.translate(
            "SettingsDialog", "The system keychain did not respond as expected."
        ),
        QCoreApplication.translate(
            "SettingsDialog", "Try again later, or sign in with your passphrase."
        ),
    )


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.role = ctx.role
        self.can_edit = self.role in EDITORS
        self.add_dialog: AddAccountDialog | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self._accounts: list[accounts.Account] = []
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._school_tab(), self.tr("S&chool"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Local &contacts"))
        self.tabs.addTab(self._accounts_tab(), self.tr("&Accounts"))
        self.tabs.addTab(self._security_tab(), self.tr("Passphrase and &recovery"))
        if self.can_edit:
            from ui.report.settings_tab import StaffReportingTab

            self.tabs.addTab(StaffReportingTab(ctx), self.tr("Staff reporting"))
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()
        self.resize(700, 620)

    # ---- tabs ------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        lock_box = QGroupBox(self.tr("Locking"))
        lock_form = QFormLayout(lock_box)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 120)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.auto_lock.setEnabled(self.can_edit)
        label = QLabel(self.tr("&Lock after:"))
        label.setBuddy(self.auto_lock)
        spin_row = QHBoxLayout()
        spin_row.addWidget(self.auto_lock)
        spin_row.addStretch(1)
        lock_form.addRow(label, spin_row)
        lock_form.addRow(
            "",
            caption(
                self.tr(
                    "Applies to everyone using this vault. Press Ctrl+L to lock at once. "
                    "Whatever you were typing is kept."
                )
            ),
        )
        layout.addWidget(lock_box)

        device_box = QGroupBox(self.tr("This computer"))
        device_layout = QVBoxLayout(device_box)
        self.device_status = QLabel()
        self.device_status.setWordWrap(True)
        device_layout.addWidget(self.device_status)
        self.remember_button = push_button(
            self.tr("&Remember me on this computer"), self.tr("Remember me on this computer")
        )
        self.forget_button = push_button(
            self.tr("&Forget this computer"), self.tr("Forget this computer")
        )
        device_layout.addLayout(button_row(self.remember_button, self.forget_button))
        device_layout.addWidget(
            caption(
                self.tr(
                    "Remembering keeps a key in this computer's keychain so you can sign in "
                    "without your passphrase. Use it only on a computer nobody else signs in to."
                )
            )
        )
        layout.addWidget(device_box)
        layout.addWidget(self._language_box())
        layout.addStretch(1)
        self.remember_button.clicked.connect(self.remember)
        self.forget_button.clicked.connect(self.forget)
        return page

    def _language_box(self) -> QGroupBox:
        """The language of DSL Desktop on this computer (QSettings, not the vault)."""
        controller = getattr(self.ctx, "controller", None)
        self._settings: QSettings = getattr(controller, "settings", None) or QSettings()
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of DSL Desktop on this computer"))
        system = LANGUAGE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("As this computer (%1)").replace("%1", system), i18n.SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self._language_choice = i18n.chosen(self._settings)
        self.language.setCurrentIndex(max(0, self.language.findData(self._language_choice)))
        label = QLabel(self.tr("La&nguage:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self.language_note = caption("")
        self.language_note.setVisible(False)
        form.addRow(self.language_note)
        self.language.currentIndexChanged.connect(self._language_changed)
        return box

    def _language_changed(self) -> None:
        target = i18n.resolve(str(self.language.currentData()))
        note = ""
        if target != i18n.current_language():
            source = "The new language is used from the next time DSL Desktop starts."
            here = self.tr("The new language is used from the next time DSL Desktop starts.")
            there = i18n.translate_in(target, "SettingsDialog", source)
            note = here if there == here else f"{here}\n{there}"
        self.language_note.setText(note)
        self.language_note.setVisible(bool(note))

    def _school_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.school_form = SchoolForm()
        self.school_form.set_read_only(not self.can_edit)
        layout.addWidget(self.school_form)
        if not self.can_edit:
            layout.addWidget(caption(self.tr("Only the DSL or a deputy can change these.")))
        layout.addStretch(1)
        return page

    def _contacts_tab(self) -> QWidget:
        scroll = QScrollArea()
        layout = scroll_body(scroll)
        layout.addWidget(caption(self.tr("Who you contact locally about a Prevent concern.")))
        self.contacts_form = ContactsForm()
        self.contacts_form.set_read_only(not self.can_edit)
        layout.addWidget(self.contacts_form)
        layout.addStretch(1)
        return scroll

    def _accounts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.accounts_list = QTreeWidget()
        self.accounts_list.setAccessibleName(self.tr("Accounts"))
        self.accounts_list.setRootIsDecorated(False)
        self.accounts_list.setHeaderLabels(
            [self.tr("Name"), self.tr("Sign-in name"), self.tr("Role"), self.tr("Status"),
             self.tr("Direct phone"), self.tr("Professional email")]
        )  # fmt: skip
        layout.addWidget(self.accounts_list)
        self.add_account_button = push_button(self.tr("A&dd account…"), self.tr("Add account"))
        self.remove_account_button = push_button(
            self.tr("Re&move account…"), self.tr("Remove account")
        )
        layout.addLayout(button_row(self.add_account_button, self.remove_account_button))
        dsl = self.role == Role.DSL
        self.add_account_button.setEnabled(dsl)
        self.remove_account_button.setEnabled(False)
        layout.addWidget(
            caption(
                self.tr(
                    "Removing an account stops it signing in; its history stays in the records."
                )
                if dsl
                else self.tr("Only the DSL can add or remove accounts.")
            )
        )
        layout.addWidget(self._contact_box())
        self.add_account_button.clicked.connect(self.add_account)
        self.remove_account_button.clicked.connect(self.remove_account)
        self.accounts_list.currentItemChanged.connect(self._account_selected)
        return page

    def _contact_box(self) -> QGroupBox:
        """Direct phone and professional email, printed on the referral forms an account makes;
        and who the form names as the alternative contact."""
        self.contact_box = QGroupBox(self.tr("Contact details for referral forms"))
        form = QFormLayout(self.contact_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.contact_for = QLabel()
        self.contact_for.setWordWrap(True)
        form.addRow(self.contact_for)
        self.contact_phone = QLineEdit()
        self.contact_phone.setAccessibleName(self.tr("Direct phone"))
        self.contact_email = QLineEdit()
        self.contact_email.setAccessibleName(self.tr("Professional email address"))
        phone_label = QLabel(self.tr("Direct p&hone:"))
        phone_label.setBuddy(self.contact_phone)
        email_label = QLabel(self.tr("Professional &email:"))
        email_label.setBuddy(self.contact_email)
        form.addRow(phone_label, self.contact_phone)
        form.addRow(email_label, self.contact_email)
        self.contact_save_button = QPushButton(self.tr("Save the contact details"))
        self.contact_save_button.setAccessibleName(self.contact_save_button.text())
        form.addRow("", self.contact_save_button)
        self.alternative_note = caption("")
        self.alternative_note.setAccessibleName(self.tr("Alternative contact"))
        form.addRow(self.alternative_note)
        self.contact_user_id = self.ctx.user.user_id
        self.contact_save_button.clicked.connect(self.save_contact_details)
        return self.contact_box

    def show_contact_details(self, rows: list[accounts.Account]) -> None:
        """Show the chosen account's details (yours unless the DSL chose another)."""
        chosen = next((a for a in rows if a.user_id == self.contact_user_id), None)
        if chosen is None:
            return
        mine = chosen.user_id == self.ctx.user.user_id
        self.contact_for.setText(
            self.tr("Your own line and address, printed on the referral forms you make.")
            if mine
            else self.tr("For %1: choose an account in the list above to change its details.")
            .replace("%1", chosen.display_name)
        )  # fmt: skip
        self.contact_phone.setText(chosen.direct_phone)
        self.contact_email.setText(chosen.work_email)
        editable = mine or self.role == Role.DSL
        for widget in (self.contact_phone, self.contact_email, self.contact_save_button):
            widget.setEnabled(editable and chosen.active)
        others = [
            a for a in rows if a.can_be_alternative_contact and a.user_id != self.ctx.user.user_id
        ]
        if others:
            missing = self.tr("no phone or email yet")
            names = ", ".join(
                f"{a.display_name} ({a.direct_phone or a.work_email or missing})" for a in others
            )
            self.alternative_note.setText(
                self.tr("Named on your referral forms as the alternative contact when you are "
                        "away: %1.").replace("%1", names)
            )  # fmt: skip
        else:
            self.alternative_note.setText(
                self.tr(
                    "No other DSL or deputy has an account, so your referral forms name no "
                    "alternative contact. Add a deputy's account, with their phone and email."
                )
            )

    def save_contact_details(self) -> None:
        self.banner.clear()
        try:
            saved = accounts.update_contact_details(
                self.ctx.vault, self.contact_user_id,
                direct_phone=self.contact_phone.text(), work_email=self.contact_email.text(),
            )  # fmt: skip
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.banner.show_message(
            self.tr("Contact details saved for %1.").replace("%1", saved.display_name),
            error=False,
        )
        self.load_accounts()

    def _dsl_action(
        self, layout: QVBoxLayout, title: str, text: str, action: QPushButton
    ) -> QPushButton:
        """A section of the security tab: what the action does, and its button (the DSL's)."""
        box, column = section(title, text)
        action.setEnabled(self.role == Role.DSL)
        if self.role != Role.DSL:
            action.setToolTip(self.tr("Only the DSL can do this."))
        column.addLayout(button_row(action))
        layout.addWidget(box)
        return action

    def _security_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        change_box = QGroupBox(self.tr("Change my passphrase"))
        form = QFormLayout(change_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.current_passphrase = QLineEdit()
        self.current_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_passphrase.setAccessibleName(self.tr("Current passphrase"))
        current_label = QLabel(self.tr("C&urrent passphrase:"))
        current_label.setBuddy(self.current_passphrase)
        form.addRow(current_label, self.current_passphrase)
        self.new_passphrase = PassphrasePair(form, self, label=self.tr("&New passphrase:"))
        self.change_button = push_button(
            self.tr("C&hange passphrase"), self.tr("Change passphrase")
        )
        form.addRow("", self.change_button)
        layout.addWidget(change_box)

        self.recovery_button = self._dsl_action(
            layout,
            self.tr("Recovery code"),
            self.tr(
                "Make a new recovery code if the old one is lost or someone else may have "
                "seen it. The old code stops working at once."
            ),
            push_button(self.tr("Make a &new recovery code…"), self.tr("Make a new recovery code")),
        )
        self.rotate_button = self._dsl_action(
            layout,
            self.tr("The vault's key"),
            self.tr(
                "Rotate the key if an old copy of the vault's files, or a passphrase of an "
                "account that has been removed, may be in the wrong hands. Everyone signs in "
                "as before; old copies of the key file stop opening the vault. Removing an "
                "account rotates the key too. Backups made before keep opening with the "
                "passphrases of their time."
            ),
            push_button(self.tr("Rotate the &key…"), self.tr("Rotate the key")),
        )
        layout.addStretch(1)
        self.current_passphrase.textChanged.connect(self._update_change_button)
        self.new_passphrase.changed.connect(self._update_change_button)
        self.change_button.clicked.connect(self.change_passphrase)
        self.recovery_button.clicked.connect(self.make_recovery_code)
        self.rotate_button.clicked.connect(self.rotate_key)
        self._update_change_button()
        return page

    # ---- loading and saving -------------------------------------------------------------
    def load(self) -> None:
        vault = self.ctx.vault
        try:
            self.auto_lock.setValue(accounts.auto_lock_minutes(vault))
            self._school = accounts.school_details(vault)
            self._contacts = accounts.local_contacts(vault)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self._auto_lock = self.auto_lock.value()
        self.school_form.set_details(self._school)
        self.contacts_form.set_contacts(self._contacts)
        self._original_contacts = self.contacts_form.contacts()
        self.load_accounts()
        self.update_device()

    def load_accounts(self) -> None:
        self.accounts_list.clear()
        try:
            rows = accounts.list_accounts(self.ctx.vault)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        for a in rows:
            status = self.tr("Active") if a.active else self.tr("Removed")
            if a.user_id == self.ctx.user.user_id:
                status = self.tr("Active (you)")
            item = QTreeWidgetItem([a.display_name, a.sign_in_name, role_label(a.role), status,
                                    a.direct_phone, a.work_email])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, a.user_id)
            item.setData(1, Qt.ItemDataRole.UserRole, a.active)
            self.accounts_list.addTopLevelItem(item)
        for col in range(6):
            self.accounts_list.resizeColumnToContents(col)
        self._accounts = rows
        self.show_contact_details(rows)

    def update_device(self) -> None:
        status = self.ctx.vault.vault.keychain_status()
        if not status.available:
            self.device_status.setText(status.reason)
            for button in (self.remember_button, self.forget_button):
                button.setEnabled(False)
                button.setToolTip(status.reason)
            return
        remembered = self.ctx.vault.is_remembered()
        self.device_status.setText(
            self.tr("This computer remembers you: you can sign in without your passphrase.")
            if remembered
            else self.tr("This computer does not remember you.")
        )
        self.remember_button.setEnabled(not remembered)
        self.forget_button.setEnabled(remembered)

    def save(self) -> None:
        self.banner.clear()
        choice = str(self.language.currentData())
        if choice != self._language_choice:
            i18n.store(self._settings, choice)
            self._language_choice = choice
        vault = self.ctx.vault
        changed = False
        try:
            if self.can_edit and self.auto_lock.value() != self._auto_lock:
                accounts.set_auto_lock_minutes(vault, self.auto_lock.value())
                changed = True
            if self.can_edit and self.school_form.details() != self._school:
                problem = self.school_form.problem()
                if problem:
                    self.tabs.setCurrentIndex(1)
                    self.banner.show_message(problem)
                    return
                details = self.school_form.details()
                defaults = False
                if details.nation is not self._school.nation:
                    plan = accounts.nation_defaults_plan(vault, details.nation)
                    if not plan.empty or plan.kept_courses or plan.kept_requirements:
                        answer = nation_change.ask(self, plan)
                        if answer is nation_change.Choice.CANCEL:
                            return
                        defaults = answer is nation_change.Choice.WITH_DEFAULTS
                accounts.update_school(vault, details, training_defaults=defaults)
                changed = True
            if self.can_edit and self.contacts_form.contacts() != self._original_contacts:
                accounts.save_local_contacts(vault, self.contacts_form.contacts())
                changed = True
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        if changed:
            self.saved.emit()
        self.accept()

    # ---- immediate actions ----------------------------------------------------------------
    def remember(self) -> None:
        try:
            remember_this_computer(self.ctx.vault)
        except (KnownError, KeyringError, OSError) as exc:
            error = _keychain_error(exc)
            self.banner.show_message(*error_text(error))
            return
        self.banner.show_message(self.tr("This computer now remembers you."), error=False)
        self.update_device()

    def forget(self) -> None:
        try:
            forget_this_computer(self.ctx.vault)
        except (KnownError, KeyringError, OSError) as exc:
            error = _keychain_error(exc)
            self.banner.show_message(*error_text(error))
            return
        self.banner.show_message(
            self.tr("This computer no longer remembers you. Sign in with your passphrase."),
            error=False,
        )
        self.update_device()

    def _account_selected(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and self.role == Role.DSL:
            self.contact_user_id = int(item.data(0, Qt.ItemDataRole.UserRole))
            self.show_contact_details(self._accounts)
        self.remove_account_button.setEnabled(
            self.role == Role.DSL
            and item is not None
            and bool(item.data(1, Qt.ItemDataRole.UserRole))
            and item.data(0, Qt.ItemDataRole.UserRole) != self.ctx.user.user_id
        )

    def add_account(self) -> None:
        dialog = AddAccountDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._account_added)
        self.add_dialog = dialog
        dialog.open()

    def _account_added(self) -> None:
        dialog = self.add_dialog
        self.load_accounts()
        if dialog is not None and dialog.added is not None:
            self.banner.show_message(
                self.tr("Account added for %1.").replace("%1", dialog.added.display_name),
                error=False,
            )

    def remove_account(self) -> None:
        item = self.accounts_list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account?"),
            self.tr(
                "Remove the account of %1? They will no longer be able to sign in. What they "
                "recorded stays."
            ).replace("%1", item.text(0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.ctx.active:
            return
        ctx = self.ctx
        user_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        try:
            rotation = run_blocking(lambda: accounts.remove_account(ctx.vault, user_id))
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.load_accounts()
        if rotation.rotated:
            self.banner.show_message(
                self.tr(
                    "The account was removed and the vault's key was rotated: its old "
                    "passphrase no longer opens the vault, even with an old copy of its files."
                ),
                error=False,
            )
        else:
            self.banner.show_message(
                self.tr("The account was removed, but the vault's key was not rotated yet."),
                rotation.not_done,
            )
        self._show_new_code(rotation.recovery_code)

    def rotate_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Rotate the vault's key?"),
            self.tr(
                "The database is re-encrypted with a new key, which takes a moment. Everyone "
                "signs in as before. Rotate the key now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.ctx.active:
            return
        ctx = self.ctx
        try:
            rotation = run_blocking(lambda: accounts.rotate_key(ctx.vault))
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.banner.show_message(
            self.tr(
                "The vault's key was rotated. Old copies of its key file no longer open it; "
                "backups made before still open with the passphrases of their time."
            ),
            error=False,
        )
        self._show_new_code(rotation.recovery_code)

    def _show_new_code(self, code: str | None) -> None:
        if not code:
            return
        dialog = RecoveryCodeDialog(self._school.name, code, self)
        dialog.panel.data_dir = self.ctx.vault.vault.data_dir
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog = dialog
        dialog.open()

    def _update_change_button(self) -> None:
        self.change_button.setEnabled(
            bool(self.current_passphrase.text()) and self.new_passphrase.is_acceptable()
        )

    def change_passphrase(self) -> None:
        self.banner.clear()
        old = self.current_passphrase.text()
        new = self.new_passphrase.passphrase()
        ctx = self.ctx
        try:
            run_blocking(lambda: accounts.change_passphrase(ctx.vault, old, new, ctx.kdf))
        except WrongPassphrase:
            self.banner.show_message(
                self.tr("Your current passphrase is not right."),
                self.tr("Nothing was changed. Type your current passphrase again."),
            )
            self.current_passphrase.clear()
            self.current_passphrase.setFocus()
            return
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.current_passphrase.clear()
        self.new_passphrase.clear()
        self.banner.show_message(
            self.tr("Your passphrase has been changed. Use the new one next time you sign in."),
            error=False,
        )

    def make_recovery_code(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Make a new recovery code?"),
            self.tr("The current recovery code will stop working at once. Make a new one now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.ctx.active:
            return
        ctx = self.ctx
        try:
            code = run_blocking(lambda: new_recovery_code(ctx.vault, ctx.kdf))
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        dialog = RecoveryCodeDialog(self._school.name, code, self)
        dialog.panel.data_dir = ctx.vault.vault.data_dir
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog = dialog
        dialog.open()
