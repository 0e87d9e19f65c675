"""``recover`` and ``verify`` of the key slots and the audit head, as a user runs them: a real
process and a real vault in a temporary folder (this computer's records in a temporary home)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"
NEW = "copper heron meadow fortytwo"
CODE = re.compile(r"^[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}$", re.M)


def cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(home / "state"),
           "HOME": str(home), "PYTHONIOENCODING": "utf-8"}  # fmt: skip
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture()
def made(tmp_path: Path) -> tuple[Path, Path, str]:
    home, folder = tmp_path / "home", tmp_path / "vault"
    r = cli(home, "init", "--data-dir", str(folder), "--school", "Ysgol Gwŷn", "--user", "Siân",
            "--passphrase-stdin", stdin=PASS + "\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    code = CODE.search(r.stdout)
    assert code is not None, r.stdout
    return home, folder, code.group(0)


def test_recover_sets_a_passphrase_and_replaces_the_used_code(made: tuple[Path, Path, str]) -> None:
    home, folder, code = made
    r = cli(home, "recover", "--data-dir", str(folder), "--user", "Siân", "--passphrase-stdin",
            stdin=f"{code.lower()}\n{NEW}\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "New passphrase set for Siân." in r.stdout
    fresh = CODE.search(r.stdout)
    assert fresh is not None and fresh.group(0) != code
    # The old passphrase is gone, the new one opens; the used code no longer works.
    assert cli(home, "verify", "--data-dir", str(folder), "--passphrase-stdin",
               stdin=PASS + "\n").returncode == 1  # fmt: skip
    ok = cli(home, "verify", "--data-dir", str(folder), "--passphrase-stdin", stdin=NEW + "\n")
    assert ok.returncode == 0, ok.stderr
    again = cli(home, "recover", "--data-dir", str(folder), "--user", "Siân",
                "--passphrase-stdin", stdin=f"{code}\n{PASS}\n")  # fmt: skip
    assert again.returncode == 1
    assert "recovery code is not right" in again.stderr
    third = cli(home, "recover", "--data-dir", str(folder), "--user", "Siân",
                "--passphrase-stdin", stdin=f"{fresh.group(0)}\n{PASS}\n")  # fmt: skip
    assert third.returncode == 0, third.stderr


def test_recover_refuses_bad_input_with_one_line(made: tuple[Path, Path, str]) -> None:
    home, folder, code = made
    for stdin, expected in [
        ("", "no passphrase on standard input"),
        (f"{code}\n", "no passphrase on standard input"),
        (f"{code}\nweak\n", "passphrase too weak"),
        (f"WRONG-CODE\n{NEW}\n", "recovery code is not right"),
    ]:
        r = cli(home, "recover", "--data-dir", str(folder), "--user", "Siân",
                "--passphrase-stdin", stdin=stdin)  # fmt: skip
        assert r.returncode != 0
        assert expected in r.stderr, (stdin, r.stderr)
        assert "Traceback" not in r.stderr
    r = cli(home, "recover", "--data-dir", str(folder), "--user", "Nobody",
            "--passphrase-stdin", stdin=f"{code}\n{NEW}\n")  # fmt: skip
    assert r.returncode == 1 and "no account signing in as" in r.stderr


def _rewrite_keys(folder: Path, change: object) -> None:
    from db.keyslots import _canonical

    path = folder / "vault.keys"
    doc = json.loads(path.read_text())
    change(doc)  # type: ignore[operator]
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    path.write_text(json.dumps(doc))


def test_verify_reports_a_removed_or_damaged_recovery_slot(made: tuple[Path, Path, str]) -> None:
    home, folder, _code = made
    original = (folder / "vault.keys").read_bytes()

    def remove(doc: dict[str, list[dict[str, str]]]) -> None:
        doc["slots"] = [s for s in doc["slots"] if s["type"] != "recovery"]

    def damage(doc: dict[str, list[dict[str, str]]]) -> None:
        for s in doc["slots"]:
            if s["type"] == "recovery":
                s["wrapped"] = s["wrapped"][:20]

    for change, expected in [
        (remove, "recovery slot is missing"),
        (damage, "recovery slot is damaged"),
    ]:
        (folder / "vault.keys").write_bytes(original)
        _rewrite_keys(folder, change)
        r = cli(home, "verify", "--data-dir", str(folder), "--passphrase-stdin", stdin=PASS + "\n")
        assert r.returncode == 1
        assert expected in r.stderr, r.stderr


def test_verify_reports_a_deleted_head_even_though_it_signs_in_first(
    made: tuple[Path, Path, str],
) -> None:
    home, folder, _code = made
    (folder / "audit.head").unlink()
    r = cli(home, "verify", "--data-dir", str(folder), "--passphrase-stdin", stdin=PASS + "\n")
    assert r.returncode == 1
    assert "audit.head) is missing" in r.stderr
    assert "Restore the latest backup" in r.stderr


def test_rotate_key_from_the_command_line(made: tuple[Path, Path, str]) -> None:
    home, folder, code = made
    before = (folder / "vault.keys").read_bytes()
    r = cli(home, "rotate-key", "--data-dir", str(folder), "--passphrase-stdin", stdin=PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert "data key was replaced" in r.stdout
    assert (folder / "vault.keys").read_bytes() != before
    ok = cli(home, "verify", "--data-dir", str(folder), "--passphrase-stdin", stdin=PASS + "\n")
    assert ok.returncode == 0, ok.stderr
    # The recovery code of before still works: its slot took the new key.
    rec = cli(home, "recover", "--data-dir", str(folder), "--user", "Siân", "--passphrase-stdin",
              stdin=f"{code}\n{NEW}\n")  # fmt: skip
    assert rec.returncode == 0, rec.stderr
