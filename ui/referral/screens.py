"""Screenshots of the referral dialogs, with a fictional concern made through the services.

``ui.screenshots`` calls :func:`shoot_referral_screens` once the main window is showing.
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
    from ui.referral.dialogs import DecisionRecordDialog, ReferralDialog

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
