"""The main window's page API, menus, and the Home page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton
from uitest_data import DSL_DISPLAY, DSL_NAME, PASSPHRASE, SCHOOL

from dsl_desktop.services.accounts import ContactEntry, save_local_contacts
from ui.home_page import HomePage
from ui.main_window import MainWindow
from ui.pages import PageSpec


def signed_in(qtbot, vaults, make_controller, pages=()) -> MainWindow:
    controller = make_controller(vaults.create())
    for spec in pages:
        controller.register_page(spec)
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.account_combo.setCurrentText(DSL_NAME)
    window.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.main_window is not None
    return controller.main_window


def test_menus_have_the_standard_shortcuts(qtbot, vaults, make_controller) -> None:
    main = signed_in(qtbot, vaults, make_controller)
    assert main.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert main.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    menus = [a.text() for a in main.menuBar().actions()]
    assert menus == ["&File", "&Go", "&Settings", "&Help"]
    assert [a.text() for a in main.go_menu.actions()] == ["Home"]
    assert main.go_menu.actions()[0].shortcut() == QKeySequence("Ctrl+1")


def test_add_page_quick_action_and_page_shown(qtbot, vaults, make_controller) -> None:
    shown: list[str] = []

    class Extra(QLabel):
        def page_shown(self) -> None:
            shown.append("extra")

    def make_extra(ctx):
        ctx.window.add_quick_action("Record a new concern", lambda: ctx.window.show_page("extra"))
        return Extra("Extra page")

    main = signed_in(
        qtbot, vaults, make_controller, [PageSpec("extra", "Concerns", make_extra, order=10)]
    )
    assert main.page_keys() == ["home", "extra"]
    with pytest.raises(ValueError):
        main.add_page("extra", "Again", QLabel())
    home = main.page("home")
    assert isinstance(home, HomePage)
    buttons = {b.text(): b for b in home.actions_box.findChildren(QPushButton)}
    assert {"Record a new concern", "&Lock", "&Settings…"} <= set(buttons)
    with qtbot.waitSignal(main.page_changed) as changed:
        buttons["Record a new concern"].click()
    assert changed.args == ["extra"]
    assert shown == ["extra"]
    assert main.nav.currentItem().text() == "Concerns"
    main.show_page("home")
    go = [a for a in main.go_menu.actions() if a.text() == "Concerns"]
    assert go[0].shortcut() == QKeySequence("Ctrl+2")
    go[0].trigger()
    assert main.current_page_key() == "extra"
    main.remove_page("extra")
    assert main.page_keys() == ["home"]


def test_home_page_greets_and_shows_the_school_and_contacts(qtbot, vaults, make_controller) -> None:
    main = signed_in(qtbot, vaults, make_controller)
    home = main.page("home")
    assert isinstance(home, HomePage)
    assert DSL_DISPLAY in home.greeting.text()
    assert SCHOOL in home.subtitle.text()
    school_text = " ".join(w.text() for w in home.school_box.findChildren(QLabel))
    assert "401234" in school_text and "Isle of Anglesey" in school_text
    contacts_text = " ".join(w.text() for w in home.contacts_box.findChildren(QLabel))
    assert "999" in contacts_text
    assert "No local contacts yet" in contacts_text

    assert home.ctx.vault is not None
    save_local_contacts(
        home.ctx.vault,
        [ContactEntry(None, "police_prevent_referral_email", "", "", "prevent@example.police.uk")],
    )
    main.settings_changed.emit()
    contacts_text = " ".join(w.text() for w in home.contacts_box.findChildren(QLabel))
    assert "prevent@example.police.uk" in contacts_text
    assert "Police Prevent team referral email" in contacts_text


@pytest.mark.parametrize(
    ("hour", "greeting"), [(8, "Good morning"), (14, "Good afternoon"), (19, "Good evening")]
)
def test_greeting_follows_the_time_of_day(
    qtbot, vaults, make_controller, hour: int, greeting: str
) -> None:
    main = signed_in(qtbot, vaults, make_controller)
    assert main.context is not None
    home = HomePage(main.context, now=lambda: dt.datetime(2026, 3, 2, hour, 0))
    qtbot.addWidget(home)
    assert home.greeting.text().startswith(greeting)


def _unnamed(top) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTreeWidget,
        QWidget,
    )

    interactive = (
        QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QListWidget,
        QTreeWidget,
    )  # fmt: skip
    missing = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, interactive):
            continue
        if isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside an editable combo box or spin box
        if type(w).__name__ in ("QTabBar", "QScrollBar") or w.objectName().startswith("qt_"):
            continue  # Qt's own parts (wizard buttons, tab scrollers)
        if not w.accessibleName():
            label = w.text() if isinstance(w, QAbstractButton) else ""
            missing.append(f"{type(w).__name__} {label!r} in {type(top).__name__}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(
    qtbot, vaults, make_controller, tmp_path
) -> None:
    from ui.account_dialogs import AddAccountDialog, RecoveryCodeDialog
    from ui.settings_dialog import SettingsDialog
    from ui.setup_wizard import SetupWizard
    from ui.unlock_window import RecoveryDialog

    main = signed_in(qtbot, vaults, make_controller)
    assert main.context is not None
    main.settings_action.trigger()
    settings = main.findChild(SettingsDialog)
    tops = [
        main,
        settings,
        AddAccountDialog(main.context),
        RecoveryCodeDialog(SCHOOL, "AAAA-BBBB"),
        RecoveryDialog(main.context.vault.vault, kdf=main.context.kdf),
        SetupWizard(vaults(), kdf=main.context.kdf),
    ]
    missing = [m for top in tops for m in _unnamed(top)]
    assert missing == [], "\n".join(missing)
