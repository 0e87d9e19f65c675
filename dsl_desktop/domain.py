"""The vocabulary of the Prevent procedure as the app records it.

Values are stored in the database as the enum's ``value`` strings.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    DSL = "dsl"
    DEPUTY = "deputy"
    REVIEWER = "reviewer"
    TRAINING_ADMIN = "training_admin"


class Stage(StrEnum):
    NOTICE = "notice"
    CHECK = "check"
    DECIDE = "decide"
    SHARE = "share"
    REVIEW = "review"
    CLOSED = "closed"


class ConcernStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class InformationKind(StrEnum):
    OBSERVED = "observed"
    ASSERTION = "assertion"
    ASSUMPTION = "assumption"


class Validation(StrEnum):
    CORROBORATED = "corroborated"
    UNCORROBORATED = "uncorroborated"
    CONTRADICTED = "contradicted"


class Outcome(StrEnum):
    NO_FURTHER_ACTION = "no_further_action"
    MONITOR = "monitor"
    IN_SCHOOL_SUPPORT = "in_school_support"
    EARLY_HELP_OR_SOCIAL_CARE = "early_help_or_social_care"
    PREVENT_REFERRAL = "prevent_referral"
    EMERGENCY = "emergency"


class ReferralOutcome(StrEnum):
    NO_FURTHER_ACTION = "no_further_action"
    SIGNPOSTED = "signposted"
    PREVENT_CASE_MANAGEMENT = "prevent_case_management"
    CHANNEL = "channel"
    UNKNOWN = "unknown"


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


class PersonType(StrEnum):
    PUPIL = "pupil"
    STAFF = "staff"
    PARENT_CARER = "parent_carer"
    OTHER = "other"


class RoleType(StrEnum):
    """Training role types (domain.md §5) plus the DSL roles."""

    ESSENTIAL = "essential_awareness"
    ALERTER = "alerter"
    RESPONDER = "responder"
    DECISION_MAKER = "decision_maker"
    GOVERNANCE = "governance"
    DSL = "dsl"
    DEPUTY_DSL = "deputy_dsl"


class TrainingStatus(StrEnum):
    COMPLIANT = "compliant"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NEVER_DONE = "never_done"
    NOT_REQUIRED = "not_required"


class NeedStatus(StrEnum):
    """A complex need on the referral form: present (with details) or none known.

    A need with no status at all has not been asked about yet, which is not the same as
    "none known".
    """

    PRESENT = "present"
    NONE_KNOWN = "none_known"


class ParallelRoute(StrEnum):
    """The safeguarding referral made alongside Prevent (domain.md §2 and §8)."""

    CHILDRENS_SOCIAL_CARE = "childrens_social_care"  # children's social care or the MASH
    EARLY_HELP = "early_help"
    LADO = "lado"  # a concern about a member of staff
    ADULT_SOCIAL_CARE = "adult_social_care"
    OTHER = "other"
    NONE = "none"  # no parallel referral; the notes say why


class ChannelConsent(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"


class ConsentFrom(StrEnum):
    """Who gave or refused consent to Channel support: a parent or carer for an under-18."""

    PERSON = "person"
    PARENT_CARER = "parent_carer"


class Nation(StrEnum):
    """Where the school is: the guidance, the role's name and the referral route follow it."""

    ENGLAND = "england"
    WALES = "wales"
