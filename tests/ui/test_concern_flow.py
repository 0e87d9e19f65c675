"""The guided concern flow through the real widgets: Notice -> Check -> Decide -> Share, a
decision of no further action, the immediate-danger path, a reviewer's read-only case view,
actions and reviews, amendments, files and the New concern action.

The helpers here are shared with the other concern test modules.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from sqlalchemy import select
from uitest_data import DSL_NAME, PASSPHRASE

from db.models import AuditEvent
from db.vault import OpenVault, Vault
from dsl_desktop.domain import InformationKind, Outcome, ReferralOutcome, Role, Stage, Validation
from dsl_desktop.services import accounts, drafts
from dsl_desktop.services import concerns as cs
from dsl_desktop.services.people import Address, PersonInput, add_person
from ui.concern import concerns_page_spec
from ui.concern.page import ConcernsPage
from ui.main_window import MainWindow
from ui.page_list import default_pages
from ui.pages import PageContext
from ui.people import people_page_spec

REVIEWER = "rjones"
REVIEWER_PASSPHRASE = "granite osprey window 77"


# ---- helpers (also used by test_concern_drafts, test_concern_keyboard, test_people_ui) ---------
def concern_pages() -> list[Any]:
    home = [p for p in default_pages() if p.key == "home"]
    return [*home, concerns_page_spec(), people_page_spec()]


class Session:
    def __init__(self, vault: Vault, window: MainWindow, controller: Any) -> None:
        self.vault = vault
        self.window = window
        self.controller = controller
        assert window.context is not None
        self.ctx: PageContext = window.context

    @property
    def ov(self) -> OpenVault:
        return self.ctx.vault

    @property
    def page(self) -> ConcernsPage:
        page = self.window.page("concerns")
        assert isinstance(page, ConcernsPage)
        return page


def start(
    vaults: Any, make_controller: Any, sign_in_name: str = DSL_NAME, passphrase: str = PASSPHRASE,
    vault: Vault | None = None, controller: Any = None,
) -> Session:  # fmt: skip
    vault = vault or vaults.create()
    controller = controller or make_controller(vault)
    controller.pages = concern_pages()
    window = controller.enter(vault.unlock(sign_in_name, passphrase))
    return Session(vault, window, controller)


def click(qtbot: Any, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def a_person(ov: OpenVault, forenames: str = "Gwŷn", surname: str = "Prys") -> int:
    return add_person(
        ov,
        PersonInput(
            forenames=forenames, surname=surname, date_of_birth=dt.date(2012, 5, 3),
            school_or_occupation="Year 9",
            addresses=(Address("12 Heol y Bont, Llanfair", True),),
        ),
    ).id  # fmt: skip


def concern_at(ov: OpenVault, stage: Stage = Stage.DECIDE, person_id: int | None = None) -> int:
    """A concern recorded through the services and moved on to ``stage`` (up to Decide)."""
    pid = person_id or a_person(ov)
    noticed = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=5)
    ref = cs.create_concern(
        ov,
        cs.NoticeInput(
            person_id=pid, noticed_by="Mrs Siân Lloyd", noticed_at=noticed,
            account="He said “they all deserve what is coming to them”.", immediate_danger=False,
            location="Dining hall", indicators=("hostile_language",),
        ),
    )  # fmt: skip
    if stage is Stage.NOTICE:
        return ref.id
    cs.move_to(ov, ref.id, Stage.CHECK)
    if stage is Stage.CHECK:
        return ref.id
    cs.add_information(ov, ref.id, cs.InformationInput(
        "Heard him say it.", InformationKind.OBSERVED, Validation.CORROBORATED, "Mrs Lloyd"))  # fmt: skip
    cs.add_alternative(ov, ref.id, cs.AlternativeInput("Repeating a film line."))
    cs.move_to(ov, ref.id, Stage.DECIDE)
    return ref.id


def audit_actions(ov: OpenVault, prefix: str = "") -> list[str]:
    with ov.reading() as s:
        return [a for a in s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq))
                if a.startswith(prefix)]  # fmt: skip


def add_reviewer(session: Session) -> None:
    accounts.add_account(
        session.ov, sign_in_name=REVIEWER, display_name="Mr Rhodri Jones", role=Role.REVIEWER,
        passphrase=REVIEWER_PASSPHRASE, kdf=session.controller.kdf,
    )  # fmt: skip


# ---- 1. one concern from Notice to a recorded Prevent-referral decision ---------------------------
def test_notice_to_a_prevent_referral_decision_and_sending(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    page = session.page
    assert session.window.page_keys() == ["home", "concerns", "people"]
    session.window.show_page("concerns")
    assert page.empty.isVisibleTo(page) and "New concern" in page.empty.text()
    click(qtbot, page.new_button)
    form = page.notice_form
    assert form is not None and page.stack.currentIndex() == page.NEW
    assert form.steps.state("notice") == "current" and form.steps.state("check") == "todo"

    # Nothing filled in: every problem is listed and shown beside its field, nothing is saved.
    click(qtbot, form.submit_button)
    assert "Answer the first question: is anyone in immediate danger?" in form.banner.message()
    assert (
        form.problems.fields["person"][1].text().startswith("\u26a0 Say who the concern is about")
    )
    assert form.problems.fields["account"][1].isVisibleTo(form)
    assert cs.case_facts  # the service was not asked: nothing recorded
    assert audit_actions(session.ov, "concern.created") == []

    click(qtbot, form.danger.buttons["no"])
    assert not form.emergency_panel.isVisibleTo(form)
    # The person: not on record yet, so add them from the search.
    form.person.search.setText("Siân")
    assert "Nobody on record matches" in form.person.hint.text()
    form.person.search.setText("Siân Lloyd")
    click(qtbot, form.person.add_button)
    dialog = form.person.dialog
    assert dialog.forenames.text() == "Siân" and dialog.surname.text() == "Lloyd"
    dialog.surname.clear()
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "Enter the person's surname." in dialog.banner.message()
    assert dialog.problems.fields["surname"][1].text().endswith("Enter the person's surname.")
    dialog.surname.setText("Lloyd")
    dialog.date_of_birth.setText("03/05/2012")
    dialog.school_or_occupation.setText("Year 9")
    dialog.first_language.setText("Cymraeg")
    dialog.addresses.rows[0].edit.setPlainText("3 Lôn Glan Môr\nLlanfair")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert form.person.person_id is not None
    assert form.person.chosen_label.text() == "Chosen: Siân Lloyd (Pupil, Year 9, born 03/05/2012)"

    form.noticed_by.setText("Mr Rhys Evans, form tutor")
    form.location.setText("Dining hall")
    account = "In the lunch queue she said “they all deserve what’s coming to them”.\nZoë heard it."
    form.account.setPlainText(account)
    form.others_present.setText("Zoë and Kateřina (Year 9)")
    click_box = form.indicators.boxes["hostile_language"]
    qtbot.mouseClick(click_box, Qt.MouseButton.LeftButton)
    assert form.indicators.value() == ["hostile_language"]
    form.category.setCurrentIndex(form.category.findData("extreme_right_wing"))
    qtbot.mouseClick(form.more.toggle, Qt.MouseButton.LeftButton)
    assert form.more.content.isVisibleTo(form)
    form.details["online_activity"].setPlainText("Watches a banned channel on her phone.")
    click(qtbot, form.submit_button)

    # Recorded, moved on to Check, and the case view opened at Check.
    case = page.case
    assert case is not None and page.notice_form is None
    assert case.view is not None and case.view.stage is Stage.CHECK
    assert case.current_key == "check"
    assert case.title.text() == f"{case.view.reference} · Siân Lloyd"
    assert case.steps.state("notice") == "done" and case.steps.state("check") == "current"
    assert case.steps.buttons["check"].text().startswith("\u25b6") and "you are here" in \
        case.steps.buttons["check"].text()  # fmt: skip
    assert case.view.account == account and case.view.details["online_activity"]
    assert case.view.indicators == ("hostile_language",)
    assert case.view.category == "extreme_right_wing"
    assert drafts.load_draft(session.ov, "concern:new") is None  # the draft went once submitted
    assert case.notice.values["account"].text() == account

    # Check: an assertion only -> the caution is shown prominently.
    check = case.check
    assert "No information has been recorded" in " ".join(check.warnings.messages)
    info = check.info_form
    info.content.setPlainText("A classmate says she shares extremist memes.")
    info.source.setText("Zoë, a pupil")
    click(qtbot, info.kind.buttons["assertion"])
    assert (
        info.kind.buttons["observed"].accessibleDescription().startswith("Seen or heard first hand")
    )
    click(qtbot, info.button)
    assert check.items_model.rowCount() == 1
    assert check.warnings.isVisibleTo(check)
    assert any("rests only on assertions and assumptions" in m for m in check.warnings.messages)
    assert any("No alternative explanation" in m for m in check.warnings.messages)
    # A piece of information with no kind is refused beside the field.
    info.content.setPlainText("Saw the sticker on her planner.")
    click(qtbot, info.button)
    assert "Mark it as observed, an assertion or an assumption." in info.banner.message()
    assert check.items_model.rowCount() == 1
    click(qtbot, info.kind.buttons["observed"])
    info.validation.setCurrentIndex(info.validation.findData(Validation.CORROBORATED.value))
    info.obtained_at.setText(dt.date.today().strftime("%d/%m/%Y"))
    click(qtbot, info.button)
    # A corroborated piece says by whom or what.
    assert "Say who or what corroborates it" in info.banner.message()
    info.corroborated_by.setText("Mr Rhys Evans saw it too")
    click(qtbot, info.button)
    assert check.items_model.rowCount() == 2 and info.content.toPlainText() == ""
    assert not any("rests only" in m for m in check.warnings.messages)
    alt = check.alt_form
    alt.explanation.setPlainText("Repeating what she heard in a video game.")
    alt.exploration.setPlainText("Asked her form tutor.")
    click(qtbot, alt.button)
    assert check.alt_model.rowCount() == 1 and not check.warnings.isVisibleTo(check)
    con = check.con_form
    con.name.setText("PC Bethan Morris")
    con.role.setText("Prevent officer")
    con.agency.setText("Police")
    con.consulted_at.set_value(
        dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=1)
    )
    con.shared.setPlainText("What she said.")
    con.outcome.setText("Advised a referral.")
    click(qtbot, con.button)
    assert check.con_model.rowCount() == 1
    click(qtbot, check.move_button)

    # Decide: the answers point somewhere, in words; the DSL chooses and writes why.
    assert case.view.stage is Stage.DECIDE and case.current_key == "decide"
    decide = case.decide
    assert decide.form_area.isVisibleTo(decide)
    assert decide.answers["immediate_risk"].value() == "no"  # from the Notice answer
    assert "observed): 1" in decide.evidence.text() and "assertions): 1" in decide.evidence.text()
    assert "PC Bethan Morris" in decide.consulted.text()
    assert "Monitor" in decide.guidance.text()  # everything still unclear
    click(qtbot, decide.answers["engagement"].buttons["yes"])
    observed = next(i for i in case.view.items if i.kind is InformationKind.OBSERVED)
    qtbot.mouseClick(
        decide.support["engagement"].boxes[str(observed.id)], Qt.MouseButton.LeftButton
    )
    assert "Prevent referral: you answered yes to involvement" in decide.guidance.text()
    assert "do not decide" in decide.guidance.reminder.text()
    assert not any(ch.isdigit() for ch in decide.guidance.text().split(":")[0])  # no score
    click(qtbot, decide.outcome.buttons["prevent_referral"])
    assert "goes to Share" in decide.destination.text()
    decide.rationale.setPlainText("Hostile language seen first hand; the Prevent officer agreed.")
    click(qtbot, decide.submit_button)

    assert case.view.stage is Stage.SHARE and case.current_key == "share"
    decision = case.view.latest_decision
    assert decision is not None and decision.outcome is Outcome.PREVENT_REFERRAL
    assert (
        decision.rationale.startswith("Hostile language")
        and decision.decided_by == "Mrs Angharad Hughes"
    )
    assert decision.answers["engagement"] == "yes"
    assert decision.answers["engagement_items"] == [observed.id]
    assert case.steps.state("decide") == "done" and case.steps.state("share") == "current"
    assert drafts.load_draft(session.ov, f"concern:{case.concern_id}:decide") is None
    case.show_page("decide")
    assert decide.summary.isVisibleTo(decide) and decide.record_button.isVisibleTo(decide)
    assert decide.summary.values["outcome"].text() == "Prevent referral"

    # Share: the referral form opens from here; sending and the outcome are recorded here.
    case.show_page("share")
    share = case.share
    click(qtbot, share.form_button)
    from ui.referral import ReferralDialog

    referral_dialog = case.referral_dialog
    assert isinstance(referral_dialog, ReferralDialog) and referral_dialog.isVisible()
    referral_dialog.reject()
    sending = share.sending
    assert sending.isVisibleTo(share)
    sending.sent_to.clear()
    click(qtbot, sending.button)
    assert "Record who the referral was sent to." in sending.banner.message()
    sending.sent_to.setText("prevent@police.example.uk")
    sending.sent_at.set_value(
        dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=20)
    )
    sending.police_reference.setText("NWP/0042/26")
    click(qtbot, sending.button)
    assert share.sent_box.isVisibleTo(share) and not share.sending.isVisibleTo(share)
    assert "to prevent@police.example.uk" in share.sent_summary.text()
    assert "NWP/0042/26" in share.sent_summary.text()
    outcome = share.outcome_form
    outcome.outcome.setCurrentIndex(outcome.outcome.findData(ReferralOutcome.CHANNEL.value))
    click(qtbot, outcome.button)
    assert "Record the date you learned the outcome" in outcome.banner.message()
    outcome.outcome_date.setText(dt.date.today().strftime("%d/%m/%Y"))
    click(qtbot, outcome.button)
    assert share.outcome_summary.text().startswith("Channel panel")
    share.next_review.setText((dt.date.today() + dt.timedelta(days=30)).strftime("%d/%m/%Y"))
    click(qtbot, share.review_button)
    assert case.view.stage is Stage.REVIEW and case.current_key == "followup"
    assert case.steps.state("share") == "done" and case.steps.state("followup") == "current"


# ---- 2. no further action: a rationale is required, then it is recorded like any other -----------
def test_no_further_action_needs_a_rationale(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    concern_id = concern_at(session.ov)
    case = session.page.open_case(concern_id)
    assert case is not None and case.current_key == "decide"
    decide = case.decide
    for key in (
        "engagement",
        "intent",
        "capability",
        "other_vulnerabilities",
        "other_route_meets_need",
    ):
        click(qtbot, decide.answers[key].buttons["no"])
    assert "No further action" in decide.guidance.text()
    assert "write down the reasons for not referring" in decide.guidance.text()
    click(qtbot, decide.outcome.buttons["no_further_action"])
    assert "reasons for not referring kept" in decide.destination.text()
    before = audit_actions(session.ov, "decision.")
    click(qtbot, decide.submit_button)
    assert "Write down the reasons for this decision" in decide.banner.message()
    assert decide.problems.fields["rationale"][1].isVisibleTo(decide)
    view = cs.case_view(session.ov, concern_id)
    assert view.decisions == () and view.stage is Stage.DECIDE
    assert audit_actions(session.ov, "decision.") == before
    decide.rationale.setPlainText("   ")  # blank is still no rationale
    click(qtbot, decide.submit_button)
    assert cs.case_view(session.ov, concern_id).decisions == ()

    decide.rationale.setPlainText(
        "It was a line from a film he had watched; his teacher confirmed it."
    )
    click(qtbot, decide.submit_button)
    view = cs.case_view(session.ov, concern_id)
    assert view.stage is Stage.CLOSED and view.outcome is Outcome.NO_FURTHER_ACTION
    assert view.decisions[0].rationale.startswith("It was a line from a film")
    assert view.decisions[0].answers["intent"] == "no"
    assert audit_actions(session.ov, "decision.") == ["decision.recorded"]
    assert case.current_key == "history"
    assert (
        case.steps.state("share") == "skipped"
        and "not needed" in case.steps.buttons["share"].text()
    )
    case.show_page("share")
    assert "no referral is needed" in case.share.stage_note.text()
    click(qtbot, case.share.decision_record_button)
    from ui.referral import DecisionRecordDialog

    assert isinstance(case.decision_dialog, DecisionRecordDialog)
    assert case.decision_dialog.preview.page_count() >= 1
    case.decision_dialog.reject()


# ---- 4. a reviewer sees the case and can change nothing ---------------------------------------------
def test_a_reviewer_reads_the_case_but_cannot_change_anything(
    qtbot, vaults, make_controller
) -> None:
    dsl = start(vaults, make_controller)
    concern_at(dsl.ov)
    add_reviewer(dsl)
    dsl.controller.lock()
    session = start(vaults, make_controller, REVIEWER, REVIEWER_PASSPHRASE, vault=dsl.vault,
                    controller=dsl.controller)  # fmt: skip
    page = session.page
    assert not page.new_action.isEnabled() and not page.new_button.isVisibleTo(page)
    assert not any("new concern" in a.text().lower() for a in session.window.quick_actions)
    page.new_concern()
    assert page.notice_form is None
    session.window.show_page("concerns")
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    click(qtbot, page.open_button)
    case = page.case
    assert case is not None and case.read_only_note.isVisibleTo(case)
    before = audit_actions(session.ov)
    for key in ("notice", "check", "decide", "share", "followup", "history"):
        case.show_page(key)
        page_widget = case.pages[key]
        editable = [
            w
            for w in page_widget.findChildren(QPushButton)
            if w.isVisibleTo(page_widget) and w.isEnabled()
        ]
        assert editable == [], (key, [b.text() for b in editable])
    check = case.check
    assert not check.info_form.isVisibleTo(check) and not check.con_form.isVisibleTo(check)
    assert not check.move_button.isVisibleTo(check)
    assert not case.decide.form_area.isVisibleTo(case.decide)
    assert "only the DSL or a deputy can decide" in case.decide.stage_note.text()
    assert not case.history.amend_button.isVisibleTo(case.history)
    # Even if a form were reached, the services refuse and nothing is written.
    check.info_form.content.setPlainText("Sneaky")
    check.info_form.kind.set_value("observed")
    check.info_form.submit()
    assert "Reviewer role cannot change a concern" in check.info_form.banner.message()
    session.controller.lock()  # no draft may be written for a reviewer
    again = start(vaults, make_controller, REVIEWER, REVIEWER_PASSPHRASE, vault=dsl.vault,
                  controller=dsl.controller)  # fmt: skip
    changes = [a for a in audit_actions(again.ov)[len(before):]
               if not a.endswith("viewed") and a not in ("lock", "sign_in", "auto_lock")]  # fmt: skip
    assert changes == []


# ---- 5. immediate danger: call 999 now, and the action taken is required -----------------------------
def test_immediate_danger_says_call_999_and_needs_the_action(
    qtbot, vaults, make_controller
) -> None:
    session = start(vaults, make_controller)
    person = a_person(session.ov, "Zoë", "Ćwik")
    page = session.page
    form = page.open_new()
    assert not form.emergency_panel.isVisibleTo(form)
    click(qtbot, form.danger.buttons["yes"])
    assert form.emergency_panel.isVisibleTo(form)
    assert form.emergency_panel.title.text() == "Call 999 now."
    assert "phone the police" in form.emergency_panel.text.text()
    assert form.emergency_action.isVisibleTo(form) and form.emergency_at.isVisibleTo(form)
    form.person.search.setText("zoe cwik")
    assert form.person.model.rowCount() == 1
    form.person.choose_row(0)
    form.noticed_by.setText("Mrs Siân Lloyd")
    form.account.setPlainText("She said she had a knife in her bag and would use it.")
    click(qtbot, form.submit_button)
    assert page.notice_form is form
    assert "Record what was done, such as the 999 call" in form.banner.message()
    error = form.problems.fields["emergency_action"][1]
    assert error.isVisibleTo(form) and "999" in error.text()
    assert audit_actions(session.ov, "concern.created") == []
    form.emergency_action.setPlainText("Mrs Lloyd called 999; police came at 10:40.")
    taken = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=30)
    form.emergency_at.set_value(taken)
    click(qtbot, form.submit_button)
    case = page.case
    assert case is not None and case.view is not None
    assert case.view.person.id == person
    assert case.view.immediate_danger is True
    assert case.view.emergency_action.startswith("Mrs Lloyd called 999")
    assert case.view.emergency_at == taken
    assert "Someone was in immediate danger" in case.notice.danger_label.text()
    # Answering no hides the panel again.
    form2 = page.open_new()
    click(qtbot, form2.danger.buttons["yes"])
    click(qtbot, form2.danger.buttons["no"])
    assert not form2.emergency_panel.isVisibleTo(form2)


# ---- actions, reviews, amendments and files -----------------------------------------------------------
def test_actions_reviews_and_closing(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    concern_id = concern_at(session.ov)
    cs.record_decision(session.ov, concern_id, cs.DecisionInput(
        Outcome.MONITOR, "Keep an eye on it.", review_date=dt.date.today() + dt.timedelta(days=14)))  # fmt: skip
    case = session.page.open_case(concern_id)
    assert case is not None and case.current_key == "followup"
    follow = case.followup
    assert "No actions yet" in follow.empty.text()
    form = follow.action_form
    form.description.setText("Speak to Gwŷn's mother")
    form.owner.setText("Mr Rhys Evans")
    form.due_date.setText("31/13/2026")
    click(qtbot, form.button)
    assert "Type the date as dd/mm/yyyy." in form.banner.message()
    form.due_date.setText((dt.date.today() + dt.timedelta(days=3)).strftime("%d/%m/%Y"))
    click(qtbot, form.button)
    assert follow.model.rowCount() == 1 and follow.model.rows[0][0] == "To do"
    follow.actions_view.selectRow(0)
    click(qtbot, follow.done_button)
    assert follow.model.rows[0][0].startswith("\u2713 Done")
    assert follow.review_form.isVisibleTo(follow)
    click(qtbot, follow.keep_open_button)
    assert "Write down what the review found." in follow.review_banner.message()
    follow.review_note.setPlainText("Settled; his mother is supportive.")
    follow.next_review.setText((dt.date.today() + dt.timedelta(days=28)).strftime("%d/%m/%Y"))
    click(qtbot, follow.keep_open_button)
    view = cs.case_view(session.ov, concern_id)
    assert view.next_review == dt.date.today() + dt.timedelta(days=28)
    assert "Last review" in follow.review_status.text()
    follow.review_note.setPlainText("No further worries after a month.")
    click(qtbot, follow.close_button)
    assert cs.case_view(session.ov, concern_id).stage is Stage.CLOSED
    assert case.current_key == "history"
    assert not follow.action_form.isVisibleTo(follow)


def test_amending_a_saved_record_keeps_the_old_value(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    concern_id = concern_at(session.ov, Stage.CHECK)
    case = session.page.open_case(concern_id, "history")
    assert case is not None
    history = case.history
    first = history.model.rows[0]
    assert first[1].startswith("Mrs Siân Lloyd noticed it")
    click(qtbot, history.amend_button)
    dialog = history.dialog
    assert dialog is not None
    assert dialog.record.currentData() == ("concern", concern_id)
    dialog.field.setCurrentIndex(dialog.field.findData("location"))
    assert dialog.current.text() == "Dining hall"
    dialog.text_editor.setPlainText("Dining hall, by the tills")
    click(qtbot, dialog.save_button)
    assert "Say why the record is being changed." in dialog.banner.message()
    assert dialog.isVisible()
    dialog.reason.setText("The place was not precise enough.")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    rows = history.model.rows
    amended = next(
        r
        for r in rows
        if r[1] == "Mrs Angharad Hughes changed \u201cWhere\u201d on the Notice record"
    )
    assert amended[2] == (
        "Before: Dining hall\nAfter: Dining hall, by the tills\n"
        "Why: The place was not precise enough."
    )
    assert amended[3] == "Mrs Angharad Hughes"
    # A blank referral detail is filled in without a reason.
    click(qtbot, history.amend_button)
    dialog = history.dialog
    assert dialog is not None
    dialog.field.setCurrentIndex(dialog.field.findData("details.mental_health"))
    assert dialog.current.text() == "(blank)" and "optional" in dialog.reason_label.text()
    dialog.text_editor.setPlainText("Referred to CAMHS last year.")
    click(qtbot, dialog.save_button)
    assert (
        cs.case_view(session.ov, concern_id).details["mental_health"]
        == "Referred to CAMHS last year."
    )
    assert any(
        r[1] == "Mrs Angharad Hughes filled in \u201cMental health\u201d on the Notice record"
        for r in history.model.rows
    )


def test_locking_after_a_cancelled_amendment_does_not_crash(qtbot, vaults, make_controller) -> None:
    """A closed Amend dialog must not still be listening for the lock."""
    session = start(vaults, make_controller)
    concern_id = concern_at(session.ov, Stage.CHECK)
    case = session.page.open_case(concern_id, "history")
    assert case is not None
    click(qtbot, case.history.amend_button)
    dialog = case.history.dialog
    assert dialog is not None
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(10)  # let the deferred deletion run
    errors: list[BaseException] = []
    hook = sys.excepthook
    sys.excepthook = lambda _t, exc, _tb: errors.append(exc)
    try:
        session.controller.lock()
    finally:
        sys.excepthook = hook
    assert errors == []
    assert session.controller.open_vault is None


def test_files_attach_and_open_as_a_temporary_copy(
    qtbot, vaults, make_controller, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    session = start(vaults, make_controller)
    concern_id = concern_at(session.ov, Stage.CHECK)
    source = tmp_path / "screenshot of chat – Zoë.png"
    source.write_bytes(b"\x89PNG fictional bytes")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    case = session.page.open_case(concern_id, "check")
    assert case is not None
    check = case.check
    assert "No files attached" in check.files_empty.text()
    click(qtbot, check.attach_concern_button)
    assert check.files_model.rowCount() == 1
    assert check.files_model.rows[0][:2] == ("screenshot of chat – Zoë.png", "The concern")
    check.files_view.selectRow(0)
    click(qtbot, check.open_file_button)
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == b"\x89PNG fictional bytes" and copy.name == source.name
    assert audit_actions(session.ov, "attachment.") == ["attachment.added", "attachment.opened"]
    session.controller.lock()
    assert not copy.exists()  # the temporary copy goes with the session


def test_new_concern_is_in_the_file_menu_and_on_home(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    window = session.window
    page = session.page
    assert page.new_action.shortcut().toString() == "Ctrl+N"
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert page.new_action in file_menu.actions()
    assert any(a.text() == "Record a &new concern" for a in window.quick_actions)
    window.show_page("home")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "concerns" and page.stack.currentIndex() == page.NEW
    assert page.notice_form is not None
    click(qtbot, page.notice_form.cancel_button)
    assert page.stack.currentIndex() == page.LIST


def test_training_admin_never_sees_concerns(vaults) -> None:
    from ui.concern import CONCERN_ROLES
    from ui.people import PEOPLE_ROLES

    assert concerns_page_spec().visible_to("dsl") and concerns_page_spec().visible_to("reviewer")
    assert not concerns_page_spec().visible_to("training_admin")
    assert not people_page_spec().visible_to("training_admin")
    assert Role.TRAINING_ADMIN not in CONCERN_ROLES | PEOPLE_ROLES
    assert {"concerns", "people"} <= {p.key for p in default_pages()}
