"""Sign-in names are never written to the Qt settings file (the docs say they are not stored)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from uitest_data import DSL_NAME, PASSPHRASE

from ui.unlock_window import SignInNames


def _settings_bytes(settings: QSettings) -> bytes:
    settings.sync()
    path = Path(settings.fileName())
    return path.read_bytes() if path.exists() else b""


def test_signing_in_and_locking_leaves_no_name_in_the_settings_file(
    qtbot, vaults, make_controller, ui_settings: QSettings
) -> None:
    controller = make_controller(vaults.create())
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.account_combo.setCurrentText(DSL_NAME)
    qtbot.keyClicks(window.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(controller.signed_in):
        qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
    controller.lock()
    # Still offered again after a lock (kept in memory while the app runs) ...
    assert controller.unlock_window is not None
    assert controller.unlock_window.account_combo.currentText() == DSL_NAME
    controller.shutdown()
    # ... but nowhere in the settings file, in any spelling.
    stored = _settings_bytes(ui_settings)
    for spelling in (DSL_NAME, DSL_NAME.casefold(), DSL_NAME.upper()):
        assert spelling.encode("utf-8") not in stored
    assert b"sign_in_names" not in stored


def test_a_list_written_by_an_earlier_version_is_removed_on_first_run(
    tmp_path: Path, vaults, make_controller, ui_settings: QSettings
) -> None:
    ui_settings.setValue("vaults/0123456789abcdef/sign_in_names", ["Gwŷn O'Neill", "Siân"])
    ui_settings.setValue("vaults/fedcba9876543210/sign_in_names", "Zoë")
    ui_settings.setValue("main_window/geometry", b"kept")
    ui_settings.sync()
    assert "Gwŷn".encode() in _settings_bytes(ui_settings)

    controller = make_controller(vaults.create())
    controller.start()

    stored = _settings_bytes(ui_settings)
    for name in ("Gwŷn", "Siân", "Zoë", "O'Neill"):
        assert name.encode("utf-8") not in stored
    assert ui_settings.value("main_window/geometry") is not None  # other settings untouched
    assert controller.names.names() == []
    assert SignInNames.forget_stored_names(ui_settings) == 0
    controller.shutdown()
