"""Fixtures for the Qt tests: a fake clock, private QSettings, vaults and a controller."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from uitest_data import FakeClock, VaultMaker

from db.keyslots import KdfParams
from db.vault import Vault
from ui.controller import AppController
from ui.pages import default_pages


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "dsl-desktop.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def vaults(data_dir: Path, clock: FakeClock, no_keyring: Any, fast_kdf: KdfParams) -> VaultMaker:
    return VaultMaker(data_dir, clock, no_keyring, fast_kdf)


@pytest.fixture
def make_controller(
    qtbot: Any, ui_settings: QSettings, fast_kdf: KdfParams
) -> Iterator[Callable[[Vault], AppController]]:
    made: list[AppController] = []

    def make(vault: Vault) -> AppController:
        # Only the Home page: other pages have their own tests, and their work in progress
        # must not break the shell's.
        home = [p for p in default_pages() if p.key == "home"]
        controller = AppController(
            vault, settings=ui_settings, kdf=fast_kdf, pages=home, quit_app=lambda: None
        )
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        wizard = controller.wizard
        if wizard is not None and wizard.open_vault is not None:
            wizard.open_vault.close("sign_out")
        for window in (controller.unlock_window, wizard):
            if window is not None:
                window.hide()
                window.deleteLater()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    QApplication.processEvents()
