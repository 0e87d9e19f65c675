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
from db.vault import OpenVault, Vault
from ui.controller import AppController
from ui.page_list import default_pages


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


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: Any) -> None:
    """The app in English, as it starts: counted texts take their English forms."""
    from ui import i18n

    i18n.install(qapp, i18n.ENGLISH)


@pytest.fixture
def demo_session(
    qtbot: Any, data_dir: Path, fast_kdf: Any, no_keyring: Any, tmp_path: Path
) -> Iterator[tuple[AppController, OpenVault]]:
    """A demo vault (30 fictional concerns, 10 staff), signed in as the DSL with every page."""
    from dsl_desktop import demo
    from dsl_desktop.services.setup import seed_catalogues

    vault = Vault(data_dir, keyring_backend=no_keyring)
    opened, _code = vault.create(
        school_name="Ysgol Glan Morfa", sign_in_name="emorgan", display_name="Ms Eleri Morgan",
        passphrase="meadow lantern copper 5", kdf=fast_kdf, school={"urn": "409876"},
        seed=seed_catalogues,
    )  # fmt: skip
    demo.generate(opened, concerns=30, staff=10, seed=1)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    controller = AppController(vault, settings=settings, kdf=fast_kdf, quit_app=lambda: None)
    controller.enter(opened)
    yield controller, opened
    controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def england_role_names() -> Iterator[None]:
    """Each test starts and ends naming the role as England does (a school in Wales sets it)."""
    from ui import terminology

    terminology.set_nation("england")
    yield
    terminology.set_nation("england")
