"""Passphrase rules: a minimum, and a strength estimate the set-up screens show as it is typed."""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_LENGTH = 12

_COMMON = {
    "password", "passphrase", "letmein", "qwerty", "welcome", "safeguarding", "school",
    "prevent", "123456", "iloveyou", "admin", "dragon", "monkey", "football",
}  # fmt: skip


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    label: str
    problems: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.problems


def assess(passphrase: str) -> Strength:
    problems: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(f"Use at least {MIN_LENGTH} characters (a few words work well).")
    if passphrase and passphrase.strip() != passphrase:
        problems.append("Do not start or end with a space.")
    low = passphrase.lower()
    if any(word in low for word in _COMMON) and len(set(low.split())) < 3:
        problems.append("Avoid common words on their own; add more words.")
    if passphrase and len(set(passphrase)) <= 3:
        problems.append("Use more than a few different characters.")
    pool = 0
    pool += 26 if any(c.islower() for c in passphrase) else 0
    pool += 26 if any(c.isupper() for c in passphrase) else 0
    pool += 10 if any(c.isdigit() for c in passphrase) else 0
    pool += 33 if any(not c.isalnum() for c in passphrase) else 0
    pool += 100 if any(ord(c) > 127 for c in passphrase) else 0
    bits = len(passphrase) * math.log2(pool) if pool else 0.0
    score = 0 if bits < 40 else 1 if bits < 60 else 2 if bits < 80 else 3 if bits < 100 else 4
    if problems:
        score = min(score, 1)
    label = ("Very weak", "Weak", "Fair", "Good", "Strong")[score]
    return Strength(score, label, tuple(problems))
