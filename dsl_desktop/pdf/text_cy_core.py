"""The Welsh of the words the core writes itself: guidance at Decide, stage rules, history lines.

Part of the one catalogue of the core's words, :data:`dsl_desktop.pdf.text_cy.WELSH`, which
takes these in as a section of its own; kept apart only so that neither file is too long to read.
What :class:`dsl_desktop.messages.Message` values say: English template -> Welsh, placeholders in
braces kept. Parts joined into a sentence ({outcome}, {question}) are worded so that no mutation
is needed where they go in. ``tests/unit/test_core_messages_welsh.py`` fails when a message the
core can produce has no Welsh here.
"""

from __future__ import annotations

CORE_MESSAGES: dict[str, str] = {
    # What dsl_desktop.messages.Message values say in the guidance at Decide, the stage rules
    # and the history lines. Parts joined into a sentence ({outcome}, {question}) are worded
    # so that no mutation is needed where they go in.
    # separators of joined parts
    "\n": "\n",
    "; ": "; ",
    ", ": ", ",
    " or ": " neu ",
    " and to ": " ac ynghylch ",
    # guidance: what the answers point to
    "These pointers only reflect your answers. They do not make the decision and they do not "
    "rate or predict anything about the person. You choose the response and write down "
    "why.": "Dim ond adlewyrchu eich atebion y mae'r awgrymiadau hyn. Nid ydynt yn gwneud y "
    "penderfyniad ac nid ydynt yn graddio nac yn rhagweld dim am y person. Chi sy'n dewis yr "
    "ymateb ac yn ysgrifennu pam.",
    "The answers point towards {outcome} because {reasons}.": "Mae'r atebion yn awgrymu'r "
    "ymateb hwn: {outcome}, oherwydd {reasons}.",
    "no further action": "dim camau pellach",
    "keeping a watchful eye and reviewing on a set date": "cadw llygad barcud ac adolygu ar "
    "ddyddiad penodol",
    "support within school": "cymorth yn yr ysgol",
    "early help or children's social care": "cymorth cynnar neu ofal cymdeithasol i blant",
    "a Prevent referral to the police Prevent team": "atgyfeiriad Atal i dîm Atal yr heddlu",
    "emergency action: call 999 now": "camau brys: ffoniwch 999 nawr",
    "involvement with a group, cause or ideology": "ymwneud â grŵp, achos neu ideoleg",
    "intent to cause harm": "bwriad i achosi niwed",
    "capability to cause harm": "gallu i achosi niwed",
    "you answered yes to {questions}": "ateboch \u2018ie\u2019 ynghylch {questions}",
    "you also answered yes to {question}": "ateboch \u2018ie\u2019 hefyd ynghylch {question}",
    "you answered no to involvement with a group, cause or ideology, to intent and to "
    "capability": "ateboch \u2018na\u2019 ynghylch ymwneud â grŵp, achos neu ideoleg, "
    "ynghylch bwriad ac ynghylch gallu",
    "you said someone is at immediate risk of harm": "dywedoch fod rhywun mewn perygl "
    "uniongyrchol o niwed",
    "the emergency call comes first and the record is made afterwards": "yr alwad frys sy'n "
    "dod gyntaf, a gwneir y cofnod wedyn",
    "record the call as the immediate-risk statement when it happens, at any step; it does "
    "not stop a referral or another response being decided after it": "cofnodwch yr alwad "
    "fel y datganiad am berygl uniongyrchol pan fydd yn digwydd, ar unrhyw gam; nid yw'n "
    "rhwystro penderfynu ar atgyfeiriad neu ymateb arall wedi hynny",
    "a worry about harm is shared even before it is confirmed, but say clearly in the "
    "referral that nothing has yet been observed or corroborated": "caiff pryder am niwed ei "
    "rannu hyd yn oed cyn iddo gael ei gadarnhau, ond dywedwch yn glir yn yr atgyfeiriad nad "
    "oes dim wedi'i weld na'i gadarnhau eto",
    "{answered}, and this rests on information that was observed first hand or "
    "corroborated": "{answered}, ac mae hyn yn seiliedig ar wybodaeth a welwyd yn "
    "uniongyrchol neu a gadarnhawyd",
    "{answered}, but nothing behind it has yet been observed first hand or "
    "corroborated": "{answered}, ond nid oes dim y tu ôl iddo wedi'i weld yn uniongyrchol "
    "na'i gadarnhau eto",
    "check that the worry is about being drawn towards harm, not only about holding views or "
    "belonging to a lawful group": "gwnewch yn siŵr bod y pryder yn ymwneud â'r person yn "
    "cael ei dynnu tuag at niwed, nid dim ond â choleddu safbwyntiau neu berthyn i grŵp "
    "cyfreithlon",
    "another route may meet other needs, but a worry about harm is for the police Prevent "
    "team to assess": "gall llwybr arall ddiwallu anghenion eraill, ond tîm Atal yr heddlu "
    "sydd i asesu pryder am niwed",
    "the other vulnerabilities you identified belong in the referral too": "dylai'r "
    "agweddau eraill ar fregusrwydd a nodoch fod yn yr atgyfeiriad hefyd",
    "you said another safeguarding route would meet the need": "dywedoch y byddai llwybr "
    "diogelu arall yn diwallu'r angen",
    "the proportionate response is the least intrusive one that meets the need": "yr ymateb "
    "cymesur yw'r un lleiaf ymwthiol sy'n diwallu'r angen",
    "nothing in the answers points to intent or capability to cause harm": "nid oes dim yn yr "
    "atebion yn awgrymu bwriad na gallu i achosi niwed",
    "you said it could also run alongside a referral": "dywedoch y gallai redeg ochr yn ochr "
    "ag atgyfeiriad hefyd",
    "another safeguarding route would meet some of the need": "byddai llwybr diogelu arall "
    "yn diwallu rhywfaint o'r angen",
    "you said it can run alongside the referral": "dywedoch y gall redeg ochr yn ochr â'r "
    "atgyfeiriad",
    "keep gathering and checking information, and set a date to look again": "daliwch ati i "
    "gasglu a gwirio gwybodaeth, a phennwch ddyddiad i edrych eto",
    "you identified other vulnerabilities or needs": "nodoch anghenion neu fregusrwydd eraill",
    "it is not yet clear whether early help or social care could help": "nid yw'n glir eto a "
    "allai cymorth cynnar neu ofal cymdeithasol helpu",
    "no other service has been found to meet them": "nid oes gwasanaeth arall wedi'i ganfod "
    "i'w diwallu",
    "some questions about involvement, intent or capability cannot be answered yet": "ni "
    "ellir ateb rhai cwestiynau am ymwneud, bwriad neu allu eto",
    "watching and recording for a while, with a review date, keeps the response "
    "proportionate until they can": "mae gwylio a chofnodi am gyfnod, gyda dyddiad adolygu, "
    "yn cadw'r ymateb yn gymesur nes y gellir eu hateb",
    "an alternative explanation has been recorded": "mae esboniad arall wedi'i gofnodi",
    "some of the information has been contradicted": "mae peth o'r wybodaeth wedi'i gwrth-ddweud",
    "write down the reasons for not referring": "ysgrifennwch y rhesymau dros beidio ag atgyfeirio",
    # guidance: cautions
    "No information has been recorded for this concern yet.": "Nid oes gwybodaeth wedi'i "
    "chofnodi ar gyfer y pryder hwn eto.",
    "The concern rests only on assertions and assumptions: nothing in it has been seen or "
    "heard first hand. Try to confirm what you have been told before acting on it.": "Mae'r "
    "pryder yn dibynnu ar honiadau a thybiaethau yn unig: nid oes dim ynddo wedi'i weld na'i "
    "glywed yn uniongyrchol. Ceisiwch gadarnhau'r hyn a ddywedwyd wrthych cyn gweithredu "
    "arno.",
    "No alternative explanation has been recorded. Think about other reasons for what was "
    "seen or heard, and write down why each was kept or ruled out.": "Nid oes esboniad arall "
    "wedi'i gofnodi. Meddyliwch am resymau eraill dros yr hyn a welwyd neu a glywyd, ac "
    "ysgrifennwch pam y cafodd pob un ei gadw neu ei ddiystyru.",
    "Other explanations were looked at, but none is written down. Record what was considered "
    "and why it was ruled out.": "Ystyriwyd esboniadau eraill, ond nid oes un wedi'i "
    "ysgrifennu. Cofnodwch beth a ystyriwyd a pham y cafodd ei ddiystyru.",
    "Some of the information has been contradicted by another source. Say in the rationale "
    "how you weighed it.": "Mae ffynhonnell arall wedi gwrth-ddweud peth o'r wybodaeth. "
    "Dywedwch yn y rhesymeg sut y gwnaethoch ei phwyso a'i mesur.",
    "It is not clear whether anyone is at immediate risk. If in doubt, call 999.": "Nid yw'n "
    "glir a oes unrhyw un mewn perygl uniongyrchol. Os oes amheuaeth, ffoniwch 999.",
    "Nobody else has been consulted yet. You can ask the police Prevent team or the local "
    "authority Prevent lead for advice before deciding.": "Nid oes neb arall wedi cael ei "
    "ymgynghori eto. Gallwch ofyn am gyngor gan dîm Atal yr heddlu neu arweinydd Atal yr "
    "awdurdod lleol cyn penderfynu.",
    "You answered yes to {question}, but no piece of information is linked to support that "
    "answer.": "Ateboch \u2018ie\u2019 ynghylch {question}, ond nid oes darn o wybodaeth "
    "wedi'i gysylltu i gefnogi'r ateb hwnnw.",
    "An alternative explanation was recorded as accepted: it explains what was seen. If you "
    "still refer, say in the rationale why the concern stands despite it, or look at the "
    "alternative again.": "Cofnodwyd bod esboniad arall wedi'i dderbyn: mae'n esbonio'r hyn "
    "a welwyd. Os byddwch yn atgyfeirio o hyd, esboniwch yn y rhesymeg pam mae'r pryder yn "
    "sefyll er gwaethaf hynny, neu edrychwch eto ar yr esboniad arall.",
    "A 999 call is recorded when it is made, as the immediate-risk statement, not as a "
    "decision reached later. Choose the response the concern needs now; a Prevent referral "
    "can follow an emergency call.": "Caiff galwad 999 ei chofnodi pan gaiff ei gwneud, fel y "
    "datganiad am berygl uniongyrchol, nid fel penderfyniad a wneir yn nes ymlaen. Dewiswch "
    "yr ymateb sydd ei angen ar y pryder nawr; gall atgyfeiriad Atal ddilyn galwad frys.",
    "No ideology is needed for a concern to stand: a fixation on violence without an "
    "ideology is still acted on, often through other safeguarding routes, and it can be "
    "referred.": "Nid oes angen ideoleg er mwyn i bryder sefyll: rhaid gweithredu o hyd ar "
    "obsesiwn â thrais heb ideoleg, yn aml drwy lwybrau diogelu eraill, a gellir ei "
    "atgyfeirio.",
    # stage rules: what must be in place before a step
    "This concern cannot move from {current} to {target} yet: {reasons}": "Ni all y pryder "
    "hwn symud o {current} i {target} eto: {reasons}",
    "Choose what the response will be.": "Dewiswch beth fydd yr ymateb.",
    "Write down the reasons for this decision. Reasons are needed for every outcome, "
    "including a decision not to refer.": "Ysgrifennwch y rhesymau dros y penderfyniad hwn. "
    "Mae angen rhesymau ar gyfer pob canlyniad, gan gynnwys penderfyniad i beidio ag "
    "atgyfeirio.",
    "Set a date to look at this concern again: monitoring needs a review date.": "Pennwch "
    "ddyddiad i edrych ar y pryder hwn eto: mae angen dyddiad adolygu wrth fonitro.",
    "The review date is in the past; choose a later date.": "Mae'r dyddiad adolygu yn y "
    "gorffennol; dewiswch ddyddiad diweddarach.",
    "Say who the concern is about.": "Dywedwch am bwy mae'r pryder.",
    "Record the date and time the concern was noticed.": "Cofnodwch y dyddiad a'r amser y "
    "sylwyd ar y pryder.",
    "Describe what was seen or heard, using the person's own words where something was "
    "said.": "Disgrifiwch yr hyn a welwyd neu a glywyd, gan ddefnyddio geiriau'r person ei "
    "hun lle dywedwyd rhywbeth.",
    "Answer the first question: is anyone in immediate danger?": "Atebwch y cwestiwn cyntaf: "
    "a oes unrhyw un mewn perygl uniongyrchol?",
    "You said someone was in immediate danger. Record what was done, such as the 999 call: "
    "who made it and when.": "Dywedoch fod rhywun mewn perygl uniongyrchol. Cofnodwch beth "
    "a wnaed, fel yr alwad 999: pwy a'i gwnaeth a phryd.",
    "Choose the type of concern. \u201cNot yet known\u201d is a valid choice.": "Dewiswch y "
    "math o bryder. Mae \u201cDdim yn hysbys eto\u201d yn ddewis dilys.",
    "Record at least one piece of information, marked as observed, an assertion or an "
    "assumption, before moving on to the decision.": "Cofnodwch o leiaf un darn o wybodaeth, "
    "wedi'i nodi'n rhywbeth a welwyd, yn honiad neu'n dybiaeth, cyn symud ymlaen at y "
    "penderfyniad.",
    "Only a decision to make a Prevent referral leads to the Share step.": "Dim ond "
    "penderfyniad i wneud atgyfeiriad Atal sy'n arwain at y cam Rhannu.",
    "A decision of \u201c{outcome}\u201d leads to {places}, not {target}.": "Mae penderfyniad "
    "\u201c{outcome}\u201d yn arwain at y cam hwn: {places}, nid {target}.",
    "Set a review date before moving to Review.": "Pennwch ddyddiad adolygu cyn symud at Adolygu.",
    "Record what happened to the referral. Choose \u201cunknown\u201d if no feedback has "
    "come back.": "Cofnodwch beth ddigwyddodd i'r atgyfeiriad. Dewiswch \u201cddim yn "
    "hysbys\u201d os nad oes adborth wedi dod yn ôl.",
    "Record the date you learned the outcome of the referral.": "Cofnodwch y dyddiad y "
    "cawsoch wybod canlyniad yr atgyfeiriad.",
    "The outcome of the referral is not known. Set a date to ask again and review the "
    "concern before closing it; the app keeps it as a dated action.": "Nid yw canlyniad yr "
    "atgyfeiriad yn hysbys. Pennwch ddyddiad i ofyn eto ac adolygwch y pryder cyn ei gau; "
    "mae'r ap yn ei gadw fel cam gweithredu â dyddiad.",
    "The outcome of the referral is not known and the review date has passed: choose a later "
    "date to ask again.": "Nid yw canlyniad yr atgyfeiriad yn hysbys ac mae'r dyddiad "
    "adolygu wedi mynd heibio: dewiswch ddyddiad diweddarach i ofyn eto.",
    "Record when the referral was sent.": "Cofnodwch pryd yr anfonwyd yr atgyfeiriad.",
    "Record who the referral was sent to.": "Cofnodwch at bwy yr anfonwyd yr atgyfeiriad.",
    "Write down what the review found and why the concern can now be closed.": "Ysgrifennwch "
    "beth a ganfu'r adolygiad a pham y gellir cau'r pryder nawr.",
    "Write down what the review found.": "Ysgrifennwch beth a ganfu'r adolygiad.",
    "Set the date of the next review.": "Pennwch ddyddiad yr adolygiad nesaf.",
    "A concern at Review needs a review date.": "Mae angen dyddiad adolygu ar bryder sydd ar y "
    "cam Adolygu.",
    "The referral has already been sent, so the decision behind it stays on record. Record "
    "the outcome, or move to Review when new information arrives.": "Mae'r atgyfeiriad "
    "eisoes wedi'i anfon, felly mae'r penderfyniad y tu ôl iddo yn aros ar gofnod. "
    "Cofnodwch y canlyniad, neu symudwch at Adolygu pan ddaw gwybodaeth newydd.",
    "This concern is closed. Record new information as a new concern about the same person; "
    "both will show in their chronology.": "Mae'r pryder hwn ar gau. Cofnodwch wybodaeth "
    "newydd fel pryder newydd am yr un person; bydd y ddau i'w gweld yn ei gronoleg.",
    "The concern is already at {current}.": "Mae'r pryder eisoes ar y cam hwn: {current}.",
    "A closed concern cannot be reopened; record a new concern instead.": "Ni ellir ailagor "
    "pryder sydd ar gau; cofnodwch bryder newydd yn lle hynny.",
    "{target} cannot be reached straight from {current}: the steps are taken in order.": "Ni "
    "ellir cyrraedd y cam {target} yn syth o {current}: cymerir y camau yn eu trefn.",
    "A concern at {current} cannot go back to {target}.": "Ni all pryder ar y cam {current} "
    "fynd yn ôl i'r cam {target}.",
    # history: one line per thing that happened
    "Noticed by {who}{where}": "Sylwodd {who} arno{where}",
    " at {value}": " yn {value}",
    "Information recorded{source} ({kind}, {validation}{obtained})": "Cofnodwyd "
    "gwybodaeth{source} ({kind}, {validation}{obtained})",
    " from {value}": " gan {value}",
    ", obtained {value}": ", a gafwyd {value}",
    "observed": "wedi'i weld",
    "assertion": "honiad",
    "assumption": "tybiaeth",
    "corroborated": "wedi'i gadarnhau",
    "uncorroborated": "heb ei gadarnhau",
    "contradicted": "wedi'i wrth-ddweud",
    "Alternative explanation recorded": "Cofnodwyd esboniad arall",
    " ({value})": " ({value})",
    "Shared: {text}": "Rhannwyd: {text}",
    "Why: {text}": "Pam: {text}",
    "Outcome: {text}": "Canlyniad: {text}",
    "Review held{next}": "Cynhaliwyd adolygiad{next}",
    "; next review {value}": "; adolygiad nesaf {value}",
    "; review on {value}": "; adolygiad ar {value}",
    "Parallel route: {value}": "Llwybr cyfochrog: {value}",
    "Referral form generated ({version})": "Crëwyd y ffurflen atgyfeirio ({version})",
    " by {value}": " drwy {value}",
    "Police reference: {value}": "Cyfeirnod yr heddlu: {value}",
    "signposted to other services": "cyfeiriwyd at wasanaethau eraill",
    "Prevent Case Management": "Rheoli Achosion Atal",
    "Channel": "Channel",
    "not known": "ddim yn hysbys",
    " for {value}": " ar gyfer {value}",
    " (due {value})": " (erbyn {value})",
    "File attached: {file}": "Ffeil wedi'i hatodi: {file}",
    "Amended {field} of {record}": "Diwygiwyd {field} yn {record}",
    "Added {field} of {record}": "Ychwanegwyd {field} at {record}",
    "{old} \u2192 {new}": "{old} \u2192 {new}",
    "the concern": "y pryder",
    "a piece of information": "darn o wybodaeth",
    "an alternative explanation": "esboniad arall",
    "a consultation": "ymgynghoriad",
    "a decision": "penderfyniad",
    "the referral": "yr atgyfeiriad",
    "an action": "cam gweithredu",
    "the person's details": "manylion y person",
    # follow-up actions the app writes (dsl_desktop.action_words)
    "Ask the police Prevent team again for the outcome of the referral, and review the "
    "concern.": "Gofynnwch eto i dîm Atal yr heddlu am ganlyniad yr atgyfeiriad, ac adolygwch "
    "y pryder.",
    "Review {months} months after {support} support ended.": "Adolygu {months} mis ar ôl i "
    "gymorth {support} ddod i ben.",
}
