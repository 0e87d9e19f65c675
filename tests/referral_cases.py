"""A worked concern, written straight into a real vault with the ORM, for the referral tests.

The rows are those the guided flow leaves behind at the Share step (or at Closed after a decision
of no further action). Names carry letters outside ASCII on purpose (Gwŷn, Siân, Zoë, Kateřina).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from db.models import (
    Action,
    AlternativeExplanation,
    Concern,
    Consultation,
    Decision,
    InformationItem,
    LocalContact,
    Person,
    School,
)
from db.vault import OpenVault
from dsl_desktop.domain import Outcome, Stage

NOTICED = dt.datetime(2026, 1, 14, 10, 20)
ACCOUNT = "In the lunch queue Gwŷn said “they all deserve what is coming to them” about the mosque."
RATIONALE = (
    "Repeated hostile language about a faith group, now backed by material found on a school "
    "laptop; Gwŷn's wellbeing is worsening. A Prevent referral is proportionate."
)
NFA_RATIONALE = (
    "The drawing was part of a history project on propaganda; his teacher confirmed the brief. "
    "No further action."
)

DETAILS: dict[str, Any] = {
    "how_it_came_to_notice": "The dinner supervisor reported it to the DSL the same hour.",
    "ideology_or_interest": "Talks admiringly of an extreme right-wing group’s leader.",
    "online_activity": "Watches livestreams from a banned channel on his phone.",
    "how_online_activity_found": "Seen by Zoë in ICT on a shared screen.",
    "contacts_with_groups": "Says he chats nightly with “older lads” in a Telegram group.",
    "threats_or_wish_to_harm": "None heard directly.",
    "weapons_explosives_travel": "No known access to weapons.",
    "mental_health": "Referred to CAMHS in 2025 for low mood.",
    "victim_of_bullying_or_crime": "Bullied online in Year 7.",
    "housing": "Lives with his mother; overcrowded flat.",
    "other_safeguarding_concerns": "An older cousin was arrested last year.",
    "social_media_handles": ["TikTok: @gwyn_the_bold", "Telegram: @dragonfire09"],
    "agencies_involved": "Early help family worker, Ms Kateřina Novák.",
    "discussed_with_lead": "yes",
    "discussed_with_lead_details": "The DSL is making this referral.",
    "person_aware_of_referral": "no",
    "person_aware_of_referral_details": "Not yet told; advice sought from Prevent first.",
    "parents_or_carers_informed": "unclear",
    "discussions_with_child": "yes",
    "discussions_with_child_details": "Spoke with Gwŷn on 15 January with his form tutor.",
    "worried_about": "That Gwŷn is being drawn in by adults online who encourage hatred.",
    "if_nothing_done": "He may act on what he is being told, or be harmed himself.",
    "referrer_relationship": "His head of year and the school's DSL.",
}


@dataclass
class Case:
    concern_id: int
    reference: str
    person_id: int
    decision_id: int | None
    item_ids: list[int] = field(default_factory=list)


def make_case(
    ov: OpenVault,
    *,
    number: int = 1,
    outcome: Outcome | None = Outcome.PREVENT_REFERRAL,
    stage: Stage | None = None,
    details: dict[str, Any] | None = None,
    consultations: bool = True,
) -> Case:
    """A concern about Gwŷn Siân Prys, checked and decided (``outcome=None``: not decided)."""
    assert ov.user is not None
    me = ov.user.user_id
    if stage is None:
        stage = {
            None: Stage.DECIDE,
            Outcome.PREVENT_REFERRAL: Stage.SHARE,
            Outcome.NO_FURTHER_ACTION: Stage.CLOSED,
        }.get(outcome, Stage.REVIEW)
    with ov.unit() as s:
        school = s.scalars(select(School)).one()
        school.urn = school.urn or "401234"
        school.address = "Ffordd y Castell\nLlanfair PG\nLL61 5AA"
        school.phone = "01248 000000"
        school.email = "dsl@ysgol-llanfair.example"
        if not s.scalars(select(LocalContact)).first():
            s.add(
                LocalContact(
                    kind="police_prevent_referral_email",
                    name="North Wales Police Prevent team",
                    email="prevent@police.example.uk",
                )
            )
        person = Person(
            forenames="Gwŷn Siân",
            surname="Prys",
            other_names="Zoë (nickname)",
            date_of_birth=dt.date(2011, 5, 3),
            gender="Male",
            addresses=[
                {"address": "12 Heol y Bont\nLlanfair\nLL61 3AB", "is_current": True},
                {"address": "4 Old Road, Chester CH1 1AA", "is_current": False},
            ],
            phone="07700 900111",
            email="gwyn.prys@example.org",
            nationality="British",
            first_language="Welsh",
            school_or_occupation="Year 9",
            upn_or_staff_code="A123456789012",
            send="Dyslexia; SEN support plan since Year 5.",
            family_details="Kateřina Prys (mother), 07700 900123\nDai Prys (father), no contact",
            other_agencies="School nurse",
            created_at=NOTICED,
        )
        s.add(person)
        s.flush()
        concern = Concern(
            reference=f"C-2026-{number:04d}",
            person_id=person.id,
            noticed_by="Mrs Siân Lloyd",
            noticed_at=NOTICED,
            location="Dining hall",
            account=ACCOUNT,
            others_present="Two Year 9 pupils",
            indicators=["hostile_language", "fixated_topic"],
            category="extreme_right_wing",
            immediate_danger=False,
            details=dict(DETAILS if details is None else details),
            stage=stage.value,
            status="closed" if stage is Stage.CLOSED else "open",
            outcome=outcome.value if outcome else None,
            recorded_by_id=me,
            recorded_at=NOTICED + dt.timedelta(minutes=30),
        )
        s.add(concern)
        s.flush()
        items = [
            InformationItem(
                concern_id=concern.id, content="Heard Gwŷn say the words quoted above.",
                source="Mrs Siân Lloyd", obtained_at=NOTICED.date(), kind="observed",
                validation="corroborated", recorded_by_id=me, recorded_at=NOTICED,
            ),
            InformationItem(
                concern_id=concern.id, content="A classmate says Gwŷn shares extremist memes.",
                source="Zoë Evans (pupil)", obtained_at=dt.date(2026, 1, 15), kind="assertion",
                validation="uncorroborated", recorded_by_id=me, recorded_at=NOTICED,
            ),
            InformationItem(
                concern_id=concern.id, content="He may be spending nights online unsupervised.",
                source="Form tutor", kind="assumption", validation="uncorroborated",
                recorded_by_id=me, recorded_at=NOTICED,
            ),
        ]  # fmt: skip
        s.add_all(items)
        s.add(
            AlternativeExplanation(
                concern_id=concern.id, explanation="Repeating something heard at home in anger.",
                exploration="Spoke with his mother, Kateřina.", conclusion="Not the whole story.",
                recorded_by_id=me, recorded_at=NOTICED,
            )
        )  # fmt: skip
        if consultations:
            s.add(
                Consultation(
                    concern_id=concern.id, name="PC Rhodri Jones", role="Prevent officer",
                    agency="North Wales Police", consulted_at=dt.datetime(2026, 1, 16, 9, 0),
                    method="Phone", shared="The account, anonymised",
                    reason="Advice on thresholds", outcome="Advised a referral",
                    recorded_by_id=me,
                )
            )  # fmt: skip
        s.add(
            Action(
                concern_id=concern.id, description="Daily check-in with his form tutor",
                owner="Form tutor", created_by_id=me, created_at=NOTICED,
            )
        )  # fmt: skip
        s.flush()
        decision_id = None
        if outcome is not None:
            rationale = RATIONALE if outcome is Outcome.PREVENT_REFERRAL else NFA_RATIONALE
            decision = Decision(
                concern_id=concern.id,
                answers={
                    "immediate_risk": "no",
                    "engagement": "yes",
                    "engagement_items": [items[0].id, items[1].id],
                    "intent": "unclear",
                    "capability": "no",
                },
                outcome=outcome.value,
                rationale=rationale,
                decided_by_id=me,
                decided_at=dt.datetime(2026, 1, 17, 15, 45),
            )
            s.add(decision)
            s.flush()
            decision_id = decision.id
            concern.decided_at = decision.decided_at
        return Case(concern.id, concern.reference, person.id, decision_id, [i.id for i in items])
