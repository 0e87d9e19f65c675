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


def default_witness_dir() -> Path:
    """This computer's own record of each vault's newest audit event (outside the data folder,
    so that the whole folder put back to an older copy is noticed)."""
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME, appauthor=False)) / "audit-heads"
