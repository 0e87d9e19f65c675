"""England or Wales on screen: the school form in set-up and Settings; collation in the proxies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from uitest_data import DSL_NAME, PASSPHRASE

from db.models import Course, Requirement
from dsl_desktop.domain import Nation
from dsl_desktop.services import accounts
from ui.collation import CollatingSortProxy
from ui.settings_dialog import SettingsDialog
from ui.shared.setup_forms import SchoolForm


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_school_form_offers_england_and_wales(qtbot) -> None:
    form = SchoolForm()
    qtbot.addWidget(form)
    assert form.details().nation is Nation.ENGLAND  # the default
    form.name.setText("Ysgol y Fro")
    form.nation.setCurrentIndex(form.nation.findData("wales"))
    assert form.details().nation is Nation.WALES
    form.set_details(accounts.SchoolDetails("Brook Lane", nation=Nation.ENGLAND))
    assert form.nation.currentData() == "england"
    form.set_read_only(True)
    assert not form.nation.isEnabled()


def test_the_wizard_sets_up_a_school_in_wales(qtbot, vaults, make_controller) -> None:
    controller = make_controller(vaults())
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    form = wizard.school_page.form
    form.name.setText("Ysgol Gymraeg y Fro")
    form.nation.setCurrentIndex(form.nation.findData("wales"))
    wizard.account_page.display_name.setText("Mrs Siân Prys")
    wizard.account_page.sign_in_name.setText("sprys")
    wizard.account_page.passphrase.new_edit.setText("harbour pebble thistle 4")
    wizard.account_page.passphrase.confirm_edit.setText("harbour pebble thistle 4")
    assert wizard.create_vault()
    vault = wizard.open_vault
    assert vault is not None
    assert accounts.school_nation(vault) is Nation.WALES
    with vault.reading() as s:
        months = s.scalar(
            select(Requirement.refresh_months)
            .join(Course, Course.id == Requirement.course_id)
            .where(Requirement.role_type == "alerter", Course.code == "safeguarding_update")
        )
    assert months == 36  # the Welsh default, not KCSIE's 12


def answer_with(button_text: str, shown: list[QMessageBox]):
    """A stand-in for ``QMessageBox.exec`` that clicks the button whose text has ``button_text``."""

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        for button in box.buttons():
            if button_text in button.text().replace("&", ""):
                button.click()
                break
        return 0

    return exec_


@pytest.mark.parametrize(
    ("button", "defaults_moved"),
    [("and the defaults", True), ("nation only", False), ("Cancel", None)],
)
def test_settings_change_the_nation(
    qtbot, vaults, make_controller, monkeypatch, button, defaults_moved
) -> None:
    from dsl_desktop.services.setup import seed_catalogues

    controller = make_controller(vaults.create(seed=seed_catalogues))
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
    form = dialog.school_form
    assert form.nation.currentData() == "england"
    form.nation.setCurrentIndex(form.nation.findData("wales"))
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", answer_with(button, shown))
    vault = controller.open_vault
    assert vault is not None
    if defaults_moved is None:
        click(qtbot, dialog.save_button)
        assert dialog.isVisible()  # nothing saved; the choice can be made again
        assert accounts.school_details(vault).nation is Nation.ENGLAND
        return
    with qtbot.waitSignal(main.settings_changed):
        click(qtbot, dialog.save_button)
    assert accounts.school_details(vault).nation is Nation.WALES
    # The question named what would change before anything did.
    (box,) = shown
    assert "Wales" in box.windowTitle()
    assert "England" in box.informativeText() and "Wales" in box.informativeText()
    assert "every 36 months instead of every 12 months" in box.detailedText()
    with vault.reading() as s:
        months = s.scalar(
            select(Requirement.refresh_months)
            .join(Course, Course.id == Requirement.course_id)
            .where(Requirement.role_type == "alerter", Course.code == "safeguarding_update")
        )
    assert months == (36 if defaults_moved else 12)
    assert "Designated Safeguarding Person" in main.user_label.text()


def test_sort_proxies_use_unicode_collation(qtbot) -> None:
    names = ["Zieliński", "Ŵyn", "Ó Briain", "Williams", "Łukasiewicz", "Owen", "Lewis", "Żak"]
    model = QStandardItemModel()
    for name in names:
        model.appendRow(QStandardItem(name))
    proxy = CollatingSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    got = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert got == [
        "Lewis",
        "Łukasiewicz",
        "Ó Briain",
        "Owen",
        "Williams",
        "Ŵyn",
        "Żak",
        "Zieliński",
    ]
