"""Write packaging/licenses/THIRD-PARTY-NOTICES.md from the installed packages' own metadata.

Run with the interpreter that builds the bundle (``make package`` does it)::

    .venv/bin/python packaging/make_notices.py [--check]

The Python packages listed are the run-time dependency closure of pyproject.toml's
``dependencies`` on this platform (markers evaluated), each with its version, licence and the
licence files it ships (``License-File`` / ``dist-info/licenses``). Components that are not
Python distributions of their own (Qt inside PySide6, SQLCipher and OpenSSL inside sqlcipher3,
PDFium inside pypdfium2, the Python interpreter, PyInstaller's bootloader, the DejaVu fonts) are
described in COMPONENTS below, with their licence texts from packaging/licenses/ or the build
machine. ``--check`` exits 1 if the file on disk is not what would be written.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import sys
import sysconfig
import tomllib
from pathlib import Path, PurePosixPath

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "packaging" / "licenses"
OUT = LICENSES / "THIRD-PARTY-NOTICES.md"

# pypdfium2 ships the licences of every PDFium build it makes; these folders are for builds we
# never bundle (Android, musl libc, PDFium with V8/XFA).
PDFIUM_SKIP = ("android/", "cibw_musl/", "pbin_musl/", "v8_xfa/")

# Licence names for distributions whose metadata gives only prose or classifiers.
LICENCE_OVERRIDES = {
    "pyside6-essentials": "LGPL-3.0-only (or GPL-2.0-only / GPL-3.0-only)",
    "shiboken6": "LGPL-3.0-only (or GPL-2.0-only / GPL-3.0-only)",
    "sqlcipher3": "Zlib (the Python module); SQLCipher itself: BSD-3-Clause",
    "reportlab": "BSD-3-Clause",
    "pypdfium2": "Apache-2.0 OR BSD-3-Clause (PDFium: BSD-3-Clause and others, below)",
}


def _python_licence() -> Path | None:
    for base in (sysconfig.get_path("stdlib"), sys.base_prefix):
        for name in ("LICENSE.txt", "LICENSE"):
            path = Path(base) / name
            if path.is_file():
                return path
    return None


def _pyinstaller_copying() -> Path | None:
    try:
        dist = md.distribution("pyinstaller")
    except md.PackageNotFoundError:
        return None
    for f in dist.files or []:
        if PurePosixPath(str(f)).name == "COPYING.txt":
            return Path(str(dist.locate_file(f)))
    return None


# (title, licence, where it is in the bundle, notes, [licence files])
COMPONENTS: list[tuple[str, str, str, str, list[Path | None]]] = [
    (
        "Qt 6 (inside PySide6-Essentials)",
        "LGPL-3.0-only",
        "_internal/PySide6/Qt/lib, plugins (shared libraries)",
        "Qt is used under the GNU Lesser General Public License version 3. The Qt libraries are "
        "shipped as separate, unmodified shared libraries in the application's folder, so you "
        "may replace them with your own build of the same Qt version. The source code of Qt is "
        "available from https://download.qt.io/official_releases/qt/ and of Qt for Python "
        "(PySide6, Shiboken6) from https://code.qt.io/cgit/pyside/pyside-setup.git/ ; on "
        "request we will also provide the exact source of the versions shipped, for three years "
        "from the release. Qt's own third-party components are listed at "
        "https://doc.qt.io/qt-6/licenses-used-in-qt.html .",
        [LICENSES / "LGPL-3.0.txt", LICENSES / "GPL-3.0.txt"],
    ),
    (
        "SQLCipher (inside sqlcipher3)",
        "BSD-3-Clause",
        "_internal/sqlcipher3/_sqlite3 (statically linked)",
        "SQLCipher Community Edition by Zetetic LLC, https://www.zetetic.net/sqlcipher/ . "
        "It is based on SQLite (public domain, https://sqlite.org/copyright.html).",
        [LICENSES / "SQLCipher-LICENSE.txt"],
    ),
    (
        "OpenSSL (inside sqlcipher3 and cryptography)",
        "Apache-2.0",
        "statically linked into those two modules",
        "OpenSSL, https://www.openssl.org/ ; the Apache License 2.0 text is under "
        "cryptography below (LICENSE.APACHE).",
        [],
    ),
    (
        "PDFium (inside pypdfium2)",
        "BSD-3-Clause, with the licences of its parts",
        "_internal/pypdfium2_raw (libpdfium)",
        "PDFium, https://pdfium.googlesource.com/pdfium/ ; its parts' licences are listed "
        "under pypdfium2 below.",
        [],
    ),
    (
        "DejaVu fonts",
        "Bitstream Vera Fonts Copyright, Arev Fonts Copyright; DejaVu changes public domain",
        "_internal/resources/fonts, embedded in every PDF the app writes",
        "DejaVu Sans, https://dejavu-fonts.github.io/ .",
        [ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"],
    ),
    (
        f"Python {sys.version_info.major}.{sys.version_info.minor}",
        "PSF-2.0",
        "_internal (the interpreter and its standard library)",
        "The Python interpreter, https://www.python.org/ .",
        [_python_licence()],
    ),
    (
        "PyInstaller bootloader",
        "GPL-2.0-or-later with the Bootloader Exception; run-time hooks Apache-2.0",
        "the DSLDesktop executable",
        "PyInstaller, https://pyinstaller.org/ . The Bootloader Exception allows the bootloader "
        "to be distributed with any program, under that program's own terms.",
        [_pyinstaller_copying()],
    ),
]


def runtime_closure() -> list[md.Distribution]:
    """The installed distributions the app needs at run time on this platform."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    env = {k: str(v) for k, v in default_environment().items()}
    env["extra"] = ""
    todo = [Requirement(r) for r in project["dependencies"]]
    seen: dict[str, md.Distribution] = {}
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        key = canonicalize_name(req.name)
        if key in seen:
            continue
        try:
            dist = md.distribution(req.name)
        except md.PackageNotFoundError:
            continue  # an optional dependency that is not installed is not bundled either
        seen[key] = dist
        todo.extend(Requirement(r) for r in dist.requires or [])
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    key = canonicalize_name(meta["Name"])
    if key in LICENCE_OVERRIDES:
        return LICENCE_OVERRIDES[key]
    if meta.get("License-Expression"):
        return str(meta["License-Expression"])
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = (meta.get("License") or "").strip().splitlines()
    return text[0][:80] if text else "see the licence text"


def licence_files(dist: md.Distribution) -> list[tuple[str, str]]:
    """(name, text) of each licence file the distribution ships."""
    key = canonicalize_name(dist.metadata["Name"])
    found: list[tuple[str, str]] = []
    for f in dist.files or []:
        parts = PurePosixPath(str(f)).parts
        if not parts[0].endswith(".dist-info"):
            continue
        in_licenses = len(parts) > 2 and parts[1] == "licenses"
        rel = "/".join(parts[2:] if in_licenses else parts[1:])
        if not in_licenses and not re.match(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", rel, re.I):
            continue
        if (
            key == "pypdfium2"
            and rel.startswith("BUILD_LICENSES/")
            and any(skip in rel for skip in PDFIUM_SKIP)
        ):
            continue
        path = Path(str(dist.locate_file(f)))
        if path.is_file():
            found.append((rel, path.read_text("utf-8", errors="replace")))
    return sorted(found)


def _fence(text: str) -> list[str]:
    return ["~~~~text", text.rstrip().replace("\r\n", "\n"), "~~~~", ""]


def render() -> str:
    from dsl_desktop import APP_NAME, __version__

    dists = runtime_closure()
    lines = [
        "# Third-party notices",
        "",
        f"{APP_NAME} {__version__} is built from its own source and the components below, "
        "which are bundled with it. Each is used under its licence; the full texts follow. This "
        "file is generated by `packaging/make_notices.py` from the installed packages' metadata "
        "(do not edit it by hand: change the script and run `make package`). It is installed "
        "with the app in `_internal/licenses/`. A Linux bundle also carries the Debian copyright "
        "files of the system libraries copied into it, in `_internal/licenses/system/`.",
        "",
        "## Components",
        "",
        "| component | version | licence |",
        "|---|---|---|",
    ]
    for title, licence, _where, _notes, _files in COMPONENTS:
        lines.append(f"| {title} | | {licence} |")
    for d in dists:
        lines.append(f"| {d.metadata['Name']} | {d.version} | {licence_of(d)} |")
    lines += ["", "## Components that are not Python packages of their own", ""]
    for title, licence, where, notes, files in COMPONENTS:
        lines += [f"### {title}", "", f"Licence: {licence}. In the bundle: {where}.", "", notes, ""]
        for path in files:
            if path is None or not path.is_file():
                lines += ["(Licence text not found on the build machine: see the link above.)", ""]
                continue
            lines += [f"`{path.name}`:", ""] + _fence(path.read_text("utf-8", errors="replace"))
    lines += ["## Python packages", ""]
    for d in dists:
        meta = d.metadata
        home = meta.get("Home-page") or ""
        for url in meta.get_all("Project-URL") or []:
            label, _, link = url.partition(",")
            if not home and label.strip().lower() in ("homepage", "source", "repository"):
                home = link.strip()
        lines += [f"### {meta['Name']} {d.version}", "", f"Licence: {licence_of(d)}."]
        if home:
            lines.append(f"Home: {home}")
        lines.append("")
        texts = licence_files(d)
        if not texts:
            lines += ["(This package ships no licence file; its licence is named above.)", ""]
        for name, text in texts:
            lines += [f"`{name}`:", ""] + _fence(text)
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the file is current")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    text = render()
    if args.check:
        current = OUT.read_text("utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run packaging/make_notices.py")
            return 1
        return 0
    OUT.write_text(text, "utf-8", newline="\n")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text) // 1024} KiB, {text.count('### ')} sections)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
