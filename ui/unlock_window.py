"""The unlock window: choose the account, type the passphrase, or use the recovery code.

Wrong attempts slow down (the vault keeps the count on disk, so the wait survives a restart);
the window shows the wait as a live countdown and keeps Unlock disabled until it ends.
"""

from __future__ import annotations

import math
from pathlib import Path

from keyring.errors import KeyringError
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError, UnlockThrottled, WrongPassphrase
from db.keyslots import DEFAULT_KDF, KdfParams
from db.vault import OpenVault, Vault
from dsl_desktop.services.accounts import recover_account, school_details
from dsl_desktop.services.ui_support import (
    account_for_sign_in_name,
    active_sign_in_names,
    can_sign_in_with_device,
    forget_this_computer,
    remember_this_computer,
    vault_problem,
)
from ui.errors import error_text, show_vault_error
from ui.labels import icon
from ui.shared.builders import add_form_rows, add_intro, push_button
from ui.shared.recovery import RecoveryCodePanel
from ui.shared.setup_forms import PassphrasePair
from ui.tasks import run_blocking
from ui.urgent_help import UrgentHelpDialog, help_icon
from ui.widgets import MessageBanner, bring_to_front, caption, heading, name_buttons

MAX_REMEMBERED_NAMES = 10


class SignInNames:
    """Sign-in names used while the app runs, newest first: kept in memory, never on disk.

    The key file holds only salted hashes of sign-in names, and the docs promise the names are
    stored nowhere else, so this list is not written to the Qt settings file: after a lock the
    last name is filled in again, after a restart the user types it. A list that an earlier
    version wrote to the settings file is deleted the first time the app runs.
    """

    LEGACY_GROUP = "vaults"
    LEGACY_KEY = "sign_in_names"

    def __init__(self, settings: QSettings, data_dir: Path) -> None:
        self.settings = settings
        self.data_dir = Path(data_dir)
        self._names: list[str] = []
        self.forget_stored_names(settings)

    @classmethod
    def forget_stored_names(cls, settings: QSettings) -> int:
        """Remove every sign-in name list from ``settings`` (all data folders). Returns how many."""
        settings.beginGroup(cls.LEGACY_GROUP)
        try:
            found = [
                g for g in settings.childGroups() if settings.contains(f"{g}/{cls.LEGACY_KEY}")
            ]
            for group in found:
                settings.remove(f"{group}/{cls.LEGACY_KEY}")
        finally:
            settings.endGroup()
        if found:
            settings.sync()
        return len(found)

    def names(self) -> list[str]:
        return list(self._names)

    def add(self, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            return
        rest = [n for n in self._names if n.casefold() != name.casefold()]
        self._names = [name, *rest][:MAX_REMEMBERED_NAMES]

    def remove(self, name: str) -> None:
        self._names = [n for n in self._names if n.casefold() != name.casefold()]


def _keychain_problem(exc: BaseException) -> KnownError:
    if isinstance(exc, KnownError):
        return exc
    return KnownError(
        QCoreApplication.translate(
            "UnlockWindow", "The system keychain did not respond as expected."
        ),
        QCoreApplication.translate(
            "UnlockWindow",
            "Sign in with your passphrase. If this keeps happening, use “Forget this computer” "
            "in Settings.",
        ),
    )


class RecoveryDialog(QDialog):
    """Opens the vault with the recovery code, then sets a new passphrase for one account."""

    def __init__(
        self, vault: Vault, *, kdf: KdfParams, prefill: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.kdf = kdf
        self.prefill = prefill
        self.open_vault: OpenVault | None = None
        self.signed_in_as = ""
        self.setWindowTitle(self.tr("Use the recovery code"))
        self.setAccessibleName(self.tr("Use the recovery code"))
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        # Step 1: the code.
        code_form = QFormLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        add_form_rows(code_form, (self.tr("Recovery &code:"), self.code_edit))
        self._add_step(
            self.tr("Step 1 of 3: the recovery code"),
            self.tr(
                "Type the recovery code printed or saved when the vault was set up. Capital "
                "letters, spaces and dashes do not matter."
            ),
            code_form,
        )

        # Step 2: whose passphrase to set.
        reset_form = QFormLayout()
        reset_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.account_combo = QComboBox()
        self.account_combo.setAccessibleName(self.tr("Account"))
        add_form_rows(reset_form, (self.tr("&Account:"), self.account_combo))
        self.passphrase = PassphrasePair(reset_form, self)
        self._add_step(
            self.tr("Step 2 of 3: a new passphrase"),
            self.tr(
                "The code is right. Choose your account and set a new passphrase for it. "
                "Then a new recovery code replaces the one you have just used."
            ),
            reset_form,
        )

        # Step 3: the code that replaces the used one.
        self.code_panel = RecoveryCodePanel()
        self.code_panel.data_dir = vault.data_dir
        self._add_step(
            self.tr("Step 3 of 3: a new recovery code"),
            self.tr(
                "The code you used no longer opens the vault. Keep this new one in its "
                "place, and destroy the old paper or file."
            ),
            self.code_panel,
        )
        self.new_code = ""

        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = push_button(self.tr("C&ontinue"), self.tr("Continue"))
        self.next_button.setDefault(True)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.next_step)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.changed.connect(self._update_buttons)
        self.code_edit.textChanged.connect(self._update_buttons)
        self.code_panel.acknowledged.connect(self._update_buttons)
        self.setMinimumWidth(520)
        self._update_buttons()

    def _add_step(self, title: str, text: str, body: QWidget | QLayout) -> None:
        """One page of the stack: the step's heading, what to do, and its fields."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        add_intro(column, title, text, 2)
        if isinstance(body, QWidget):
            column.addWidget(body)
        else:
            column.addLayout(body)
        column.addStretch(1)
        self.stack.addWidget(page)

    def _update_buttons(self) -> None:
        if self.stack.currentIndex() == 0:
            self.next_button.setEnabled(bool(self.code_edit.text().strip()))
        elif self.stack.currentIndex() == 1:
            self.next_button.setEnabled(self.passphrase.is_acceptable())
        else:
            self.next_button.setEnabled(self.code_panel.kept.isChecked())

    def next_step(self) -> None:
        if self.stack.currentIndex() == 0:
            self._check_code()
        elif self.stack.currentIndex() == 1:
            self._reset()
        else:
            self.accept()

    def _check_code(self) -> None:
        self.banner.clear()
        code = self.code_edit.text()
        try:
            open_vault = run_blocking(lambda: self.vault.unlock_with_recovery(code))
            names = active_sign_in_names(open_vault)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            self.code_edit.selectAll()
            self.code_edit.setFocus()
            return
        self.open_vault = open_vault
        self.code_edit.clear()
        self.account_combo.addItems(names)
        match = self.account_combo.findText(self.prefill, Qt.MatchFlag.MatchFixedString)
        if match >= 0:
            self.account_combo.setCurrentIndex(match)
        self.stack.setCurrentIndex(1)
        self.next_button.setText(self.tr("&Set passphrase and sign in"))
        self.next_button.setAccessibleName(self.tr("Set passphrase and sign in"))
        self.passphrase.new_edit.setFocus()
        self._update_buttons()

    def _reset(self) -> None:
        self.banner.clear()
        assert self.open_vault is not None
        open_vault = self.open_vault
        name = self.account_combo.currentText()
        new = self.passphrase.passphrase()
        try:
            recovery = run_blocking(lambda: recover_account(open_vault, name, new, self.kdf))
            school = school_details(open_vault).name
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.passphrase.clear()
        self.signed_in_as = recovery.signed_in.sign_in_name
        self.new_code = recovery.recovery_code
        self.code_panel.set_code(school, recovery.recovery_code)
        self.stack.setCurrentIndex(2)
        self.next_button.setText(self.tr("&Sign in"))
        self.next_button.setAccessibleName(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self._update_buttons()

    def reject(self) -> None:
        if self.stack.currentIndex() == 2:
            # Signed in with the new code showing: closing goes on into the vault (the code
            # panel's own checkbox is the reminder to keep it).
            self.accept()
            return
        if self.open_vault is not None and self.open_vault.user is None:
            self.open_vault.close("sign_out")
            self.open_vault = None
        super().reject()


class UnlockWindow(QWidget):
    """Emits ``unlocked`` with the open vault once someone has signed in."""

    unlocked = Signal(object)
    closed_by_user = Signal()

    TICK_MS = 1000

    def __init__(
        self,
        vault: Vault,
        names: SignInNames,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        prefill: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.names = names
        self.kdf = kdf
        self.recovery_dialog: RecoveryDialog | None = None
        self._finished = False
        self._throttled = False
        self._error: tuple[str, str] | None = None
        self.keychain = vault.keychain_status()
        self.setWindowTitle(self.tr("Unlock — DSL Desktop"))
        self.setAccessibleName(self.tr("Unlock DSL Desktop"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(12)
        top = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon("app.svg").pixmap(56, 56))
        logo.setAccessibleName(self.tr("DSL Desktop logo"))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(heading(self.tr("DSL Desktop"), 6))
        titles.addWidget(QLabel(self.tr("The vault is locked. Sign in to continue.")))
        top.addLayout(titles, 1)
        # National numbers only: local contacts are in the vault, which is locked.
        self.urgent_button = QPushButton(help_icon("urgent.svg"), self.tr("Urgent &help…"))
        self.urgent_button.setAccessibleName(self.tr("Urgent help: 999 and national numbers (F12)"))
        self.urgent_button.setToolTip(self.tr("999 and the national numbers to call (F12)"))
        top.addWidget(self.urgent_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.account_combo = QComboBox()
        self.account_combo.setEditable(True)
        self.account_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.account_combo.setAccessibleName(self.tr("Sign-in name"))
        name_edit = self.account_combo.lineEdit()
        assert name_edit is not None
        name_edit.setPlaceholderText(self.tr("your sign-in name"))
        self.account_combo.addItems(names.names())
        account_label = QLabel(self.tr("&Sign-in name:"))
        account_label.setBuddy(self.account_combo)
        form.addRow(account_label, self.account_combo)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase_edit)
        form.addRow(passphrase_label, self.passphrase_edit)
        self.remember_check = QCheckBox(self.tr("&Remember me on this computer"))
        self.remember_check.setAccessibleName(self.tr("Remember me on this computer"))
        form.addRow("", self.remember_check)
        self.keychain_note = caption("")
        self.keychain_note.setAccessibleName(self.tr("Why remembering is unavailable"))
        form.addRow("", self.keychain_note)
        outer.addLayout(form)
        if self.keychain.available:
            self.remember_check.setToolTip(
                self.tr(
                    "Keeps a key in this computer's keychain so you can sign in without typing "
                    "your passphrase. Use only on a computer nobody else signs in to."
                )
            )
            self.keychain_note.hide()
        else:
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(self.keychain.reason)
            self.keychain_note.setText(self.keychain.reason)

        self.banner = MessageBanner()
        outer.addWidget(self.banner)
        outer.addStretch(1)

        buttons = QHBoxLayout()
        self.recovery_button = push_button(
            self.tr("Use recovery &code…"), self.tr("Use recovery code")
        )
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        self.device_button = push_button(
            self.tr("Sign in &without passphrase"), self.tr("Sign in without passphrase")
        )
        buttons.addWidget(self.device_button)
        self.unlock_button = push_button(self.tr("&Unlock"), self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.unlock_button)
        outer.addLayout(buttons)
        folder = caption(self.tr("Vault folder: %1").replace("%1", str(vault.data_dir)))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(folder)

        self.setTabOrder(self.account_combo, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.remember_check)
        self.setTabOrder(self.remember_check, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.device_button)
        self.setTabOrder(self.device_button, self.recovery_button)
        self.setTabOrder(self.recovery_button, self.urgent_button)
        self.urgent_dialog: UrgentHelpDialog | None = None
        self.urgent_button.clicked.connect(self.open_urgent_help)
        for keys in ("F12", "Ctrl+Shift+U"):
            QShortcut(QKeySequence(keys), self, self.open_urgent_help)

        self.countdown = QTimer(self)
        self.countdown.setInterval(self.TICK_MS)
        self.countdown.timeout.connect(self.update_throttle)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        name_edit.returnPressed.connect(self._name_entered)
        self.device_button.clicked.connect(self.unlock_with_device)
        self.recovery_button.clicked.connect(self.open_recovery)
        self.account_combo.currentTextChanged.connect(self._name_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, self.close)

        if prefill:
            self.account_combo.setCurrentText(prefill)
        self._name_changed(self.account_combo.currentText())
        problem = vault_problem(vault)
        if problem is not None:
            self._error = error_text(problem)
            self.banner.show_message(*self._error)
        self.update_throttle()
        self.setMinimumWidth(480)
        # Wider than 520 only when the words need it (Welsh is often longer).
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
        if self.account_combo.currentText():
            self.passphrase_edit.setFocus()
        else:
            self.account_combo.setFocus()

    def open_urgent_help(self) -> UrgentHelpDialog:
        """999 and the national numbers; the school's own contacts need the vault open."""
        if self.urgent_dialog is None:
            self.urgent_dialog = UrgentHelpDialog(None, parent=self)
        bring_to_front(self.urgent_dialog)
        return self.urgent_dialog

    # ---- state ----------------------------------------------------------------------------
    def sign_in_name(self) -> str:
        return " ".join(self.account_combo.currentText().split())

    def _name_changed(self, _text: str) -> None:
        remembered = self.keychain.available and can_sign_in_with_device(
            self.vault, self.sign_in_name()
        )
        self.device_button.setVisible(remembered)
        if self.keychain.available:
            self.remember_check.setChecked(remembered)

    def _name_entered(self) -> None:
        self.passphrase_edit.setFocus()

    def update_throttle(self) -> None:
        """Show the wait left after wrong attempts; enable Unlock when it is over."""
        remaining = self.vault.throttle.remaining()
        if remaining > 0:
            self._throttled = True
            seconds = math.ceil(remaining)
            wait = self.tr(
                "Too many wrong attempts. You can try again in %n second(s).", "", seconds
            )
            title = self._error[0] if self._error else self.tr("Please wait.")
            self.banner.show_message(title, wait)
            self.unlock_button.setEnabled(False)
            if not self.countdown.isActive():
                self.countdown.start()
            return
        self.countdown.stop()
        self.unlock_button.setEnabled(True)
        if self._throttled:
            self._throttled = False
            self.banner.show_message(self.tr("You can try again now."), "", error=False)

    def show_error(self, error: KnownError) -> None:
        self._error = error_text(error)
        self.banner.show_message(*self._error)

    # ---- actions ------------------------------------------------------------------------------
    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        name = self.sign_in_name()
        passphrase = self.passphrase_edit.text()
        if not name:
            self.show_error(KnownError(self.tr("Enter your sign-in name.")))
            self.account_combo.setFocus()
            return
        if not passphrase:
            self.show_error(KnownError(self.tr("Enter your passphrase.")))
            self.passphrase_edit.setFocus()
            return
        self._error = None
        try:
            open_vault = run_blocking(lambda: self.vault.unlock(name, passphrase))
        except UnlockThrottled:
            self.update_throttle()
            return
        except WrongPassphrase as exc:
            self.show_error(exc)
            self.passphrase_edit.clear()
            self.passphrase_edit.setFocus()
            self.update_throttle()
            return
        except KnownError as exc:
            self.show_error(exc)
            return
        self.passphrase_edit.clear()
        self._finish(open_vault, self.remember_check.isChecked())

    def unlock_with_device(self) -> None:
        account = account_for_sign_in_name(self.vault, self.sign_in_name())
        if account is None:
            self._name_changed("")
            return
        try:
            open_vault = run_blocking(lambda: self.vault.unlock_with_device(account))
        except KnownError as exc:
            self.show_error(exc)
            self.passphrase_edit.setFocus()
            return
        except KeyringError as exc:
            self.show_error(_keychain_problem(exc))
            return
        self._finish(open_vault, remember=True)

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.vault, kdf=self.kdf, prefill=self.sign_in_name(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._recovered)
        self.recovery_dialog = dialog
        dialog.open()

    def _recovered(self) -> None:
        dialog = self.recovery_dialog
        if dialog is None:
            return
        open_vault = dialog.open_vault
        dialog.open_vault = None
        self.recovery_dialog = None
        if open_vault is not None:
            self._finish(open_vault, remember=False, keep_device=True)

    def _finish(self, open_vault: OpenVault, remember: bool, keep_device: bool = False) -> None:
        if self.keychain.available and not keep_device:
            try:
                if remember and not open_vault.is_remembered():
                    remember_this_computer(open_vault)
                elif not remember and open_vault.is_remembered():
                    forget_this_computer(open_vault)
            except (KnownError, KeyringError, OSError) as exc:
                show_vault_error(self, _keychain_problem(exc), self.tr("Not remembered"))
        if open_vault.user is not None:
            self.names.add(open_vault.user.sign_in_name)
        self._finished = True
        self.countdown.stop()
        self.unlocked.emit(open_vault)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.countdown.stop()
        if not self._finished:
            self.closed_by_user.emit()
        super().closeEvent(event)

    def dismiss(self) -> None:
        """Close without it counting as the user quitting (the controller moves on)."""
        self._finished = True
        self.close()
