"""The staff report form's own menu entries: a Linux desktop entry and a Windows shortcut, and
the installer property that tells every user's form where the school's intake key is."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def test_linux_desktop_entry_starts_the_staff_form() -> None:
    path = ROOT / "packaging" / "linux" / "dsl-desktop-report.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == "Report a safeguarding concern"
    assert section["Name[cy]"] == "Adrodd pryder diogelu"
    assert section["Exec"].endswith("/DSLDesktop report")
    # the form's window names this desktop file (ui/report/launcher.py)
    from dsl_desktop import APP_ID

    assert path.name == f"{APP_ID}-report.desktop"
    assert 'f"{APP_ID}-report"' in (ROOT / "ui" / "report" / "launcher.py").read_text("utf-8")
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_windows_installer_has_the_staff_shortcut_and_the_key_property() -> None:
    product = ET.parse(ROOT / "packaging" / "windows" / "DSLDesktop.wxs").getroot()
    shortcuts = {s.get("Id"): s for s in product.iter(f"{WIX}Shortcut")}
    staff = shortcuts["StaffReportShortcut"]
    assert staff.get("Name") == "Report a safeguarding concern"
    assert staff.get("Target") == "[INSTALLFOLDER]DSLDesktop.exe"
    assert staff.get("Arguments") == "report"
    props = {p.get("Id") for p in product.iter(f"{WIX}Property")}
    assert "INTAKEKEYFILE" in props
    values = {v.get("Name"): v.get("Value") for v in product.iter(f"{WIX}RegistryValue")}
    assert values["IntakeKeyFile"] == "[INTAKEKEYFILE]"
    locate = (ROOT / "dsl_desktop" / "intake" / "locate.py").read_text("utf-8")
    assert r'"Software\DSL Desktop"' in locate and '"IntakeKeyFile"' in locate
