"""Acceptance 2 through the real command line only: ``init --nation wales``, ``demo``, then the
``decision-record`` PDF (read back with pypdf) and the ``training-report`` matrix (CSV), whose
every status and due date is worked out again here from the Welsh default requirements.

The vault is opened in this process only to read which concern to ask for and the staff's
start dates, role types and completions: everything checked comes out of ``main.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import Concern, Course, Decision, Referral, Staff, TrainingRecord
from db.vault import Vault
from dsl_desktop.domain import Nation, RoleType
from dsl_desktop.services.training.base import STATUS_LABELS
from dsl_desktop.training.compliance import StaffMember, assess_staff, counts_as_map
from dsl_desktop.training.seed import default_catalogue

ROOT = Path(__file__).resolve().parents[2]
PASS = "heather copper lantern 7"
AS_OF = dt.date(2026, 6, 1)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args, "--passphrase-stdin"],
        input=PASS + "\n", capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def ok(*args: str) -> str:
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def wales(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wales") / "data"
    ok("init", "--data-dir", str(folder), "--school", "Ysgol Gynradd Aberdaron", "--user", "dsl",
       "--display-name", "Gwenllïan ap Rhys", "--nation", "wales")  # fmt: skip
    ok("demo", "--data-dir", str(folder), "--concerns", "24", "--staff", "14", "--seed", "11")
    return folder


def _a_decided_concern(folder: Path) -> str:
    ov = Vault(folder).unlock("dsl", PASS)
    try:
        with ov.reading() as s:
            reference = s.scalars(
                select(Concern.reference).join(Decision, Decision.concern_id == Concern.id)
            ).first()
    finally:
        ov.close()
    assert reference
    return reference


@pytest.mark.parametrize(
    ("language", "role", "guidance", "not_there"),
    [
        ("en", "Designated Safeguarding Person", "Keeping learners safe",
         ("Designated Safeguarding Lead", "KCSIE", "Keeping children safe in education")),
        ("cy", "Person Dynodedig Diogelu", "Cadw dysgwyr yn ddiogel",
         ("Arweinydd Dynodedig Diogelu", "KCSIE")),
    ],
)  # fmt: skip
def test_the_decision_record_names_the_dsp_and_keeping_learners_safe(
    wales: Path, tmp_path: Path, language: str, role: str, guidance: str,
    not_there: tuple[str, ...],
) -> None:  # fmt: skip
    out = tmp_path / f"decision-{language}.pdf"
    ok("decision-record", _a_decided_concern(wales), "-o", str(out), "--language", language,
       "--data-dir", str(wales))  # fmt: skip
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pages)
    assert role in text
    assert guidance in text
    for wrong in not_there:
        assert wrong not in text


def test_the_referral_form_names_the_referrer_as_the_dsp(wales: Path, tmp_path: Path) -> None:
    ov = Vault(wales).unlock("dsl", PASS)
    try:
        with ov.reading() as s:
            reference = s.scalars(
                select(Concern.reference).join(Referral, Referral.concern_id == Concern.id)
            ).first()
    finally:
        ov.close()
    assert reference
    out = tmp_path / "referral.txt"
    ok("referral-text", reference, "-o", str(out), "--language", "en", "--data-dir", str(wales))
    text = out.read_text(encoding="utf-8")
    assert "Role: Designated Safeguarding Person" in text
    assert "Designated Safeguarding Lead" not in text


def _register(folder: Path) -> tuple[list[StaffMember], dict[str, dict[str, list[dt.date]]],
                                     dict[str, str]]:  # fmt: skip
    """Staff (by staff code), their completions by course code, and course title -> code."""
    ov = Vault(folder).unlock("dsl", PASS)
    try:
        with ov.reading() as s:
            codes = {c.id: c.code for c in s.scalars(select(Course))}
            titles = {c.title: c.code for c in s.scalars(select(Course))}
            staff, by_id = [], {}
            for row in s.scalars(select(Staff)):
                by_id[row.id] = row.staff_code
                staff.append(StaffMember(
                    row.staff_code, row.start_date, row.left_date,
                    frozenset(RoleType(t) for t in row.role_types or ()),
                ))  # fmt: skip
            done: dict[str, dict[str, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
            for record in s.scalars(select(TrainingRecord)):
                done[by_id[record.staff_id]][codes[record.course_id]].append(record.completed_on)
    finally:
        ov.close()
    return staff, done, titles


def _expected(
    nation: Nation, staff: list[StaffMember], done: dict[str, dict[str, list[dt.date]]]
) -> dict[tuple[str, str], tuple[str, str]]:
    """(staff code, course code) -> (status, due by) from ``nation``'s default requirements."""
    courses, requirements = default_catalogue(nation)
    links = counts_as_map(courses)
    found = {}
    for member in staff:
        for status in assess_staff(member, requirements, done.get(str(member.key), {}), AS_OF,
                                   counts_as=links):  # fmt: skip
            due = status.due_date.strftime("%d/%m/%Y") if status.due_date else ""
            found[(str(member.key), status.course_code)] = (STATUS_LABELS[status.status], due)
    return found


def test_the_training_matrix_uses_the_welsh_defaults(wales: Path, tmp_path: Path) -> None:
    out = tmp_path / "matrix.csv"
    said = ok("training-report", "--format", "csv", "-o", str(out), "--as-of", AS_OF.isoformat(),
              "--data-dir", str(wales))  # fmt: skip
    assert "staff, as of 01/06/2026" in said
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    staff, done, titles = _register(wales)
    shown: dict[tuple[str, str], tuple[str, str]] = {}
    for row in rows:
        for title, code in titles.items():
            status = row.get(f"{title}: status")
            if status and status != "Not required":
                shown[(row["Staff code"], code)] = (status, row[f"{title}: due by"])
    assert len(shown) > 40  # a real matrix, not a handful of cells
    welsh = _expected(Nation.WALES, staff, done)
    assert shown == {k: v for k, v in welsh.items() if k[0] in {r["Staff code"] for r in rows}}
    # England's intervals give another matrix: the comparison above can tell them apart.
    english = _expected(Nation.ENGLAND, staff, done)
    assert {k: v for k, v in english.items() if k in shown} != shown
    # The Welsh course titles head the columns (the DSP's training, not the DSL's).
    header = next(iter(rows)).keys()
    assert any("Designated safeguarding person training" in h for h in header)
    assert not any("Designated safeguarding lead" in h for h in header)
    # And the register names the role as Wales does.
    assert any(r["Job title"] == "Designated Safeguarding Person" for r in rows)
    assert not any("Safeguarding Lead" in r["Job title"] or "DSL" in r["Job title"] for r in rows)
