"""Building a vault in a new folder and moving it into place, so a crash leaves no half vault.

``init`` and ``restore`` never write the vault's files where they will live. They build them in
a hidden folder inside the data folder (``.vault-build-<pid>-<random>/``), finish and check them
there, and only then write the *install journal* ``vault.install`` (one atomic write: the commit
point). The journal names the build folder and, when a restore replaces a vault, the stamp under
which the current files are set aside. :func:`finish` then carries the moves out:

1. ``aside`` (replacing only): ``restore.pending`` is written and every current vault file is
   renamed to ``*.replaced-<stamp>``;
2. ``in``: any stray ``-wal``/``-shm`` is removed (it cannot belong to the new database, which
   has not been opened in place yet), and every built file is renamed into the data folder;
3. the journal and the build folder are removed.

Every step can be repeated, so a crash at any point is put right by running :func:`finish` again,
which every command does before it touches the vault (:func:`db.vault.Vault.exists`,
``Vault._keys``, ``restore``, the start-up sweep). A crash *before* the journal leaves only a
build folder that no journal names: the sweep deletes it (its files are encrypted).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from db import audit
from db.errors import VaultError
from db.fsutil import atomic_write, fsync_dir, replace
from db.keyslots import KeyFile
from db.witness import write_witness

JOURNAL_FILE = "vault.install"
PENDING_FILE = "restore.pending"
BUILD_PREFIX = ".vault-build-"
REPLACED = ".replaced-"
DB_FILE = "vault.db"
KEYS_FILE = "vault.keys"
HEAD_FILE = "audit.head"
VAULT_FILES = (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEYS_FILE, HEAD_FILE)
_MAX_JOURNAL_BYTES = 4096
_STAMP = re.compile(r"[0-9]{8}-[0-9]{6}")


def replaced_name(name: str, stamp: str) -> str:
    """vault.db -> vault.db.replaced-<stamp>; its WAL keeps SQLite's "-wal" ending after that."""
    for tail in ("-wal", "-shm"):
        if name.endswith(tail):
            return f"{name[: -len(tail)]}{REPLACED}{stamp}{tail}"
    return f"{name}{REPLACED}{stamp}"


@contextmanager
def build_folder(data_dir: Path) -> Iterator[Path]:
    """A new, private, hidden folder inside ``data_dir`` to build a vault in.

    Removed if the block raises; after :func:`install` it no longer exists.
    """
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = data_dir / f"{BUILD_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    try:
        yield folder
    except BaseException:
        if not _named_by_journal(data_dir, folder):  # once committed, it is finish()'s to move
            shutil.rmtree(folder, ignore_errors=True)
        raise


def _named_by_journal(data_dir: Path, folder: Path) -> bool:
    try:
        return _read_journal(data_dir / JOURNAL_FILE)["build"] == folder.name
    except VaultError:
        return (data_dir / JOURNAL_FILE).exists()  # damaged: keep everything for a person to see


def install(data_dir: Path, build: Path, *, replace_stamp: str | None = None, at: str = "") -> None:
    """Commit a finished build: write the journal, then move the files (see the module doc)."""
    data_dir = Path(data_dir)
    fsync_dir(build)
    phase = "aside" if replace_stamp else "in"
    doc = {"build": build.name, "stamp": replace_stamp, "phase": phase, "at": at}
    atomic_write(data_dir / JOURNAL_FILE, json.dumps(doc).encode("ascii"))
    finish(data_dir)


def _read_journal(path: Path) -> dict[str, str | None]:
    try:
        if path.stat().st_size > _MAX_JOURNAL_BYTES:
            raise ValueError("too large")
        doc = json.loads(path.read_text("ascii"))
        build, stamp, phase = doc["build"], doc.get("stamp"), doc["phase"]
        if not (isinstance(build, str) and build.startswith(BUILD_PREFIX) and "/" not in build):
            raise ValueError("build")
        if "\\" in build or not (stamp is None or _STAMP.fullmatch(str(stamp))):
            raise ValueError("stamp")
        if phase not in ("aside", "in"):
            raise ValueError("phase")
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise VaultError(
            "The record of an unfinished set-up or restore ({journal_file}) is damaged.",
            # BUILD_PREFIX named in the words, so that the advice is one sentence to translate
            "Move that file, and any folder whose name starts with .vault-build-, out of the "
            "data folder, then restore the latest backup if the vault does not open.",
            journal_file=JOURNAL_FILE,
        ) from exc
    return {"build": build, "stamp": stamp, "phase": phase, "at": str(doc.get("at", ""))}


def finish(data_dir: Path) -> str | None:
    """Carry out an install that a crash interrupted. Returns a sentence saying what was done,
    or None when there was nothing to do (the usual case: one ``stat``)."""
    data_dir = Path(data_dir)
    journal = data_dir / JOURNAL_FILE
    if not journal.exists():
        return None
    doc = _read_journal(journal)
    build = data_dir / str(doc["build"])
    stamp = doc["stamp"]
    try:
        if doc["phase"] == "aside" and stamp:
            if not (data_dir / PENDING_FILE).exists():
                atomic_write(
                    data_dir / PENDING_FILE,
                    json.dumps({"stamp": stamp, "restored_at": doc.get("at") or ""}).encode(),
                )
            for name in VAULT_FILES:
                src = data_dir / name
                if src.exists():
                    replace(src, data_dir / replaced_name(name, stamp))
            fsync_dir(data_dir)
            atomic_write(journal, json.dumps({**doc, "phase": "in"}).encode("ascii"))
        for name in (DB_FILE + "-wal", DB_FILE + "-shm"):
            if not (build / name).exists():
                (data_dir / name).unlink(missing_ok=True)
        for name in VAULT_FILES:
            src = build / name
            if src.exists():
                replace(src, data_dir / name)
        fsync_dir(data_dir)
        sync_witness(data_dir)  # the moved-in audit.head is now the truth for this folder
        journal.unlink()
        fsync_dir(data_dir)
    except OSError as exc:
        from db.fsutil import classify_os_error

        raise classify_os_error(exc, data_dir) from exc
    shutil.rmtree(build, ignore_errors=True)
    if stamp:
        return "Finished a restore that was interrupted; the replaced vault is kept beside it."
    return "Finished setting up a vault whose set-up was interrupted."


def owner_may_run(name: str) -> bool:
    """Whether the process named at the start of ``name`` (``<pid>-...``: a build folder's or a
    working file's) may still be running, so that what it made must be left alone."""
    pid_text = name.partition("-")[0]
    if not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap check there: left for a later start, once that process is gone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def sweep_builds(data_dir: Path) -> list[str]:
    """Finish an interrupted install and remove half-built folders. Sentences for the user."""
    data_dir = Path(data_dir)
    said: list[str] = []
    done = finish(data_dir)
    if done:
        said.append(done)
    with suppress(OSError):
        for folder in sorted(data_dir.glob(BUILD_PREFIX + "*")):
            if folder.is_dir() and not owner_may_run(folder.name[len(BUILD_PREFIX) :]):
                shutil.rmtree(folder, ignore_errors=True)
                said.append(
                    "Removed a half-made vault left by a set-up or restore that was interrupted."
                )
    return said


def sync_witness(data_dir: Path) -> None:
    """After a restore (or undoing one) the folder's audit.head is the truth: copy it."""
    try:
        keys = KeyFile.load(Path(data_dir) / KEYS_FILE)
    except (OSError, VaultError):
        return
    head = audit.read_head(Path(data_dir) / HEAD_FILE)
    if head is not None and head != audit.DAMAGED_HEAD:
        write_witness(data_dir, keys.vault_id, *head)
