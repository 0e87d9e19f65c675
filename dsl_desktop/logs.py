"""The rotating log. It holds events and exception types and frames, never record content."""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType

LOG_NAME = "dsl-desktop.log"
log = logging.getLogger("dsl_desktop")


def current_file() -> Path | None:
    """The file the log is written to, or None before :func:`setup`."""
    for h in log.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler):
            return Path(h.baseFilename)
    return None


def setup(log_dir: Path) -> Path:
    """Write the log (and the app's crash reports, ``dsl_desktop.crash``) to ``log_dir``.

    There is only ever one rotating handler: asking again for the same folder keeps it, asking
    for another moves it. Two handlers on one file would each rotate it under the other.
    """
    path = log_dir / LOG_NAME
    if current_file() == Path(os.path.abspath(path)):
        return path
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutdown()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def shutdown() -> None:
    """Stop writing the log file (closes its handler)."""
    for h in list(log.handlers):
        if isinstance(h, logging.handlers.RotatingFileHandler):
            log.removeHandler(h)
            h.close()


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """A report safe to log and copy: the exception type and where it happened, no message.

    Messages are left out because they can quote what a user typed.
    """
    frames = traceback.extract_tb(tb)
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for fr in frames:
        lines.append(f'  File "{Path(fr.filename).name}", line {fr.lineno}, in {fr.name}')
    return "\n".join(lines)
