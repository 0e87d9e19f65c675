"""People: search that ignores case and accents, validation, updates kept as amendments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from db.keyslots import KdfParams
from db.models import Amendment
from db.vault import OpenVault, Vault
from dsl_desktop.domain import PersonType, Role
from dsl_desktop.services import accounts
from dsl_desktop.services import concerns as cs
from dsl_desktop.services import people as ps
from dsl_desktop.workflow import PermissionDenied

Maker = Callable[..., tuple[Vault, OpenVault, str]]

NAMES = [
    ("Siân", "Williams"), ("Gwŷn", "ap Dafydd"), ("Zoë", "O'Neill"), ("Kateřina", "Nováková"),
    ("Aoife", "Ní Bhriain"), ("Oluwaseun", "Adebayo"), ("Harpreet", "Kaur"),
    ("Łukasz", "Wiśniewski"), ("Sian", "Evans"), ("Tom", "Siani-Jones"),
]  # fmt: skip


def seeded(ov: OpenVault) -> dict[str, int]:
    return {
        f"{f} {s}": ps.add_person(ov, ps.PersonInput(forenames=f, surname=s)).id for f, s in NAMES
    }


def names(found: list[ps.PersonMatch]) -> list[str]:
    return [p.full_name for p in found]


def test_search_ignores_case_accents_and_apostrophes(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    seeded(ov)
    assert set(names(ps.search_people(ov, "sian"))) == {
        "Siân Williams", "Sian Evans", "Tom Siani-Jones",
    }  # fmt: skip
    assert names(ps.search_people(ov, "SIÂN W")) == ["Siân Williams"]
    assert names(ps.search_people(ov, "gwyn")) == ["Gwŷn ap Dafydd"]
    assert names(ps.search_people(ov, "zoe")) == ["Zoë O'Neill"]
    assert names(ps.search_people(ov, "oneill")) == ["Zoë O'Neill"]
    assert names(ps.search_people(ov, "o'neill")) == ["Zoë O'Neill"]
    assert names(ps.search_people(ov, "katerina novak")) == ["Kateřina Nováková"]
    assert names(ps.search_people(ov, "lukasz wisniewski")) == ["Łukasz Wiśniewski"]
    assert names(ps.search_people(ov, "ni bhriain")) == ["Aoife Ní Bhriain"]
    assert ps.search_people(ov, "nobody like this") == []
    assert len(ps.search_people(ov, "")) == len(NAMES)
    assert len(ps.search_people(ov, "", limit=3)) == 3


def test_search_puts_closest_matches_first(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    seeded(ov)
    ps.add_person(ov, ps.PersonInput(forenames="Evan", surname="Kaur-Evans"))
    found = names(ps.search_people(ov, "evans"))
    assert found[0] == "Sian Evans"  # the surname itself
    assert set(found) == {"Sian Evans", "Evan Kaur-Evans"}


def test_search_finds_other_names_and_codes(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    ps.add_person(
        ov,
        ps.PersonInput(forenames="Mohammed", surname="Rahman", other_names="Mo Rahman",
                       upn_or_staff_code="A123456789012"),
    )  # fmt: skip
    assert names(ps.search_people(ov, "mo")) == ["Mohammed Rahman"]
    assert names(ps.search_people(ov, "a1234")) == ["Mohammed Rahman"]


def test_every_field_is_kept(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    data = ps.PersonInput(
        forenames="  Kateřina  Anna ", surname="Nováková", person_type=PersonType.PARENT_CARER,
        other_names="Katka", date_of_birth=dt.date(1985, 2, 28), approx_age=40, gender="Female",
        addresses=(ps.Address("1 Heol y Bont, Caerdydd", True), ps.Address("Old flat, Leeds")),
        phone="07700 900123", email="k.novakova@example.org", nationality="Czech",
        first_language="Czech", school_or_occupation="Nurse", upn_or_staff_code="",
        send="None known", family_details="Mother of a Year 8 pupil", other_agencies="GP",
    )  # fmt: skip
    record = ps.add_person(ov, data)
    assert record.forenames == "Kateřina Anna"
    assert record.to_input() == ps.PersonInput(**{**data.__dict__, "forenames": "Kateřina Anna"})
    assert record.current_address == "1 Heol y Bont, Caerdydd"
    again = ps.get_person(ov, record.id)
    assert again.person == record and again.concerns == ()


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"forenames": " "}, "forenames_missing"),
        ({"surname": ""}, "surname_missing"),
        ({"date_of_birth": dt.date.today() + dt.timedelta(days=1)}, "date_of_birth_future"),
        ({"date_of_birth": dt.date(1850, 1, 1)}, "date_of_birth_too_early"),
        ({"approx_age": -1}, "approx_age_invalid"),
        ({"approx_age": 121}, "approx_age_invalid"),
        ({"email": "not an email"}, "email_invalid"),
        ({"addresses": (ps.Address("a", True), ps.Address("b", True))}, "addresses_two_current"),
        ({"person_type": "alien"}, "person_type_invalid"),
    ],
)
def test_validation(new_vault: Maker, changes: dict[str, Any], code: str) -> None:
    _, ov, _ = new_vault()
    data = ps.PersonInput(**{"forenames": "Ann", "surname": "Jones", **changes})
    with pytest.raises(ps.InvalidInput) as err:
        ps.add_person(ov, data)
    assert code in {p.code for p in err.value.problems}
    assert ps.search_people(ov, "") == []


def test_edge_ages_are_accepted(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    ps.add_person(ov, ps.PersonInput("Baby", "Jones", approx_age=0))
    ps.add_person(ov, ps.PersonInput("Old", "Jones", approx_age=120))
    ps.add_person(ov, ps.PersonInput("Today", "Jones", date_of_birth=dt.date.today()))
    assert len(ps.search_people(ov, "jones")) == 3


def test_an_update_keeps_the_old_values(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    record = ps.add_person(ov, ps.PersonInput("Zoë", "Smith", phone="01234"))
    updated = ps.update_person(
        ov, record.id, ps.PersonInput("Zoë", "Smith-Jones", phone="05678"), reason="Married"
    )
    assert updated.surname == "Smith-Jones"
    with ov.reading() as s:
        rows = {
            a.field: (a.old_value, a.new_value, a.reason)
            for a in s.scalars(select(Amendment).where(Amendment.entity == "person"))
        }
    assert rows == {
        "surname": ("Smith", "Smith-Jones", "Married"),
        "phone": ("01234", "05678", "Married"),
    }
    with pytest.raises(ps.NotFound):
        ps.update_person(ov, 999, ps.PersonInput("A", "B"))
    assert ov.verify().ok


def test_people_are_listed_with_their_concerns(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    ids = seeded(ov)
    pid = ids["Siân Williams"]
    for day in (3, 1):
        cs.create_concern(
            ov,
            cs.NoticeInput(pid, "Ms Roberts", dt.datetime(2025, 5, day, 9), "Said something",
                           immediate_danger=False),
        )  # fmt: skip
    listed = {p.person.full_name: p for p in ps.list_people(ov)}
    assert len(listed) == len(NAMES)
    assert [c.reference for c in listed["Siân Williams"].concerns] == ["C-2025-0002", "C-2025-0001"]
    assert listed["Zoë O'Neill"].concerns == ()
    assert ps.search_people(ov, "sian williams")[0].concern_count == 2
    assert [c.reference for c in ps.get_person(ov, pid).concerns] == ["C-2025-0002", "C-2025-0001"]


def test_roles(new_vault: Maker, closing: Any) -> None:
    vault, ov, _ = new_vault()
    pid = seeded(ov)["Siân Williams"]
    opened: dict[Role, OpenVault] = {}
    for role in (Role.REVIEWER, Role.TRAINING_ADMIN):
        accounts.add_account(
            ov, sign_in_name=role.value, display_name=role.value, role=role,
            passphrase="granite osprey window 77 thistle", kdf=KdfParams(19456, 2, 1),
        )  # fmt: skip
        opened[role] = closing(vault.unlock(role.value, "granite osprey window 77 thistle"))
    reviewer, admin = opened[Role.REVIEWER], opened[Role.TRAINING_ADMIN]
    assert ps.search_people(reviewer, "sian")
    assert ps.get_person(reviewer, pid).person.id == pid
    for who in (reviewer, admin):
        with pytest.raises(PermissionDenied):
            ps.add_person(who, ps.PersonInput("A", "B"))
        with pytest.raises(PermissionDenied):
            ps.update_person(who, pid, ps.PersonInput("A", "B"))
    for look in (
        lambda: ps.search_people(admin, "sian"),
        lambda: ps.list_people(admin),
        lambda: ps.get_person(admin, pid),
    ):
        with pytest.raises(PermissionDenied):
            look()


def test_fold() -> None:
    assert ps.fold("Siân O'Néill-Jones") == "sian oneill jones"
    assert ps.fold("Łukasz Straße") == "lukasz strasse"
    assert ps.fold("ZOË") == "zoe"
