"""A school in England or in Wales; categories as data; Unicode collation of names."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import CatalogueItem, School
from db.vault import OpenVault, Vault
from dsl_desktop import catalogues
from dsl_desktop.catalogues import CatalogueError, parse_categories
from dsl_desktop.collation import name_key, sort_key, sorted_by
from dsl_desktop.domain import Nation, RoleType
from dsl_desktop.nation import parse_nation, rules_for
from dsl_desktop.services import accounts, catalogue, people, training
from dsl_desktop.services.setup import seed_catalogues
from dsl_desktop.training.names import staff_names
from dsl_desktop.training.seed import default_catalogue

NewVault = Callable[..., tuple[Vault, OpenVault, str]]

# Welsh, Irish and Polish surnames in the order a person expects, not Python's code-point order
# (which puts Ó, Ł, Ś and Ŵ after Z).
IN_ORDER = [
    "ab Owain", "Ahmed", "Lewis", "Łukasiewicz", "Ní Bhriain", "Nowak", "Ó Briain", "Obi",
    "Ó Súilleabháin", "Owen", "Siôn", "Śliwińska", "Szymański", "Williams", "Wyn", "Ŵyn",
    "Żak", "Zieliński",
]  # fmt: skip


def test_python_order_is_wrong_and_collation_is_right() -> None:
    assert sorted(IN_ORDER)[-1] != "Zieliński"  # the naive order puts Ż, Ó, Ŵ... after Z
    shuffled = IN_ORDER[::-1]
    assert sorted_by(shuffled, str) == sorted(IN_ORDER, key=sort_key)
    got = sorted(shuffled, key=sort_key)
    assert got.index("Ó Briain") < got.index("Owen") < got.index("Williams")
    assert got.index("Łukasiewicz") < got.index("Ní Bhriain")
    assert got.index("Ŵyn") < got.index("Żak") < got.index("Zieliński")
    assert got[-1] == "Zieliński"
    # surname first, then forenames; a tie stays a tie broken by the code
    assert name_key("Jones", "Rhys", "S2") > name_key("Jones", "Rhys", "S1")
    assert name_key("Ó Briain", "Áine") < name_key("Owen", "Aled")


def test_staff_lists_and_the_matrix_sort_by_collation(new_vault: NewVault) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    for surname in reversed(IN_ORDER):
        training.add_staff(ov, training.StaffDetails("Sam", surname))
    listed = [e.surname for e in training.list_staff(ov)]
    assert listed == sorted(IN_ORDER, key=sort_key)
    assert listed.index("Ó Briain") < listed.index("Williams") < listed.index("Zieliński")
    board = training.dashboard(ov)
    assert [r.staff.surname for r in board.rows] == listed


def test_the_people_list_sorts_by_collation(new_vault: NewVault) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    for surname in ("Zieliński", "Ó Briain", "Łukasiewicz", "Owen", "Ŵyn", "Lewis"):
        people.add_person(ov, people.PersonInput("Alex", surname))
    got = [p.person.surname for p in people.list_people(ov)]
    assert got == ["Lewis", "Łukasiewicz", "Ó Briain", "Owen", "Ŵyn", "Zieliński"]


def test_two_staff_with_one_name_are_told_apart_by_staff_code(
    new_vault: NewVault, tmp_path: Path
) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    training.add_staff(ov, training.StaffDetails("Rhys", "Jones", staff_code="RJ2"))
    training.add_staff(ov, training.StaffDetails("Rhys", "Jones", staff_code="RJ1"))
    training.add_staff(ov, training.StaffDetails("Siân", "Ó Briain", staff_code="SOB"))
    board = training.dashboard(ov)
    names = staff_names([r.staff for r in board.rows])
    assert names == ["Jones, Rhys (RJ1)", "Jones, Rhys (RJ2)", "Ó Briain, Siân"]
    out = tmp_path / "training.pdf"
    training.training_report_pdf(ov, out)
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages
    )
    assert "Jones, Rhys (RJ1)" in text and "Jones, Rhys (RJ2)" in text
    assert text.index("(RJ1)") < text.index("(RJ2)") < text.index("Ó Briain, Siân")


def test_the_school_nation_is_england_by_default_and_can_be_changed(new_vault: NewVault) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    assert accounts.school_nation(ov) is Nation.ENGLAND
    details = accounts.school_details(ov)
    accounts.update_school(ov, accounts.SchoolDetails(details.name, nation=Nation.WALES))
    assert accounts.school_details(ov).nation is Nation.WALES
    assert accounts.school_nation(ov) is Nation.WALES
    with ov.reading() as s:
        assert s.scalar(select(School.nation)) == "wales"


def test_a_vault_made_for_wales_has_the_welsh_training_defaults(new_vault: NewVault) -> None:
    _, ov, _ = new_vault(school={"nation": "wales"}, seed=seed_catalogues)
    assert accounts.school_nation(ov) is Nation.WALES
    board = training.dashboard(ov)
    titles = {c.code: c.title for c in board.columns}
    assert "dsl_training" not in titles or "person" in titles["dsl_training"]
    courses, reqs = default_catalogue(Nation.WALES)
    table = {(r.role_type, r.course_code): r for r in reqs}
    assert table[(RoleType.ALERTER, "safeguarding_update")].refresh_months == 36
    assert table[(RoleType.DSL, "dsl_training")].refresh_months == 36
    assert all("KCSIE" not in r.basis for r in reqs)
    assert any("(check)" in r.basis for r in reqs)  # unconfirmed intervals say so
    by_code = {c.code: c for c in courses}
    assert by_code["dsl_training"].title == "Designated safeguarding person training"
    # England: unchanged KCSIE defaults
    _, england = default_catalogue(Nation.ENGLAND)
    table = {(r.role_type, r.course_code): r for r in england}
    assert table[(RoleType.ALERTER, "safeguarding_update")].refresh_months == 12
    assert table[(RoleType.GOVERNANCE, "governor_safeguarding")].refresh_months == 24


def test_nation_rules() -> None:
    assert parse_nation("Wales") is Nation.WALES
    assert parse_nation("") is Nation.ENGLAND and parse_nation("scotland") is Nation.ENGLAND
    wales = rules_for("wales")
    assert wales.role_name == "Designated Safeguarding Person" and wales.role_short == "DSP"
    assert wales.guidance == "Keeping learners safe"
    assert "25 October 2024" in wales.referral_route and "local authority" in wales.referral_route
    assert rules_for(None).guidance_short == "KCSIE"


def test_retired_categories_stay_readable_but_are_not_offered(new_vault: NewVault) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    offered = [e.code for e in catalogue.list_catalogue(ov, "category")]
    assert offered == [c.code for c in catalogues.load_categories().current]
    assert "incel" not in offered and "no_ideology" in offered
    everything = {
        e.code: e for e in catalogue.list_catalogue(ov, "category", include_inactive=True)
    }
    assert everything["incel"].label == "Incel" and not everything["incel"].active
    with ov.reading() as s:
        row = s.scalars(
            select(CatalogueItem).where(
                CatalogueItem.kind == "category", CatalogueItem.code == "no_ideology"
            )
        ).one()
        assert row.data["label_cy"].startswith("Dim ideoleg")


def test_a_retired_category_must_name_a_known_replacement() -> None:
    data = {
        "version": 1,
        "categories": [
            {"code": "not_yet_known", "label": "Not yet known"},
            {"code": "old", "label": "Old", "retired": True, "replaced_by": "gone"},
        ],
    }
    with pytest.raises(CatalogueError, match="gone"):
        parse_categories(data)
    data["categories"][1]["replaced_by"] = "not_yet_known"  # type: ignore[index]
    assert parse_categories(data).current_code("old") == "not_yet_known"
