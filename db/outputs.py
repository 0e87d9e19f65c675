"""Where an output (an export, a PDF, a backup, a saved copy) may be written.

:func:`check_output_path` is the one rule every command and every Save dialog applies before it
writes a file the user named: never one of the vault's own files nor anything else inside the
vault's folder (except a backup), never a folder, never a
device, pipe or socket, never a backup when the output is something else, and only in a folder
that exists and can be written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from db.errors import OutputRefused

#: The longest file name most file systems allow (bytes of the name, not of the whole path).
MAX_NAME_BYTES = 255

#: Names in the data folder that belong to the vault: the database and its journals, the key
#: file, the attempts file, the audit head, the lock, a pending restore and the files set aside
#: by one. Matched case-insensitively, as Windows and macOS file systems do.
_OWN_PREFIXES = ("vault.", "audit.", "restore.")
_OWN_PARTS = (".replaced-",)

_BACKUP_MAGIC = b"DSLBKUP\x00"  # the first bytes of a backup (db.backup.MAGIC)


def is_vault_file_name(name: str) -> bool:
    """Whether a file of this name in the data folder is one of the vault's own files."""
    folded = name.casefold()
    return folded.startswith(_OWN_PREFIXES) or any(part in folded for part in _OWN_PARTS)


def check_output_path(
    path: str | os.PathLike[str], data_dir: Path | str | None, *, backup: bool = False
) -> Path:
    """Return ``path`` if an output may be written there; raise :class:`OutputRefused` if not.

    ``data_dir`` is the vault's folder (None when there is no vault yet). ``backup`` is True
    when the output is itself a backup, which may replace an older backup.
    """
    text = os.fspath(path)
    if not text.strip():
        raise OutputRefused("No file name was given.", "Give the name of the file to write.")
    target = Path(text)
    name_bytes = len(os.fsencode(target.name))
    if name_bytes > MAX_NAME_BYTES:
        raise OutputRefused(
            "The file name is too long ({count} characters; at most {max_name_bytes} bytes).",
            "Choose a shorter name for the file.",
            count=len(target.name),
            max_name_bytes=MAX_NAME_BYTES,
        )
    real = Path(os.path.realpath(target))
    try:
        info: os.stat_result | None = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputRefused(
            "{target} cannot be used ({reason}).",
            "Choose another file name or folder.",
            target=target,
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputRefused(
            "{target} is a folder.", "Give a file name, not a folder.", target=target
        )
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputRefused(
            "{target} is not an ordinary file (it is a device, a pipe or a socket).",
            "Choose a new file name in a folder of your own.",
            target=target,
        )
    if data_dir is not None and _is_vault_file(real, info, Path(data_dir)):
        raise OutputRefused(
            "{target} is one of the vault's own files; writing there would destroy the vault.",
            "Choose a file name outside the vault's data folder.",
            target=target,
        )
    if data_dir is not None and not backup and _inside(real, Path(data_dir)):
        raise OutputRefused(
            "{target} is inside the vault's own folder, where a readable copy would sit "
            "beside the encrypted records.",
            "Choose a folder outside the vault's data folder.",
            target=target,
        )
    if info is not None and not backup and _starts_with(real, _BACKUP_MAGIC):
        raise OutputRefused(
            "{target} is a backup of the vault; it will not be overwritten.",
            "Choose another file name.",
            target=target,
        )
    folder = real.parent
    if not folder.is_dir():
        raise OutputRefused(
            "The folder {parent} does not exist or is not available.",
            "Choose a folder that exists.",
            parent=target.parent,
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputRefused(
            "The folder {parent} cannot be written to.",
            "Choose a folder you are allowed to write to.",
            parent=target.parent,
        )
    return target


def _is_vault_file(real: Path, info: os.stat_result | None, data_dir: Path) -> bool:
    folder = Path(os.path.realpath(data_dir))
    if _same_folder(real.parent, folder) and is_vault_file_name(real.name):
        return True
    if info is None or not folder.is_dir():
        return False
    # The same file under another name (a hard link), anywhere.
    try:
        entries = [p for p in folder.iterdir() if is_vault_file_name(p.name)]
    except OSError:
        return False
    for own in entries:
        try:
            other = own.stat()
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            return True
    return False


def _inside(real: Path, data_dir: Path) -> bool:
    """Whether ``real`` lies in the data folder or below it."""
    folder = Path(os.path.realpath(data_dir))
    return any(_same_folder(parent, folder) for parent in real.parents)


def _same_folder(a: Path, b: Path) -> bool:
    if os.path.normcase(str(a)) == os.path.normcase(str(b)):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(magic)) == magic
    except OSError:
        return False
