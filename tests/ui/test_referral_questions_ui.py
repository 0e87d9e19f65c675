"""Issue 13 on screen: the course's words for kinds, the Copy buttons and plain text of the
referral form. Real widgets, a real vault, the real clipboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from uitest_data import DSL_NAME, PASSPHRASE

from db.vault import Vault
from dsl_desktop.domain import InformationKind, Validation
from dsl_desktop.referral_form import ReferralSection
from dsl_desktop.services import referrals as rs
from tests.referral_cases import make_case
from ui.main_window import MainWindow
from ui.pages import PageContext
from ui.referral import ReferralDialog
from ui.shared.labels import standing_label, validation_choice_label


def start(vaults: Any, make_controller: Any, vault: Vault | None = None) -> PageContext:
    vault = vault or vaults.create()
    controller = make_controller(vault)
    window: MainWindow = controller.enter(vault.unlock(DSL_NAME, PASSPHRASE))
    assert window.context is not None
    return window.context


# ---- the course's words ------------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(InformationKind))
@pytest.mark.parametrize("validation", list(Validation))
def test_standing_never_contradicts_the_kind(qapp, kind, validation) -> None:
    text = standing_label(kind, validation, "Mrs Siân Lloyd")
    choice = validation_choice_label(kind, validation)
    if validation is Validation.CORROBORATED:
        # A corroborated piece reads as corroborated, by whom, never as "not checked".
        assert "orroborated" in text and "Siân Lloyd" in text
        assert "not checked" not in text and "without evidence" not in text
    elif validation is Validation.CONTRADICTED:
        assert text.startswith("Contradicted by Mrs Siân Lloyd")
    else:
        assert "orroborated" not in text
        if kind is InformationKind.ASSERTION:
            assert text == "Assertion \u2014 told as fact, not checked"
            assert "stays an assertion" in choice
        elif kind is InformationKind.ASSUMPTION:
            assert text == "Assumption \u2014 believed without evidence"
            assert "stays an assumption" in choice
        else:
            assert text == "Observed"


# ---- Copy, per section, and the whole form as plain text ---------------------------------------
def test_a_sections_copy_button_puts_its_text_on_the_clipboard(
    qtbot, vaults, make_controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = start(vaults, make_controller)
    case = make_case(ctx.vault)
    dialog = ReferralDialog(ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    clipboard = QApplication.clipboard()
    clipboard.setText("something else")

    concern = dialog.review.editors[ReferralSection.CONCERN]
    generated = rs.draft_sections(ctx.vault, case.concern_id)[ReferralSection.CONCERN]
    qtbot.mouseClick(concern.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == generated.strip("\n")
    assert "Gwŷn" in clipboard.text() and "\u201cthey all deserve" in clipboard.text()
    assert concern.copied_note.isVisible()
    assert concern.copy_button.accessibleName() == "Copy “The concern” as plain text"

    # The DSL's own wording is what is copied, since it is what will be printed.
    mine = "Zoë told the DSL; Kateřina O'Neill confirmed it.\nSecond line."
    dialog.review.set_text(ReferralSection.WORRIES, mine)
    qtbot.mouseClick(
        dialog.review.editors[ReferralSection.WORRIES].copy_button, Qt.MouseButton.LeftButton
    )
    assert clipboard.text() == mine

    # Copy all: every section under its heading, in the form's order.
    qtbot.mouseClick(dialog.review_copy_all_button, Qt.MouseButton.LeftButton)
    whole = clipboard.text()
    from dsl_desktop.pdf.referral import PRINT_ORDER, section_heading

    positions = [whole.index(section_heading(section)) for section in PRINT_ORDER]
    assert positions == sorted(positions) and mine in whole
    assert whole.startswith("Prevent referral\nConcern reference: C-2026-0001")
    # The sections on screen are in the same (the national form's) order.
    assert list(dialog.review.editors) == list(PRINT_ORDER)
    assert "plain text" in dialog.banner.message()

    # After generating, the stored form is copied; saving as text writes UTF-8.
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.go_on_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == ReferralDialog.DOCUMENT_PAGE
    dialog.section_choice.setCurrentIndex(
        dialog.section_choice.findData(ReferralSection.WORRIES.value)
    )
    qtbot.mouseClick(dialog.copy_section_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == mine  # the stored form's section, as it was generated
    qtbot.mouseClick(dialog.copy_all_button, Qt.MouseButton.LeftButton)
    assert mine in clipboard.text() and "Gwŷn" in clipboard.text()
    target = tmp_path / "referral"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.save_text_button, Qt.MouseButton.LeftButton)
    saved = target.with_name("referral.txt").read_text(encoding="utf-8")
    assert saved == clipboard.text()
    # A file inside the vault's own folder is refused, and nothing is written there.
    inside = ctx.vault.vault.data_dir / "vault.db"
    before = inside.read_bytes()[:64]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(inside), ""))
    )
    qtbot.mouseClick(dialog.save_text_button, Qt.MouseButton.LeftButton)
    assert "the vault's own files" in dialog.banner.message()
    assert not (ctx.vault.vault.data_dir / "vault.db.txt").exists()
    assert inside.read_bytes()[:64] == before


# ---- the new questions, from Check to the "Before you refer" panel ----------------------------
def test_a_concern_walks_through_the_questions_and_the_before_you_refer_panel(
    qtbot, vaults, make_controller
) -> None:
    from dsl_desktop.domain import Answer, NeedStatus, Outcome, ParallelRoute, Role, Stage
    from dsl_desktop.services import accounts
    from dsl_desktop.services import concerns as cs
    from dsl_desktop.services import referral_checks as rc
    from tests.ui.test_concern_flow import click, concern_at
    from tests.ui.test_concern_flow import start as start_flow

    session = start_flow(vaults, make_controller)
    ov = session.ov
    concern_id = concern_at(ov, Stage.CHECK)
    case = session.page.open_case(concern_id)
    assert case is not None and case.current_key == "check"
    session.window.resize(1024, 700)
    questions = case.check.form_questions
    assert questions.isVisibleTo(case)

    # The referrer is the DSL: "discussed with the DSL or Prevent lead" answers itself.
    lead = questions.questions["check.discussed_with_lead"]
    assert lead.state_note.text().startswith("Answered for you")
    assert "designated safeguarding lead" in lead.state_note.text()
    aware = questions.questions["check.person_aware_of_referral"]
    assert aware.state_note.text() == "Not asked yet."
    assert [b.text() for b in aware.choice.buttons.values()] == ["Yes", "No", "Not known"]
    housing = questions.questions["need.housing"]
    assert [b.text() for b in housing.choice.buttons.values()] == [
        "Yes, known or suspected", "None known",
    ]  # fmt: skip

    # Deliberate answers, with details; a need said to be present must say what it is.
    click(qtbot, aware.choice.buttons["no"])
    aware.details.setText("Not told yet: advice sought from the Prevent team first.")
    parents = questions.questions["check.parents_or_carers_informed"]
    click(qtbot, parents.choice.buttons["yes"])
    parents.details.setText("Mrs Kateřina Prys was told on the phone and supports it.")
    click(qtbot, questions.questions["check.discussions_with_child"].choice.buttons["yes"])
    click(qtbot, questions.questions["check.action_taken_since"].choice.buttons["unclear"])
    click(qtbot, questions.questions["check.discussed_with_other_agencies"].choice.buttons["no"])
    mental = questions.questions["need.mental_health"]
    click(qtbot, mental.choice.buttons["present"])
    for key in ("special_needs_or_disability", "victim_of_bullying_or_crime",
                "family_or_peer_concerns", "substance_misuse",
                "grievance_or_conspiracy_beliefs", "other_needs"):  # fmt: skip
        click(qtbot, questions.questions[f"need.{key}"].choice.buttons["none_known"])
    click(qtbot, questions.save_button)
    assert "Say what is known about this need." in questions.banner.message()
    assert mental.error.isVisibleTo(questions)
    mental.details.setText("Referred to CAMHS in 2025 for low mood; Siân is his key worker.")
    click(qtbot, questions.save_button)

    before = rc.before_referral(ov, concern_id)
    checks = {c.key: c for c in before.checks}
    assert checks["person_aware_of_referral"].answer is Answer.NO
    assert checks["action_taken_since"].answer is Answer.UNCLEAR  # "not known" is an answer
    assert checks["discussed_with_lead"].automatic
    needs = {n.key: n for n in before.needs}
    assert needs["mental_health"].status is NeedStatus.PRESENT
    assert needs["mental_health"].details.startswith("Referred to CAMHS")
    assert needs["substance_misuse"].status is NeedStatus.NONE_KNOWN
    assert needs["housing"].status is None  # not asked yet is not "none known"
    open_keys = {u.key for u in before.unanswered}
    assert "need.housing" in open_keys and not {k for k in open_keys if k.startswith("check.")}
    # The screen reloaded from the vault: the answers stay, the note says nothing is missing.
    questions = case.check.form_questions
    assert questions.questions["check.person_aware_of_referral"].choice.value() == "no"
    assert questions.questions["need.housing"].state_note.text() == "Not asked yet."

    # An explanation accepted at Check, then a referral chosen at Decide: a pointer warns.
    cs.add_information(ov, concern_id, cs.InformationInput(
        "Heard him say it.", InformationKind.OBSERVED, Validation.CORROBORATED, "Mrs Lloyd",
        corroborated_by="Mr Rhys Evans, who was on duty"))  # fmt: skip
    alt = case.check.alt_form
    alt.explanation.setPlainText("Quoting a line from a film he watched.")
    alt.exploration.setPlainText("Asked him and his form tutor.")
    alt.conclusion.setText("It was the film's words, but the hostility is his own.")
    click(qtbot, alt.accepted.buttons["yes"])
    click(qtbot, alt.button)
    assert case.view is not None and case.view.alternatives[0].accepted is True
    assert "Accepted" in case.check.alt_model.index(0, 3).data()
    assert case.view.items[0].corroborated_by == "Mr Rhys Evans, who was on duty"
    assert case.check.items_model.index(0, 0).data() == (
        "Observed, and corroborated by Mr Rhys Evans, who was on duty"
    )
    click(qtbot, case.check.move_button)
    assert case.view.stage is Stage.DECIDE
    case.show_page("decide")
    decide = case.decide
    assert not decide.accepted_warning.isVisibleTo(decide)
    # "Emergency" is not an outcome reached days later: the 999 call is recorded when it happens.
    click(qtbot, decide.outcome.buttons[Outcome.EMERGENCY.value])
    assert decide.accepted_warning.isVisibleTo(decide)
    assert "Quoting a line" not in decide.accepted_warning.text()
    click(qtbot, decide.outcome.buttons[Outcome.PREVENT_REFERRAL.value])
    assert decide.accepted_warning.isVisibleTo(decide)
    assert "Quoting a line from a film" in decide.accepted_warning.text()
    decide.rationale.setPlainText("The hostility is his own and repeated; a referral is needed.")
    click(qtbot, decide.submit_button)
    assert case.view.stage is Stage.SHARE and case.current_key == "share"

    # Share: the "Before you refer" panel shows what is still open, and only that.
    panel = case.share.before_panel
    assert panel.isVisibleTo(case.share)
    assert "still open" in panel.summary.text()
    assert "1 of the form's questions, below" in panel.open_list.text()
    assert "The referral made alongside this one" in panel.open_list.text()
    open_questions = panel.questions
    assert open_questions.questions["need.housing"].isVisibleTo(panel)
    assert not open_questions.questions["need.mental_health"].isVisibleTo(panel)
    assert not open_questions.questions["check.person_aware_of_referral"].isVisibleTo(panel)
    click(qtbot, open_questions.questions["need.housing"].choice.buttons["none_known"])
    click(qtbot, open_questions.save_button)
    panel = case.share.before_panel
    assert "form's questions" not in panel.open_list.text()
    assert not panel.questions.isVisibleTo(panel)  # nothing left to ask here
    # The parallel referral: only the routes that fit a pupil are offered.
    parallel = panel.parallel
    routes = [parallel.route.itemData(i) for i in range(parallel.route.count())]
    assert ParallelRoute.CHILDRENS_SOCIAL_CARE.value in routes
    assert ParallelRoute.LADO.value not in routes
    parallel.made_on.setText("not a date")
    click(qtbot, parallel.button)
    assert "dd/mm/yyyy" in parallel.banner.message()
    parallel.made_on.setText(cs.now().strftime("%d/%m/%Y"))
    parallel.reference.setText("MASH-2026-0117")
    click(qtbot, parallel.button)
    panel = case.share.before_panel
    assert "MASH-2026-0117" in panel.parallel.recorded.text()
    assert "The referral made alongside" not in panel.open_list.text()
    # A 999 call recorded now leaves the concern where it is: the referral still follows.
    risk = panel.risk
    click(qtbot, risk.call_button)
    risk.action.setPlainText("Mrs Hughes called 999 after a threat at the gate; police came.")
    click(qtbot, risk.save_button)
    assert case.view.stage is Stage.SHARE and case.view.immediate_danger is True
    assert "Mrs Hughes called 999" in case.share.before_panel.risk.statement.text()

    # Generating lists what is still unanswered; going back leads to the Share step.
    dialog = case.open_referral_form()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.generate_button)
    assert dialog.unanswered_panel.isVisible()
    listed = dialog.unanswered_list.text()
    assert "Your direct phone" in listed and "Another DSL or deputy" in listed
    assert "Housing" not in listed and "Mental health" not in listed
    click(qtbot, dialog.go_back_button)
    assert not dialog.isVisible() and case.current_key == "share"
    # With the contact details given and a deputy named, the form generates straight away.
    me = accounts.my_account(ov)
    accounts.update_contact_details(
        ov, me.user_id, direct_phone="01234 567890 ext 12", work_email="dsl@ysgol.example.org"
    )
    accounts.add_account(
        ov, sign_in_name="tpatel", display_name="Mr Tomos Patel", role=Role.DEPUTY,
        passphrase="granite osprey window 77", kdf=session.controller.kdf,
        direct_phone="01234 567891", work_email="deputy@ysgol.example.org",
    )  # fmt: skip
    case.reload()
    assert case.share.before_panel.summary.text().startswith("\u2713 Everything")
    dialog = case.open_referral_form()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.generated):
        click(qtbot, dialog.generate_button)
    assert not dialog.unanswered_panel.isVisible()
    dialog.reject()


def test_after_sending_feedback_channel_consent_panels_and_reviews(
    qtbot, vaults, make_controller
) -> None:
    import datetime as dt

    from dsl_desktop.domain import ReferralOutcome, Stage
    from dsl_desktop.services import referral_followup as rfu
    from tests.ui.test_concern_flow import click
    from tests.ui.test_concern_flow import start as start_flow

    session = start_flow(vaults, make_controller)
    ov = session.ov
    case_data = make_case(ov)
    referral = rs.generate_referral(ov, case_data.concern_id)
    sent_at = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=20)
    rs.record_sent(ov, referral, sent_at, "prevent@example.police.uk", "Secure email", "")
    case = session.page.open_case(case_data.concern_id, "share")
    assert case is not None
    after = case.share.after_sending
    assert after.isVisibleTo(case.share) and not case.share.before_panel.isVisibleTo(case.share)
    assert "no outcome heard yet" in after.summary.text()
    assert not after.channel_box.isVisibleTo(after)  # only once the gateway routes to Channel

    asked = dt.date.today() - dt.timedelta(days=10)
    after.requested_on.setText(asked.strftime("%d/%m/%Y"))
    click(qtbot, after.feedback_button)
    assert rfu.follow_up(ov, referral).feedback_requested_on == asked

    rfu.record_gateway_outcome(ov, referral, ReferralOutcome.CHANNEL, dt.date.today())
    case.reload()
    after = case.share.after_sending
    assert "Channel panel" in after.summary.text()
    assert after.channel_box.isVisibleTo(after) and after.support_box.isVisibleTo(after)
    # Gwŷn is 14: his own consent is not enough for Channel; a parent's or carer's is.
    assert "parent or carer" in after.consent_note.text()
    after.consent.setCurrentIndex(after.consent.findData("given"))
    after.consent_from.setCurrentIndex(after.consent_from.findData("person"))
    after.consent_on.setText(dt.date.today().strftime("%d/%m/%Y"))
    click(qtbot, after.consent_button)
    assert "parent or carer" in after.banner.message()
    assert rfu.follow_up(ov, referral).channel_consent is None
    after.consent_from.setCurrentIndex(after.consent_from.findData("parent_carer"))
    click(qtbot, after.consent_button)
    follow = rfu.follow_up(ov, referral)
    assert follow.channel_consent is not None and follow.consent_from is not None
    after = case.share.after_sending
    after.panel_date.setText((dt.date.today() + dt.timedelta(days=7)).strftime("%d/%m/%Y"))
    click(qtbot, after.panel_button)
    after = case.share.after_sending
    after.school_part.setPlainText("Weekly mentoring with Mr Evans; Siân checks in each Friday.")
    click(qtbot, after.school_part_button)
    after = case.share.after_sending
    after.ended_on.setText(dt.date.today().strftime("%d/%m/%Y"))
    click(qtbot, after.ended_button)
    follow = rfu.follow_up(ov, referral)
    assert [r.months for r in follow.reviews] == [6, 12]
    text = case.share.after_sending.summary.text()
    assert "Consent to Channel given by a parent or carer" in text
    assert "Review at 6 months, due" in text and "Review at 12 months, due" in text
    assert "Weekly mentoring" in text
    # The reviews are dated actions, listed under Actions and reviews.
    assert case.view is not None
    assert (
        sum("months after Channel support ended" in a.description for a in case.view.actions) == 2
    )
    assert case.view.stage is Stage.SHARE


def test_closing_with_the_outcome_not_known_needs_a_review_date(
    qtbot, vaults, make_controller
) -> None:
    import datetime as dt

    from dsl_desktop.domain import ReferralOutcome, Stage
    from dsl_desktop.services import concerns as cs
    from dsl_desktop.services import referral_followup as rfu
    from tests.ui.test_concern_flow import click
    from tests.ui.test_concern_flow import start as start_flow

    session = start_flow(vaults, make_controller)
    ov = session.ov
    case_data = make_case(ov)
    referral = rs.generate_referral(ov, case_data.concern_id)
    sent_at = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=20)
    rs.record_sent(ov, referral, sent_at, "prevent@example.police.uk", "Secure email", "PR-1")
    rfu.record_gateway_outcome(ov, referral, ReferralOutcome.UNKNOWN, None)
    case = session.page.open_case(case_data.concern_id, "share")
    assert case is not None
    share = case.share
    share.close_note.setText("No feedback after three requests.")
    click(qtbot, share.close_button)
    assert "Set a date to ask again" in share.banner.message()
    assert share.problems.fields["review_date"][1].isVisibleTo(share)
    assert cs.case_view(ov, case_data.concern_id).stage is Stage.SHARE
    due = dt.date.today() + dt.timedelta(days=30)
    share.next_review.setText(due.strftime("%d/%m/%Y"))
    share.close_note.setText("No feedback after three requests.")
    click(qtbot, share.close_button)
    view = cs.case_view(ov, case_data.concern_id)
    assert view.stage is Stage.CLOSED
    assert any(a.due_date == due and "outcome" in a.description for a in view.actions)
