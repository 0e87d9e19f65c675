"""Finds bundled data files, from a source checkout or a frozen (PyInstaller) bundle."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)}")
    return path


def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)
