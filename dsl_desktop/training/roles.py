"""Suggests training role types from a job title, using editable rules.

The rules live in resources/training/role_rules.json (the school may keep its own copy). Each
rule is a case-insensitive regular expression; every rule that matches adds its role types, an
optional ``unless`` pattern stops a rule applying, and when nothing matches the fallback applies.
The result is only a suggestion: the DSL confirms each person's role types.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dsl_desktop.domain import RoleType
from dsl_desktop.resources import load_json

__all__ = [
    "RoleRule",
    "RoleRules",
    "load_role_rules",
    "make_rule",
    "matching_rules",
    "normalise_job_title",
    "role_rules_to_json",
    "suggest_role_types",
]


@dataclass(frozen=True)
class RoleRule:
    pattern: re.Pattern[str]
    role_types: frozenset[RoleType]
    unless: re.Pattern[str] | None = None
    note: str = ""

    def matches(self, job_title: str) -> bool:
        title = normalise_job_title(job_title)
        if not self.pattern.search(title):
            return False
        return self.unless is None or not self.unless.search(title)


@dataclass(frozen=True)
class RoleRules:
    rules: tuple[RoleRule, ...]
    fallback: frozenset[RoleType]


def normalise_job_title(job_title: str) -> str:
    """Compatibility-normalised, with runs of spaces (and tabs, line breaks) made single."""
    return " ".join(unicodedata.normalize("NFKC", job_title).split())


def _compile(pattern: str, what: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"{what} is not a valid pattern: {exc}") from exc


def _role_types(values: Iterable[Any], what: str) -> frozenset[RoleType]:
    result: set[RoleType] = set()
    for value in values:
        try:
            result.add(RoleType(value))
        except ValueError as exc:
            raise ValueError(f"{what}: unknown role type {value!r}") from exc
    return frozenset(result)


def make_rule(
    pattern: str,
    role_types: Iterable[RoleType | str],
    unless: str | None = None,
    note: str = "",
) -> RoleRule:
    """Builds a rule, raising ValueError for a bad pattern, no role types or an unknown one."""
    if not pattern.strip():
        raise ValueError("a rule needs a pattern")
    types = _role_types(role_types, f"rule {pattern!r}")
    if not types:
        raise ValueError(f"rule {pattern!r} gives no role types")
    return RoleRule(
        pattern=_compile(pattern, f"rule {pattern!r}"),
        role_types=types,
        unless=_compile(unless, f"the 'unless' of rule {pattern!r}") if unless else None,
        note=note,
    )


def load_role_rules(data: Any = None) -> RoleRules:
    """Reads rules (by default resources/training/role_rules.json); ValueError if malformed."""
    if data is None:
        data = load_json("training", "role_rules.json")
    if not isinstance(data, Mapping):
        raise ValueError("role rules: expected an object")
    entries = data.get("rules")
    fallback = data.get("fallback", [])
    if not isinstance(entries, list):
        raise ValueError("role rules: 'rules' must be a list")
    if not isinstance(fallback, list):
        raise ValueError("role rules: 'fallback' must be a list of role types")
    rules: list[RoleRule] = []
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping):
            raise ValueError(f"role rules: rule {n} must be an object")
        pattern, types = entry.get("pattern"), entry.get("role_types")
        unless, note = entry.get("unless"), entry.get("note", "")
        if not isinstance(pattern, str):
            raise ValueError(f"role rules: rule {n} needs a 'pattern'")
        if not isinstance(types, list):
            raise ValueError(f"role rules: rule {n} needs a list of 'role_types'")
        if unless is not None and not isinstance(unless, str):
            raise ValueError(f"role rules: the 'unless' of rule {n} must be text")
        if not isinstance(note, str):
            raise ValueError(f"role rules: the 'note' of rule {n} must be text")
        rules.append(make_rule(pattern, types, unless, note))
    return RoleRules(tuple(rules), _role_types(fallback, "role rules: fallback"))


def role_rules_to_json(rules: RoleRules) -> dict[str, Any]:
    """The inverse of :func:`load_role_rules`, for saving a school's edited rules."""
    return {
        "version": 1,
        "fallback": sorted(rt.value for rt in rules.fallback),
        "rules": [
            {
                "pattern": rule.pattern.pattern,
                **({"unless": rule.unless.pattern} if rule.unless is not None else {}),
                "role_types": sorted(rt.value for rt in rule.role_types),
                "note": rule.note,
            }
            for rule in rules.rules
        ],
    }


def matching_rules(job_title: str, rules: RoleRules) -> list[RoleRule]:
    """The rules that apply to a job title, in order (to show why a suggestion was made)."""
    return [rule for rule in rules.rules if rule.matches(job_title)]


def suggest_role_types(job_title: str, rules: RoleRules) -> set[RoleType]:
    """Role types suggested for a job title: the union of every matching rule, or the fallback."""
    suggested: set[RoleType] = set()
    for rule in matching_rules(job_title, rules):
        suggested |= rule.role_types
    return suggested if suggested else set(rules.fallback)
