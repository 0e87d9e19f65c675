"""The training service on a real encrypted vault: register, imports, records, compliance,
reports, roles and the dashboard's speed."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import statistics
import time
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import insert, select

from db.errors import PermissionDenied
from db.keyslots import KdfParams
from db.models import Attachment, AuditEvent, Base, Course, Setting, Staff, TrainingRecord
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Role, RoleType, TrainingStatus
from dsl_desktop.services import accounts
from dsl_desktop.services import training as tr
from dsl_desktop.services.attachments import read_attachment
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.services.setup import seed_catalogues
from dsl_desktop.training.importer import StaffField

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "staff"
ORDER = ("sims_staff_export.csv", "bromcom_staff.csv", "excel_semicolon_cp1252.csv")
FAST = KdfParams(19456, 2, 1)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
TODAY = dt.date(2026, 3, 16)

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def school(new_vault: NewVault) -> tuple[Vault, OpenVault]:
    vault, ov, _ = new_vault(seed=seed_catalogues)
    return vault, ov


@pytest.fixture
def ov(school: tuple[Vault, OpenVault]) -> OpenVault:
    return school[1]


def dump(ov: OpenVault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to prove that something changed nothing."""
    with ov.reading() as s:
        conn = s.connection()
        return {
            table.name: sorted(
                (tuple(repr(v) for v in row) for row in conn.execute(select(table))), key=repr
            )
            for table in Base.metadata.sorted_tables
        }


def head_file(ov: OpenVault) -> bytes:
    path = ov.vault.head_path
    return path.read_bytes() if path.exists() else b""


def person(ov: OpenVault, surname: str) -> tr.StaffEntry:
    found = [p for p in tr.list_staff(ov, include_leavers=True) if p.surname == surname]
    assert len(found) == 1, found
    return found[0]


def course_id(ov: OpenVault, code: str) -> int:
    return next(c.id for c in tr.list_courses(ov) if c.code == code)


def other_user(
    vault: Vault, ov: OpenVault, role: Role, closing: Callable[[OpenVault], OpenVault]
) -> OpenVault:
    name, passphrase = f"user {role.value}", f"kestrel harbour violet {role.value} 7"
    accounts.add_account(
        ov, sign_in_name=name, display_name=name, role=role, passphrase=passphrase, kdf=FAST
    )
    return closing(Vault(vault.data_dir).unlock(name, passphrase))


# ---- importing ---------------------------------------------------------------------------------
def test_the_three_fixture_files_in_turn_give_fourteen_people(ov: OpenVault) -> None:
    summaries = [tr.apply_import(ov, fixture(name)).summary_line() for name in ORDER]
    assert summaries == [
        "created 10, updated 0, unchanged 0, rejected 0",
        "created 2, updated 1, unchanged 0, rejected 0",
        "created 2, updated 0, unchanged 0, rejected 0",
    ]
    staff = tr.list_staff(ov, include_leavers=True)
    assert len(staff) == 14
    # ABR is in the SIMS and the Bromcom export: matched (email in another case), not duplicated.
    browns = [p for p in staff if p.surname == "Brown"]
    assert len(browns) == 1
    brown = browns[0]
    assert (brown.staff_code, brown.middle_name) == ("ABR", "Jane")
    assert brown.email == "a.brown@example-school.org.uk"
    assert RoleType.DSL in brown.role_types
    forenames = {p.forename for p in staff}
    for name in ("Gwŷn", "Siân", "Zoë", "Kateřina", "Émile", "Jürgen", "Róisín"):
        assert unicodedata.normalize("NFC", name) in forenames
    bond = person(ov, "Bond")
    assert (bond.forename, bond.preferred_name, bond.staff_code) == ("James", "Jim", "007")
    assert person(ov, "Llywelyn").role_types == (
        RoleType.ALERTER, RoleType.RESPONDER, RoleType.DEPUTY_DSL,
    )  # fmt: skip
    # All paid and unpaid staff are Alerters from induction (seed strategy 002).
    assert person(ov, "Volunteer").role_types == (RoleType.ALERTER,)
    # Importing the same file again changes nothing.
    again = tr.apply_import(ov, fixture(ORDER[0]))
    assert again.summary_line() == "created 0, updated 0, unchanged 10, rejected 0"


def test_a_dry_run_changes_nothing(ov: OpenVault) -> None:
    tr.apply_import(ov, fixture(ORDER[0]))
    before, head = dump(ov), head_file(ov)
    result, plan = tr.preview_import(ov, fixture(ORDER[1]))
    assert result.ok
    assert plan.summary_line() == "created 2, updated 1, unchanged 0, rejected 0"
    assert dump(ov) == before and head_file(ov) == head
    assert len(tr.list_staff(ov)) == 10


BAD_FILE = (
    b"Forename,Surname,Email,Start date\n"
    b"Ann,Lee,a.lee@example.org,01/09/2020\n"
    b"Bob,Ray,not-an-address,01/09/2021\n"
    b"Cai,Ifans,c.ifans@example.org,31/02/2022\n"
    b"Dee,Ogun,d.ogun@example.org,\n"
)


def test_one_invalid_row_imports_nothing_unless_skipped(ov: OpenVault) -> None:
    before, head = dump(ov), head_file(ov)
    with pytest.raises(tr.ImportRejected) as caught:
        tr.apply_import(ov, BAD_FILE)
    assert [(r.line, r.action.value) for r in caught.value.plan.rejected] == [
        (3, "rejected"), (4, "rejected"),
    ]  # fmt: skip
    assert "address" in caught.value.plan.rejected[0].reason
    assert "February" in caught.value.plan.rejected[1].reason
    assert "nothing was imported" in caught.value.message
    assert dump(ov) == before and head_file(ov) == head

    report = tr.apply_import(ov, BAD_FILE, skip_invalid=True)
    assert report.summary_line() == "created 2, updated 0, unchanged 0, rejected 2"
    assert sorted(p.surname for p in tr.list_staff(ov)) == ["Lee", "Ogun"]


def test_an_unreadable_file_is_refused_with_its_reason(ov: OpenVault) -> None:
    before = dump(ov)
    with pytest.raises(tr.ImportFileError, match="No header row"):
        tr.apply_import(ov, b"just some words\nand more\n")
    with pytest.raises(tr.ImportFileError, match="Excel workbook"):
        tr.apply_import(ov, b"PK\x03\x04 not really a workbook")
    assert dump(ov) == before


def test_the_chosen_columns_are_remembered_by_header_name(ov: OpenVault) -> None:
    data = b"First name,Family,Known as,Post\nNia,Rowlands,Nia R,Teacher\n"
    with pytest.raises(tr.ImportFileError, match="surname"):
        tr.apply_import(ov, data)  # "Family" is not a name the importer knows for a surname
    mapping = {
        StaffField.FORENAME: 0, StaffField.SURNAME: 1, StaffField.PREFERRED_NAME: 2,
        StaffField.JOB_TITLE: 3,
    }  # fmt: skip
    report = tr.apply_import(ov, data, mapping)
    assert report.summary_line() == "created 1, updated 0, unchanged 0, rejected 0"
    assert tr.remembered_mapping(ov) == {
        "forename": "First name", "surname": "Family", "preferred_name": "Known as",
        "job_title": "Post",
    }  # fmt: skip
    # Next term's export has its columns in another order: the remembered names still apply.
    reordered = b"Post,Family,First name\nTeacher,Rowlands,Nia\nCaretaker,Hughes,Ifan\n"
    result, plan = tr.preview_import(ov, reordered)
    assert result.mapping[StaffField.FORENAME] == 2 and result.mapping[StaffField.SURNAME] == 1
    assert plan.summary_line() == "created 1, updated 0, unchanged 1, rejected 0"


CSV_LIKE = st.lists(
    st.lists(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12),
        min_size=1, max_size=5,
    ),
    max_size=6,
).map(
    lambda rows: (
        "Forename,Surname,Email,Start date\n" + "\n".join(",".join(r) for r in rows)
    ).encode("utf-8")
)  # fmt: skip


def test_arbitrary_bytes_never_crash_and_a_failure_changes_nothing(
    new_vault: NewVault,
) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    tr.apply_import(ov, fixture(ORDER[0]))

    @settings(
        max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
        database=None,
    )  # fmt: skip
    @given(data=st.one_of(st.binary(max_size=400), CSV_LIKE), skip=st.booleans())
    def check(data: bytes, skip: bool) -> None:
        before, head = dump(ov), head_file(ov)
        try:
            report = tr.apply_import(ov, data, skip_invalid=skip)
        except (tr.ImportFileError, tr.ImportRejected):
            assert dump(ov) == before and head_file(ov) == head
            return
        assert report.plan.created or report.plan.updated or report.plan.unchanged
        if not skip:
            assert not report.plan.rejected

    check()


# ---- the register ---------------------------------------------------------------------------
def test_add_update_search_and_mark_left_never_delete(ov: OpenVault) -> None:
    added = tr.add_staff(
        ov,
        tr.StaffDetails(
            forename=" Siân ", surname="Ap  Rhys", email="s.aprhys@example.org",
            job_title="Teaching assistant", role_types=frozenset({RoleType.ALERTER}),
            start_date=dt.date(2024, 9, 2),
        ),
    )  # fmt: skip
    assert (added.forename, added.surname) == ("Siân", "Ap Rhys")
    assert [p.id for p in tr.list_staff(ov, search="sian")] == [added.id]
    assert [p.id for p in tr.list_staff(ov, search="S.APRHYS")] == [added.id]
    assert tr.list_staff(ov, role_type=RoleType.DSL) == []
    with pytest.raises(InvalidInput, match="already has the email address"):
        tr.add_staff(ov, tr.StaffDetails("Other", "Person", email="S.ApRhys@example.org"))
    with pytest.raises(InvalidInput) as caught:
        tr.add_staff(ov, tr.StaffDetails(" ", "!!", email="nope", start_date=dt.date(2024, 1, 2),
                                         left_date=dt.date(2023, 1, 1)))  # fmt: skip
    codes = {p.code for p in caught.value.problems}
    assert {"forename_missing", "surname_invalid", "email_invalid", "left_date_invalid"} <= codes

    changed = replace(added.to_details(), job_title="HLTA",
                      role_types=frozenset({RoleType.ALERTER, RoleType.RESPONDER}))  # fmt: skip
    updated = tr.update_staff(ov, added.id, changed)
    assert updated.job_title == "HLTA"
    assert updated.role_types == (RoleType.ALERTER, RoleType.RESPONDER)

    tr.record_training(ov, added.id, course_id(ov, "safeguarding_induction"), dt.date(2024, 9, 2))
    left = tr.mark_left(ov, added.id, dt.date(2025, 7, 22))
    assert left.left_date == dt.date(2025, 7, 22)
    assert tr.list_staff(ov) == []
    assert [p.id for p in tr.list_staff(ov, include_leavers=True)] == [added.id]
    assert len(tr.records_for_staff(ov, added.id)) == 1  # history kept
    board = tr.dashboard(ov, as_of=TODAY)
    assert board.rows == () and board.leavers == 1
    with pytest.raises(InvalidInput, match="before the start date"):
        tr.mark_left(ov, added.id, dt.date(2020, 1, 1))
    with ov.reading() as s:
        assert s.scalar(select(Staff.id).where(Staff.id == added.id)) == added.id


def test_role_types_are_suggested_by_the_schools_own_rules(ov: OpenVault) -> None:
    assert tr.suggest_roles(ov, "Designated Safeguarding Lead") >= {RoleType.DSL}
    assert tr.suggest_roles(ov, "Forest school leader") == {RoleType.ALERTER}  # the fallback
    rules = tr.role_rules_data(ov)
    rules["rules"].insert(
        0, {"pattern": "forest school", "role_types": ["responder"], "note": "ours"}
    )
    tr.save_role_rules(ov, rules)
    assert tr.suggest_roles(ov, "Forest School Leader") == {RoleType.RESPONDER}
    with pytest.raises(InvalidInput, match="cannot be used"):
        tr.save_role_rules(ov, {"rules": [{"pattern": "(", "role_types": ["alerter"]}]})
    with pytest.raises(InvalidInput):
        tr.save_role_rules(ov, {"rules": [{"pattern": "x", "role_types": ["pilot"]}]})
    assert tr.suggest_roles(ov, "Forest School Leader") == {RoleType.RESPONDER}
    # Imports use the school's rules for new people.
    tr.apply_import(ov, b"Forename,Surname,Job title\nOwain,Bevan,Forest school leader\n")
    assert person(ov, "Bevan").role_types == (RoleType.RESPONDER,)


# ---- courses and requirements ----------------------------------------------------------------
def test_courses_and_requirements_are_editable(ov: OpenVault) -> None:
    wrap = tr.save_course(
        ov, tr.CourseInput(code="wrap_in_school", title="WRAP delivered by the DSL",
                           refresh_months=24, counts_as=("prevent_awareness",)),
    )  # fmt: skip
    assert wrap.counts_as == ("prevent_awareness",)
    with pytest.raises(InvalidInput, match="already has the code"):
        tr.save_course(ov, tr.CourseInput(code="wrap_in_school", title="Again"))
    with pytest.raises(InvalidInput, match="no course with the code"):
        tr.save_course(ov, tr.CourseInput(code="x_course", title="X", counts_as=("nope",)))
    with pytest.raises(InvalidInput):
        tr.save_course(ov, tr.CourseInput(code="Bad Code!", title=""))
    requirement = tr.save_requirement(
        ov, tr.RequirementInput(RoleType.GOVERNANCE, wrap.id, due_within_days=60)
    )
    assert requirement.effective_refresh_months == 24
    with pytest.raises(InvalidInput, match="already has a requirement"):
        tr.save_requirement(ov, tr.RequirementInput(RoleType.GOVERNANCE, wrap.id, 10))
    assert any(r.id == requirement.id for r in tr.list_requirements(ov))
    tr.remove_requirement(ov, requirement.id)
    assert all(r.id != requirement.id for r in tr.list_requirements(ov))
    retired = tr.save_course(ov, replace(wrap.to_input(), active=False), wrap.id)
    assert not retired.active
    assert wrap.id not in {c.id for c in tr.list_courses(ov, include_inactive=False)}


# ---- training records ------------------------------------------------------------------------
def test_a_completion_with_its_certificate_kept_inside_the_store(ov: OpenVault) -> None:
    tr.apply_import(ov, fixture(ORDER[0]))
    siân = person(ov, "O'Brien")
    entry = tr.record_training(
        ov, siân.id, course_id(ov, "prevent_awareness"), dt.date(2025, 11, 3),
        notes="Home Office e-learning", certificate=tr.CertificateFile("Siân cert.pdf", PDF),
    )  # fmt: skip
    assert entry.certificate_name == "Siân cert.pdf" and entry.recorded_by == "Anna Khan (DSL)"
    [listed] = tr.records_for_staff(ov, siân.id)
    assert listed == entry
    assert entry.certificate_id is not None
    info, content = read_attachment(ov, entry.certificate_id)
    assert content == PDF and info.media_type == "application/pdf"
    photo = tr.add_certificate(ov, entry.id, tr.CertificateFile("photo.png", PNG))
    assert photo.certificate_name == "photo.png"

    before = dump(ov)
    with pytest.raises(InvalidInput, match="not a PDF or a picture"):
        tr.record_training(ov, siân.id, course_id(ov, "prevent_referrals"), dt.date(2025, 1, 1),
                           certificate=tr.CertificateFile("cert.docx", b"PK\x03\x04..."))  # fmt: skip
    with pytest.raises(InvalidInput, match="already recorded"):
        tr.record_training(ov, siân.id, course_id(ov, "prevent_awareness"), dt.date(2025, 11, 3))
    with pytest.raises(InvalidInput, match="future"):
        tr.record_training(ov, siân.id, course_id(ov, "prevent_awareness"),
                           dt.date.today() + dt.timedelta(days=1))  # fmt: skip
    assert dump(ov) == before

    tr.remove_training_record(ov, entry.id)
    assert tr.records_for_staff(ov, siân.id) == []
    with ov.reading() as s:
        assert s.scalars(select(Attachment.id)).all() == []


def test_a_whole_staff_session_in_one_go(ov: OpenVault) -> None:
    tr.apply_import(ov, fixture(ORDER[0]))
    everyone = [p.id for p in tr.list_staff(ov)]
    induction = course_id(ov, "safeguarding_update")
    first = tr.record_session(ov, induction, dt.date(2025, 9, 1), everyone[:6], notes="INSET")
    assert len(first.recorded) == 6 and first.already_recorded == ()
    second = tr.record_session(ov, induction, dt.date(2025, 9, 1), everyone)
    assert len(second.recorded) == 4 and len(second.already_recorded) == 6
    with ov.reading() as s:
        assert len(s.scalars(select(TrainingRecord.id)).all()) == 10
    with pytest.raises(InvalidInput, match="Tick"):
        tr.record_session(ov, induction, dt.date(2025, 9, 1), [])


# ---- compliance --------------------------------------------------------------------------------
def test_compliance_from_the_database_with_as_of_and_due_soon(ov: OpenVault) -> None:
    tr.apply_import(ov, fixture(ORDER[0]))
    white = person(ov, "White")  # Site Manager: an alerter, started 06/06/2022
    prevent = course_id(ov, "prevent_awareness")
    tr.record_training(ov, white.id, prevent, dt.date(2023, 4, 20))  # due again 20/04/2026

    def prevent_status(as_of: dt.date, due_soon: int | None = None) -> TrainingStatus:
        board = tr.dashboard(ov, as_of=as_of, due_soon=due_soon)
        [row] = [r for r in board.rows if r.staff.id == white.id]
        return row.status("prevent_awareness")

    assert prevent_status(dt.date(2026, 1, 10)) is TrainingStatus.COMPLIANT
    assert prevent_status(TODAY) is TrainingStatus.COMPLIANT  # 35 days before
    assert prevent_status(dt.date(2026, 4, 1)) is TrainingStatus.DUE_SOON  # 19 days before
    assert prevent_status(dt.date(2026, 4, 21)) is TrainingStatus.OVERDUE
    assert prevent_status(dt.date(2026, 1, 10), due_soon=120) is TrainingStatus.DUE_SOON
    tr.set_due_soon_days(ov, 0)
    assert tr.due_soon_days(ov) == 0
    assert prevent_status(dt.date(2026, 4, 19)) is TrainingStatus.COMPLIANT

    result = tr.compliance(ov, as_of=TODAY, due_soon=30)
    assert result.school.people == 10
    alerters = result.by_role_type[RoleType.ALERTER]
    assert alerters.people == 10 and alerters.total > 0  # the volunteer as well
    board = tr.dashboard(ov, as_of=TODAY)
    assert board.school == result.school
    # The courses most people need come first.
    codes = [c.code for c in board.columns]
    assert codes[0] == "prevent_awareness"  # everyone (a tie of ten for the next two)
    assert set(codes[1:3]) == {"safeguarding_induction", "safeguarding_update"}
    assert [r.staff.surname for r in board.rows] == sorted(r.staff.surname for r in board.rows)


def test_sign_in_summary_counts_people_out_of_date_and_due_this_month(ov: OpenVault) -> None:
    tr.add_staff(ov, tr.StaffDetails("Nia", "Rowlands", role_types=frozenset({RoleType.GOVERNANCE}),
                                     start_date=dt.date(2020, 1, 1)))  # fmt: skip
    newcomer = tr.add_staff(
        ov, tr.StaffDetails("Ifan", "Hughes", role_types=frozenset({RoleType.ESSENTIAL}),
                            start_date=dt.date(2026, 3, 10)),
    )  # fmt: skip
    summary = tr.sign_in_summary(ov, as_of=TODAY)
    # Nia has never done any of her four courses (governors' safeguarding training is one);
    # Ifan's induction is due on 17/03/2026.
    assert summary.people_out_of_date == 1 and summary.courses_out_of_date == 4
    assert summary.people_due_this_month == 1 and summary.courses_due_this_month == 1
    tr.record_training(ov, newcomer.id, course_id(ov, "safeguarding_induction"), TODAY,
                       today=TODAY)  # fmt: skip
    later = tr.sign_in_summary(ov, as_of=TODAY)
    assert later.people_due_this_month == 0 and later.anything


# ---- reports -----------------------------------------------------------------------------------
def test_safe_cell_defuses_formulas() -> None:
    for text in ("=1+1", "+44 1234", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert tr.safe_cell(text) == "'" + text
    for text in ("Siân", "O'Brien", "", "1=1", " =x"):
        assert tr.safe_cell(text) == text


def test_csv_report_escapes_spreadsheet_formulas(ov: OpenVault, tmp_path: Path) -> None:
    tr.add_staff(ov, tr.StaffDetails(
        forename="=HYPERLINK(\"http://x\")", surname="-Smith", job_title="@SUM(A1)",
        staff_code="+44", role_types=frozenset({RoleType.ALERTER}),
    ))  # fmt: skip
    tr.apply_import(ov, fixture(ORDER[0]))
    path = tmp_path / "report.csv"
    board = tr.training_report_csv(ov, path, as_of=TODAY)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 1 + len(board.rows) == 12
    header = rows[0]
    smith = next(r for r in rows if r[header.index("Surname")] == "'-Smith")
    assert smith[header.index("Forename")] == '\'=HYPERLINK("http://x")'
    assert smith[header.index("Job title")] == "'@SUM(A1)"
    assert smith[header.index("Staff code")] == "'+44"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    gwyn = next(r for r in rows if r[header.index("Forename")] == "Gwŷn")
    assert gwyn[header.index("Prevent awareness (e-learning): status")] == "Never done"


def test_pdf_report_reads_back(ov: OpenVault, tmp_path: Path) -> None:
    tr.apply_import(ov, fixture(ORDER[0]))
    tr.record_training(ov, person(ov, "Chen").id, course_id(ov, "prevent_awareness"),
                       dt.date(2025, 2, 1))  # fmt: skip
    path = tmp_path / "report.pdf"
    tr.training_report_pdf(ov, path, as_of=TODAY,
                           produced_at=dt.datetime(2026, 3, 16, 9, 30))  # fmt: skip
    reader = PdfReader(path)
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "OFFICIAL-SENSITIVE" in text and "Staff training compliance" in text
    assert "16 March 2026, 09:30" in text  # when it was produced
    assert f"Page 1 of {len(reader.pages)}" in text
    for name in ("Gwŷn", "Kateřina", "Róisín", "Zoë"):
        assert name in text
    assert "In date" in text and "Never done" in text
    assert reader.metadata is not None and reader.metadata.title.startswith("Staff training")


def test_audit_trail_holds_ids_and_counts_not_names(ov: OpenVault, tmp_path: Path) -> None:
    tr.apply_import(ov, fixture(ORDER[0]))
    gwyn = person(ov, "Llywelyn")
    tr.update_staff(ov, gwyn.id, replace(gwyn.to_details(), job_title="Deputy head"))
    tr.record_training(ov, gwyn.id, course_id(ov, "prevent_awareness"), dt.date(2025, 1, 1),
                       notes="Gwŷn did well", certificate=tr.CertificateFile("gwyn.pdf", PDF))  # fmt: skip
    tr.training_report_csv(ov, tmp_path / "r.csv")
    with ov.reading() as s:
        events = [(e.action, e.entity, e.entity_id, e.details)
                  for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]  # fmt: skip
    text = json.dumps(events, ensure_ascii=False)
    for secret in ("Gwŷn", "Llywelyn", "Deputy head", "did well", "gwyn.pdf", "example-school"):
        assert secret not in text
    actions = [e[0] for e in events]
    for expected in ("staff.imported", "staff.updated", "training.recorded", "training.exported"):
        assert expected in actions
    imported = next(e for e in events if e[0] == "staff.imported")
    assert imported[3] == {"created": 10, "updated": 0, "unchanged": 0, "rejected": 0}
    assert ov.verify().ok


# ---- who may do what ----------------------------------------------------------------------------
def test_a_reviewer_reads_but_changes_nothing(
    school: tuple[Vault, OpenVault], closing: Callable[[OpenVault], OpenVault], tmp_path: Path
) -> None:
    vault, ov = school
    tr.apply_import(ov, fixture(ORDER[0]))
    reviewer = other_user(vault, ov, Role.REVIEWER, closing)
    someone = tr.list_staff(reviewer)[0]
    assert len(tr.list_staff(reviewer)) == 10
    assert tr.dashboard(reviewer, as_of=TODAY).school.people == 10
    assert tr.list_courses(reviewer) and tr.list_requirements(reviewer)
    assert tr.records_for_staff(reviewer, someone.id) == []
    tr.sign_in_summary(reviewer, as_of=TODAY)
    before = dump(ov)
    refused: list[Callable[[], object]] = [
        lambda: tr.add_staff(reviewer, tr.StaffDetails("A", "B")),
        lambda: tr.update_staff(reviewer, someone.id, someone.to_details()),
        lambda: tr.mark_left(reviewer, someone.id, TODAY),
        lambda: tr.record_training(reviewer, someone.id, course_id(ov, "wrap"), TODAY),
        lambda: tr.record_session(reviewer, course_id(ov, "wrap"), TODAY, [someone.id]),
        lambda: tr.preview_import(reviewer, fixture(ORDER[1])),
        lambda: tr.apply_import(reviewer, fixture(ORDER[1])),
        lambda: tr.save_course(reviewer, tr.CourseInput("new_one", "New")),
        lambda: tr.save_role_rules(reviewer, tr.role_rules_data(ov)),
        lambda: tr.set_due_soon_days(reviewer, 10),
        lambda: tr.training_report_csv(reviewer, tmp_path / "r.csv"),
        lambda: tr.training_report_pdf(reviewer, tmp_path / "r.pdf"),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDenied):
            attempt()
    assert dump(ov) == before
    assert not (tmp_path / "r.csv").exists() and not (tmp_path / "r.pdf").exists()


def test_a_training_administrator_keeps_the_training_records(
    school: tuple[Vault, OpenVault], closing: Callable[[OpenVault], OpenVault], tmp_path: Path
) -> None:
    vault, ov = school
    admin = other_user(vault, ov, Role.TRAINING_ADMIN, closing)
    assert tr.apply_import(admin, fixture(ORDER[0])).summary_line().startswith("created 10")
    someone = tr.list_staff(admin)[0]
    entry = tr.record_training(admin, someone.id, course_id(ov, "prevent_awareness"), TODAY,
                               certificate=tr.CertificateFile("c.pdf", PDF), today=TODAY)  # fmt: skip
    assert entry.recorded_by == "user training_admin"
    tr.mark_left(admin, someone.id, TODAY)
    tr.training_report_pdf(admin, tmp_path / "r.pdf", as_of=TODAY)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        accounts.update_school(admin, accounts.SchoolDetails(name="Another name"))


# ---- speed ------------------------------------------------------------------------------------
DASHBOARD_LIMIT_MS = 100.0


def slow_machine_margin() -> float:
    """Room for a shared two-core machine: 1.5 times the target, more while other work keeps
    every core busy (the load average is printed with the figure)."""
    cores = os.cpu_count() or 1
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return 1.5 * min(2.0, max(1.0, load / cores))


@pytest.mark.timing
def test_dashboard_with_1000_staff_and_20000_records_is_fast(
    ov: OpenVault, capsys: pytest.CaptureFixture[str]
) -> None:
    import random

    rng = random.Random(6)
    role_sets = [
        ["alerter"], ["alerter", "responder"], ["alerter", "governance"],
        ["essential_awareness"], ["dsl", "decision_maker", "responder", "alerter"],
        ["deputy_dsl", "responder", "alerter"],
    ]  # fmt: skip
    stamp = dt.datetime(2026, 1, 1)
    with ov.unit() as s:
        s.execute(insert(Staff), [
            {"staff_code": f"S{i:04d}", "title": "", "forename": f"Forename{i}",
             "middle_name": "", "preferred_name": "", "surname": f"Surname{i:04d}",
             "email": f"s{i}@example.org", "job_title": "Teacher",
             "role_types": rng.choice(role_sets),
             "start_date": dt.date(2012, 9, 1) + dt.timedelta(days=rng.randrange(5000)),
             "left_date": dt.date(2025, 8, 31) if i % 25 == 0 else None,
             "created_at": stamp, "updated_at": stamp}
            for i in range(1000)
        ])  # fmt: skip
        staff_ids = list(s.scalars(select(Staff.id)))
        course_ids = list(s.scalars(select(Course.id)))
        user_id = ov.user.user_id if ov.user else 1
        s.execute(insert(TrainingRecord), [
            {"staff_id": rng.choice(staff_ids), "course_id": rng.choice(course_ids),
             "completed_on": dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(3300)),
             "notes": "", "recorded_by_id": user_id, "recorded_at": stamp}
            for _ in range(20000)
        ])  # fmt: skip
    board = tr.dashboard(ov, as_of=TODAY)  # warm the connection and the caches
    assert len(board.rows) == 960 and board.leavers == 40
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        board = tr.dashboard(ov, as_of=TODAY)
        timings.append((time.perf_counter() - start) * 1000)
    median = statistics.median(timings)
    limit = DASHBOARD_LIMIT_MS * slow_machine_margin()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with capsys.disabled():
        print(
            f"\ntraining dashboard, 1,000 staff and 20,000 records: median {median:.1f} ms "
            f"of 5 runs ({', '.join(f'{t:.0f}' for t in timings)}); target "
            f"{DASHBOARD_LIMIT_MS:.0f} ms, allowed {limit:.0f} ms at load {load:.1f}"
        )
    assert board.school.people == 960 and board.school.total > 3000
    assert median < limit


def test_setting_rows_are_json(ov: OpenVault) -> None:
    tr.set_due_soon_days(ov, 45)
    with ov.reading() as s:
        assert s.get(Setting, tr.DUE_SOON_SETTING).value == 45  # type: ignore[union-attr]
    with pytest.raises(InvalidInput):
        tr.set_due_soon_days(ov, 400)
