"""Small file-system helpers: atomic writes and error classification."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from db.errors import DiskFull, ReadOnlyStore, VaultError


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        _fsync_dir(path.parent)
    except OSError as exc:
        raise classify_os_error(exc) from exc


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def classify_os_error(exc: OSError) -> VaultError:
    if exc.errno == errno.ENOSPC:
        return DiskFull("The disk is full, so the change could not be saved.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyStore(f"DSL Desktop is not allowed to write to {exc.filename or 'the data folder'}.")
    return VaultError(f"A file could not be written: {exc.strerror or exc}.")
