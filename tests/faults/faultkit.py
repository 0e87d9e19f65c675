"""The fault-injection harness: run a command, crash it at its N-th fsync, rename or commit, check.

Each run gets a folder of its own (``home`` for the platform folders and the log, ``tmp`` as
TMPDIR, ``data`` for the vault, ``out`` for outputs) and ``io`` for the command's standard
streams, which are terminal output rather than files left behind and so are not searched.

The crash comes from ``db.fsutil.fault_point`` (``DSL_FAULT_POINT=N:kill`` or ``N:raise``); the
points of a command are first listed by a dry run with ``DSL_FAULT_LOG``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.models import AuditEvent, Concern, Person, Staff

ROOT = Path(__file__).resolve().parents[2]
SERVER = Path(__file__).with_name("forkserver.py")
MODES = ("kill", "raise")

# Strings that are in the vault's records and must never be found in the clear outside it.
PLAINTEXT = (
    "Ysgol Glan Morfa",  # the school
    "Sian Pritchard",  # the DSL's sign-in name
    "Zorblewick",  # the pupil's surname in the template vault
    "Quillfeather",  # a word of the concern's account
    "Llywelyn",  # staff imported by import-staff
    "Nkemelu-Smith",
)
FORBIDDEN_LEFTOVERS = (".vault-build-", "vault.install", ".backup-")


_TALLY_LOCK = threading.Lock()


@dataclass
class Tally:
    """Points tried and survived, per command and in all (printed at the end of the run)."""

    tried: dict[str, int] = field(default_factory=dict)
    survived: dict[str, int] = field(default_factory=dict)
    unexpected_messages: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, command: str, ok: bool, unexpected: bool = False) -> None:
        with _TALLY_LOCK:
            self._add(command, ok, unexpected)

    def _add(self, command: str, ok: bool, unexpected: bool) -> None:
        self.tried[command] = self.tried.get(command, 0) + 1
        self.survived[command] = self.survived.get(command, 0) + int(ok)
        if unexpected:
            self.unexpected_messages[command] = self.unexpected_messages.get(command, 0) + 1

    def lines(self) -> list[str]:
        total_tried, total_ok = sum(self.tried.values()), sum(self.survived.values())
        out = [
            f"fault injection: {total_tried} crash points tried, {total_ok} survived "
            f"({self.seconds:.1f} s)"
        ]
        for name in sorted(self.tried):
            out.append(
                f"  {name}: {self.tried[name]} tried, {self.survived[name]} survived"
                + (
                    f", {self.unexpected_messages[name]} ended as 'unexpected problem'"
                    if self.unexpected_messages.get(name)
                    else ""
                )
            )
        return out


TALLY = Tally()


@dataclass
class Result:
    rc: int
    stdout: str
    stderr: str

    @property
    def killed(self) -> bool:
        return self.rc < 0


class Server:
    """One fork server for the session (tests/faults/forkserver.py)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(SERVER), str(ROOT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.proc.stdout is not None
        ready = self.proc.stdout.readline()
        assert ready.strip() == b"ready", ready

    def run(
        self,
        place: Path,
        args: Iterable[str],
        stdin: str = "",
        *,
        fault: str | None = None,
        log: Path | None = None,
    ) -> Result:
        io = place / "io"
        io.mkdir(parents=True, exist_ok=True)
        for sub in ("home", "tmp"):
            (place / sub).mkdir(exist_ok=True, mode=0o700)
        (io / "stdin").write_text(stdin, "utf-8")
        home = place / "home"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "TMPDIR": str(place / "tmp"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "LANG": "C.UTF-8",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        if fault is not None:
            env["DSL_FAULT_POINT"] = fault
        if log is not None:
            env["DSL_FAULT_LOG"] = str(log)
        job = {
            "args": list(args),
            "env": env,
            "stdin": str(io / "stdin"),
            "stdout": str(io / "stdout"),
            "stderr": str(io / "stderr"),
        }
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write((json.dumps(job) + "\n").encode())
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        return Result(
            int(reply["rc"]),
            (io / "stdout").read_text("utf-8", errors="replace"),
            (io / "stderr").read_text("utf-8", errors="replace"),
        )

    def points(
        self, place: Path, args: list[str], stdin: str
    ) -> tuple[list[tuple[str, str]], Result]:
        """The fault points a normal run passes, in order: (kind, where) pairs such as
        ``("rename", "db.audit.write_head")``."""
        log = place / "io" / "points"
        (place / "io").mkdir(parents=True, exist_ok=True)
        result = self.run(place, args, stdin, log=log)
        lines = log.read_text("utf-8").splitlines() if log.exists() else []
        return [(line.split()[1], line.split()[2]) for line in lines], result

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"\n")
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


# ---- checks -----------------------------------------------------------------------------
def files_under(folder: Path, skip: Path | None = None) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        if skip is not None and Path(root) == skip.parent:
            dirs[:] = [d for d in dirs if Path(root) / d != skip]
        for name in files:
            yield Path(root) / name
        for name in dirs:
            yield Path(root) / name


def leftovers(place: Path) -> list[str]:
    """Names a crash must not leave behind once the next command has run: temporary files of
    writes, half-built vaults, install journals, backup working copies."""
    found = []
    for path in files_under(place, skip=place / "io"):
        name = path.name
        if name.endswith(".part") or name.startswith(FORBIDDEN_LEFTOVERS):
            found.append(str(path.relative_to(place)))
    return found


def plaintext(place: Path, allowed: Iterable[Path] = ()) -> list[str]:
    """Every file under ``place`` (the data, temporary, platform and output folders, WAL and
    journals included) searched for the records' own words; ``allowed`` are files the user
    asked for in the clear (a finished export, the staff list that was imported)."""
    allow = {p.resolve() for p in allowed}
    needles = [(s, s.encode("utf-8")) for s in PLAINTEXT]
    needles += [(s + " (UTF-16)", s.encode("utf-16-le")) for s in PLAINTEXT]
    found = []
    for path in files_under(place, skip=place / "io"):
        if not path.is_file() or path.is_symlink() or path.resolve() in allow:
            continue
        data = path.read_bytes()
        for label, needle in needles:
            if needle in data:
                found.append(f"{label!r} in {path.relative_to(place)}")
    return found


@dataclass(frozen=True)
class Facts:
    concerns: int
    people: int
    staff: int
    audit_events: int
    references: frozenset[str]
    staff_names: frozenset[str]


def data_key(data_dir: Path, passphrase: str) -> bytes:
    """The vault's data key (unlocking a copy, since unlocking writes), for quick reads."""
    from db.vault import Vault

    copy = data_dir.with_name(data_dir.name + "-key")
    shutil.copytree(data_dir, copy)
    ov = Vault(copy).unlock_any(passphrase)
    try:
        return bytes(ov._dek)
    finally:
        ov.close()
        shutil.rmtree(copy)


def facts(data_dir: Path, dek: bytes) -> Facts:
    """What the vault holds, read in this process with its data key (after the command's own
    recovery ran, so the files are in place): no Argon2, nothing written."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from db.engine import make_engine

    engine = make_engine(data_dir / "vault.db", dek)
    try:
        with Session(engine) as s:
            return Facts(
                concerns=s.scalar(select(func.count()).select_from(Concern)) or 0,
                people=s.scalar(select(func.count()).select_from(Person)) or 0,
                staff=s.scalar(select(func.count()).select_from(Staff)) or 0,
                audit_events=s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
                references=frozenset(s.scalars(select(Concern.reference))),
                staff_names=frozenset(s.scalars(select(Staff.surname))),
            )
    finally:
        engine.dispose()


def scratch_root(fallback: Path) -> Path:
    """A folder in memory (tmpfs) when there is one: the suite makes thousands of fsyncs, which
    a RAM disk makes free. A killed process leaves the same files on either."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        import tempfile

        return Path(tempfile.mkdtemp(prefix="dsl-faults-", dir=shm))
    return fallback


def copy_vault(template: Path, dest: Path) -> Path:
    shutil.copytree(template, dest)
    return dest
