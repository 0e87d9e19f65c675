"""A concern from Notice to a recorded decision with the keyboard alone (Tab, arrows, Space,
Return, Ctrl+N, Ctrl+Return and typed ASCII text), and every control named for screen readers."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from test_concern_flow import a_person, concern_at, start

from dsl_desktop.domain import Outcome, Stage
from dsl_desktop.services import concerns as cs

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def tab_to(qtbot: Any, target: QWidget, limit: int = 250) -> int:
    """Press Tab until ``target`` has the focus (proving it can be reached); the presses used."""
    for presses in range(limit):
        if focused() is target:
            return presses
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName() or target} is not reachable with Tab")


def type_text(qtbot: Any, text: str) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def activate(qtbot: Any, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_a_concern_from_notice_to_decision_with_the_keyboard_only(
    qtbot, vaults, make_controller
) -> None:
    session = start(vaults, make_controller)
    person = a_person(session.ov)  # Gwŷn Prys: found by typing "gwyn"
    window = session.window
    activate(qtbot, window)

    # Ctrl+N: a new concern, with the focus on the first question.
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    page = session.page
    form = page.notice_form
    assert form is not None and window.current_page_key() == "concerns"
    assert focused() is form.danger.buttons["yes"]
    press(qtbot, Qt.Key.Key_Right)  # to "No"
    press(qtbot, Qt.Key.Key_Space)
    assert form.danger.value() == "no"

    tab_to(qtbot, form.person.search)
    type_text(qtbot, "gwyn")
    press(qtbot, Qt.Key.Key_Return)  # the first match
    assert form.person.person_id == person

    tab_to(qtbot, form.noticed_by)
    type_text(qtbot, "Mr Rhys Evans, form tutor")
    tab_to(qtbot, form.location)
    type_text(qtbot, "Dining hall")
    tab_to(qtbot, form.account)
    type_text(qtbot, 'He said "they all deserve what is coming to them".')
    tab_to(qtbot, form.indicators.boxes["hostile_language"])
    press(qtbot, Qt.Key.Key_Space)
    assert form.indicators.value() == ["hostile_language"]
    press(qtbot, Qt.Key.Key_Return, CTRL)  # record it

    case = page.case
    assert case is not None and case.view is not None and case.view.stage is Stage.CHECK
    assert case.view.account == 'He said "they all deserve what is coming to them".'
    assert focused() is case.steps.buttons["check"]

    # Check: one observed piece of information, then on to Decide.
    info = case.check.info_form
    tab_to(qtbot, info.content)
    type_text(qtbot, "I heard him say it in the queue.")
    tab_to(qtbot, info.source)
    type_text(qtbot, "Mr Rhys Evans")
    tab_to(qtbot, info.kind.buttons["observed"])
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert case.check.items_model.rowCount() == 1
    alt = case.check.alt_form
    tab_to(qtbot, alt.explanation)
    type_text(qtbot, "Repeating a line from a film.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert case.check.alt_model.rowCount() == 1
    tab_to(qtbot, case.check.move_button)
    press(qtbot, Qt.Key.Key_Space)
    assert case.view.stage is Stage.DECIDE and case.current_key == "decide"

    # Decide: answer, tick the supporting information, choose, write why, record.
    d = case.decide
    tab_to(qtbot, d.answers["engagement"].buttons["yes"])
    press(qtbot, Qt.Key.Key_Space)
    item_id = str(case.view.items[0].id)
    tab_to(qtbot, d.support["engagement"].boxes[item_id])
    press(qtbot, Qt.Key.Key_Space)
    assert "Prevent referral" in d.guidance.text()
    tab_to(qtbot, d.outcome.buttons["no_further_action"])
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Down)
    assert focused() is d.outcome.buttons["prevent_referral"]
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, d.rationale)
    type_text(qtbot, "Hostile words heard first hand; a referral is proportionate.")
    press(qtbot, Qt.Key.Key_Return, CTRL)

    view = cs.case_view(session.ov, case.concern_id)
    assert view.stage is Stage.SHARE
    decision = view.latest_decision
    assert decision is not None and decision.outcome is Outcome.PREVENT_REFERRAL
    assert decision.rationale == "Hostile words heard first hand; a referral is proportionate."
    assert decision.answers["engagement"] == "yes"
    assert decision.answers["engagement_items"] == [int(item_id)]

    # The steps themselves: Alt+number mnemonics reach each step page.
    assert focused() is case.steps.buttons["share"]  # the focus follows the concern on
    # (a mnemonic "animates" the click, which lands a moment later)
    press(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: case.current_key == "history", timeout=2000)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: case.current_key == "decide", timeout=2000)


def _part_of_a_named_control(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    """Interactive widgets a screen reader could not name (no accessible name and no text)."""
    missing = []
    kinds = (
        QAbstractButton,
        QLineEdit,
        QPlainTextEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
    )
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if _part_of_a_named_control(w):
            continue  # the editor or pop-up list inside a combo or spin box: the box is named
        text = w.text() if isinstance(w, QAbstractButton) else ""
        if not w.accessibleName() and not text.replace("&", "").strip():
            missing.append(f"{type(w).__name__} in {type(w.parent()).__name__}")
    return missing


def _labels_without_buddies(root: QWidget) -> list[str]:
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if "&" in label.text().replace("&&", "") and label.buddy() is None
    ]


def test_every_control_is_named_and_every_mnemonic_leads_somewhere(
    qtbot, vaults, make_controller
) -> None:
    session = start(vaults, make_controller)
    form = session.page.open_new()
    assert _unnamed(form) == []
    assert _labels_without_buddies(form) == []
    form.person.add_new()
    dialog = form.person.dialog
    assert _unnamed(dialog) == [] and _labels_without_buddies(dialog) == []
    dialog.reject()
    concern_id = concern_at(session.ov)
    case = session.page.open_case(concern_id)
    assert case is not None
    assert _unnamed(case) == [] and _labels_without_buddies(case) == []
    people = session.window.page("people")
    assert people is not None and _unnamed(people) == [] and _labels_without_buddies(people) == []
    case.history.open_amend()
    assert case.history.dialog is not None
    assert (
        _unnamed(case.history.dialog) == [] and _labels_without_buddies(case.history.dialog) == []
    )


def _clashing_mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Mnemonics (Alt+letter) used twice among the controls showing at the same time."""
    found: dict[str, list[str]] = {}
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root.window()):
            continue
        if isinstance(w, QLabel) and w.buddy() is None:
            continue
        text = w.text() if isinstance(w, QAbstractButton | QLabel) else ""
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return {k: v for k, v in found.items() if len(v) > 1}


def test_no_mnemonic_is_used_twice_on_one_screen(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    window = session.window
    window.show()
    form = session.page.open_new()
    form.danger.set_value("yes")
    form.more.set_open(True)
    assert _clashing_mnemonics(window) == {}
    form.person.add_new()
    form.person.dialog.show()
    assert _clashing_mnemonics(form.person.dialog) == {}
    form.person.dialog.reject()
    for stage in (Stage.CHECK, Stage.DECIDE):
        case = session.page.open_case(concern_at(session.ov, stage))
        assert case is not None
        for key in case.pages:
            case.show_page(key)
            assert _clashing_mnemonics(window) == {}, (stage, key)
    session.page.show_list()
    assert _clashing_mnemonics(window) == {}
    window.show_page("people")
    assert _clashing_mnemonics(window) == {}
