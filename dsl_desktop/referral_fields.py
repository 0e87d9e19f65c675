"""The extra referral-form details kept in ``Concern.details``, defined once.

The Prevent referral form (domain.md §3) asks for more than the Notice and Check steps record:
online activity, contact with groups, complex needs, the checks already made and so on. Each of
those answers lives in the concern's ``details`` JSON dict under one of the keys listed here, so
the case screen can offer the fields and :mod:`dsl_desktop.services.referrals` can fill the form
from them.

Values are stored as plain JSON:

* ``TEXT`` fields hold a string (several lines allowed);
* ``LIST`` fields hold a list of strings (a string with one entry per line is accepted too);
* ``ANSWER`` fields hold an :class:`~dsl_desktop.domain.Answer` code (``"yes"``, ``"no"`` or
  ``"unclear"``, shown as "not known"); each check's details sit under ``<key>_details``. A
  check with no answer has not been asked yet.
* ``NEED`` fields (complex needs) hold their details text under ``<key>`` and a
  :class:`~dsl_desktop.domain.NeedStatus` under ``<key>_status`` (``"present"`` or
  ``"none_known"``). No status and no text: not asked yet. Text without a status (written before
  statuses existed) counts as present.

Labels are English source text: the front end translates them in the ``ReferralFields``
context (``QCoreApplication.translate("ReferralFields", field.label)``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from dsl_desktop.domain import Answer, NeedStatus
from dsl_desktop.referral_form import ReferralSection


class FieldKind(StrEnum):
    TEXT = "text"
    LIST = "list"
    ANSWER = "answer"
    NEED = "need"


@dataclass(frozen=True, slots=True)
class ReferralField:
    """One detail the referral form asks for; ``fallback`` says what fills it when left blank."""

    key: str
    label: str
    section: ReferralSection
    kind: FieldKind = FieldKind.TEXT
    help: str = ""
    fallback: str = ""

    @property
    def details_key(self) -> str | None:
        """For a check (an ``ANSWER`` field), the key holding its details text."""
        return f"{self.key}_details" if self.kind is FieldKind.ANSWER else None

    @property
    def status_key(self) -> str | None:
        """For a complex need (a ``NEED`` field), the key holding its status."""
        return f"{self.key}_status" if self.kind is FieldKind.NEED else None


_S = ReferralSection

FIELDS: tuple[ReferralField, ...] = (
    # -- the concern -------------------------------------------------------------------------
    ReferralField(
        "how_it_came_to_notice",
        "How and why the school became concerned",
        _S.CONCERN,
        help="Anything to add to who noticed what, when and where (that part is filled in "
        "from the Notice step).",
    ),
    ReferralField(
        "ideology_or_interest",
        "Sympathy or interest in extremism, hate crime or terrorism",
        _S.CONCERN,
        help="An ideology, group or cause; interest in school shooters, public massacres or "
        "murders of public figures.",
    ),
    ReferralField(
        "online_activity",
        "Worrying use of phone, internet or social media",
        _S.CONCERN,
    ),
    ReferralField(
        "how_online_activity_found",
        "How the online activity came to light",
        _S.CONCERN,
        help="For example: seen on a school device, shown by another pupil, reported by a parent.",
    ),
    ReferralField(
        "contacts_with_groups",
        "Contact with worrying groups or individuals",
        _S.CONCERN,
        help="Who, how often, and why it is worrying.",
    ),
    ReferralField(
        "threats_or_wish_to_harm",
        "Threats, or a wish to cause harm",
        _S.CONCERN,
        help="To whom, when, and what was said (in the person's own words where possible).",
    ),
    ReferralField(
        "weapons_explosives_travel",
        "Weapons, explosives or travel plans",
        _S.CONCERN,
    ),
    # -- complex needs -----------------------------------------------------------------------
    ReferralField(
        "special_needs_or_disability",
        "Special educational needs or disability (known or suspected)",
        _S.NEEDS,
        FieldKind.NEED,
        fallback="The person's SEND details.",
    ),
    ReferralField("mental_health", "Mental health", _S.NEEDS, FieldKind.NEED),
    ReferralField(
        "victim_of_bullying_or_crime", "Victim of bullying or crime", _S.NEEDS, FieldKind.NEED
    ),
    ReferralField("family_or_peer_concerns", "Family or peer concerns", _S.NEEDS, FieldKind.NEED),
    ReferralField("housing", "Housing", _S.NEEDS, FieldKind.NEED),
    ReferralField("substance_misuse", "Substance misuse", _S.NEEDS, FieldKind.NEED),
    ReferralField(
        "grievance_or_conspiracy_beliefs",
        "Grievance or conspiracy beliefs",
        _S.NEEDS,
        FieldKind.NEED,
    ),
    ReferralField("other_needs", "Other needs or vulnerabilities", _S.NEEDS, FieldKind.NEED),
    # -- other information -------------------------------------------------------------------
    ReferralField(
        "other_safeguarding_concerns",
        "Other safeguarding concerns (family, friends, surroundings)",
        _S.OTHER,
    ),
    ReferralField(
        "social_media_handles",
        "Social media names and handles",
        _S.OTHER,
        FieldKind.LIST,
        help="One per line, with the platform, for example “Instagram: @name”.",
    ),
    ReferralField(
        "agencies_involved",
        "Agencies and professionals already working with the person",
        _S.OTHER,
    ),
    # -- checks already made -----------------------------------------------------------------
    ReferralField(
        "discussed_with_lead",
        "Discussed with the designated safeguarding lead or Prevent lead",
        _S.CHECKS,
        FieldKind.ANSWER,
    ),
    ReferralField(
        "person_aware_of_referral",
        "The person knows about this referral",
        _S.CHECKS,
        FieldKind.ANSWER,
        help="A referral does not need the person's consent, but the form asks whether they know.",
    ),
    ReferralField(
        "parents_or_carers_informed",
        "Parents or carers told or involved (under 18), and whether they support it",
        _S.CHECKS,
        FieldKind.ANSWER,
        help="Not if telling them would put the child at risk: say so in the details.",
    ),
    ReferralField(
        "discussions_with_child",
        "Conversations held with the child",
        _S.CHECKS,
        FieldKind.ANSWER,
    ),
    ReferralField(
        "action_taken_since",
        "Action taken since the concern arose",
        _S.CHECKS,
        FieldKind.ANSWER,
        fallback="Yes, listing any emergency action and the actions set on the case.",
    ),
    ReferralField(
        "discussed_with_other_agencies",
        "Discussed with other agencies",
        _S.CHECKS,
        FieldKind.ANSWER,
        fallback="Yes, listing the consultations recorded with another agency.",
    ),
    # -- worries -----------------------------------------------------------------------------
    ReferralField(
        "worried_about",
        "What worries us",
        _S.WORRIES,
        fallback="The reasons written for the decision to refer.",
    ),
    ReferralField(
        "if_nothing_done",
        "What may happen if nothing is done and the needs are not met",
        _S.WORRIES,
    ),
    # -- referrer ----------------------------------------------------------------------------
    ReferralField(
        "referrer_relationship",
        "The referrer's relationship to the person",
        _S.REFERRER,
        fallback="The referrer's role at the person's school (for a pupil) or workplace.",
    ),
)

BY_KEY: Mapping[str, ReferralField] = {f.key: f for f in FIELDS}

CHECK_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.kind is FieldKind.ANSWER)
"""The six checks, in the form's order; the same names as ``ChecksMade``'s fields."""

NEED_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.kind is FieldKind.NEED)
"""The complex needs, in the form's order; the same names as ``ComplexNeeds``'s fields."""

ALL_KEYS: frozenset[str] = frozenset(
    [f.key for f in FIELDS]
    + [k for f in FIELDS if (k := f.details_key) is not None]
    + [k for f in FIELDS if (k := f.status_key) is not None]
)
"""Every ``details`` key this module defines (the checks' ``_details`` keys and the needs'
``_status`` keys included)."""


def fields_for(section: ReferralSection) -> tuple[ReferralField, ...]:
    """The details the case screen can offer for one section of the form, in order."""
    return tuple(f for f in FIELDS if f.section is section)


# ---- reading stored values -----------------------------------------------------------------


def text_value(details: Mapping[str, Any], key: str) -> str:
    """A text detail as stored, or "" (a list is shown one entry per line)."""
    value = details.get(key)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list | tuple):
        return "\n".join(str(v).strip() for v in value if str(v).strip())
    return ""


def list_value(details: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """A list detail: a JSON list of strings, or a string with one entry per line."""
    value = details.get(key)
    if isinstance(value, str):
        items: list[Any] = value.splitlines()
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        return ()
    return tuple(text for item in items if (text := str(item).strip()))


def answer_value(details: Mapping[str, Any], key: str) -> Answer | None:
    """A check's answer, or None when it was not answered (or holds something unknown)."""
    value = details.get(key)
    if isinstance(value, bool):
        return Answer.YES if value else Answer.NO
    if not isinstance(value, str):
        return None
    try:
        return Answer(value)
    except ValueError:
        return None


def need_status(details: Mapping[str, Any], key: str) -> NeedStatus | None:
    """A complex need's status, or None when it has not been asked about yet."""
    value = details.get(f"{key}_status")
    if isinstance(value, str):
        try:
            return NeedStatus(value)
        except ValueError:
            pass
    return NeedStatus.PRESENT if text_value(details, key) else None


def is_given(details: Mapping[str, Any], field: ReferralField) -> bool:
    """True when the DSL has filled in ``field`` (for a check: its answer or its details; for a
    need: its status or its details)."""
    if field.kind is FieldKind.NEED:
        return need_status(details, field.key) is not None
    if field.kind is FieldKind.ANSWER:
        details_key = field.details_key or ""
        return answer_value(details, field.key) is not None or bool(
            text_value(details, details_key)
        )
    if field.kind is FieldKind.LIST:
        return bool(list_value(details, field.key))
    return bool(text_value(details, field.key))


def normalise(key: str, value: Any) -> Any:
    """``value`` as it should be stored under ``key``; ValueError when it does not fit.

    ``None`` (and blank text) means "not filled in" and is returned as ``None``.
    """
    field = BY_KEY.get(key)
    if field is None:
        if key.endswith("_details") and key.removesuffix("_details") in CHECK_KEYS:
            return _normalise_text(key, value)
        if key.endswith("_status") and key.removesuffix("_status") in NEED_KEYS:
            if value is None or value == "":
                return None
            try:
                return NeedStatus(value).value
            except ValueError as exc:
                raise ValueError(f"{key}: answer present or none_known") from exc
        raise ValueError(f"{key!r} is not a referral form detail")
    if field.kind is FieldKind.ANSWER:
        if value is None or value == "":
            return None
        try:
            return Answer(value).value
        except ValueError as exc:
            raise ValueError(f"{key}: answer yes, no or unclear") from exc
    if field.kind is FieldKind.LIST:
        if value is None:
            return None
        if not isinstance(value, str | list | tuple):
            raise ValueError(f"{key}: expected a list of text")
        items = list_value({key: value}, key)
        return list(items) or None
    return _normalise_text(key, value)


def _normalise_text(key: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected text")
    return value.strip() or None
