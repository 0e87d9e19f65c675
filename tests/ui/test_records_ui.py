"""The Backups & records page driven as a DSL would: back up now, automatic backups, restore,
the retention list with deletion, and transfers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.keyslots import KdfParams
from db.models import Person
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts, records
from dsl_desktop.services.setup import seed_catalogues
from tests.records_data import add_case, plaintext_copy
from ui import operations
from ui.controller import AppController
from ui.page_list import default_pages
from ui.records import common, records_page_spec
from ui.records.dialogs import DeleteRecordDialog, ReceiptDialog, RestoreDialog, TransferOutDialog
from ui.records.page import RecordsPage

NAME = "ahughes"
PASSPHRASE = "kettle orchard violet 7"


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot: Any) -> None:
    """Wait until every operation (backups run on a worker thread) is over."""
    qtbot.waitUntil(lambda: not operations.is_busy(), timeout=30_000)


@pytest.fixture
def school(data_dir: Path, fast_kdf: KdfParams) -> tuple[Vault, OpenVault]:
    vault = Vault(data_dir)
    opened, _code = vault.create(
        school_name="Ysgol y Llan", sign_in_name=NAME, display_name="Mrs Angharad Hughes",
        passphrase=PASSPHRASE, kdf=fast_kdf, school={"urn": "401234"}, seed=seed_catalogues,
    )  # fmt: skip
    add_case(opened, "Currentword", forenames="Gwŷn", surname="Roberts")
    return vault, opened


def open_page(
    make_controller: Any, school: tuple[Vault, OpenVault]
) -> tuple[AppController, RecordsPage]:
    vault, opened = school
    controller = make_controller(vault)
    controller.register_page(records_page_spec())
    window = controller.enter(opened)
    assert window.show_page("records")
    page = window.page("records")
    assert isinstance(page, RecordsPage)
    return controller, page


def test_back_up_now(
    qtbot: Any, make_controller: Any, school, tmp_path: Path, monkeypatch: Any
) -> None:
    _controller, page = open_page(make_controller, school)
    target = tmp_path / "usb" / "friday"
    target.parent.mkdir()
    asked: list[Path] = []

    def save_as(_parent: Any, _title: str, suggested: Path, _filter: str) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(common, "ask_save_path", save_as)
    tab = page.backups
    click(qtbot, tab.backup_button)
    settle(qtbot)
    made = target.with_suffix(".dslbackup")
    assert made.exists() and asked[0].suffix == ".dslbackup"
    assert "Backed up to" in tab.result.text() and "1 concerns" in tab.result.text()
    assert page.banner.message().startswith("The backup is made and checked")
    assert not tab.busy.isVisible()
    assert records.verify_backup(made, PASSPHRASE).counts["concern"] == 1

    # With a passphrase of its own; two different entries are refused before anything is written.
    tab.own_passphrase.setChecked(True)
    assert tab.own_widget.isVisible()
    tab.backup_passphrase.setText("spare key in the safe 81")
    tab.backup_repeat.setText("spare key in the safe 18")
    target = tmp_path / "usb" / "own.dslbackup"
    click(qtbot, tab.backup_button)
    assert not target.exists() and "differ" in page.banner.message()
    tab.backup_repeat.setText("spare key in the safe 81")
    click(qtbot, tab.backup_button)
    settle(qtbot)
    assert (
        records.verify_backup(target, "spare key in the safe 81").opened_with == "backup passphrase"
    )
    assert tab.backup_passphrase.text() == ""

    # A folder that has gone: a clear message, nothing written.
    target = tmp_path / "gone" / "b.dslbackup"
    tab.own_passphrase.setChecked(False)
    click(qtbot, tab.backup_button)
    settle(qtbot)
    assert "does not exist or is not available" in page.banner.message()


def test_automatic_backup_on_sign_out(
    qtbot: Any, make_controller: Any, school, tmp_path: Path, monkeypatch: Any
) -> None:
    controller, page = open_page(make_controller, school)
    folder = tmp_path / "stick"
    folder.mkdir()
    tab = page.backups
    monkeypatch.setattr(common, "ask_folder", lambda *_a: folder)
    click(qtbot, tab.choose_button)
    assert tab.folder.text() == str(folder)
    tab.when.setCurrentIndex(tab.when.findData("sign_out"))
    tab.keep.setValue(2)
    click(qtbot, tab.save_auto)
    assert page.banner.message().startswith("Automatic backup settings saved")
    assert "No automatic backup" in tab.last_auto.text()

    controller.sign_out()
    made = list(folder.glob("dsl-desktop-auto-*.dslbackup"))
    assert len(made) == 1
    assert records.verify_backup(made[0], PASSPHRASE).counts["concern"] == 1


def test_a_missing_backup_folder_is_reported_at_sign_out(
    qtbot: Any, make_controller: Any, school, tmp_path: Path, monkeypatch: Any
) -> None:
    vault, opened = school
    folder = tmp_path / "stick"
    folder.mkdir()
    records.set_auto_backup(opened, records.AutoBackupSettings(str(folder), 3, "sign_out"))
    controller, _page = open_page(make_controller, school)
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.records.page.show_vault_error", lambda _p, exc, _t="": shown.append(exc.message)
    )
    folder.rmdir()
    controller.sign_out()
    assert shown and "not available" in shown[0]
    assert controller.unlock_window is not None  # signing out still happened


def test_restore_replaces_the_vault_and_can_be_kept(
    qtbot: Any, make_controller: Any, school, tmp_path: Path, monkeypatch: Any
) -> None:
    vault, opened = school
    backup = records.backup(opened, tmp_path / "monday.dslbackup").path
    add_case(opened, "Laterword", forenames="Elin", surname="Hughes")
    controller, page = open_page(make_controller, school)
    questions: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        common, "confirm", lambda _p, _t, text, _i, _y: questions.append(text) or True
    )
    monkeypatch.setattr(common, "inform", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(common, "ask_open_path", lambda *_a: backup)

    click(qtbot, page.backups.restore_button)
    dialog = page.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog.browse)
    assert dialog.path.text() == str(backup)
    assert not dialog.restore_button.isEnabled()
    dialog.secret.setText("not the passphrase at all")
    click(qtbot, dialog.check_button)
    settle(qtbot)
    assert "does not open this backup" in dialog.banner.message()
    assert not dialog.restore_button.isEnabled()
    dialog.secret.setText(PASSPHRASE)
    click(qtbot, dialog.check_button)
    settle(qtbot)
    assert dialog.report_box.isVisible() and "1 concerns" in dialog.counts.text()
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(controller.locked):
        click(qtbot, dialog.restore_button)
    assert questions and "Replace everything" in questions[0]
    assert told and told[0].startswith("The backup was restored")
    assert records.pending_restore(vault.data_dir) is not None
    assert controller.open_vault is None and controller.unlock_window is not None

    # Sign in again: the later record is gone, and the page offers to keep or undo.
    unlock = controller.unlock_window
    unlock.account_combo.setCurrentText(NAME)
    unlock.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.signed_in):
        click(qtbot, unlock.unlock_button)
    window = controller.main_window
    assert window is not None and window.show_page("records")
    page = window.page("records")
    assert isinstance(page, RecordsPage)
    assert page.backups.pending_box.isVisible()
    ov = controller.open_vault
    assert b"Laterword" not in plaintext_copy(ov.vault.db_path, ov._dek, tmp_path / "plain.db")
    click(qtbot, page.backups.keep_button)
    assert records.pending_restore(vault.data_dir) is None
    assert not page.backups.pending_box.isVisible()
    assert not [p for p in vault.data_dir.iterdir() if ".replaced-" in p.name]


def test_a_damaged_backup_is_refused_in_the_dialog(
    qtbot: Any, make_controller: Any, school, tmp_path: Path
) -> None:
    vault, opened = school
    good = records.backup(opened, tmp_path / "b.dslbackup").path
    data = bytearray(good.read_bytes())
    data[len(data) // 3] ^= 0x08
    bad = tmp_path / "bad.dslbackup"
    bad.write_bytes(bytes(data))
    controller, page = open_page(make_controller, school)
    dialog = RestoreDialog(page.ctx, page)
    dialog.path.setText(str(bad))
    dialog.secret.setText(PASSPHRASE)
    click(qtbot, dialog.check_button)
    settle(qtbot)
    assert "damaged" in dialog.banner.message()
    assert not dialog.restore_button.isEnabled() and not dialog.report_box.isVisible()
    assert controller.open_vault is not None and not controller.open_vault.closed
    dialog.reject()


def test_the_retention_list_and_deleting_a_record(
    qtbot: Any, make_controller: Any, school, tmp_path: Path
) -> None:
    vault, opened = school
    old, _ = add_case(
        opened, "Oldword", forenames="Alys", surname="Morgan", date_of_birth=dt.date(1995, 2, 28)
    )
    _controller, page = open_page(make_controller, school)
    tab = page.retention
    page.tabs.setCurrentWidget(tab)
    assert tab.rules.rowCount() == 3
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "Alys Morgan"
    assert tab.table.item(0, 2).text() == "28/02/2020"
    assert not tab.delete_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.delete_button.isEnabled()
    click(qtbot, tab.delete_button)
    dialog = tab.findChild(DeleteRecordDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.delete_button.isEnabled()
    dialog.reason.setCurrentIndex(0)
    qtbot.keyClicks(dialog.typed, "delete")
    assert not dialog.delete_button.isEnabled()  # the word must be typed exactly
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "DELETE")
    assert dialog.delete_button.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.delete_button)
    assert page.banner.message().startswith("The record was deleted permanently")
    assert tab.table.rowCount() == 0 and tab.empty.isVisibleTo(tab)
    with opened.reading() as s:
        assert s.get(Person, old) is None
        assert [p.surname for p in s.scalars(select(Person))] == ["Roberts"]

    # Changing a rule's years brings the list up to date.
    spin = tab.rules.cellWidget(1, 2)
    assert tab.rules.item(1, 0).data(Qt.ItemDataRole.UserRole) == "child_protection"
    spin.setValue(5)
    click(qtbot, tab.save_rules_button)
    assert {r.record_type: r.years for r in records.retention_rules(opened)}[
        "child_protection"
    ] == 5
    assert tab.table.rowCount() == 1  # Gwŷn (born 2012) is now due


def test_sending_a_file_and_confirming_receipt(
    qtbot: Any, make_controller: Any, school, tmp_path: Path
) -> None:
    _vault, _opened = school
    _controller, page = open_page(make_controller, school)
    tab = page.transfers
    page.tabs.setCurrentWidget(tab)
    assert tab.empty.isVisibleTo(tab)
    click(qtbot, tab.send_button)
    dialog = tab.findChild(TransferOutDialog)
    assert dialog is not None
    dialog.search.setText("Roberts")
    assert dialog.people.count() == 1 and dialog.people.currentRow() == 0
    dialog.to_school.setText("Ysgol Uwchradd Bangor")
    dialog.passphrase.setText("otter quilt saffron 2026")
    dialog.repeat.setText("otter quilt saffron 2026")
    dialog.folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.send_button)
    assert sorted(p.suffix for p in tmp_path.glob("transfer-*")) == [".dsltransfer", ".pdf"]
    assert "transfer files are ready" in page.banner.message()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 5).text().startswith("Waiting (due by")
    tab.table.selectRow(0)
    assert tab.receipt_button.isEnabled()
    click(qtbot, tab.receipt_button)
    receipt = tab.findChild(ReceiptDialog)
    assert receipt is not None
    with qtbot.waitSignal(receipt.accepted):
        click(qtbot, receipt.buttons.button(receipt.buttons.StandardButton.Ok))
    assert tab.table.item(0, 5).text() == f"Confirmed on {dt.date.today():%d/%m/%Y}"


def test_only_the_dsl_and_deputy_see_the_page(
    make_controller: Any, school, fast_kdf: KdfParams
) -> None:
    vault, opened = school
    accounts.add_account(
        opened, sign_in_name="gwen", display_name="Gwen", role=Role.REVIEWER,
        passphrase="governor reads only 12", kdf=fast_kdf,
    )  # fmt: skip
    opened.close()
    controller = make_controller(vault)
    controller.register_page(records_page_spec())
    window = controller.enter(Vault(vault.data_dir).unlock("gwen", "governor reads only 12"))
    assert "records" not in window.page_keys()
    assert "records" in [p.key for p in default_pages()]


def test_a_daily_backup_is_made_at_sign_in_when_due(
    qtbot: Any, make_controller: Any, school, tmp_path: Path
) -> None:
    _vault, opened = school
    folder = tmp_path / "nas"
    folder.mkdir()
    records.set_auto_backup(opened, records.AutoBackupSettings(str(folder), 5, "daily"))
    _controller, page = open_page(make_controller, school)
    qtbot.waitUntil(lambda: len(list(folder.glob("dsl-desktop-auto-*.dslbackup"))) == 1)
    qtbot.waitUntil(lambda: page.backups.last_auto.text().startswith("Last automatic backup"))
    # Signing out soon after makes no second copy: one a day is enough.
    _controller.sign_out()
    assert len(list(folder.glob("dsl-desktop-auto-*.dslbackup"))) == 1
