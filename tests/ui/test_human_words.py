"""History and audit lines are sentences: no stored codes (``snake_case``, ``dotted.codes``),
no field paths, no JSON."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from layout_probe import settle

from dsl_desktop.services import concerns as cs
from dsl_desktop.services import log as log_service
from ui.concern.history import field_label, show_value
from ui.concern.history_words import sentence

_EMAIL_OR_WEB = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
_DOTTED = re.compile(r"\b[a-z_]+\.[a-z_]+\b")


def codes_in(text: str) -> list[str]:
    text = _EMAIL_OR_WEB.sub("", text)
    found = _SNAKE.findall(text) + _DOTTED.findall(text)
    if "{" in text or "}" in text:
        found.append("{…}")
    return found


def test_the_check_finds_codes() -> None:
    assert codes_in("Amended: wording.checks") == ["wording.checks"]
    assert codes_in("decision_record.saved") == ["decision_record", "decision_record.saved"]
    assert codes_in('{"concern_id": 1}') == ["concern_id", "{…}"]
    assert codes_in("Sent to prevent.referrals@example.police.uk by secure email") == []


def test_history_lines_are_sentences(demo_session: Any) -> None:
    controller, opened = demo_session
    window = controller.main_window
    window.resize(1366, 768)
    window.show()
    rows = log_service.load_log(opened).rows
    some = rows[0].id
    cs.amend(opened, "concern", some, "location", "The library, upstairs", "Was not precise.")
    cs.fill_in(opened, "concern", some, "details.mental_health", "Seen by CAMHS in 2025.")
    window.show_page("concerns")
    page = window.page("concerns")
    problems: list[str] = []
    kinds: set[str] = set()
    for row in rows:
        case = page.open_case(row.id, "history")
        settle()
        history = case.history
        for entry, shown in zip(history.entries, history.model.rows, strict=True):
            kinds.add(entry.kind)
            what, details = shown[1], shown[2]
            checked = what + ("\n" + details if entry.kind == "amendment" else "")
            problems += [
                f"{row.reference} {entry.kind}: {c} in {what!r}" for c in codes_in(checked)
            ]
        page.show_list()
    assert {"noticed", "recorded", "information", "decision", "amendment"} <= kinds
    assert not problems, "\n".join(problems)


def test_an_amendment_reads_as_a_before_and_after() -> None:
    entry = cs.HistoryEntry(
        at=dt.datetime(2026, 3, 12, 10, 41), kind="amendment", summary="", text="",
        by="Ffion Jones", entity="referral", entity_id=3,
        old_value="No checks yet.", new_value="Checked with the police Prevent team.",
        reason="Edited before the form was made", facts={"field": "wording.checks"},
    )  # fmt: skip
    what, details = sentence(entry, field_label, show_value)
    assert what == (
        "Ffion Jones changed the wording of \u201cChecks already made\u201d on the referral form"
    )
    assert details.splitlines() == [
        "Before: No checks yet.",
        "After: Checked with the police Prevent team.",
        "Why: Edited before the form was made",
    ]


def test_audit_lines_are_words(demo_session: Any) -> None:
    controller, opened = demo_session
    window = controller.main_window
    window.resize(1366, 768)
    window.show()
    page = window.page("concerns")
    window.show_page("concerns")
    some = log_service.load_log(opened).rows[0].id
    cs.amend(opened, "concern", some, "location", "The library, upstairs", "Was not precise.")
    page.open_case(some, "history")  # opening and reading the history are audited
    window.show_page("audit")
    audit = window.page("audit")
    audit.model.reload()
    settle()
    model = audit.model
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() >= 5
    actions = {model.data(model.index(r, 3)) for r in range(model.rowCount())}
    assert {"Record amended", "Concern opened", "Demonstration data added"} <= actions
    problems = []
    for r in range(model.rowCount()):
        for c in (3, 4, 5):
            text = model.data(model.index(r, c)) or ""
            problems += [f"row {r} column {c}: {code} in {text!r}" for code in codes_in(text)]
    assert not problems, "\n".join(problems[:40])
