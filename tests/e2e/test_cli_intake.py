"""intake-key, report-concern and import-reports as a user runs them: real processes and vaults."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"
REPORT = {
    "reporter": "Gwŷn O'Neill",
    "reporter_role": "Midday supervisor",
    "person": "Siân Williams",
    "noticed_at": "2026-11-30T12:40",
    "where": "Playground",
    "account": "She said “they all deserve it” and drew a symbol on her book.",
    "present": "Two pupils",
    "immediate_danger": False,
    "action_taken": "Told the class teacher.",
}


def cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )  # fmt: skip


def _vault(path: Path, school: str) -> Path:
    r = cli("init", "--data-dir", str(path), "--school", school, "--user", "dsl",
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture()
def school(tmp_path: Path) -> tuple[Path, Path]:
    vault = _vault(tmp_path / "vault", "Ysgol Gwŷn")
    key = tmp_path / "school.dslintake"
    r = cli("intake-key", "-o", str(key), "--data-dir", str(vault), "--passphrase-stdin")
    assert r.returncode == 0, r.stderr
    assert "Wrote the intake key for Ysgol Gwŷn" in r.stdout
    return vault, key


def _report(tmp_path: Path, doc: object, name: str = "report.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def test_seal_then_import_then_import_again(school: tuple[Path, Path], tmp_path: Path) -> None:
    vault, key = school
    drop = tmp_path / "drop"
    drop.mkdir()
    r = cli("report-concern", "--key", str(key), "--from", str(_report(tmp_path, REPORT)),
            "-o", str(drop), stdin="")  # fmt: skip
    assert r.returncode == 0, r.stderr
    receipt = r.stdout.split("Receipt code: ")[1].strip()
    [sealed] = list(drop.iterdir())
    assert receipt in sealed.name
    for text in ("Siân", "Gwŷn", "deserve", "Playground"):
        assert text.encode() not in sealed.read_bytes()
    copy = sealed.read_bytes()
    r = cli("import-reports", str(drop), "--data-dir", str(vault), "--passphrase-stdin")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "imported 1, already imported 0, refused 0"
    assert f"imported {receipt} as C-2026-0001" in r.stdout
    assert list(drop.iterdir()) == []
    sealed.write_bytes(copy)
    r = cli("import-reports", str(drop), "--data-dir", str(vault), "--passphrase-stdin")
    assert r.stdout.splitlines()[-1] == "imported 0, already imported 1, refused 0"
    r = cli("verify", "--data-dir", str(vault), "--passphrase-stdin")
    assert r.returncode == 0, r.stdout + r.stderr


def test_another_schools_vault_refuses_and_names_the_file(
    school: tuple[Path, Path], tmp_path: Path
) -> None:
    _, key = school
    other = _vault(tmp_path / "other", "Another School")
    cli("intake-key", "-o", str(tmp_path / "other.dslintake"), "--data-dir", str(other),
        "--passphrase-stdin")  # fmt: skip
    drop = tmp_path / "drop"
    drop.mkdir()
    cli("report-concern", "--key", str(key), "--from", str(_report(tmp_path, REPORT)),
        "-o", str(drop), stdin="")  # fmt: skip
    [sealed] = list(drop.iterdir())
    r = cli("import-reports", str(drop), "--data-dir", str(other), "--passphrase-stdin")
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"refused {sealed}: ") and "another school" in lines[0]
    assert lines[-1] == "imported 0, already imported 0, refused 1"
    assert sealed.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({k: v for k, v in REPORT.items() if k != "reporter"}, "missing reporter"),
        ({k: v for k, v in REPORT.items() if k != "person"}, "missing person"),
        ({k: v for k, v in REPORT.items() if k != "account"}, "missing account"),
        (b'{"reporter": "Si\xe2n"}', "not UTF-8"),
        (b'{"reporter": "A",', "not valid JSON"),
        (b"", "not valid JSON"),
    ],
)
def test_a_bad_report_gets_a_clear_error_and_nothing_is_written(
    school: tuple[Path, Path], tmp_path: Path, content: object, message: str
) -> None:
    _, key = school
    drop = tmp_path / "drop"
    drop.mkdir()
    source = tmp_path / "bad.json"
    if isinstance(content, bytes):
        source.write_bytes(content)
    else:
        source = _report(tmp_path, content, "bad.json")
    r = cli("report-concern", "--key", str(key), "--from", str(source), "-o", str(drop), stdin="")
    assert r.returncode == 1
    assert r.stderr.startswith("error: ") and message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert list(drop.iterdir()) == []


def test_report_concern_needs_a_good_key_and_a_folder(
    school: tuple[Path, Path], tmp_path: Path
) -> None:
    vault, key = school
    source = _report(tmp_path, REPORT)
    r = cli("report-concern", "--key", str(vault / "vault.keys"), "--from", str(source),
            "-o", str(tmp_path), stdin="")  # fmt: skip
    assert r.returncode == 1 and "intake key cannot be used" in r.stderr
    r = cli("report-concern", "--key", str(key), "--from", str(source),
            "-o", str(tmp_path / "missing"), stdin="")  # fmt: skip
    assert r.returncode == 1 and "is not a folder" in r.stderr


def test_intake_key_refuses_the_vaults_own_folder_and_a_wrong_passphrase(
    school: tuple[Path, Path],
) -> None:
    vault, _ = school
    r = cli("intake-key", "-o", str(vault / "vault.db"), "--data-dir", str(vault),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 1 and "inside the vault" in r.stderr
    assert (vault / "vault.db").stat().st_size > 512
    r = cli("intake-key", "-o", str(vault.parent / "k.dslintake"), "--data-dir", str(vault),
            "--passphrase-stdin", stdin="wrong passphrase here\n")  # fmt: skip
    assert r.returncode == 1 and r.stderr.startswith("error: ")
    assert not (vault.parent / "k.dslintake").exists()


def test_record_of_concern_writes_the_blank_paper_form(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "form.pdf"
    r = cli("record-of-concern", "-o", str(out), "--school", "Ysgol Gwŷn",
            "--language", "bilingual", stdin="")  # fmt: skip
    assert r.returncode == 0, r.stderr
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    for words in ("Cofnod o bryder", "Record of concern", "Ysgol Gwŷn", "call 999 now",
                  "What did you see or hear?", "Who else was there?"):  # fmt: skip
        assert words in " ".join(text.split()), words
    r = cli("record-of-concern", "-o", str(tmp_path / "missing" / "form.pdf"), stdin="")
    assert r.returncode == 1 and "does not exist" in r.stderr
