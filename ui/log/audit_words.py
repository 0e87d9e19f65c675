"""The audit trail's Record and Details columns in words: "Concern 12", "Section: Checks already
made · Amendment 5", never a stored code, a field path or JSON."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from dsl_desktop.domain import Outcome, ReferralOutcome, Stage
from ui.dates import show_iso

_CODE = re.compile(r"^[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditWords", text)


def humanise(code: str) -> str:
    """A stored code as words: "owner_type" -> "Owner type", "wording.checks" -> "Wording checks"."""
    words = re.sub(r"[_.]+", " ", code).strip()
    return words[:1].upper() + words[1:]


def _entity_names() -> dict[str, str]:
    return {
        "concern": _tr("Concern %1"),
        "person": _tr("Person %1"),
        "information_item": _tr("Information %1"),
        "alternative_explanation": _tr("Other explanation %1"),
        "consultation": _tr("Consultation %1"),
        "decision": _tr("Decision %1"),
        "referral": _tr("Referral %1"),
        "action": _tr("Action %1"),
        "attachment": _tr("Attached file %1"),
        "user": _tr("Account %1"),
        "staff": _tr("Member of staff %1"),
        "course": _tr("Course %1"),
        "requirement": _tr("Training requirement %1"),
        "training": _tr("Training %1"),
        "training_record": _tr("Training record %1"),
        "backup": _tr("Backup %1"),
        "transfer": _tr("Transfer %1"),
        "school": _tr("School details %1"),
        "setting": _tr("Setting %1"),
        "local_contact": _tr("Local contact %1"),
        "retention_rule": _tr("Keeping rule %1"),
    }


def record_words(entity: str, entity_id: Any) -> str:
    """The record an event is about: "Concern 12"."""
    if not entity:
        return ""
    number = "" if entity_id in (None, "") else str(entity_id)
    pattern = _entity_names().get(entity)
    if pattern is None:
        return f"{humanise(entity)} {number}".strip()
    return pattern.replace("%1", number).strip()


def _key_names() -> dict[str, str]:
    return {
        "concern_id": _tr("Concern"),
        "person_id": _tr("Person"),
        "staff_id": _tr("Member of staff"),
        "amendment_id": _tr("Amendment"),
        "stage_change_id": _tr("Stage change"),
        "transfer_id": _tr("Transfer"),
        "concerns": _tr("Concerns"),
        "attachments": _tr("Attached files"),
        "outcome": _tr("Outcome"),
        "form_version": _tr("Form version"),
        "course": _tr("Course"),
        "from": _tr("From"),
        "to": _tr("To"),
        "reference": _tr("Reference"),
        "method": _tr("How"),
        "format": _tr("Format"),
        "fields": _tr("Fields"),
        "field": _tr("Field"),
        "section": _tr("Section"),
        "reason": _tr("Reason"),
        "role": _tr("Role"),
        "kind": _tr("Kind"),
        "validation": _tr("Checked"),
        "size": _tr("Size"),
        "when": _tr("When"),
        "on": _tr("On"),
        "as_of": _tr("As of"),
        "years": _tr("Years"),
        "rows": _tr("Rows"),
        "events": _tr("Events"),
        "entries": _tr("Entries"),
        "created": _tr("Added"),
        "updated": _tr("Updated"),
        "recorded": _tr("Recorded"),
        "already": _tr("Already recorded"),
        "new": _tr("New"),
        "ok": _tr("Passed"),
        "code": _tr("Code"),
        "bytes": _tr("Bytes"),
        "staff": _tr("Staff"),
    }


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return _tr("none")
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, (int, float)):
        return f"{value:,}" if isinstance(value, int) and abs(value) >= 10_000 else str(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(key, v) for v in value) or _tr("none")
    if isinstance(value, Mapping):
        return "; ".join(f"{_key(k)} {_value(k, v)}" for k, v in value.items())
    if isinstance(value, (dt.date, dt.datetime)):
        return show_iso(value.isoformat(sep=" ") if isinstance(value, dt.datetime) else str(value))
    text = str(value)
    if _ISO.match(text):
        return show_iso(text)
    if key == "section":
        from ui.concern.history_words import section_title

        return section_title(text)
    if key in ("from", "to") and text in {s.value for s in Stage}:
        from ui.shared.labels import stage_label

        return stage_label(text)
    if key == "outcome":
        from ui.shared.labels import outcome_label, referral_outcome_label

        if text in {o.value for o in Outcome}:
            return outcome_label(text)
        if text in {o.value for o in ReferralOutcome}:
            return referral_outcome_label(text)
    if key == "role":
        from ui.labels import role_label

        return role_label(text)
    if key == "field":
        from ui.concern.history import field_label

        return field_label("", text)
    if _CODE.match(text):
        return humanise(text).lower()
    return text


def _key(key: str) -> str:
    return _key_names().get(key) or humanise(key)


def details_words(details: Mapping[str, Any] | None) -> str:
    """An event's details as "Label: value" parts joined with " · "."""
    if not details:
        return ""
    return " \u00b7 ".join(f"{_key(k)}: {_value(k, v)}" for k, v in details.items())


__all__ = ["details_words", "humanise", "record_words"]
