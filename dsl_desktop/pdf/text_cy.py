"""The Welsh wording of every label the PDF documents print (``_()`` in ``dsl_desktop``).

English message -> Welsh, in the terms Welsh schools and councils use: Atal (Prevent),
atgyfeiriad (referral), pryder (concern), Arweinydd Dynodedig Diogelu (designated safeguarding
lead). Placeholders in braces are kept as they are. ``tests/unit/test_pdf_welsh.py`` fails when a
message passed to ``_()`` has no Welsh here.

The security marking printed at the top and foot of each page (``text.MARKING``) is the
Government Security Classifications marking and stays in English; where running text names it,
the Welsh gives both: SWYDDOGOL-SENSITIF (OFFICIAL-SENSITIVE).
"""

from __future__ import annotations

from dsl_desktop.pdf.text_cy_core import CORE_MESSAGES
from dsl_desktop.pdf.text_cy_errors import ERRORS

WELSH: dict[str, str] = {
    # --- England and Wales: the guidance and the role's name ------------------------------
    "Designated Safeguarding Lead": "Arweinydd Dynodedig Diogelu",
    "Deputy Designated Safeguarding Lead": "Dirprwy Arweinydd Dynodedig Diogelu",
    "Designated Safeguarding Person": "Person Dynodedig Diogelu",
    "Deputy Designated Safeguarding Person": "Dirprwy Berson Dynodedig Diogelu",
    "Kept as Keeping learners safe (Welsh Government) asks: the Designated Safeguarding "
    "Person records every concern, decision and action, with the reasons, including the "
    "reasons for not referring.": "Cedwir fel y mae Cadw dysgwyr yn ddiogel (Llywodraeth "
    "Cymru) yn gofyn: mae'r Person Dynodedig Diogelu yn cofnodi pob pryder, penderfyniad a "
    "cham gweithredu, gyda'r rhesymau, gan gynnwys y rhesymau dros beidio ag atgyfeirio.",
    "Kept as Keeping children safe in education (KCSIE) asks: the Designated Safeguarding "
    "Lead records every concern, discussion and decision, with the reasons, including the "
    "reasons for not referring.": "Cedwir fel y mae Cadw plant yn ddiogel mewn addysg "
    "(KCSIE) yn gofyn: mae'r Arweinydd Dynodedig Diogelu yn cofnodi pob pryder, trafodaeth a "
    "phenderfyniad, gyda'r rhesymau, gan gynnwys y rhesymau dros beidio ag atgyfeirio.",
    # --- page furniture and shared pieces ---------------------------------------------------
    "Not recorded": "Heb ei gofnodi",
    "Page {page} of {pages}": "Tudalen {page} o {pages}",
    "Version {version}": "Fersiwn {version}",
    "School reference {urn}": "Cyfeirnod yr ysgol {urn}",
    "Concern {reference}": "Pryder {reference}",
    "No information items recorded.": "Dim eitemau gwybodaeth wedi'u cofnodi.",
    "No.": "Rhif",
    "What is known": "Beth sy'n hysbys",
    "Type": "Math",
    "Source": "Ffynhonnell",
    "Date": "Dyddiad",
    "Checked": "Wedi'i wirio",
    "{years} years": "{years} oed",
    "About {years} years (approximate)": "Tua {years} oed (bras)",
    "source: {source}": "ffynhonnell: {source}",
    # --- text.py: kinds, checks, outcomes, answers, dates -----------------------------------
    "Observed": "Wedi'i weld",
    "Not yet checked": "Heb ei wirio eto",
    "Corroborated": "Wedi'i gadarnhau",
    "Not corroborated": "Heb ei gadarnhau",
    "Contradicted": "Wedi'i wrth-ddweud",
    "No further action": "Dim camau pellach",
    "Not answered": "Heb ei ateb",
    "Yes": "Ie",
    "No": "Na",
    "Unclear": "Aneglur",
    "January": "Ionawr",
    "February": "Chwefror",
    "March": "Mawrth",
    "April": "Ebrill",
    "May": "Mai",
    "June": "Mehefin",
    "July": "Gorffennaf",
    "August": "Awst",
    "September": "Medi",
    "October": "Hydref",
    "November": "Tachwedd",
    "December": "Rhagfyr",
    "{day} {month} {year}": "{day} {month} {year}",
    "{date}, {time}": "{date}, {time}",
    # --- the Prevent referral form ----------------------------------------------------------
    "Prevent referral": "Atgyfeiriad Atal",
    "The concern": "Y pryder",
    "Information and where it came from": "Gwybodaeth ac o ble y daeth",
    "Other information": "Gwybodaeth arall",
    "Checks already made": "Gwiriadau a wnaed eisoes",
    "What we are worried about": "Beth sy'n ein poeni",
    "In the referrer's words": "Yng ngeiriau'r atgyfeiriwr",
    "Forename(s)": "Enw(au) cyntaf",
    "Surname": "Cyfenw",
    "Other names or spellings": "Enwau neu sillafiadau eraill",
    "Date of birth": "Dyddiad geni",
    "Age": "Oed",
    "Gender": "Rhywedd",
    "Current address": "Cyfeiriad presennol",
    "Other address": "Cyfeiriad arall",
    "Address": "Cyfeiriad",
    "Phone": "Ffôn",
    "Email": "E-bost",
    "Nationality": "Cenedligrwydd",
    "First language": "Iaith gyntaf",
    "School or college": "Ysgol neu goleg",
    "Year group": "Grŵp blwyddyn",
    "Occupation": "Galwedigaeth",
    "School, year group or occupation": "Ysgol, grŵp blwyddyn neu alwedigaeth",
    "Other agencies involved with the person or family": (
        "Asiantaethau eraill sy'n ymwneud â'r person neu'r teulu"
    ),
    "Family and carers": "Teulu a gofalwyr",
    "Family member or carer": "Aelod o'r teulu neu ofalwr",
    "Relationship": "Perthynas",
    "Contact details": "Manylion cyswllt",
    "Notes": "Nodiadau",
    "How and why the school became concerned": "Sut a pham y daeth yr ysgol yn bryderus",
    "What happened": "Beth ddigwyddodd",
    "Signs of concern noticed": "Arwyddion pryder a welwyd",
    "Sympathy or interest in extremism, hate crime or terrorism "
    "(ideology, group or cause; school shooters or public massacres; "
    "murders of public figures)": (
        "Cydymdeimlad â neu ddiddordeb mewn eithafiaeth, troseddau casineb neu derfysgaeth "
        "(ideoleg, grŵp neu achos; saethwyr ysgol neu gyflafanau cyhoeddus; llofruddiaethau "
        "ffigurau cyhoeddus)"
    ),
    "Worrying use of phone, internet or social media": (
        "Defnydd pryderus o ffôn, y rhyngrwyd neu gyfryngau cymdeithasol"
    ),
    "How the online activity came to light": "Sut y daeth y gweithgarwch ar-lein i'r amlwg",
    "Contact with worrying groups or individuals (who, how often, why it worries us)": (
        "Cysylltiad â grwpiau neu unigolion pryderus (pwy, pa mor aml, pam ei fod yn ein poeni)"
    ),
    "Threats, or a wish to cause harm (to whom, when, what was said)": (
        "Bygythiadau, neu ddymuniad i achosi niwed (i bwy, pryd, beth a ddywedwyd)"
    ),
    "Weapons, explosives or travel plans": "Arfau, ffrwydron neu gynlluniau teithio",
    "Special educational needs or disability (known or suspected)": (
        "Anghenion dysgu ychwanegol neu anabledd (hysbys neu a amheuir)"
    ),
    "Mental health": "Iechyd meddwl",
    "Victim of bullying or crime": "Dioddefwr bwlio neu drosedd",
    "Family or peer concerns": "Pryderon teuluol neu gyfoedion",
    "Housing": "Tai",
    "Substance misuse": "Camddefnyddio sylweddau",
    "Grievance or conspiracy beliefs": "Cwyn neu gredoau cynllwyn",
    "Other needs or vulnerabilities": "Anghenion neu fregusrwydd eraill",
    "Other safeguarding concerns (family, friends, surroundings)": (
        "Pryderon diogelu eraill (teulu, ffrindiau, amgylchedd)"
    ),
    "Social media names and handles": "Enwau a dolenni cyfryngau cymdeithasol",
    "Agencies and professionals already working with the person": (
        "Asiantaethau a gweithwyr proffesiynol sydd eisoes yn gweithio gyda'r person"
    ),
    "Discussed with the designated safeguarding lead or Prevent lead": (
        "Wedi'i drafod gyda'r arweinydd dynodedig diogelu neu arweinydd Atal"
    ),
    "The person knows about this referral": "Mae'r person yn gwybod am yr atgyfeiriad hwn",
    "Parents or carers told or involved (under 18), and whether they support it": (
        "Rhieni neu ofalwyr wedi cael gwybod neu'n rhan ohono (dan 18), ac a ydynt yn ei gefnogi"
    ),
    "Conversations held with the child": "Sgyrsiau a gynhaliwyd gyda'r plentyn",
    "Action taken since the concern arose": "Camau a gymerwyd ers i'r pryder godi",
    "Discussed with other agencies": "Wedi'i drafod gydag asiantaethau eraill",
    "Check": "Gwiriad",
    "Answer": "Ateb",
    "Details": "Manylion",
    "Not known": "Ddim yn hysbys",
    "What worries us": "Beth sy'n ein poeni",
    "What may happen if nothing is done and the needs are not met": (
        "Beth allai ddigwydd os na wneir dim ac os na chaiff yr anghenion eu diwallu"
    ),
    "Name": "Enw",
    "Role": "Rôl",
    "Organisation": "Sefydliad",
    "Relationship to the person": "Perthynas â'r person",
    "Date of referral": "Dyddiad yr atgyfeiriad",
    "Concern reference": "Cyfeirnod y pryder",
    "School reference (URN)": "Cyfeirnod yr ysgol (URN)",
    "Form version": "Fersiwn y ffurflen",
    "Prepared": "Paratowyd",
    # --- the decision record ----------------------------------------------------------------
    "Decision record": "Cofnod penderfyniad",
    "{school}: for the school's own safeguarding file": (
        "{school}: ar gyfer ffeil ddiogelu'r ysgol ei hun"
    ),
    "The person": "Y person",
    "Information gathered": "Gwybodaeth a gasglwyd",
    "Other explanations considered": "Esboniadau eraill a ystyriwyd",
    "Who was consulted": "Pwy yr ymgynghorwyd â nhw",
    "Proportionality": "Cymesuredd",
    "Decision": "Penderfyniad",
    "Age when decided": "Oed pan benderfynwyd",
    "Year group or role": "Grŵp blwyddyn neu rôl",
    "First noticed": "Sylwyd gyntaf",
    "Noticed by": "Sylwyd gan",
    "Type of concern": "Math o bryder",
    "What was seen or heard": "Beth a welwyd neu a glywyd",
    "None of this information was observed directly: it rests on reports and inferences only.": (
        "Ni welwyd dim o'r wybodaeth hon yn uniongyrchol: mae'n dibynnu ar adroddiadau a "
        "chasgliadau yn unig."
    ),
    "No other explanations were recorded.": "Ni chofnodwyd esboniadau eraill.",
    "Possible explanation": "Esboniad posibl",
    "What was done to explore it": "Beth a wnaed i'w archwilio",
    "What was found": "Beth a ganfuwyd",
    "No one else was consulted.": "Ni ymgynghorwyd â neb arall.",
    "Who (role, agency)": "Pwy (rôl, asiantaeth)",
    "When and how": "Pryd a sut",
    "What was shared": "Beth a rannwyd",
    "Why it was shared": "Pam y cafodd ei rannu",
    "Advice or outcome": "Cyngor neu ganlyniad",
    "Is anyone at immediate risk of harm?": "A oes unrhyw un mewn perygl uniongyrchol o niwed?",
    "Engagement with a group, cause or ideology?": "Ymgysylltu â grŵp, achos neu ideoleg?",
    "Intent to cause harm?": "Bwriad i achosi niwed?",
    "Capability to cause harm?": "Gallu i achosi niwed?",
    "These questions record professional judgement on the information available. They are "
    "not a score and do not predict what anyone will do.": (
        "Mae'r cwestiynau hyn yn cofnodi barn broffesiynol ar y wybodaeth sydd ar gael. Nid sgôr "
        "ydynt ac nid ydynt yn rhagweld beth fydd unrhyw un yn ei wneud."
    ),
    "Question": "Cwestiwn",
    "Outcome": "Canlyniad",
    "Decided by": "Penderfynwyd gan",
    "Decided on": "Penderfynwyd ar",
    "Review date": "Dyddiad adolygu",
    "No review date set": "Dim dyddiad adolygu wedi'i osod",
    "Reasons for the decision": "Rhesymau dros y penderfyniad",
    "Person": "Person",
    "Record version": "Fersiwn y cofnod",
    # --- wording the referral service writes into a form ------------------------------------
    "done": "wedi'i wneud",
    "in hand": "ar y gweill",
    "Noticed by {who} on {when}.": "Sylwyd gan {who} ar {when}.",
    "Noticed on {when}.": "Sylwyd ar {when}.",
    "Where: {place}.": "Ble: {place}.",
    "Also present: {people}": "Hefyd yn bresennol: {people}",
    "{role} at the person's school": "{role} yn ysgol y person",
    "{role} at the school where the person works": "{role} yn yr ysgol lle mae'r person yn gweithio",
    "Alongside this: {route}": "Ochr yn ochr â hyn: {route}",
    "Emergency action ({when}): {action}": "Camau brys ({when}): {action}",
    "Emergency action: {action}": "Camau brys: {action}",
    "Based on information items {numbers}.": "Yn seiliedig ar eitemau gwybodaeth {numbers}.",
    # --- catalogue labels and PDF values -----------------------------------------------------
    # Words the app offers for a stored value (text.stored_word); catalogue labels come with
    # their Welsh from the bundled catalogues (label_cy, title_cy).
    "Female": "Benyw",
    "Male": "Gwryw",
    "Non-binary": "Anneuaidd",
    "Prefers not to say": "Mae'n well ganddynt beidio â dweud",
    "Reviewer": "Adolygydd",
    "Training administrator": "Gweinyddwr hyfforddiant",
    "Year {number}": "Blwyddyn {number}",
    # --- the chronology ---------------------------------------------------------------------
    "Pupil": "Disgybl",
    "Member of staff": "Aelod o staff",
    "Parent or carer": "Rhiant neu ofalwr",
    "Other": "Arall",
    "Draft": "Drafft",
    "Open": "Ar agor",
    "Closed": "Ar gau",
    "Not decided yet": "Heb benderfynu eto",
    "Concerns": "Pryderon",
    "Chronology": "Cronoleg",
    "No concerns are recorded about this person.": "Nid oes pryderon wedi'u cofnodi am y person hwn.",
    "Nothing has been recorded yet.": "Nid oes dim wedi'i gofnodi eto.",
    "not recorded": "heb ei gofnodi",
    "Reference": "Cyfeirnod",
    "Noticed": "Sylwyd",
    "Stage": "Cam",
    "Status": "Statws",
    "When": "Pryd",
    "Concern": "Pryder",
    "By": "Gan",
    "School": "Ysgol",
    "Made on": "Gwnaed ar",
    "Made by": "Gwnaed gan",
    "Other names": "Enwau eraill",
    "Age today": "Oed heddiw",
    "Who they are": "Pwy ydynt",
    "Reason: {reason}": "Rheswm: {reason}",
    "Notice": "Sylwi",
    "Decide": "Penderfynu",
    "Share": "Rhannu",
    "Review": "Adolygu",
    "Prevent Case Management (police)": "Rheoli Achosion Atal (yr heddlu)",
    "Awaiting an outcome": "Yn aros am ganlyniad",
    "(blank)": "(gwag)",
    "yes": "ie",
    "no": "na",
    "Other explanation considered": "Esboniad arall a ystyriwyd",
    "Review held": "Adolygiad wedi'i gynnal",
    "Amended": "Diwygiwyd",
    "Added": "Ychwanegwyd",
    "Emergency action taken": "Camau brys a gymerwyd",
    "Concern closed": "Pryder wedi'i gau",
    "Action done": "Cam gweithredu wedi'i wneud",
    " at {place}": " yn {place}",
    "Concern noticed by {who}{where}; type: {category}": (
        "Pryder a sylwyd gan {who}{where}; math: {category}"
    ),
    "Concern {reference} recorded": "Cofnodwyd pryder {reference}",
    " from {source}": " gan {source}",
    "Information recorded{source} ({kind}; {checked})": (
        "Gwybodaeth wedi'i chofnodi{source} ({kind}; {checked})"
    ),
    "Consulted {who}{how}": "Ymgynghorwyd â {who}{how}",
    "; review on {date}": "; adolygiad ar {date}",
    "Decision: {outcome}{review}": "Penderfyniad: {outcome}{review}",
    "; next review {date}": "; adolygiad nesaf {date}",
    " (due {date})": " (yn ddyledus {date})",
    " for {owner}": " i {owner}",
    "{verb} {field} of {what}": "{verb} {field} {what}",
    "someone not recorded": "rhywun heb ei gofnodi",
    "Parallel route: {route}": "Llwybr cyfochrog: {route}",
    "Moved from {old} to {new}": "Symudwyd o {old} i {new}",
    "Referral form prepared ({version})": "Ffurflen atgyfeirio wedi'i pharatoi ({version})",
    " by {how}": " drwy {how}",
    "Police reference: {reference}": "Cyfeirnod yr heddlu: {reference}",
    "Referral sent to {to}{how}": "Atgyfeiriad wedi'i anfon at {to}{how}",
    "Referral outcome: {outcome}": "Canlyniad yr atgyfeiriad: {outcome}",
    "Action set{owner}{due}": "Cam gweithredu wedi'i osod{owner}{due}",
    "Shared": "Rhannwyd",
    "Why": "Pam",
    # --- the concerns log report ------------------------------------------------------------
    "Jan": "Ion",
    "Feb": "Chwef",
    "Mar": "Maw",
    "Apr": "Ebr",
    "Jun": "Meh",
    "Jul": "Gorff",
    "Aug": "Awst",
    "Sep": "Medi",
    "Oct": "Hyd",
    "Nov": "Tach",
    "Dec": "Rhag",
    "No decisions in the period": "Dim penderfyniadau yn y cyfnod",
    "Person id": "Dynodydd person",
    "Next review": "Adolygiad nesaf",
    "Concerns noticed each month": "Pryderon a sylwyd bob mis",
    "What was decided": "Beth a benderfynwyd",
    "The latest decision on each concern noticed in the period.": (
        "Y penderfyniad diweddaraf ar bob pryder a sylwyd yn y cyfnod."
    ),
    "Time from notice to decision": "Amser o sylwi i benderfynu",
    "Prevent referrals and their outcomes": "Atgyfeiriadau Atal a'u canlyniadau",
    "The log": "Y log",
    "{start} to {end}": "{start} i {end}",
    "Figures count concerns first noticed in the period; open concerns and overdue reviews "
    "are as they stand today. The app records professional judgement and does not score or "
    "predict anything about anyone.": (
        "Mae'r ffigurau'n cyfrif pryderon y sylwyd arnynt gyntaf yn y cyfnod; mae pryderon "
        "agored ac adolygiadau hwyr fel y maent heddiw. Mae'r ap yn cofnodi barn broffesiynol "
        "ac nid yw'n rhoi sgôr i neb nac yn rhagweld dim amdanynt."
    ),
    "Concerns log": "Log pryderon",
    "{days} days": "{days} diwrnod",
    "Concerns noticed in the period": "Pryderon a sylwyd yn y cyfnod",
    "Decided so far": "Wedi'u penderfynu hyd yma",
    "Median time from notice to decision": "Amser canolrif o sylwi i benderfynu",
    "Prevent referrals sent": "Atgyfeiriadau Atal a anfonwyd",
    "Open concerns today": "Pryderon agored heddiw",
    "Reviews overdue today": "Adolygiadau hwyr heddiw",
    "Summary": "Crynodeb",
    "Charts": "Siartiau",
    "No concerns in the period.": "Dim pryderon yn y cyfnod.",
    "None.": "Dim.",
    "No decisions in the period.": "Dim penderfyniadau yn y cyfnod.",
    "No referrals were sent for concerns in the period.": (
        "Ni anfonwyd atgyfeiriadau ar gyfer pryderon yn y cyfnod."
    ),
    "“!” after a review date: the review is overdue.": (
        "“!” ar ôl dyddiad adolygu: mae'r adolygiad yn hwyr."
    ),
    "No concerns were noticed in the period.": "Ni sylwyd ar unrhyw bryderon yn y cyfnod.",
    "Concerns log report for {school}": "Adroddiad log pryderon ar gyfer {school}",
    "Period": "Cyfnod",
    "Names": "Enwau",
    "Initials and pseudonymous ids": "Blaenlythrennau a dynodyddion ffugenw",
    "In full": "Yn llawn",
    # --- the training report ----------------------------------------------------------------
    "Essential awareness": "Ymwybyddiaeth hanfodol",
    "Alerter": "Rhybuddiwr",
    "Responder": "Ymatebwr",
    "Decision maker": "Gwneuthurwr penderfyniadau",
    "Governance": "Llywodraethu",
    "DSL": "Arweinydd Diogelu",
    "Deputy DSL": "Dirprwy Arweinydd Diogelu",
    "✓ In date": "✓ Mewn dyddiad",
    "! Due soon": "! Yn ddyledus cyn bo hir",
    "✗ Overdue": "✗ Yn hwyr",
    "✗ Never done": "✗ Heb ei wneud erioed",
    "–": "–",
    "Role type": "Math o rôl",
    "People": "Pobl",
    "People fully in date": "Pobl yn gyfan gwbl mewn dyddiad",
    "In date": "Mewn dyddiad",
    "Due soon": "Yn ddyledus cyn bo hir",
    "Overdue": "Yn hwyr",
    "Never done": "Heb ei wneud erioed",
    "Required courses in date": "Cyrsiau gofynnol mewn dyddiad",
    "Cells shaded grey are out of date. Dates are day/month/year.": (
        "Mae celloedd wedi'u lliwio'n llwyd allan o ddyddiad. Mae dyddiadau ar ffurf "
        "diwrnod/mis/blwyddyn."
    ),
    "Whole school": "Yr ysgol gyfan",
    "Each person counts under every role type they hold. “Required courses in date” counts "
    "each course each person needs.": (
        "Mae pob person yn cyfrif o dan bob math o rôl sydd ganddynt. Mae “Cyrsiau gofynnol mewn "
        "dyddiad” yn cyfrif pob cwrs sydd ei angen ar bob person."
    ),
    "Staff training compliance": "Cydymffurfio â hyfforddiant staff",
    "Prevent and safeguarding training of staff": "Hyfforddiant Atal a diogelu staff",
    "until {date}": "tan {date}",
    "by {date}": "erbyn {date}",
    "since {date}": "ers {date}",
    "due {date}": "yn ddyledus {date}",
    "{mark}: done, and not due again for more than {days} days.": (
        "{mark}: wedi'i wneud, a ddim yn ddyledus eto am fwy na {days} diwrnod."
    ),
    "{mark}: due again within {days} days, or a new starter still within the time allowed "
    "after starting.": (
        "{mark}: yn ddyledus eto o fewn {days} diwrnod, neu aelod newydd o staff sy'n dal o fewn "
        "yr amser a ganiateir ar ôl dechrau."
    ),
    "{mark}: done before, but the refresher date has passed.": (
        "{mark}: wedi'i wneud o'r blaen, ond mae'r dyddiad gloywi wedi mynd heibio."
    ),
    "{mark}: no record of this course, and the time allowed after starting is over.": (
        "{mark}: dim cofnod o'r cwrs hwn, ac mae'r amser a ganiateir ar ôl dechrau wedi dod i ben."
    ),
    "A dash ({mark}): not required for this person's role types.": (
        "Llinell doriad ({mark}): dim yn ofynnol ar gyfer mathau o rôl y person hwn."
    ),
    "Summary by role type": "Crynodeb yn ôl math o rôl",
    "Every member of staff": "Pob aelod o staff",
    "There are no current staff on the register.": "Nid oes staff presennol ar y gofrestr.",
    "done {date}": "gwnaed {date}",
    "No role types set": "Dim mathau o rôl wedi'u gosod",
    "{count} people who have left are not included.": (
        "Nid yw {count} person sydd wedi gadael wedi'u cynnwys."
    ),
    "Produced on": "Cynhyrchwyd ar",
    "Status as of": "Statws ar",
    "Produced by": "Cynhyrchwyd gan",
    "Current staff": "Staff presennol",
    "Staff fully in date": "Staff yn gyfan gwbl mewn dyddiad",
    "No training requirements are set up.": "Nid oes gofynion hyfforddiant wedi'u gosod.",
    "As of {date}": "Ar {date}",
    # --- record of concern (the blank paper form for staff) ----------------------------------
    "Record of concern": "Cofnod o bryder",
    "{school}: for any member of staff. Give it to the DSL today.": (
        "{school}: i unrhyw aelod o staff. Rhowch ef i'r Arweinydd Diogelu Dynodedig heddiw."
    ),
    "For any member of staff. Give it to the DSL today.": (
        "I unrhyw aelod o staff. Rhowch ef i'r Arweinydd Diogelu Dynodedig heddiw."
    ),
    "First: is anyone in immediate danger?": "Yn gyntaf: a oes unrhyw un mewn perygl uniongyrchol?",
    "Is anyone in immediate danger?": "A oes unrhyw un mewn perygl uniongyrchol?",
    "Yes: call 999 now, then tell the DSL in person": (
        "Oes: ffoniwch 999 nawr, yna dywedwch wrth yr Arweinydd Diogelu Dynodedig wyneb yn wyneb"
    ),
    "Who is reporting": "Pwy sy'n adrodd",
    "Your name": "Eich enw",
    "Your role": "Eich rôl",
    "Signature": "Llofnod",
    "Date and time written": "Dyddiad ac amser ysgrifennu",
    "Who is it about?": "Am bwy y mae?",
    "When did it happen?": "Pryd ddigwyddodd e?",
    "Where did it happen?": "Ble ddigwyddodd e?",
    "What did you see or hear? Write exactly what was said, in the person's own words.": (
        "Beth welsoch chi neu beth glywsoch chi? Ysgrifennwch yn union beth a ddywedwyd, yng "
        "ngeiriau'r person ei hun."
    ),
    "Who else was there?": "Pwy arall oedd yno?",
    "What have you done so far?": "Beth ydych chi wedi'i wneud hyd yma?",
    "For the DSL": "Ar gyfer yr Arweinydd Diogelu Dynodedig",
    "Received on": "Derbyniwyd ar",
    "Received by": "Derbyniwyd gan",
    "Keep to the facts; if you add an opinion, say that it is one. Do not investigate or question anyone further: that is for the DSL.": (
        "Cadwch at y ffeithiau; os ydych yn ychwanegu barn, dywedwch mai barn yw hi. Peidiwch "
        "ag ymchwilio na holi neb ymhellach: gwaith yr Arweinydd Diogelu Dynodedig yw hynny."
    ),
    "Blank form for reporting a safeguarding concern": (
        "Ffurflen wag ar gyfer adrodd pryder diogelu"
    ),
    # --- the referral form for the National Prevent Referral Form (2025) ---------------
    "Safeguarding chronology": "Cronoleg diogelu",
    "Safeguarding decision record": "Cofnod penderfyniad diogelu",
    "Prevent referral form": "Ffurflen atgyfeirio Atal",
    "The concerns": "Y pryderon",
    "Complex needs": "Anghenion cymhleth",
    "The referrer": "Yr atgyfeiriwr",
    "Not sent yet": "Heb ei anfon eto",
    "Form prepared": "Ffurflen wedi'i pharatoi",
    "Prepared for": "Wedi'i pharatoi ar gyfer",
    "National Prevent Referral Form ({version})": "Ffurflen Atgyfeirio Genedlaethol Atal ({version})",
    "Prepared for the National Prevent Referral Form ({version}). This is the prepared copy and the school's record: where your area takes referrals only on the official form or an online portal (in Wales, online only), transfer it there.": "Wedi'i pharatoi ar gyfer Ffurflen Atgyfeirio Genedlaethol Atal ({version}). Dyma'r copi a baratowyd a chofnod yr ysgol: lle mae eich ardal yn derbyn atgyfeiriadau ar y ffurflen swyddogol neu drwy borth ar-lein yn unig (yng Nghymru, ar-lein yn unig), trosglwyddwch hi yno.",
    "Once completed, this form is OFFICIAL-SENSITIVE: keep it secure and share it only with those who need it to keep someone safe.": "Ar ôl ei chwblhau, mae'r ffurflen hon yn SWYDDOGOL-SENSITIF (OFFICIAL-SENSITIVE): cadwch hi'n ddiogel a'i rhannu â'r rhai sydd ei hangen i gadw rhywun yn ddiogel yn unig.",
    "Each piece of information says whether it was observed, an assertion (told as fact, not checked) or an assumption (believed without evidence), and how far it was checked.": "Mae pob darn o wybodaeth yn dweud a gafodd ei weld, a yw'n honiad (wedi'i ddweud fel ffaith, heb ei wirio) neu'n dybiaeth (wedi'i chredu heb dystiolaeth), a pha mor bell y cafodd ei wirio.",
    "Immediate risk": "Perygl uniongyrchol",
    "Not stated": "Heb ei nodi",
    "None identified when the concern was recorded.": "Dim wedi'i nodi pan gofnodwyd y pryder.",
    "Emergency action taken: {action}": "Camau brys a gymerwyd: {action}",
    "Emergency action taken ({when}): {action}": "Camau brys a gymerwyd ({when}): {action}",
    "Earlier concerns and referrals about the person": "Pryderon ac atgyfeiriadau blaenorol am y person",
    "None recorded in this school.": "Dim wedi'u cofnodi yn yr ysgol hon.",
    "Police reference": "Cyfeirnod yr heddlu",
    "police reference {reference}": "cyfeirnod yr heddlu {reference}",
    "Gateway: {outcome}": "Porth yr heddlu: {outcome}",
    "Alternative explanations considered": "Esboniadau eraill a ystyriwyd",
    "None recorded.": "Dim wedi'u cofnodi.",
    "Explanation": "Esboniad",
    "How it was explored": "Sut yr ymchwiliwyd iddo",
    "Conclusion": "Casgliad",
    "Not concluded yet": "Heb ddod i gasgliad eto",
    "Accepted: it explains what was seen": "Wedi'i dderbyn: mae'n esbonio'r hyn a welwyd",
    "Not accepted: it does not explain what was seen": "Heb ei dderbyn: nid yw'n esbonio'r hyn a welwyd",
    "None known": "Dim yn hysbys",
    "Not asked": "Heb ei ofyn",
    "Not applicable": "Ddim yn berthnasol",
    "Not applicable: the person is an adult": "Ddim yn berthnasol: mae'r person yn oedolyn",
    "The person is an adult.": "Mae'r person yn oedolyn.",
    "Referral made alongside this one": "Atgyfeiriad a wnaed ochr yn ochr â hwn",
    "Not recorded yet": "Heb ei gofnodi eto",
    "No parallel referral: {why}": "Dim atgyfeiriad cyfochrog: {why}",
    "made {date}": "a wnaed {date}",
    "reference {reference}": "cyfeirnod {reference}",
    "Direct phone": "Ffôn uniongyrchol",
    "Professional email": "E-bost proffesiynol",
    "School phone": "Ffôn yr ysgol",
    "School email": "E-bost yr ysgol",
    "Alternative contact": "Cyswllt arall",
    "None named": "Neb wedi'i enwi",
    "The referrer is a deputy designated safeguarding lead.": "Mae'r atgyfeiriwr yn ddirprwy arweinydd dynodedig diogelu.",
    "The referrer is the school's designated safeguarding lead.": "Yr atgyfeiriwr yw arweinydd dynodedig diogelu'r ysgol.",
    "Assertion": "Honiad",
    "Assumption": "Tybiaeth",
    "Assertion (told as fact, not checked)": "Honiad (wedi'i ddweud fel ffaith, heb ei wirio)",
    "Assumption (believed without evidence)": "Tybiaeth (wedi'i chredu heb dystiolaeth)",
    "Assertion, since corroborated": "Honiad, a gadarnhawyd wedyn",
    "Assumption, since backed by evidence": "Tybiaeth, gyda thystiolaeth wedyn",
    "Corroborated by {by}": "Wedi'i gadarnhau gan {by}",
    "Corroborated (by whom not recorded)": "Wedi'i gadarnhau (heb gofnodi gan bwy)",
    "No second source yet": "Dim ail ffynhonnell eto",
    "Not checked yet": "Heb ei wirio eto",
    "No evidence yet": "Dim tystiolaeth eto",
    "Monitor and review": "Monitro ac adolygu",
    "Support in school": "Cymorth yn yr ysgol",
    "Early help or children's social care": "Cymorth cynnar neu ofal cymdeithasol i blant",
    "Emergency (999)": "Argyfwng (999)",
    "Signposted to other services": "Cyfeiriwyd at wasanaethau eraill",
    "Channel panel": "Panel Channel",
    "Not known (no feedback yet)": "Ddim yn hysbys (dim adborth eto)",
    "Children's social care or the MASH": "Gofal cymdeithasol i blant neu'r MASH",
    "Early help": "Cymorth cynnar",
    "Local authority designated officer (LADO)": "Swyddog dynodedig yr awdurdod lleol (LADO)",
    "Adult social care": "Gofal cymdeithasol i oedolion",
    "Another safeguarding route": "Llwybr diogelu arall",
    "No parallel referral": "Dim atgyfeiriad cyfochrog",
    # --- core messages (guidance, stage rules, history, worklist) ---------------------------
    # In text_cy_core.py, kept apart so that neither file is too long to read.
    **CORE_MESSAGES,
    # --- errors (db/errors.py, services) ---
    # The words of the error family, kept in text_cy_errors.py (this file would pass 800 lines).
    **ERRORS,
}

BILINGUAL: dict[str, str] = {
    # The page footer has one line for the title, version, school and concern references and
    # the page number: in both languages the version and references go without their names.
    "Version {version}": "{version}",
    "School reference {urn}": "URN {urn}",
    "Concern {reference}": "{reference}",
    "Page {page} of {pages}": "Tudalen/Page {page}/{pages}",
    # The numbers column of the information table is narrow.
    "No.": "Rhif",
}
"""Where "Welsh / English" would not fit, the bilingual wording to print instead."""
