"""People as plain, frozen data: what the people services return and what the chronology,
the referral and the screens show. Nothing here reads the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from dsl_desktop.domain import ConcernStatus, Outcome, PersonType, Stage


@dataclass(frozen=True)
class Address:
    address: str
    is_current: bool = False


@dataclass(frozen=True)
class PersonInput:
    """A person's details as entered on the form (every column of ``person``)."""

    forenames: str
    surname: str
    person_type: PersonType = PersonType.PUPIL
    other_names: str = ""
    date_of_birth: dt.date | None = None
    approx_age: int | None = None
    gender: str = ""
    addresses: tuple[Address, ...] = ()
    phone: str = ""
    email: str = ""
    nationality: str = ""
    first_language: str = ""
    school_or_occupation: str = ""
    upn_or_staff_code: str = ""
    send: str = ""
    family_details: str = ""
    other_agencies: str = ""


@dataclass(frozen=True, kw_only=True)
class PersonRecord(PersonInput):
    """A saved person. ``to_input()`` gives the editable part back for an edit form."""

    id: int
    created_at: dt.datetime

    @property
    def full_name(self) -> str:
        return f"{self.forenames} {self.surname}".strip()

    @property
    def current_address(self) -> str:
        for a in self.addresses:
            if a.is_current:
                return a.address
        return self.addresses[0].address if self.addresses else ""

    def to_input(self) -> PersonInput:
        return PersonInput(**{f.name: getattr(self, f.name) for f in fields(PersonInput)})


@dataclass(frozen=True)
class PersonMatch:
    """One search result: enough to tell people apart in a list."""

    id: int
    forenames: str
    surname: str
    other_names: str
    person_type: PersonType
    date_of_birth: dt.date | None
    approx_age: int | None
    school_or_occupation: str
    upn_or_staff_code: str
    concern_count: int

    @property
    def full_name(self) -> str:
        return f"{self.forenames} {self.surname}".strip()


@dataclass(frozen=True)
class ConcernBrief:
    id: int
    reference: str
    noticed_at: dt.datetime
    category: str
    stage: Stage
    status: ConcernStatus
    outcome: Outcome | None
    next_review: dt.date | None


@dataclass(frozen=True)
class PersonWithConcerns:
    person: PersonRecord
    concerns: tuple[ConcernBrief, ...]
