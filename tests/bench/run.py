"""``make bench``: the figures of design.md's "Performance targets", measured on this machine.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.run [--quick]

1. Builds (first time) or reuses the "large" and "small" demo vaults (``tests.bench.datasets``)
   and copies each to ``.bench/work`` for this run.
2. Child processes, a fresh one per run: the app started as ``python main.py --data-dir DIR``
   to its unlock window's first paint (``tests.bench.launch``); unlocking in the app to the
   Concerns log's first painted rows, and the peak memory of that process
   (``tests.bench.session``). One warm-up run of each is not counted.
3. In this process, through the services and the log's table model and view (offscreen): key
   derivation alone, search keystrokes and filter changes, opening a case with 50 information
   items, a referral and its PDF, a decision record, the training dashboard and compliance,
   exporting the whole log to CSV, and the same log queries on an encrypted and a plain copy.

Each figure is the median of several runs, with min and max, and the 1-minute load average
when it was taken. Prints a table and writes ``bench-results.json``. ``--quick`` does fewer
runs (for trying the benchmark itself; not for the figures in docs/performance.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.bench.common import (
    BENCH_DIR,
    LARGE,
    PASSPHRASE,
    RESULTS,
    ROOT,
    SIGN_IN,
    SMALL,
    Dataset,
    child_env,
    load_average,
    machine,
    summary,
)

CHILD_TIMEOUT_S = 180

# What someone types into the log's search box, one keystroke at a time: names with and without
# accents, a reference, words from accounts, two words at once.
TYPED = ("sian", "gwyn", "C-2024-01", "video", "sian jones", "radical", "khan", "chat")


@dataclass
class Figure:
    key: str
    label: str
    dataset: str
    unit: str  # "s", "ms", "MiB" or "x"
    values: list[float]
    target: float | None = None
    load: tuple[float, float, float] = field(default_factory=load_average)
    notes: str = ""
    stats: dict[str, float] = field(init=False)

    def __post_init__(self) -> None:
        self.stats = summary(self.values)

    @property
    def ok(self) -> bool | None:
        return None if self.target is None else self.stats["median"] <= self.target

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "label": self.label, "dataset": self.dataset, "unit": self.unit,
            **{k: round(v, 4) for k, v in self.stats.items()},
            "target": self.target, "ok": self.ok, "load_avg": [round(x, 2) for x in self.load],
            "values": [round(v, 4) for v in self.values], "notes": self.notes,
        }  # fmt: skip


class Bench:
    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.figures: list[Figure] = []
        self.started = time.perf_counter()

    def runs(self, normal: int) -> int:
        return max(2, normal // 3) if self.quick else normal

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        s = figure.stats
        print(
            f"  {figure.label} [{figure.dataset}]: median {_fmt(s['median'], figure.unit)} "
            f"(min {_fmt(s['min'], figure.unit)}, max {_fmt(s['max'], figure.unit)}, "
            f"{int(s['runs'])} runs, load {figure.load[0]:.2f})",
            flush=True,
        )
        return figure


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.2f}x"


def _timed(fn: Callable[[], Any], runs: int, scale: float = 1000.0) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * scale)
    return out


# ---- datasets --------------------------------------------------------------------------------
def prepare() -> dict[str, tuple[Path, dict[str, Any]]]:
    from tests.bench import datasets

    started = time.perf_counter()
    missing = [d.name for d in (LARGE, SMALL) if datasets.meta(datasets.cached_folder(d)) is None]
    if missing:
        print(f"Building the {' and '.join(missing)} dataset(s) (cached in .bench/cache) ...",
              flush=True)  # fmt: skip
        subprocess.run(
            [sys.executable, "-m", "tests.bench.datasets", *missing],
            cwd=ROOT, env=child_env(), check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    out = {d.name: datasets.working_copy(d) for d in (LARGE, SMALL)}
    for name, (_path, info) in out.items():
        c = info["counts"]
        print(
            f"Dataset {name}: {c['concern']:,} concerns, {c['person']:,} people, "
            f"{c['staff']:,} staff, {c['training_record']:,} training records "
            f"(built in {info['build_s']} s{'' if name in missing else ', cached'})"
        )
    print(f"Datasets ready in {time.perf_counter() - started:.1f} s.", flush=True)
    return out


# ---- child processes ------------------------------------------------------------------------
def launch_times(data_dir: Path, runs: int) -> list[float]:
    """Seconds from spawning ``main.py``'s equivalent to its unlock window's first paint."""
    out = []
    for i in range(runs + 1):  # the first is a warm-up
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.launch", "--data-dir", str(data_dir)],
            cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        shown = None
        for line in proc.stdout:
            if line.startswith("BENCH-SHOWN"):
                shown = time.perf_counter() - started
                break
        _out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
        if shown is None or proc.returncode != 0:
            raise RuntimeError(f"the launch child failed ({proc.returncode}): {err[-2000:]}")
        if i:
            out.append(shown)
    return out


def session_runs(data_dir: Path, runs: int, only_pages: str = "") -> list[dict[str, Any]]:
    """Unlock in the app to the log's first rows, each in a fresh process (plus a warm-up)."""
    out = []
    settings = BENCH_DIR / "work" / f"settings-{data_dir.name}.ini"
    extra = [only_pages] if only_pages else []
    for i in range(runs + 1):
        proc = subprocess.run(
            [sys.executable, "-m", "tests.bench.session", str(data_dir), str(settings), SIGN_IN,
             *extra],
            cwd=ROOT, env=child_env(), input=PASSPHRASE + "\n", capture_output=True, text=True,
            timeout=CHILD_TIMEOUT_S,
        )  # fmt: skip
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        if proc.returncode != 0 or not lines:
            raise RuntimeError(f"the session child failed ({proc.returncode}): "
                               f"{proc.stdout[-1000:]} {proc.stderr[-2000:]}")  # fmt: skip
        if i:
            out.append(json.loads(lines[-1]))
    return out


# ---- in this process ------------------------------------------------------------------------
def keystrokes() -> list[str]:
    out = []
    for words in TYPED:
        out.extend(words[: n + 1] for n in range(len(words)))
    return out


def filter_steps(concerns: Any) -> list[Any]:
    """What a user does with the filters, one change at a time, ending with "Clear filters"."""
    from dsl_desktop.services.log import NOT_DECIDED, LogFilter

    return [
        LogFilter(statuses=frozenset({"open"})),
        LogFilter(statuses=frozenset({"open"}), stages=frozenset({"decide"})),
        LogFilter(statuses=frozenset({"open"}), categories=frozenset({"extreme_right_wing"})),
        LogFilter(outcomes=frozenset({NOT_DECIDED})),
        LogFilter(outcomes=frozenset({"prevent_referral"}), overdue_only=True),
        LogFilter(overdue_only=True),
        LogFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31)),
        LogFilter(
            date_from=dt.date(2024, 1, 1),
            date_to=dt.date(2024, 12, 31),
            categories=frozenset({"islamist"}),
        ),  # fmt: skip
        LogFilter(),
    ]


def in_process(bench: Bench, ds: Dataset, data_dir: Path, info: dict[str, Any]) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from db.keyslots import KeyFile
    from db.vault import Vault
    from dsl_desktop.services import exports, log, training
    from dsl_desktop.services.concerns import case_view
    from dsl_desktop.services.log import Column, LogFilter
    from dsl_desktop.services.referrals import (
        decision_record_pdf,
    )
    from ui.log.model import LogTableModel

    name = ds.name
    target = (lambda t: t) if ds is LARGE else (lambda _t: None)  # targets are for "large"
    vault = Vault(data_dir)
    keys = KeyFile.load(vault.keys_path)
    bench.add(Figure("kdf", "Key derivation alone (Argon2id 64 MiB, t=3, p=4)", name, "ms",
                     _timed(lambda: keys.unwrap_passphrase(SIGN_IN, PASSPHRASE),
                            bench.runs(7))))  # fmt: skip
    ov = vault.unlock(SIGN_IN, PASSPHRASE)
    try:
        app = QApplication.instance() or QApplication([sys.argv[0]])
        # The log's own model and a table view showing it, as on the Concerns log page: each
        # change re-queries the in-memory log, resets the model and repaints the visible rows.
        model = LogTableModel()
        view = QTableView()
        view.setModel(model)
        view.resize(1100, 600)
        view.show()
        concerns = log.load_log(ov)
        model.set_log(concerns)
        app.processEvents()

        def change(flt: LogFilter) -> float:
            started = time.perf_counter()
            model.set_filter(flt)
            app.processEvents()
            return (time.perf_counter() - started) * 1000

        typing: list[float] = []
        for _round in range(bench.runs(3)):
            for typed in keystrokes():
                typing.append(change(LogFilter(text=typed)))
            change(LogFilter())
        bench.add(Figure("search_keystroke", "Log search, per keystroke (model + view)", name,
                         "ms", typing, target(50.0),
                         notes=f"{len(keystrokes())} keystrokes x rounds: {', '.join(TYPED)}"))  # fmt: skip
        steps = filter_steps(concerns)
        filtering = [change(flt) for _round in range(bench.runs(3)) for flt in steps]
        bench.add(Figure("filter_change", "Log filter change (model + view)", name, "ms",
                         filtering, target(50.0), notes=f"{len(steps)} changes x rounds"))  # fmt: skip
        sorts = []
        for column in Column:
            for descending in (False, True):
                started = time.perf_counter()
                model.sort(column, _order(descending))
                app.processEvents()
                sorts.append((time.perf_counter() - started) * 1000)
        bench.add(Figure("sort_change", "Log sort change (first use of each column included)",
                         name, "ms", sorts))  # fmt: skip
        view.close()
        view.deleteLater()
        app.processEvents()
        gc.collect()

        case_id = int(info["case_concern_id"])
        opened = _timed(lambda: case_view(ov, case_id), bench.runs(7))
        items = len(case_view(ov, case_id).items)
        bench.add(Figure("case_view", f"Open a case with {items} information items (case_view)",
                         name, "ms", opened))  # fmt: skip
        referral_figures(bench, name, ov, case_id, target)
        bench.add(Figure("decision_record", "Decision record PDF (decision_record_pdf)", name,
                         "ms", _timed(lambda: decision_record_pdf(ov, case_id), bench.runs(5))))  # fmt: skip
        staff = info["counts"]["staff"]
        bench.add(Figure("training_dashboard", f"Training dashboard, {staff:,} staff", name, "ms",
                         _timed(lambda: training.dashboard(ov), bench.runs(7)), target(100.0)))  # fmt: skip
        bench.add(Figure("training_compliance", f"Training compliance, {staff:,} staff", name,
                         "ms", _timed(lambda: training.compliance(ov), bench.runs(7)),
                         target(100.0)))  # fmt: skip
        csv = BENCH_DIR / "work" / f"log-{name}.csv"
        exported = _timed(lambda: exports.export_log_csv(ov, csv), bench.runs(3))
        rows = exports.export_log_csv(ov, csv).rows
        bench.add(Figure("export_csv", f"Export the whole log to CSV ({rows:,} rows)", name, "ms",
                         exported))  # fmt: skip
        csv.unlink(missing_ok=True)
        encrypted_vs_plain(bench, ds, data_dir, info, ov, target)
    finally:
        ov.close()


def referral_figures(
    bench: Bench, name: str, ov: Any, case_id: int, target: Callable[[float], float | None]
) -> None:
    """Generating the referral form (with the person's earlier concerns, alternatives, the
    parallel referral and the checks) and printing it, and what the Share step asks first."""
    from sqlalchemy import func, select

    from db.models import Concern
    from dsl_desktop.services.referral_checks import unanswered
    from dsl_desktop.services.referrals import generate_referral, referral_pdf, referral_text

    with ov.reading() as s:
        person_id = s.scalar(select(Concern.person_id).where(Concern.id == case_id))
        count = select(func.count(Concern.id)).where(Concern.person_id == person_id)
        earlier = int(s.scalar(count) or 1) - 1
    made, rendered, whole = [], [], []
    referral_id = 0
    for _ in range(bench.runs(5)):
        started = time.perf_counter()
        referral_id = generate_referral(ov, case_id)
        middle = time.perf_counter()
        pdf = referral_pdf(ov, referral_id)
        ended = time.perf_counter()
        assert pdf.startswith(b"%PDF")
        made.append((middle - started) * 1000)
        rendered.append((ended - middle) * 1000)
        whole.append((ended - started) * 1000)
    bench.add(Figure("referral_generate_and_pdf",
                     f"Referral: generate + PDF (person with {earlier} earlier concerns)", name,
                     "ms", whole, target(300.0)))  # fmt: skip
    bench.add(Figure("referral_pdf", "Referral PDF alone (referral_pdf)", name, "ms",
                     rendered, target(300.0)))  # fmt: skip
    bench.add(Figure("referral_generate", "Referral form generated and stored", name, "ms",
                     made))  # fmt: skip
    bench.add(Figure("referral_text", "Referral form as plain text (referral_text)", name, "ms",
                     _timed(lambda: referral_text(ov, referral_id), bench.runs(5))))  # fmt: skip
    bench.add(Figure("referral_unanswered", "What is still unanswered before referring", name,
                     "ms", _timed(lambda: unanswered(ov, case_id), bench.runs(5))))  # fmt: skip


def referral_only(bench: Bench, data_dir: Path, info: dict[str, Any]) -> None:
    from db.vault import Vault

    ov = Vault(data_dir).unlock(SIGN_IN, PASSPHRASE)
    try:
        referral_figures(bench, LARGE.name, ov, int(info["case_concern_id"]), lambda t: t)
    finally:
        ov.close()


def _order(descending: bool) -> Any:
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


# ---- encrypted against plain ------------------------------------------------------------------
def _plain_engine(path: Path) -> Any:
    """An engine on the plain copy made like ``db.engine.make_engine``: the same driver, pool,
    transaction handling and pragmas, only no key."""
    import sqlcipher3.dbapi2 as sqlcipher
    from sqlalchemy import create_engine, event, pool

    from db.engine import BUSY_TIMEOUT_MS, CACHE_PAGES

    def connect() -> Any:
        conn = sqlcipher.connect(str(path), check_same_thread=False,
                                 timeout=BUSY_TIMEOUT_MS / 1000)  # fmt: skip
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in ("temp_store = MEMORY", "journal_mode = WAL", "synchronous = FULL",
                       "foreign_keys = ON", "secure_delete = ON", f"cache_size = {CACHE_PAGES}",
                       f"busy_timeout = {BUSY_TIMEOUT_MS}"):  # fmt: skip
            conn.execute(f"PRAGMA {pragma}")
        return conn

    engine = create_engine("sqlite://", creator=connect, module=sqlcipher,
                           poolclass=pool.QueuePool, pool_size=2, max_overflow=4)  # fmt: skip

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def encrypted_vs_plain(
    bench: Bench, ds: Dataset, data_dir: Path, info: dict[str, Any], ov: Any,
    target: Callable[[float], float | None],
) -> None:  # fmt: skip
    """The log's SQL on the encrypted vault and on a plain copy, a new engine for each round
    (so each round's first read starts with SQLite's page cache empty, as after unlocking)."""
    from db.engine import make_engine
    from db.keyslots import KeyFile
    from db.vault import OpenVault, Vault
    from dsl_desktop.services import log

    keys = KeyFile.load(Vault(data_dir).keys_path)
    _account, dek = keys.unwrap_passphrase(SIGN_IN, PASSPHRASE)
    plain = Path(info["plain_db"])
    makers = {
        "encrypted": lambda: make_engine(Vault(data_dir).db_path, dek),
        "plain": lambda: _plain_engine(plain),
    }
    timings: dict[str, dict[str, list[float]]] = {k: {} for k in makers}
    typed = keystrokes()
    for round_ in range(bench.runs(5)):
        order = list(makers) if round_ % 2 == 0 else list(reversed(makers))
        for kind in order:
            engine = makers[kind]()
            try:
                v = OpenVault(Vault(data_dir), engine, dek, keys, ov.user)
                t = timings[kind]
                started = time.perf_counter()
                loaded = log.load_log(v)
                t.setdefault("load_log", []).append((time.perf_counter() - started) * 1000)
                assert len(loaded) == info["counts"]["concern"]
                started = time.perf_counter()
                log.log_version(v)
                t.setdefault("log_version", []).append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                for text in typed:
                    log.search_concern_ids(v, text)
                t.setdefault("search_sql", []).append((time.perf_counter() - started) * 1000)
                del loaded
            finally:
                engine.dispose()
    labels = {
        "load_log": "load_log, whole log, new connection",
        "log_version": "log_version",
        "search_sql": f"FTS queries of {len(typed)} keystrokes",
    }
    enc_total = plain_total = 0.0
    for query, label in labels.items():
        enc, pln = timings["encrypted"][query], timings["plain"][query]
        bench.add(Figure(f"plain_{query}", f"  plain SQLite: {label}", ds.name, "ms", pln))
        bench.add(Figure(f"encrypted_{query}", f"  encrypted: {label}", ds.name, "ms", enc))
        ratios = [e / p for e, p in zip(enc, pln, strict=True)]
        bench.add(Figure(f"ratio_{query}", f"Encrypted / plain: {label}", ds.name, "x", ratios,
                         target(1.5)))  # fmt: skip
        enc_total += summary(enc)["median"]
        plain_total += summary(pln)["median"]
    totals = [
        sum(timings["encrypted"][q][i] for q in labels)
        / sum(timings["plain"][q][i] for q in labels)
        for i in range(len(timings["plain"]["load_log"]))
    ]
    bench.add(Figure("ratio_log_queries", "Encrypted / plain: the log's queries together",
                     ds.name, "x", totals, target(1.5),
                     notes=f"medians: encrypted {enc_total:.0f} ms, plain {plain_total:.0f} ms"))  # fmt: skip


# ---- the report ----------------------------------------------------------------------------
def table(figures: Sequence[Figure]) -> str:
    head = (f"{'Figure':<58} {'Data':<6} {'Median':>10} {'Min':>10} {'Max':>10} {'p90':>10} "
            f"{'Runs':>4} {'Target':>11} {'Result':<6} {'Load':>5}")  # fmt: skip
    lines = [head, "-" * len(head)]
    for f in figures:
        s = f.stats
        tgt = "" if f.target is None else "<= " + _fmt(f.target, f.unit).replace(".0 ms", " ms")
        result = "" if f.ok is None else ("pass" if f.ok else "FAIL")
        lines.append(
            f"{f.label[:58]:<58} {f.dataset:<6} {_fmt(s['median'], f.unit):>10} "
            f"{_fmt(s['min'], f.unit):>10} {_fmt(s['max'], f.unit):>10} "
            f"{_fmt(s['p90'], f.unit) if 'p90' in s else '':>10} {int(s['runs']):>4} "
            f"{tgt:>11} {result:<6} {f.load[0]:>5.2f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run")
    parser.add_argument("--quick", action="store_true", help="fewer runs (trying the bench)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--referral-only", action="store_true",
        help="only the referral figures on the large dataset (printed, not saved)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # `make bench` sets it too
    bench = Bench(args.quick)
    when = dt.datetime.now().isoformat(timespec="seconds")
    host = machine()
    print(f"DSL Desktop benchmark, {when}: {host['nproc']} CPUs ({host['cpu']}), "
          f"{host['memory_mib']} MiB, load {load_average()[0]:.2f}", flush=True)  # fmt: skip
    ready = prepare()
    large_dir, large_info = ready["large"]
    if args.referral_only:
        referral_only(bench, large_dir, large_info)
        print(table(bench.figures))
        return 0
    small_dir, small_info = ready["small"]

    print("Start-up (child processes) ...", flush=True)
    bench.add(Figure("launch_to_unlock_window", "Launch to the unlock window shown", "large",
                     "s", launch_times(large_dir, bench.runs(7)), 0.8))  # fmt: skip
    for ds, folder, runs in ((LARGE, large_dir, 5), (SMALL, small_dir, 3)):
        results = session_runs(folder, bench.runs(runs))
        bench.add(Figure("unlock_to_log", "Unlock to the concerns log's first rows (KDF incl.)",
                         ds.name, "s", [r["unlock_to_log_s"] for r in results],
                         1.2 if ds is LARGE else None))  # fmt: skip
        bench.add(Figure("peak_memory", "Peak memory: unlocked, log page shown (ru_maxrss)",
                         ds.name, "MiB", [r["maxrss_kib"] / 1024 for r in results],
                         350.0 if ds is LARGE else None))  # fmt: skip
    # An experiment, no target: the same with only the Home and Concerns log pages built, i.e.
    # what unlocking would cost if the other pages were built (and filled) when first shown.
    results = session_runs(large_dir, bench.runs(3), only_pages="home,log")
    bench.add(Figure("unlock_to_log_home_and_log_pages_only",
                     "  (experiment) the same, only Home and Log pages built", "large", "s",
                     [r["unlock_to_log_s"] for r in results],
                     notes="not how the app runs: shows what building pages lazily would give"))  # fmt: skip
    for ds, folder, info in ((LARGE, large_dir, large_info), (SMALL, small_dir, small_info)):
        print(f"Services, {ds.name} dataset (in process) ...", flush=True)
        in_process(bench, ds, folder, info)

    elapsed = time.perf_counter() - bench.started
    print()
    print(table(bench.figures))
    failed = [f for f in bench.figures if f.ok is False]
    print(f"\n{len(failed)} of {sum(f.ok is not None for f in bench.figures)} targets missed; "
          f"whole benchmark {elapsed:.0f} s. Results in {args.output.name}.")  # fmt: skip
    args.output.write_text(json.dumps({
        "started": when, "elapsed_s": round(elapsed, 1), "quick": args.quick, "machine": host,
        "datasets": {n: {k: v for k, v in i.items() if k != "plain_db"}
                     for n, (_p, i) in ready.items()},
        "figures": [f.as_dict() for f in bench.figures],
    }, indent=2) + "\n")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
