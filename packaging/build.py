"""Build the DSL Desktop bundle for this machine, then smoke-test what was built.

    python packaging/build.py [--no-smoke]

Run it with the project's virtual environment, after installing requirements-dev.txt and
packaging/requirements-packaging.txt (``make package`` does all of this on Linux). Steps:

1. the icons from resources/icons/app.svg (packaging/make_icons.py);
2. packaging/licenses/THIRD-PARTY-NOTICES.md from the installed packages (make_notices.py);
3. PyInstaller with packaging/dsl_desktop.spec -> dist/DSLDesktop/ (macOS: also DSLDesktop.app);
   on Linux, the Debian copyright files of the system libraries it copied in go beside the
   notices (_internal/licenses/system/);
4. ``DSLDesktop --smoke-test`` on the built program, offscreen; a failure fails the build.

Windows and macOS builds are made on those systems (PyInstaller does not cross-compile); the
installers are made afterwards from dist/: see packaging/windows/README.md and
packaging/macos/README.md.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
NAME = "DSLDesktop"


def program() -> Path:
    """The built program that can print: on Windows the console twin."""
    if sys.platform == "win32":
        return DIST / NAME / f"{NAME}Cli.exe"
    if sys.platform == "darwin":
        return DIST / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    return DIST / NAME / NAME


def step(title: str, command: list[str], env: dict[str, str] | None = None) -> None:
    print(f"==> {title}", flush=True)
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    print(f"    {title}: {time.perf_counter() - started:.0f} s", flush=True)


def system_library_notices(bundle: Path) -> str | None:
    """Linux: copy the Debian copyright file of each system library PyInstaller bundled.

    PyInstaller copies shared libraries from the build machine (glib, fontconfig, cups, the
    xcb family, libstdc++ ...) into _internal/. Their licences go with them, in
    _internal/licenses/system/, with an index saying which file came from which package.
    """
    toc_file = ROOT / "build" / "pyinstaller" / "dsl_desktop" / "COLLECT-00.toc"
    if not sys.platform.startswith("linux") or not toc_file.is_file():
        return None
    if subprocess.run(["dpkg", "--version"], capture_output=True).returncode != 0:
        return "no dpkg: the system libraries' licences were not collected"
    entries = ast.literal_eval(toc_file.read_text("utf-8"))[0]
    libs = sorted(
        (dest, os.path.realpath(src))
        for dest, src, kind in entries
        if kind == "BINARY" and src.startswith(("/lib/", "/usr/lib/"))
    )
    # merged /usr: dpkg knows a file under /lib or /usr/lib, whichever its package names
    both = [p for _dest, real in libs for p in (real, real.replace("/usr/lib/", "/lib/", 1))]
    owners = subprocess.run(["dpkg", "-S", *both], capture_output=True, text=True).stdout
    package_of = {}
    for line in owners.splitlines():
        package, _, path = line.partition(": ")
        path = path.strip()
        package_of[path] = package_of["/usr" + path] = package.split(":")[0]
    out = bundle / "_internal" / "licenses" / "system"
    out.mkdir(parents=True, exist_ok=True)
    index = [
        "# System libraries in the Linux bundle",
        "",
        "Copied from the build machine by PyInstaller; each one's Debian copyright file (its",
        "licence) is beside this file as <package>.copyright.",
        "",
        "| library | Debian package | version |",
        "|---|---|---|",
    ]
    for dest, real in libs:
        package = package_of.get(real, "")
        version = ""
        if package:
            version = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
            ).stdout
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            if copyright_file.is_file():
                shutil.copyfile(copyright_file, out / f"{package}.copyright")
        index.append(f"| {dest} | {package or '(not from a Debian package)'} | {version} |")
    (out / "README.md").write_text("\n".join(index) + "\n", "utf-8")
    missing = [dest for dest, real in libs if not package_of.get(real)]
    return f"{len(libs)} system libraries, licences in {out.relative_to(ROOT)}" + (
        f" (no package found for: {', '.join(missing)})" if missing else ""
    )


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    args = parser.parse_args()
    started = time.perf_counter()
    py = sys.executable
    try:
        step("icons", [py, "packaging/make_icons.py"])
        step("third-party notices", [py, "packaging/make_notices.py"])
        step(
            "PyInstaller",
            [py, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
             "packaging/dsl_desktop.spec"],
        )  # fmt: skip
        notes = system_library_notices(DIST / NAME)
        if notes:
            print(f"    {notes}", flush=True)
        if not args.no_smoke:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            step("smoke test", [str(program()), "--smoke-test"], env=env)
    except subprocess.CalledProcessError as exc:
        print(f"build failed: {' '.join(map(str, exc.cmd))} exited {exc.returncode}")
        return 1
    size = folder_size(DIST / NAME) / 2**20
    print(f"built {DIST / NAME} ({size:.0f} MiB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
