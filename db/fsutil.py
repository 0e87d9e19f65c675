"""Small file-system helpers: the one atomic write, and error classification.

Every file DSL Desktop writes (exports, PDFs, backups, the key file, the audit head, transfers)
goes through :func:`atomic_write` or :func:`atomic_write_with`: the bytes go to a hidden
temporary file in the same folder, are flushed to the disk, and only then renamed over the
target, so a crash or a full disk leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from db.errors import DiskFull, ReadOnlyStore, VaultError

#: Temporary files of an unfinished write end with this (``.<name>.<random>.part``); a crash
#: can leave one behind, and the start-up sweep may delete them.
TEMP_SUFFIX = ".part"
_TEMP_NAME_CHARS = 40  # the target's name is shortened in the temporary name, so a long
# (but allowed) name still leaves room for the temporary file's own prefix and suffix


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    atomic_write_with(path, lambda stream: stream.write(data))


def atomic_write_with(
    path: Path,
    fill: Callable[[BinaryIO], object],
    *,
    check: Callable[[Path], object] | None = None,
) -> None:
    """Write through ``fill(stream)`` into a temporary file beside ``path``; fsync it; run
    ``check(temporary_path)`` (which raises to stop); rename it over ``path``; fsync the folder.

    On any failure the temporary file is removed and ``path`` is left as it was. ``OSError`` is
    raised as a named :class:`VaultError` (disk full, not allowed, ...).
    """
    path = Path(path)
    try:
        fd, temporary = tempfile.mkstemp(
            prefix=f".{path.name[:_TEMP_NAME_CHARS]}.", suffix=TEMP_SUFFIX, dir=path.parent
        )
        note = _note_part(temporary)
        try:
            with os.fdopen(fd, "wb") as stream:
                fill(stream)
                stream.flush()
                fsync(stream.fileno())
            if check is not None:
                check(Path(temporary))
            replace(temporary, path)
        except BaseException:
            with suppress(OSError):
                os.unlink(temporary)
            raise
        finally:
            _forget_part(note)
        fsync_dir(path.parent)
    except OSError as exc:
        raise classify_os_error(exc, path) from exc


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (a no-op where folders cannot be
    opened, as on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fsync(fd)
    finally:
        os.close(fd)


_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def classify_os_error(exc: OSError, path: Path | None = None) -> VaultError:
    """A file-system error as a named, one-line message."""
    where = str(path) if path is not None else (exc.filename or "the data folder")
    if exc.errno in _FULL:
        return DiskFull("The disk is full, so {where} could not be written.", where=where)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyStore("DSL Desktop is not allowed to write to {where}.", where=where)
    if exc.errno == errno.ENAMETOOLONG:
        return VaultError(
            "The file name is too long: {where}", "Choose a shorter name for the file.", where=where
        )
    if exc.errno == errno.EISDIR:
        return VaultError("{where} is a folder.", "Choose a file name, not a folder.", where=where)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return VaultError(
            "The folder for {where} does not exist.", "Choose a folder that exists.", where=where
        )
    return VaultError("A file could not be written: {reason}.", reason=exc.strerror or exc)


# ---- every fsync and rename, and the fault-injection hook of tests/faults ------------------
#: Names the N-th fsync-or-rename (or SQLite commit, see ``db.engine``) of this process at which
#: to crash: ``N`` or ``N:kill`` (SIGKILL, as a power cut or a killed process would leave the
#: files), ``N:exit`` (``os._exit``) or ``N:raise`` (an ``OSError`` raised there). Test-only: the
#: app never sets it, and without it each point costs one dictionary look-up.
FAULT_ENV = "DSL_FAULT_POINT"
#: With this set to a file, each point appends a line ``N kind`` to it (how the suite counts).
FAULT_LOG_ENV = "DSL_FAULT_LOG"
_points_passed = 0


def fault_point(kind: str) -> None:
    """Count one fsync, rename or commit, and crash here if ``DSL_FAULT_POINT`` says so."""
    plan = os.environ.get(FAULT_ENV)
    log = os.environ.get(FAULT_LOG_ENV)
    if plan is None and log is None:
        return
    global _points_passed
    _points_passed += 1
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{_points_passed} {kind} {_caller()}\n")
    if not plan:
        return
    number, _, how = plan.partition(":")
    if not number.isdigit() or int(number) != _points_passed:
        return
    if how == "raise":
        raise OSError(errno.EIO, f"fault injected at point {number} ({kind})")
    if how == "exit":
        os._exit(70)
    import signal

    os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    os._exit(70)  # where SIGKILL does not exist


_ENGINE_FILE = os.path.join(os.path.dirname(__file__), "engine.py")


def _caller() -> str:
    """Where a fault point was reached from: the first frame outside this module and SQLAlchemy
    (for the suite's report of which write each point belongs to)."""
    import sys

    frame = sys._getframe(2)
    while frame is not None and (
        frame.f_code.co_filename in (__file__, _ENGINE_FILE)
        or "sqlalchemy" in frame.f_code.co_filename
    ):
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return "?"
    module = frame.f_globals.get("__name__", "?")
    return f"{module}.{frame.f_code.co_name}"


def fsync(fd: int) -> None:
    """``os.fsync``, counted as a fault point."""
    fault_point("fsync")
    os.fsync(fd)


def replace(source: str | Path, target: str | Path) -> None:
    """``os.replace``, counted as a fault point."""
    fault_point("rename")
    os.replace(source, target)


# ---- the record of unfinished writes, so a crash's temporary files can be swept -------------
#: Set by the app and the command line at start-up (``dsl_desktop.sweep``): a private folder
#: where every write in progress leaves a note naming its temporary file.
part_registry: Path | None = None


def _note_part(temporary: str) -> Path | None:
    folder = part_registry
    if folder is None:
        return None
    note = folder / f"{os.getpid()}-{os.path.basename(temporary)[-14:]}.note"
    try:
        with open(note, "x", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(os.path.abspath(temporary))
    except OSError:
        return None  # no note: the write itself must not fail for it
    return note


def _forget_part(note: Path | None) -> None:
    if note is not None:
        with suppress(OSError):
            os.unlink(note)


def read_at_most(path: Path, limit: int, what: str, refuse: Callable[[str], Exception]) -> bytes:
    """Up to ``limit + 1`` bytes of ``path`` (one more than allowed, so the caller can tell a
    file that is too large). A missing file, a folder or a file that cannot be read raises
    ``refuse(sentence)``, the sentence naming ``path`` and, for a folder, ``what`` was wanted."""
    try:
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except FileNotFoundError as exc:
        raise refuse(f"{path} does not exist") from exc
    except IsADirectoryError as exc:
        raise refuse(f"{path} is a folder, not {what}") from exc
    except OSError as exc:
        raise refuse(f"{path} cannot be read ({exc.strerror or type(exc).__name__})") from exc
