"""Packaging: the PyInstaller spec bundles every folder the code reads, every resource the code
names exists, and the Windows installer source builds a sound MSI (with wixl, where installed)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from db import schema
from dsl_desktop import __version__
from dsl_desktop.resources import resource_root

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "dsl_desktop.spec"
WXS = PACKAGING / "windows" / "DSLDesktop.wxs"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"
SOURCE_PACKAGES = ("dsl_desktop", "db", "ui")
RESOURCE_SUFFIXES = (".svg", ".ttf", ".json", ".qm", ".qss", ".png", ".ico")


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text("utf-8"), str(SPEC))


def _spec_value(name: str) -> Any:
    """The literal value first assigned to ``name`` in the spec."""
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def _sources() -> list[Path]:
    files = [ROOT / "main.py"]
    for package in SOURCE_PACKAGES:
        files += sorted(p for p in (ROOT / package).rglob("*.py") if "versions" not in p.parts)
    return files


# ---- the spec ------------------------------------------------------------------------------
def test_spec_bundles_each_data_folder_where_the_code_looks_for_it() -> None:
    folders = dict(_spec_value("DATA_FOLDERS"))
    for source in folders:
        assert (ROOT / source).is_dir(), source
    # resource_root() is sys._MEIPASS/resources when frozen, <repo>/resources from source
    assert folders["resources"] == resource_root().relative_to(ROOT).as_posix() == "resources"
    # db/schema.py finds the migrations beside itself: _MEIPASS/db/migrations when frozen
    migrations = schema.MIGRATIONS.relative_to(ROOT).as_posix()
    assert folders[migrations] == migrations == "db/migrations"
    # the smoke test and the notices look for _MEIPASS/licenses
    assert folders["packaging/licenses"] == "licenses"


def test_the_bundled_folders_hold_what_the_app_needs() -> None:
    migrations = ROOT / "db" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    revisions = {p.name.split("_")[0] for p in (migrations / "versions").glob("*.py")}
    assert set(schema.KNOWN) <= revisions
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (ROOT / "resources" / "fonts" / name).is_file()
    assert (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()
    assert (ROOT / "resources" / "icons" / "app.svg").is_file()
    assert (PACKAGING / "licenses" / "THIRD-PARTY-NOTICES.md").is_file()


def test_spec_skips_caches_and_translation_sources() -> None:
    assert set(_spec_value("SKIP_DIRS")) == {"__pycache__"}
    assert {".pyc", ".ts"} <= set(_spec_value("SKIP_SUFFIXES"))


def test_spec_names_the_hidden_imports_pyinstaller_cannot_see() -> None:
    hidden = set(_spec_value("hiddenimports"))
    assert {
        "keyring.backends.fail", "keyring.backends.SecretService", "keyring.backends.Windows",
        "keyring.backends.macOS", "sqlcipher3", "sqlcipher3.dbapi2", "sqlalchemy.dialects.sqlite",
        "alembic.runtime.migration", "alembic.runtime.environment", "alembic.op",
        "alembic.context", "db.models", "pypdfium2", "pypdfium2_raw",
        "cryptography.hazmat.primitives.kdf.argon2",
    } <= hidden  # fmt: skip
    text = SPEC.read_text("utf-8")
    for call in ('collect_submodules("dsl_desktop")', 'copy_metadata("keyring")'):
        assert call in text  # the CLI's modules are loaded by name; keyring uses entry points


def test_the_version_has_one_source() -> None:
    assert "from dsl_desktop import APP_NAME, __version__" in SPEC.read_text("utf-8")
    literal = re.compile(r"(?<![\d.])" + re.escape(__version__) + r"(?![\d.])")
    for path in PACKAGING.rglob("*"):
        if path.is_file() and path.suffix in (".py", ".spec", ".wxs", ".md", ".desktop"):
            if path.name == "THIRD-PARTY-NOTICES.md":
                continue  # generated: it names the version it was made for
            assert not literal.search(path.read_text("utf-8")), f"{path}: hard-coded version"


def test_packaging_requirements_are_pinned() -> None:
    lines = (PACKAGING / "requirements-packaging.txt").read_text("utf-8").splitlines()
    reqs = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    assert any(r.startswith("pyinstaller==") for r in reqs)
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", r) for r in reqs), reqs


# ---- resources named in the code ---------------------------------------------------------
def _literal_args(call: ast.Call) -> list[str] | None:
    args = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return args if len(args) == len(call.args) else None


def test_every_resource_the_code_names_exists() -> None:
    resources = ROOT / "resources"
    shipped = {p.name for p in resources.rglob("*") if p.is_file()}
    missing = []
    for path in _sources():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            # resource_path("fonts", "x.ttf") / load_json("training", "courses.json")
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                "resource_path",
                "load_json",
            ):
                parts = _literal_args(node)
                if parts and not resources.joinpath(*parts).exists():
                    missing.append(f"{where}:{node.lineno}: resources/{'/'.join(parts)}")
            # any other file name the code spells out: "app.svg", "indicators.json" ...
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.fullmatch(r"\w[\w.-]*", node.value)
                and node.value.endswith(RESOURCE_SUFFIXES)
                and node.value not in shipped
            ):
                missing.append(f"{where}:{node.lineno}: {node.value} (not in resources/)")
    assert missing == []
    # the check sees real names: app.svg is named in ui/ (docstrings are not code)
    assert any("app.svg" in p.read_text("utf-8") for p in (ROOT / "ui").rglob("*.py"))


# ---- third-party notices ---------------------------------------------------------------------
def test_notices_cover_every_runtime_requirement_and_bundled_component() -> None:
    notices = (PACKAGING / "licenses" / "THIRD-PARTY-NOTICES.md").read_text("utf-8")
    names = [
        ln.split("==")[0].strip()
        for ln in (ROOT / "requirements.txt").read_text("utf-8").splitlines()
        if "==" in ln and not ln.startswith("#")
    ]
    headings = {h.lower().replace("_", "-") for h in re.findall(r"^### (\S+) ", notices, re.M)}
    absent = [n for n in names if n.lower().replace("_", "-") not in headings]
    assert absent == [], "run packaging/make_notices.py"
    for needle in (
        "Qt 6", "LGPL-3.0", "GNU LESSER GENERAL PUBLIC LICENSE", "ZETETIC LLC", "SQLite",
        "PDFium", "DejaVu", "Bitstream Vera", "PSF", "Bootloader Exception", "OpenSSL",
    ):  # fmt: skip
        assert needle in notices, needle


# ---- Windows ---------------------------------------------------------------------------------
def _build_msi() -> Any:
    spec = importlib.util.spec_from_file_location(
        "build_msi", PACKAGING / "windows" / "build_msi.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wix() -> ET.Element:
    return ET.parse(WXS).getroot()


def test_wxs_is_a_per_machine_upgradable_package_with_a_start_menu_shortcut() -> None:
    build_msi = _build_msi()
    product = _wix().find(f"{WIX}Product")
    assert product is not None
    assert "{" + product.get("UpgradeCode", "") + "}" == build_msi.UPGRADE_CODE
    assert product.get("Id") == "*" and product.get("Version") == "$(var.Version)"
    package = product.find(f"{WIX}Package")
    assert package is not None and package.get("InstallScope") == "perMachine"
    assert product.find(f"{WIX}MajorUpgrade") is not None
    shortcut = product.find(f".//{WIX}Shortcut")
    assert shortcut is not None
    assert shortcut.get("Target") == "[INSTALLFOLDER]DSLDesktop.exe"
    assert _spec_value("NAME") == "DSLDesktop"
    refs = [r.get("Id") for r in product.iter(f"{WIX}ComponentGroupRef")]
    assert refs == ["AppFiles"]


def test_harvested_fragment_escapes_names_and_is_stable(tmp_path: Path) -> None:
    build_msi = _build_msi()
    for rel in ("DSLDesktop.exe", "_internal/a & b/it's <here>.txt", "_internal/x.dll"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    first = build_msi.harvest(tmp_path)
    assert first == build_msi.harvest(tmp_path)
    root = ET.fromstring(first)
    files = [f.get("Source", "") for f in root.iter(f"{WIX}File")]
    assert sorted(files) == sorted(
        f"$(var.SourceDir)/{r}"
        for r in ("DSLDesktop.exe", "_internal/a & b/it's <here>.txt", "_internal/x.dll")
    )
    group = root.find(f".//{WIX}ComponentGroup")
    assert group is not None and group.get("Id") == "AppFiles" and len(group) == 3


@pytest.mark.skipif(
    not (shutil.which("wixl") and shutil.which("msiinfo")),
    reason="wixl/msitools not installed (make debs installs them)",
)
def test_wxs_builds_a_valid_msi_with_wixl() -> None:
    proc = subprocess.run(
        [sys.executable, str(PACKAGING / "windows" / "build_msi.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "builds a valid per-machine MSI with wixl" in proc.stdout


# ---- Linux -----------------------------------------------------------------------------------
def test_linux_desktop_entry_and_icons() -> None:
    linux = PACKAGING / "linux"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(linux / "dsl-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "DSL Desktop"
    assert section["Exec"].endswith("/DSLDesktop") and section["Icon"] == "dsl-desktop"
    # Qt's desktop file name (ui/app.py: setDesktopFileName(APP_ID)) is this file's name
    from dsl_desktop import APP_ID

    assert (linux / f"{APP_ID}.desktop").is_file()
    svg = (linux / "dsl-desktop.svg").read_bytes()
    assert svg == (ROOT / "resources" / "icons" / "app.svg").read_bytes(), (
        "run packaging/make_icons.py --linux"
    )
    png = (linux / "dsl-desktop.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == int.from_bytes(png[20:24], "big") == 256
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(
            ["desktop-file-validate", str(linux / "dsl-desktop.desktop")],
            capture_output=True,
            text=True,
        )
        assert proc.returncode == 0 and proc.stdout == "", proc.stdout + proc.stderr


# ---- make package --------------------------------------------------------------------------
def test_make_package_builds_then_smoke_tests_the_bundle() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    recipe = makefile[makefile.index("\npackage:") :].split("\n\n")[0]
    assert "packaging/build.py" in recipe
    assert "dist/DSLDesktop/DSLDesktop --smoke-test" in recipe
    assert "QT_QPA_PLATFORM=offscreen" in recipe and "du -sh dist/DSLDesktop" in recipe
