"""db.lock.VaultLock against a real second process: held while a vault is open, shared within
one process, let go when the last holder closes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.errors import WrongPassphrase
from db.keyslots import KdfParams
from db.lock import LOCK_FILE, VaultLock, in_use_elsewhere
from db.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import sys; from pathlib import Path; from db.errors import VaultInUse; "
    "from db.lock import VaultLock\n"
    "try:\n    VaultLock(Path(sys.argv[1])).acquire()\nexcept VaultInUse as e:\n    print(e)\n"
    "else:\n    print('acquired')\n"
)


def other_process_says(folder: Path) -> str:
    r = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_held_from_unlock_to_close_and_shared_in_one_process(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    first, _code = Vault(data_dir).create(
        school_name="Ysgol Gwŷn", sign_in_name="Siân", display_name="Siân O'Neill",
        passphrase="amber kettle rowing lantern", kdf=fast_kdf,
    )  # fmt: skip
    assert (data_dir / LOCK_FILE).exists()
    assert other_process_says(data_dir) == "The vault is open in another window or command."
    second = Vault(data_dir).unlock("Siân", "amber kettle rowing lantern")  # same process: fine
    first.close()
    assert in_use_elsewhere(data_dir) is False  # this process still holds it, through `second`
    assert other_process_says(data_dir) == "The vault is open in another window or command."
    second.close()
    assert other_process_says(data_dir) == "acquired"


def test_a_failed_unlock_lets_go(data_dir: Path, fast_kdf: KdfParams) -> None:
    ov, _code = Vault(data_dir).create(
        school_name="Ysgol", sign_in_name="dsl", display_name="DSL",
        passphrase="amber kettle rowing lantern", kdf=fast_kdf,
    )  # fmt: skip
    ov.close()
    vault = Vault(data_dir)
    with pytest.raises(WrongPassphrase):
        vault.unlock("dsl", "not the passphrase at all")
    assert not vault.lock.held
    assert other_process_says(data_dir) == "acquired"
    lock = VaultLock(data_dir)
    with lock:
        with lock:  # counted: each acquire has its release
            assert lock.held
        assert lock.held
    assert not lock.held
