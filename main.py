"""DSL Desktop entry point: no sub-command starts the app; a sub-command runs the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        os.umask(0o077)  # the vault's files are for this user alone

    from dsl_desktop import logs
    from dsl_desktop.paths import default_log_dir

    logs.setup(default_log_dir())
    first = next((a for a in args if not a.startswith("-")), None)
    if first is None and "--version" not in args and "-h" not in args and "--help" not in args:
        return _run_app(args)
    from dsl_desktop.cli import run

    return run(args)


def _run_app(args: list[str]) -> int:
    import argparse
    from pathlib import Path

    from dsl_desktop.paths import default_data_dir

    parser = argparse.ArgumentParser(prog="main.py")
    parser.add_argument("--data-dir", type=Path, default=None)
    known, qt_args = parser.parse_known_args(args)
    from ui.app import run_app

    return run_app(known.data_dir or default_data_dir(), [sys.argv[0], *qt_args])


if __name__ == "__main__":
    sys.exit(main())
