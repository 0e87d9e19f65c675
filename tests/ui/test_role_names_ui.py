"""The safeguarding role is named as the school's nation names it on every screen: a Designated
Safeguarding Person (DSP, *Person Dynodedig Diogelu*) in Wales, a Designated Safeguarding Lead
(DSL, *Arweinydd Dynodedig Diogelu*) in England, in English and in Welsh.

The walk shows every page of a demo vault, each tab, a case at every step, Settings and the staff
report form, and reads every text a person can see there: labels, buttons, tabs, group titles,
placeholders, tooltips, list and table cells and headers, window titles and the status bar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from layout_probe import settle
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from db.vault import Vault
from dsl_desktop.services import log as log_service
from ui import i18n, terminology
from ui.controller import AppController
from ui.terminology import for_wales

PRODUCT = re.compile(r"DSL Desktop|\.dsl\w+|school\.dslintake")
ENGLAND_ROLE = re.compile(
    r"\bDSLs?\b|\bDS&L\b|Designated Safeguarding Lead|designated safeguarding lead"
    r"|[Aa]rweinydd(?:ion)? (?:[Dd]ynodedig )?[Dd]iogelu|[Aa]rweinwyr [Dd]iogelu"
)
WALES_ROLE = re.compile(
    r"\bDSPs?\b|Designated Safeguarding Person|designated safeguarding person"
    r"|\b[PpBb]h?erson(?:au)? (?:[Dd]ynodedig )?[Dd]iogelu"
)
BOTH_NATIONS = ("Schools in Wales have", "Mae gan ysgolion yng Nghymru")
"""The set-up choice of nation explains both; it is the one text that names both roles."""


def plain(text: str) -> str:
    """``text`` without the product's name and file names, and without mnemonic ampersands."""
    return PRODUCT.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _model_texts(view: QAbstractItemView, limit: int = 80) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model hides its one column
            return 1

    for section in range(columns(QModelIndex())):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), limit)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
                if column == 0 and depth < 2 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything ``top`` shows or says about itself."""
    widgets = [top, *(w for w in top.findChildren(QWidget) if w.isVisible())]
    for w in widgets:
        where = type(w).__name__ + (f" {w.accessibleName()!r}" if w.accessibleName() else "")
        yield where, w.windowTitle() if w.isWindow() else ""
        yield where, w.toolTip()
        yield where, w.accessibleName()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield where, w.placeholderText()
            if w.isReadOnly():
                yield where, w.toPlainText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where, w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where, w.tabText(i)
        if isinstance(w, QAbstractItemView):
            for text in _model_texts(w):
                yield where, text


def wrong_names(top: QWidget, wrong: re.Pattern[str], place: str) -> list[str]:
    found = []
    for where, text in texts(top):
        if not text or any(both in text for both in BOTH_NATIONS):
            continue
        for match in wrong.finditer(plain(text)):
            found.append(f"{place}, {where}: {match.group()!r} in {text[:90]!r}")
    return found


@pytest.fixture
def language(request: Any, qapp: Any) -> Iterator[str]:
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, i18n.ENGLISH)


@pytest.fixture
def nation_session(
    request: Any, qtbot: Any, data_dir: Path, fast_kdf: Any, no_keyring: Any, tmp_path: Path
) -> Iterator[tuple[AppController, Any, str]]:
    """A demo vault of a school in ``request.param``, signed in as its DSL / DSP."""
    from dsl_desktop import demo
    from dsl_desktop.services.setup import seed_catalogues

    nation = request.param
    vault = Vault(data_dir, keyring_backend=no_keyring)
    opened, _code = vault.create(
        school_name="Ysgol Glan Morfa", sign_in_name="emorgan", display_name="Ms Eleri Morgan",
        passphrase="meadow lantern copper 5", kdf=fast_kdf,
        school={"urn": "409876", "nation": nation}, seed=seed_catalogues,
    )  # fmt: skip
    demo.generate(opened, concerns=14, staff=12, seed=3)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    controller = AppController(vault, settings=settings, kdf=fast_kdf, quit_app=lambda: None)
    controller.enter(opened)
    yield controller, opened, nation
    controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    QApplication.processEvents()


def _walk(controller: AppController, opened: Any, wrong: re.Pattern[str]) -> list[str]:
    window = controller.main_window
    assert window is not None
    window.resize(1366, 768)
    window.show()
    settle()
    found: list[str] = []
    for key in window.page_keys():
        window.show_page(key)
        settle()
        found += wrong_names(window, wrong, key)
        for tabs in window.findChildren(QTabWidget):
            if tabs.isVisible():
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    settle()
                    found += wrong_names(window, wrong, f"{key}, tab {tabs.tabText(index)}")
                tabs.setCurrentIndex(0)
    by_stage: dict[str, int] = {}
    for row in log_service.load_log(opened).rows:
        by_stage.setdefault(row.stage, row.id)
    assert {"notice", "check", "decide", "share"} <= set(by_stage)
    page = window.page("concerns")
    window.show_page("concerns")
    for stage, concern_id in sorted(by_stage.items()):
        case = page.open_case(concern_id)  # type: ignore[union-attr]
        assert case is not None
        for step in case.pages:
            case.show_page(step)
            settle()
            found += wrong_names(window, wrong, f"case at {stage}, step {step}")
        page.show_list()  # type: ignore[union-attr]
    from ui.settings_dialog import SettingsDialog

    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            found += wrong_names(dialog, wrong, f"Settings, tab {tabs.tabText(index)}")
    dialog.reject()
    return found


@pytest.mark.parametrize("language", ["en", "cy"], indirect=True)
@pytest.mark.parametrize(
    ("nation_session", "wrong", "right"),
    [("wales", ENGLAND_ROLE, WALES_ROLE), ("england", WALES_ROLE, ENGLAND_ROLE)],
    indirect=["nation_session"],
    ids=["wales", "england"],
)
def test_every_page_names_the_role_as_the_nation_does(
    language: str, nation_session: Any, wrong: re.Pattern[str], right: re.Pattern[str]
) -> None:
    controller, opened, nation = nation_session
    window = controller.main_window
    assert window is not None
    # The status bar names the signed-in role, so the right name is on screen to be found.
    status = window.user_label.text()
    assert right.search(status), status
    assert not wrong.search(status), status
    found = _walk(controller, opened, wrong)
    assert not found, f"{nation} in {language}:\n" + "\n".join(found[:60])


@pytest.mark.parametrize("nation_session", ["england"], indirect=True)
def test_the_name_follows_the_nation_chosen_in_settings(qtbot: Any, nation_session: Any) -> None:
    import dataclasses

    from dsl_desktop.domain import Nation
    from dsl_desktop.services import accounts

    controller, opened, _nation = nation_session
    window = controller.main_window
    assert window is not None
    assert "Designated Safeguarding Lead" in window.user_label.text()
    details = accounts.school_details(opened)
    accounts.update_school(opened, dataclasses.replace(details, nation=Nation.WALES))
    window.settings_changed.emit()
    assert "Designated Safeguarding Person" in window.user_label.text()
    assert terminology.current_nation() is Nation.WALES


@pytest.mark.parametrize("language", ["en", "cy"], indirect=True)
def test_the_staff_report_form_names_the_dsp_for_a_school_in_wales(
    qtbot: Any, language: str
) -> None:
    from dsl_desktop.intake.keyfile import IntakeKey, key_id_for
    from dsl_desktop.intake.locate import FoundKey
    from ui.report.form import StaffReportWindow

    public = bytes(range(32))
    key = IntakeKey(school="Ysgol y Fro", public_key=public, key_id=key_id_for(public),
                    nation="wales")  # fmt: skip
    read_back = IntakeKey.from_bytes(key.to_bytes())
    assert read_back.nation == "wales"
    assert (
        IntakeKey.from_bytes(IntakeKey("Brook Lane", public, key_id_for(public)).to_bytes()).nation
        == "england"
    )
    for nation, wrong, right in (("wales", ENGLAND_ROLE, WALES_ROLE),
                                 ("england", WALES_ROLE, ENGLAND_ROLE)):  # fmt: skip
        terminology.set_nation(nation)
        window = StaffReportWindow(FoundKey(read_back, Path("school.dslintake")))
        qtbot.addWidget(window)
        window.show()
        settle()
        said = " ".join(t for _w, t in texts(window))
        assert right.search(plain(said)), nation
        assert not wrong_names(window, wrong, f"staff report ({nation})")
        window.close()


def test_the_wizard_names_the_dsp_once_wales_is_chosen(
    qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    controller = make_controller(vaults())
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    wizard.next()
    form = wizard.school_page.form
    form.name.setText("Ysgol Gymraeg y Fro")
    form.nation.setCurrentIndex(form.nation.findData("wales"))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.account_page
    assert "Designated Safeguarding Person" in wizard.account_page.subTitle()
    wizard.back()
    form.nation.setCurrentIndex(form.nation.findData("england"))
    wizard.next()
    assert "Designated Safeguarding Lead" in wizard.account_page.subTitle()


@pytest.mark.parametrize(
    ("english", "welsh"),
    [
        ("Only the DSL can do this.", "Dim ond yr Arweinydd Diogelu all wneud hyn."),
        ("Deputy DSL", "Dirprwy Arweinydd Diogelu"),
        ("Seal and send to the DS&L", "Selio a'i anfon at yr &Arweinydd Diogelu"),
        ("A deputy designated safeguarding lead.", "Dirprwy arweinydd dynodedig diogelu."),
    ],
)
def test_for_wales_renames_the_role_with_its_mutations(english: str, welsh: str) -> None:
    for text in (english, welsh):
        assert ENGLAND_ROLE.search(plain(text))
        assert not ENGLAND_ROLE.search(plain(for_wales(text)))
        assert WALES_ROLE.search(plain(for_wales(text)))


def test_the_welsh_mutations_are_right() -> None:
    assert for_wales("Dim ond yr Arweinydd Diogelu all wneud hyn.") == (
        "Dim ond y Person Diogelu all wneud hyn."
    )
    assert for_wales("Nid oes gan unrhyw arweinydd diogelu gyfrif") == (
        "Nid oes gan unrhyw berson diogelu gyfrif"
    )
    assert for_wales("Mae'r atgyfeiriwr yn ddirprwy arweinydd dynodedig diogelu.") == (
        "Mae'r atgyfeiriwr yn ddirprwy berson dynodedig diogelu."
    )
    assert for_wales("y pennaeth ac Arweinydd Diogelu") == "y pennaeth a Pherson Diogelu"
    assert for_wales("Cysylltwch ag Arweinydd Atal yr awdurdod lleol") == (
        "Cysylltwch ag Arweinydd Atal yr awdurdod lleol"  # the Prevent lead is not the DSP
    )
    assert for_wales("Open DSL Desktop") == "Open DSL Desktop"
    assert for_wales("DSLs and deputies") == "DSPs and deputies"


def test_every_catalogue_text_about_the_dsl_has_a_wales_form() -> None:
    """No English or Welsh text in the catalogue keeps the DSL's name for a school in Wales."""
    import json

    from dsl_desktop.resources import resource_path

    catalogue = json.loads(
        resource_path("translations", "cy_source.json").read_text(encoding="utf-8")
    )
    left = []
    for english, welsh in catalogue["messages"].items():
        for text in (english, welsh if isinstance(welsh, str) else ""):
            if any(both in text for both in BOTH_NATIONS):
                continue
            if ENGLAND_ROLE.search(plain(for_wales(text))):
                left.append(text[:100])
    assert not left, "\n".join(left)
