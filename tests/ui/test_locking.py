"""Locking: Ctrl+L, auto-lock after idle time, drafts saved first, back to the same page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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
    # The window stays where it is, covered, with no page (and so no record) in it.
    assert controller.locked_window is main and main.isVisible() and main.is_locked()
    assert main.page_keys() == []
    qtbot.waitUntil(lambda: main.findChild(DraftPage) is None)  # deleted, not just hidden
    assert DraftPage.saves == [("lock", False)]  # told before the vault closed
    unlock = controller.unlock_window
    assert unlock is not None and unlock.isVisible()
    assert unlock.account_combo.currentText() == DSL_NAME
    again = sign_in(qtbot, controller, DSL_NAME, PASSPHRASE)
    assert again is main and not main.is_locked()
    assert main.current_page_key() == "draft"
    assert main.page_keys() == ["home", "draft"]


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


class _Hides(QObject):
    """Counts the times a window is hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Hide:
            self.count += 1
        return False


def test_lock_keeps_the_window_and_the_open_case(qtbot, demo_session) -> None:
    from dsl_desktop.services import log as log_service
    from ui.home_page import HomePage

    controller, opened = demo_session
    main = controller.main_window
    main.show()
    qtbot.waitExposed(main)
    window_id = main.winId()
    concern = next(r for r in log_service.load_log(opened).rows if r.status == "open")
    main.show_page("concerns")
    case = main.page("concerns").open_case(concern.id, "check")
    assert case is not None
    home_before = main.page("home")
    hides = _Hides()
    main.installEventFilter(hides)
    controller.lock()
    assert main.isVisible() and main.is_locked() and hides.count == 0
    assert opened.closed and main.page_keys() == []
    unlock = controller.unlock_window
    unlock.account_combo.setCurrentText("emorgan")
    unlock.passphrase_edit.setText("meadow lantern copper 5")
    with qtbot.waitSignal(controller.signed_in):
        unlock.unlock()
    assert controller.main_window is main and main.winId() == window_id
    assert hides.count == 0, "the window was hidden (its taskbar entry would vanish)"
    assert main.current_page_key() == "concerns"
    page = main.page("concerns")
    assert page.case is not None and page.case.concern_id == concern.id
    assert page.case.current_key == "check"
    home = main.page("home")
    assert isinstance(home, HomePage) and home is not home_before  # built afresh for the session
    # Home's buttons and the File menu's page items are there once, not twice.
    texts = [a.text() for a in main.file_menu.actions()]
    assert len(texts) == len(set(t for t in texts if t)) + texts.count("")
    assert len(main.quick_actions) == len({a.text() for a in main.quick_actions})
