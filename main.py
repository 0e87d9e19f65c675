"""DSL Desktop entry point: no sub-command starts the app; a sub-command runs the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        os.umask(0o077)  # the vault's files are for this user alone

    if _subcommand(args) == "report":  # the staff report form: no vault, no account, no log
        from ui.report.launcher import run_staff_report

        return run_staff_report(args[args.index("report") + 1 :])
    from dsl_desktop import logs
    from dsl_desktop.paths import default_log_dir

    logs.setup(default_log_dir())
    if _subcommand(args) is None and not {"--version", "-h", "--help"} & set(args):
        return _run_app(args)
    from dsl_desktop.cli import run

    return run(args)


def _subcommand(args: list[str]) -> str | None:
    """The first word that is neither an option nor the value of ``--data-dir``."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--data-dir":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _run_app(args: list[str]) -> int:
    import argparse
    from pathlib import Path

    from dsl_desktop.paths import default_data_dir

    parser = argparse.ArgumentParser(prog="main.py")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--smoke-test", action="store_true", help="check this build offscreen")
    known, qt_args = parser.parse_known_args(args)
    if known.smoke_test:  # before any Qt import, so the check sees the bundle's own Qt load
        from dsl_desktop.smoke import run_smoke_test

        return run_smoke_test(gui=_smoke_gui)
    from db.witness import keep_witness_in
    from dsl_desktop.paths import default_witness_dir
    from ui.app import run_app

    keep_witness_in(default_witness_dir())
    return run_app(known.data_dir or default_data_dir(), [sys.argv[0], *qt_args])


def _smoke_gui(data_dir: Path, qt_messages: Callable[..., None]) -> str:
    """The smoke test's Qt part, here because the core may not import Qt: the unlock window."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QLibraryInfo, QSettings, qInstallMessageHandler

    qInstallMessageHandler(qt_messages)
    from db.vault import Vault
    from ui.app import make_application
    from ui.controller import AppController
    from ui.labels import icon

    app = make_application([sys.argv[0]])
    settings = QSettings(str(data_dir / "smoke-settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(Vault(data_dir), settings=settings, quit_app=lambda: None)
    controller.start()
    app.processEvents()
    window = controller.unlock_window
    if window is None or not window.isVisible() or icon("app.svg").pixmap(64, 64).isNull():
        raise RuntimeError("the unlock window or its SVG icon did not show")
    controller.shutdown()
    window.close()
    app.processEvents()
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    found = {d: sorted(p.stem.removeprefix("lib") for p in (plugins / d).glob("*q*.*"))
             for d in ("platforms", "imageformats", "iconengines")}  # fmt: skip
    return f"{type(window).__name__} shown on {app.platformName()}; plugins in {plugins}: {found}"


if __name__ == "__main__":
    sys.exit(main())
