"""Amendments: changing a saved record keeps the old value beside the new one, with the reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import RecordLocked
from db.models import Action as ActionRow
from db.models import (
    AlternativeExplanation,
    Amendment,
    Concern,
    Consultation,
    Decision,
    InformationItem,
    Person,
    Referral,
)
from db.vault import OpenVault
from dsl_desktop.domain import (
    InformationKind,
    Outcome,
    PersonType,
    ReferralOutcome,
    Stage,
    Validation,
)
from dsl_desktop.guidance import DecisionAnswers
from dsl_desktop.messages import Message
from dsl_desktop.services.concerns.base import (
    _DETAILS_PREFIX,
    _answers_dict,
    _bool3,
    _check_category,
    _check_date,
    _check_datetime,
    _check_details,
    _check_evidence,
    _check_indicators,
    _concern,
    _json_ready,
    _not_future,
    _notice_check,
    _problem,
)
from dsl_desktop.services.people import INPUT_FIELDS as PERSON_FIELDS
from dsl_desktop.services.people import (
    Address,
    InvalidInput,
    NotFound,
    allow,
    clean_name,
    clean_text,
    jsonable,
    normalise_person,
    now,
    record_of,
)
from dsl_desktop.workflow import Action, Requirement, is_blank, validate_decision

Coercer = Callable[[Any], Any]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _problem("value_invalid", "Enter text here.")
    return clean_text(value)


def _required(what: str) -> Coercer:
    def coerce(value: Any) -> str:
        text = _text(value)
        if is_blank(text):
            raise _problem("value_missing", f"{what} cannot be left blank.")
        return text

    return coerce


def _name(what: str) -> Coercer:
    def coerce(value: Any) -> str:
        return clean_name(_required(what)(value))

    return coerce


def _from_text(value: Any, parse: Callable[[str], Any], asking: str) -> Any:
    """``value``, parsed first if it came as ISO text; a problem saying ``asking`` if it cannot be."""
    if not isinstance(value, str):
        return value
    try:
        return parse(value)
    except ValueError as exc:
        raise _problem("value_invalid", asking) from exc


def _opt_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    value = _from_text(value, dt.date.fromisoformat, "Enter a date.")
    return _check_date(value, "value_invalid", "a date")


def _opt_past_datetime(required: bool) -> Coercer:
    def coerce(value: Any) -> dt.datetime | None:
        if value is None or value == "":
            if required:
                raise _problem("value_missing", "Enter a date and time.")
            return None
        value = _from_text(value, dt.datetime.fromisoformat, "Enter a date and time.")
        at = _check_datetime(value, "value_invalid", "a date and time")
        future = _not_future(at, "value_future", "This time")
        if future:
            raise InvalidInput(future)
        return at

    return coerce


def _past_date(value: Any) -> dt.date | None:
    d = _opt_date(value)
    if d is not None and d > dt.date.today():
        raise _problem("value_future", "This date cannot be in the future.")
    return d


def _enum(enum: type[InformationKind] | type[Validation], what: str) -> Coercer:
    def coerce(value: Any) -> str:
        try:
            return enum(value).value
        except ValueError as exc:
            raise _problem("value_invalid", f"Choose {what} from the list.") from exc

    return coerce


def _referral_outcome(value: Any) -> str | None:
    if value is None or value == "":
        return None
    try:
        return ReferralOutcome(value).value
    except ValueError as exc:
        raise _problem("value_invalid", "Choose the outcome from the list.") from exc


def _json_dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping | DecisionAnswers):
        raise _problem("value_invalid", "The answers could not be stored.")
    return _answers_dict(value)


_SESSION_CHECKED = object()  # marker: coerced later with the session (codes from catalogues)


_FIELDS: dict[str, tuple[type[Any], dict[str, Any]]] = {
    "concern": (
        Concern,
        {
            "noticed_by": _name("Who noticed the concern"),
            "noticed_at": _opt_past_datetime(True),
            "location": _text,
            "account": _required("What was seen or heard"),
            "others_present": _text,
            "indicators": _SESSION_CHECKED,
            "category": _SESSION_CHECKED,
            "immediate_danger": _bool3,
            "emergency_action": _text,
            "emergency_at": _opt_past_datetime(False),
        },
    ),
    "information_item": (
        InformationItem,
        {
            "content": _required("The information"),
            "source": _text,
            "obtained_at": _past_date,
            "kind": _enum(InformationKind, "observed, assertion or assumption"),
            "validation": _enum(Validation, "how far it is corroborated"),
            "notes": _text,
            "corroborated_by": _text,
        },
    ),
    "alternative_explanation": (
        AlternativeExplanation,
        {
            "explanation": _required("The explanation"),
            "exploration": _text,
            "conclusion": _text,
            "accepted": _bool3,
        },
    ),
    "consultation": (
        Consultation,
        {
            "name": _name("Who was consulted"),
            "role": _text,
            "agency": _text,
            "consulted_at": _opt_past_datetime(True),
            "method": _text,
            "shared": _text,
            "reason": _text,
            "outcome": _text,
        },
    ),
    "decision": (
        Decision,
        {
            "rationale": _required("The rationale"),
            "parallel_route": _text,
            "answers": _json_dict,
            "review_date": _opt_date,
        },
    ),
    "referral": (
        Referral,
        {
            "sent_at": _opt_past_datetime(True),
            "sent_to": _required("Who the referral was sent to"),
            "sent_how": _text,
            "police_reference": _text,
            "outcome": _referral_outcome,
            "outcome_date": _past_date,
            "outcome_notes": _text,
        },
    ),
    "action": (
        ActionRow,
        {
            "description": _required("The action"),
            "owner": _text,
            "due_date": _opt_date,
            "done_at": _opt_past_datetime(False),
        },
    ),
    "person": (Person, dict.fromkeys(PERSON_FIELDS, _SESSION_CHECKED)),
}


_ENTITY_ACTION: Mapping[str, Action] = {"decision": Action.DECIDE, "referral": Action.REFER}


def amendable_fields(entity: str) -> tuple[str, ...]:
    """Fields of ``entity`` that :func:`amend` and :func:`fill_in` accept. For a concern,
    ``details.<name>`` (a referral-form detail) is accepted as well."""
    if entity not in _FIELDS:
        raise _problem("entity_unknown", f"“{entity}” records cannot be amended.")
    return tuple(_FIELDS[entity][1])


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return is_blank(value)
    if isinstance(value, list | tuple | dict):
        return not value
    return False


def _person_value(s: Session, p: Person, field_name: str, value: Any) -> Any:
    current = record_of(p).to_input()
    try:
        if field_name == "person_type" and isinstance(value, str):
            value = PersonType(value)
        elif field_name == "date_of_birth" and isinstance(value, str):
            value = dt.date.fromisoformat(value) if value else None
        elif field_name == "addresses" and isinstance(value, list | tuple):
            value = tuple(
                a
                if isinstance(a, Address)
                else Address(str(a["address"]), bool(a.get("is_current")))
                for a in value
            )
    except (ValueError, KeyError, TypeError) as exc:
        raise _problem("value_invalid", "That value does not fit this field.") from exc
    try:
        changed = dataclasses.replace(current, **{field_name: value})
    except TypeError as exc:
        raise _problem("value_invalid", "That value does not fit this field.") from exc
    return normalise_person(changed, dt.date.today())[field_name]


def _apply_change(
    vault: OpenVault, entity: str, entity_id: int, field_name: str, value: Any, reason: str,
    *, only_if_blank: bool,
) -> int:  # fmt: skip
    if entity not in _FIELDS:
        raise _problem("entity_unknown", f"“{entity}” records cannot be amended.")
    model, specs = _FIELDS[entity]
    detail_key = ""
    if entity == "concern" and field_name.startswith(_DETAILS_PREFIX):
        detail_key = field_name[len(_DETAILS_PREFIX) :]
        _check_details({detail_key: None})
    elif field_name not in specs:
        raise _problem("field_unknown", f"“{field_name}” cannot be amended.")
    action = (
        Action.EDIT_CASE if entity == "person" else _ENTITY_ACTION.get(entity, Action.EDIT_CASE)
    )
    me = allow(vault, action)
    with vault.unit() as s:
        row = s.get(model, entity_id)
        if row is None:
            raise NotFound("That record is not on record any more.")
        concern_id: int | None
        if entity == "concern":
            concern_id = row.id
        elif entity == "person":
            concern_id = None
        else:
            concern_id = row.concern_id
        # the new value, in the form it is stored
        if detail_key:
            old = (row.details or {}).get(detail_key)
            new = _json_ready(value, "value_invalid")
        else:
            old = getattr(row, field_name)
            spec = specs[field_name]
            if entity == "person":
                new = _person_value(s, row, field_name, value)
            elif field_name == "category":
                new = _check_category(s, _text(value))
            elif field_name == "indicators":
                new = _check_indicators(
                    s, list(value) if isinstance(value, list | tuple) else value
                )
            else:
                new = spec(value)
        if only_if_blank and not _is_empty(old):
            raise RecordLocked(
                "This has already been recorded. To change it, record an amendment with the reason."
            )
        if jsonable(old) == jsonable(new):
            raise _problem("value_unchanged", "The new value is the same as the recorded one.")
        # apply, then check the record as a whole still holds together
        if detail_key:
            row.details = {**(row.details or {}), detail_key: new}
        else:
            setattr(row, field_name, new)
        _check_whole(s, entity, row, field_name)
        amendment = Amendment(
            concern_id=concern_id, entity=entity, entity_id=entity_id, field=field_name,
            old_value=jsonable(old), new_value=jsonable(new), reason=reason,
            amended_by_id=me.user_id, amended_at=now(),
        )  # fmt: skip
        s.add(amendment)
        s.flush()
        vault.audit(
            s, "record.filled_in" if only_if_blank else "record.amended",
            entity=entity, entity_id=entity_id,
            details={"field": field_name, "concern_id": concern_id, "amendment_id": amendment.id},
        )  # fmt: skip
        return amendment.id


def _check_whole(s: Session, entity: str, row: Any, field_name: str) -> None:
    if entity == "concern":
        _notice_check(row)
    elif entity == "information_item" and field_name in ("kind", "validation"):
        _check_evidence(InformationKind(row.kind), Validation(row.validation))
    elif entity == "decision":
        problems = validate_decision(Outcome(row.outcome), row.rationale, row.review_date)
        c = _concern(s, row.concern_id)
        latest = s.scalar(select(func.max(Decision.id)).where(Decision.concern_id == c.id))
        if field_name == "review_date" and latest == row.id and c.stage != Stage.CLOSED.value:
            if row.review_date is None and c.stage == Stage.REVIEW.value:
                problems.append(
                    Requirement(
                        "review_date_missing", Message("A concern at Review needs a review date.")
                    )
                )
            c.next_review = row.review_date
        if problems:
            raise InvalidInput(problems)
    elif (
        entity == "referral"
        and row.outcome is not None
        and row.outcome != ReferralOutcome.UNKNOWN.value
        and row.outcome_date is None
    ):
        raise _problem(
            "referral_outcome_date_missing",
            "Record the date you learned the outcome of the referral.",
        )


def amend(
    vault: OpenVault, entity: str, entity_id: int, field: str, new_value: Any, reason: str
) -> int:
    """Change one field of a saved record, keeping the old value, the new one, who, when and why.

    ``entity`` is a table name: ``concern``, ``information_item``, ``alternative_explanation``,
    ``consultation``, ``decision``, ``referral``, ``action`` or ``person``
    (see :func:`amendable_fields`). A blank reason is refused. Returns the amendment's id.
    """
    why = clean_text(reason) if isinstance(reason, str) else ""
    if is_blank(why):
        raise _problem("reason_missing", "Say why the record is being changed.")
    return _apply_change(vault, entity, entity_id, field, new_value, why, only_if_blank=False)


def fill_in(vault: OpenVault, entity: str, entity_id: int, field: str, value: Any) -> int:
    """Add a value to a field left blank when the record was saved (no reason needed).

    Refused with :class:`RecordLocked` when the field already holds something: use
    :func:`amend`. Kept as an amendment with an empty reason, so it shows in the chronology.
    """
    return _apply_change(vault, entity, entity_id, field, value, "", only_if_blank=True)
