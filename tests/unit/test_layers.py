"""The dependency rule: ``dsl_desktop`` and ``db`` never load Qt; ``db`` never reaches upwards.

The imports run in a fresh interpreter, so nothing the test process (or pytest-qt) has already
loaded can hide a violation.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Modules that only run inside Alembic (they read alembic.context at import).
NOT_IMPORTABLE = {"db.migrations.env"}

PROBE = r"""
import importlib, json, pkgutil, sys
from pathlib import Path

root = Path(sys.argv[1])
packages = sys.argv[2].split(",")
skip = set(sys.argv[3].split(","))
names = []
for package in packages:
    pkg = importlib.import_module(package)
    names.append(package)
    for info in pkgutil.walk_packages(pkg.__path__, package + ".", onerror=lambda name: None):
        names.append(info.name)
    # pkgutil only sees folders with an __init__.py: find the rest on disk as well.
    for path in (root / package).rglob("*.py"):
        rel = path.relative_to(root).with_suffix("")
        if "versions" in rel.parts or "__pycache__" in rel.parts:
            continue
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        names.append(".".join(parts))
names = sorted(set(names) - skip)
errors = {}
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:
        errors[name] = f"{type(exc).__name__}: {exc}"
print(json.dumps({
    "imported": names,
    "errors": errors,
    "modules": sorted(sys.modules),
}))
"""


def _probe(*packages: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST"))}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE,
            str(ROOT),
            ",".join(packages),
            ",".join(sorted(NOT_IMPORTABLE)),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_core_and_db_import_without_qt() -> None:
    result = _probe("dsl_desktop", "db")
    imported = result["imported"]
    assert isinstance(imported, list)
    assert result["errors"] == {}, result["errors"]
    assert "db.vault" in imported and "dsl_desktop.services.accounts" in imported
    assert len(imported) >= 10, imported
    modules = result["modules"]
    assert isinstance(modules, list)
    qt = [m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")]
    assert qt == [], f"Qt was loaded: {qt[:5]}"


def test_db_imports_nothing_from_the_layers_above() -> None:
    result = _probe("db")
    assert result["errors"] == {}, result["errors"]
    modules = result["modules"]
    assert isinstance(modules, list)
    above = [m for m in modules if m.split(".")[0] in ("dsl_desktop", "ui", "main", "PySide6")]
    assert above == [], above


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_no_upward_import_anywhere_in_the_source() -> None:
    """Also catches imports inside functions, which a plain import would not run."""
    rules = {"db": {"dsl_desktop", "ui", "main", "PySide6", "shiboken6"},
             "dsl_desktop": {"ui", "main", "PySide6", "shiboken6"}}  # fmt: skip
    offences = []
    for package, forbidden in rules.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            bad = _imports(path) & forbidden
            if bad:
                offences.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert offences == []
