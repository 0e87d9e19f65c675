"""Where the app keeps things. Resolved once in main.py and passed down (nothing at import)."""

from __future__ import annotations

from pathlib import Path

from dsl_desktop import APP_NAME


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))
