"""The fictional school's vocabulary: names, places, words for concerns, staff and courses."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from dsl_desktop.domain import Answer, InformationKind, Outcome, ReferralOutcome, RoleType

DEMO_SCHOOL = "Ysgol Enghraifft / Example School"


DEMO_PHONE = "01632 960412"


"""The demo DSL's direct line (a number Ofcom keeps for drama and examples)."""


DEMO_EMAIL = "dsl@enghraifft.example"


DEMO_SIGN_IN = "dsl"


DEMO_DISPLAY_NAME = "Demo DSL"


DAY_STARTS = dt.time(8, 0)


DAY_ENDS = dt.time(17, 30)


"""Demo events happen on school days between these times."""


START = dt.datetime(2021, 9, 1, 8, 30)


"""The first school day of the demo period."""


END = dt.datetime(2026, 7, 15, 16, 0)


"""The last moment of the demo period: nothing generated happens after it."""


CONCERNS_PER_PERSON = 10


@dataclass(frozen=True)
class DemoCounts:
    people: int = 0
    concerns: int = 0
    information_items: int = 0
    alternatives: int = 0
    consultations: int = 0
    decisions: int = 0
    referrals: int = 0
    actions: int = 0
    stage_changes: int = 0
    staff: int = 0
    training_records: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def people_for(concerns: int) -> int:
    """How many people ``concerns`` concerns are spread over: about 10 each in a large set
    (5,000 for 50,000), but never fewer than 20 (or one per concern) in a small one."""
    if concerns <= 0:
        return 0
    return max(concerns // CONCERNS_PER_PERSON, min(concerns, 20))


# ---- fictional vocabulary ----------------------------------------------------------------
# (forenames, surnames) by background; a person's names come from one background.
NAME_POOLS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # British
        ("Oliver", "Amelia", "Harry", "Isla", "Jack", "Poppy", "Charlie", "Freya", "George",
         "Evie", "Alfie", "Ruby", "Thomas", "Grace", "Jacob", "Lily", "Oscar", "Zoë", "Joshua",
         "Chloë", "Leo", "Ellie", "Archie", "Millie"),
        ("Smith", "Jones", "Taylor", "Brown", "Wilson", "Johnson", "Walker", "Wright",
         "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood",
         "Harris", "Clarke", "Jackson", "Turner", "Parker", "Cooper"),
    ),
    (  # Welsh
        ("Gwŷn", "Siân", "Rhys", "Cerys", "Dafydd", "Ffion", "Iwan", "Elin", "Llŷr", "Nia",
         "Osian", "Megan", "Gethin", "Catrin", "Aled", "Lowri", "Ioan", "Seren", "Tomos",
         "Mali", "Emyr", "Heledd", "Gruffydd", "Angharad"),
        ("Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Lewis", "Morgan",
         "Griffiths", "Price", "Pritchard", "Llewellyn", "ap Siôn", "Prosser", "Bevan",
         "Powell", "Rees", "Vaughan", "Owen", "Parry", "Jenkins", "Pugh"),
    ),
    (  # Irish
        ("Aoife", "Seán", "Niamh", "Cian", "Siobhán", "Oisín", "Caoimhe", "Darragh", "Róisín",
         "Pádraig", "Saoirse", "Eoin", "Clodagh", "Ciarán", "Aisling", "Tadhg"),
        ("O'Neill", "O'Brien", "Murphy", "Kelly", "Ó Súilleabháin", "McCarthy", "Byrne",
         "Ní Bhriain", "Doyle", "Walsh", "O'Connor", "Gallagher", "Quinn", "Ryan",
         "Mac Giolla", "Fitzgerald"),
    ),
    (  # South Asian
        ("Aarav", "Priya", "Mohammed", "Aisha", "Harpreet", "Ravi", "Ananya", "Imran",
         "Fatima", "Arjun", "Zainab", "Hamza", "Simran", "Yusuf", "Maryam", "Rohan", "Amaan",
         "Noor", "Gurpreet", "Sana"),
        ("Patel", "Khan", "Begum", "Ahmed", "Singh", "Kaur", "Hussain", "Sharma", "Ali",
         "Chaudhry", "Rahman", "Iqbal", "Gill", "Shah", "Mistry", "Bhatt", "Sandhu",
         "Choudhury"),
    ),
    (  # African
        ("Oluwaseun", "Chiamaka", "Kwame", "Amara", "Tunde", "Adaeze", "Kofi", "Nia",
         "Emeka", "Abena", "Yaw", "Zawadi", "Chidi", "Ifeoma", "Jabari", "Folasade", "Tendai",
         "Ayodele", "Nnamdi", "Efua"),
        ("Adebayo", "Okafor", "Mensah", "Okonkwo", "Asante", "Boateng", "Nwosu", "Adeyemi",
         "Owusu", "Eze", "Abiola", "Mwangi", "Banda", "Diallo", "Oyelaran", "Achebe",
         "Kamara", "Osei"),
    ),
    (  # Eastern European
        ("Kateřina", "Jakub", "Zuzana", "Łukasz", "Agnieszka", "Mateusz", "Oksana", "Dmytro",
         "Ionuț", "Andreea", "Tomáš", "Małgorzata", "Bogdan", "Jelena", "Marek", "Ivana",
         "Paweł", "Anastasiia", "Vytautas", "Aleksandra"),
        ("Nováková", "Kowalski", "Wiśniewska", "Horváth", "Popescu", "Shevchenko", "Dvořák",
         "Nowak", "Kovačević", "Ionescu", "Wójcik", "Petrov", "Bondarenko", "Kazlauskas",
         "Lewandowski", "Černá", "Mazur", "Zielińska"),
    ),
)  # fmt: skip


POOL_WEIGHTS = (36, 22, 8, 16, 9, 9)


FEATURED: tuple[tuple[int, str, str], ...] = (
    (1, "Gwŷn", "ap Siôn"), (1, "Siân", "Llewellyn"), (0, "Zoë", "Walker"),
    (5, "Kateřina", "Nováková"), (2, "Aoife", "O'Neill"), (3, "Harpreet", "Kaur"),
    (4, "Oluwaseun", "Adebayo"), (5, "Łukasz", "Wiśniewski"),
)  # fmt: skip


"""The first people made always have these names, so a small demo shows the hard cases."""


STAFF_NOTICERS = (
    "Mr Gareth Hughes", "Mrs Aisha Begum", "Ms Catrin Morgan", "Mr Tomasz Nowak",
    "Miss Ellie Turner", "Mr Kwame Asante", "Mrs Siobhán Byrne", "Dr Priya Shah",
    "Mr Rhys Llewellyn", "Ms Folasade Adeyemi", "Mrs Helen Parry", "Mr Jack Cooper",
    "Ms Ffion Evans", "Mr Imran Hussain", "Mrs Zuzana Dvořák", "Mr Owen Pugh",
)  # fmt: skip


LOCATIONS = (
    "Dining hall", "Year 9 form room", "Library", "School bus", "Playground", "IT suite",
    "Corridor outside the science labs", "Changing rooms", "RE lesson, room 12",
    "History lesson, room 4", "Online: reported by a pupil", "School gate at home time",
    "Learning support base", "Sixth form common room",
)  # fmt: skip


OTHERS_PRESENT = (
    "", "", "Two pupils from the same form", "Teaching assistant", "The whole class",
    "A supply teacher", "Lunchtime supervisor", "No one else",
)  # fmt: skip


CATEGORY_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("no_ideology_vulnerability", 30), ("extreme_right_wing", 20), ("islamist", 9),
    ("mixed_unclear_unstable", 12), ("incel", 5), ("school_massacre", 4),
    ("left_wing_anarchist_single_issue", 3), ("conflicted", 2), ("high_ct_risk_no_ideology", 2),
    ("other", 3), ("not_yet_known", 10),
)  # fmt: skip


ACCOUNTS: dict[str, tuple[str, ...]] = {
    "extreme_right_wing": (
        '{fn} said "they should all be sent back where they came from" during a lesson on '
        "migration, and would not discuss it further.",
        "{fn} drew a sun-wheel symbol on an exercise book and told a classmate it was "
        '"for the cause".',
        '{fn} shared a meme in the year group chat calling a local mosque "an invasion base".',
    ),
    "islamist": (
        '{fn} told the class that people who do not follow "the true path" deserve to be '
        "punished, and refused to listen to other views.",
        "{fn} was watching a video of a preacher who has been banned from social media, on a "
        "phone at break, and said he was the only one telling the truth.",
    ),
    "mixed_unclear_unstable": (
        '{fn} said the government "is run by a secret group" and, in the same conversation, '
        "praised a man who attacked people in another country.",
        "{fn} moves between several online conspiracy forums and repeats their slogans in lessons.",
    ),
    "incel": (
        '{fn} wrote in a journal that girls "owe" him and used the word "femoids" about '
        "classmates.",
        "{fn} told a teaching assistant that women should not be allowed to choose who they "
        "go out with.",
    ),
    "school_massacre": (
        "{fn} searched for details of a school shooting on a library computer and said he "
        '"understood why he did it".',
        "{fn} has a notebook listing the names of pupils next to the word "
        '"first", found by a teacher.',
    ),
    "left_wing_anarchist_single_issue": (
        '{fn} told friends she wanted to "do something real" against the animal testing lab, '
        '"not just protests".',
    ),
    "no_ideology_vulnerability": (
        "{fn} is fixated on weapons and violent videos but shows no interest in any cause; "
        "has been withdrawn since a family breakdown.",
        "{fn} has been spending nights online with older gamers who encourage extreme jokes; "
        "tired and isolated in school.",
        "{fn} keeps talking about a knife collection and getting back at the pupils who bully him.",
    ),
    "high_ct_risk_no_ideology": (
        '{fn} said he wants to "make the news" and asked a science teacher how fertiliser '
        "could be made to explode.",
    ),
    "conflicted": (
        "{fn} talks about joining a group online and then says the group is wrong, changing "
        "from day to day.",
    ),
    "other": (
        '{fn} was overheard in the corridor saying "something big is going to happen on Friday".',
    ),
    "not_yet_known": (
        "{fn} has changed friendship group, dress and language over the half term; a parent "
        "asked the school for help.",
        "A pupil reported that {fn} posted a video with a flag that staff did not recognise.",
    ),
}


INDICATORS_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "extreme_right_wing": ("hostile_language", "symbols", "supports_group", "closed_to_debate"),
    "islamist": ("scripted_speech", "closed_to_debate", "extremist_material", "new_friends"),
    "mixed_unclear_unstable": ("fixated_topic", "more_time_online", "admires_attackers"),
    "incel": ("hostile_language", "more_time_online", "isolation", "angry"),
    "school_massacre": ("admires_attackers", "threatens_harm", "weapons_interest", "withdrawn"),
    "left_wing_anarchist_single_issue": ("fixated_topic", "threatens_harm", "new_friends"),
    "no_ideology_vulnerability": ("withdrawn", "tearful_low", "isolation", "weapons_interest"),
    "high_ct_risk_no_ideology": ("weapons_interest", "threatens_harm", "fixated_topic"),
    "conflicted": ("being_recruited", "online_grooming", "more_time_online"),
    "other": ("threatens_harm", "angry"),
    "not_yet_known": ("appearance_change", "new_friends", "more_time_online"),
}


ITEMS: dict[InformationKind, tuple[str, ...]] = {
    InformationKind.OBSERVED: (
        "Teacher on duty heard {fn} say the words recorded in the account.",
        "Screenshot of the group chat, handed in by a pupil, shows {fn}'s message.",
        "School filtering log shows repeated searches for extremist material on {fn}'s login.",
        "Form tutor saw the symbol drawn on {fn}'s planner.",
        "{fn} repeated the same views when spoken to by the Head of Year.",
    ),
    InformationKind.ASSERTION: (
        "A classmate says {fn} is in an online group that shares violent videos.",
        "Parent says {fn} spends nights gaming and chatting with older men online.",
        "An older sibling told the school nurse that {fn} has been visiting a new group.",
        "A pupil says {fn} threatened to 'sort out' another pupil after school.",
    ),
    InformationKind.ASSUMPTION: (
        "Staff think {fn} must be getting these ideas from home.",
        "Form tutor believes the change in clothing means {fn} is being radicalised.",
        "It was assumed {fn} wrote the graffiti because of where it was found.",
    ),
}


SOURCES = (
    "Form tutor", "Head of Year", "Classmate", "Parent/carer", "School nurse",
    "IT filtering report", "Police PCSO", "Teaching assistant", "SENCo", "Older sibling",
)  # fmt: skip


ALTERNATIVES = (
    ("Repeating lyrics from a drill track popular in the year group",
     "Listened to the track with the pupil and the form tutor"),
    ("Research for a history project on the Second World War",
     "Spoke to the history teacher, who confirmed the project"),
    ("A special interest linked to an autism diagnosis",
     "Discussed with the SENCo and the pupil's parents"),
    ("Misunderstanding of a religious practice by the member of staff",
     "Asked the RE lead and the family"),
    ("Quoting a video game", "Looked at the game's content with the IT technician"),
    ("A mental health crisis after a bereavement", "Spoke to the school counsellor"),
    ("Dark humour to fit in with an older group",
     "Talked with the pupil about the effect of the jokes"),
)  # fmt: skip


CONCLUSIONS: tuple[tuple[str, bool | None], ...] = (
    ("Partly explains what was seen; the concern remains.", False),
    ("Ruled out: the project finished last term.", False),
    ("It explains what was seen.", True),
    ("Not enough to explain the threats; kept under review.", False),
    ("", None),
)


"""What an alternative turned out to be, and whether it is accepted (explains what was seen)."""


CORROBORATORS = (
    "Second member of staff who was present", "CCTV in the corridor", "The IT filtering log",
    "Screenshot handed in and checked by the DSL", "The pupil's own account to the Head of Year",
    "Parent/carer, by phone",
)  # fmt: skip


CONSULTEES = (
    ("PC Dafydd Evans", "Prevent officer", "Police Prevent team", "phone"),
    ("Ms Joanna Reid", "Prevent co-ordinator", "Local authority", "email"),
    ("Mr Kwame Asante", "Head of Year", "School", "meeting"),
    ("Dr Priya Nair", "CAMHS practitioner", "CAMHS", "phone"),
    ("Mrs Hannah Morgan", "Social worker", "Children's social care (MASH)", "phone"),
    ("The pupil's mother", "Parent/carer", "Family", "meeting"),
    ("Mr Bogdan Ionescu", "Education welfare officer", "Local authority", "video call"),
)  # fmt: skip


CONSULT_SHARED = (
    "The account, the information gathered and the school's view",
    "Names and dates of birth, and what was said",
    "A summary of the concern without names, to ask for advice",
)


CONSULT_WHY = (
    "Advice on whether a Prevent referral is proportionate",
    "To understand the pupil's circumstances at home",
    "To check whether other services already know the family",
)


CONSULT_OUTCOMES = (
    "Advised that a referral is proportionate",
    "Advised monitoring in school and a review",
    "No other agency involved; agreed school support",
    "Parent supportive and will talk with the pupil",
)


RATIONALES: dict[Outcome, tuple[str, ...]] = {
    Outcome.NO_FURTHER_ACTION: (
        "The alternative explanation accounts for what was seen; no ideology, intent or "
        "capability; parents informed. No further action, reasons recorded.",
        "The assertion was contradicted by two staff and the filtering log. No further action.",
    ),
    Outcome.MONITOR: (
        "Interest in the ideology is not yet confirmed; watch, record and review on the date set.",
        "Mostly assertions so far; keep gathering and review with the Head of Year.",
    ),
    Outcome.IN_SCHOOL_SUPPORT: (
        "Vulnerability rather than ideology; mentoring with the learning coach and a safe "
        "space at lunch.",
        "Needs are met by pastoral support in school; the family agrees.",
    ),
    Outcome.EARLY_HELP_OR_SOCIAL_CARE: (
        "Family difficulties are the main need; early help assessment requested.",
        "Wider safeguarding concerns at home; referred to children's social care through the MASH.",
    ),
    Outcome.PREVENT_REFERRAL: (
        "Observed and corroborated support for violence linked to an ideology; police Prevent "
        "advised a referral.",
        "Expressed intent to harm others with an ideological motive; referral to the police "
        "Prevent team.",
    ),
    Outcome.EMERGENCY: ("Immediate risk of harm: 999 called; the record was made afterwards.",),
}


PARALLEL_ROUTES = ("", "", "", "Early help assessment", "CAMHS referral", "MASH referral")


REVIEW_NOTES = (
    "Reviewed with the Head of Year: no further incidents; the pupil is settled.",
    "Mentoring has helped; attendance is back to normal.",
    "No new information since the decision; the concern can be closed.",
    "Channel support completed; the school will keep watching as usual.",
    "Still some worrying comments; keep monitoring until the next review.",
)


ACTIONS = (
    "Speak to parents/carers", "Check school filtering logs", "Arrange mentoring with the "
    "learning coach", "Discuss at the pastoral meeting", "Tell the form tutor what to look for",
    "Share the file with the new school on transfer", "Book a session with the school counsellor",
)  # fmt: skip


REFERRAL_DESTINATIONS = (
    ("Police Prevent team (regional hub)", "secure email"),
    ("Police Prevent team (regional hub)", "online referral form"),
    ("Local authority Prevent lead", "secure email"),
)


REFERRAL_OUTCOME_WEIGHTS = (
    (ReferralOutcome.NO_FURTHER_ACTION, 40), (ReferralOutcome.SIGNPOSTED, 25),
    (ReferralOutcome.PREVENT_CASE_MANAGEMENT, 15), (ReferralOutcome.CHANNEL, 12),
    (ReferralOutcome.UNKNOWN, 8),
)  # fmt: skip


JOB_TITLES: tuple[tuple[str, tuple[RoleType, ...], int], ...] = (
    ("Class teacher", (RoleType.ALERTER, RoleType.RESPONDER), 40),
    ("Teaching assistant", (RoleType.ALERTER,), 20),
    ("Head of Year", (RoleType.ALERTER, RoleType.RESPONDER), 5),
    ("Lunchtime supervisor", (RoleType.ALERTER,), 6),
    ("Office manager", (RoleType.ALERTER,), 3),
    ("Caretaker", (RoleType.ALERTER,), 3),
    ("Deputy headteacher", (RoleType.ALERTER, RoleType.RESPONDER, RoleType.DECISION_MAKER), 2),
    ("Headteacher", (RoleType.ALERTER, RoleType.DECISION_MAKER, RoleType.GOVERNANCE), 1),
    ("Designated Safeguarding Lead", (RoleType.DSL, RoleType.RESPONDER,
                                      RoleType.DECISION_MAKER), 1),
    ("Deputy DSL", (RoleType.DEPUTY_DSL, RoleType.RESPONDER), 2),
    ("Governor", (RoleType.GOVERNANCE,), 6),
    ("Volunteer reader", (RoleType.ESSENTIAL,), 3),
)  # fmt: skip


LEADERSHIP: tuple[tuple[str, tuple[RoleType, ...]], ...] = (
    ("Designated Safeguarding Lead", (RoleType.DSL, RoleType.DECISION_MAKER, RoleType.RESPONDER,
                                      RoleType.ALERTER)),
    ("Deputy Designated Safeguarding Lead", (RoleType.DEPUTY_DSL, RoleType.RESPONDER,
                                             RoleType.ALERTER)),
    ("Deputy Designated Safeguarding Lead", (RoleType.DEPUTY_DSL, RoleType.RESPONDER,
                                             RoleType.ALERTER)),
    ("Headteacher", (RoleType.DECISION_MAKER, RoleType.GOVERNANCE, RoleType.ALERTER)),
)  # fmt: skip


"""The first demo staff when the register has none of them yet: the DSL, two deputies, the
head. In a school in Wales the role is the Designated Safeguarding Person."""


LEADERSHIP_WALES = {
    "Designated Safeguarding Lead": "Designated Safeguarding Person",
    "Deputy Designated Safeguarding Lead": "Deputy Designated Safeguarding Person",
    "Deputy DSL": "Deputy DSP",
}


TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx")


ROLE_COURSES: dict[RoleType, tuple[str, ...]] = {
    RoleType.ESSENTIAL: ("prevent_awareness",),
    RoleType.ALERTER: ("safeguarding_induction", "safeguarding_update", "prevent_awareness",
                       "online_grooming"),
    RoleType.RESPONDER: ("prevent_referrals", "channel_awareness", "wrap"),
    RoleType.DECISION_MAKER: ("prevent_update",),
    RoleType.GOVERNANCE: ("governance_briefing", "prevent_awareness"),
    RoleType.DSL: ("dsl_training", "dsl_update", "prevent_referrals", "train_the_trainer"),
    RoleType.DEPUTY_DSL: ("dsl_training", "dsl_update", "prevent_referrals"),
}  # fmt: skip


"""Courses a demo member of staff has done, by role type (only those the store holds)."""


CHECK_ANSWERS: dict[str, tuple[tuple[Answer, str], ...]] = {
    "discussed_with_lead": (
        (Answer.YES, "The DSL is making this referral."),
        (Answer.YES, "Discussed with the DSL and the deputy DSL before referring."),
    ),
    "person_aware_of_referral": (
        (Answer.YES, "Told by the Head of Year, who explained what happens next."),
        (Answer.NO, "Not told yet: advice sought from the Prevent team first."),
    ),
    "parents_or_carers_informed": (
        (Answer.YES, "Mother told by phone; she supports the referral."),
        (Answer.YES, "Both parents met the DSL; they are worried and support it."),
        (Answer.NO, "Not told: telling them could put the child at risk (recorded reasons)."),
    ),
    "discussions_with_child": (
        (Answer.YES, "Spoke with the pupil with the form tutor present."),
        (Answer.UNCLEAR, "The pupil would not talk about it."),
    ),
    "action_taken_since": (
        (Answer.YES, "Daily check-ins with the form tutor; online safety session booked."),
        (Answer.YES, "Device use in school supervised; mentoring started."),
    ),
    "discussed_with_other_agencies": (
        (Answer.YES, "Advice from the police Prevent officer by phone."),
        (Answer.NO, ""),
    ),
}


"""The checks already made, as demo referrals answer them (answer, details)."""


NEED_DETAILS: dict[str, tuple[str, ...]] = {
    "special_needs_or_disability": ("Autism diagnosis; SEN support plan", "Dyslexia",
                                    "ADHD (suspected); assessment requested"),
    "mental_health": ("Low mood since a bereavement; school counsellor weekly",
                      "Anxiety; known to CAMHS"),
    "victim_of_bullying_or_crime": ("Bullied online last year", "Victim of a robbery in town"),
    "family_or_peer_concerns": ("New older friends outside school", "Parents recently separated"),
    "housing": ("Temporary accommodation since the spring", "Overcrowded flat"),
    "substance_misuse": ("Vaping; cannabis use reported by a friend",),
    "grievance_or_conspiracy_beliefs": ("Talks of being treated unfairly by teachers",
                                        "Shares conspiracy videos about the pandemic"),
    "other_needs": ("Young carer for a parent",),
}  # fmt: skip


NEED_KEYS: tuple[str, ...] = tuple(NEED_DETAILS)


def academic_year(day: dt.date) -> int:
    """The calendar year in which ``day``'s school year (September to August) began."""
    return day.year if day.month >= 9 else day.year - 1


def year_group_on(born: dt.date, day: dt.date) -> int:
    """The year group (England and Wales) of a child born on ``born``, on ``day``: Year 7 is
    the school year in which the child turns 12."""
    return academic_year(day) - academic_year(born) - 5
