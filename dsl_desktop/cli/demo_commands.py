"""demo: fill a vault (a new one, or an existing one) with fictional records."""

from __future__ import annotations

import argparse
import time
from typing import Any

from dsl_desktop.cli.common import CliError, add_nation, command, data_dir, read_secret

#: Bounds on the demonstration's size: enough to try the app at the size of a large school
#: many times over, never so many that the command runs for hours or fills the disk.
MAX_CONCERNS = 100_000
MAX_STAFF = 10_000


def register(sub: Any) -> None:
    p = command(
        sub,
        "demo",
        cmd_demo,
        help="add fictional people, concerns, staff and training records (for trying the app)",
        description=(
            "Adds fictional demonstration records. If the data folder holds no vault, one is "
            "created for the fictional school with the sign-in name 'dsl' and the passphrase "
            "given. The same seed always gives the same records."
        ),
    )
    p.add_argument("--concerns", type=_count, default=200, help="number of concerns (default 200)")
    p.add_argument("--staff", type=_count, default=0, help="number of staff (default 0)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    add_nation(p)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if value < 0:
        raise argparse.ArgumentTypeError("cannot be negative")
    return value


def _seed_catalogues(session: Any) -> None:
    """Copy the default catalogues in, as ``init`` does (skipped parts a build lacks)."""
    try:
        from dsl_desktop.services.setup import seed_catalogues
    except ImportError:  # pragma: no cover - the set-up service ships with the app
        return
    seed_catalogues(session)


def cmd_demo(args: argparse.Namespace) -> int:
    from db.vault import Vault
    from dsl_desktop import demo
    from dsl_desktop.domain import Nation
    from dsl_desktop.nation import parse_nation, role_named_for_wales
    from dsl_desktop.passphrase import assess

    for count, what, limit in ((args.concerns, "--concerns", MAX_CONCERNS),
                               (args.staff, "--staff", MAX_STAFF)):  # fmt: skip
        if count > limit:
            raise CliError(f"{what} {count} is more than a demonstration needs (at most {limit:,})")
    folder = data_dir(args)
    vault = Vault(folder)
    passphrase = read_secret(args)
    code: str | None = None
    if vault.exists():
        ov = vault.unlock_any(passphrase)
    else:
        strength = assess(passphrase)
        if not strength.acceptable:
            raise CliError(f"passphrase too weak: {strength.problems[0]}")
        ov, code = vault.create(
            school_name=demo.DEMO_SCHOOL,
            sign_in_name=demo.DEMO_SIGN_IN,
            display_name=(
                role_named_for_wales(demo.DEMO_DISPLAY_NAME)
                if parse_nation(args.nation) is Nation.WALES
                else demo.DEMO_DISPLAY_NAME
            ),
            passphrase=passphrase,
            school={"nation": args.nation},
            seed=_seed_catalogues,
        )
    try:
        start = time.perf_counter()
        counts = demo.generate(ov, concerns=args.concerns, staff=args.staff, seed=args.seed)
        seconds = time.perf_counter() - start
        # Build the search index now, so the first search in the app is instant.
        from dsl_desktop.services.log import sync_search_index

        indexed_start = time.perf_counter()
        sync_search_index(ov)
        index_seconds = time.perf_counter() - indexed_start
    finally:
        ov.close("sign_out")
    if code is not None:
        print(f"Created a demonstration vault for {demo.DEMO_SCHOOL} in {folder}")
        print(f"Sign in as '{demo.DEMO_SIGN_IN}'. Recovery code (shown once):")
        print(code)
    summary = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.as_dict().items() if n)
    print(
        f"Added {summary or 'nothing'} in {seconds:.1f} s (seed {args.seed}); "
        f"search index built in {index_seconds:.1f} s."
    )
    return 0
