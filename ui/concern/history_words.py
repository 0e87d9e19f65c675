"""A concern's history in sentences: "Ffion Jones changed the wording of “Checks already made”
on the referral form". Built from each entry's plain facts (``HistoryEntry.facts``), so it is
in the user's language and never shows a stored code, a field path or JSON."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from dsl_desktop.services import concerns as cs
from ui.i18n import core_text
from ui.shared.date_fields import fmt_date
from ui.shared.labels import (
    kind_label,
    outcome_label,
    referral_outcome_label,
    stage_label,
    validation_label,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWords", text)


def section_title(code: str) -> str:
    """A referral form section's heading, as on the form."""
    titles = {
        "person": _tr("About the person"),
        "concern": _tr("The concern"),
        "information": _tr("Information and where it came from"),
        "needs": _tr("Complex needs and vulnerabilities"),
        "other": _tr("Other information"),
        "checks": _tr("Checks already made"),
        "worries": _tr("What we are worried about"),
        "referrer": _tr("Referrer"),
    }
    return titles.get(code, _tr("a section"))


def record_label(entity: str) -> str:
    """The record an amendment changed, as a phrase ("a piece of information")."""
    labels = {
        "concern": _tr("the Notice record"),
        "information_item": _tr("a piece of information"),
        "alternative_explanation": _tr("another explanation"),
        "consultation": _tr("a consultation"),
        "decision": _tr("the decision"),
        "referral": _tr("the referral"),
        "action": _tr("an action"),
        "person": _tr("the person's details"),
    }
    return labels.get(entity, _tr("a record"))


def _quoted(text: str) -> str:
    return f"\u201c{text}\u201d"


def sentence(
    entry: cs.HistoryEntry,
    field_label: Callable[[str, str], str],
    show_value: Callable[[Any, str, str], str],
) -> tuple[str, str]:
    """(what happened, in a sentence; the details under it) for one line of the history."""
    f = entry.facts
    who = entry.by
    kind = entry.kind

    def by(with_name: str, without: str) -> str:
        """The translated sentence with the person's name, or the one without."""
        return with_name.replace("%1", who) if who else without

    def date(value: Any) -> str:
        return fmt_date(value) if isinstance(value, dt.date) else ""

    details = core_text(entry.text)
    if kind == "noticed":
        text = by(_tr("%1 noticed it"), _tr("Noticed"))
        if f.get("location"):
            text += " " + _tr("at %1").replace("%1", str(f["location"]))
    elif kind == "emergency":
        text = _tr("Emergency action was taken")
    elif kind == "recorded":
        text = by(_tr("%1 recorded concern %2"), _tr("Concern %2 recorded")).replace(
            "%2", str(f.get("reference", ""))
        )
    elif kind == "information":
        text = by(_tr("%1 recorded information"), _tr("Information recorded"))
        if f.get("source"):
            text += " " + _tr("from %1").replace("%1", str(f["source"]))
        bits = []
        if f.get("kind"):
            bits.append(kind_label(str(f["kind"])).lower())
        if f.get("validation"):
            bits.append(validation_label(str(f["validation"])).lower())
        if f.get("obtained"):
            bits.append(_tr("obtained %1").replace("%1", date(f["obtained"])))
        if bits:
            text += " (" + ", ".join(bits) + ")"
    elif kind == "alternative":
        text = by(_tr("%1 recorded another explanation"), _tr("Another explanation recorded"))
    elif kind == "consultation":
        text = by(_tr("%1 consulted %2"), _tr("%2 was consulted")).replace(
            "%2", str(f.get("who", ""))
        )
        if f.get("method"):
            text += " " + _tr("(%1)").replace("%1", str(f["method"]))
    elif kind == "stage":
        text = (
            by(_tr("%1 moved the concern from %2 to %3"), _tr("The concern moved from %2 to %3"))
            .replace("%2", stage_label(str(f.get("from", ""))))
            .replace("%3", stage_label(str(f.get("to", ""))))
        )
    elif kind == "review":
        text = by(_tr("%1 held a review"), _tr("Review held"))
        if f.get("next_review"):
            text += "; " + _tr("next review %1").replace("%1", date(f["next_review"]))
    elif kind == "decision":
        text = by(_tr("%1 decided: %2"), _tr("Decided: %2")).replace(
            "%2", outcome_label(str(f.get("outcome", "")))
        )
        if f.get("review_date"):
            text += "; " + _tr("review on %1").replace("%1", date(f["review_date"]))
    elif kind == "referral_generated":
        text = by(_tr("%1 prepared the referral form"), _tr("The referral form was prepared"))
    elif kind == "referral_sent":
        text = _tr("The referral was sent to %1").replace("%1", str(f.get("to", "")))
        if f.get("how"):
            text += " " + _tr("by %1").replace("%1", str(f["how"]))
    elif kind == "referral_outcome":
        text = _tr("The referral's outcome was recorded: %1").replace(
            "%1", referral_outcome_label(str(f.get("outcome", "")))
        )
    elif kind == "action":
        text = by(_tr("%1 set an action"), _tr("An action was set"))
        if f.get("owner"):
            text += " " + _tr("for %1").replace("%1", str(f["owner"]))
        if f.get("due"):
            text += ", " + _tr("due %1").replace("%1", date(f["due"]))
    elif kind == "action_done":
        text = _tr("An action was done")
    elif kind == "attachment":
        text = by(_tr("%1 attached a file: %2"), _tr("A file was attached: %2")).replace(
            "%2", str(f.get("file", ""))
        )
    elif kind == "amendment":
        return _amendment(entry, field_label, show_value)
    else:
        text = _tr("Something was recorded")
    return text, details


def _amendment(
    entry: cs.HistoryEntry,
    field_label: Callable[[str, str], str],
    show_value: Callable[[Any, str, str], str],
) -> tuple[str, str]:
    name = str(entry.facts.get("field", ""))
    who = entry.by or _tr("Someone")
    if name.startswith("wording."):
        text = (
            _tr("%1 changed the wording of %2 on the referral form")
            .replace("%1", who)
            .replace("%2", _quoted(section_title(name.removeprefix("wording."))))
        )
    else:
        verb = _tr("%1 changed %2 on %3") if entry.reason else _tr("%1 filled in %2 on %3")
        text = (
            verb.replace("%1", who)
            .replace("%2", _quoted(field_label(entry.entity, name)))
            .replace("%3", record_label(entry.entity))
        )
    before = show_value(entry.old_value, entry.entity, name)
    after = show_value(entry.new_value, entry.entity, name)
    lines = [
        _tr("Before: %1").replace("%1", before),
        _tr("After: %1").replace("%1", after),
    ]
    if entry.reason:
        lines.append(_tr("Why: %1").replace("%1", entry.reason))
    return text, "\n".join(lines)


__all__ = ["record_label", "section_title", "sentence"]
