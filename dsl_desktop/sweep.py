"""The start-up sweep: nothing a crash left in the clear outlives the next start.

A crash (a killed process, a power cut) can leave three kinds of file behind, and each start of
the app and of every command removes them before anything else:

* copies of attachments opened for viewing. They all live in one private folder of the app's,
  :func:`app_temp_dir` (``<system temp>/dsl-desktop-<user>/open/<pid>-<random>/``, mode 0700),
  so they can be found again;
* the hidden ``.<name>.<random>.part`` file of an export, PDF or backup being written when the
  crash came. Every write notes its temporary file in ``<app temp>/writes/`` while it runs
  (``db.fsutil.part_registry``); a note whose process is gone names a file to remove;
* a half-built vault folder, or a set-up or restore that stopped between its moves (``db.install``).

Files of a process that is still running (another window, a command in progress) are left
alone. Removal overwrites a file with zeros before deleting it: on a hard disk that wipes the
bytes; on an SSD or a copy-on-write file system the old blocks may survive until reused, which
is why the copies are kept few, short-lived and in one place, and full-disk encryption is what
the docs advise for the laptop itself.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from db import fsutil, install

OPEN_FOLDER = "open"
WRITES_FOLDER = "writes"
SCRATCH_PREFIX = ".backup-"  # db.backup's working copies: ".backup-<pid>-<random><suffix>"
_CHUNK = 1024 * 1024


def _user_tag() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    import getpass

    try:
        return "".join(ch for ch in getpass.getuser() if ch.isalnum())[:32] or "user"
    except (OSError, KeyError):  # no user name on this system
        return "user"


def app_temp_dir() -> Path:
    """The app's own private folder in the system's temporary folder (made if missing).

    Refused (``PermissionError``) if it is a link or belongs to someone else: another user must
    not be able to read the copies or plant files there.
    """
    folder = Path(tempfile.gettempdir()) / f"dsl-desktop-{_user_tag()}"
    with suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        raise PermissionError(f"{folder} is not a private folder of this user's")
    if os.name == "posix" and stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(folder, 0o700)
    for sub in (OPEN_FOLDER, WRITES_FOLDER):
        (folder / sub).mkdir(mode=0o700, exist_ok=True)
    return folder


@contextmanager
def private_folder() -> Iterator[Path]:
    """A new folder for one opened copy, under ``<app temp>/open/``; wiped when the block ends."""
    try:
        parent = app_temp_dir() / OPEN_FOLDER
    except OSError:
        parent = (
            None  # the shared folder is unusable: a private one of the system's own still works
        )
    folder = Path(
        tempfile.mkdtemp(prefix=f"{os.getpid()}-{secrets.token_hex(3)}-", dir=parent)
        if parent is not None
        else tempfile.mkdtemp(prefix="dsl-desktop-")
    )
    try:
        os.chmod(folder, 0o700)
        yield folder
    finally:
        wipe_tree(folder)


def wipe_file(path: Path) -> None:
    """Overwrite a regular file with zeros, flush it to the disk, then delete it."""
    try:
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode):
            with open(path, "r+b") as fh:
                left = info.st_size
                while left > 0:
                    step = min(left, _CHUNK)
                    fh.write(b"\0" * step)
                    left -= step
                fh.flush()
                os.fsync(fh.fileno())
    except OSError:
        pass  # still delete it below
    with suppress(FileNotFoundError):
        os.unlink(path)


def wipe_tree(folder: Path) -> None:
    """:func:`wipe_file` on every file under ``folder``, then remove the folder."""
    for root, _dirs, files in os.walk(folder, topdown=False):
        for name in files:
            wipe_file(Path(root) / name)
    shutil.rmtree(folder, ignore_errors=True)


_pid_alive = install.owner_may_run


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _count(n: int, one: str, many: str) -> str:
    return f"1 {one}" if n == 1 else f"{n} {many}"


@dataclass
class SweepReport:
    """What the sweep removed, and sentences to show (empty when there was nothing)."""

    opened_copies: int = 0
    unfinished_writes: int = 0
    messages: list[str] = field(default_factory=list)


def sweep(data_dir: Path | None) -> SweepReport:
    """Remove what a crash left behind (see the module doc) and start noting writes.

    Never raises for what it cannot remove; a damaged install journal is the one error passed
    on (``VaultError``): the vault cannot be used until someone has looked at it.
    """
    report = SweepReport()
    try:
        temp = app_temp_dir()
    except OSError:
        temp = None
    if temp is not None:
        for folder in _entries(temp / OPEN_FOLDER):
            if not _pid_alive(folder.name):
                if folder.is_dir():
                    wipe_tree(folder)
                else:
                    wipe_file(folder)
                report.opened_copies += 1
        for note in _entries(temp / WRITES_FOLDER):
            if _pid_alive(note.name):
                continue
            with suppress(OSError, UnicodeDecodeError):
                target = Path(note.read_text("utf-8", errors="surrogateescape"))
                if target.name.startswith(".") and target.name.endswith(fsutil.TEMP_SUFFIX):
                    if target.exists():
                        report.unfinished_writes += 1
                    wipe_file(target)
            with suppress(OSError):
                note.unlink()
        fsutil.part_registry = temp / WRITES_FOLDER
    if report.opened_copies:
        report.messages.append(
            f"Removed {_count(report.opened_copies, 'copy', 'copies')} of attachments left open "
            "for viewing when DSL Desktop last stopped."
        )
    if report.unfinished_writes:
        report.messages.append(
            f"Removed {_count(report.unfinished_writes, 'unfinished file', 'unfinished files')} "
            "left by a save or backup that was interrupted."
        )
    if data_dir is not None and Path(data_dir).is_dir():
        report.messages.extend(install.sweep_builds(Path(data_dir)))
        scratch = [
            p for p in _entries(Path(data_dir))
            if p.name.startswith(SCRATCH_PREFIX) and not _pid_alive(p.name[len(SCRATCH_PREFIX) :])
        ]  # fmt: skip
        for path in scratch:  # encrypted under a key that died with its process: just space
            with suppress(OSError):
                path.unlink()
        if scratch:
            report.messages.append("Removed the working copy of a backup that was interrupted.")
    return report
