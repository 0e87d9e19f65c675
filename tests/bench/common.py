"""Shared pieces of the benchmark: where things go, the datasets, statistics, the machine."""

from __future__ import annotations

import os
import platform
import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
"""The repository (the benchmark's children run with this as their working folder)."""
BENCH_DIR = ROOT / ".bench"
"""Cached vaults (``cache/``), this run's working copies (``work/``) and the children's home."""
RESULTS = ROOT / "bench-results.json"

SIGN_IN = "dsl"
PASSPHRASE = "heron lantern copper 42 meadow"
"""The demo vaults' passphrase (fictional data only; never a real vault's)."""


@dataclass(frozen=True)
class Dataset:
    """What a bench vault holds. ``people=None``: the generator's default (a tenth of concerns).

    ``training`` is the number of training records wanted: the generator makes about 14-15
    per member of staff from the default catalogue; the rest are added as earlier completions
    of courses already on record (they do not change anyone's status, but the dashboard still
    reads them). ``case_items``: one referred concern is given this many information items.
    """

    name: str
    concerns: int
    people: int | None
    staff: int
    training: int
    case_items: int = 50
    seed: int = 1

    def params(self) -> dict[str, Any]:
        return asdict(self)


LARGE = Dataset("large", concerns=50_000, people=5_000, staff=1_000, training=20_000)
SMALL = Dataset("small", concerns=500, people=None, staff=50, training=1_000)
DATASETS = {d.name: d for d in (LARGE, SMALL)}


def summary(values: Sequence[float]) -> dict[str, float]:
    """Median, min and max (and the 90th percentile when there are enough values)."""
    out = {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "runs": len(values),
    }
    if len(values) >= 10:
        out["p90"] = statistics.quantiles(values, n=10)[-1]
    return out


def load_average() -> tuple[float, float, float]:
    try:
        return os.getloadavg()
    except OSError:  # pragma: no cover - not on Linux
        return (-1.0, -1.0, -1.0)


def machine() -> dict[str, Any]:
    """nproc, the CPU model and the memory, for the results and docs/performance.md."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_mib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_mib = int(line.split()[1]) // 1024
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_mib": memory_mib,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }


def child_env() -> dict[str, str]:
    """The environment for the app's child processes: offscreen Qt, and its own settings and
    logs under ``.bench/home`` so that the benchmark never touches the user's own."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    home = BENCH_DIR / "home"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state")):  # fmt: skip
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / sub)
    env["PYTHONPATH"] = str(ROOT) + (
        os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
    )
    return env
