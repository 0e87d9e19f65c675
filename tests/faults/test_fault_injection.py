"""A crash at every fsync, rename and SQLite commit of the commands that write, twice over.

For each command a first, normal run lists the points it passes (``DSL_FAULT_LOG``). Then, for
every point N, the command runs again on a fresh copy of the same vault and dies there: once
killed outright (SIGKILL: what a power cut or a killed process leaves on disk, short of lost
disk caches) and once with an ``OSError`` raised at that point (the error paths). After each:

* the next command (``main.py verify``, which first runs the start-up sweep and finishes any
  interrupted install) finds the vault sound, or the command's own recovery runs (``init`` or
  ``restore`` again into the folder a crash left with no vault; ``restore --undo``);
* nothing committed before the command is lost (the concerns, people, staff and audit events
  are all still there; an import is all there or not at all);
* no temporary file, half-built vault or install journal is left, and no record's words are
  found in the clear in any file of the data, temporary, platform or output folders.

The count of points tried and survived is printed at the end of the test run.
"""

from __future__ import annotations

import csv
import os
import queue
import shutil
import signal
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.faults.conftest import Template
from tests.faults.faultkit import (
    TALLY,
    Facts,
    Result,
    Server,
    copy_vault,
    data_key,
    facts,
    leftovers,
    plaintext,
    scratch_root,
)

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL"
)

ROOT = Path(__file__).resolve().parents[2]
STAFF_CSV = ROOT / "tests" / "fixtures" / "staff" / "sims_staff_export.csv"
INIT_PASSPHRASE = "heron lantern copper 42 meadow"
NEW_PASSPHRASE = "violin meadow quarry 93 lantern"


@dataclass
class Case:
    """One command under test: how to set its folder up, run it, and check after a crash."""

    name: str
    prepare: Callable[[Path], None]
    args: list[str]
    stdin: str
    check: Callable[[Server, Path, Result], None]
    allowed: list[str] = field(default_factory=list)  # files the user asked for in the clear

    def in_the_clear(self, place: Path) -> list[str]:
        """Words of the records found in files other than the user's own input and output."""
        return plaintext(place, [place / a for a in ["in/staff.csv", *self.allowed]])


def _verify(server: Server, place: Path, passphrase: str, *extra: str) -> Result:
    return server.run(
        place,
        ["verify", "--data-dir", str(place / "data"), "--passphrase-stdin", *extra],
        passphrase + "\n",
    )


def _sound(server: Server, place: Path, passphrase: str, *extra: str) -> None:
    result = _verify(server, place, passphrase, *extra)
    assert result.rc == 0 and result.stdout.startswith("ok:"), (
        f"verify after the crash: rc {result.rc}: {result.stderr.strip()}"
    )


def _nothing_lost(before: Facts, after: Facts) -> None:
    assert after.concerns >= before.concerns and before.references <= after.references, (
        f"concerns lost: {sorted(before.references - after.references)}"
    )
    assert after.people >= before.people, "people lost"
    assert after.staff >= before.staff, "staff lost"
    assert after.audit_events >= before.audit_events, (
        f"audit events lost: {before.audit_events} before, {after.audit_events} after"
    )


def _cases(template: Template) -> dict[str, Case]:
    dek = data_key(template.vault, template.passphrase)
    base = facts(template.vault, dek)
    later = facts(template.later, dek)

    def with_vault(source: Path) -> Callable[[Path], None]:
        def prepare(place: Path) -> None:
            copy_vault(source, place / "data")
            (place / "out").mkdir()
            (place / "in").mkdir()
            shutil.copy2(template.backup, place / "in" / "vault.dslbackup")
            shutil.copy2(STAFF_CSV, place / "in" / "staff.csv")

        return prepare

    def empty(place: Path) -> None:
        (place / "in").mkdir(parents=True)
        shutil.copy2(template.backup, place / "in" / "vault.dslbackup")

    # ---- init: a vault, or no vault and init works again -------------------------------
    init_args = ["init", "--school", "Ysgol Glan Morfa", "--user", "Sian Pritchard",
                 "--passphrase-stdin"]  # fmt: skip

    def check_init(server: Server, place: Path, _crashed: Result) -> None:
        first = _verify(server, place, INIT_PASSPHRASE)
        if first.rc != 0:
            assert "No vault was found" in first.stderr, (
                f"a half vault after the crash: {first.stderr.strip()}"
            )
            again = server.run(place, [*init_args, "--data-dir", str(place / "data")],
                               INIT_PASSPHRASE + "\n")  # fmt: skip
            assert again.rc == 0, f"init refused after the crash: {again.stderr.strip()}"
        _sound(server, place, INIT_PASSPHRASE)

    # ---- backup: the vault as it was; the backup absent or complete ---------------------
    def check_backup(server: Server, place: Path, _crashed: Result) -> None:
        made = place / "out" / "vault.dslbackup"
        _sound(
            server, place, template.passphrase, *(["--backup", str(made)] if made.exists() else [])
        )
        _nothing_lost(base, facts(place / "data", dek))

    # ---- restore into a new folder: a vault, or none and restore works again -------------
    def check_restore(server: Server, place: Path, _crashed: Result) -> None:
        first = _verify(server, place, template.passphrase)
        if first.rc != 0:
            assert "No vault was found" in first.stderr, (
                f"a half vault after the crash: {first.stderr.strip()}"
            )
            again = server.run(place, ["restore", str(place / "in" / "vault.dslbackup"),
                                       "--data-dir", str(place / "data"), "--passphrase-stdin"],
                               template.passphrase + "\n")  # fmt: skip
            assert again.rc == 0, f"restore refused after the crash: {again.stderr.strip()}"
        _sound(server, place, template.passphrase)
        _nothing_lost(base, facts(place / "data", dek))

    # ---- restore --replace: the old vault, or the restored one that --undo takes back ----
    def check_replace(server: Server, place: Path, _crashed: Result) -> None:
        _sound(server, place, template.passphrase)
        now = facts(place / "data", dek)
        pending = (place / "data" / "restore.pending").exists()
        if "C-AFTER-0001" in now.references:
            assert not pending, "the old vault is in place but a restore is said to be waiting"
            _nothing_lost(later, now)
            return
        assert pending, "the vault was replaced but the replaced one is not kept to undo"
        _nothing_lost(base, now)
        undo = server.run(place, ["restore", "--undo", "--yes", "--data-dir", str(place / "data")])
        assert undo.rc == 0, f"restore --undo after the crash: {undo.stderr.strip()}"
        _sound(server, place, template.passphrase)
        _nothing_lost(later, facts(place / "data", dek))

    # ---- change-passphrase: exactly one of the old and new passphrases opens it ---------
    def check_passphrase(server: Server, place: Path, _crashed: Result) -> None:
        opens = [p for p in (template.passphrase, NEW_PASSPHRASE)
                 if _verify(server, place, p).rc == 0]  # fmt: skip
        assert len(opens) == 1, f"{len(opens)} of the old and new passphrases open the vault"
        _nothing_lost(base, facts(place / "data", dek))

    # ---- import-staff: all the rows or none ----------------------------------------------
    with STAFF_CSV.open(encoding="utf-8-sig", newline="") as fh:
        surnames = frozenset(row["Surname"] for row in csv.DictReader(fh))

    def check_import(server: Server, place: Path, _crashed: Result) -> None:
        _sound(server, place, template.passphrase)
        now = facts(place / "data", dek)
        _nothing_lost(base, now)
        got = surnames & now.staff_names
        assert got in (frozenset(), surnames), (
            f"half an import: {sorted(got)} of {sorted(surnames)}"
        )
        assert now.staff in (base.staff, base.staff + len(surnames)), "half an import"

    # ---- export-log: the file absent or complete -----------------------------------------
    def check_export(server: Server, place: Path, _crashed: Result) -> None:
        _sound(server, place, template.passphrase)
        _nothing_lost(base, facts(place / "data", dek))
        out = place / "out" / "log.csv"
        if out.exists():
            rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
            assert len(rows) == 1 + base.concerns, f"an incomplete export: {len(rows)} lines"
            assert any("Zorblewick" in " ".join(r) for r in rows[1:]), "the export lost its rows"

    data = ["--data-dir", "{data}"]
    return {
        "init": Case("init", lambda place: None, [*init_args, *data], INIT_PASSPHRASE + "\n",
                     check_init),
        "backup": Case("backup", with_vault(template.vault),
                       ["backup", *data, "-o", "{out}/vault.dslbackup", "--passphrase-stdin"],
                       template.passphrase + "\n", check_backup),
        "restore": Case("restore", empty,
                        ["restore", "{in}/vault.dslbackup", *data, "--passphrase-stdin"],
                        template.passphrase + "\n", check_restore),
        "restore --replace": Case("restore --replace", with_vault(template.later),
                                  ["restore", "{in}/vault.dslbackup", *data, "--replace",
                                   "--passphrase-stdin"],
                                  template.passphrase + "\n", check_replace),
        "change-passphrase": Case("change-passphrase", with_vault(template.vault),
                                  ["change-passphrase", *data, "--passphrase-stdin"],
                                  f"{template.passphrase}\n{NEW_PASSPHRASE}\n", check_passphrase),
        "import-staff": Case("import-staff", with_vault(template.vault),
                             ["import-staff", "{in}/staff.csv", *data, "--passphrase-stdin"],
                             template.passphrase + "\n", check_import, ["in/staff.csv"]),
        "export-log": Case("export-log", with_vault(template.vault),
                           ["export-log", *data, "--format", "csv", "-o", "{out}/log.csv",
                            "--passphrase-stdin"],
                           template.passphrase + "\n", check_export, ["out/log.csv"]),
    }  # fmt: skip


def _args(case: Case, place: Path) -> list[str]:
    names = {"{data}": place / "data", "{out}": place / "out", "{in}": place / "in"}
    out = []
    for arg in case.args:
        for key, value in names.items():
            arg = arg.replace(key, str(value))
        out.append(arg)
    return out


COMMANDS = ["init", "backup", "restore", "restore --replace", "change-passphrase", "import-staff",
            "export-log"]  # fmt: skip
_POINTS: dict[str, list[tuple[str, str]]] = {}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_kill_at_every_point_loses_nothing_and_leaves_nothing_in_the_clear(
    command: str, servers: list[Server], template: Template, tmp_path: Path
) -> None:
    _crash_everywhere(command, "kill", servers, template, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS)
def test_an_error_at_every_point_loses_nothing_and_leaves_nothing_in_the_clear(
    command: str, servers: list[Server], template: Template, tmp_path: Path
) -> None:
    _crash_everywhere(command, "raise", servers, template, tmp_path)


def _crash_everywhere(
    command: str, mode: str, servers: list[Server], template: Template, tmp_path: Path
) -> None:
    case = _cases(template)[command]
    work = scratch_root(tmp_path)
    try:
        points = _points(case, servers[0], work)
        pool = queue.Queue[Server]()
        for server in servers:
            pool.put(server)

        def one(number: int) -> list[str]:
            server = pool.get()
            try:
                return _crash_at(case, server, work, number, mode)
            finally:
                pool.put(server)

        with ThreadPoolExecutor(max_workers=len(servers)) as workers:
            results = list(workers.map(one, range(1, len(points) + 1)))
    finally:
        if work != tmp_path:
            shutil.rmtree(work, ignore_errors=True)
    failures = [
        f"{command}: point {n} ({points[n - 1][0]} in {points[n - 1][1]}), {mode}: "
        + "; ".join(problems)
        for n, problems in enumerate(results, start=1)
        if problems
    ]
    assert not failures, f"{len(failures)} of {len(points)} crashes:\n" + "\n".join(failures)


def _points(case: Case, server: Server, work: Path) -> list[tuple[str, str]]:
    """The points a normal run passes (listed once per command), and that run's own checks."""
    if case.name not in _POINTS:
        probe = work / "probe"
        probe.mkdir()
        case.prepare(probe)
        points, normal = server.points(probe, _args(case, probe), case.stdin)
        assert normal.rc == 0, f"the normal run failed: {normal.stderr.strip()}"
        assert {"fsync", "rename"} <= {kind for kind, _ in points}, points
        assert case.in_the_clear(probe) == []
        _POINTS[case.name] = points
    return _POINTS[case.name]


def _crash_at(case: Case, server: Server, work: Path, number: int, mode: str) -> list[str]:
    place = work / f"{number}-{mode}"
    place.mkdir()
    case.prepare(place)
    crashed = server.run(place, _args(case, place), case.stdin, fault=f"{number}:{mode}")
    problems: list[str] = []
    if mode == "kill" and crashed.rc != -signal.SIGKILL:
        problems.append(f"point not reached (exit {crashed.rc})")
    if "Traceback" in crashed.stderr:
        problems.append("a traceback on the terminal")
    try:
        case.check(server, place, crashed)
    except AssertionError as exc:
        problems.append(" ".join(str(exc).split())[:300])
    problems += [f"left behind: {p}" for p in leftovers(place)]
    problems += [f"in the clear: {p}" for p in case.in_the_clear(place)]
    TALLY.add(case.name, not problems, "unexpected problem" in crashed.stderr)
    if not problems:
        shutil.rmtree(place)
    return problems
