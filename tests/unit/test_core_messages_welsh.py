"""Every message the core can produce has Welsh, and renders in Welsh with its values."""

from __future__ import annotations

import datetime as dt
import re
import string

from dsl_desktop.domain import Answer, Outcome, Stage
from dsl_desktop.guidance import DecisionAnswers, point_to
from dsl_desktop.messages import Joined, Message, message, render
from dsl_desktop.pdf import text
from dsl_desktop.pdf.text_cy import WELSH
from dsl_desktop.workflow import CaseFacts, StageRuleError, advance, missing_for
from tests.core_messages import core_keys, sentence_keys, source_keys


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_scan_finds_the_core_messages() -> None:
    """The list the other tests rely on is not empty or partial: it holds messages from each
    part of the core that speaks (guidance, stage rules, history)."""
    keys = source_keys()
    assert len(keys) > 100
    for expected in (
        "The answers point towards {outcome} because {reasons}.",
        "Say who the concern is about.",
        "Moved from {old} to {new}",
        "Write down what the review found.",
    ):
        assert expected in keys


def test_every_core_message_has_welsh() -> None:
    missing = sorted(
        k for k in core_keys() if k not in WELSH or (k.strip() and not WELSH[k].strip())
    )
    assert not missing, "add Welsh to dsl_desktop/pdf/text_cy_core.py for:\n" + "\n".join(missing)


def test_welsh_keeps_the_placeholders_of_each_core_message() -> None:
    differ = [k for k in core_keys() if _fields(k) != _fields(WELSH.get(k, k))]
    assert not differ


def test_welsh_of_a_sentence_is_not_the_english() -> None:
    same = [k for k in sentence_keys() if WELSH.get(k) == k]
    assert not same


def test_render_translates_the_parts_and_keeps_the_values() -> None:
    said = message(
        "The answers point towards {outcome} because {reasons}.",
        outcome=Message("no further action"),
        reasons=Joined(
            [Message("write down the reasons for not referring"), Message("you said Siân")],
            "; ",
        ),
    )
    assert said.english() == (
        "The answers point towards no further action because write down the reasons for not "
        "referring; you said Siân."
    )
    welsh = render(said, WELSH)
    assert welsh.startswith("Mae'r atebion yn awgrymu'r ymateb hwn: dim camau pellach,")
    assert "ysgrifennwch y rhesymau dros beidio ag atgyfeirio; you said Siân." in welsh


def test_every_guidance_sentence_reads_in_welsh() -> None:
    """All the pointers and cautions for a spread of answers, rendered with the Welsh
    catalogue, hold no English sentence from the core."""
    english = sorted(sentence_keys(), key=len, reverse=True)
    for risk in Answer:
        for intent in Answer:
            for route in Answer:
                answers = DecisionAnswers(
                    immediate_risk=risk,
                    observed=1 if intent is Answer.NO else 0,
                    engagement=Answer.YES if route is Answer.UNCLEAR else Answer.NO,
                    intent=intent,
                    other_vulnerabilities=route,
                    other_route_meets_need=route,
                    other_route_in_parallel=risk is Answer.YES,
                )
                g = point_to(answers)
                shown = [render(p.sentence, WELSH) for p in g.pointers]
                shown += [render(w.text, WELSH) for w in g.warnings] + [render(g.reminder, WELSH)]
                for line in shown:
                    assert _english_in(line, english) is None, line


def _english_in(line: str, english: list[str]) -> str | None:
    for key in english:
        pattern = "".join(
            ".*?" if part.startswith("{") else re.escape(part)
            for part in re.split(r"(\{[^{}]*\})", key)
            if part
        )
        if pattern and re.search(pattern, line):
            return key
    return None


def test_stage_rules_read_in_welsh() -> None:
    facts = CaseFacts()
    for stage in (Stage.NOTICE, Stage.CHECK, Stage.DECIDE, Stage.SHARE, Stage.REVIEW):
        for problem in missing_for(stage, facts):
            welsh = render(problem.text, WELSH)
            assert welsh != problem.message and welsh.strip()
    try:
        advance(
            CaseFacts(decision_outcome=Outcome.MONITOR, decision_rationale="Watch it."),
            Stage.DECIDE,
            Stage.CLOSED,
        )
    except StageRuleError as refused:
        welsh = render(refused.text, WELSH)
        assert welsh.startswith("Ni all y pryder hwn symud o Penderfynu i Ar gau eto:")
        assert "\u201cMonitro ac adolygu\u201d yn arwain at y cam hwn: Adolygu, nid Ar gau" in welsh
        assert "Monitor and review" in refused.text.english()
    else:  # pragma: no cover - the rule refuses
        raise AssertionError("a monitoring decision does not close the concern")


def test_a_pdf_renders_a_message_in_its_language() -> None:
    said = message("Moved from {old} to {new}", old=Message("Check"), new=Message("Decide"))
    assert text.say(said) == "Moved from Check to Decide"
    with text.in_language("cy"):
        assert text.say(said) == f"Symudwyd o {WELSH['Check']} i Penderfynu"
    assert text.say("Siân typed this") == "Siân typed this"
    assert dt.date(2026, 3, 14).isoformat() in text.say(
        message("; review on {value}", value=dt.date(2026, 3, 14).isoformat())
    )


def test_actions_the_app_writes_read_in_welsh_and_typed_ones_stay() -> None:
    from dsl_desktop.action_words import UNKNOWN_OUTCOME_ACTION, action_text, review_description
    from dsl_desktop.domain import ReferralOutcome

    chase = action_text(UNKNOWN_OUTCOME_ACTION)
    assert isinstance(chase, Message) and chase.english() == UNKNOWN_OUTCOME_ACTION
    assert render(chase, WELSH).startswith("Gofynnwch eto i dîm Atal yr heddlu")
    stored = review_description(6, ReferralOutcome.PREVENT_CASE_MANAGEMENT)
    assert stored == "Review 6 months after Prevent Case Management support ended."
    assert render(action_text(stored), WELSH) == (
        "Adolygu 6 mis ar ôl i gymorth Rheoli Achosion Atal ddod i ben."
    )
    assert action_text("Ring Mrs O'Neill about Gwŷn") == "Ring Mrs O'Neill about Gwŷn"
