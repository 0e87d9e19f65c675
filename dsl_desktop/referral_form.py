"""Snapshots of the two documents a decision produces: the Prevent referral form and the
decision record kept on the school's own file.

A snapshot is plain data, frozen at the moment the document is generated, so that what was sent
can be shown again exactly as it was. ``to_dict()`` gives a JSON-ready dict and ``from_dict()``
rebuilds an equal object from it; dates travel as ISO 8601 strings and enums as their values.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any, Self, TypeAlias, TypeVar

from dsl_desktop.domain import Answer, InformationKind, Outcome, ReferralOutcome, Validation

FORM_VERSION = "DSLD-PRF-2026.2"
"""Version of the referral form layout; kept in every snapshot (domain.md §3)."""

NRF_VERSION = "2025"
"""The National Prevent Referral Form version whose order and questions the content follows."""

DECISION_RECORD_VERSION = "DSLD-DR-2026.1"
"""Version of the decision record layout; kept in every snapshot."""

_T = TypeVar("_T")

JSONValue: TypeAlias = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]


class SnapshotError(ValueError):
    """A stored snapshot does not have the shape this code expects."""


class ReferralSection(StrEnum):
    """Sections of the referral form whose wording the DSL may replace."""

    PERSON = "person"
    CONCERN = "concern"
    INFORMATION = "information"
    NEEDS = "needs"
    OTHER = "other"
    CHECKS = "checks"
    WORRIES = "worries"
    REFERRER = "referrer"


# --- shared parts -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class InformationEntry:
    """One piece of information behind a concern, labelled for how far it can be relied on.

    ``obtained_on`` may be a ``date`` or a ``datetime`` (when the time is known).
    """

    content: str
    kind: InformationKind
    source: str = ""
    obtained_on: date | None = None
    validation: Validation | None = None
    corroborated_by: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class Address:
    address: str
    is_current: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class FamilyMember:
    """A parent, carer or other family member and how to reach them."""

    name: str
    relationship: str = ""
    contact_details: str = ""
    notes: str = ""


# --- the referral form ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class PersonDetails:
    forenames: str
    surname: str
    other_names: str = ""
    date_of_birth: date | None = None
    approximate_age: int | None = None
    gender: str = ""
    addresses: tuple[Address, ...] = ()
    phone: str = ""
    email: str = ""
    nationality: str = ""
    first_language: str = ""
    school: str = ""
    year_group: str = ""
    occupation: str = ""
    family: tuple[FamilyMember, ...] = ()
    other_agencies: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class ConcernDescription:
    how_it_came_to_notice: str = ""
    """What the DSL added about how the concern came to notice (on older forms, everything)."""
    what_happened: str = ""
    indicators: tuple[str, ...] = ()
    ideology_or_interest: str = ""
    online_activity: str = ""
    how_online_activity_found: str = ""
    contacts_with_groups: str = ""
    threats_or_wish_to_harm: str = ""
    weapons_explosives_travel: str = ""
    noticed: str = ""
    """Who noticed it, when, where and who else was there, worded from the Notice step."""


@dataclasses.dataclass(frozen=True, slots=True)
class ComplexNeeds:
    special_needs_or_disability: str = ""
    mental_health: str = ""
    victim_of_bullying_or_crime: str = ""
    family_or_peer_concerns: str = ""
    housing: str = ""
    substance_misuse: str = ""
    grievance_or_conspiracy_beliefs: str = ""
    other_needs: str = ""
    none_known: tuple[str, ...] = ()
    """Needs answered "none known" (field names). A need neither described nor listed here was
    not asked about; forms made before this was kept leave it empty."""
    asked: bool = False
    """True on forms that tell "none known" from "not asked"; older forms print as they did."""


@dataclasses.dataclass(frozen=True, slots=True)
class OtherInformation:
    other_safeguarding_concerns: str = ""
    social_media_handles: tuple[str, ...] = ()
    agencies_involved: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class CheckAnswer:
    """A yes / no / not known answer with details. ``None`` means not asked (yet).

    ``not_applicable`` marks a check that does not apply (parents or carers, for an adult).
    """

    answer: Answer | None = None
    details: str = ""
    not_applicable: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class ChecksMade:
    discussed_with_lead: CheckAnswer = CheckAnswer()
    person_aware_of_referral: CheckAnswer = CheckAnswer()
    parents_or_carers_informed: CheckAnswer = CheckAnswer()
    discussions_with_child: CheckAnswer = CheckAnswer()
    action_taken_since: CheckAnswer = CheckAnswer()
    discussed_with_other_agencies: CheckAnswer = CheckAnswer()


@dataclasses.dataclass(frozen=True, slots=True)
class Worries:
    worried_about: str = ""
    if_nothing_done: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class Contact:
    """Someone the police can reach about the referral (another DSL or deputy)."""

    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class Referrer:
    """``phone`` and ``email`` are the school's; ``direct_phone`` and ``work_email`` the
    referrer's own. ``referral_date`` is the date the form was prepared on forms made before
    the sending date was printed; the date of referral is now the date it was sent."""

    name: str
    role: str = ""
    organisation: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    relationship_to_person: str = ""
    referral_date: date | None = None
    direct_phone: str = ""
    work_email: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class PreviousConcern:
    """An earlier concern about the same person, and its referral if one was made."""

    reference: str
    noticed_on: date | None = None
    concern_type: str = ""
    outcome: Outcome | None = None
    referred_on: date | None = None
    police_reference: str = ""
    referral_outcome: ReferralOutcome | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class ParallelReferralEntry:
    """A referral made alongside this one; ``none`` True: none was made, ``notes`` say why."""

    route: str
    made_on: date | None = None
    reference: str = ""
    notes: str = ""
    none: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class ImmediateRisk:
    """``identified`` False: none identified at the time; True: ``action`` (such as the 999
    call) taken ``at``; None: not stated."""

    identified: bool | None = None
    action: str = ""
    at: datetime | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class ReferralForm:
    """Everything printed on a Prevent referral form, as it stood when it was generated.

    ``edited`` holds the DSL's own wording for a section; the renderer prints it in place of the
    text generated from the fields, while the fields stay in the snapshot as well.
    """

    concern_reference: str
    school_name: str
    school_urn: str
    generated_at: datetime
    person: PersonDetails
    referrer: Referrer
    concern: ConcernDescription = ConcernDescription()
    information: tuple[InformationEntry, ...] = ()
    needs: ComplexNeeds = ComplexNeeds()
    other: OtherInformation = OtherInformation()
    checks: ChecksMade = ChecksMade()
    worries: Worries = Worries()
    edited: dict[ReferralSection, str] = dataclasses.field(default_factory=dict)
    form_version: str = FORM_VERSION
    nrf_version: str = ""
    """The national form version the content is prepared for ("" on older forms)."""
    previous: tuple[PreviousConcern, ...] = ()
    alternatives: tuple[AlternativeExplanation, ...] = ()
    parallel: tuple[ParallelReferralEntry, ...] = ()
    immediate_risk: ImmediateRisk | None = None
    alternative_contact: Contact | None = None
    sent_on: date | None = None
    """When the referral was sent: not part of the stored snapshot, filled in when printing."""
    welsh: dict[str, str] = dataclasses.field(default_factory=dict)
    """The Welsh of the wording the app generated for this form (English -> Welsh), made with
    it, so that the form prints in Welsh or in both languages exactly as it was generated."""

    def to_dict(self) -> dict[str, JSONValue]:
        return _encode_dataclass(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        return _decode_dataclass(cls, data, cls.__name__)


# --- the decision record ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class PersonSummary:
    """Who the decision is about; ``school_or_role`` is a year group or a job title."""

    forenames: str
    surname: str
    date_of_birth: date | None = None
    approximate_age: int | None = None
    school_or_role: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class AlternativeExplanation:
    """``accepted`` True: it explains what was seen; False: it does not; None: not concluded."""

    explanation: str
    how_explored: str = ""
    finding: str = ""
    accepted: bool | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Consultation:
    name: str
    role: str = ""
    agency: str = ""
    consulted_on: date | None = None
    how: str = ""
    what_shared: str = ""
    why: str = ""
    outcome: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class Judgement:
    answer: Answer | None = None
    notes: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class Proportionality:
    immediate_risk: Judgement = Judgement()
    engagement: Judgement = Judgement()
    intent: Judgement = Judgement()
    capability: Judgement = Judgement()


@dataclasses.dataclass(frozen=True, slots=True)
class DecisionRecord:
    """The school's own record of one decision, including a decision to take no further action."""

    concern_reference: str
    school_name: str
    school_urn: str
    generated_at: datetime
    person: PersonSummary
    outcome: Outcome
    rationale: str
    decided_by: str
    decided_at: datetime
    noticed_on: date | None = None
    noticed_by: str = ""
    account: str = ""
    category: str = ""
    indicators: tuple[str, ...] = ()
    information: tuple[InformationEntry, ...] = ()
    alternatives: tuple[AlternativeExplanation, ...] = ()
    consultations: tuple[Consultation, ...] = ()
    proportionality: Proportionality = Proportionality()
    decided_by_role: str = ""
    review_date: date | None = None
    record_version: str = DECISION_RECORD_VERSION
    nation: str = "england"
    """``england`` or ``wales``: which guidance the record cites and what the role is called."""

    def to_dict(self) -> dict[str, JSONValue]:
        return _encode_dataclass(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        return _decode_dataclass(cls, data, cls.__name__)


def wording_pairs(english: object, welsh: object) -> dict[str, str]:
    """English -> Welsh of every text that differs between the English and the Welsh version
    of one snapshot (made from the same records): the app's own wording, since what was
    recorded is the same in both."""
    found: dict[str, str] = {}

    def walk(a: object, b: object) -> None:
        if isinstance(a, str) and isinstance(b, str):
            if a != b:
                found.setdefault(a, b)
        elif dataclasses.is_dataclass(a) and not isinstance(a, type) and type(a) is type(b):
            for spec in dataclasses.fields(a):
                walk(getattr(a, spec.name), getattr(b, spec.name))
        elif isinstance(a, tuple | list) and isinstance(b, tuple | list) and len(a) == len(b):
            for x, y in zip(a, b, strict=True):
                walk(x, y)
        elif isinstance(a, dict) and isinstance(b, dict):
            for key in a.keys() & b.keys():
                walk(a[key], b[key])

    walk(english, welsh)
    return found


# --- JSON conversion ----------------------------------------------------------------------------


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _encode(value: object) -> JSONValue:
    if type(value) in _PLAIN:  # the common case first: snapshots are mostly text
        return value  # type: ignore[return-value]
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, date):  # datetime included
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _encode_dataclass(value)
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {_encode_key(key): _encode(item) for key, item in value.items()}
    raise TypeError(f"cannot put a {type(value).__name__} into a snapshot")


def _encode_key(key: object) -> str:
    if isinstance(key, Enum):
        return str(key.value)
    if isinstance(key, str):
        return key
    raise TypeError(f"snapshot mapping keys must be strings, not {type(key).__name__}")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _encode_dataclass(obj: Any) -> dict[str, JSONValue]:
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in dataclasses.fields(obj))
    return {name: _encode(getattr(obj, name)) for name in names}


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    found = _HINTS.get(cls)
    if found is None:
        found = _HINTS[cls] = typing.get_type_hints(cls)
    return found


def _decode_dataclass(cls: type[_T], data: object, where: str) -> _T:
    if not isinstance(data, Mapping):
        raise SnapshotError(f"{where}: expected an object, found {type(data).__name__}")
    hints = _hints(cls)
    known = {f.name: f for f in dataclasses.fields(typing.cast(Any, cls))}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise SnapshotError(f"{where}: unexpected field(s) {', '.join(map(str, unknown))}")
    values: dict[str, Any] = {}
    for name, spec in known.items():
        if name not in data:
            if spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
                raise SnapshotError(f"{where}: missing field {name}")
            continue
        values[name] = _decode(hints[name], data[name], f"{where}.{name}")
    return cls(**values)


def _decode(hint: Any, value: object, where: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _decode(inner, value, where)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise SnapshotError(f"{where}: expected a list, found {type(value).__name__}")
        return tuple(_decode(args[0], item, f"{where}[{i}]") for i, item in enumerate(value))
    if origin is dict:
        if not isinstance(value, Mapping):
            raise SnapshotError(f"{where}: expected an object, found {type(value).__name__}")
        key_type, value_type = args
        return {
            _decode(key_type, key, f"{where} key"): _decode(value_type, item, f"{where}[{key}]")
            for key, item in value.items()
        }
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            return _decode_dataclass(hint, value, where)
        if issubclass(hint, Enum):
            try:
                return hint(value)
            except ValueError as exc:
                raise SnapshotError(f"{where}: {value!r} is not a known value") from exc
        if hint is datetime:
            return _decode_datetime(value, where)
        if hint is date:
            return _decode_date(value, where)
        if hint is bool:
            if isinstance(value, bool):
                return value
        elif hint is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
        elif hint is str:
            if isinstance(value, str):
                return value
        else:
            raise TypeError(f"{where}: no snapshot conversion for {hint!r}")
        raise SnapshotError(f"{where}: expected {hint.__name__}, found {type(value).__name__}")
    raise TypeError(f"{where}: no snapshot conversion for {hint!r}")


def _decode_datetime(value: object, where: str) -> datetime:
    if not isinstance(value, str):
        raise SnapshotError(f"{where}: expected a date and time, found {type(value).__name__}")
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise SnapshotError(f"{where}: {value!r} is not an ISO date and time") from exc


def _decode_date(value: object, where: str) -> date:
    """A ``date`` field also accepts a date with a time (stored when the time is known)."""
    if not isinstance(value, str):
        raise SnapshotError(f"{where}: expected a date, found {type(value).__name__}")
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise SnapshotError(f"{where}: {value!r} is not an ISO date") from exc
