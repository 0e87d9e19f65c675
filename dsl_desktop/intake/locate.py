"""Where the staff side finds the school's intake key.

IT installs ``school.dslintake`` once for every user of a computer in the machine-wide
configuration folder (``/etc/xdg/DSL Desktop/`` on Linux, ``%PROGRAMDATA%\\DSL Desktop\\`` on
Windows, ``/Library/Application Support/DSL Desktop/`` on macOS), or gives its path to the
Windows installer (``msiexec ... INTAKEKEYFILE=PATH``, kept in the
registry); a member of staff may also have one in their own configuration folder. The user's
copy is looked at first, so a newer key given to one person wins.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from db.fsutil import read_at_most
from dsl_desktop import APP_NAME
from dsl_desktop.intake.keyfile import KEY_FILE_NAME, MAX_KEY_FILE, IntakeKey, IntakeKeyError

ENV_VAR = "DSL_DESKTOP_INTAKE_KEY"
"""A path to the key file, for a test or a script; looked at before anything else."""


def candidate_paths() -> list[Path]:
    from platformdirs import site_config_dir, user_config_dir

    paths: list[Path] = []
    if os.environ.get(ENV_VAR):
        paths.append(Path(os.environ[ENV_VAR]))
    paths.append(Path(user_config_dir(APP_NAME, appauthor=False)) / KEY_FILE_NAME)
    installed = _installer_key_path()
    if installed is not None:
        paths.append(installed)
    for folder in site_config_dir(APP_NAME, appauthor=False, multipath=True).split(os.pathsep):
        if folder:
            paths.append(Path(folder) / KEY_FILE_NAME)
    return paths


def _installer_key_path() -> Path | None:
    """Windows: the path the MSI's INTAKEKEYFILE property recorded (HKLM, see the .wxs)."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"Software\DSL Desktop") as key:
            value, _ = winreg.QueryValueEx(key, "IntakeKeyFile")
    except OSError:
        return None
    text = str(value).strip().strip('"')
    return Path(text) if text else None


@dataclass(frozen=True)
class FoundKey:
    key: IntakeKey | None
    path: Path | None
    problem: str = ""
    """Why no key could be used, in a sentence (empty when one was found)."""


def load_key_file(path: Path) -> IntakeKey:
    data = read_at_most(path, MAX_KEY_FILE, "an intake key file", _key_error)
    return IntakeKey.from_bytes(data)


def _key_error(sentence: str) -> IntakeKeyError:
    return IntakeKeyError(f"{sentence}.")


def find_intake_key(paths: list[Path] | None = None) -> FoundKey:
    """The first usable key file; if none, the problem with the first one that exists."""
    problem = ""
    bad: Path | None = None
    for path in candidate_paths() if paths is None else paths:
        if not path.is_file():
            continue
        try:
            return FoundKey(load_key_file(path), path)
        except IntakeKeyError as exc:
            if not problem:
                problem, bad = str(exc), path
    return FoundKey(None, bad, problem)
