"""Locking: Ctrl+L, auto-lock after idle time, drafts saved first, back to the same page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from uitest_data import DEPUTY_NAME, DEPUTY_PASSPHRASE, DSL_NAME, PASSPHRASE

from db.vault import OpenVault
from dsl_desktop.domain import Role
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages import PageContext, PageSpec
from ui.settings_dialog import SettingsDialog


class DraftPage(QWidget):
    """A stand-in for a page with unsaved work: records what it saw when asked to save."""

    saves: list[tuple[str, bool]] = []

    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx
        QVBoxLayout(self).addWidget(QLabel("Draft"))
        ctx.window.about_to_lock.connect(self.save_draft)

    def save_draft(self, reason: str) -> None:
        DraftPage.saves.append((reason, self.ctx.vault.closed))


def sign_in(qtbot, controller: AppController, name: str, passphrase: str) -> MainWindow:
    window = controller.unlock_window
    assert window is not None
    window.account_combo.setCurrentText(name)
    window.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(controller.signed_in):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.main_window is not None
    return controller.main_window


def started(vaults, make_controller, **kwargs) -> AppController:
    controller = make_controller(vaults.create(**kwargs))
    controller.register_page(
        PageSpec("draft", "Drafts", DraftPage, roles=frozenset({Role.DSL}), order=50)
    )
    controller.start()
    DraftPage.saves = []
    return controller


def test_pages_are_added_in_order_and_by_role(qtbot, vaults, make_controller) -> None:
    controller = started(vaults, make_controller, deputy=True)
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    assert main.page_keys() == ["home", "draft"]
    assert main.nav.item(1).text() == "Drafts"
    assert main.show_page("draft")
    assert isinstance(main.stack.currentWidget(), DraftPage)
    assert not main.show_page("nowhere")
    controller.sign_out()
    main = sign_in(qtbot, controller, DEPUTY_NAME, DEPUTY_PASSPHRASE)
    assert main.page_keys() == ["home"]


def test_ctrl_l_locks_and_the_same_user_returns_to_the_same_page(
    qtbot, vaults, make_controller
) -> None:
    controller = started(vaults, make_controller)
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    main.show_page("draft")
    opened: OpenVault | None = controller.open_vault
    assert opened is not None
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    with qtbot.waitSignal(controller.locked) as locked:
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == ["lock"]
    assert opened.closed
    assert controller.open_vault is None
    assert controller.main_window is None
    assert not main.isVisible()
    assert DraftPage.saves == [("lock", False)]  # told before the vault closed
    unlock = controller.unlock_window
    assert unlock is not None and unlock.isVisible()
    assert unlock.account_combo.currentText() == DSL_NAME
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    assert main.current_page_key() == "draft"


def test_auto_lock_after_idle_time(qtbot, vaults, make_controller) -> None:
    controller = started(vaults, make_controller)
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    assert controller.idle_timeout_ms() == 5 * 60_000  # the default from Settings
    main.show_page("draft")
    opened = controller.open_vault
    assert opened is not None
    controller.set_idle_timeout_ms(50)
    qtbot.waitUntil(
        lambda: controller.unlock_window is not None and controller.unlock_window.isVisible(),
        timeout=5000,
    )
    assert opened.closed
    assert controller.open_vault is None
    assert DraftPage.saves == [("auto_lock", False)]
    controller.set_idle_timeout_ms(None)
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    assert main.current_page_key() == "draft"


def test_activity_postpones_auto_lock(qtbot, vaults, make_controller) -> None:
    controller = started(vaults, make_controller)
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    controller.set_idle_timeout_ms(10_000)
    qtbot.wait(600)
    assert controller.idle_timer.remainingTime() <= 9_700
    qtbot.keyClick(main.nav, Qt.Key.Key_Down)
    assert controller.idle_timer.remainingTime() > 9_700
    qtbot.mouseClick(main.nav.viewport(), Qt.MouseButton.LeftButton)
    assert controller.idle_timer.isActive()
    controller.lock()
    assert not controller.idle_timer.isActive()  # nothing to time while locked


def test_another_user_after_a_lock_starts_at_home(qtbot, vaults, make_controller) -> None:
    controller = started(vaults, make_controller, deputy=True)
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    main.show_page("draft")
    controller.lock()
    main = sign_in(qtbot, controller, DEPUTY_NAME, DEPUTY_PASSPHRASE)
    assert main.current_page_key() == "home"
    assert "Deputy DSL" in main.user_label.text()


def test_locking_closes_open_dialogs(qtbot, vaults, make_controller) -> None:
    controller = started(vaults, make_controller)
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    main.settings_action.trigger()
    dialog = main.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    controller.lock("lock")
    assert not dialog.isVisible()


def test_sign_out_forgets_the_page(qtbot, vaults, make_controller) -> None:
    controller = started(vaults, make_controller)
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    main.show_page("draft")
    main.sign_out_action.trigger()
    assert controller.open_vault is None
    assert DraftPage.saves == [("sign_out", False)]
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    assert main.current_page_key() == "home"


def test_quit_ends_the_session(qtbot, vaults, make_controller) -> None:
    controller = started(vaults, make_controller)
    quits: list[bool] = []
    controller.quit_app = lambda: quits.append(True)
    main = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    opened = controller.open_vault
    assert opened is not None
    main.quit_action.trigger()
    assert quits == [True]
    assert opened.closed
