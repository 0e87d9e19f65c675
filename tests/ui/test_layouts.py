"""Every page, and a case at each step, fits a small school laptop's window: 1024×700 (also
what 1366×768 at 125 % leaves) and 1366×768. Nothing is cut and nothing scrolls sideways."""

from __future__ import annotations

from typing import Any

import pytest
from layout_probe import problems, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from dsl_desktop.services import log as log_service
from ui.main_window import MainWindow

SIZES = [(1024, 700), (1366, 768)]


def _walk_tabs(window: MainWindow, where: str) -> list[str]:
    found = [f"{where}: {p}" for p in problems(window)]
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found += [f"{where}, tab {tabs.tabText(index)}: {p}" for p in problems(window)]
        tabs.setCurrentIndex(0)
    return found


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_page_and_step_fits(demo_session: Any, width: int, height: int) -> None:
    controller, opened = demo_session
    window = controller.main_window
    assert window is not None
    window.resize(width, height)
    window.show()
    settle()
    assert window.width() == width, "the window cannot be made this narrow"
    assert window.minimumSizeHint().width() <= 1024
    found: list[str] = []
    for key in window.page_keys():
        window.show_page(key)
        settle()
        found += _walk_tabs(window, key)
    people = window.page("people")
    window.show_page("people")
    people.table.selectRow(0)  # type: ignore[union-attr]
    found += [f"people, a person chosen: {p}" for p in problems(window)]

    rows = log_service.load_log(opened).rows
    by_stage: dict[str, int] = {}
    for row in rows:
        by_stage.setdefault(row.stage, row.id)
    assert {"notice", "check", "decide", "share", "review", "closed"} <= set(by_stage)
    page = window.page("concerns")
    window.show_page("concerns")
    for stage, concern_id in sorted(by_stage.items()):
        case = page.open_case(concern_id)  # type: ignore[union-attr]
        assert case is not None
        for step in case.pages:
            case.show_page(step)
            found += [f"case at {stage}, step {step}: {p}" for p in problems(window)]
        page.show_list()  # type: ignore[union-attr]
    assert not found, "\n".join(found)


def test_the_wrong_passphrase_warning_covers_nothing(qtbot, vaults, make_controller) -> None:
    from uitest_data import DSL_NAME

    controller = make_controller(vaults.create())
    controller.start()
    unlock = controller.unlock_window
    assert unlock is not None
    qtbot.waitExposed(unlock)
    unlock.account_combo.setCurrentText(DSL_NAME)
    unlock.passphrase_edit.setText("not the right one at all")
    unlock.unlock()
    settle()
    banner = unlock.banner
    assert banner.isVisible() and "not right" in banner.message()
    assert problems(unlock) == []
    parent = banner.parentWidget()
    for widget in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if widget is banner or not widget.isVisible() or widget.isWindow():
            continue
        overlap = widget.geometry().intersected(banner.geometry())
        assert overlap.isEmpty(), f"the warning covers {widget.accessibleName() or widget}"
    assert banner.geometry().bottom() <= unlock.height()
