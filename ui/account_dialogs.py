"""The dialogs that Settings opens for accounts: adding a DSL, deputy or reviewer, and showing
a new recovery code once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts
from ui.errors import error_text
from ui.labels import role_label
from ui.pages import PageContext
from ui.shared.builders import add_form_rows, ask, push_button
from ui.shared.recovery import RecoveryCodePanel
from ui.shared.setup_forms import PassphrasePair
from ui.tasks import run_blocking
from ui.widgets import MessageBanner, caption, name_buttons


class AddAccountDialog(QDialog):
    """The DSL adds an account with a role and a first passphrase."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.added: accounts.Account | None = None
        self.setWindowTitle(self.tr("Add an account"))
        self.setAccessibleName(self.tr("Add an account"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "Give the new user their passphrase in person. They can change it later in "
                    "Settings."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Name"))
        self.sign_in_name = QLineEdit()
        self.sign_in_name.setAccessibleName(self.tr("Sign-in name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in (Role.DEPUTY, Role.DSL, Role.REVIEWER, Role.TRAINING_ADMIN):
            self.role.addItem(role_label(role.value), role.value)
        self.direct_phone = QLineEdit()
        self.direct_phone.setAccessibleName(self.tr("Direct phone"))
        self.work_email = QLineEdit()
        self.work_email.setAccessibleName(self.tr("Professional email address"))
        self.work_email.setPlaceholderText(self.tr("for referral forms; can be added later"))
        add_form_rows(
            form,
            (self.tr("&Name:"), self.display_name),
            (self.tr("&Sign-in name:"), self.sign_in_name),
            (self.tr("&Role:"), self.role),
            (self.tr("Direct p&hone:"), self.direct_phone),
            (self.tr("Professional &email:"), self.work_email),
        )
        self.role_help = caption("")
        form.addRow("", self.role_help)
        self.passphrase = PassphrasePair(form, self)
        layout.addLayout(form)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = push_button(self.tr("&Add account"), self.tr("Add account"))
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout.addWidget(buttons)
        for edit in (self.display_name, self.sign_in_name):
            edit.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.role.currentIndexChanged.connect(self._update)
        self.setMinimumWidth(500)
        self._update()

    def _update(self) -> None:
        helps = {
            Role.DSL.value: self.tr("Full access, including accounts and the recovery code."),
            Role.DEPUTY.value: self.tr("Records and works concerns; keeps the training register."),
            Role.REVIEWER.value: self.tr(
                "Reads the log, chronologies, training and audit trail; changes nothing."
            ),
            Role.TRAINING_ADMIN.value: self.tr(
                "Keeps staff and training records; sees no safeguarding concern."
            ),
        }
        self.role_help.setText(helps.get(str(self.role.currentData()), ""))
        self.add_button.setEnabled(
            bool(self.display_name.text().strip() and self.sign_in_name.text().strip())
            and self.passphrase.is_acceptable()
        )

    def add(self) -> None:
        self.banner.clear()
        ctx = self.ctx
        name, display = self.sign_in_name.text(), self.display_name.text()
        role = Role(str(self.role.currentData()))
        passphrase = self.passphrase.passphrase()
        phone, email = self.direct_phone.text(), self.work_email.text()
        try:
            self.added = run_blocking(
                lambda: accounts.add_account(
                    ctx.vault,
                    sign_in_name=name,
                    display_name=display,
                    role=role,
                    passphrase=passphrase,
                    kdf=ctx.kdf,
                    direct_phone=phone,
                    work_email=email,
                )
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.passphrase.clear()
        self.accept()


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once; Close is enabled when the user says it is kept."""

    def __init__(self, school_name: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery code"))
        self.setAccessibleName(self.tr("New recovery code"))
        layout = QVBoxLayout(self)
        self.panel = RecoveryCodePanel()
        self.panel.set_code(school_name, code)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setEnabled(False)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.panel.acknowledged.connect(self.close_button.setEnabled)
        self.setMinimumWidth(600)

    def reject(self) -> None:
        if not self.panel.kept.isChecked() and not ask(
            self,
            self.tr("Close without keeping the code?"),
            self.tr(
                "The new code will not be shown again, and the old one no longer works. "
                "Close anyway?"
            ),
        ):
            return
        super().reject()
