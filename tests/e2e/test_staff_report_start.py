"""The staff side as a member of staff starts it: its own process, no vault, nothing left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_LIMIT = 1.0
"""Seconds from starting the process to the form shown and closed (the issue asks < 1 s)."""

PROBE = """
import json, sys, time
started = time.perf_counter()
sys.path.insert(0, {root!r})
import main
code = main.main(["report", "--quit-when-shown"])
print(json.dumps({{"code": code, "seconds": time.perf_counter() - started,
                  "loaded": sorted(m for m in ("sqlalchemy", "sqlcipher3", "db.vault", "ui.controller",
                                               "argon2") if m in sys.modules)}}))
"""


def _run(home: Path, key: Path | None) -> tuple[dict[str, object], float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DSL_DESKTOP_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_STATE_HOME=str(home / ".local/state"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_CONFIG_DIRS=str(home / "etc-xdg"),
               QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")  # fmt: skip
    if key is not None:
        env["DSL_DESKTOP_INTAKE_KEY"] = str(key)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(root=str(ROOT))],
        capture_output=True, text=True, env=env, timeout=60, cwd=home,
    )  # fmt: skip
    wall = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), wall


def test_the_staff_form_starts_quickly_with_no_vault_and_leaves_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    machine = home / "etc-xdg" / "DSL Desktop"
    machine.mkdir(parents=True)
    from nacl.public import PrivateKey

    from dsl_desktop.intake.keyfile import IntakeKey, key_id_for

    public = bytes(PrivateKey.generate().public_key)
    (machine / "school.dslintake").write_bytes(
        IntakeKey("Ysgol Gwŷn", public, key_id_for(public), str(tmp_path / "drop")).to_bytes()
    )
    before = sorted(p.relative_to(home) for p in home.rglob("*"))
    walls = []
    for _ in range(3):
        result, wall = _run(home, None)  # the key is found in the machine-wide folder
        assert result["code"] == 0
        assert result["loaded"] == [], f"the staff form loaded vault code: {result['loaded']}"
        walls.append(wall)
    assert sorted(p.relative_to(home) for p in home.rglob("*")) == before  # nothing written
    best = min(walls)
    print(f"staff form start, process wall time: best {best:.2f} s of {walls}")
    assert best < START_LIMIT, f"the staff form took {best:.2f} s to start"
