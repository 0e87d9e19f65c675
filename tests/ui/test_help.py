"""Help (F1) and Urgent help (F12): the topics, searching them, help about the screen in use,
and the numbers to call, with the school's local contacts only once the vault is open."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from test_concern_flow import concern_at, start
from uitest_data import DSL_NAME, PASSPHRASE

from dsl_desktop.domain import Stage
from dsl_desktop.services.accounts import ContactEntry, save_local_contacts
from ui.help import topics
from ui.help.context import STEP_TOPICS
from ui.help.window import HelpWindow
from ui.main_window import MainWindow
from ui.urgent_help import UrgentHelpDialog

CONTACTS = [
    ContactEntry(None, "police_prevent_referral_email", "", "", "prevent@example.police.uk"),
    ContactEntry(None, "la_prevent_lead", "Gareth Price", "01234 100200", "lead@example.gov.uk"),
    ContactEntry(None, "mash_front_door", "Front Door", "01234 300400", ""),
]
NATIONAL = ["999", "101", "18001 101", "0800 011 3764", "0800 789 321"]


def activate(qtbot: Any, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def shown(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def signed_in(vaults: Any, make_controller: Any, contacts: list[ContactEntry]) -> MainWindow:
    vault = vaults.create()
    controller = make_controller(vault)
    opened = vault.unlock(DSL_NAME, PASSPHRASE)
    save_local_contacts(opened, contacts)
    return controller.enter(opened)


# ---- the topics -------------------------------------------------------------------------------
def test_every_topic_has_its_english_text_with_a_heading() -> None:
    assert len(topics.TOPICS) >= 7
    for t in topics.TOPICS:
        html = topics.topic_html(t.key, "en")
        assert re.search(r"<h1>.+</h1>", html), t.key
        assert topics.topic_text(t.key, "en").strip()
    assert topics.help_language() == "en"


@pytest.mark.parametrize(
    ("key", "must_say"),
    [
        ("prevent", ["CONTEST", "Counter-Terrorism and Security Act 2015", "Channel", "voluntary"]),
        ("notice-check-share", ["Notice", "Check", "Share", "same day", "National Prevent Referral Form"]),
        ("facts-and-opinions", ["Observation", "Assertion", "Assumption", "Example", "Alternative explanations", "autism"]),
        ("after-a-referral", ["screening", "No further action", "Signposting", "Prevent Case Management", "Channel panel", "voluntary"]),
        ("consent-and-sharing", ["without the person's agreement", "under 18", "put the child at risk", "what", "with whom", "when", "why", "Schedule 1"]),
        ("emergency", ["999", "immediate danger", "conflict zone", "101", "18001 101", "0800 789 321", "0800 011 3764"]),
    ],
)  # fmt: skip
def test_the_topics_cover_what_a_dsl_needs(key: str, must_say: list[str]) -> None:
    text = topics.topic_text(key, "en")
    missing = [words for words in must_say if words.lower() not in text.lower()]
    assert not missing, (key, missing)


def test_search_ignores_case_and_accents_and_needs_every_word() -> None:
    keys = [t.key for t in topics.search("CONSENT")]
    assert "consent-and-sharing" in keys
    assert [t.key for t in topics.search("scréening channel")] == ["after-a-referral"]
    assert topics.search("xyzzy plover") == []
    assert len(topics.search("   ")) == len(topics.TOPICS)


def test_a_missing_translation_falls_back_to_english() -> None:
    assert topics.topic_path("emergency", "cy").parts[-2] == "cy"  # Welsh exists
    assert topics.topic_path("emergency", "fr").parts[-2] == "en"  # no French: English
    with pytest.raises(KeyError):
        topics.topic("no-such-topic")


# ---- the help window ----------------------------------------------------------------------------
def test_f1_opens_help_with_every_topic_listed(
    qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    window = signed_in(vaults, make_controller, CONTACTS)
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert "Help contents" in window.help_action.text().replace("&", "")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = shown(HelpWindow)
    assert help_window.topic_keys() == [t.key for t in topics.TOPICS]
    assert help_window.current_key == topics.DEFAULT_TOPIC  # the Home page has no topic of its own
    titles = [help_window.topic_list.item(r).text() for r in range(help_window.topic_list.count())]
    assert "When to call 999" in titles and "Notice, check, share" in titles
    assert "Getting started" in help_window.browser.toPlainText()


def test_searching_filters_the_topics_and_marks_the_words(qtbot: Any) -> None:
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show()
    help_window.search_edit.setText("parents carers")
    assert "consent-and-sharing" in help_window.topic_keys()
    assert help_window.current_key in help_window.topic_keys()
    assert "mention" in help_window.matches.text()
    assert help_window.browser.extraSelections()
    help_window.search_edit.setText("xyzzy")
    assert help_window.topic_keys() == []
    assert "No topic mentions" in help_window.matches.text()
    help_window.search_edit.clear()
    assert len(help_window.topic_keys()) == len(topics.TOPICS)
    # links between topics open inside the window, at their anchor
    help_window.show_topic("getting-started")
    help_window.browser.anchorClicked.emit(QUrl("emergency.html"))
    assert help_window.current_key == "emergency"
    assert help_window.show_topic("notice-check-share#check")
    assert help_window.topic_list.currentItem().text() == "Notice, check, share"
    assert not help_window.show_topic("nothing-here")


def test_f1_on_a_concern_step_opens_the_topic_about_that_step(
    qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    session = start(vaults, make_controller)
    window = session.window
    activate(qtbot, window)
    case = session.page.open_case(concern_at(session.ov, Stage.DECIDE))
    assert case is not None
    for key in ("check", "decide", "share", "history"):
        case.show_page(key)
        case.steps.buttons[key].setFocus()
        qtbot.keyClick(case.steps.buttons[key], Qt.Key.Key_F1)
        help_window = shown(HelpWindow)
        assert help_window.current_key == STEP_TOPICS[key].partition("#")[0], key
        help_window.close()
        activate(qtbot, window)
    # a new concern with someone in danger: the 999 topic
    form = session.page.open_new()
    form.danger.set_value("yes")
    assert window.help.context_topic(form.danger) == "emergency"
    form.danger.set_value("no")
    assert window.help.context_topic(form.danger) == "notice-check-share#notice"
    form.drafts.discard()


def test_f1_and_f12_work_inside_a_dialog_of_the_session(
    qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    session = start(vaults, make_controller)
    case = session.page.open_case(concern_at(session.ov, Stage.DECIDE))
    assert case is not None
    dialog = case.edit_person()
    assert dialog is not None
    activate(qtbot, dialog)
    focus = QApplication.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    help_window = shown(HelpWindow)
    assert help_window.parentWidget() in (dialog, session.window)
    help_window.close()
    qtbot.keyClick(focus, Qt.Key.Key_F12)
    urgent = shown(UrgentHelpDialog)
    assert "999" in texts(urgent)
    urgent.close()
    dialog.close()


# ---- urgent help ---------------------------------------------------------------------------------
def test_urgent_help_is_one_click_away_with_999_first_and_the_local_contacts(
    qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    window = signed_in(vaults, make_controller, CONTACTS)
    toolbar = window.help_toolbar
    assert toolbar.isVisibleTo(window) and not toolbar.isMovable()
    assert not toolbar.toggleViewAction().isVisible()  # it cannot be switched off
    button = toolbar.widgetForAction(window.urgent_help_action)
    assert button is not None and button.isVisibleTo(window)
    assert button.accessibleName().startswith("Urgent help")
    for key in window.page_keys():  # on every page
        window.show_page(key)
        assert button.isVisibleTo(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    urgent = shown(UrgentHelpDialog)
    panel = urgent.panel
    assert panel.emergency_number.text() == "999"
    assert list(panel.copy_buttons)[0] == "999"  # 999 comes first
    shown_text = texts(urgent)
    for number in NATIONAL:
        assert number in shown_text, number
    assert shown_text.index("999") < shown_text.index("0800 789 321")
    for value in ("prevent@example.police.uk", "Gareth Price", "01234 100200", "01234 300400"):
        assert value in shown_text, value
    assert "Local authority Prevent lead" in shown_text

    qtbot.mouseClick(panel.copy_buttons["0800 011 3764"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "0800 011 3764"
    assert "0800 011 3764" in panel.status.text()
    copy_names = [b.accessibleName() for b in panel.copy_buttons.values()]
    assert all(name.startswith("Copy ") for name in copy_names)
    urgent.close()

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key, modifiers in ((Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_U, ctrl_shift)):  # fmt: skip
        activate(qtbot, window)
        qtbot.keyClick(window, key, modifiers)
        shown(UrgentHelpDialog).close()


def test_urgent_help_without_local_contacts_says_where_to_add_them(
    qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    from ui.settings_dialog import SettingsDialog

    window = signed_in(vaults, make_controller, [])
    urgent = window.open_urgent_help()
    assert isinstance(urgent, UrgentHelpDialog)
    assert "Settings, under Local contacts" in texts(urgent)
    settings_button = urgent.panel.settings_button
    assert isinstance(settings_button, QPushButton)
    qtbot.mouseClick(settings_button, Qt.MouseButton.LeftButton)
    assert not urgent.isVisible()
    settings = window.findChild(SettingsDialog)
    assert settings is not None and settings.isVisible()
    settings.reject()
    home: Any = window.page("home")
    assert home.start_box.isVisibleTo(window)  # first-run guidance on the Home page
    assert "Local contacts" in home.start_text.text()


def test_before_sign_in_urgent_help_shows_national_numbers_only(
    qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    vault = vaults.create()
    opened = vault.unlock(DSL_NAME, PASSPHRASE)
    save_local_contacts(opened, CONTACTS)
    opened.close("sign_out")
    controller = make_controller(vault)
    controller.start()
    unlock = controller.unlock_window
    assert unlock is not None
    activate(qtbot, unlock)
    qtbot.mouseClick(unlock.urgent_button, Qt.MouseButton.LeftButton)
    urgent = shown(UrgentHelpDialog)
    shown_text = texts(urgent)
    for number in NATIONAL:
        assert number in shown_text
    for secret in ("prevent@example.police.uk", "Gareth Price", "01234 100200"):
        assert secret not in shown_text
    assert "once you have signed in" in shown_text
    assert urgent.panel.settings_button is None
    urgent.close()


def test_the_help_menu_lists_help_and_urgent_help(
    qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    window = signed_in(vaults, make_controller, CONTACTS)
    menu = window.menuBar().actions()[-1].menu()
    texts_ = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts_[:2] == ["Help contents", "Urgent help…"]
    assert isinstance(window.open_help("consent-and-sharing"), HelpWindow)
    assert shown(HelpWindow).current_key == "consent-and-sharing"


def test_locking_closes_urgent_help_with_the_local_contacts(
    qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    window = signed_in(vaults, make_controller, CONTACTS)
    urgent = window.open_urgent_help()
    help_window = window.open_help()
    assert urgent.isVisible() and help_window.isVisible()
    assert window.context is not None
    window.context.controller.lock()
    assert not urgent.isVisible() and not help_window.isVisible()
    still_showing = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, UrgentHelpDialog) and w.isVisible()
    ]
    assert still_showing == []


def test_help_comes_in_the_language_of_the_windows_when_it_exists(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from PySide6.QtCore import QLocale

    welsh = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    monkeypatch.setattr(topics, "resource_path", _fake_resources(tmp_path))
    assert topics.help_language(welsh) == "cy"
    assert topics.topic_path("emergency", "cy").parent.name == "cy"
    assert topics.topic_path("prevent", "cy").parent.name == "en"  # not translated yet
    monkeypatch.setattr("ui.i18n.current_language", lambda: "cy")
    assert topics.help_language() == "cy"
    monkeypatch.setattr("ui.i18n.current_language", lambda: "en")
    assert topics.help_language() == "en"


def _fake_resources(root: Any) -> Any:
    """A resources folder with Welsh help for one topic only."""
    from dsl_desktop.resources import resource_path

    (root / "help" / "cy").mkdir(parents=True)
    (root / "help" / "cy" / "emergency.html").write_text("<h1>Pryd i ffonio 999</h1>")

    def find(*parts: str) -> Any:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
        if parts[:2] == ("help", "cy") and len(parts) > 2:  # only the one topic in Welsh
            raise FileNotFoundError(candidate)
        return resource_path(*parts)

    return find
