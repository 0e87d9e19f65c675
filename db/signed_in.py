"""Plain data the open vault hands upwards: who is signed in, and what a check of the vault found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SignedIn:
    """Who is using the open vault. Plain data: safe to pass to the UI."""

    user_id: int
    account: str
    sign_in_name: str
    display_name: str
    role: str


@dataclass
class VerifyReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
