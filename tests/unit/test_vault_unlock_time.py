"""Unlocking with the default Argon2id settings (64 MiB, t=3, p=4) stays within the budget.

Design target: unlock to a usable concerns log <= 1.2 s, KDF included. This measures the store's
part (key derivation, opening, schema check, sign-in event) on an empty vault.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import pytest

from db.keyslots import DEFAULT_KDF
from db.vault import Vault

NAME = "Anna Khan"
PASS = "heron lantern copper 42 meadow"
BUDGET_S = 1.2


@pytest.mark.slow
@pytest.mark.timing
def test_unlock_time_with_default_kdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = Vault(tmp_path / "v")
    ov, _ = vault.create(
        school_name="Brook Lane",
        sign_in_name=NAME,
        display_name="Anna",
        passphrase=PASS,
        kdf=DEFAULT_KDF,
    )
    ov.close()
    kdf = json.loads(vault.keys_path.read_text())["slots"][0]["kdf"]
    assert (kdf["m"], kdf["t"], kdf["p"]) == (65536, 3, 4)

    times = []
    for _ in range(5):
        start = time.perf_counter()
        ov = Vault(vault.data_dir).unlock(NAME, PASS)
        times.append(time.perf_counter() - start)
        ov.close()
    median = statistics.median(times)
    with capsys.disabled():
        print(
            f"\nunlock with Argon2id m=64 MiB t=3 p=4: median {median * 1000:.0f} ms "
            f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times)} ms)"
        )
    assert median < BUDGET_S
