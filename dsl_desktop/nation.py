"""What differs between a school in England and one in Wales (domain.md §8).

England: *Keeping children safe in education* (KCSIE) and a Designated Safeguarding Lead (DSL);
the National Prevent Referral Form goes to the police Prevent team, with a children's social
care (MASH) referral as well where the child needs it.
Wales: *Keeping learners safe* and a Designated Safeguarding Person (DSP); the National Referral
Form has been online only since 25 October 2024 and goes to counter-terrorism policing and the
local authority together.

The words here are English source strings: the PDFs pass them through their translation hook
(``dsl_desktop.pdf.text._``) and the screens through Qt's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dsl_desktop.domain import Nation

__all__ = ["NATIONS", "Nation", "NationRules", "parse_nation", "rules_for", "role_named_for_wales"]


@dataclass(frozen=True)
class NationRules:
    nation: Nation
    role_name: str
    """The safeguarding role's name in full."""
    role_short: str
    deputy_name: str
    guidance: str
    """The statutory safeguarding guidance for schools."""
    guidance_short: str
    referral_route: str
    """Where a Prevent referral goes, in one sentence."""


NATIONS: dict[Nation, NationRules] = {
    Nation.ENGLAND: NationRules(
        nation=Nation.ENGLAND,
        role_name="Designated Safeguarding Lead",
        role_short="DSL",
        deputy_name="Deputy Designated Safeguarding Lead",
        guidance="Keeping children safe in education",
        guidance_short="KCSIE",
        referral_route=(
            "A Prevent referral goes to the police Prevent team on the National Prevent "
            "Referral Form (2025 version) or the route the local area asks for; for a child, "
            "a referral to children's social care may be needed as well."
        ),
    ),
    Nation.WALES: NationRules(
        nation=Nation.WALES,
        role_name="Designated Safeguarding Person",
        role_short="DSP",
        deputy_name="Deputy Designated Safeguarding Person",
        guidance="Keeping learners safe",
        guidance_short="Keeping learners safe",
        referral_route=(
            "A Prevent referral is made on the online National Referral Form (online only "
            "since 25 October 2024), which goes to counter-terrorism policing and the local "
            "authority together."
        ),
    ),
}


def parse_nation(value: object) -> Nation:
    """The nation for a stored or typed value; anything unknown or empty is England."""
    text = str(value or "").strip().casefold()
    try:
        return Nation(text)
    except ValueError:
        return Nation.ENGLAND


def rules_for(nation: object) -> NationRules:
    return NATIONS[parse_nation(nation)]


_WALES_NAMES = (
    (re.compile(r"\bDesignated Safeguarding Lead"), "Designated Safeguarding Person"),
    (re.compile(r"\bdesignated safeguarding lead"), "designated safeguarding person"),
    (re.compile(r"\bDSL(s?)\b(?! Desktop)"), r"DSP\1"),
    (re.compile(r"\bDS&L\b"), "DS&P"),
)


def role_named_for_wales(text: str) -> str:
    """English ``text`` with the DSL named as a school in Wales names the role (DSP). The
    product's name, DSL Desktop, stays; a text that already names the Designated Safeguarding
    Person (one about both nations) is left as it is."""
    if not text or "Safeguarding Person" in text:
        return text
    for pattern, replacement in _WALES_NAMES:
        text = pattern.sub(replacement, text)
    return text
