"""The command line as a user runs it: a real process, a real vault in a temporary folder."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"


def cli(
    *args: str, stdin: str = "", env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture()
def vault_dir(tmp_path: Path) -> Path:
    d = tmp_path / "vault"
    r = cli("init", "--data-dir", str(d), "--school", "Ysgol Gwŷn", "--user", "abrown",
            "--passphrase-stdin", stdin=PASS + "\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    return d


def test_version() -> None:
    r = cli("--version")
    assert r.returncode == 0
    assert r.stdout.startswith("DSL Desktop ")


def test_init_prints_recovery_code_once(tmp_path: Path) -> None:
    d = tmp_path / "v"
    r = cli("init", "--data-dir", str(d), "--school", "Example School", "--user", "dsl",
            "--passphrase-stdin", stdin=PASS + "\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    code_lines = [ln for ln in r.stdout.splitlines() if ln.count("-") == 7]
    assert len(code_lines) == 1 and len(code_lines[0]) == 39
    assert (d / "vault.db").exists() and (d / "vault.keys").exists()
    again = cli("init", "--data-dir", str(d), "--school", "X", "--user", "dsl",
                "--passphrase-stdin", stdin=PASS + "\n")  # fmt: skip
    assert again.returncode == 1
    assert again.stderr.startswith("error: There is already a vault")
    assert "Traceback" not in again.stderr


def test_init_refuses_weak_passphrase(tmp_path: Path) -> None:
    r = cli("init", "--data-dir", str(tmp_path / "v"), "--school", "S", "--user", "u",
            "--passphrase-stdin", stdin="short\n")  # fmt: skip
    assert r.returncode == 1
    assert "too weak" in r.stderr
    assert not (tmp_path / "v" / "vault.db").exists()


def test_verify_sound_vault(vault_dir: Path) -> None:
    r = cli("verify", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin=PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ok:")


def test_verify_wrong_passphrase_is_one_line(vault_dir: Path) -> None:
    before = sha(vault_dir / "vault.db"), sha(vault_dir / "vault.keys")
    r = cli("verify", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin="not it at all\n")
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1
    assert "passphrase" in r.stderr
    assert (sha(vault_dir / "vault.db"), sha(vault_dir / "vault.keys")) == before


def test_verify_detects_damage(vault_dir: Path) -> None:
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    for i in range(8192, 8192 + 64):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    r = cli("verify", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin=PASS + "\n")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) >= 1
    assert all(line.startswith(("error:", "problem:")) for line in r.stderr.strip().splitlines())


def test_missing_vault(tmp_path: Path) -> None:
    r = cli("verify", "--data-dir", str(tmp_path / "none"), "--passphrase-stdin", stdin=PASS + "\n")
    assert r.returncode == 1
    assert "No vault was found" in r.stderr


def test_change_passphrase(vault_dir: Path) -> None:
    new = "violet harbour quietly spinning"
    r = cli("change-passphrase", "--data-dir", str(vault_dir), "--passphrase-stdin",
            stdin=f"{PASS}\n{new}\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    old = cli("verify", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin=PASS + "\n")
    assert old.returncode == 1
    ok = cli("verify", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin=new + "\n")
    assert ok.returncode == 0, ok.stderr


def test_no_passphrase_on_stdin(vault_dir: Path) -> None:
    r = cli("verify", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin="")
    assert r.returncode == 1
    assert r.stderr == "error: no passphrase on standard input\n"


def test_data_dir_value_is_not_taken_for_a_subcommand() -> None:
    sys.path.insert(0, str(ROOT))
    import main

    assert main._subcommand(["--data-dir", "/some dir/vault"]) is None
    assert main._subcommand(["--data-dir", "/x", "verify"]) == "verify"
    assert main._subcommand(["--data-dir=/x"]) is None
    assert main._subcommand(["init", "--data-dir", "/x"]) == "init"
