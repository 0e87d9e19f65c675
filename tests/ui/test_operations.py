"""Long work as operations: progress after a delay, Cancel, the busy guard, a responsive window.

Real vault files and real widgets; the backups are real backups of a vault made big enough (with
attachments) that they take a couple of seconds.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from db.vault import OpenVault, Vault
from dsl_desktop.services import records
from tests.records_data import DSL_PASSPHRASE, _attachment, add_case, make_vault
from tests.ui.test_records_ui import click, open_page
from ui import operations
from ui.records import common

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def school(data_dir: Path) -> tuple[Vault, OpenVault]:
    vault, opened, _code = make_vault(data_dir)
    add_case(opened, "Opword", forenames="Zoë", surname="O'Neill")
    return vault, opened


def _fatten(opened: OpenVault, megabytes: int = 48) -> None:
    """Scanned documents kept in the vault, so that a backup takes a while."""
    assert opened.user is not None
    with opened.unit() as s:
        for i in range(megabytes):
            content = os.urandom(1024 * 1024)
            s.add(_attachment("concern", 1, f"scan-{i}.pdf", content, opened.user.user_id))


def _shoot(main: QWidget, dialog: QWidget, path: Path) -> None:
    """The main window with the progress window over it, as the user sees them."""
    picture = main.grab()
    painter = QPainter(picture)
    over = dialog.grab()
    x, y = (picture.width() - over.width()) // 2, (picture.height() - over.height()) // 3
    painter.drawPixmap(x, y, over)
    painter.setPen(QColor("#6b7280"))  # offscreen windows have no frame: draw its edge
    painter.drawRect(x - 1, y - 1, over.width() + 1, over.height() + 1)
    painter.end()
    picture.save(str(path))


def _settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not operations.is_busy(), timeout=60_000)


class _Gate:
    """Work that holds the runner until the test lets it go (stands for any long operation)."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, token: Any) -> str:
        self.started.set()
        while not self.release.wait(0.01):
            token.check()
        return "done"


def test_a_backup_from_the_page_shows_progress_and_can_be_cancelled(
    qtbot: Any,
    make_controller: Any,
    school: tuple[Vault, OpenVault],
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    vault, opened = school
    _fatten(opened)
    _controller, page = open_page(make_controller, school)
    page.window().resize(1024, 700)
    qtbot.wait(20)  # the sign-in check for an automatic backup starts...
    _settle(qtbot)  # ...and ends
    out = tmp_path / "usb"
    out.mkdir()
    target = out / "friday.dslbackup"
    monkeypatch.setattr(common, "ask_save_path", lambda *_a: target)
    tab = page.backups

    started = time.perf_counter()
    click(qtbot, tab.backup_button)
    op = operations._runner().current
    assert op is not None and op.window is None  # no window for work that may be quick
    qtbot.waitUntil(lambda: op.window is not None and op.window.isVisible(), timeout=5_000)
    shown_after = time.perf_counter() - started
    assert shown_after >= operations.SHOW_AFTER_MS / 1000 * 0.9
    window = op.window
    assert window is not None
    assert "Backing up" in window.message.text()
    assert window.cancel_button.isVisible() and window.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: window.step.isVisible(), timeout=5_000)  # "Step 1 of 4"
    assert window.bar.maximum() == 8 and 0 < window.bar.value() < 8  # under way, not done
    if os.environ.get("DSL_SCREENSHOTS"):  # DSL_SCREENSHOTS=<folder>: docs/screenshots' copy too
        _shoot(page.window(), window, SCREENSHOTS / "operation-progress.png")
        page.window().resize(1366, 768)  # the larger laptop size, to look at (not kept)
        qtbot.wait(50)
        _shoot(page.window(), window, Path(os.environ["DSL_SCREENSHOTS"]) / "progress-1366.png")
        page.window().resize(1024, 700)

    cancelling = time.perf_counter()
    click(qtbot, window.cancel_button)
    assert op.token.cancelled and not window.cancel_button.isEnabled()
    _settle(qtbot)
    print(
        f"window after {shown_after * 1000:.0f} ms, "
        f"cancelled in {(time.perf_counter() - cancelling) * 1000:.0f} ms"
    )
    assert op.was_cancelled and op.window is None
    assert "cancelled" in page.banner.message()
    # Nothing half-made: not the backup, not its temporary file, not the scratch copy.
    assert list(out.iterdir()) == []
    assert not [p for p in vault.data_dir.iterdir() if p.name.startswith(".backup-")]

    # The next backup runs to the end and is complete.
    click(qtbot, tab.backup_button)
    _settle(qtbot)
    assert records.verify_backup(target, DSL_PASSPHRASE).counts["attachment"] >= 48
    assert page.banner.message().startswith("The backup is made and checked")


def test_the_auto_lock_waits_while_an_operation_runs(
    qtbot: Any, make_controller: Any, school: tuple[Vault, OpenVault]
) -> None:
    controller, page = open_page(make_controller, school)
    qtbot.wait(20)
    _settle(qtbot)
    gate = _Gate()
    op = operations.Operation(page, gate, message="Working").run_in_background()
    assert gate.started.wait(5)
    controller.set_idle_timeout_ms(50)
    qtbot.wait(500)  # ten idle periods
    assert controller.open_vault is not None  # not locked under running work
    gate.release.set()
    qtbot.waitUntil(lambda: op.done)
    qtbot.waitUntil(lambda: controller.open_vault is None, timeout=5_000)  # then it locks


def test_the_hourly_backup_waits_while_an_operation_runs(
    qtbot: Any, make_controller: Any, school: tuple[Vault, OpenVault], tmp_path: Path
) -> None:
    _vault, opened = school
    controller, page = open_page(make_controller, school)
    qtbot.wait(20)
    _settle(qtbot)
    folder = tmp_path / "nas"
    folder.mkdir()
    records.set_auto_backup(opened, records.AutoBackupSettings(str(folder), 5, "daily"))
    gate = _Gate()
    op = operations.Operation(page, gate, message="Working").run_in_background()
    assert gate.started.wait(5)
    page.auto_retry.setInterval(100)
    page.auto_timer.start(50)  # the hourly check, sooner
    qtbot.wait(400)
    assert list(folder.iterdir()) == []  # no backup started inside the running work
    assert page.auto_retry.isActive()  # it will try again
    gate.release.set()
    qtbot.waitUntil(lambda: op.done and op.value == "done")
    qtbot.waitUntil(lambda: len(list(folder.glob("dsl-desktop-auto-*.dslbackup"))) == 1)
    _settle(qtbot)
    page.auto_timer.stop()
    assert controller.open_vault is not None


def test_the_sign_in_backup_leaves_the_window_responsive(
    qtbot: Any, make_controller: Any, school: tuple[Vault, OpenVault], tmp_path: Path
) -> None:
    _vault, opened = school
    _fatten(opened)
    folder = tmp_path / "nas"
    folder.mkdir()
    records.set_auto_backup(opened, records.AutoBackupSettings(str(folder), 5, "daily"))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(
        lambda: ticks.append(time.perf_counter()) if operations.is_busy() else None
    )
    timer.start()
    started = time.perf_counter()
    _controller, page = open_page(make_controller, school)
    qtbot.waitUntil(operations.is_busy, timeout=5_000)  # the sign-in backup has started
    op = operations._runner().current
    assert op is not None and op.quiet
    assert page.backups.busy.isVisible()  # the page says an automatic backup is being made
    if os.environ.get("DSL_SCREENSHOTS"):  # to look at: the page while the backup runs
        for width, height in ((1024, 700), (1366, 768)):
            page.window().resize(width, height)
            qtbot.wait(50)
            shot = Path(os.environ["DSL_SCREENSHOTS"]) / f"sign-in-backup-{width}.png"
            page.window().grab().save(str(shot))
    # Keys typed while it runs go through the event loop and reach the window.
    field = page.backups.folder
    field.clear()
    for key, text in ((Qt.Key.Key_A, "a"), (Qt.Key.Key_B, "b"), (Qt.Key.Key_C, "c")):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(
                field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )
    qtbot.waitUntil(lambda: field.text() == "abc", timeout=5_000)
    typed_while_busy = operations.is_busy()
    _settle(qtbot)
    took = time.perf_counter() - started
    timer.stop()
    assert typed_while_busy  # the keys were handled during the backup
    assert len(ticks) >= 10  # the UI thread went on running timers throughout
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.5, max(gaps)  # never frozen for long
    assert op.window is None  # no progress window for work the user did not ask for
    assert len(list(folder.glob("dsl-desktop-auto-*.dslbackup"))) == 1
    assert page.backups.last_auto.text().startswith("Last automatic backup")
    assert not page.backups.busy.isVisible()
    print(f"sign-in backup {took:.2f}s, {len(ticks)} ticks, longest gap {max(gaps) * 1000:.0f} ms")


def test_locking_during_the_sign_in_backup_waits_for_it_with_a_progress_window(
    qtbot: Any, make_controller: Any, school: tuple[Vault, OpenVault], tmp_path: Path
) -> None:
    _vault, opened = school
    _fatten(opened, 24)
    folder = tmp_path / "nas"
    folder.mkdir()
    records.set_auto_backup(opened, records.AutoBackupSettings(str(folder), 5, "daily"))
    controller, _page = open_page(make_controller, school)
    qtbot.waitUntil(operations.is_busy, timeout=5_000)
    op = operations._runner().current
    assert op is not None and op.quiet
    shown: list[float] = []
    started = time.perf_counter()
    poll = QTimer()
    poll.timeout.connect(
        lambda: (
            shown.append(time.perf_counter() - started)
            if op.window is not None and op.window.isVisible()
            else None
        )
    )
    poll.start(20)
    controller.lock()  # the vault stays open until the backup is made
    assert op.done and op.error is None and op.value is not None
    poll.stop()
    print(f"lock waited {time.perf_counter() - started:.2f}s, window from {shown[:1]}")
    assert shown and shown[0] >= operations.SHOW_AFTER_MS / 1000 * 0.9  # they saw what it was
    [made] = folder.glob("dsl-desktop-auto-*.dslbackup")
    assert records.verify_backup(made, DSL_PASSPHRASE).counts["attachment"] >= 24
    assert controller.open_vault is None and controller.unlock_window is not None


def test_one_default_handler_vault_errors_get_advice_and_bugs_a_report(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from db.errors import DiskFull
    from ui import app as app_module
    from ui import errors

    shown: list[str] = []
    reports: list[str] = []
    monkeypatch.setattr(
        operations, "show_vault_error", lambda _p, e, _t="": shown.append(e.message)
    )
    monkeypatch.setattr(errors, "show_unexpected_error", lambda _p, r, _l: reports.append(r))
    hook = app_module.ExceptionHook(tmp_path / "logs")
    hook.install()
    try:

        def full(_token: Any) -> None:
            raise DiskFull("The disk is full.")

        def bug(_token: Any) -> None:
            {"Gwŷn": 1}["Siân O'Neill"]  # a programming error inside the work

        operations.Operation(None, full, message="Working").run_in_background()
        operations.Operation(None, bug, message="Working").run_in_background()
        _settle(qtbot)
    finally:
        hook.uninstall()
        hook.close()
    assert shown == ["The disk is full."]
    assert len(reports) == 1 and "KeyError" in reports[0] and "in bug" in reports[0]
    assert "Siân" not in reports[0]  # a report never quotes what the work was given


def test_work_cancelled_while_it_waits_never_starts_and_timers_wait(qtbot: Any) -> None:
    gate = _Gate()
    first = operations.Operation(None, gate, message="Working").run_in_background()
    ran: list[str] = []
    second = operations.Operation(
        None, lambda _t: ran.append("ran"), message="Waiting", cancellable=True
    ).run_in_background()
    assert gate.started.wait(5)
    second.cancel()
    # A draft timer's slot, guarded: while work runs it starts the timer again instead.
    saved: list[int] = []
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(30)
    timer.timeout.connect(operations.unless_busy(timer, lambda: saved.append(1)))
    timer.start()
    qtbot.wait(200)
    assert saved == [] and timer.isActive()
    gate.release.set()
    _settle(qtbot)
    assert first.value == "done" and second.was_cancelled and ran == []
    qtbot.waitUntil(lambda: saved == [1])  # the draft is saved once the work is over
