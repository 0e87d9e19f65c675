"""The follow-up actions the app itself writes, and how each reads in the user's language.

Two kinds of action are written by the app rather than typed: the chase kept when a concern
closes while its referral's outcome is not known, and the reviews 6 and 12 months after
Channel or Prevent Case Management support ends. They are stored in English (the record as
written); :func:`action_text` turns a stored description back into a Message so a Welsh
screen or document shows it in Welsh. Anything a person typed is returned as it is.
"""

from __future__ import annotations

import re

from dsl_desktop.domain import ReferralOutcome
from dsl_desktop.messages import Message, Text, message

UNKNOWN_OUTCOME_ACTION = Message(
    "Ask the police Prevent team again for the outcome of the referral, and review the concern."
).english()
"""The dated action kept when a concern is closed while its referral's outcome is not known."""

_SUPPORT = {
    ReferralOutcome.CHANNEL: "Channel",
    ReferralOutcome.PREVENT_CASE_MANAGEMENT: "Prevent Case Management",
}
_REVIEW_PATTERN = re.compile(
    r"Review (?P<months>\d+) months after (?P<support>"
    + "|".join(map(re.escape, _SUPPORT.values()))
    + r") support ended\."
)


def review_message(months: int, outcome: ReferralOutcome) -> Message:
    """The review set for ``months`` after Channel or Prevent Case Management support ends."""
    return message(
        "Review {months} months after {support} support ended.",
        months=months,
        support=Message(_SUPPORT[outcome]),
    )


def review_description(months: int, outcome: ReferralOutcome) -> str:
    """The same review as it is stored (English)."""
    return review_message(months, outcome).english()


def action_text(description: str) -> Text:
    """A stored action's description as a Message when the app wrote it, else as typed."""
    if description == UNKNOWN_OUTCOME_ACTION:
        return Message(UNKNOWN_OUTCOME_ACTION)
    found = _REVIEW_PATTERN.fullmatch(description)
    if found is not None:
        outcome = next(o for o, name in _SUPPORT.items() if name == found["support"])
        return review_message(int(found["months"]), outcome)
    return description
