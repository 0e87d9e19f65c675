"""Staff reports: sealing and importing 500 reports (the issue asks for under 10 s together).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.intake [--reports N] [--runs N]

Each run makes a fresh vault (its key derivation is not timed), seals N reports with the public
key (the sealing alone, then again as ``report-concern`` does: one file each, written atomically
and fsync'd into a drop folder), then
imports the folder as Home's "Import staff reports" does, and checks N concerns were made.
Prints the median, min and max of each part and the load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from db.fsutil import atomic_write
from db.keyslots import KdfParams
from db.models import Concern
from db.vault import Vault
from dsl_desktop.intake import service
from dsl_desktop.intake.envelope import seal
from dsl_desktop.intake.report import StaffReport
from tests.bench.common import load_average

ACCOUNT = (
    "During the lunch break Siân said that “people like them deserve what is coming” and showed "
    "two friends a video on her phone of a march with flags. She said she watches the channel "
    "every night. When I asked her about it she said it was only a joke and put the phone away."
)


def _report(i: int) -> StaffReport:
    return StaffReport(
        reporter=f"Gwŷn O'Neill {i}", reporter_role="Teaching assistant",
        person=f"Zoë Williams {i}", account=ACCOUNT * 2, where="Dining hall",
        noticed_at=dt.datetime(2026, 11, 2, 12, 30) + dt.timedelta(minutes=i),
        present="Two pupils from Year 9", immediate_danger=i % 50 == 0,
        action_taken="Told the DSL at the end of lunch.",
    )  # fmt: skip


def one_run(folder: Path, n: int) -> tuple[float, float, float]:
    vault = Vault(folder / "vault")
    ov, _ = vault.create(school_name="Ysgol Bench", sign_in_name="dsl", display_name="DSL",
                         passphrase="bench passphrase lantern 7", kdf=KdfParams(19456, 2, 1))  # fmt: skip
    try:
        service.create_key(ov)
        key = service.public_key(ov)
        drop = folder / "drop"
        drop.mkdir()
        reports = [_report(i) for i in range(n)]
        started = time.perf_counter()
        for report in reports:
            seal(key, report)
        crypto = time.perf_counter() - started
        started = time.perf_counter()
        for report in reports:
            sealed = seal(key, report)
            atomic_write(drop / sealed.file_name, sealed.data)
        sealing = time.perf_counter() - started
        started = time.perf_counter()
        summary = service.import_reports(ov, drop)
        importing = time.perf_counter() - started
        assert summary.line() == f"imported {n}, already imported 0, refused 0", summary.line()
        with ov.reading() as s:
            assert s.scalar(select(func.count(Concern.id))) == n
        return crypto, sealing, importing
    finally:
        ov.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="dsl-bench-intake-") as tmp:
            results.append(one_run(Path(tmp), args.reports))
    for name, values in (
        ("seal only (no file)", [r[0] for r in results]),
        ("seal and write (fsync)", [r[1] for r in results]),
        ("import", [r[2] for r in results]),
        ("seal, write and import", [r[1] + r[2] for r in results]),
    ):
        print(
            f"{name:>22}, {args.reports} reports: median {statistics.median(values):.2f} s "
            f"(min {min(values):.2f}, max {max(values):.2f})"
        )
    print(f"load average (1 min): {load_average()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
