"""`main.py demo` as a user runs it: a real process making (or adding to) a real vault."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from db.models import Concern, School, Staff, User
from db.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"


def cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def test_demo_creates_a_vault_then_adds_to_it(tmp_path: Path) -> None:
    d = tmp_path / "demo vault"
    r = cli("demo", "--data-dir", str(d), "--concerns", "40", "--staff", "6", "--seed", "3",
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "Created a demonstration vault" in r.stdout and "Recovery code" in r.stdout
    assert "40 concerns" in r.stdout and "6 staff" in r.stdout

    r = cli("demo", "--data-dir", str(d), "--concerns", "10", "--seed", "4", "--passphrase-stdin")
    assert r.returncode == 0, r.stderr
    assert "Created" not in r.stdout and "10 concerns" in r.stdout

    ov = Vault(d).unlock("dsl", PASS)
    try:
        with ov.reading() as s:
            assert s.scalar(select(School.name)) == "Ysgol Enghraifft / Example School"
            assert s.scalar(select(User.sign_in_name)) == "dsl"
            assert s.scalar(select(func.count(Concern.id))) == 50
            assert s.scalar(select(func.count(Staff.id))) == 6
        assert ov.verify().ok
    finally:
        ov.close()
    r = cli("verify", "--data-dir", str(d), "--passphrase-stdin")
    assert r.returncode == 0, r.stderr


def test_demo_refuses_a_wrong_passphrase_or_a_weak_one(tmp_path: Path) -> None:
    r = cli("demo", "--data-dir", str(tmp_path / "v"), "--concerns", "1", "--passphrase-stdin",
            stdin="short\n")  # fmt: skip
    assert r.returncode != 0 and "passphrase too weak" in r.stderr
    assert not (tmp_path / "v" / "vault.db").exists()
    r = cli("demo", "--data-dir", str(tmp_path / "v"), "--concerns", "1", "--passphrase-stdin")
    assert r.returncode == 0, r.stderr
    r = cli("demo", "--data-dir", str(tmp_path / "v"), "--concerns", "1", "--passphrase-stdin",
            stdin="not the right passphrase at all\n")  # fmt: skip
    assert r.returncode == 1 and r.stderr.startswith("error:") and "Traceback" not in r.stderr
    r = cli("demo", "--data-dir", str(tmp_path / "v"), "--concerns", "-3", "--passphrase-stdin")
    assert r.returncode == 2 and "cannot be negative" in r.stderr
