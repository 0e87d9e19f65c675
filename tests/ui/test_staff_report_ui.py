"""The staff report form (no vault) and the DSL's import from Home, driven with qtbot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QMessageBox
from sqlalchemy import select
from uitest_data import DSL_NAME, PASSPHRASE, SCHOOL

from db.models import Concern, IntakeKey
from dsl_desktop.intake import service
from dsl_desktop.intake.envelope import open_sealed, seal
from dsl_desktop.intake.keyfile import IntakeKey as PublicKeyFile
from dsl_desktop.intake.locate import FoundKey
from dsl_desktop.intake.report import StaffReport
from ui.report.form import StaffReportWindow
from ui.report.home_notice import StaffReportsNotice
from ui.settings_dialog import SettingsDialog

ACCOUNT = "Dywedodd Zoë: “they had it coming” and showed a video of a flag."


@pytest.fixture
def school(vaults, tmp_path: Path):
    """A locked vault with an intake key and a drop folder; returns (vault, key, drop)."""
    vault = vaults.create()
    drop = tmp_path / "drop"
    drop.mkdir()
    ov = vault.unlock(DSL_NAME, PASSPHRASE)
    try:
        service.create_key(ov)
        service.set_drop_folder(ov, str(drop))
        key = service.public_key(ov)
    finally:
        ov.close()
    return vault, key, drop


def _keys(vault) -> dict[str, bytes]:
    ov = vault.unlock(DSL_NAME, PASSPHRASE)
    try:
        with ov.reading() as s:
            return {k.key_id: bytes(k.private_key) for k in s.scalars(select(IntakeKey))}
    finally:
        ov.close()


def _form(qtbot, key: PublicKeyFile | None, problem: str = "") -> StaffReportWindow:
    window = StaffReportWindow(FoundKey(key, None, problem))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_form_asks_about_immediate_danger_first(qtbot, school) -> None:
    _, key, _ = school
    window = _form(qtbot, key)
    boxes = [b for b in window.findChildren(QGroupBox) if b.isVisible()]
    assert boxes[0] is window.danger_box
    assert boxes[0].title() == "First: is anyone in immediate danger?"
    assert window.danger_box.isEnabled()
    assert not window.details_box.isEnabled()
    assert not window.send_button.isEnabled() and not window.save_button.isEnabled()
    qtbot.mouseClick(window.danger_yes, Qt.MouseButton.LeftButton)
    assert window.call_999.isVisible()
    assert window.call_999.text().startswith("Call 999 now.")
    assert window.details_box.isEnabled() and window.send_button.isEnabled()
    qtbot.mouseClick(window.danger_no, Qt.MouseButton.LeftButton)
    assert not window.call_999.isVisible()
    assert SCHOOL in window.intro.text()


def test_sending_seals_one_file_and_shows_the_receipt(qtbot, school) -> None:
    vault, key, drop = school
    window = _form(qtbot, key)
    qtbot.mouseClick(window.danger_no, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert "your name" in window.problem.text()  # required fields, nothing written
    assert list(drop.iterdir()) == []
    window.reporter.setText("Gwŷn O'Neill")
    window.reporter_role.setText("Cogydd")
    window.person.setText("Siân Williams")
    window.where.setText("Y ffreutur")
    window.account.setPlainText(ACCOUNT)
    window.present.setPlainText("Mr Patel")
    window.action_taken.setPlainText("Told the head of year.")
    receipts: list[str] = []
    window.sealed.connect(receipts.append)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    [sealed_file] = list(drop.iterdir())
    assert window.stack.currentIndex() == 1
    code = window.receipt_label.text()
    assert receipts == [code] and code in sealed_file.name
    assert str(sealed_file) in window.receipt_where.text()
    data = sealed_file.read_bytes()
    for text in ("Gwŷn", "Siân", "ffreutur", "flag", "Patel"):
        assert text.encode() not in data
    assert window.reporter.text() == "" and window.account.toPlainText() == ""  # emptied
    opened = open_sealed(data, _keys(vault))
    assert opened.receipt == code
    assert opened.report.account == ACCOUNT and opened.report.immediate_danger is False
    assert opened.report.reporter == "Gwŷn O'Neill"
    qtbot.mouseClick(window.another_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 0 and not window.details_box.isEnabled()


def test_without_a_key_the_form_says_whom_to_ask(qtbot, tmp_path: Path) -> None:
    window = _form(qtbot, None)
    assert "not set up" in window.key_notice.text()
    assert "Ask your DSL, or the school's IT support" in window.key_notice.text()
    assert not window.danger_box.isEnabled() and not window.send_button.isEnabled()
    bad = tmp_path / "school.dslintake"
    bad.write_text("not a key", "utf-8")
    window.use_key_file(bad)
    assert "damaged" in window.key_notice.text()


def test_closing_with_unsent_text_asks_first(qtbot, school, monkeypatch) -> None:
    _, key, _ = school
    window = _form(qtbot, key)
    qtbot.mouseClick(window.danger_no, Qt.MouseButton.LeftButton)
    window.account.setPlainText("Something I saw")
    asked: list[str] = []

    def cancel(*args):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.close()
    assert asked == ["Close without sending?"] and window.isVisible()


def _sign_in(qtbot, vault, make_controller):
    controller = make_controller(vault)
    controller.start()
    window = controller.unlock_window
    window.account_combo.setCurrentText(DSL_NAME)
    window.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.main_window is not None
    return controller.main_window


def test_home_counts_new_reports_and_imports_them(qtbot, school, make_controller) -> None:
    vault, key, drop = school
    reports = [
        StaffReport(reporter="Gwŷn O'Neill", reporter_role="Cogydd", person="Siân Williams",
                    account=ACCOUNT, immediate_danger=False,
                    noticed_at=dt.datetime(2026, 11, 30, 12, 40)),
        StaffReport(reporter="Zoë Evans", person="Dylan Hughes", account="Said he wants to hurt them.",
                    immediate_danger=True, action_taken="Called 999 at 13:05."),
    ]  # fmt: skip
    sealed = [seal(key, r) for r in reports]
    for item in sealed:
        (drop / item.file_name).write_bytes(item.data)
    main = _sign_in(qtbot, vault, make_controller)
    home = main.page("home")
    notice = home.findChild(StaffReportsNotice)
    assert notice is home.reports_notice and notice.isVisible()
    assert notice.count_label.text() == "2 new staff reports are waiting to be imported."
    third = seal(key, StaffReport(reporter="A N Other", person="Sam", account="Seen online."))
    (drop / third.file_name).write_bytes(third.data)  # arrives while unlocked: the watcher sees it
    qtbot.waitUntil(lambda: notice.count_label.text().startswith("3 new"), timeout=5000)
    qtbot.mouseClick(notice.import_button, Qt.MouseButton.LeftButton)
    assert notice.summary is not None and notice.summary.line() == (
        "imported 3, already imported 0, refused 0"
    )
    text = notice.result_label.text()
    for item in sealed:
        assert item.receipt in text
    assert not notice.import_button.isVisible()
    assert list(drop.iterdir()) == []
    with main.context.vault.reading() as s:
        concerns = {
            c.noticed_by: (c.stage, c.account, c.immediate_danger, c.emergency_action, c.reference)
            for c in s.scalars(select(Concern))
        }
    stage, account, _, _, reference = concerns["Gwŷn O'Neill (Cogydd)"]
    assert stage == "notice" and account == ACCOUNT
    assert concerns["Zoë Evans"][2:4] == (True, "Called 999 at 13:05.")
    assert f">{reference}</a>" in text and "Report from Gwŷn O'Neill" in text


def test_settings_tab_saves_the_key_file_folder_and_paper_form(
    qtbot, vaults, make_controller, tmp_path: Path
) -> None:
    main = _sign_in(qtbot, vaults.create(), make_controller)
    dialog = SettingsDialog(main.context, main)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[-1] == "Staff reporting"
    tab = dialog.tabs.widget(dialog.tabs.count() - 1)
    assert "no intake key yet" in tab.key_status.text()
    drop = tmp_path / "shared"
    drop.mkdir()
    tab.folder_edit.setText(str(drop))
    assert tab.save_folder()
    path = tab.export_key(tmp_path / "school.dslintake")
    assert path is not None
    key = PublicKeyFile.from_bytes(path.read_bytes())
    assert key.school == SCHOOL and key.drop_folder == str(drop)
    assert key.key_id in tab.key_status.text()
    assert tab.replace_key(confirmed=True)
    assert "Earlier keys kept for older reports: 1." in tab.key_status.text()
    pdf = tab.save_paper_form(tmp_path / "form.pdf")
    assert pdf is not None
    from pypdf import PdfReader

    words = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Record of concern" in words and "immediate danger" in words
