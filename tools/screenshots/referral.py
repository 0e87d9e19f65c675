"""Screenshots of the referral dialogs, with a fictional concern made through the services.

``tools.screenshots`` calls :func:`shoot_referral_screens` once the main window is showing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from db.vault import OpenVault
from dsl_desktop.domain import InformationKind, Outcome, Stage, Validation
from dsl_desktop.referral_form import ReferralSection
from dsl_desktop.services import concerns as cs
from dsl_desktop.services.people import Address, PersonInput, add_person

if TYPE_CHECKING:
    from ui.pages import PageContext

EXAMPLE_DETAILS = {
    "how_it_came_to_notice": "The lunchtime supervisor told the DSL within the hour.",
    "ideology_or_interest": "Speaks admiringly of the leader of an extreme right-wing group.",
    "online_activity": "Watches livestreams from a channel that has been banned on YouTube.",
    "how_online_activity_found": "Seen on a shared screen in an ICT lesson.",
    "contacts_with_groups": "Says he chats most nights with “older lads” in a Telegram group.",
    "mental_health": "Referred to CAMHS last year for low mood.",
    "social_media_handles": ["TikTok: @example_handle"],
    "discussed_with_lead": "yes",
    "person_aware_of_referral": "no",
    "person_aware_of_referral_details": "Advice sought from the Prevent team first.",
    "worried_about": "That he is being drawn in by adults online who encourage hatred.",
}


def make_example_concern(vault: OpenVault, outcome: Outcome) -> int:
    """A fictional concern taken through Notice and Check to a decision of ``outcome``."""
    today = dt.datetime.now().replace(second=0, microsecond=0)
    noticed = today - dt.timedelta(days=9, hours=3)
    person = add_person(
        vault,
        PersonInput(
            forenames="Gwŷn",
            surname="Prys",
            other_names="Gwyn Price",
            date_of_birth=dt.date(today.year - 14, 5, 3),
            gender="Male",
            addresses=(Address("12 Heol y Bont\nLlanfair Celyn\nLL00 3AB", is_current=True),),
            nationality="British",
            first_language="Welsh",
            school_or_occupation="Year 9",
            send="Dyslexia (SEN support).",
            family_details="Kateřina Prys (mother), 07700 900123",
        ),
    )
    ref = cs.create_concern(
        vault,
        cs.NoticeInput(
            person_id=person.id,
            noticed_by="Mrs Siân Lloyd",
            noticed_at=noticed,
            account="In the lunch queue he said “they all deserve what is coming to them” "
            "about the mosque in town.",
            immediate_danger=False,
            location="Dining hall",
            others_present="Two Year 9 pupils",
            indicators=("hostile_language", "fixated_topic"),
            category="extreme_right_wing",
            details=EXAMPLE_DETAILS,
        ),
    )
    cs.move_to(vault, ref.id, Stage.CHECK)
    for content, kind, validation, source in (
        ("Heard him say the words quoted.", InformationKind.OBSERVED,
         Validation.CORROBORATED, "Mrs Siân Lloyd"),
        ("A classmate says he shares extremist memes.", InformationKind.ASSERTION,
         Validation.UNCORROBORATED, "Zoë, a pupil"),
    ):  # fmt: skip
        cs.add_information(
            vault,
            ref.id,
            cs.InformationInput(content, kind, validation, source, noticed.date()),
        )
    cs.add_alternative(
        vault, ref.id, cs.AlternativeInput("Repeating something heard at home in anger.")
    )
    cs.add_consultation(
        vault,
        ref.id,
        cs.ConsultationInput(
            "PC Rhodri Jones", noticed + dt.timedelta(days=1), role="Prevent officer",
            agency="Police", method="Phone", outcome="Advised a referral",
        ),
    )  # fmt: skip
    cs.move_to(vault, ref.id, Stage.DECIDE)
    rationale = (
        "Repeated hostile language about a faith group, backed by what was seen online; a "
        "referral is proportionate."
        if outcome is Outcome.PREVENT_REFERRAL
        else "His teacher confirmed the remark quoted a history lesson on propaganda; no "
        "further action, and his form tutor will keep an eye on him."
    )
    cs.record_decision(
        vault,
        ref.id,
        cs.DecisionInput(outcome, rationale, {"engagement": "yes", "intent": "unclear"}),
    )
    return ref.id


def shoot_referral_screens(shoot: Callable[[QWidget, str], object], ctx: PageContext) -> None:
    from ui.referral.decision_dialog import DecisionRecordDialog
    from ui.referral.dialogs import ReferralDialog

    referral = make_example_concern(ctx.vault, Outcome.PREVENT_REFERRAL)
    dialog = ReferralDialog(ctx, referral)
    dialog.resize(1100, 760)
    dialog.review.set_text(
        ReferralSection.WORRIES,
        "What worries us:\nThat he is being drawn in by adults online who encourage hatred, "
        "and that he may act on it.",
    )
    shoot(dialog, "30-referral-review")
    dialog.generate_anyway()
    shoot(dialog, "31-referral-form")
    dialog.reject()

    nfa = make_example_concern(ctx.vault, Outcome.NO_FURTHER_ACTION)
    record = DecisionRecordDialog(ctx, nfa)
    record.resize(1000, 760)
    shoot(record, "32-decision-record")
    record.reject()


SIZES = ((1024, 700), (1366, 768))
"""The smallest school laptop and a common one: every referral screen is shot at both."""


def make_case_at_check(vault: OpenVault) -> int:
    """A fictional concern at Check, with information and an explanation already accepted."""
    today = dt.datetime.now().replace(second=0, microsecond=0)
    noticed = today - dt.timedelta(days=3, hours=2)
    person = add_person(
        vault,
        PersonInput(
            forenames="Zoë", surname="O'Neill", date_of_birth=dt.date(today.year - 13, 2, 11),
            gender="Female", school_or_occupation="Year 8",
            addresses=(Address("4 Lôn Glan Môr\nLlanfair Celyn\nLL00 2CD", is_current=True),),
        ),
    )  # fmt: skip
    ref = cs.create_concern(
        vault,
        cs.NoticeInput(
            person_id=person.id, noticed_by="Mr Rhys Evans, form tutor", noticed_at=noticed,
            account="In registration she said “they will all get what is coming, I've seen the "
            "plan”, and showed a video on her phone.", immediate_danger=False,
            location="Form room 12", indicators=("hostile_language",),
            category="not_yet_known",
        ),
    )  # fmt: skip
    cs.move_to(vault, ref.id, Stage.CHECK)
    cs.add_information(
        vault, ref.id,
        cs.InformationInput("Heard her say the words quoted.", InformationKind.OBSERVED,
                            Validation.CORROBORATED, "Mr Rhys Evans", noticed.date(),
                            corroborated_by="Mrs Siân Lloyd, teaching assistant, who was there"),
    )  # fmt: skip
    cs.add_information(
        vault, ref.id,
        cs.InformationInput("A classmate says she is in a group chat that shares attack videos.",
                            InformationKind.ASSERTION, Validation.UNCORROBORATED,
                            "Pupil in her form", noticed.date()),
    )  # fmt: skip
    cs.add_alternative(
        vault, ref.id,
        cs.AlternativeInput("Repeating lines from a horror film she watched.",
                            "Asked her and her mother.",
                            "The words are the film's, but the video is real.", accepted=True),
    )  # fmt: skip
    return ref.id


def shoot_issue13_screens(shoot: Callable[[QWidget, str], object], ctx: PageContext) -> None:
    """The questions at Check, the Before you refer panel, the Copy buttons, the list of open
    questions, the pointer at Decide, after sending, and the contact details in Settings."""
    from PySide6.QtWidgets import QApplication

    from dsl_desktop.domain import Answer, NeedStatus, ReferralOutcome
    from dsl_desktop.services import referral_checks as rc
    from dsl_desktop.services import referral_followup as rfu
    from dsl_desktop.services import referrals as rs
    from ui.concern.page import ConcernsPage
    from ui.referral.dialogs import ReferralDialog
    from ui.settings_dialog import SettingsDialog

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    window = ctx.window
    page = window.page("concerns")
    assert isinstance(page, ConcernsPage)
    concern_id = make_case_at_check(ctx.vault)
    rc.record_check(ctx.vault, concern_id, "person_aware_of_referral", Answer.NO,
                    "Not yet; advice sought from the Prevent team first.")  # fmt: skip
    rc.record_need(ctx.vault, concern_id, "mental_health", NeedStatus.PRESENT,
                   "Low mood since the spring; seen by the school counsellor.")  # fmt: skip
    rc.record_need(ctx.vault, concern_id, "substance_misuse", NeedStatus.NONE_KNOWN)

    def scrolled_to(case: object, key: str, widget: QWidget) -> None:
        area = case.scrolls[key]  # type: ignore[attr-defined]
        settle()
        area.verticalScrollBar().setValue(widget.mapTo(area.widget(), widget.rect().topLeft()).y())
        settle()

    for w, h in SIZES:
        window.resize(w, h)
        case = page.open_case(concern_id, "check")
        assert case is not None
        scrolled_to(case, "check", case.check.form_questions)
        shoot(window, f"referral-check-questions-{w}")
        info = case.check.info_form
        info.kind.set_value(InformationKind.ASSERTION.value)
        info.validation.setCurrentIndex(info.validation.findData(Validation.CORROBORATED.value))
        info.corroborated_by.setText("her mother, who has seen the chat")
        scrolled_to(case, "check", case.check.items_view)
        shoot(window, f"referral-check-kinds-{w}")
        info.drafts.discard()

    cs.move_to(ctx.vault, concern_id, Stage.DECIDE)
    for w, h in SIZES:
        window.resize(w, h)
        case = page.open_case(concern_id, "decide")
        assert case is not None
        case.decide.outcome.set_value(Outcome.PREVENT_REFERRAL.value)
        scrolled_to(case, "decide", case.decide.outcome)
        shoot(window, f"referral-decide-pointer-{w}")
    cs.record_decision(
        ctx.vault, concern_id,
        cs.DecisionInput(Outcome.PREVENT_REFERRAL, "The video is real and she says she has "
                         "seen a plan; the film explains the words, not the video."),
    )  # fmt: skip
    for w, h in SIZES:
        window.resize(w, h)
        case = page.open_case(concern_id, "share")
        assert case is not None
        scrolled_to(case, "share", case.share.before_panel)
        shoot(window, f"referral-before-you-refer-{w}")

    for w, h in SIZES:
        dialog = ReferralDialog(ctx, concern_id)
        dialog.resize(w, h)
        dialog.show()
        if dialog.stack.currentIndex() != ReferralDialog.REVIEW_PAGE:
            dialog.start_review()  # a form was made at the other size: review a new version
        settle()
        dialog.review.editors[ReferralSection.CONCERN].copy()
        shoot(dialog, f"referral-copy-{w}")
        dialog.generate()
        shoot(dialog, f"referral-unanswered-{w}")
        dialog.generate_anyway()
        dialog.copy_all()
        shoot(dialog, f"referral-copy-all-{w}")
        dialog.reject()

    referral = rs.referral_for_output(ctx.vault, concern_id)
    rs.record_sent(ctx.vault, referral, dt.datetime.now().replace(second=0, microsecond=0)
                   - dt.timedelta(days=9), "prevent.referrals@example.police.uk",
                   "Online referral form", "PR-2026-0413")  # fmt: skip
    rfu.record_gateway_outcome(ctx.vault, referral, ReferralOutcome.CHANNEL,
                               dt.date.today() - dt.timedelta(days=3))  # fmt: skip
    rfu.record_feedback(ctx.vault, referral, requested_on=dt.date.today() - dt.timedelta(days=5))
    for w, h in SIZES:
        window.resize(w, h)
        case = page.open_case(concern_id, "share")
        assert case is not None
        scrolled_to(case, "share", case.share.after_sending)
        shoot(window, f"referral-after-sending-{w}")

    for w, h in SIZES:
        settings = SettingsDialog(ctx, window)
        settings.resize(w, h)
        settings.tabs.setCurrentIndex(settings.tabs.indexOf(settings.contact_box.parentWidget()))
        shoot(settings, f"settings-contact-details-{w}")
        settings.reject()
