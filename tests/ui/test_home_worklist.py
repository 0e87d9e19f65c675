"""The worklist on Home: its numbers are the log's, each line opens what it names, a case with
an overdue review says so, and a new vault has a proper empty state."""

from __future__ import annotations

import datetime as dt
from typing import Any

from layout_probe import settle
from PySide6.QtWidgets import QLabel

from dsl_desktop.services import worklist as wl
from ui.concern.case import CaseWidget
from ui.home_worklist import Worklist


def _home(demo_session: Any) -> tuple[Any, Worklist, wl.Worklist]:
    controller, opened = demo_session
    window = controller.main_window
    window.resize(1024, 700)
    window.show()
    window.show_page("home")
    settle()
    worklist = window.page("home").worklist
    assert worklist.work is not None  # shown, so filled once the window was drawn
    return window, worklist, worklist.work


def test_the_counts_are_the_logs(demo_session: Any) -> None:
    window, worklist, work = _home(demo_session)
    entries = dict((href, text) for text, href in worklist.entries())
    assert work.open_concerns and work.overdue_reviews
    log = worklist.follow("log:open")
    settle()
    assert window.current_page_key() == "log"
    assert log.model.rowCount() == work.open_concerns
    assert entries["log:open"] == f"{work.open_concerns} open concerns"
    for code, n in work.open_by_stage.items():
        if not n:
            assert f"log:stage:{code}" not in entries
            continue
        worklist.follow(f"log:stage:{code}")
        settle()
        assert log.model.rowCount() == n, code
        assert {log.model.row_at(r).stage for r in range(n)} == {code}
    worklist.follow("log:overdue")
    settle()
    assert log.model.rowCount() == len(work.overdue_reviews)
    shown = {log.model.row_at(r).id for r in range(log.model.rowCount())}
    assert shown == {c.concern_id for c in work.overdue_reviews}
    n = len(work.overdue_reviews)
    assert entries["log:overdue"] == f"{n} review{'s' if n != 1 else ''} overdue"


def test_each_entry_opens_its_case(demo_session: Any) -> None:
    window, worklist, work = _home(demo_session)
    case_links = [(text, href) for text, href in worklist.entries() if href.startswith("case:")]
    assert len(case_links) >= len(work.overdue_reviews[:5]) + len(work.referrals_waiting[:5])
    for text, href in case_links:
        _kind, concern, step = href.split(":")
        window.show_page("home")
        case = worklist.follow(href)
        settle()
        assert isinstance(case, CaseWidget), text
        assert case.concern_id == int(concern) and case.current_key == step
        assert window.current_page_key() == "concerns"
        if text.startswith(case.view.reference):
            assert case.view.reference in text
    # clicking the text does the same as following the link
    window.show_page("home")
    settle()
    first = work.overdue_reviews[0]
    label = next(
        lb
        for lb in worklist.findChildren(QLabel)
        if f"case:{first.concern_id}:followup" in lb.text()
    )
    label.linkActivated.emit(f"case:{first.concern_id}:followup")
    settle()
    page = window.page("concerns")
    assert page.case is not None and page.case.concern_id == first.concern_id


def test_a_case_says_plainly_that_its_review_is_overdue(demo_session: Any) -> None:
    window, worklist, work = _home(demo_session)
    overdue = work.overdue_reviews[0]
    case = worklist.follow(f"case:{overdue.concern_id}:followup")
    settle()
    assert case.overdue_note.isVisible()
    assert "overdue" in case.overdue_note.text()
    assert overdue.on is not None and overdue.on.strftime("%d/%m/%Y") in case.overdue_note.text()
    from dsl_desktop.services import log as log_service

    rows = log_service.load_log(demo_session[1]).rows
    not_due = next(r for r in rows if r.next_review is None and r.status == "open")
    case = window.page("concerns").open_case(not_due.id)
    settle()
    assert not case.overdue_note.isVisible()


def test_training_line_opens_the_matrix_filtered(demo_session: Any) -> None:
    window, worklist, work = _home(demo_session)
    assert work.training_overdue
    page = worklist.follow("training:out_of_date")
    settle()
    assert window.current_page_key() == "training"
    assert page.tabs.currentWidget() is page.matrix
    assert page.matrix.proxy.rowCount() == work.training_overdue


def test_an_unsubmitted_new_concern_is_on_the_list_and_opens(demo_session: Any) -> None:
    from dsl_desktop.services import drafts

    controller, opened = demo_session
    drafts.save_draft(opened, wl.NEW_CONCERN_DRAFT, {"account": "Said something at lunch"})
    window, worklist, work = _home(demo_session)
    worklist.refresh()
    hrefs = [href for _text, href in worklist.entries()]
    assert "new" in hrefs
    form = worklist.follow("new")
    settle()
    assert form is not None and window.current_page_key() == "concerns"


def test_a_new_vault_has_an_empty_state(qtbot: Any, vaults: Any, make_controller: Any) -> None:
    from uitest_data import DSL_NAME, PASSPHRASE

    controller = make_controller(vaults.create())
    controller.start()
    unlock = controller.unlock_window
    unlock.account_combo.setCurrentText(DSL_NAME)
    unlock.passphrase_edit.setText(PASSPHRASE)
    unlock.unlock()
    home = controller.main_window.page("home")
    qtbot.waitUntil(lambda: home.worklist.work is not None)
    assert home.worklist.entries() == []

    def empty_state_shown() -> bool:
        texts = [lb.text() for lb in home.worklist.findChildren(QLabel) if lb.isVisible()]
        return any(t.startswith("Nothing needs your attention today") for t in texts)

    qtbot.waitUntil(empty_state_shown)
    assert dt.date.today()  # the worklist is as of today


def test_training_with_no_staff_says_so(qtbot: Any, vaults: Any, make_controller: Any) -> None:
    from uitest_data import DSL_NAME, PASSPHRASE

    from ui.training import training_page_spec

    controller = make_controller(vaults.create())
    controller.register_page(training_page_spec())
    controller.start()
    unlock = controller.unlock_window
    unlock.account_combo.setCurrentText(DSL_NAME)
    unlock.passphrase_edit.setText(PASSPHRASE)
    unlock.unlock()
    window = controller.main_window
    window.show_page("training")
    page = window.page("training")
    assert page.summary.text().startswith("No staff are on the register yet.")
    assert "in date" not in page.summary.text()
