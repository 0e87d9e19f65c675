"""The command line: ``python main.py SUBCOMMAND``.

Each feature module registers its sub-commands through ``COMMAND_MODULES``; every failure is one
clear line on stderr and a non-zero exit, never a traceback: a ``KnownError``'s message and
advice, or for a bug an "unexpected problem" line with its report in the log.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from dsl_desktop import APP_NAME, __version__
from dsl_desktop.cli.common import CliError, add_common
from dsl_desktop.logs import crash_report, log

COMMAND_MODULES = [
    "dsl_desktop.cli.vault_commands",
    "dsl_desktop.cli.backup_commands",
    "dsl_desktop.cli.demo_commands",
    "dsl_desktop.cli.referral_commands",
    "dsl_desktop.cli.training_commands",
    "dsl_desktop.cli.log_commands",
    "dsl_desktop.cli.intake_commands",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=f"{APP_NAME}: run with no sub-command to start the app; `main.py report` opens "
        "the staff report form (no vault).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    add_common(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _sweep(args: argparse.Namespace) -> None:
    """Before any command: remove what a crash left in the clear (``dsl_desktop.sweep``)."""
    from dsl_desktop.cli.common import data_dir
    from dsl_desktop.sweep import sweep

    for message in sweep(data_dir(args)).messages:
        print(f"note: {message}", file=sys.stderr)


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    from db.witness import keep_witness_in
    from dsl_desktop.paths import default_witness_dir

    keep_witness_in(default_witness_dir())
    try:
        _sweep(args)
        code: int = args.handler(args)
        return code
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from db.errors import KnownError

        # The environment's failure or a refused request: its one line. Anything else (a
        # driver error db.engine.classify did not name included) is a bug: logged, and said so.
        if isinstance(exc, KnownError):
            print(f"error: {exc.message}{' ' + exc.advice if exc.advice else ''}", file=sys.stderr)
            return 1
        log.error(
            "unexpected error in %s:\n%s",
            args.command,
            crash_report(type(exc), exc, exc.__traceback__),
        )
        print(
            f"error: an unexpected problem stopped {args.command} "
            f"({type(exc).__name__}); the details are in the log.",
            file=sys.stderr,
        )
        return 1
