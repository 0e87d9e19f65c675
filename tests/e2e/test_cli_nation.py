"""`init --nation wales` then `demo`: a school in Wales, as a user sets one up."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from db.models import Concern, Course, Decision, Requirement, School, Staff
from db.vault import Vault
from dsl_desktop.services import accounts
from dsl_desktop.services.referrals import decision_record_document

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=PASS + "\n", capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def _make(folder: Path, *nation: str) -> None:
    r = cli("init", "--data-dir", str(folder), "--school", "Ysgol y Fro", "--user", "dsl",
            "--display-name", "Siân Prys", *nation, "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = cli("demo", "--data-dir", str(folder), "--concerns", "30", "--staff", "8", "--seed", "5",
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr


def _record_text(folder: Path, language: str = "en") -> str:
    ov = Vault(folder).unlock("dsl", PASS)
    try:
        with ov.reading() as s:
            concern_id = s.scalars(
                select(Concern.id).join(Decision, Decision.concern_id == Concern.id)
            ).first()
        assert concern_id is not None
        pdf = decision_record_document(ov, concern_id, language=language).pdf
    finally:
        ov.close()
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


def _refresh(folder: Path) -> dict[tuple[str, str], int | None]:
    ov = Vault(folder).unlock("dsl", PASS)
    try:
        with ov.reading() as s:
            rows = s.execute(
                select(Requirement.role_type, Course.code, Requirement.refresh_months).join(
                    Course, Course.id == Requirement.course_id
                )
            ).all()
            titles = {
                t for t in s.scalars(select(Staff.job_title)) if "Safeguarding" in t or "Head" in t
            }
            assert s.scalar(select(School.nation)) in ("england", "wales")
        assert accounts.school_nation(ov).value in ("england", "wales")
    finally:
        ov.close()
    refresh = {(role, code): months for role, code, months in rows}
    refresh[("titles", " | ".join(sorted(titles)))] = None
    return refresh


def test_a_school_in_wales_gets_its_guidance_role_and_training_defaults(tmp_path: Path) -> None:
    wales = tmp_path / "wales"
    _make(wales, "--nation", "wales")
    text = _record_text(wales)
    assert "Designated Safeguarding Person" in text
    assert "Keeping learners safe" in text
    assert "KCSIE" not in text and "Designated Safeguarding Lead" not in text
    welsh = _record_text(wales, "cy")
    assert "Person Dynodedig Diogelu" in welsh and "Cadw dysgwyr yn ddiogel" in welsh

    refresh = _refresh(wales)
    assert refresh[("alerter", "safeguarding_update")] == 36  # Welsh defaults
    assert refresh[("dsl", "dsl_training")] == 36
    assert refresh[("governance", "governor_safeguarding")] == 36
    titles = next(k[1] for k in refresh if k[0] == "titles")
    assert "Designated Safeguarding Person" in titles and "Headteacher" in titles


def test_a_school_in_england_is_the_default(tmp_path: Path) -> None:
    england = tmp_path / "england"
    _make(england)
    text = _record_text(england)
    assert "Keeping children safe in education (KCSIE)" in text
    assert "Designated Safeguarding Person" not in text
    refresh = _refresh(england)
    assert refresh[("alerter", "safeguarding_update")] == 12
    assert refresh[("dsl", "dsl_training")] == 24
    assert refresh[("governance", "governor_safeguarding")] == 24
    titles = next(k[1] for k in refresh if k[0] == "titles")
    assert "Designated Safeguarding Lead" in titles and "Headteacher" in titles


def test_init_refuses_an_unknown_nation(tmp_path: Path) -> None:
    r = cli("init", "--data-dir", str(tmp_path / "v"), "--school", "X", "--user", "dsl",
            "--nation", "scotland", "--passphrase-stdin")  # fmt: skip
    assert r.returncode != 0 and "invalid choice" in r.stderr
    assert not (tmp_path / "v" / "vault.db").exists()
