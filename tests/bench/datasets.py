"""The bench vaults: built once with the demo generator, cached under ``.bench/cache``.

A cached vault's folder name holds a key made from the dataset's parameters and the source of
whatever decides what is in the file (the demo generator, the models and the migrations), so a
change to any of them builds it again; otherwise a rerun reuses it. Each run of the benchmark
works on a fresh copy (``.bench/work``), since opening a case or generating a referral writes
to the vault.

    python -m tests.bench.datasets NAME      # build (or find) one dataset, print its folder

Each cached dataset folder holds ``vault/`` (the encrypted vault, Argon2id at the app's
default cost), ``plain.db`` (the same database decrypted with ``sqlcipher_export``, for the
encrypted / plain comparison) and ``meta.json`` (written last: the counts, the ids the bench
uses, how long the build took).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from tests.bench.common import BENCH_DIR, DATASETS, PASSPHRASE, ROOT, SIGN_IN, Dataset

CACHE = BENCH_DIR / "cache"
WORK = BENCH_DIR / "work"
_SOURCES = ("dsl_desktop/demo.py", "db/models.py", "db/schema.py", "tests/bench/datasets.py")


def cache_key(ds: Dataset) -> str:
    digest = hashlib.sha256(json.dumps(ds.params(), sort_keys=True).encode())
    sources = [ROOT / s for s in _SOURCES]
    sources += sorted((ROOT / "db" / "migrations" / "versions").glob("*.py"))
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:12]


def cached_folder(ds: Dataset) -> Path:
    return CACHE / f"{ds.name}-{cache_key(ds)}"


def meta(folder: Path) -> dict[str, Any] | None:
    try:
        return json.loads((folder / "meta.json").read_text())  # type: ignore[no-any-return]
    except (OSError, ValueError):
        return None


# ---- building -----------------------------------------------------------------------------
def build(ds: Dataset) -> Path:
    """Build ``ds`` into the cache (if it is not there yet); returns its folder."""
    folder = cached_folder(ds)
    if meta(folder) is not None:
        return folder
    for stale in CACHE.glob(f"{ds.name}-*"):  # older builds of this dataset
        shutil.rmtree(stale, ignore_errors=True)
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    started = time.perf_counter()
    info = _fill(ds, partial / "vault")
    info["build_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    export_plain(partial / "vault", partial / "plain.db")
    info["plain_export_s"] = round(time.perf_counter() - started, 1)
    info["key"] = cache_key(ds)
    info["params"] = ds.params()
    (partial / "meta.json").write_text(json.dumps(info, indent=2))
    partial.rename(folder)
    return folder


def _fill(ds: Dataset, data_dir: Path) -> dict[str, Any]:
    from sqlalchemy import func, insert, select, text

    from db.models import Concern, InformationItem, Referral, TrainingRecord
    from db.vault import Vault
    from dsl_desktop import demo
    from dsl_desktop.services import log
    from dsl_desktop.services.setup import seed_catalogues

    ov, _code = Vault(data_dir).create(
        school_name=demo.DEMO_SCHOOL,
        sign_in_name=SIGN_IN,
        display_name=demo.DEMO_DISPLAY_NAME,
        passphrase=PASSPHRASE,
        seed=seed_catalogues,
    )  # the app's default Argon2id cost: unlocking is measured with it
    try:
        counts = demo.generate(
            ov, concerns=ds.concerns, staff=ds.staff, seed=ds.seed, people=ds.people
        )
        rng = random.Random(ds.seed)
        assert ov.user is not None
        with ov.unit() as s:
            added = _top_up_training(s, rng, ds.training, ov.user.user_id, TrainingRecord)
            case_id = _referral_case(s, Concern, Referral)
            have = s.scalar(
                select(func.count()).select_from(InformationItem)
                .where(InformationItem.concern_id == case_id)
            ) or 0  # fmt: skip
            noticed = s.scalar(select(Concern.noticed_at).where(Concern.id == case_id))
            assert noticed is not None
            kinds = list(demo.ITEMS)
            rows = []
            for n in range(have, ds.case_items):
                kind = kinds[n % len(kinds)]
                rows.append({
                    "concern_id": case_id, "content": rng.choice(demo.ITEMS[kind]).format(fn="Sam"),
                    "source": rng.choice(demo.SOURCES),
                    "obtained_at": (noticed + dt.timedelta(hours=n)).date(),
                    "kind": kind.value, "validation": "uncorroborated",
                    "notes": f"Item {n + 1} gathered for the benchmark.",
                    "recorded_by_id": ov.user.user_id,
                    "recorded_at": noticed + dt.timedelta(hours=n + 1),
                })  # fmt: skip
            if rows:
                s.execute(insert(InformationItem), rows)
            totals = {
                table: int(s.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
                for table in ("concern", "person", "staff", "training_record",
                              "information_item", "referral")
            }  # fmt: skip
        log.sync_search_index(ov)
    finally:
        ov.close()
    return {
        "dataset": ds.name,
        "counts": totals,
        "generated": counts.as_dict(),
        "training_added": added,
        "case_concern_id": case_id,
        "case_items": ds.case_items,
    }


def _top_up_training(s: Any, rng: random.Random, wanted: int, user_id: int, model: Any) -> int:
    """Add earlier completions of courses already on record until there are ``wanted``."""
    from sqlalchemy import func, insert, select

    have = int(s.scalar(select(func.count()).select_from(model)) or 0)
    missing = wanted - have
    if missing <= 0:
        return 0
    existing = s.execute(select(model.staff_id, model.course_id, model.completed_on)).all()
    rows = []
    for _ in range(missing):
        staff_id, course_id, done = rng.choice(existing)
        earlier = done - dt.timedelta(days=365 * rng.randint(1, 4) + rng.randint(-20, 20))
        rows.append({
            "staff_id": staff_id, "course_id": course_id, "completed_on": earlier,
            "certificate_id": None, "notes": "", "recorded_by_id": user_id,
            "recorded_at": dt.datetime.combine(earlier, dt.time(16, 0)),
        })  # fmt: skip
    s.execute(insert(model), rows)
    return missing


def _referral_case(s: Any, concern: Any, referral: Any) -> int:
    """A concern at the Share stage, decided as a Prevent referral not yet sent: a referral
    can be generated for it again and again, and it has a decision record."""
    from sqlalchemy import select

    sent = select(referral.concern_id).where(referral.sent_at.is_not(None))
    found = s.scalar(
        select(concern.id)
        .where(concern.stage == "share", concern.outcome == "prevent_referral",
               concern.id.not_in(sent))
        .order_by(concern.id.desc()).limit(1)
    )  # fmt: skip
    if found is None:
        raise RuntimeError("the demo data has no unsent Prevent referral at the Share stage")
    return int(found)


def export_plain(data_dir: Path, target: Path) -> None:
    """Decrypt the vault's database into a plain SQLite file (``sqlcipher_export``)."""
    from db.engine import open_raw
    from db.keyslots import KeyFile
    from db.vault import DB_FILE, KEYS_FILE

    _account, dek = KeyFile.load(data_dir / KEYS_FILE).unwrap_passphrase(SIGN_IN, PASSPHRASE)
    target.unlink(missing_ok=True)
    conn = open_raw(data_dir / DB_FILE, dek)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        conn.close()
    with target.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise RuntimeError("sqlcipher_export did not write a plain SQLite file")


# ---- a working copy --------------------------------------------------------------------------
def working_copy(ds: Dataset) -> tuple[Path, dict[str, Any]]:
    """A fresh copy of the cached vault for this run (the cache itself is never opened)."""
    folder = cached_folder(ds)
    info = meta(folder)
    if info is None:
        raise RuntimeError(f"dataset {ds.name} has not been built")
    target = WORK / ds.name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder / "vault", target)
    info["plain_db"] = str(folder / "plain.db")
    return target, info


def main(argv: list[str]) -> int:
    for name in argv or list(DATASETS):
        print(build(DATASETS[name]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
