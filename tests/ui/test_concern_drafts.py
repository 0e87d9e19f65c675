"""Drafts in the concern flow: saved half a second after typing stops and at once before a lock,
put back exactly (non-ASCII included) after an unlock or a restart, and gone once submitted."""

from __future__ import annotations

import datetime as dt
import time

from test_concern_flow import a_person, click, concern_at, start
from uitest_data import DSL_NAME, PASSPHRASE

from db.vault import Vault
from dsl_desktop.domain import Stage
from dsl_desktop.services import concerns as cs
from dsl_desktop.services import drafts
from ui.concern.notice import NEW_DRAFT_KEY, NoticeForm
from ui.shared.draft_saving import DRAFT_DELAY_MS

ACCOUNT = (
    "Gwŷn said: “Siân’s family should be sent back — all of them.”\n"
    "Zoë and Kateřina heard it; Gwŷn laughed afterwards. 😕"
)


def fill(form: NoticeForm, person_id: int) -> dict[str, object]:
    """Fill every kind of field (with setText: the text is not ASCII) and return the state."""
    form.danger.set_value("yes")
    form.emergency_action.setPlainText("Mrs Siân Lloyd called 999 at 10:32 — police came.")
    form.emergency_at.set_value(dt.datetime(2026, 1, 14, 10, 32))
    form.person.search.setText("gwyn")
    form.person.choose_row(0, move_on=False)
    assert form.person.person_id == person_id
    form.noticed_by.setText("Mr Ōtake Dafydd, form tutor")
    form.noticed_at.set_value(dt.datetime(2026, 1, 14, 10, 20))
    form.location.setText("Neuadd fwyta (dining hall)")
    form.account.setPlainText(ACCOUNT)
    form.others_present.setText("Zoë, Kateřina")
    form.indicators.set_value(["hostile_language", "fixated_topic"])
    form.category.setCurrentIndex(form.category.findData("extreme_right_wing"))
    form.more.set_open(True)
    form.details["online_activity"].setPlainText("Sianel TikTok “Cymru i’r Cymry”.")
    return form.state.state()


def test_locking_mid_entry_and_a_restart_restore_the_draft_exactly(
    qtbot, vaults, make_controller
) -> None:
    session = start(vaults, make_controller)
    person = a_person(session.ov)
    form = session.page.open_new()
    typed = fill(form, person)
    assert typed["account"] == ACCOUNT and typed["immediate_danger"] == "yes"
    assert drafts.load_draft(session.ov, NEW_DRAFT_KEY) is None  # not yet: typing goes on

    # Lock in the middle of typing (before the half-second pause): saved before the vault closes.
    session.controller.lock()
    assert session.ov.closed
    again = start(vaults, make_controller, vault=session.vault, controller=session.controller)
    assert again.window.current_page_key() == "concerns"  # back where they were
    restored = again.page.notice_form
    assert restored is not None and again.page.stack.currentIndex() == again.page.NEW
    assert restored.state.state() == typed
    assert restored.account.toPlainText() == ACCOUNT
    assert restored.noticed_by.text() == "Mr Ōtake Dafydd, form tutor"
    assert restored.emergency_panel.isVisibleTo(restored)
    assert restored.person.chosen_label.text().startswith("Chosen: Gwŷn Prys")
    assert restored.more.is_open()
    assert restored.draft_note.isVisibleTo(restored)
    assert "unfinished concern" in restored.draft_label.text()

    # A restart: the window and the vault are closed, a new controller opens the same folder.
    restored.account.setPlainText(ACCOUNT + "\nOne more line.")
    typed = restored.state.state()
    again.window.close()  # closing the window ends the session, saving drafts first
    assert again.ov.closed
    fresh = start(vaults, make_controller, vault=Vault(session.vault.data_dir,
                  keyring_backend=vaults.default_backend))  # fmt: skip
    assert fresh.window.current_page_key() == "home"
    fresh.window.show_page("concerns")
    form = fresh.page.notice_form
    assert form is not None and fresh.page.stack.currentIndex() == fresh.page.NEW
    assert form.state.state() == typed

    # Submitted: the draft is gone, and the list no longer offers it.
    click(qtbot, form.submit_button)
    assert fresh.page.case is not None
    assert drafts.load_draft(fresh.ov, NEW_DRAFT_KEY) is None
    view = fresh.page.case.view
    assert view is not None and view.account == ACCOUNT + "\nOne more line."
    assert view.emergency_at == dt.datetime(2026, 1, 14, 10, 32)
    fresh.page.show_list()
    assert not fresh.page.resume.isVisibleTo(fresh.page)


def test_typing_is_saved_after_a_pause_so_a_crash_loses_nothing(
    qtbot, vaults, make_controller
) -> None:
    session = start(vaults, make_controller)
    form = session.page.open_new()
    form.account.setPlainText("Gwŷn drew a symbol on his planner.")
    started = time.monotonic()
    assert drafts.load_draft(session.ov, NEW_DRAFT_KEY) is None
    qtbot.waitUntil(lambda: drafts.load_draft(session.ov, NEW_DRAFT_KEY) is not None, timeout=3000)
    assert time.monotonic() - started >= DRAFT_DELAY_MS / 1000 * 0.8
    assert form.status.text().startswith("Draft kept at")
    # A "crash": nothing more happens in this process. Another one opening the vault finds it.
    other = Vault(session.vault.data_dir, keyring_backend=vaults.default_backend)
    opened = other.unlock(DSL_NAME, PASSPHRASE)
    try:
        saved = drafts.load_draft(opened, NEW_DRAFT_KEY)
    finally:
        opened.close("sign_out")
    assert saved is not None and saved["account"] == "Gwŷn drew a symbol on his planner."


def test_leaving_the_form_keeps_the_draft_and_the_list_offers_it(
    qtbot, vaults, make_controller
) -> None:
    session = start(vaults, make_controller)
    page = session.page
    form = page.open_new()
    form.location.setText("Yr iard (playground)")
    click(qtbot, form.cancel_button)
    assert page.stack.currentIndex() == page.LIST
    assert page.resume.isVisibleTo(page)
    click(qtbot, page.resume_button)
    assert page.notice_form is not None
    assert page.notice_form.location.text() == "Yr iard (playground)"
    click(qtbot, page.notice_form.discard_button)
    assert drafts.load_draft(session.ov, NEW_DRAFT_KEY) is None
    assert page.notice_form is not None and page.notice_form.location.text() == ""


def test_check_and_decide_drafts_come_back_after_a_lock(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    check_id = concern_at(session.ov, Stage.CHECK)
    decide_id = concern_at(session.ov, Stage.DECIDE)
    case = session.page.open_case(check_id, "check")
    assert case is not None
    info = case.check.info_form
    info.content.setPlainText("Zoë says Gwŷn’s brother shares the videos.")
    info.kind.set_value("assertion")
    info.source.setText("Zoë (Blwyddyn 9)")
    con = case.check.con_form
    con.name.setText("Ms Kateřina Novák")
    session.controller.lock()
    again = start(vaults, make_controller, vault=session.vault, controller=session.controller)
    case = again.page.case
    assert case is not None and case.concern_id == check_id and case.current_key == "check"
    info = case.check.info_form
    assert info.content.toPlainText() == "Zoë says Gwŷn’s brother shares the videos."
    assert info.kind.value() == "assertion" and info.source.text() == "Zoë (Blwyddyn 9)"
    assert "put back" in info.restored_note.text()
    assert case.check.con_form.name.text() == "Ms Kateřina Novák"
    click(qtbot, info.button)
    assert drafts.load_draft(again.ov, f"concern:{check_id}:check-item") is None
    assert cs.case_view(again.ov, check_id).items[0].source == "Zoë (Blwyddyn 9)"

    case = again.page.open_case(decide_id)
    assert case is not None and case.current_key == "decide"
    d = case.decide
    d.answers["engagement"].set_value("unclear")
    d.outcome.set_value("monitor")
    d.review_date.setText("01/02/2031")
    d.rationale.setPlainText("Aros a gweld — watch and wait; Siân will check in weekly.")
    typed = d.state.state()
    again.controller.lock()
    third = start(vaults, make_controller, vault=session.vault, controller=session.controller)
    case = third.page.case
    assert case is not None and case.concern_id == decide_id and case.current_key == "decide"
    assert case.decide.state.state() == typed
    assert "Monitor" in case.decide.guidance.text()
    click(qtbot, case.decide.submit_button)
    assert cs.case_view(third.ov, decide_id).stage is Stage.REVIEW
    assert drafts.load_draft(third.ov, f"concern:{decide_id}:decide") is None
