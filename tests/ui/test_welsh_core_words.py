"""The Welsh app shows no English sentence from the core, through every step of a concern.

The list of English sentences is every message key the core can produce
(``tests/core_messages.py`` reads them from its source). The app runs in Welsh over a demo
vault; the guided flow is driven from Notice through Check, Decide (with the guidance), Share,
the follow-up actions and the history, then the Home worklist; every text on screen (labels,
buttons, table cells, tooltips, accessible names and descriptions) is gathered at each step.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from db.vault import OpenVault
from dsl_desktop.pdf.text_cy import WELSH
from dsl_desktop.services import log as log_service
from tests.core_messages import sentence_keys
from ui import i18n
from ui.controller import AppController

TAG = re.compile(r"<[^>]+>")


SHORT = 5
"""A phrase of fewer words than this ("intent to cause harm") counts only as a whole text
(a label, a list item), since a person may type the same words in what they record."""


def _patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    """Each English sentence as a pattern (its placeholders match any text), and whether it
    is short."""
    out = []
    for key in sorted(sentence_keys(), key=len, reverse=True):
        parts = re.split(r"(\{[^{}]*\})", key)
        body = "".join(".*?" if p.startswith("{") else re.escape(p) for p in parts if p)
        words = len(re.sub(r"\{[^{}]*\}", " ", key).split())
        out.append((key, re.compile(body, re.DOTALL), words < SHORT))
    return out


PATTERNS = _patterns()


def english_in(text: str) -> str | None:
    whole = text.strip(" \u2022\u26a0\u2192:.;\n")
    for key, pattern, short in PATTERNS:
        if (
            (pattern.fullmatch(whole) or pattern.fullmatch(whole + "."))
            if short
            else pattern.search(text)
        ):
            return key
    return None


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent if parent is not None else QModelIndex()
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
    columns = 1 if flat else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if column == 0 and not flat and model.hasChildren(index):
                yield from _model_texts(model, index)


def texts_of(widget: QWidget) -> list[str]:
    """Every text a widget and its children show or say to a screen reader."""
    found: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        found += [child.toolTip(), child.accessibleName(), child.accessibleDescription()]
        if isinstance(child, QLabel):
            found.append(html.unescape(TAG.sub(" ", child.text())))
        elif isinstance(child, QAbstractButton | QGroupBox):
            found.append(child.text() if isinstance(child, QAbstractButton) else child.title())
        elif isinstance(child, QTextBrowser):
            found.append(child.toPlainText())
        elif isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            found += list(_model_texts(child.model()))
    return [t for t in found if t and t.strip()]


@pytest.fixture
def welsh_app(qapp: Any) -> Iterator[None]:
    assert i18n.install(qapp, i18n.WELSH)
    yield
    i18n.install(qapp, i18n.ENGLISH)


def test_english_in_finds_a_core_sentence_with_its_values() -> None:
    assert english_in("\u2022 The review date is in the past; choose a later date.")
    assert english_in("A concern at Rhannu cannot go back to Sylwi.")
    assert (
        english_in("Mae'r dyddiad adolygu yn y gorffennol; dewiswch ddyddiad diweddarach.") is None
    )
    assert english_in("\u2022 intent to cause harm") == "intent to cause harm"
    assert english_in("Mr Evans saw no intent to cause harm in the game.") is None


def test_the_welsh_app_shows_no_english_from_the_core(
    welsh_app: None, demo_session: tuple[AppController, OpenVault]
) -> None:
    """``welsh_app`` comes first, so the demo session's windows are built in Welsh."""
    from tools.screenshots.concern import shoot_concern_screens

    controller, _opened = demo_session
    window = controller.main_window
    assert window is not None
    window.show()
    context = window.context
    assert context is not None
    seen: dict[str, list[str]] = {}

    def look(widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        seen[name] = texts_of(widget)

    # Notice, Check, Decide with its guidance, Share, follow-up actions and the history.
    shoot_concern_screens(look, context)
    # The demo's own concerns: their history holds closed referrals, reviews, the chase
    # the app writes when an outcome is not known.
    concerns = window.page("concerns")
    for row in log_service.load_log(context.vault).rows[:12]:
        case = concerns.open_case(row.id, "history")  # type: ignore[union-attr]
        assert case is not None
        for step in ("history", "followup", "decide", "share"):
            case.show_page(step)
            look(window, f"demo {row.reference} {step}")
    window.show_page("home")
    look(window, "home")

    leaks = sorted(
        {
            f"{where}: {key!r} in {text[:160]!r}"
            for where, texts in seen.items()
            for text in texts
            if (key := english_in(text)) is not None
        }
    )
    assert not leaks, "English from the core on the Welsh screens:\n" + "\n".join(leaks)
    # What was gathered did reach the core's words: the guidance's reasons and cautions
    # at Decide, and the history's lines, are there in Welsh.
    welsh = {WELSH[k] for k in sentence_keys() if "{" not in WELSH[k]}
    decide = "\n".join(seen["concern-06-decide"])
    assert sum(w in decide for w in welsh) >= 3, decide
    history = "\n".join(seen["concern-10-history"])
    assert WELSH["Shared: {text}"].split("{")[0] in history
    assert seen["home"]


def test_a_year_group_the_app_offered_is_shown_in_welsh_and_typed_text_as_typed(
    welsh_app: None,
) -> None:
    """The case header's "Pupil, Year 12" is the app's own word, so the Welsh app says it in
    Welsh; a school or job someone typed stays as it was typed."""
    assert i18n.offered_word("Year 12") == "Blwyddyn 12"
    assert (
        i18n.offered_word("Ysgol Gyfun Gŵyr, Year 12 leaver") == "Ysgol Gyfun Gŵyr, Year 12 leaver"
    )
    assert i18n.offered_word("Gwŷn's own words") == "Gwŷn's own words"


def test_a_year_group_stays_english_in_the_english_app() -> None:
    assert i18n.offered_word("Year 12") == "Year 12"
