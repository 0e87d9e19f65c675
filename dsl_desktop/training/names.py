"""How staff are named in lists and reports, so that two people with one name stay apart.

A school may well have two "Rhys Jones": each is shown as "Jones, Rhys", and where a name is
shared, the staff code follows it ("Jones, Rhys (S00012)"); without a code, the start date or a
number does the same job.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Protocol

__all__ = ["staff_names"]


class _Named(Protocol):
    @property
    def forename(self) -> str: ...
    @property
    def surname(self) -> str: ...
    @property
    def staff_code(self) -> str: ...
    @property
    def start_date(self) -> date | None: ...


def _same(person: _Named) -> str:
    text = f"{person.surname}\x1f{person.forename}"
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()


def staff_names(people: Sequence[_Named]) -> list[str]:
    """Each person's name as listed, in the same order, shared names told apart."""
    shared = Counter(_same(p) for p in people)
    seen: Counter[str] = Counter()
    names: list[str] = []
    for person in people:
        name = f"{person.surname}, {person.forename}"
        key = _same(person)
        if shared[key] > 1:
            seen[key] += 1
            code = person.staff_code.strip()
            started = person.start_date.strftime("%d/%m/%Y") if person.start_date else ""
            name += f" ({code or started or seen[key]})"
        names.append(name)
    return names
