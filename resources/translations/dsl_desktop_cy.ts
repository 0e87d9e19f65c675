<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
    <context>
        <name>AccountPage</name>
        <message>
            <source>Your account</source>
            <translation>Eich cyfrif</translation>
        </message>
        <message>
            <source>You will be the vault's Designated Safeguarding Lead. You can add accounts for deputies and others later.</source>
            <translation>Chi fydd Arweinydd Dynodedig Diogelu y gladdgell. Gallwch ychwanegu cyfrifon ar gyfer dirprwyon ac eraill yn nes ymlaen.</translation>
        </message>
        <message>
            <source>&amp;Create the vault</source>
            <translation>&amp;Creu'r gladdgell</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Eich enw</translation>
        </message>
        <message>
            <source>as colleagues will see it, e.g. Ms J Okafor</source>
            <translation>fel y bydd cydweithwyr yn ei weld, e.e. Ms J Okafor</translation>
        </message>
        <message>
            <source>Sign-in name</source>
            <translation>Enw mewngofnodi</translation>
        </message>
        <message>
            <source>short and easy to type, e.g. jokafor</source>
            <translation>byr a hawdd i'w deipio, e.e. jokafor</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Eich &amp;enw:</translation>
        </message>
        <message>
            <source>&amp;Sign-in name:</source>
            <translation>Enw &amp;mewngofnodi:</translation>
        </message>
        <message>
            <source>Your direct phone</source>
            <translation>Eich ffôn uniongyrchol</translation>
        </message>
        <message>
            <source>printed on referral forms you make</source>
            <translation>wedi'i argraffu ar ffurflenni atgyfeirio rydych yn eu gwneud</translation>
        </message>
        <message>
            <source>Your professional email address</source>
            <translation>Eich cyfeiriad e-bost proffesiynol</translation>
        </message>
        <message>
            <source>e.g. dsl@school.example.org</source>
            <translation>e.e. dsl@ysgol.example.org</translation>
        </message>
        <message>
            <source>Direct p&amp;hone:</source>
            <translation>&amp;Ffôn uniongyrchol:</translation>
        </message>
        <message>
            <source>Professional &amp;email:</source>
            <translation>&amp;E-bost proffesiynol:</translation>
        </message>
        <message>
            <source>The police Prevent officer who reads a referral calls or emails its maker: give a line and an address that reach you. You can change them in Settings.</source>
            <translation>Mae swyddog Atal yr heddlu sy'n darllen atgyfeiriad yn ffonio neu'n e-bostio'r sawl a'i gwnaeth: rhowch rif ffôn a chyfeiriad sy'n eich cyrraedd chi. Gallwch eu newid yn y Gosodiadau.</translation>
        </message>
        <message>
            <source>Nobody, including the makers of DSL Desktop, can recover a forgotten passphrase. The recovery code on the next page is the only way back in.</source>
            <translation>Does neb, gan gynnwys gwneuthurwyr DSL Desktop, yn gallu adfer cyfrinymadrodd sydd wedi'i anghofio. Y cod adfer ar y dudalen nesaf yw'r unig ffordd yn ôl i mewn.</translation>
        </message>
    </context>
    <context>
        <name>ActionForm</name>
        <message>
            <source>Add an action</source>
            <translation>Ychwanegu cam gweithredu</translation>
        </message>
        <message>
            <source>Add the action</source>
            <translation>Ychwanegu'r cam gweithredu</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>Beth sydd i'w wneud</translation>
        </message>
        <message>
            <source>for example: speak to his parents</source>
            <translation>er enghraifft: siarad â'i rieni</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Beth:</translation>
        </message>
        <message>
            <source>Who will do it</source>
            <translation>Pwy fydd yn ei wneud</translation>
        </message>
        <message>
            <source>W&amp;ho:</source>
            <translation>P&amp;wy:</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Erbyn pryd</translation>
        </message>
        <message>
            <source>By whe&amp;n:</source>
            <translation>Erbyn &amp;pryd:</translation>
        </message>
        <message>
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad fel dd/mm/bbbb.</translation>
        </message>
    </context>
    <context>
        <name>AddAccountDialog</name>
        <message>
            <source>Add an account</source>
            <translation>Ychwanegu cyfrif</translation>
        </message>
        <message>
            <source>Give the new user their passphrase in person. They can change it later in Settings.</source>
            <translation>Rhowch ei gyfrinymadrodd i'r defnyddiwr newydd wyneb yn wyneb. Gall ei newid yn nes ymlaen yn y Gosodiadau.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Sign-in name</source>
            <translation>Enw mewngofnodi</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>Direct phone</source>
            <translation>Ffôn uniongyrchol</translation>
        </message>
        <message>
            <source>Professional email address</source>
            <translation>Cyfeiriad e-bost proffesiynol</translation>
        </message>
        <message>
            <source>for referral forms; can be added later</source>
            <translation>ar gyfer ffurflenni atgyfeirio; gellir ei ychwanegu'n nes ymlaen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <source>&amp;Sign-in name:</source>
            <translation>Enw &amp;mewngofnodi:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôl:</translation>
        </message>
        <message>
            <source>Direct p&amp;hone:</source>
            <translation>&amp;Ffôn uniongyrchol:</translation>
        </message>
        <message>
            <source>Professional &amp;email:</source>
            <translation>&amp;E-bost proffesiynol:</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Ychwanegu'r cyfrif</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Ychwanegu cyfrif</translation>
        </message>
        <message>
            <source>Full access, including accounts and the recovery code.</source>
            <translation>Mynediad llawn, gan gynnwys cyfrifon a'r cod adfer.</translation>
        </message>
        <message>
            <source>Records and works concerns; keeps the training register.</source>
            <translation>Yn cofnodi ac yn gweithio ar bryderon; yn cadw'r gofrestr hyfforddiant.</translation>
        </message>
        <message>
            <source>Reads the log, chronologies, training and audit trail; changes nothing.</source>
            <translation>Yn darllen y log, cronolegau, hyfforddiant a'r trywydd archwilio; nid yw'n newid dim.</translation>
        </message>
        <message>
            <source>Keeps staff and training records; sees no safeguarding concern.</source>
            <translation>Yn cadw cofnodion staff a hyfforddiant; nid yw'n gweld unrhyw bryder diogelu.</translation>
        </message>
    </context>
    <context>
        <name>AddressList</name>
        <message>
            <source>Addresses</source>
            <translation>Cyfeiriadau</translation>
        </message>
        <message>
            <source>Add another add&amp;ress</source>
            <translation>Ychwanegu cyfei&amp;riad arall</translation>
        </message>
        <message>
            <source>Add another address</source>
            <translation>Ychwanegu cyfeiriad arall</translation>
        </message>
    </context>
    <context>
        <name>AddressRow</name>
        <message>
            <source>Address %1</source>
            <translation>Cyfeiriad %1</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Presennol</translation>
        </message>
        <message>
            <source>Address %1 is the current address</source>
            <translation>Cyfeiriad %1 yw'r cyfeiriad presennol</translation>
        </message>
    </context>
    <context>
        <name>AfterSending</name>
        <message>
            <source>After sending</source>
            <translation>Ar ôl anfon</translation>
        </message>
        <message>
            <source>What is known after sending</source>
            <translation>Yr hyn sy'n hysbys ar ôl anfon</translation>
        </message>
        <message>
            <source>Feedback from the police Prevent team</source>
            <translation>Adborth gan dîm Atal yr heddlu</translation>
        </message>
        <message>
            <source>Feedback is not always given: ask for it, and record when you asked and what came.</source>
            <translation>Nid yw adborth yn cael ei roi bob tro: gofynnwch amdano, a chofnodwch pryd y gofynnoch chi a beth a ddaeth.</translation>
        </message>
        <message>
            <source>Date feedback was asked for</source>
            <translation>Y dyddiad y gofynnwyd am adborth</translation>
        </message>
        <message>
            <source>Asked for on:</source>
            <translation>Gofynnwyd ar:</translation>
        </message>
        <message>
            <source>Date feedback was received</source>
            <translation>Y dyddiad y daeth yr adborth</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>Daeth ar:</translation>
        </message>
        <message>
            <source>What the feedback said</source>
            <translation>Beth ddywedodd yr adborth</translation>
        </message>
        <message>
            <source>What it said:</source>
            <translation>Beth ddywedodd:</translation>
        </message>
        <message>
            <source>Record the feedback</source>
            <translation>Cofnodi'r adborth</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Consent to Channel support</source>
            <translation>Caniatâd i gymorth Channel</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Dewiswch…</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Caniatâd wedi'i roi</translation>
        </message>
        <message>
            <source>Consent refused</source>
            <translation>Caniatâd wedi'i wrthod</translation>
        </message>
        <message>
            <source>Consent:</source>
            <translation>Caniatâd:</translation>
        </message>
        <message>
            <source>Who gave or refused consent</source>
            <translation>Pwy roddodd neu wrthododd ganiatâd</translation>
        </message>
        <message>
            <source>A parent or carer</source>
            <translation>Rhiant neu ofalwr</translation>
        </message>
        <message>
            <source>The person themselves</source>
            <translation>Y person ei hun</translation>
        </message>
        <message>
            <source>Given by:</source>
            <translation>Gan:</translation>
        </message>
        <message>
            <source>Date of the consent</source>
            <translation>Dyddiad y caniatâd</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>Ar:</translation>
        </message>
        <message>
            <source>Record the consent</source>
            <translation>Cofnodi'r caniatâd</translation>
        </message>
        <message>
            <source>Date of a Channel panel</source>
            <translation>Dyddiad panel Channel</translation>
        </message>
        <message>
            <source>Panel date:</source>
            <translation>Dyddiad y panel:</translation>
        </message>
        <message>
            <source>Add the panel date</source>
            <translation>Ychwanegu dyddiad y panel</translation>
        </message>
        <message>
            <source>Support and reviews</source>
            <translation>Cymorth ac adolygiadau</translation>
        </message>
        <message>
            <source>The school's part in the support</source>
            <translation>Rhan yr ysgol yn y cymorth</translation>
        </message>
        <message>
            <source>The school's part:</source>
            <translation>Rhan yr ysgol:</translation>
        </message>
        <message>
            <source>Record the school's part</source>
            <translation>Cofnodi rhan yr ysgol</translation>
        </message>
        <message>
            <source>Date support ended</source>
            <translation>Y dyddiad y daeth y cymorth i ben</translation>
        </message>
        <message>
            <source>Support ended on:</source>
            <translation>Daeth y cymorth i ben ar:</translation>
        </message>
        <message>
            <source>Recording when support ended sets reviews at 6 and 12 months as dated actions.</source>
            <translation>Mae cofnodi pryd y daeth y cymorth i ben yn gosod adolygiadau ar ôl 6 a 12 mis fel camau gweithredu â dyddiad.</translation>
        </message>
        <message>
            <source>Record the end of support</source>
            <translation>Cofnodi diwedd y cymorth</translation>
        </message>
        <message>
            <source>Police gateway: %1</source>
            <translation>Porth yr heddlu: %1</translation>
        </message>
        <message>
            <source>, learned on %1</source>
            <translation>, dysgwyd ar %1</translation>
        </message>
        <message>
            <source>Police gateway: no outcome heard yet.</source>
            <translation>Porth yr heddlu: dim canlyniad wedi'i glywed eto.</translation>
        </message>
        <message>
            <source>Feedback asked for on %1.</source>
            <translation>Gofynnwyd am adborth ar %1.</translation>
        </message>
        <message>
            <source>Feedback received on %1: %2</source>
            <translation>Daeth adborth ar %1: %2</translation>
        </message>
        <message>
            <source>a parent or carer</source>
            <translation>rhiant neu ofalwr</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>y person</translation>
        </message>
        <message>
            <source>Consent to Channel given by %1 on %2.</source>
            <translation>Caniatâd i Channel wedi'i roi gan %1 ar %2.</translation>
        </message>
        <message>
            <source>Consent to Channel refused by %1 on %2.</source>
            <translation>Caniatâd i Channel wedi'i wrthod gan %1 ar %2.</translation>
        </message>
        <message>
            <source>Channel panel dates: %1</source>
            <translation>Dyddiadau panel Channel: %1</translation>
        </message>
        <message>
            <source>The school's part: %1</source>
            <translation>Rhan yr ysgol: %1</translation>
        </message>
        <message>
            <source>Support ended on %1.</source>
            <translation>Daeth y cymorth i ben ar %1.</translation>
        </message>
        <message>
            <source>✓ Review at %1 months (%2), done</source>
            <translation>✓ Adolygiad ar ôl %1 mis (%2), wedi'i wneud</translation>
        </message>
        <message>
            <source>Review at %1 months, due %2</source>
            <translation>Adolygiad ar ôl %1 mis, erbyn %2</translation>
        </message>
        <message>
            <source>The person is under 18 (or their age is not known): Channel support needs the consent of a parent or carer.</source>
            <translation>Mae'r person o dan 18 (neu nid yw ei oedran yn hysbys): mae angen caniatâd rhiant neu ofalwr ar gyfer cymorth Channel.</translation>
        </message>
        <message>
            <source>An adult gives or refuses consent for themselves.</source>
            <translation>Mae oedolyn yn rhoi neu'n gwrthod caniatâd drosto'i hun.</translation>
        </message>
        <message>
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad fel dd/mm/bbbb.</translation>
        </message>
    </context>
    <context>
        <name>AlternativeForm</name>
        <message>
            <source>Add another possible explanation</source>
            <translation>Ychwanegu esboniad posibl arall</translation>
        </message>
        <message>
            <source>Add the explanation</source>
            <translation>Ychwanegu'r esboniad</translation>
        </message>
        <message>
            <source>A plausible reason that is not radicalisation: a school project, curiosity, a special interest, a mental health difficulty, a misread cultural or religious practice, a game...</source>
            <translation>Rheswm credadwy nad yw'n radicaleiddio: prosiect ysgol, chwilfrydedd, diddordeb arbennig, anhawster iechyd meddwl, arfer diwylliannol neu grefyddol a gamddeallwyd, gêm...</translation>
        </message>
        <message>
            <source>The other explanation</source>
            <translation>Yr esboniad arall</translation>
        </message>
        <message>
            <source>E&amp;xplanation:</source>
            <translation>E&amp;sboniad:</translation>
        </message>
        <message>
            <source>What was done to explore it</source>
            <translation>Beth a wnaed i'w archwilio</translation>
        </message>
        <message>
            <source>How it was &amp;looked into:</source>
            <translation>Sut yr ymchwiliwyd &amp;iddo:</translation>
        </message>
        <message>
            <source>What was concluded</source>
            <translation>Beth oedd y casgliad</translation>
        </message>
        <message>
            <source>kept, or ruled out and why (can be added later)</source>
            <translation>ei gadw, neu ei ddiystyru a pham (gellir ei ychwanegu'n nes ymlaen)</translation>
        </message>
        <message>
            <source>What was &amp;concluded:</source>
            <translation>Beth oedd y &amp;casgliad:</translation>
        </message>
        <message>
            <source>Does it explain what was seen?</source>
            <translation>A yw'n esbonio'r hyn a welwyd?</translation>
        </message>
        <message>
            <source>Accepted?</source>
            <translation>Wedi'i dderbyn?</translation>
        </message>
        <message>
            <source>Accepted — it explains what was seen</source>
            <translation>Wedi'i dderbyn — mae'n esbonio'r hyn a welwyd</translation>
        </message>
        <message>
            <source>Ruled out — it does not explain it</source>
            <translation>Wedi'i ddiystyru — nid yw'n ei esbonio</translation>
        </message>
        <message>
            <source>Not concluded yet</source>
            <translation>Heb ddod i gasgliad eto</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend or add to a record — %1</source>
            <translation>Diwygio neu ychwanegu at gofnod — %1</translation>
        </message>
        <message>
            <source>Amend or add to a record</source>
            <translation>Diwygio neu ychwanegu at gofnod</translation>
        </message>
        <message>
            <source>Saved records are not changed in place: the old value is kept beside the new one, with who changed it, when and why. A field left blank can be filled in without a reason.</source>
            <translation>Nid yw cofnodion sydd wedi'u cadw yn cael eu newid yn eu lle: cedwir yr hen werth wrth ochr yr un newydd, gyda phwy a'i newidiodd, pryd a pham. Gellir llenwi maes gwag heb roi rheswm.</translation>
        </message>
        <message>
            <source>The record to change</source>
            <translation>Y cofnod i'w newid</translation>
        </message>
        <message>
            <source>&amp;Record:</source>
            <translation>&amp;Cofnod:</translation>
        </message>
        <message>
            <source>The field to change</source>
            <translation>Y maes i'w newid</translation>
        </message>
        <message>
            <source>&amp;Field:</source>
            <translation>&amp;Maes:</translation>
        </message>
        <message>
            <source>Value on record now</source>
            <translation>Y gwerth ar gofnod nawr</translation>
        </message>
        <message>
            <source>On record now:</source>
            <translation>Ar gofnod nawr:</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Gwerth newydd</translation>
        </message>
        <message>
            <source>New date and time</source>
            <translation>Dyddiad ac amser newydd</translation>
        </message>
        <message>
            <source>New date</source>
            <translation>Dyddiad newydd</translation>
        </message>
        <message>
            <source>New signs noticed</source>
            <translation>Arwyddion newydd a welwyd</translation>
        </message>
        <message>
            <source>&amp;New value:</source>
            <translation>Gwerth &amp;newydd:</translation>
        </message>
        <message>
            <source>Why the record is being changed</source>
            <translation>Pam mae'r cofnod yn cael ei newid</translation>
        </message>
        <message>
            <source>&amp;Why (required):</source>
            <translation>&amp;Pam (gofynnol):</translation>
        </message>
        <message>
            <source>&amp;Save the change</source>
            <translation>Ca&amp;dw'r newid</translation>
        </message>
        <message>
            <source>Save the change</source>
            <translation>Cadw'r newid</translation>
        </message>
        <message>
            <source>&amp;Why (optional here):</source>
            <translation>&amp;Pam (dewisol yma):</translation>
        </message>
        <message>
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad fel dd/mm/bbbb.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Nobody is signed in.</source>
            <translation>Nid oes neb wedi mewngofnodi.</translation>
        </message>
        <message>
            <source>Records may have been lost</source>
            <translation>Efallai bod cofnodion wedi'u colli</translation>
        </message>
        <message>
            <source>The vault does not reach the last change recorded beside it. Changes may have been lost (for example after a crash, or because the folder was put back to an older copy).</source>
            <translation>Nid yw'r gladdgell yn cyrraedd y newid olaf a gofnodwyd wrth ei hochr. Efallai bod newidiadau wedi'u colli (er enghraifft ar ôl i'r cyfrifiadur chwalu, neu am fod y ffolder wedi'i rhoi'n ôl i gopi hŷn).</translation>
        </message>
        <message>
            <source>Restore the latest backup (Backups and records page), then check the newest records. If there is no newer backup, carry on and tell the DSL; this is kept in the audit trail and the vault check will report it.</source>
            <translation>Adferwch y copi wrth gefn diweddaraf (tudalen Copïau wrth gefn a chofnodion), yna gwiriwch y cofnodion mwyaf newydd. Os nad oes copi mwy newydd, ewch ymlaen a rhowch wybod i'r Arweinydd Diogelu; caiff hyn ei gadw yn y trywydd archwilio a bydd gwiriad y gladdgell yn ei nodi.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>Rhif</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Cofnod</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailPage</name>
        <message>
            <source>Audit trail</source>
            <translation>Trywydd archwilio</translation>
        </message>
        <message>
            <source>Every sign-in, concern opened, change, export and print is recorded here, newest first. Each event is sealed to the one before it, so an event changed, removed or reordered afterwards is found by the check.</source>
            <translation>Cofnodir pob mewngofnodi, pob pryder a agorwyd, pob newid, allforio ac argraffu yma, y mwyaf diweddar yn gyntaf. Mae pob digwyddiad wedi'i selio i'r un o'i flaen, felly bydd y gwiriad yn canfod digwyddiad a newidiwyd, a ddilëwyd neu a aildrefnwyd wedyn.</translation>
        </message>
        <message>
            <source>&amp;Verify the chain</source>
            <translation>&amp;Dilysu'r gadwyn</translation>
        </message>
        <message>
            <source>Verify the audit chain</source>
            <translation>Dilysu'r gadwyn archwilio</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Canlyniad y gwiriad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>W&amp;ho:</source>
            <translation>P&amp;wy:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Cam gweithredu:</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;O</translation>
        </message>
        <message>
            <source>Events from</source>
            <translation>Digwyddiadau o</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hyd at</translation>
        </message>
        <message>
            <source>Events up to</source>
            <translation>Digwyddiadau hyd at</translation>
        </message>
        <message>
            <source>Number of events</source>
            <translation>Nifer y digwyddiadau</translation>
        </message>
        <message>
            <source>Audit events</source>
            <translation>Digwyddiadau archwilio</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Unrhyw un</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Unrhyw</translation>
        </message>
        <message>
            <source>%1 event</source>
            <translation>%1 digwyddiad</translation>
        </message>
        <message>
            <source>%1 events</source>
            <translation>%1 digwyddiad</translation>
        </message>
        <message>
            <source>Checking the vault and its audit trail…</source>
            <translation>Wrthi'n gwirio'r gladdgell a'i thrywydd archwilio…</translation>
        </message>
        <message>
            <source>The audit trail is intact: %1 events, none altered or missing.</source>
            <translation>Mae'r trywydd archwilio'n gyfan: %1 digwyddiad, dim un wedi'i newid na'i golli.</translation>
        </message>
        <message>
            <source>Checked %1, with the database's own integrity check.</source>
            <translation>Gwiriwyd %1, gyda gwiriad cywirdeb y gronfa ddata ei hun.</translation>
        </message>
        <message>
            <source>The check found problems. Keep this vault as it is and tell the DSL.</source>
            <translation>Canfu'r gwiriad broblemau. Cadwch y gladdgell hon fel y mae a rhowch wybod i'r Arweinydd Diogelu.</translation>
        </message>
    </context>
    <context>
        <name>AuditWords</name>
        <message>
            <source>Concern %1</source>
            <translation>Pryder %1</translation>
        </message>
        <message>
            <source>Person %1</source>
            <translation>Person %1</translation>
        </message>
        <message>
            <source>Information %1</source>
            <translation>Gwybodaeth %1</translation>
        </message>
        <message>
            <source>Other explanation %1</source>
            <translation>Esboniad arall %1</translation>
        </message>
        <message>
            <source>Consultation %1</source>
            <translation>Ymgynghoriad %1</translation>
        </message>
        <message>
            <source>Decision %1</source>
            <translation>Penderfyniad %1</translation>
        </message>
        <message>
            <source>Referral %1</source>
            <translation>Atgyfeiriad %1</translation>
        </message>
        <message>
            <source>Action %1</source>
            <translation>Cam gweithredu %1</translation>
        </message>
        <message>
            <source>Attached file %1</source>
            <translation>Ffeil atodedig %1</translation>
        </message>
        <message>
            <source>Account %1</source>
            <translation>Cyfrif %1</translation>
        </message>
        <message>
            <source>Member of staff %1</source>
            <translation>Aelod o staff %1</translation>
        </message>
        <message>
            <source>Course %1</source>
            <translation>Cwrs %1</translation>
        </message>
        <message>
            <source>Training requirement %1</source>
            <translation>Gofyniad hyfforddiant %1</translation>
        </message>
        <message>
            <source>Training %1</source>
            <translation>Hyfforddiant %1</translation>
        </message>
        <message>
            <source>Training record %1</source>
            <translation>Cofnod hyfforddiant %1</translation>
        </message>
        <message>
            <source>Backup %1</source>
            <translation>Copi wrth gefn %1</translation>
        </message>
        <message>
            <source>Transfer %1</source>
            <translation>Trosglwyddiad %1</translation>
        </message>
        <message>
            <source>School details %1</source>
            <translation>Manylion yr ysgol %1</translation>
        </message>
        <message>
            <source>Setting %1</source>
            <translation>Gosodiad %1</translation>
        </message>
        <message>
            <source>Local contact %1</source>
            <translation>Cyswllt lleol %1</translation>
        </message>
        <message>
            <source>Keeping rule %1</source>
            <translation>Rheol cadw %1</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Pryder</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Member of staff</source>
            <translation>Aelod o staff</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>Diwygiad</translation>
        </message>
        <message>
            <source>Stage change</source>
            <translation>Newid cam</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Trosglwyddiad</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Pryderon</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Ffeiliau atodedig</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>Fersiwn y ffurflen</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cwrs</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hyd at</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Sut</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Fformat</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Meysydd</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Maes</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Adran</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Rheswm</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Gwiriwyd</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ar</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Ar ddyddiad</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Blynyddoedd</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rhesi</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Digwyddiadau</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Cofnodion</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ychwanegwyd</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Diweddarwyd</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Cofnodwyd</translation>
        </message>
        <message>
            <source>Already recorded</source>
            <translation>Wedi'u cofnodi eisoes</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Newydd</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Wedi llwyddo</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Beitiau</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>none</source>
            <translation>dim</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ie</translation>
        </message>
        <message>
            <source>no</source>
            <translation>na</translation>
        </message>
    </context>
    <context>
        <name>BackupsTab</name>
        <message>
            <source>A restore is waiting for you</source>
            <translation>Mae adferiad yn aros amdanoch</translation>
        </message>
        <message>
            <source>Keep the restored &amp;vault</source>
            <translation>&amp;Cadw'r gladdgell a adferwyd</translation>
        </message>
        <message>
            <source>&amp;Undo the restore…</source>
            <translation>&amp;Dadwneud yr adferiad…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Gwneud copi wrth gefn nawr</translation>
        </message>
        <message>
            <source>The whole vault goes into one encrypted file, which is read back and checked before it is kept. Any account passphrase and the school's recovery code open it. Keep backups on another drive, away from this computer.</source>
            <translation>Mae'r gladdgell gyfan yn mynd i un ffeil wedi'i hamgryptio, sy'n cael ei darllen yn ôl a'i gwirio cyn ei chadw. Mae cyfrinymadrodd unrhyw gyfrif a chod adfer yr ysgol yn ei hagor. Cadwch gopïau wrth gefn ar yriant arall, i ffwrdd o'r cyfrifiadur hwn.</translation>
        </message>
        <message>
            <source>Give this backup a &amp;passphrase of its own</source>
            <translation>Rhoi cyfrinymadrodd ei &amp;hun i'r copi wrth gefn hwn</translation>
        </message>
        <message>
            <source>Backup passphrase</source>
            <translation>Cyfrinymadrodd y copi wrth gefn</translation>
        </message>
        <message>
            <source>Repeat the backup passphrase</source>
            <translation>Ailadrodd cyfrinymadrodd y copi wrth gefn</translation>
        </message>
        <message>
            <source>B&amp;ackup passphrase:</source>
            <translation>C&amp;yfrinymadrodd y copi wrth gefn:</translation>
        </message>
        <message>
            <source>R&amp;epeat it:</source>
            <translation>&amp;Ailadrodd:</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Gwneud copi wrth gefn nawr…</translation>
        </message>
        <message>
            <source>Result of the last backup</source>
            <translation>Canlyniad y copi wrth gefn diwethaf</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Copïau wrth gefn awtomatig</translation>
        </message>
        <message>
            <source>Folder for automatic backups</source>
            <translation>Ffolder ar gyfer copïau wrth gefn awtomatig</translation>
        </message>
        <message>
            <source>Choose a folder on another drive</source>
            <translation>Dewiswch ffolder ar yriant arall</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>D&amp;ewis…</translation>
        </message>
        <message>
            <source>Choose the folder for automatic backups</source>
            <translation>Dewis y ffolder ar gyfer copïau wrth gefn awtomatig</translation>
        </message>
        <message>
            <source>F&amp;older:</source>
            <translation>&amp;Ffolder:</translation>
        </message>
        <message>
            <source>When to back up</source>
            <translation>Pryd i wneud copi wrth gefn</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Byth</translation>
        </message>
        <message>
            <source>When someone signs out</source>
            <translation>Pan fydd rhywun yn allgofnodi</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Unwaith y dydd</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Pryd:</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> copi wrth gefn</translation>
        </message>
        <message>
            <source>How many automatic backups to keep</source>
            <translation>Sawl copi wrth gefn awtomatig i'w gadw</translation>
        </message>
        <message>
            <source>How &amp;many to keep:</source>
            <translation>&amp;Sawl un i'w gadw:</translation>
        </message>
        <message>
            <source>Save these sett&amp;ings</source>
            <translation>Cadw'r gosod&amp;iadau hyn</translation>
        </message>
        <message>
            <source>Last automatic backup</source>
            <translation>Copi wrth gefn awtomatig diwethaf</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Adfer</translation>
        </message>
        <message>
            <source>Put the vault back as it was when a backup was made. The backup is checked in full before anything changes, and the current vault is kept until you decide.</source>
            <translation>Rhoi'r gladdgell yn ôl fel yr oedd pan wnaed copi wrth gefn. Caiff y copi wrth gefn ei wirio'n llawn cyn i ddim newid, a chedwir y gladdgell bresennol nes i chi benderfynu.</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>Adfer &amp;o gopi wrth gefn…</translation>
        </message>
        <message>
            <source>This vault was restored from a backup on %1. The vault it replaced is kept beside it. Check the records, then keep the restored vault (the replaced one is deleted) or undo the restore (the replaced one comes back).</source>
            <translation>Cafodd y gladdgell hon ei hadfer o gopi wrth gefn ar %1. Cedwir y gladdgell a ddisodlwyd wrth ei hochr. Gwiriwch y cofnodion, yna cadwch y gladdgell a adferwyd (dilëir yr un a ddisodlwyd) neu dadwneud yr adferiad (daw'r un a ddisodlwyd yn ôl).</translation>
        </message>
        <message>
            <source>No automatic backup has been made yet.</source>
            <translation>Nid oes copi wrth gefn awtomatig wedi'i wneud eto.</translation>
        </message>
        <message numerus="yes">
            <source>Last automatic backup: %1, %n record(s).</source>
            <translation>
                <numerusform>Copi wrth gefn awtomatig diwethaf: %1, %n cofnod.</numerusform>
                <numerusform>Copi wrth gefn awtomatig diwethaf: %1, %n cofnod.</numerusform>
                <numerusform>Copi wrth gefn awtomatig diwethaf: %1, %n cofnod.</numerusform>
                <numerusform>Copi wrth gefn awtomatig diwethaf: %1, %n cofnod.</numerusform>
                <numerusform>Copi wrth gefn awtomatig diwethaf: %1, %n cofnod.</numerusform>
            </translation>
        </message>
        <message>
            <source>The last automatic backup (%1) failed: %2</source>
            <translation>Methodd y copi wrth gefn awtomatig diwethaf (%1): %2</translation>
        </message>
        <message>
            <source>The two backup passphrases differ.</source>
            <translation>Mae'r ddau gyfrinymadrodd copi wrth gefn yn wahanol.</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation>Cadw'r copi wrth gefn fel</translation>
        </message>
        <message>
            <source>DSL Desktop backups (*.dslbackup)</source>
            <translation>Copïau wrth gefn DSL Desktop (*.dslbackup)</translation>
        </message>
        <message>
            <source>Backing up and checking the copy…</source>
            <translation>Wrthi'n gwneud copi wrth gefn ac yn gwirio'r copi…</translation>
        </message>
        <message>
            <source>The backup was cancelled. Nothing was written.</source>
            <translation>Cafodd y copi wrth gefn ei ganslo. Ni ysgrifennwyd dim.</translation>
        </message>
        <message>
            <source>Backed up to %1 (%2, %3 seconds): %4. The copy was read back and checked.</source>
            <translation>Copi wrth gefn wedi'i gadw yn %1 (%2, %3 eiliad): %4. Cafodd y copi ei ddarllen yn ôl a'i wirio.</translation>
        </message>
        <message>
            <source>The backup is made and checked.</source>
            <translation>Mae'r copi wrth gefn wedi'i wneud a'i wirio.</translation>
        </message>
        <message>
            <source>Automatic backup settings saved.</source>
            <translation>Gosodiadau'r copïau wrth gefn awtomatig wedi'u cadw.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>Dim i'w ddangos ar gyfer y cyfnod hwn.</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryDialog</name>
        <message>
            <source>Concern %1</source>
            <translation>Pryder %1</translation>
        </message>
        <message>
            <source>Read only. Opening this concern has been recorded in the audit trail.</source>
            <translation>Darllen yn unig. Mae agor y pryder hwn wedi'i gofnodi yn y trywydd archwilio.</translation>
        </message>
        <message>
            <source>The concern's record</source>
            <translation>Cofnod y pryder</translation>
        </message>
        <message>
            <source>&amp;Chronology of %1…</source>
            <translation>&amp;Cronoleg %1…</translation>
        </message>
        <message>
            <source>Chronology of the person</source>
            <translation>Cronoleg y person</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Ble mae pethau'n sefyll</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Cam</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Adolygiad nesaf</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Yng ngofal</translation>
        </message>
        <message>
            <source>The person</source>
            <translation>Y person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Enwau eraill</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Dyddiad geni</translation>
        </message>
        <message>
            <source>Year group or role</source>
            <translation>Grŵp blwyddyn neu rôl</translation>
        </message>
        <message>
            <source>What was noticed</source>
            <translation>Beth a sylwyd</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>Sylwyd</translation>
        </message>
        <message>
            <source>Noticed by</source>
            <translation>Sylwyd gan</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>Beth a welwyd neu a glywyd</translation>
        </message>
        <message>
            <source>Others present</source>
            <translation>Eraill a oedd yn bresennol</translation>
        </message>
        <message>
            <source>Emergency action</source>
            <translation>Camau brys</translation>
        </message>
        <message>
            <source>Information gathered</source>
            <translation>Gwybodaeth a gasglwyd</translation>
        </message>
        <message>
            <source>Who was consulted</source>
            <translation>Pwy yr ymgynghorwyd â nhw</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Penderfyniadau</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Atgyfeiriadau</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Heb ei anfon eto</translation>
        </message>
    </context>
    <context>
        <name>CaseWidget</name>
        <message>
            <source>← &amp;Back to the list</source>
            <translation>← &amp;Yn ôl i'r rhestr</translation>
        </message>
        <message>
            <source>Back to the list of open concerns</source>
            <translation>Yn ôl i'r rhestr o bryderon agored</translation>
        </message>
        <message>
            <source>About this concern</source>
            <translation>Am y pryder hwn</translation>
        </message>
        <message>
            <source>&amp;Person's details…</source>
            <translation>&amp;Manylion y person…</translation>
        </message>
        <message>
            <source>Change the person's details</source>
            <translation>Newid manylion y person</translation>
        </message>
        <message>
            <source>You can read this concern. Only the DSL or a deputy can change it.</source>
            <translation>Gallwch ddarllen y pryder hwn. Dim ond yr Arweinydd Diogelu neu ddirprwy all ei newid.</translation>
        </message>
        <message>
            <source>Review overdue</source>
            <translation>Adolygiad yn hwyr</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Stage: %1</source>
            <translation>Cam: %1</translation>
        </message>
        <message>
            <source>Decision: %1</source>
            <translation>Penderfyniad: %1</translation>
        </message>
        <message>
            <source>Next review: %1</source>
            <translation>Adolygiad nesaf: %1</translation>
        </message>
        <message>
            <source>Held by %1</source>
            <translation>Yng ngofal %1</translation>
        </message>
        <message>
            <source>⚠ The review was due on %1 and is overdue: record it under Actions and reviews.</source>
            <translation>⚠ Roedd yr adolygiad i fod ar %1 ac mae'n hwyr: cofnodwch ef o dan Camau gweithredu ac adolygiadau.</translation>
        </message>
        <message>
            <source>The concern cannot move to %1 yet:</source>
            <translation>Ni all y pryder symud i'r cam %1 eto:</translation>
        </message>
    </context>
    <context>
        <name>CheckStep</name>
        <message>
            <source>Check: gather and test the information</source>
            <translation>Gwirio: casglu a phrofi'r wybodaeth</translation>
        </message>
        <message>
            <source>Record what else is known, and label each piece: was it seen or heard first hand, told to you as fact, or believed without evidence? Look for other explanations, and record who you talked to and what you shared.</source>
            <translation>Cofnodwch beth arall sy'n hysbys, a labelwch bob darn: a gafodd ei weld neu ei glywed yn uniongyrchol, ei ddweud wrthych fel ffaith, neu ei gredu heb dystiolaeth? Chwiliwch am esboniadau eraill, a chofnodwch â phwy y buoch yn siarad a beth a rannwyd gennych.</translation>
        </message>
        <message>
            <source>Information gathered</source>
            <translation>Gwybodaeth a gasglwyd</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Ffynhonnell</translation>
        </message>
        <message>
            <source>Kind and checking</source>
            <translation>Math a gwirio</translation>
        </message>
        <message>
            <source>Obtained</source>
            <translation>Cafwyd</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Gwybodaeth</translation>
        </message>
        <message>
            <source>Other possible explanations</source>
            <translation>Esboniadau posibl eraill</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Esboniad</translation>
        </message>
        <message>
            <source>How it was explored</source>
            <translation>Sut yr archwiliwyd</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>Casgliad</translation>
        </message>
        <message>
            <source>Accepted?</source>
            <translation>Wedi'i dderbyn?</translation>
        </message>
        <message>
            <source>Who was consulted</source>
            <translation>Pwy yr ymgynghorwyd â nhw</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Sut</translation>
        </message>
        <message>
            <source>Shared and why</source>
            <translation>A rannwyd a pham</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>Ymgynghoriadau</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Ffeiliau</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ffeil</translation>
        </message>
        <message>
            <source>Attached to</source>
            <translation>Ynghlwm wrth</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ychwanegwyd</translation>
        </message>
        <message>
            <source>Attach a &amp;file to the concern…</source>
            <translation>Atodi &amp;ffeil i'r pryder…</translation>
        </message>
        <message>
            <source>Att&amp;ach to the chosen information…</source>
            <translation>&amp;Atodi i'r wybodaeth a ddewiswyd…</translation>
        </message>
        <message>
            <source>Op&amp;en the chosen file</source>
            <translation>A&amp;gor y ffeil a ddewiswyd</translation>
        </message>
        <message>
            <source>Files are kept inside the encrypted vault. Opening one makes a temporary copy that is deleted when you lock or close DSL Desktop.</source>
            <translation>Cedwir ffeiliau y tu mewn i'r gladdgell wedi'i hamgryptio. Mae agor un yn gwneud copi dros dro sy'n cael ei ddileu pan fyddwch yn cloi neu'n cau DSL Desktop.</translation>
        </message>
        <message>
            <source>Move on to &amp;Decide</source>
            <translation>Symud ymlaen i &amp;Benderfynu</translation>
        </message>
        <message>
            <source>Move on to Decide</source>
            <translation>Symud ymlaen i Benderfynu</translation>
        </message>
        <message>
            <source>The Notice record is complete; move the concern on to Check to gather information.</source>
            <translation>Mae cofnod Sylwi yn gyflawn; symudwch y pryder ymlaen i Wirio i gasglu gwybodaeth.</translation>
        </message>
        <message>
            <source>Move on to &amp;Check</source>
            <translation>Symud ymlaen i &amp;Wirio</translation>
        </message>
        <message>
            <source>Information is added at the Check step. To add more, go back to Check.</source>
            <translation>Ychwanegir gwybodaeth yn y cam Gwirio. I ychwanegu rhagor, ewch yn ôl i Wirio.</translation>
        </message>
        <message>
            <source>Go back to &amp;Check</source>
            <translation>Mynd yn ôl i &amp;Wirio</translation>
        </message>
        <message>
            <source>This step is finished; what was gathered is shown below.</source>
            <translation>Mae'r cam hwn wedi'i orffen; dangosir yr hyn a gasglwyd isod.</translation>
        </message>
        <message>
            <source>You can read this step; only the DSL or a deputy can change it.</source>
            <translation>Gallwch ddarllen y cam hwn; dim ond yr Arweinydd Diogelu neu ddirprwy all ei newid.</translation>
        </message>
        <message>
            <source>When you have gathered enough, move on to Decide.</source>
            <translation>Pan fyddwch wedi casglu digon, symudwch ymlaen i Benderfynu.</translation>
        </message>
        <message>
            <source>Recorded %1 by %2</source>
            <translation>Cofnodwyd %1 gan %2</translation>
        </message>
        <message>
            <source>Nothing recorded yet. Add the first piece of information below: what was seen, what someone said, or what is believed.</source>
            <translation>Dim wedi'i gofnodi eto. Ychwanegwch y darn cyntaf o wybodaeth isod: beth a welwyd, beth ddywedodd rhywun, neu beth a gredir.</translation>
        </message>
        <message>
            <source>No information was recorded.</source>
            <translation>Ni chofnodwyd unrhyw wybodaeth.</translation>
        </message>
        <message>
            <source>No other explanation recorded yet. Think about other reasons for what was seen or heard, and write down why each was kept or ruled out.</source>
            <translation>Dim esboniad arall wedi'i gofnodi eto. Meddyliwch am resymau eraill dros yr hyn a welwyd neu a glywyd, ac ysgrifennwch pam y cafodd pob un ei gadw neu ei ddiystyru.</translation>
        </message>
        <message>
            <source>Nobody consulted yet. You can ask the police Prevent team or the local authority Prevent lead for advice; record each discussion here.</source>
            <translation>Heb ymgynghori â neb eto. Gallwch ofyn am gyngor gan dîm Atal yr heddlu neu arweinydd Atal yr awdurdod lleol; cofnodwch bob trafodaeth yma.</translation>
        </message>
        <message>
            <source>The concern</source>
            <translation>Y pryder</translation>
        </message>
        <message>
            <source>Information %1</source>
            <translation>Gwybodaeth %1</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 gan %2</translation>
        </message>
        <message>
            <source>No files attached. Attach a photo, a screenshot or a document if it helps; it is kept encrypted with the concern.</source>
            <translation>Dim ffeiliau ynghlwm. Atodwch lun, sgrinlun neu ddogfen os yw'n helpu; caiff ei chadw wedi'i hamgryptio gyda'r pryder.</translation>
        </message>
        <message>
            <source>Choose a piece of information in the list first.</source>
            <translation>Dewiswch ddarn o wybodaeth yn y rhestr yn gyntaf.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Atodi ffeil</translation>
        </message>
        <message>
            <source>The file could not be read (%1).</source>
            <translation>Nid oedd modd darllen y ffeil (%1).</translation>
        </message>
        <message>
            <source>“%1” is attached and kept in the vault.</source>
            <translation>Mae “%1” ynghlwm ac wedi'i chadw yn y gladdgell.</translation>
        </message>
        <message>
            <source>No program on this computer opens this kind of file.</source>
            <translation>Nid oes rhaglen ar y cyfrifiadur hwn sy'n agor y math hwn o ffeil.</translation>
        </message>
    </context>
    <context>
        <name>ChronologyDialog</name>
        <message>
            <source>Chronology of %1</source>
            <translation>Cronoleg %1</translation>
        </message>
        <message>
            <source>Born %1</source>
            <translation>Ganwyd %1</translation>
        </message>
        <message>
            <source>%1 concern</source>
            <translation>%1 pryder</translation>
        </message>
        <message>
            <source>%1 concerns</source>
            <translation>%1 pryder</translation>
        </message>
        <message>
            <source>Events, oldest first</source>
            <translation>Digwyddiadau, yr hynaf yn gyntaf</translation>
        </message>
        <message>
            <source>Nothing has been recorded about this person yet.</source>
            <translation>Nid oes dim wedi'i gofnodi am y person hwn eto.</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Cadw fel PDF…</translation>
        </message>
        <message>
            <source>Save the chronology as a PDF</source>
            <translation>Cadw'r gronoleg fel PDF</translation>
        </message>
        <message>
            <source>Save the chronology</source>
            <translation>Cadw'r gronoleg</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Ffeiliau PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the chronology PDF…</source>
            <translation>Wrthi'n ysgrifennu PDF y gronoleg…</translation>
        </message>
        <message>
            <source>The chronology was not saved</source>
            <translation>Ni chafodd y gronoleg ei chadw</translation>
        </message>
        <message>
            <source>The chronology could not be saved there.</source>
            <translation>Nid oedd modd cadw'r gronoleg yno.</translation>
        </message>
        <message>
            <source>Choose another folder.</source>
            <translation>Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <source>Saved the chronology to %1.</source>
            <translation>Cadwyd y gronoleg yn %1.</translation>
        </message>
        <message>
            <source>The file is not encrypted: keep it somewhere safe, and delete it when done.</source>
            <translation>Nid yw'r ffeil wedi'i hamgryptio: cadwch hi rywle diogel, a'i dileu pan fyddwch wedi gorffen.</translation>
        </message>
    </context>
    <context>
        <name>ChronologyModel</name>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Pryder</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Beth ddigwyddodd</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Gan</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Rheswm: %1</translation>
        </message>
    </context>
    <context>
        <name>ComplianceChart</name>
        <message>
            <source>Training in date, by role type</source>
            <translation>Hyfforddiant mewn dyddiad, yn ôl math o rôl</translation>
        </message>
        <message>
            <source>Whole school</source>
            <translation>Yr ysgol gyfan</translation>
        </message>
        <message>
            <source>nothing required</source>
            <translation>dim yn ofynnol</translation>
        </message>
        <message>
            <source>%1% in date (%2 of %3)</source>
            <translation>%1% mewn dyddiad (%2 o %3)</translation>
        </message>
    </context>
    <context>
        <name>Concerns</name>
        <message>
            <source>Notice</source>
            <translation>Sylwi</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Gwirio</translation>
        </message>
        <message>
            <source>Decide</source>
            <translation>Penderfynu</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Rhannu</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Adolygu</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Ar gau</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Heb benderfynu eto</translation>
        </message>
        <message>
            <source>No further action</source>
            <translation>Dim camau pellach</translation>
        </message>
        <message>
            <source>Monitor, with a review date</source>
            <translation>Monitro, gyda dyddiad adolygu</translation>
        </message>
        <message>
            <source>Support in school</source>
            <translation>Cymorth yn yr ysgol</translation>
        </message>
        <message>
            <source>Early help or children's social care</source>
            <translation>Cymorth cynnar neu ofal cymdeithasol i blant</translation>
        </message>
        <message>
            <source>Prevent referral</source>
            <translation>Atgyfeiriad Atal</translation>
        </message>
        <message>
            <source>Emergency (999)</source>
            <translation>Argyfwng (999)</translation>
        </message>
        <message>
            <source>Nothing more is needed. Write down why: the reasons for not referring are kept.</source>
            <translation>Nid oes angen dim mwy. Ysgrifennwch pam: cedwir y rhesymau dros beidio ag atgyfeirio.</translation>
        </message>
        <message>
            <source>Keep a watchful eye, record anything new and look again on a set date.</source>
            <translation>Cadw llygad gofalus, cofnodi unrhyw beth newydd ac edrych eto ar ddyddiad penodol.</translation>
        </message>
        <message>
            <source>Pastoral or other support inside school.</source>
            <translation>Cymorth bugeiliol neu gymorth arall yn yr ysgol.</translation>
        </message>
        <message>
            <source>Another safeguarding route: early help, children's social care or mental health.</source>
            <translation>Llwybr diogelu arall: cymorth cynnar, gofal cymdeithasol i blant neu iechyd meddwl.</translation>
        </message>
        <message>
            <source>Share the concern with the police Prevent team using the national referral form.</source>
            <translation>Rhannu'r pryder gyda thîm Atal yr heddlu gan ddefnyddio'r ffurflen atgyfeirio genedlaethol.</translation>
        </message>
        <message>
            <source>Someone is at immediate risk: 999 was or must be called.</source>
            <translation>Mae rhywun mewn perygl uniongyrchol: cafodd 999 ei ffonio neu mae'n rhaid ei ffonio.</translation>
        </message>
        <message>
            <source>Not recorded yet</source>
            <translation>Heb ei gofnodi eto</translation>
        </message>
        <message>
            <source>Signposted to other services</source>
            <translation>Cyfeiriwyd at wasanaethau eraill</translation>
        </message>
        <message>
            <source>Prevent Case Management (police)</source>
            <translation>Rheoli Achosion Atal (yr heddlu)</translation>
        </message>
        <message>
            <source>Channel panel</source>
            <translation>Panel Channel</translation>
        </message>
        <message>
            <source>Not known (no feedback yet)</source>
            <translation>Ddim yn hysbys (dim adborth eto)</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Wedi'i weld</translation>
        </message>
        <message>
            <source>Assertion</source>
            <translation>Honiad</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Tybiaeth</translation>
        </message>
        <message>
            <source>Seen or heard first hand by the person recording it, or shown by a document.</source>
            <translation>Wedi'i weld neu ei glywed yn uniongyrchol gan y sawl sy'n ei gofnodi, neu wedi'i ddangos gan ddogfen.</translation>
        </message>
        <message>
            <source>Told as fact, not checked: someone states it, but nobody has confirmed it yet (“a pupil says she is in a group chat with extremists”).</source>
            <translation>Wedi'i ddweud fel ffaith, heb ei wirio: mae rhywun yn ei ddatgan, ond does neb wedi'i gadarnhau eto (“mae disgybl yn dweud ei bod mewn sgwrs grŵp gydag eithafwyr”).</translation>
        </message>
        <message>
            <source>Believed without evidence (“he must be watching propaganda”). Write it down so it can be tested, not acted on.</source>
            <translation>Cred heb dystiolaeth (“mae'n rhaid ei fod yn gwylio propaganda”). Ysgrifennwch hi er mwyn ei phrofi, nid er mwyn gweithredu arni.</translation>
        </message>
        <message>
            <source>seen or heard first hand</source>
            <translation>wedi'i weld neu ei glywed yn uniongyrchol</translation>
        </message>
        <message>
            <source>told as fact, not checked</source>
            <translation>wedi'i ddweud fel ffaith, heb ei wirio</translation>
        </message>
        <message>
            <source>believed without evidence</source>
            <translation>cred heb dystiolaeth</translation>
        </message>
        <message>
            <source>Corroborated: another person or record confirms it</source>
            <translation>Wedi'i gadarnhau: mae person neu gofnod arall yn ei gadarnhau</translation>
        </message>
        <message>
            <source>Contradicted: another person or record says otherwise</source>
            <translation>Wedi'i wrth-ddweud: mae person neu gofnod arall yn dweud yn wahanol</translation>
        </message>
        <message>
            <source>Not checked yet, so it stays an assertion</source>
            <translation>Heb ei wirio eto, felly honiad ydyw o hyd</translation>
        </message>
        <message>
            <source>No evidence yet, so it stays an assumption</source>
            <translation>Dim tystiolaeth eto, felly tybiaeth ydyw o hyd</translation>
        </message>
        <message>
            <source>Not checked against another source yet</source>
            <translation>Heb ei wirio yn erbyn ffynhonnell arall eto</translation>
        </message>
        <message>
            <source>Observed, and corroborated by %1</source>
            <translation>Wedi'i weld, ac wedi'i gadarnhau gan %1</translation>
        </message>
        <message>
            <source>Observed, and corroborated</source>
            <translation>Wedi'i weld, ac wedi'i gadarnhau</translation>
        </message>
        <message>
            <source>Corroborated: told as fact, then confirmed by %1</source>
            <translation>Wedi'i gadarnhau: dywedwyd fel ffaith, yna cadarnhaodd %1 hynny</translation>
        </message>
        <message>
            <source>Corroborated: told as fact, then confirmed</source>
            <translation>Wedi'i gadarnhau: dywedwyd fel ffaith, ac fe'i cadarnhawyd wedyn</translation>
        </message>
        <message>
            <source>Corroborated: first only believed, now backed by %1</source>
            <translation>Wedi'i gadarnhau: cred yn unig i ddechrau, bellach wedi'i ategu gan %1</translation>
        </message>
        <message>
            <source>Corroborated: first only believed, now backed by evidence</source>
            <translation>Wedi'i gadarnhau: cred yn unig i ddechrau, bellach wedi'i ategu gan dystiolaeth</translation>
        </message>
        <message>
            <source>Contradicted by %1 (it was %2)</source>
            <translation>Wedi'i wrth-ddweud gan %1 (math: %2)</translation>
        </message>
        <message>
            <source>Contradicted (it was %2)</source>
            <translation>Wedi'i wrth-ddweud (math: %2)</translation>
        </message>
        <message>
            <source>Corroborated</source>
            <translation>Wedi'i gadarnhau</translation>
        </message>
        <message>
            <source>Not yet corroborated</source>
            <translation>Heb ei gadarnhau eto</translation>
        </message>
        <message>
            <source>Contradicted</source>
            <translation>Wedi'i wrth-ddweud</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>Not clear yet</source>
            <translation>Ddim yn glir eto</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Heb ei ateb</translation>
        </message>
        <message>
            <source>Pupil</source>
            <translation>Disgybl</translation>
        </message>
        <message>
            <source>Member of staff</source>
            <translation>Aelod o staff</translation>
        </message>
        <message>
            <source>Parent or carer</source>
            <translation>Rhiant neu ofalwr</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Rhywun arall</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/bbbb</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendr</translation>
        </message>
        <message>
            <source>Choose the date from a calendar (Alt+Down)</source>
            <translation>Dewiswch y dyddiad o galendr (Alt+Saeth i lawr)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ar agor</translation>
        </message>
        <message>
            <source>This step cannot be taken yet:</source>
            <translation>Ni ellir cymryd y cam hwn eto:</translation>
        </message>
        <message>
            <source>Please put this right:</source>
            <translation>Cywirwch hyn:</translation>
        </message>
        <message>
            <source>Please put these right:</source>
            <translation>Cywirwch y rhain:</translation>
        </message>
        <message>
            <source>Save (Ctrl+Return)</source>
            <translation>Cadw (Ctrl+Return)</translation>
        </message>
        <message>
            <source>What you were typing last time has been put back.</source>
            <translation>Mae'r hyn roeddech yn ei deipio'r tro diwethaf wedi'i roi yn ôl.</translation>
        </message>
    </context>
    <context>
        <name>ConcernsLogPage</name>
        <message>
            <source>Concerns log</source>
            <translation>Log pryderon</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Niferoedd</translation>
        </message>
        <message>
            <source>You can read the log and open concerns; only the DSL and deputies can change them. Each concern you open is recorded in the audit trail.</source>
            <translation>Gallwch ddarllen y log ac agor pryderon; dim ond yr Arweinydd Diogelu a dirprwyon all eu newid. Cofnodir pob pryder a agorwch yn y trywydd archwilio.</translation>
        </message>
        <message>
            <source>Names, references or words from what was recorded</source>
            <translation>Enwau, cyfeirnodau neu eiriau o'r hyn a gofnodwyd</translation>
        </message>
        <message>
            <source>Search the concerns</source>
            <translation>Chwilio'r pryderon</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Chwilio:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Cam</translation>
        </message>
        <message>
            <source>Type of concern</source>
            <translation>Math o bryder</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatws:</translation>
        </message>
        <message>
            <source>St&amp;age:</source>
            <translation>Ca&amp;m:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>M&amp;ath:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>Can&amp;lyniad:</translation>
        </message>
        <message>
            <source>Noticed &amp;from</source>
            <translation>Sylwyd &amp;o</translation>
        </message>
        <message>
            <source>Noticed from</source>
            <translation>Sylwyd o</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>&amp;hyd at</translation>
        </message>
        <message>
            <source>Noticed up to</source>
            <translation>Sylwyd hyd at</translation>
        </message>
        <message>
            <source>O&amp;verdue reviews only</source>
            <translation>Adolygiadau hwyr yn &amp;unig</translation>
        </message>
        <message>
            <source>Only concerns whose review is overdue</source>
            <translation>Dim ond pryderon y mae eu hadolygiad yn hwyr</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Clirio'r h&amp;idlwyr</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Pryderon</translation>
        </message>
        <message>
            <source>&amp;Open concern</source>
            <translation>A&amp;gor y pryder</translation>
        </message>
        <message>
            <source>&amp;Chronology…</source>
            <translation>C&amp;ronoleg…</translation>
        </message>
        <message>
            <source>Chronology of the person</source>
            <translation>Cronoleg y person</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>All&amp;forio…</translation>
        </message>
        <message>
            <source>Export the log</source>
            <translation>Allforio'r log</translation>
        </message>
        <message>
            <source>Loading the log…</source>
            <translation>Wrthi'n llwytho'r log…</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Unrhyw</translation>
        </message>
        <message>
            <source>Bringing the search index up to date…</source>
            <translation>Wrthi'n diweddaru'r mynegai chwilio…</translation>
        </message>
        <message>
            <source>No concerns have been recorded yet.</source>
            <translation>Nid oes pryderon wedi'u cofnodi eto.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; concern</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; pryder</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; concerns</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; pryder</translation>
        </message>
        <message>
            <source>Showing &lt;b&gt;%1&lt;/b&gt; of %2</source>
            <translation>Yn dangos &lt;b&gt;%1&lt;/b&gt; o %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; open</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; ar agor</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; review overdue</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; adolygiad yn hwyr</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; reviews overdue</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; adolygiad yn hwyr</translation>
        </message>
        <message>
            <source>%1 concern</source>
            <translation>%1 pryder</translation>
        </message>
        <message>
            <source>%1 concerns</source>
            <translation>%1 pryder</translation>
        </message>
        <message>
            <source>Exported %1 to %2.</source>
            <translation>Allforiwyd %1 i %2.</translation>
        </message>
        <message>
            <source>The file is not encrypted: keep it somewhere safe, and delete it when done.</source>
            <translation>Nid yw'r ffeil wedi'i hamgryptio: cadwch hi rywle diogel, a'i dileu pan fyddwch wedi gorffen.</translation>
        </message>
    </context>
    <context>
        <name>ConcernsPage</name>
        <message>
            <source>&amp;New concern…</source>
            <translation>Pryder &amp;newydd…</translation>
        </message>
        <message>
            <source>Record a new concern</source>
            <translation>Cofnodi pryder newydd</translation>
        </message>
        <message>
            <source>Record a &amp;new concern</source>
            <translation>Cofnodi pryder &amp;newydd</translation>
        </message>
        <message>
            <source>Open concerns</source>
            <translation>Pryderon agored</translation>
        </message>
        <message>
            <source>Record a new concern (Ctrl+N)</source>
            <translation>Cofnodi pryder newydd (Ctrl+N)</translation>
        </message>
        <message>
            <source>You have a concern you started recording but did not finish.</source>
            <translation>Mae gennych bryder y dechreuoch ei gofnodi ond heb ei orffen.</translation>
        </message>
        <message>
            <source>Carry on &amp;with it</source>
            <translation>&amp;Parhau ag ef</translation>
        </message>
        <message>
            <source>Carry on with the unfinished concern</source>
            <translation>Parhau â'r pryder heb ei orffen</translation>
        </message>
        <message>
            <source>Filter by reference or name</source>
            <translation>Hidlo yn ôl cyfeirnod neu enw</translation>
        </message>
        <message>
            <source>Filter the open concerns by reference or name</source>
            <translation>Hidlo'r pryderon agored yn ôl cyfeirnod neu enw</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Hidlo:</translation>
        </message>
        <message>
            <source>Include &amp;closed concerns</source>
            <translation>Cynnwys pryderon sydd ar &amp;gau</translation>
        </message>
        <message>
            <source>Include closed concerns</source>
            <translation>Cynnwys pryderon sydd ar gau</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>Sylwyd</translation>
        </message>
        <message>
            <source>Type of concern</source>
            <translation>Math o bryder</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Cam</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Penderfyniad</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Adolygiad nesaf</translation>
        </message>
        <message>
            <source>How many concerns are shown</source>
            <translation>Sawl pryder a ddangosir</translation>
        </message>
        <message>
            <source>&amp;Open the chosen concern</source>
            <translation>&amp;Agor y pryder a ddewiswyd</translation>
        </message>
        <message>
            <source>Open the chosen concern</source>
            <translation>Agor y pryder a ddewiswyd</translation>
        </message>
        <message>
            <source>Press Return or double-click a row to open it. The full concerns log, with searching and every closed concern, is on the Concerns log page.</source>
            <translation>Pwyswch Return neu cliciwch ddwywaith ar res i'w hagor. Mae'r log pryderon llawn, gyda chwilio a phob pryder sydd ar gau, ar dudalen y Log pryderon.</translation>
        </message>
        <message>
            <source>1 concern shown</source>
            <translation>1 pryder yn cael ei ddangos</translation>
        </message>
        <message>
            <source>%1 concerns shown</source>
            <translation>%1 pryder yn cael eu dangos</translation>
        </message>
        <message>
            <source>No concern matches the filter. Clear it to see them all.</source>
            <translation>Nid oes pryder yn cyfateb i'r hidlydd. Cliriwch ef i weld y cyfan.</translation>
        </message>
        <message>
            <source>There are no open concerns. When something is noticed, choose “New concern” (Ctrl+N) to record it the same day.</source>
            <translation>Nid oes pryderon agored. Pan sylwir ar rywbeth, dewiswch “Pryder newydd” (Ctrl+N) i'w gofnodi'r un diwrnod.</translation>
        </message>
        <message>
            <source>There are no open concerns.</source>
            <translation>Nid oes pryderon agored.</translation>
        </message>
        <message>
            <source>The concern could not be opened.</source>
            <translation>Nid oedd modd agor y pryder.</translation>
        </message>
    </context>
    <context>
        <name>ConcludeAlternativeForm</name>
        <message>
            <source>Conclude an explanation already recorded</source>
            <translation>Dod i gasgliad am esboniad sydd eisoes wedi'i gofnodi</translation>
        </message>
        <message>
            <source>Which explanation</source>
            <translation>Pa esboniad</translation>
        </message>
        <message>
            <source>Which:</source>
            <translation>Pa un:</translation>
        </message>
        <message>
            <source>How it was looked into</source>
            <translation>Sut yr ymchwiliwyd iddo</translation>
        </message>
        <message>
            <source>How it was looked into:</source>
            <translation>Sut yr ymchwiliwyd iddo:</translation>
        </message>
        <message>
            <source>What was concluded</source>
            <translation>Beth oedd y casgliad</translation>
        </message>
        <message>
            <source>Conclusion:</source>
            <translation>Casgliad:</translation>
        </message>
        <message>
            <source>Does it explain what was seen?</source>
            <translation>A yw'n esbonio'r hyn a welwyd?</translation>
        </message>
        <message>
            <source>Accepted?</source>
            <translation>Wedi'i dderbyn?</translation>
        </message>
        <message>
            <source>Record the conclusion</source>
            <translation>Cofnodi'r casgliad</translation>
        </message>
        <message>
            <source>Say whether it explains what was seen.</source>
            <translation>Dywedwch a yw'n esbonio'r hyn a welwyd.</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <source>Record a consultation</source>
            <translation>Cofnodi ymgynghoriad</translation>
        </message>
        <message>
            <source>Record the consultation</source>
            <translation>Cofnodi'r ymgynghoriad</translation>
        </message>
        <message>
            <source>Who was consulted</source>
            <translation>Pwy yr ymgynghorwyd â nhw</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Pwy:</translation>
        </message>
        <message>
            <source>Their role</source>
            <translation>Eu rôl</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rôl</translation>
        </message>
        <message>
            <source>Their agency</source>
            <translation>Eu hasiantaeth</translation>
        </message>
        <message>
            <source>agency, for example Police</source>
            <translation>asiantaeth, er enghraifft yr Heddlu</translation>
        </message>
        <message>
            <source>&amp;Role and agency:</source>
            <translation>&amp;Rôl ac asiantaeth:</translation>
        </message>
        <message>
            <source>When the consultation took place</source>
            <translation>Pryd y cynhaliwyd yr ymgynghoriad</translation>
        </message>
        <message>
            <source>Whe&amp;n:</source>
            <translation>Pry&amp;d:</translation>
        </message>
        <message>
            <source>How: in person, phone, email...</source>
            <translation>Sut: wyneb yn wyneb, ffôn, e-bost...</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Wyneb yn wyneb</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Secure email</source>
            <translation>E-bost diogel</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Sut:</translation>
        </message>
        <message>
            <source>What was shared</source>
            <translation>Beth a rannwyd</translation>
        </message>
        <message>
            <source>What was &amp;shared:</source>
            <translation>Beth a ra&amp;nnwyd:</translation>
        </message>
        <message>
            <source>Why it was shared</source>
            <translation>Pam y cafodd ei rannu</translation>
        </message>
        <message>
            <source>Wh&amp;y:</source>
            <translation>Pa&amp;m:</translation>
        </message>
        <message>
            <source>Outcome of the discussion</source>
            <translation>Canlyniad y drafodaeth</translation>
        </message>
        <message>
            <source>Outco&amp;me:</source>
            <translation>Can&amp;lyniad:</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>Police Prevent team referral email</source>
            <translation>E-bost atgyfeirio tîm Atal yr heddlu</translation>
        </message>
        <message>
            <source>Local authority Prevent lead</source>
            <translation>Arweinydd Atal yr awdurdod lleol</translation>
        </message>
        <message>
            <source>MASH or children's services front door</source>
            <translation>MASH neu ddrws ffrynt y gwasanaethau plant</translation>
        </message>
        <message>
            <source>Out-of-hours service</source>
            <translation>Gwasanaeth y tu allan i oriau</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>Local Prevent contacts</source>
            <translation>Cysylltiadau Atal lleol</translation>
        </message>
        <message>
            <source>Who you contact locally about a Prevent concern. Leave blank what you do not know yet; you can add it later in Settings.</source>
            <translation>Pwy rydych yn cysylltu â nhw'n lleol am bryder Atal. Gadewch yn wag yr hyn nad ydych yn ei wybod eto; gallwch ei ychwanegu'n nes ymlaen yn y Gosodiadau.</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <source>Add a course</source>
            <translation>Ychwanegu cwrs</translation>
        </message>
        <message>
            <source>Edit a course</source>
            <translation>Golygu cwrs</translation>
        </message>
        <message>
            <source>Course title</source>
            <translation>Teitl y cwrs</translation>
        </message>
        <message>
            <source>Course code</source>
            <translation>Cod y cwrs</translation>
        </message>
        <message>
            <source>for example prevent_awareness</source>
            <translation>er enghraifft prevent_awareness</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Darparwr</translation>
        </message>
        <message>
            <source>How it is delivered</source>
            <translation>Sut mae'n cael ei gyflwyno</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Hyd mewn munudau</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>ddim yn hysbys</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> munud</translation>
        </message>
        <message>
            <source>Refresh every</source>
            <translation>Adnewyddu bob</translation>
        </message>
        <message>
            <source>once only</source>
            <translation>unwaith yn unig</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mis</translation>
        </message>
        <message>
            <source>Course notes</source>
            <translation>Nodiadau'r cwrs</translation>
        </message>
        <message>
            <source>Completing it also counts as</source>
            <translation>Mae ei gwblhau hefyd yn cyfrif fel</translation>
        </message>
        <message>
            <source>In &amp;use (untick to retire the course; records stay)</source>
            <translation>Yn cael ei &amp;ddefnyddio (dad-diciwch i ymddeol y cwrs; mae'r cofnodion yn aros)</translation>
        </message>
        <message>
            <source>Course in use</source>
            <translation>Cwrs yn cael ei ddefnyddio</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Teitl:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Cod:</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>Darpar&amp;wr:</translation>
        </message>
        <message>
            <source>&amp;Delivery:</source>
            <translation>C&amp;yflwyno:</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>&amp;Hyd:</translation>
        </message>
        <message>
            <source>&amp;Refresh:</source>
            <translation>&amp;Adnewyddu:</translation>
        </message>
        <message>
            <source>Also c&amp;ounts as:</source>
            <translation>Hefyd yn cyf&amp;rif fel:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Nodiadau:</translation>
        </message>
    </context>
    <context>
        <name>CoursesTab</name>
        <message>
            <source>Courses, requirements and job-title rules</source>
            <translation>Cyrsiau, gofynion a rheolau teitl swydd</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cwrs</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Darparwr</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Cyflwyno</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Adnewyddu</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Yn cael ei ddefnyddio</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Cyrsiau</translation>
        </message>
        <message>
            <source>Add &amp;course…</source>
            <translation>Ychwanegu &amp;cwrs…</translation>
        </message>
        <message>
            <source>Add a course</source>
            <translation>Ychwanegu cwrs</translation>
        </message>
        <message>
            <source>Edit c&amp;ourse…</source>
            <translation>Golygu c&amp;wrs…</translation>
        </message>
        <message>
            <source>Edit the selected course</source>
            <translation>Golygu'r cwrs a ddewiswyd</translation>
        </message>
        <message>
            <source>Co&amp;urses</source>
            <translation>Cyrs&amp;iau</translation>
        </message>
        <message>
            <source>Role type</source>
            <translation>Math o rôl</translation>
        </message>
        <message>
            <source>Due after starting</source>
            <translation>Yn ddyledus ar ôl dechrau</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <source>Training requirements</source>
            <translation>Gofynion hyfforddiant</translation>
        </message>
        <message>
            <source>Warn &amp;this many days before training is due:</source>
            <translation>Rhybuddio &amp;hyn o ddyddiau cyn bod hyfforddiant yn ddyledus:</translation>
        </message>
        <message>
            <source>Days of warning before training is due</source>
            <translation>Dyddiau o rybudd cyn bod hyfforddiant yn ddyledus</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Ca&amp;dw</translation>
        </message>
        <message>
            <source>Save the warning period</source>
            <translation>Cadw'r cyfnod rhybuddio</translation>
        </message>
        <message>
            <source>Add re&amp;quirement…</source>
            <translation>Ychwanegu g&amp;ofyniad…</translation>
        </message>
        <message>
            <source>Add a requirement</source>
            <translation>Ychwanegu gofyniad</translation>
        </message>
        <message>
            <source>Edit requ&amp;irement…</source>
            <translation>Golygu gof&amp;yniad…</translation>
        </message>
        <message>
            <source>Edit the selected requirement</source>
            <translation>Golygu'r gofyniad a ddewiswyd</translation>
        </message>
        <message>
            <source>Re&amp;move requirement</source>
            <translation>Tynnu'r gofy&amp;niad</translation>
        </message>
        <message>
            <source>Remove the selected requirement</source>
            <translation>Tynnu'r gofyniad a ddewiswyd</translation>
        </message>
        <message>
            <source>&amp;Who needs which course</source>
            <translation>Pwy sydd angen &amp;pa gwrs</translation>
        </message>
        <message>
            <source>These rules suggest role types from a job title, for new staff in an import and for “Suggest from job title”. Every matching rule adds its role types; the DSL confirms each person's role types on the Register.</source>
            <translation>Mae'r rheolau hyn yn awgrymu mathau o rôl o deitl swydd, ar gyfer staff newydd mewn mewnforiad ac ar gyfer “Awgrymu o'r teitl swydd”. Mae pob rheol sy'n cyfateb yn ychwanegu ei mathau o rôl; mae'r Arweinydd Diogelu yn cadarnhau mathau o rôl pob person ar y Gofrestr.</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Yn cyfateb i</translation>
        </message>
        <message>
            <source>Unless</source>
            <translation>Oni bai</translation>
        </message>
        <message>
            <source>Suggests</source>
            <translation>Yn awgrymu</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <source>Job-title rules</source>
            <translation>Rheolau teitl swydd</translation>
        </message>
        <message>
            <source>When no rule matches, suggest:</source>
            <translation>Pan nad oes rheol yn cyfateb, awgrymu:</translation>
        </message>
        <message>
            <source>When no rule matches, suggest %1</source>
            <translation>Pan nad oes rheol yn cyfateb, awgrymu %1</translation>
        </message>
        <message>
            <source>Add r&amp;ule…</source>
            <translation>Ychwanegu &amp;rheol…</translation>
        </message>
        <message>
            <source>Add a job-title rule</source>
            <translation>Ychwanegu rheol teitl swydd</translation>
        </message>
        <message>
            <source>Edit ru&amp;le…</source>
            <translation>Golygu rh&amp;eol…</translation>
        </message>
        <message>
            <source>Edit the selected job-title rule</source>
            <translation>Golygu'r rheol teitl swydd a ddewiswyd</translation>
        </message>
        <message>
            <source>Remove rul&amp;e</source>
            <translation>&amp;Tynnu'r rheol</translation>
        </message>
        <message>
            <source>Remove the selected job-title rule</source>
            <translation>Tynnu'r rheol teitl swydd a ddewiswyd</translation>
        </message>
        <message>
            <source>&amp;Save rules</source>
            <translation>Cadw'r rheo&amp;lau</translation>
        </message>
        <message>
            <source>Save the job-title rules</source>
            <translation>Cadw'r rheolau teitl swydd</translation>
        </message>
        <message>
            <source>&amp;Job-title rules</source>
            <translation>Rheola&amp;u teitl swydd</translation>
        </message>
        <message>
            <source>once only</source>
            <translation>unwaith yn unig</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>bob blwyddyn</translation>
        </message>
        <message>
            <source>every %1 years</source>
            <translation>bob %1 mlynedd</translation>
        </message>
        <message>
            <source>every %1 months</source>
            <translation>bob %1 mis</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Wedi ymddeol</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 diwrnod</translation>
        </message>
        <message>
            <source>Saved the course “%1”.</source>
            <translation>Cadwyd y cwrs “%1”.</translation>
        </message>
        <message>
            <source>Saved the requirement.</source>
            <translation>Cadwyd y gofyniad.</translation>
        </message>
        <message>
            <source>Remove this requirement?</source>
            <translation>Tynnu'r gofyniad hwn?</translation>
        </message>
        <message>
            <source>Staff with the role type %1 will no longer need %2.</source>
            <translation>Ni fydd angen %2 ar staff sydd â'r math o rôl %1 mwyach.</translation>
        </message>
        <message>
            <source>Removed the requirement.</source>
            <translation>Tynnwyd y gofyniad.</translation>
        </message>
        <message>
            <source>Saved the warning period.</source>
            <translation>Cadwyd y cyfnod rhybuddio.</translation>
        </message>
        <message>
            <source>Rule changed. Save the rules to keep the change.</source>
            <translation>Newidiwyd y rheol. Cadwch y rheolau i gadw'r newid.</translation>
        </message>
        <message>
            <source>Saved the job-title rules. They are used for new staff and for “Suggest from job title”; nobody's role types were changed.</source>
            <translation>Cadwyd y rheolau teitl swydd. Fe'u defnyddir ar gyfer staff newydd ac ar gyfer “Awgrymu o'r teitl swydd”; ni newidiwyd mathau o rôl neb.</translation>
        </message>
    </context>
    <context>
        <name>DecideStep</name>
        <message>
            <source>Decide: what response is proportionate?</source>
            <translation>Penderfynu: pa ymateb sy'n gymesur?</translation>
        </message>
        <message>
            <source>Answer each question from what was gathered at Check. The panel shows what your answers point to; it never scores the person. You decide, and you write down why. A decision to take no further action is recorded in exactly the same way.</source>
            <translation>Atebwch bob cwestiwn o'r hyn a gasglwyd yn y cam Gwirio. Mae'r panel yn dangos at beth mae eich atebion yn cyfeirio; nid yw byth yn rhoi sgôr i'r person. Chi sy'n penderfynu, a chi sy'n ysgrifennu pam. Cofnodir penderfyniad i beidio â chymryd camau pellach yn union yr un ffordd.</translation>
        </message>
        <message>
            <source>Decision recor&amp;d…</source>
            <translation>Cofnod penderf&amp;yniad…</translation>
        </message>
        <message>
            <source>Decision record: print or save it</source>
            <translation>Cofnod penderfyniad: ei argraffu neu ei gadw</translation>
        </message>
        <message>
            <source>R&amp;econsider the decision</source>
            <translation>&amp;Ailystyried y penderfyniad</translation>
        </message>
        <message>
            <source>Reconsider the decision</source>
            <translation>Ailystyried y penderfyniad</translation>
        </message>
        <message>
            <source>Go back to Chec&amp;k for more information</source>
            <translation>Mynd yn ôl i &amp;Wirio am ragor o wybodaeth</translation>
        </message>
        <message>
            <source>Go back to Check for more information</source>
            <translation>Mynd yn ôl i Wirio am ragor o wybodaeth</translation>
        </message>
        <message>
            <source>The questions</source>
            <translation>Y cwestiynau</translation>
        </message>
        <message>
            <source>1. &amp;Is anyone at immediate risk of harm?</source>
            <translation>1. A oes unrhyw un mewn perygl &amp;uniongyrchol o niwed?</translation>
        </message>
        <message>
            <source>2. What is the concern built on?</source>
            <translation>2. Ar beth mae'r pryder wedi'i seilio?</translation>
        </message>
        <message>
            <source>What the concern is built on</source>
            <translation>Ar beth mae'r pryder wedi'i seilio</translation>
        </message>
        <message>
            <source>3. Have other explanations been looked at?</source>
            <translation>3. A edrychwyd ar esboniadau eraill?</translation>
        </message>
        <message>
            <source>Other explanations recorded</source>
            <translation>Esboniadau eraill a gofnodwyd</translation>
        </message>
        <message>
            <source>Other e&amp;xplanations were looked at</source>
            <translation>Edrychwyd ar esboniadau e&amp;raill</translation>
        </message>
        <message>
            <source>Other explanations were looked at</source>
            <translation>Edrychwyd ar esboniadau eraill</translation>
        </message>
        <message>
            <source>4. Is the person becoming i&amp;nvolved with a group, cause or ideology?</source>
            <translation>4. A yw'r person yn dod yn rhan o &amp;grŵp, achos neu ideoleg?</translation>
        </message>
        <message>
            <source>5. Is there anything suggesting a wish or readiness to cause &amp;harm?</source>
            <translation>5. A oes unrhyw beth sy'n awgrymu dymuniad neu barodrwydd i achosi &amp;niwed?</translation>
        </message>
        <message>
            <source>6. Is there anything suggesting the person &amp;could cause harm?</source>
            <translation>6. A oes unrhyw beth sy'n awgrymu y gallai'r person a&amp;chosi niwed?</translation>
        </message>
        <message>
            <source>Information that supports the answer to: %1</source>
            <translation>Gwybodaeth sy'n cefnogi'r ateb i: %1</translation>
        </message>
        <message>
            <source>Tick the information that supports your answer:</source>
            <translation>Ticiwch y wybodaeth sy'n cefnogi eich ateb:</translation>
        </message>
        <message>
            <source>Prompts to think with: %1</source>
            <translation>Awgrymiadau i feddwl amdanynt: %1</translation>
        </message>
        <message>
            <source>7. Are there other &amp;vulnerabilities or needs?</source>
            <translation>7. A oes anghenion neu &amp;fregusrwydd eraill?</translation>
        </message>
        <message>
            <source>8. Would another safeguarding &amp;route meet the need?</source>
            <translation>8. A fyddai &amp;llwybr diogelu arall yn diwallu'r angen?</translation>
        </message>
        <message>
            <source>I&amp;t could run alongside a Prevent referral</source>
            <translation>Gallai redeg ochr yn ochr ag a&amp;tgyfeiriad Atal</translation>
        </message>
        <message>
            <source>It could run alongside a Prevent referral</source>
            <translation>Gallai redeg ochr yn ochr ag atgyfeiriad Atal</translation>
        </message>
        <message>
            <source>Which route, if any, runs alongside</source>
            <translation>Pa lwybr, os o gwbl, sy'n rhedeg ochr yn ochr</translation>
        </message>
        <message>
            <source>for example early help assessment, CAMHS referral</source>
            <translation>er enghraifft asesiad cymorth cynnar, atgyfeiriad CAMHS</translation>
        </message>
        <message>
            <source>Which route &amp;alongside:</source>
            <translation>Pa lwybr &amp;ochr yn ochr:</translation>
        </message>
        <message>
            <source>9. Who has been consulted?</source>
            <translation>9. Pwy yr ymgynghorwyd â nhw?</translation>
        </message>
        <message>
            <source>Who has been consulted</source>
            <translation>Pwy yr ymgynghorwyd â nhw</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Eich penderfyniad</translation>
        </message>
        <message>
            <source>The response</source>
            <translation>Yr ymateb</translation>
        </message>
        <message>
            <source>The res&amp;ponse:</source>
            <translation>Yr y&amp;mateb:</translation>
        </message>
        <message>
            <source>About the response chosen</source>
            <translation>Am yr ymateb a ddewiswyd</translation>
        </message>
        <message>
            <source>Pointer: an explanation was accepted</source>
            <translation>Arwydd: derbyniwyd esboniad</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Dyddiad adolygu</translation>
        </message>
        <message>
            <source>Review dat&amp;e (needed to monitor):</source>
            <translation>&amp;Dyddiad adolygu (angen i fonitro):</translation>
        </message>
        <message>
            <source>Where the concern goes next</source>
            <translation>I ble mae'r pryder yn mynd nesaf</translation>
        </message>
        <message>
            <source>Why: the rationale for the decision</source>
            <translation>Pam: y rhesymeg dros y penderfyniad</translation>
        </message>
        <message>
            <source>Why this response is proportionate: what you weighed, what you ruled out, and why. Needed for every decision, including no further action.</source>
            <translation>Pam mae'r ymateb hwn yn gymesur: beth a bwysoch a'i fesur, beth a ddiystyrwyd gennych, a pham. Mae ei angen ar gyfer pob penderfyniad, gan gynnwys dim camau pellach.</translation>
        </message>
        <message>
            <source>&amp;Why (required):</source>
            <translation>&amp;Pam (gofynnol):</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>Cofnodi'r penderfyniad</translation>
        </message>
        <message>
            <source>Record it with your name and the time (Ctrl+Return)</source>
            <translation>Ei gofnodi gyda'ch enw a'r amser (Ctrl+Return)</translation>
        </message>
        <message>
            <source>This step opens once the Check step is done: record the information, then choose “Move on to Decide” at Check.</source>
            <translation>Mae'r cam hwn yn agor pan fydd y cam Gwirio wedi'i wneud: cofnodwch y wybodaeth, yna dewiswch “Symud ymlaen i Benderfynu” yn y cam Gwirio.</translation>
        </message>
        <message>
            <source>You can read this step; only the DSL or a deputy can decide.</source>
            <translation>Gallwch ddarllen y cam hwn; dim ond yr Arweinydd Diogelu neu ddirprwy all benderfynu.</translation>
        </message>
        <message>
            <source>The decision has been made; the concern is now at %1.</source>
            <translation>Mae'r penderfyniad wedi'i wneud; mae'r pryder bellach yn y cam %1.</translation>
        </message>
        <message>
            <source>• Seen or heard first hand (observed): %1
• Told as fact but not checked (assertions): %2
• Believed without evidence (assumptions): %3
Of these, corroborated: %4; contradicted: %5.</source>
            <translation>• Wedi'i weld neu ei glywed yn uniongyrchol (arsylwyd): %1
• Wedi'i ddweud fel ffaith ond heb ei wirio (honiadau): %2
• Yn cael ei gredu heb dystiolaeth (tybiaethau): %3
O'r rhain, wedi'u cadarnhau: %4; wedi'u gwrth-ddweud: %5.</translation>
        </message>
        <message>
            <source>1 other explanation recorded at Check.</source>
            <translation>1 esboniad arall wedi'i gofnodi yn y cam Gwirio.</translation>
        </message>
        <message>
            <source>%1 other explanations recorded at Check.</source>
            <translation>%1 esboniad arall wedi'u cofnodi yn y cam Gwirio.</translation>
        </message>
        <message>
            <source>Nobody yet. Consultations are recorded at the Check step.</source>
            <translation>Neb eto. Cofnodir ymgynghoriadau yn y cam Gwirio.</translation>
        </message>
        <message>
            <source>Choose a response; then write down why.</source>
            <translation>Dewiswch ymateb; yna ysgrifennwch pam.</translation>
        </message>
        <message>
            <source>Once recorded, the concern goes to Share, where you prepare the referral form.</source>
            <translation>Ar ôl ei gofnodi, mae'r pryder yn mynd i'r cam Rhannu, lle rydych yn paratoi'r ffurflen atgyfeirio.</translation>
        </message>
        <message>
            <source>Once recorded, the concern goes to Review until the review date.</source>
            <translation>Ar ôl ei gofnodi, mae'r pryder yn mynd i'r cam Adolygu tan y dyddiad adolygu.</translation>
        </message>
        <message>
            <source>Once recorded, the concern is closed (set a review date to keep it open for review instead).</source>
            <translation>Ar ôl ei gofnodi, mae'r pryder ar gau (gosodwch ddyddiad adolygu i'w gadw ar agor i'w adolygu yn lle hynny).</translation>
        </message>
        <message>
            <source>Once recorded, the concern is closed, with your reasons for not referring kept on record.</source>
            <translation>Ar ôl ei gofnodi, mae'r pryder ar gau, a chedwir eich rhesymau dros beidio ag atgyfeirio ar gofnod.</translation>
        </message>
        <message>
            <source>⚠ At Check you accepted that “%1” explains what was seen. If you still refer, say in your reasons why the concern stands despite it, or think again about a lighter response.</source>
            <translation>⚠ Yn y cam Gwirio, fe dderbynioch fod “%1” yn esbonio'r hyn a welwyd. Os byddwch yn atgyfeirio o hyd, eglurwch yn eich rhesymau pam mae'r pryder yn sefyll er gwaethaf hynny, neu ystyriwch ymateb ysgafnach eto.</translation>
        </message>
        <message>
            <source>Type the review date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad adolygu fel dd/mm/bbbb.</translation>
        </message>
        <message>
            <source>Choose what the response will be.</source>
            <translation>Dewiswch beth fydd yr ymateb.</translation>
        </message>
        <message>
            <source>Write down the reasons for this decision. Reasons are needed for every outcome, including a decision not to refer.</source>
            <translation>Ysgrifennwch y rhesymau dros y penderfyniad hwn. Mae angen rhesymau ar gyfer pob canlyniad, gan gynnwys penderfyniad i beidio ag atgyfeirio.</translation>
        </message>
        <message>
            <source>Is anyone at immediate risk of harm?</source>
            <translation>A oes unrhyw un mewn perygl uniongyrchol o niwed?</translation>
        </message>
        <message>
            <source>Think of the person, other people, a crime about to happen, or travel to a conflict zone. If so, call 999 before anything else and record it afterwards.</source>
            <translation>Meddyliwch am y person, pobl eraill, trosedd sydd ar fin digwydd, neu deithio i ardal o wrthdaro. Os felly, ffoniwch 999 cyn unrhyw beth arall a'i gofnodi wedyn.</translation>
        </message>
        <message>
            <source>What is the concern built on?</source>
            <translation>Ar beth mae'r pryder wedi'i seilio?</translation>
        </message>
        <message>
            <source>Count what was seen or heard first hand, what someone told you as fact without it being checked, and what is believed without evidence. Note what has been confirmed by another source and what has been contradicted.</source>
            <translation>Cyfrifwch beth a welwyd neu a glywyd yn uniongyrchol, beth a ddywedodd rhywun wrthych fel ffaith heb iddo gael ei wirio, a beth a gredir heb dystiolaeth. Nodwch beth sydd wedi'i gadarnhau gan ffynhonnell arall a beth sydd wedi'i wrth-ddweud.</translation>
        </message>
        <message>
            <source>Have other explanations been looked at?</source>
            <translation>A edrychwyd ar esboniadau eraill?</translation>
        </message>
        <message>
            <source>A school project, curiosity, a special interest, a mental health difficulty, a misread cultural or religious practice, or a game can all look like something else.</source>
            <translation>Gall prosiect ysgol, chwilfrydedd, diddordeb arbennig, anhawster iechyd meddwl, arfer diwylliannol neu grefyddol a gamddeallwyd, neu gêm i gyd edrych fel rhywbeth arall.</translation>
        </message>
        <message>
            <source>Is the person becoming involved with a group, cause or ideology?</source>
            <translation>A yw'r person yn dod yn rhan o grŵp, achos neu ideoleg?</translation>
        </message>
        <message>
            <source>Use the engagement prompts. Link the pieces of information that support your answer.</source>
            <translation>Defnyddiwch yr awgrymiadau am ymgysylltu. Cysylltwch y darnau o wybodaeth sy'n cefnogi eich ateb.</translation>
        </message>
        <message>
            <source>Is there anything suggesting a wish or readiness to cause harm?</source>
            <translation>A oes unrhyw beth sy'n awgrymu dymuniad neu barodrwydd i achosi niwed?</translation>
        </message>
        <message>
            <source>Use the intent prompts. Link the pieces of information that support your answer.</source>
            <translation>Defnyddiwch yr awgrymiadau am fwriad. Cysylltwch y darnau o wybodaeth sy'n cefnogi eich ateb.</translation>
        </message>
        <message>
            <source>Is there anything suggesting the person could cause harm?</source>
            <translation>A oes unrhyw beth sy'n awgrymu y gallai'r person achosi niwed?</translation>
        </message>
        <message>
            <source>Use the capability prompts. Link the pieces of information that support your answer.</source>
            <translation>Defnyddiwch yr awgrymiadau am allu. Cysylltwch y darnau o wybodaeth sy'n cefnogi eich ateb.</translation>
        </message>
        <message>
            <source>Are there other vulnerabilities or needs?</source>
            <translation>A oes anghenion neu fregusrwydd eraill?</translation>
        </message>
        <message>
            <source>For example special educational needs, mental health, bullying, family or peer difficulties, housing, substance misuse, or a grievance.</source>
            <translation>Er enghraifft anghenion dysgu ychwanegol, iechyd meddwl, bwlio, anawsterau teuluol neu gyda chyfoedion, tai, camddefnyddio sylweddau, neu gŵyn.</translation>
        </message>
        <message>
            <source>Would another safeguarding route meet the need?</source>
            <translation>A fyddai llwybr diogelu arall yn diwallu'r angen?</translation>
        </message>
        <message>
            <source>Early help, children's social care or mental health services may be the right response, on their own or alongside a Prevent referral.</source>
            <translation>Efallai mai cymorth cynnar, gofal cymdeithasol i blant neu wasanaethau iechyd meddwl yw'r ymateb cywir, ar eu pen eu hunain neu ochr yn ochr ag atgyfeiriad Atal.</translation>
        </message>
        <message>
            <source>Who has been consulted?</source>
            <translation>Pwy yr ymgynghorwyd â nhw?</translation>
        </message>
        <message>
            <source>Record each discussion in the Check step: who, when, what was shared and why.</source>
            <translation>Cofnodwch bob trafodaeth yn y cam Gwirio: pwy, pryd, beth a rannwyd a pham.</translation>
        </message>
        <message>
            <source>These are prompts to help you think and write, loosely based on the three dimensions of the Channel Vulnerability Assessment Framework. They are not a checklist to add up, they give no score and they predict nothing about the person.</source>
            <translation>Awgrymiadau yw'r rhain i'ch helpu i feddwl ac ysgrifennu, wedi'u seilio'n fras ar dair dimensiwn Fframwaith Asesu Bregusrwydd Channel. Nid rhestr wirio i'w hadio ydynt, nid ydynt yn rhoi sgôr ac nid ydynt yn rhagweld dim am y person.</translation>
        </message>
        <message>
            <source>Engagement with a group, cause or ideology</source>
            <translation>Ymgysylltu â grŵp, achos neu ideoleg</translation>
        </message>
        <message>
            <source>Is there a grievance or sense of injustice that the group or cause seems to answer?</source>
            <translation>A oes cwyn neu ymdeimlad o anghyfiawnder y mae'n ymddangos bod y grŵp neu'r achos yn ei ateb?</translation>
        </message>
        <message>
            <source>Does the person seem to feel threatened, or that people like them are under attack?</source>
            <translation>A yw'n ymddangos bod y person yn teimlo dan fygythiad, neu fod pobl fel nhw dan ymosodiad?</translation>
        </message>
        <message>
            <source>Is the person looking for identity, belonging, meaning or status?</source>
            <translation>A yw'r person yn chwilio am hunaniaeth, perthyn, ystyr neu statws?</translation>
        </message>
        <message>
            <source>Does excitement, adventure or a sense of purpose seem to draw them in?</source>
            <translation>A yw'n ymddangos bod cyffro, antur neu ymdeimlad o bwrpas yn eu denu?</translation>
        </message>
        <message>
            <source>Are family members or friends involved with the group or cause?</source>
            <translation>A yw aelodau o'r teulu neu ffrindiau yn ymwneud â'r grŵp neu'r achos?</translation>
        </message>
        <message>
            <source>Is the person going through a change, such as moving school, a loss or a family breakdown?</source>
            <translation>A yw'r person yn mynd trwy newid, fel symud ysgol, colled neu chwalfa deuluol?</translation>
        </message>
        <message>
            <source>Could a mental health need or neurodivergence explain or add to what has been seen?</source>
            <translation>A allai angen iechyd meddwl neu niwroamrywiaeth esbonio neu ychwanegu at yr hyn a welwyd?</translation>
        </message>
        <message>
            <source>Intent to cause harm</source>
            <translation>Bwriad i achosi niwed</translation>
        </message>
        <message>
            <source>Does the person see the world as ‘us and them’?</source>
            <translation>A yw'r person yn gweld y byd fel ‘ni a nhw’?</translation>
        </message>
        <message>
            <source>Have they come to identify so closely with a group that its cause seems to be their own?</source>
            <translation>A ydynt wedi dod i uniaethu mor agos â grŵp fel bod ei achos yn ymddangos fel eu hachos eu hunain?</translation>
        </message>
        <message>
            <source>Do they talk about other people as less than human?</source>
            <translation>A ydynt yn siarad am bobl eraill fel pe baent yn llai na dynol?</translation>
        </message>
        <message>
            <source>Have they said that harming others would be justified?</source>
            <translation>A ydynt wedi dweud y byddai niweidio eraill yn gyfiawn?</translation>
        </message>
        <message>
            <source>Capability to cause harm</source>
            <translation>Gallu i achosi niwed</translation>
        </message>
        <message>
            <source>Do they have knowledge or skills that could be used to cause harm?</source>
            <translation>A oes ganddynt wybodaeth neu sgiliau y gellid eu defnyddio i achosi niwed?</translation>
        </message>
        <message>
            <source>Do they have access to networks, money, weapons or equipment?</source>
            <translation>A oes ganddynt fynediad at rwydweithiau, arian, arfau neu offer?</translation>
        </message>
        <message>
            <source>Is there any history of offending that would make causing harm easier?</source>
            <translation>A oes unrhyw hanes o droseddu a fyddai'n ei gwneud yn haws achosi niwed?</translation>
        </message>
    </context>
    <context>
        <name>DecisionRecordDialog</name>
        <message>
            <source>Decision record</source>
            <translation>Cofnod penderfyniad</translation>
        </message>
        <message>
            <source>Decision record.pdf</source>
            <translation>Cofnod penderfyniad.pdf</translation>
        </message>
        <message>
            <source>Decision record for %1 (%2)</source>
            <translation>Cofnod penderfyniad ar gyfer %1 (%2)</translation>
        </message>
        <message>
            <source>Decision record — %1</source>
            <translation>Cofnod penderfyniad — %1</translation>
        </message>
        <message>
            <source>Decision record %1</source>
            <translation>Cofnod penderfyniad %1</translation>
        </message>
        <message>
            <source>Decision record %1.pdf</source>
            <translation>Cofnod penderfyniad %1.pdf</translation>
        </message>
    </context>
    <context>
        <name>DecisionSummary</name>
        <message>
            <source>The decision on record</source>
            <translation>Y penderfyniad ar gofnod</translation>
        </message>
        <message>
            <source>Response:</source>
            <translation>Ymateb:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Pam:</translation>
        </message>
        <message>
            <source>Review date:</source>
            <translation>Dyddiad adolygu:</translation>
        </message>
        <message>
            <source>Alongside:</source>
            <translation>Ochr yn ochr:</translation>
        </message>
        <message>
            <source>Answers given:</source>
            <translation>Atebion a roddwyd:</translation>
        </message>
        <message>
            <source>Decided:</source>
            <translation>Penderfynwyd:</translation>
        </message>
        <message>
            <source>None set</source>
            <translation>Dim wedi'i osod</translation>
        </message>
        <message>
            <source>Nothing else</source>
            <translation>Dim byd arall</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>Dim wedi'i gofnodi</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 gan %2</translation>
        </message>
    </context>
    <context>
        <name>DeleteRecordDialog</name>
        <message>
            <source>DELETE</source>
            <translation>DILEU</translation>
        </message>
        <message>
            <source>Delete a record permanently</source>
            <translation>Dileu cofnod yn barhaol</translation>
        </message>
        <message>
            <source>Every concern about this pupil, with all its information, explanations, consultations, decisions, referrals, actions, amendments, attachments and drafts, and the pupil's own details.</source>
            <translation>Pob pryder am y disgybl hwn, gyda'i holl wybodaeth, esboniadau, ymgynghoriadau, penderfyniadau, atgyfeiriadau, camau gweithredu, diwygiadau, atodiadau a drafftiau, a manylion y disgybl ei hun.</translation>
        </message>
        <message>
            <source>This concern with all its information, explanations, consultations, decisions, referrals, actions, amendments, attachments and drafts. The person's details go too if no other concern is about them.</source>
            <translation>Y pryder hwn gyda'i holl wybodaeth, esboniadau, ymgynghoriadau, penderfyniadau, atgyfeiriadau, camau gweithredu, diwygiadau, atodiadau a drafftiau. Mae manylion y person yn mynd hefyd os nad oes pryder arall amdano.</translation>
        </message>
        <message>
            <source>This former member of staff's training records, certificates and staff record.</source>
            <translation>Cofnodion hyfforddiant, tystysgrifau a chofnod staff y cyn-aelod hwn o staff.</translation>
        </message>
        <message>
            <source>Review was due on %1 (%2, %3 years).</source>
            <translation>Roedd adolygiad yn ddyledus ar %1 (%2, %3 blynedd).</translation>
        </message>
        <message>
            <source>What will be deleted: %1</source>
            <translation>Beth fydd yn cael ei ddileu: %1</translation>
        </message>
        <message>
            <source>This cannot be undone. The audit trail will say that a record of this kind was deleted and why, but nothing of what it said. Backups made before today still hold it until they are replaced.</source>
            <translation>Ni ellir dadwneud hyn. Bydd y trywydd archwilio'n dweud bod cofnod o'r math hwn wedi'i ddileu a pham, ond dim o'r hyn a ddywedai. Mae copïau wrth gefn a wnaed cyn heddiw yn dal i'w gadw nes iddynt gael eu disodli.</translation>
        </message>
        <message>
            <source>Concerns about them still open: %1. Close them first unless you are sure.</source>
            <translation>Pryderon amdanynt sy'n dal ar agor: %1. Caewch nhw'n gyntaf oni bai eich bod yn siŵr.</translation>
        </message>
        <message>
            <source>Reason for deleting</source>
            <translation>Rheswm dros ddileu</translation>
        </message>
        <message>
            <source>Choose a reason</source>
            <translation>Dewiswch reswm</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Rheswm:</translation>
        </message>
        <message>
            <source>Type the confirmation word</source>
            <translation>Teipiwch y gair cadarnhau</translation>
        </message>
        <message>
            <source>&amp;Type %1 to confirm:</source>
            <translation>&amp;Teipiwch %1 i gadarnhau:</translation>
        </message>
        <message>
            <source>&amp;Delete permanently</source>
            <translation>&amp;Dileu'n barhaol</translation>
        </message>
        <message>
            <source>Deleting and clearing the free space in the vault…</source>
            <translation>Wrthi'n dileu ac yn clirio'r lle gwag yn y gladdgell…</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Argraffu…</translation>
        </message>
        <message>
            <source>Print the document</source>
            <translation>Argraffu'r ddogfen</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Cadw fel…</translation>
        </message>
        <message>
            <source>Save the document as a PDF file</source>
            <translation>Cadw'r ddogfen fel ffeil PDF</translation>
        </message>
        <message>
            <source>Print (%1)</source>
            <translation>Argraffu (%1)</translation>
        </message>
        <message>
            <source>Save as a PDF file (%1)</source>
            <translation>Cadw fel ffeil PDF (%1)</translation>
        </message>
        <message>
            <source>The document was not printed.</source>
            <translation>Ni chafodd y ddogfen ei hargraffu.</translation>
        </message>
        <message>
            <source>Sent to the printer (%1 pages).</source>
            <translation>Wedi'i hanfon i'r argraffydd (%1 tudalen).</translation>
        </message>
        <message>
            <source>The file could not be saved (%1).</source>
            <extracomment>The vault's folder: a Save as… there must not replace the vault's own files.</extracomment>
            <translation>Nid oedd modd cadw'r ffeil (%1).</translation>
        </message>
        <message>
            <source>Choose another folder and try again.</source>
            <translation>Dewiswch ffolder arall a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Cadwyd yn %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <source>Print %1</source>
            <translation>Argraffu %1</translation>
        </message>
        <message>
            <source>Save the document as a PDF file</source>
            <translation>Cadw'r ddogfen fel ffeil PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Ffeiliau PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save as a plain text file</source>
            <translation>Cadw fel ffeil testun plaen</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Ffeiliau testun (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Imported</source>
            <translation>Wedi'u mewnforio</translation>
        </message>
        <message>
            <source>What was imported</source>
            <translation>Beth a fewnforiwyd</translation>
        </message>
        <message>
            <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
            <translation>%1 wedi'u hychwanegu, %2 wedi'u diweddaru, %3 heb eu newid, %4 wedi'u hepgor</translation>
        </message>
        <message>
            <source>New staff were given the role types their job titles suggest. Check them on the Register tab: the role types decide which training each person needs.</source>
            <translation>Cafodd staff newydd y mathau o rôl y mae teitlau eu swyddi yn eu hawgrymu. Gwiriwch nhw ar dab y Gofrestr: y mathau o rôl sy'n penderfynu pa hyfforddiant sydd ei angen ar bob person.</translation>
        </message>
    </context>
    <context>
        <name>EmergencyPanel</name>
        <message>
            <source>Call 999 now.</source>
            <translation>Ffoniwch 999 nawr.</translation>
        </message>
        <message>
            <source>If anyone is in immediate danger, phone the police (or an ambulance) before you do anything else, then tell your DSL. Come back afterwards and record below what was done, by whom, and when.</source>
            <translation>Os oes unrhyw un mewn perygl uniongyrchol, ffoniwch yr heddlu (neu ambiwlans) cyn gwneud dim arall, yna rhowch wybod i'ch Arweinydd Diogelu. Dewch yn ôl wedyn a chofnodwch isod beth a wnaed, gan bwy, a phryd.</translation>
        </message>
        <message>
            <source>Call 999 now</source>
            <translation>Ffoniwch 999 nawr</translation>
        </message>
    </context>
    <context>
        <name>ErrorReportDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Aeth rhywbeth o'i le</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>Problem annisgwyl</translation>
        </message>
        <message>
            <source>DSL Desktop hit a problem it did not expect. Your records are kept safe in the encrypted vault; anything not yet saved may need to be entered again.

If this happens again, copy the report below and send it to whoever supports DSL Desktop in your school. It lists only where in the program the problem happened; it contains nothing you have typed.</source>
            <translation>Daeth DSL Desktop ar draws problem nad oedd yn ei disgwyl. Mae eich cofnodion yn cael eu cadw'n ddiogel yn y gladdgell wedi'i hamgryptio; efallai y bydd angen rhoi unrhyw beth nad yw wedi'i gadw eto i mewn eto.

Os bydd hyn yn digwydd eto, copïwch yr adroddiad isod a'i anfon at bwy bynnag sy'n cefnogi DSL Desktop yn eich ysgol. Mae'n rhestru'r man yn y rhaglen lle digwyddodd y broblem yn unig; nid yw'n cynnwys dim a deipiwyd gennych.</translation>
        </message>
        <message>
            <source>Problem report</source>
            <translation>Adroddiad problem</translation>
        </message>
        <message>
            <source>A copy was saved in %1</source>
            <translation>Cadwyd copi yn %1</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>&amp;Copïo'r adroddiad</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copïo'r adroddiad</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Wedi'i gopïo</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>DSL Desktop</source>
            <translation>DSL Desktop</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the concerns log</source>
            <translation>Allforio'r log pryderon</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Fformat</translation>
        </message>
        <message>
            <source>&amp;Spreadsheet (CSV): one row per concern</source>
            <translation>&amp;Taenlen (CSV): un rhes i bob pryder</translation>
        </message>
        <message>
            <source>&amp;PDF report for governors: figures, charts and the log</source>
            <translation>Adroddiad &amp;PDF i lywodraethwyr: ffigurau, siartiau a'r log</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Enwau</translation>
        </message>
        <message>
            <source>&amp;Full names</source>
            <translation>Enwau &amp;llawn</translation>
        </message>
        <message>
            <source>&amp;Anonymised: initials and a pseudonymous id</source>
            <translation>&amp;Dienw: blaenlythrennau a dynodydd ffugenw</translation>
        </message>
        <message>
            <source>An anonymised export shows each person by initials and an id that only this vault can link back to them; the same person always has the same id. No recorded text is ever exported.</source>
            <translation>Mae allforiad dienw yn dangos pob person drwy flaenlythrennau a dynodydd na all ond y gladdgell hon ei gysylltu'n ôl â nhw; mae gan yr un person yr un dynodydd bob tro. Ni chaiff testun a gofnodwyd byth ei allforio.</translation>
        </message>
        <message>
            <source>Concerns noticed</source>
            <translation>Pryderon a sylwyd</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;O</translation>
        </message>
        <message>
            <source>Leave both empty to export every concern.</source>
            <translation>Gadewch y ddau yn wag i allforio pob pryder.</translation>
        </message>
        <message>
            <source>Only concerns noticed from</source>
            <translation>Dim ond pryderon a sylwyd o</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hyd at</translation>
        </message>
        <message>
            <source>Only concerns noticed up to</source>
            <translation>Dim ond pryderon a sylwyd hyd at</translation>
        </message>
        <message>
            <source>The file will not be encrypted. Keep it somewhere safe, share it only with people who need it, and delete it when it is no longer needed.</source>
            <translation>Ni fydd y ffeil wedi'i hamgryptio. Cadwch hi rywle diogel, rhannwch hi â'r bobl sydd ei hangen yn unig, a'i dileu pan nad oes ei hangen mwyach.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>A&amp;llforio…</translation>
        </message>
        <message>
            <source>One of the dates cannot be read.</source>
            <translation>Ni ellir darllen un o'r dyddiadau.</translation>
        </message>
        <message>
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad fel dd/mm/bbbb.</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>Mae diwedd y cyfnod cyn ei ddechrau.</translation>
        </message>
        <message>
            <source>Choose a later “To” date.</source>
            <translation>Dewiswch ddyddiad “Hyd at” diweddarach.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Ffeiliau PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Ffeiliau CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting the concerns log…</source>
            <translation>Wrthi'n allforio'r log pryderon…</translation>
        </message>
        <message>
            <source>The file could not be saved there.</source>
            <translation>Nid oedd modd cadw'r ffeil yno.</translation>
        </message>
        <message>
            <source>Choose another folder.</source>
            <translation>Dewiswch ffolder arall.</translation>
        </message>
    </context>
    <context>
        <name>ExportTab</name>
        <message>
            <source>Training report</source>
            <translation>Adroddiad hyfforddiant</translation>
        </message>
        <message>
            <source>Every current member of staff, the courses their role types need and whether each is in date, with totals for each role type.</source>
            <translation>Pob aelod presennol o staff, y cyrsiau sydd eu hangen ar eu mathau o rôl ac a yw pob un mewn dyddiad, gyda chyfansymiau ar gyfer pob math o rôl.</translation>
        </message>
        <message>
            <source>Status as of</source>
            <translation>Statws ar</translation>
        </message>
        <message>
            <source>Status &amp;as of:</source>
            <translation>Statws &amp;ar:</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Cadw fel &amp;CSV…</translation>
        </message>
        <message>
            <source>Save the training report as a CSV file</source>
            <translation>Cadw'r adroddiad hyfforddiant fel ffeil CSV</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Cadw fel &amp;PDF…</translation>
        </message>
        <message>
            <source>Save the training report as a PDF</source>
            <translation>Cadw'r adroddiad hyfforddiant fel PDF</translation>
        </message>
        <message>
            <source>The report names staff, so it is OFFICIAL-SENSITIVE. The saved file is not encrypted: keep it on school systems and delete copies you no longer need. The CSV opens in a spreadsheet; the PDF is laid out for printing.</source>
            <translation>Mae'r adroddiad yn enwi staff, felly mae'n SWYDDOGOL-SENSITIF. Nid yw'r ffeil a gedwir wedi'i hamgryptio: cadwch hi ar systemau'r ysgol a dilëwch gopïau nad oes eu hangen arnoch mwyach. Mae'r CSV yn agor mewn taenlen; mae'r PDF wedi'i osod ar gyfer ei argraffu.</translation>
        </message>
        <message>
            <source>Staff training %1</source>
            <translation>Hyfforddiant staff %1</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Ffeiliau CSV (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Ffeiliau PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the training report</source>
            <translation>Cadw'r adroddiad hyfforddiant</translation>
        </message>
        <message>
            <source>Writing the training report…</source>
            <translation>Wrthi'n ysgrifennu'r adroddiad hyfforddiant…</translation>
        </message>
        <message>
            <source>Saved the report for %1 staff (as of %2) to %3.</source>
            <translation>Cadwyd yr adroddiad ar gyfer %1 aelod o staff (ar %2) yn %3.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the staff list</source>
            <translation>Dewiswch y rhestr staff</translation>
        </message>
        <message>
            <source>Export the staff list from the school's system (SIMS, Bromcom, Arbor, Excel...) as a CSV file. Nothing is changed until the last step.</source>
            <translation>Allforiwch y rhestr staff o system yr ysgol (SIMS, Bromcom, Arbor, Excel...) fel ffeil CSV. Ni fydd dim yn newid tan y cam olaf.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Ffeil:</translation>
        </message>
        <message>
            <source>Staff list file</source>
            <translation>Ffeil y rhestr staff</translation>
        </message>
        <message>
            <source>staff.csv</source>
            <translation>staff.csv</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>P&amp;ori…</translation>
        </message>
        <message>
            <source>Choose the staff list file</source>
            <translation>Dewis ffeil y rhestr staff</translation>
        </message>
        <message>
            <source>People already on the register are matched by email address or staff code, so importing this term's list again updates them rather than adding them twice. Nobody is removed: people missing from the file stay on the register.</source>
            <translation>Caiff pobl sydd eisoes ar y gofrestr eu paru yn ôl cyfeiriad e-bost neu god staff, felly mae mewnforio rhestr y tymor hwn eto yn eu diweddaru yn hytrach na'u hychwanegu ddwywaith. Nid oes neb yn cael ei dynnu: mae pobl sydd ar goll o'r ffeil yn aros ar y gofrestr.</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Ffeiliau CSV (*.csv *.txt);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>The file could not be opened (%1).</source>
            <translation>Nid oedd modd agor y ffeil (%1).</translation>
        </message>
        <message>
            <source>Check the name and that the file is not open in another program.</source>
            <translation>Gwiriwch yr enw ac nad yw'r ffeil ar agor mewn rhaglen arall.</translation>
        </message>
        <message>
            <source>Choose the staff list exported as CSV.</source>
            <translation>Dewiswch y rhestr staff a allforiwyd fel CSV.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpStep</name>
        <message>
            <source>Actions and reviews</source>
            <translation>Camau gweithredu ac adolygiadau</translation>
        </message>
        <message>
            <source>Actions can be set at any step: who does what, by when. Once the concern is at Review, record each review and when to look again, or close it.</source>
            <translation>Gellir gosod camau gweithredu ar unrhyw gam: pwy sy'n gwneud beth, erbyn pryd. Pan fydd y pryder yn y cam Adolygu, cofnodwch bob adolygiad a phryd i edrych eto, neu caewch ef.</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Camau gweithredu</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi'i wneud</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Erbyn pryd</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Gosodwyd</translation>
        </message>
        <message>
            <source>&amp;Mark the chosen action as done</source>
            <translation>&amp;Marcio'r cam a ddewiswyd fel wedi'i wneud</translation>
        </message>
        <message>
            <source>Mark the chosen action as done</source>
            <translation>Marcio'r cam a ddewiswyd fel wedi'i wneud</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Adolygu</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>Statws yr adolygiad</translation>
        </message>
        <message>
            <source>What the review found</source>
            <translation>Beth a ganfu'r adolygiad</translation>
        </message>
        <message>
            <source>What the review &amp;found:</source>
            <translation>Beth a ganfu'r a&amp;dolygiad:</translation>
        </message>
        <message>
            <source>Date of the next review</source>
            <translation>Dyddiad yr adolygiad nesaf</translation>
        </message>
        <message>
            <source>Ne&amp;xt review:</source>
            <translation>Adolygiad ne&amp;saf:</translation>
        </message>
        <message>
            <source>Record the review and &amp;keep it open</source>
            <translation>Cofnodi'r adolygiad a'i &amp;gadw ar agor</translation>
        </message>
        <message>
            <source>Record the review and keep the concern open</source>
            <translation>Cofnodi'r adolygiad a chadw'r pryder ar agor</translation>
        </message>
        <message>
            <source>Record the review and c&amp;lose the concern</source>
            <translation>Cofnodi'r adolygiad a &amp;chau'r pryder</translation>
        </message>
        <message>
            <source>Record the review and close the concern</source>
            <translation>Cofnodi'r adolygiad a chau'r pryder</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>Gwnaed %1</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>I'w wneud</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 gan %2</translation>
        </message>
        <message>
            <source>No actions yet. Add one below: what is to be done, who will do it and by when.</source>
            <translation>Dim camau gweithredu eto. Ychwanegwch un isod: beth sydd i'w wneud, pwy fydd yn ei wneud ac erbyn pryd.</translation>
        </message>
        <message>
            <source>No actions were set.</source>
            <translation>Ni osodwyd camau gweithredu.</translation>
        </message>
        <message>
            <source>The concern is closed.</source>
            <translation>Mae'r pryder ar gau.</translation>
        </message>
        <message>
            <source>Next review: %1.</source>
            <translation>Adolygiad nesaf: %1.</translation>
        </message>
        <message>
            <source>No review date is set.</source>
            <translation>Nid oes dyddiad adolygu wedi'i osod.</translation>
        </message>
        <message>
            <source>Last review %1 by %2: %3</source>
            <translation>Adolygiad diwethaf %1 gan %2: %3</translation>
        </message>
        <message>
            <source>Reviews are recorded here once the concern reaches Review, after the decision or the referral.</source>
            <translation>Cofnodir adolygiadau yma pan fydd y pryder yn cyrraedd y cam Adolygu, ar ôl y penderfyniad neu'r atgyfeiriad.</translation>
        </message>
        <message>
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad fel dd/mm/bbbb.</translation>
        </message>
    </context>
    <context>
        <name>GuidancePanel</name>
        <message>
            <source>What the answers point to</source>
            <translation>At beth mae'r atebion yn cyfeirio</translation>
        </message>
        <message>
            <source>Pointers</source>
            <translation>Awgrymiadau</translation>
        </message>
        <message>
            <source>⚠ Be careful:</source>
            <translation>⚠ Byddwch yn ofalus:</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Rhybuddion</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Nodyn atgoffa</translation>
        </message>
        <message>
            <source>because:</source>
            <translation>oherwydd:</translation>
        </message>
        <message>
            <source>These pointers only reflect your answers. They do not decide, and they do not rate or predict anything about the person. You choose the response and write down why.</source>
            <translation>Dim ond adlewyrchu eich atebion y mae'r awgrymiadau hyn. Nid ydynt yn penderfynu, ac nid ydynt yn graddio nac yn rhagweld dim am y person. Chi sy'n dewis yr ymateb ac yn ysgrifennu pam.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Getting started</source>
            <translation>Dechrau arni</translation>
        </message>
        <message>
            <source>When to call 999</source>
            <translation>Pryd i ffonio 999</translation>
        </message>
        <message>
            <source>What Prevent is</source>
            <translation>Beth yw Atal</translation>
        </message>
        <message>
            <source>Notice, check, share</source>
            <translation>Sylwi, gwirio, rhannu</translation>
        </message>
        <message>
            <source>Observations, assertions and assumptions</source>
            <translation>Arsylwadau, honiadau a thybiaethau</translation>
        </message>
        <message>
            <source>Consent and information sharing</source>
            <translation>Cydsyniad a rhannu gwybodaeth</translation>
        </message>
        <message>
            <source>After a referral</source>
            <translation>Ar ôl atgyfeiriad</translation>
        </message>
        <message>
            <source>Keeping a good record</source>
            <translation>Cadw cofnod da</translation>
        </message>
        <message>
            <source>Sources and dates</source>
            <translation>Ffynonellau a dyddiadau</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Help — DSL Desktop</source>
            <translation>Cymorth — DSL Desktop</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>words to look for</source>
            <translation>geiriau i chwilio amdanynt</translation>
        </message>
        <message>
            <source>Search the help</source>
            <translation>Chwilio'r cymorth</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Chwilio:</translation>
        </message>
        <message>
            <source>Help topics</source>
            <translation>Pynciau cymorth</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Testun y cymorth</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Canlyniadau chwilio</translation>
        </message>
        <message>
            <source>&amp;Urgent help…</source>
            <translation>Cymorth &amp;brys…</translation>
        </message>
        <message>
            <source>Urgent help: 999 and the numbers to call</source>
            <translation>Cymorth brys: 999 a'r rhifau i'w ffonio</translation>
        </message>
        <message>
            <source>No topic mentions “%1”.</source>
            <translation>Nid oes pwnc yn sôn am “%1”.</translation>
        </message>
        <message>
            <source>1 topic mentions “%1”.</source>
            <translation>Mae 1 pwnc yn sôn am “%1”.</translation>
        </message>
        <message>
            <source>%1 topics mention “%2”.</source>
            <translation>Mae %1 pwnc yn sôn am “%2”.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source> (answer)</source>
            <translation> (ateb)</translation>
        </message>
        <message>
            <source> (details)</source>
            <translation> (manylion)</translation>
        </message>
        <message>
            <source>Who noticed it</source>
            <translation>Pwy a sylwodd</translation>
        </message>
        <message>
            <source>When it was noticed</source>
            <translation>Pryd y sylwyd</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>Beth a welwyd neu a glywyd</translation>
        </message>
        <message>
            <source>Who else was present</source>
            <translation>Pwy arall oedd yn bresennol</translation>
        </message>
        <message>
            <source>Signs noticed</source>
            <translation>Arwyddion a welwyd</translation>
        </message>
        <message>
            <source>Type of concern</source>
            <translation>Math o bryder</translation>
        </message>
        <message>
            <source>Immediate danger</source>
            <translation>Perygl uniongyrchol</translation>
        </message>
        <message>
            <source>Emergency action taken</source>
            <translation>Camau brys a gymerwyd</translation>
        </message>
        <message>
            <source>When the emergency action was taken</source>
            <translation>Pryd y cymerwyd y camau brys</translation>
        </message>
        <message>
            <source>The information</source>
            <translation>Y wybodaeth</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Ffynhonnell</translation>
        </message>
        <message>
            <source>Date obtained</source>
            <translation>Dyddiad ei chael</translation>
        </message>
        <message>
            <source>Kind of information</source>
            <translation>Math o wybodaeth</translation>
        </message>
        <message>
            <source>Checked against another source</source>
            <translation>Wedi'i gwirio yn erbyn ffynhonnell arall</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Esboniad</translation>
        </message>
        <message>
            <source>How it was explored</source>
            <translation>Sut yr archwiliwyd</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>Casgliad</translation>
        </message>
        <message>
            <source>Who was consulted</source>
            <translation>Pwy yr ymgynghorwyd â nhw</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Asiantaeth</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Sut</translation>
        </message>
        <message>
            <source>What was shared</source>
            <translation>Beth a rannwyd</translation>
        </message>
        <message>
            <source>Why it was shared</source>
            <translation>Pam y cafodd ei rannu</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rhesymeg</translation>
        </message>
        <message>
            <source>Route alongside</source>
            <translation>Llwybr ochr yn ochr</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Dyddiad adolygu</translation>
        </message>
        <message>
            <source>When sent</source>
            <translation>Pryd yr anfonwyd</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Anfonwyd at</translation>
        </message>
        <message>
            <source>How sent</source>
            <translation>Sut yr anfonwyd</translation>
        </message>
        <message>
            <source>Police reference</source>
            <translation>Cyfeirnod yr heddlu</translation>
        </message>
        <message>
            <source>Date outcome learned</source>
            <translation>Dyddiad dysgu'r canlyniad</translation>
        </message>
        <message>
            <source>Notes on the outcome</source>
            <translation>Nodiadau ar y canlyniad</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Erbyn pryd</translation>
        </message>
        <message>
            <source>When done</source>
            <translation>Pryd y'i gwnaed</translation>
        </message>
        <message>
            <source>Corroborated by</source>
            <translation>Wedi'i gadarnhau gan</translation>
        </message>
        <message>
            <source>Accepted (it explains what was seen)</source>
            <translation>Wedi'i dderbyn (mae'n esbonio'r hyn a welwyd)</translation>
        </message>
        <message>
            <source>The Notice record</source>
            <translation>Y cofnod Sylwi</translation>
        </message>
        <message>
            <source>Information %1: %2</source>
            <translation>Gwybodaeth %1: %2</translation>
        </message>
        <message>
            <source>Explanation %1: %2</source>
            <translation>Esboniad %1: %2</translation>
        </message>
        <message>
            <source>Consultation with %1</source>
            <translation>Ymgynghoriad gyda %1</translation>
        </message>
        <message>
            <source>Decision: %1 (%2)</source>
            <translation>Penderfyniad: %1 (%2)</translation>
        </message>
        <message>
            <source>Referral sent %1</source>
            <translation>Atgyfeiriad wedi'i anfon %1</translation>
        </message>
        <message>
            <source>Action: %1</source>
            <translation>Cam gweithredu: %1</translation>
        </message>
        <message>
            <source>(blank)</source>
            <translation>(gwag)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>Yes, known or suspected</source>
            <translation>Oes, yn hysbys neu dan amheuaeth</translation>
        </message>
        <message>
            <source>None known</source>
            <translation>Dim yn hysbys</translation>
        </message>
    </context>
    <context>
        <name>HistoryStep</name>
        <message>
            <source>History of this concern</source>
            <translation>Hanes y pryder hwn</translation>
        </message>
        <message>
            <source>Everything recorded about this concern, oldest first, with every amendment: the old value, the new one, who changed it, when and why.</source>
            <translation>Popeth a gofnodwyd am y pryder hwn, yr hynaf yn gyntaf, gyda phob diwygiad: yr hen werth, yr un newydd, pwy a'i newidiodd, pryd a pham.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Gan</translation>
        </message>
        <message>
            <source>&amp;Amend or add…</source>
            <translation>&amp;Diwygio neu ychwanegu…</translation>
        </message>
        <message>
            <source>Amend or add to a saved record</source>
            <translation>Diwygio neu ychwanegu at gofnod sydd wedi'i gadw</translation>
        </message>
        <message>
            <source>Change a saved record, keeping the old value, or fill in a blank field</source>
            <translation>Newid cofnod sydd wedi'i gadw, gan gadw'r hen werth, neu lenwi maes gwag</translation>
        </message>
        <message>
            <source>Choose a line first to amend that record, or fill in a detail left blank (such as the details for a referral).</source>
            <translation>Dewiswch linell yn gyntaf i ddiwygio'r cofnod hwnnw, neu llenwch fanylyn a adawyd yn wag (fel y manylion ar gyfer atgyfeiriad).</translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message>
            <source>About the person</source>
            <translation>Am y person</translation>
        </message>
        <message>
            <source>The concern</source>
            <translation>Y pryder</translation>
        </message>
        <message>
            <source>Information and where it came from</source>
            <translation>Gwybodaeth ac o ble y daeth</translation>
        </message>
        <message>
            <source>Complex needs and vulnerabilities</source>
            <translation>Anghenion cymhleth a bregusrwydd</translation>
        </message>
        <message>
            <source>Other information</source>
            <translation>Gwybodaeth arall</translation>
        </message>
        <message>
            <source>Checks already made</source>
            <translation>Gwiriadau a wnaed eisoes</translation>
        </message>
        <message>
            <source>What we are worried about</source>
            <translation>Beth sy'n ein poeni</translation>
        </message>
        <message>
            <source>Referrer</source>
            <translation>Atgyfeiriwr</translation>
        </message>
        <message>
            <source>a section</source>
            <translation>adran</translation>
        </message>
        <message>
            <source>the Notice record</source>
            <translation>y cofnod Sylwi</translation>
        </message>
        <message>
            <source>a piece of information</source>
            <translation>darn o wybodaeth</translation>
        </message>
        <message>
            <source>another explanation</source>
            <translation>esboniad arall</translation>
        </message>
        <message>
            <source>a consultation</source>
            <translation>ymgynghoriad</translation>
        </message>
        <message>
            <source>the decision</source>
            <translation>y penderfyniad</translation>
        </message>
        <message>
            <source>the referral</source>
            <translation>yr atgyfeiriad</translation>
        </message>
        <message>
            <source>an action</source>
            <translation>cam gweithredu</translation>
        </message>
        <message>
            <source>the person's details</source>
            <translation>manylion y person</translation>
        </message>
        <message>
            <source>a record</source>
            <translation>cofnod</translation>
        </message>
        <message>
            <source>%1 noticed it</source>
            <translation>Sylwodd %1 arno</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>Sylwyd</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>yn %1</translation>
        </message>
        <message>
            <source>Emergency action was taken</source>
            <translation>Cymerwyd camau brys</translation>
        </message>
        <message>
            <source>%1 recorded concern %2</source>
            <translation>Cofnododd %1 bryder %2</translation>
        </message>
        <message>
            <source>Concern %2 recorded</source>
            <translation>Cofnodwyd pryder %2</translation>
        </message>
        <message>
            <source>%1 recorded information</source>
            <translation>Cofnododd %1 wybodaeth</translation>
        </message>
        <message>
            <source>Information recorded</source>
            <translation>Cofnodwyd gwybodaeth</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>gan %1</translation>
        </message>
        <message>
            <source>obtained %1</source>
            <translation>cafwyd %1</translation>
        </message>
        <message>
            <source>%1 recorded another explanation</source>
            <translation>Cofnododd %1 esboniad arall</translation>
        </message>
        <message>
            <source>Another explanation recorded</source>
            <translation>Cofnodwyd esboniad arall</translation>
        </message>
        <message>
            <source>%1 consulted %2</source>
            <translation>Ymgynghorodd %1 â %2</translation>
        </message>
        <message>
            <source>%2 was consulted</source>
            <translation>Ymgynghorwyd â %2</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>%1 moved the concern from %2 to %3</source>
            <translation>Symudodd %1 y pryder o %2 i %3</translation>
        </message>
        <message>
            <source>The concern moved from %2 to %3</source>
            <translation>Symudodd y pryder o %2 i %3</translation>
        </message>
        <message>
            <source>%1 held a review</source>
            <translation>Cynhaliodd %1 adolygiad</translation>
        </message>
        <message>
            <source>Review held</source>
            <translation>Adolygiad wedi'i gynnal</translation>
        </message>
        <message>
            <source>next review %1</source>
            <translation>adolygiad nesaf %1</translation>
        </message>
        <message>
            <source>%1 decided: %2</source>
            <translation>Penderfynodd %1: %2</translation>
        </message>
        <message>
            <source>Decided: %2</source>
            <translation>Penderfynwyd: %2</translation>
        </message>
        <message>
            <source>review on %1</source>
            <translation>adolygiad ar %1</translation>
        </message>
        <message>
            <source>%1 prepared the referral form</source>
            <translation>Paratôdd %1 y ffurflen atgyfeirio</translation>
        </message>
        <message>
            <source>The referral form was prepared</source>
            <translation>Paratowyd y ffurflen atgyfeirio</translation>
        </message>
        <message>
            <source>The referral was sent to %1</source>
            <translation>Anfonwyd yr atgyfeiriad at %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>gan %1</translation>
        </message>
        <message>
            <source>The referral's outcome was recorded: %1</source>
            <translation>Cofnodwyd canlyniad yr atgyfeiriad: %1</translation>
        </message>
        <message>
            <source>%1 set an action</source>
            <translation>Gosododd %1 gam gweithredu</translation>
        </message>
        <message>
            <source>An action was set</source>
            <translation>Gosodwyd cam gweithredu</translation>
        </message>
        <message>
            <source>for %1</source>
            <translation>ar gyfer %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>i'w wneud erbyn %1</translation>
        </message>
        <message>
            <source>An action was done</source>
            <translation>Gwnaed cam gweithredu</translation>
        </message>
        <message>
            <source>%1 attached a file: %2</source>
            <translation>Atododd %1 ffeil: %2</translation>
        </message>
        <message>
            <source>A file was attached: %2</source>
            <translation>Atodwyd ffeil: %2</translation>
        </message>
        <message>
            <source>Something was recorded</source>
            <translation>Cofnodwyd rhywbeth</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Rhywun</translation>
        </message>
        <message>
            <source>%1 changed the wording of %2 on the referral form</source>
            <translation>Newidiodd %1 eiriad %2 ar y ffurflen atgyfeirio</translation>
        </message>
        <message>
            <source>%1 changed %2 on %3</source>
            <translation>Newidiodd %1 %2 (%3)</translation>
        </message>
        <message>
            <source>%1 filled in %2 on %3</source>
            <translation>Llenwodd %1 %2 (%3)</translation>
        </message>
        <message>
            <source>Before: %1</source>
            <translation>Cyn: %1</translation>
        </message>
        <message>
            <source>After: %1</source>
            <translation>Ar ôl: %1</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Pam: %1</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Getting started</source>
            <translation>Dechrau arni</translation>
        </message>
        <message>
            <source>Open the getting-started &amp;page (F1)</source>
            <translation>Agor y &amp;dudalen dechrau arni (F1)</translation>
        </message>
        <message>
            <source>Open the getting-started help page</source>
            <translation>Agor y dudalen gymorth dechrau arni</translation>
        </message>
        <message>
            <source>Quick actions</source>
            <translation>Camau cyflym</translation>
        </message>
        <message>
            <source>Your school</source>
            <translation>Eich ysgol</translation>
        </message>
        <message>
            <source>Who to contact about a Prevent concern</source>
            <translation>Pwy i gysylltu â nhw am bryder Atal</translation>
        </message>
        <message>
            <source>Keeping records safe</source>
            <translation>Cadw cofnodion yn ddiogel</translation>
        </message>
        <message>
            <source>Good morning, %1</source>
            <translation>Bore da, %1</translation>
        </message>
        <message>
            <source>Good afternoon, %1</source>
            <translation>Prynhawn da, %1</translation>
        </message>
        <message>
            <source>Good evening, %1</source>
            <translation>Noswaith dda, %1</translation>
        </message>
        <message>
            <source>You are signed in to %1 as %2.</source>
            <translation>Rydych wedi mewngofnodi i %1 fel %2.</translation>
        </message>
        <message numerus="yes">
            <source>DSL Desktop locks itself after %n minute(s) without use, and whatever you were typing is kept. When you step away from the computer, lock it yourself with Ctrl+L. Everything is stored encrypted on this computer only.</source>
            <translation>
                <numerusform>Mae DSL Desktop yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a chedwir beth bynnag roeddech yn ei deipio. Pan fyddwch yn camu i ffwrdd o'r cyfrifiadur, cloewch ef eich hun gyda Ctrl+L. Mae popeth yn cael ei storio wedi'i amgryptio ar y cyfrifiadur hwn yn unig.</numerusform>
                <numerusform>Mae DSL Desktop yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a chedwir beth bynnag roeddech yn ei deipio. Pan fyddwch yn camu i ffwrdd o'r cyfrifiadur, cloewch ef eich hun gyda Ctrl+L. Mae popeth yn cael ei storio wedi'i amgryptio ar y cyfrifiadur hwn yn unig.</numerusform>
                <numerusform>Mae DSL Desktop yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a chedwir beth bynnag roeddech yn ei deipio. Pan fyddwch yn camu i ffwrdd o'r cyfrifiadur, cloewch ef eich hun gyda Ctrl+L. Mae popeth yn cael ei storio wedi'i amgryptio ar y cyfrifiadur hwn yn unig.</numerusform>
                <numerusform>Mae DSL Desktop yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a chedwir beth bynnag roeddech yn ei deipio. Pan fyddwch yn camu i ffwrdd o'r cyfrifiadur, cloewch ef eich hun gyda Ctrl+L. Mae popeth yn cael ei storio wedi'i amgryptio ar y cyfrifiadur hwn yn unig.</numerusform>
                <numerusform>Mae DSL Desktop yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a chedwir beth bynnag roeddech yn ei deipio. Pan fyddwch yn camu i ffwrdd o'r cyfrifiadur, cloewch ef eich hun gyda Ctrl+L. Mae popeth yn cael ei storio wedi'i amgryptio ar y cyfrifiadur hwn yn unig.</numerusform>
            </translation>
        </message>
        <message>
            <source>Welcome to DSL Desktop. Before the first concern comes in: enter your local contacts (the police Prevent team, the council's Prevent lead, children's social care and the out-of-hours service) in Settings, under Local contacts; add an account for each deputy; and import your staff list on the Training page if you keep training records here. Press F1 on any screen for help about it, and F12 for Urgent help: 999 and the numbers to call.</source>
            <translation>Croeso i DSL Desktop. Cyn i'r pryder cyntaf ddod i law: rhowch eich cysylltiadau lleol (tîm Atal yr heddlu, arweinydd Atal y cyngor, gofal cymdeithasol i blant a'r gwasanaeth y tu allan i oriau) yn y Gosodiadau, o dan Cysylltiadau lleol; ychwanegwch gyfrif ar gyfer pob dirprwy; a mewnforiwch eich rhestr staff ar dudalen Hyfforddiant os ydych yn cadw cofnodion hyfforddiant yma. Pwyswch F1 ar unrhyw sgrin i gael cymorth amdani, ac F12 i gael Cymorth brys: 999 a'r rhifau i'w ffonio.</translation>
        </message>
        <message>
            <source>Press F1 on any screen for help about it, and F12 for Urgent help: 999 and the numbers to call. Your DSL has not entered the school's local contacts yet.</source>
            <translation>Pwyswch F1 ar unrhyw sgrin i gael cymorth amdani, ac F12 i gael Cymorth brys: 999 a'r rhifau i'w ffonio. Nid yw eich Arweinydd Diogelu wedi rhoi cysylltiadau lleol yr ysgol i mewn eto.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Enw:</translation>
        </message>
        <message>
            <source>URN:</source>
            <translation>URN:</translation>
        </message>
        <message>
            <source>Local authority:</source>
            <translation>Awdurdod lleol:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Ffôn:</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>E-bost:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Cyfeiriad:</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Cenedlaethol</translation>
        </message>
        <message>
            <source>Your local contacts</source>
            <translation>Eich cysylltiadau lleol</translation>
        </message>
        <message>
            <source>No local contacts yet. Add them in Settings, under Local contacts.</source>
            <translation>Dim cysylltiadau lleol eto. Ychwanegwch nhw yn y Gosodiadau, o dan Cysylltiadau lleol.</translation>
        </message>
        <message>
            <source>No local contacts have been entered yet. Ask the DSL.</source>
            <translation>Nid oes cysylltiadau lleol wedi'u rhoi i mewn eto. Gofynnwch i'r Arweinydd Diogelu.</translation>
        </message>
    </context>
    <context>
        <name>ImportTab</name>
        <message>
            <source>Bring the register up to date from the school's information system. Export the staff list as CSV from SIMS, Bromcom, Arbor or Excel, then import it here. You see what would change before anything is saved; if any row has a problem, nothing is imported unless you choose to skip it.</source>
            <translation>Diweddarwch y gofrestr o system wybodaeth yr ysgol. Allforiwch y rhestr staff fel CSV o SIMS, Bromcom, Arbor neu Excel, yna ei mewnforio yma. Rydych yn gweld beth fyddai'n newid cyn i ddim gael ei gadw; os oes problem gydag unrhyw res, ni fewnforir dim oni bai eich bod yn dewis ei hepgor.</translation>
        </message>
        <message>
            <source>&amp;Import a staff list…</source>
            <translation>&amp;Mewnforio rhestr staff…</translation>
        </message>
        <message>
            <source>Import a staff list</source>
            <translation>Mewnforio rhestr staff</translation>
        </message>
        <message>
            <source>%1 from “%2”</source>
            <translation>%1 o “%2”</translation>
        </message>
        <message>
            <source>Columns used last time: %1</source>
            <translation>Colofnau a ddefnyddiwyd y tro diwethaf: %1</translation>
        </message>
        <message>
            <source>Imported the staff list: %1.</source>
            <translation>Mewnforiwyd y rhestr staff: %1.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a staff list</source>
            <translation>Mewnforio rhestr staff</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Mewnforio</translation>
        </message>
    </context>
    <context>
        <name>InformationForm</name>
        <message>
            <source>Add a piece of information</source>
            <translation>Ychwanegu darn o wybodaeth</translation>
        </message>
        <message>
            <source>Add the information</source>
            <translation>Ychwanegu'r wybodaeth</translation>
        </message>
        <message>
            <source>The information</source>
            <translation>Y wybodaeth</translation>
        </message>
        <message>
            <source>One fact, claim or belief per entry.</source>
            <translation>Un ffaith, honiad neu gred ym mhob cofnod.</translation>
        </message>
        <message>
            <source>&amp;Information:</source>
            <translation>&amp;Gwybodaeth:</translation>
        </message>
        <message>
            <source>Source: who or what it came from</source>
            <translation>Ffynhonnell: gan bwy neu o ble y daeth</translation>
        </message>
        <message>
            <source>for example Mrs Lloyd, lunchtime supervisor</source>
            <translation>er enghraifft Mrs Lloyd, goruchwyliwr amser cinio</translation>
        </message>
        <message>
            <source>So&amp;urce:</source>
            <translation>&amp;Ffynhonnell:</translation>
        </message>
        <message>
            <source>Date obtained</source>
            <translation>Dyddiad ei chael</translation>
        </message>
        <message>
            <source>Date ob&amp;tained:</source>
            <translation>Dyddiad ei &amp;chael:</translation>
        </message>
        <message>
            <source>What kind of information</source>
            <translation>Pa fath o wybodaeth</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Math:</translation>
        </message>
        <message>
            <source>Has it been checked against another source?</source>
            <translation>A yw wedi'i gwirio yn erbyn ffynhonnell arall?</translation>
        </message>
        <message>
            <source>How this piece will read</source>
            <translation>Sut y bydd y darn hwn yn darllen</translation>
        </message>
        <message>
            <source>&amp;Validation:</source>
            <translation>&amp;Dilysu:</translation>
        </message>
        <message>
            <source>Corroborated by: who or what confirms it</source>
            <translation>Wedi'i gadarnhau gan: pwy neu beth sy'n ei gadarnhau</translation>
        </message>
        <message>
            <source>for example Mr Rhys Evans, who saw the same post; the CCTV log</source>
            <translation>er enghraifft Mr Rhys Evans, a welodd yr un neges; cofnod y teledu cylch cyfyng</translation>
        </message>
        <message>
            <source>Corroborated by:</source>
            <translation>Wedi'i gadarnhau gan:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;odiadau:</translation>
        </message>
        <message>
            <source>Choose the kind first; the answers here follow from it.</source>
            <translation>Dewiswch y math yn gyntaf; mae'r atebion yma'n dilyn ohono.</translation>
        </message>
        <message>
            <source>Will read: %1</source>
            <translation>Bydd yn darllen: %1</translation>
        </message>
        <message>
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad fel dd/mm/bbbb.</translation>
        </message>
        <message>
            <source>Say who or what corroborates it: a corroborated piece names its source.</source>
            <translation>Dywedwch pwy neu beth sy'n ei gadarnhau: mae darn wedi'i gadarnhau yn enwi ei ffynhonnell.</translation>
        </message>
        <message>
            <source>Mark it as observed, an assertion or an assumption.</source>
            <translation>Marciwch hi fel wedi'i gweld, honiad neu dybiaeth.</translation>
        </message>
        <message>
            <source>Write down the piece of information.</source>
            <translation>Ysgrifennwch y darn o wybodaeth.</translation>
        </message>
    </context>
    <context>
        <name>LeaverDialog</name>
        <message>
            <source>Mark as left</source>
            <translation>Marcio fel wedi gadael</translation>
        </message>
        <message>
            <source>%1 will no longer count towards training compliance from this date. Their training history is kept.</source>
            <translation>Ni fydd %1 yn cyfrif tuag at gydymffurfio â hyfforddiant o'r dyddiad hwn. Cedwir ei hanes hyfforddiant.</translation>
        </message>
        <message>
            <source>Leaving date</source>
            <translation>Dyddiad gadael</translation>
        </message>
        <message>
            <source>&amp;Leaving date:</source>
            <translation>Dyddiad &amp;gadael:</translation>
        </message>
    </context>
    <context>
        <name>Log</name>
        <message>
            <source>Chronology</source>
            <translation>Cronoleg</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Sylwi</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Gwirio</translation>
        </message>
        <message>
            <source>Decide</source>
            <translation>Penderfynu</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Rhannu</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Adolygu</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Ar gau</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Drafft</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ar agor</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Heb benderfynu eto</translation>
        </message>
        <message>
            <source>No further action</source>
            <translation>Dim camau pellach</translation>
        </message>
        <message>
            <source>Monitor and review</source>
            <translation>Monitro ac adolygu</translation>
        </message>
        <message>
            <source>Support in school</source>
            <translation>Cymorth yn yr ysgol</translation>
        </message>
        <message>
            <source>Early help or social care</source>
            <translation>Cymorth cynnar/gofal cymdeithasol</translation>
        </message>
        <message>
            <source>Prevent referral</source>
            <translation>Atgyfeiriad Atal</translation>
        </message>
        <message>
            <source>Emergency (999)</source>
            <translation>Argyfwng (999)</translation>
        </message>
        <message>
            <source>Awaiting an outcome</source>
            <translation>Yn aros am ganlyniad</translation>
        </message>
        <message>
            <source>No further action by Prevent</source>
            <translation>Dim camau pellach gan Atal</translation>
        </message>
        <message>
            <source>Signposted to other support</source>
            <translation>Cyfeiriwyd at gymorth arall</translation>
        </message>
        <message>
            <source>Prevent Case Management</source>
            <translation>Rheoli Achosion Atal</translation>
        </message>
        <message>
            <source>Channel panel</source>
            <translation>Panel Channel</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Ddim yn hysbys</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Wedi'i weld</translation>
        </message>
        <message>
            <source>Assertion</source>
            <translation>Honiad</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Tybiaeth</translation>
        </message>
        <message>
            <source>Corroborated</source>
            <translation>Wedi'i gadarnhau</translation>
        </message>
        <message>
            <source>Not corroborated</source>
            <translation>Heb ei gadarnhau</translation>
        </message>
        <message>
            <source>Contradicted</source>
            <translation>Wedi'i wrth-ddweud</translation>
        </message>
        <message>
            <source>Same day</source>
            <translation>Yr un diwrnod</translation>
        </message>
        <message>
            <source>Over %1 days</source>
            <translation>Dros %1 diwrnod</translation>
        </message>
        <message>
            <source>%1–%2 days</source>
            <translation>%1–%2 diwrnod</translation>
        </message>
        <message>
            <source>Vault set up</source>
            <translation>Claddgell wedi'i sefydlu</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Wedi mewngofnodi</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Wedi allgofnodi</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Wedi'i chloi</translation>
        </message>
        <message>
            <source>Locked after a time unused</source>
            <translation>Wedi'i chloi ar ôl cyfnod heb ei defnyddio</translation>
        </message>
        <message>
            <source>Vault checked (command line)</source>
            <translation>Claddgell wedi'i gwirio (llinell orchymyn)</translation>
        </message>
        <message>
            <source>Concern recorded</source>
            <translation>Pryder wedi'i gofnodi</translation>
        </message>
        <message>
            <source>Concern opened</source>
            <translation>Pryder wedi'i agor</translation>
        </message>
        <message>
            <source>Concern history read</source>
            <translation>Hanes pryder wedi'i ddarllen</translation>
        </message>
        <message>
            <source>Concern moved to another stage</source>
            <translation>Pryder wedi'i symud i gam arall</translation>
        </message>
        <message>
            <source>Review held</source>
            <translation>Adolygiad wedi'i gynnal</translation>
        </message>
        <message>
            <source>Concern received with a transfer</source>
            <translation>Pryder wedi dod i law gyda throsglwyddiad</translation>
        </message>
        <message>
            <source>Information added</source>
            <translation>Gwybodaeth wedi'i hychwanegu</translation>
        </message>
        <message>
            <source>Other explanation added</source>
            <translation>Esboniad arall wedi'i ychwanegu</translation>
        </message>
        <message>
            <source>Consultation recorded</source>
            <translation>Ymgynghoriad wedi'i gofnodi</translation>
        </message>
        <message>
            <source>Decision recorded</source>
            <translation>Penderfyniad wedi'i gofnodi</translation>
        </message>
        <message>
            <source>Decision record made</source>
            <translation>Cofnod penderfyniad wedi'i wneud</translation>
        </message>
        <message>
            <source>Referral form prepared</source>
            <translation>Ffurflen atgyfeirio wedi'i pharatoi</translation>
        </message>
        <message>
            <source>Referral form edited</source>
            <translation>Ffurflen atgyfeirio wedi'i golygu</translation>
        </message>
        <message>
            <source>Referral sent</source>
            <translation>Atgyfeiriad wedi'i anfon</translation>
        </message>
        <message>
            <source>Referral outcome recorded</source>
            <translation>Canlyniad atgyfeiriad wedi'i gofnodi</translation>
        </message>
        <message>
            <source>Record amended</source>
            <translation>Cofnod wedi'i ddiwygio</translation>
        </message>
        <message>
            <source>Blank detail filled in</source>
            <translation>Manylyn gwag wedi'i lenwi</translation>
        </message>
        <message>
            <source>Record deleted after review</source>
            <translation>Cofnod wedi'i ddileu ar ôl adolygiad</translation>
        </message>
        <message>
            <source>Action set</source>
            <translation>Cam gweithredu wedi'i osod</translation>
        </message>
        <message>
            <source>Action done</source>
            <translation>Cam gweithredu wedi'i wneud</translation>
        </message>
        <message>
            <source>File attached</source>
            <translation>Ffeil wedi'i hatodi</translation>
        </message>
        <message>
            <source>Attached file opened</source>
            <translation>Ffeil atodedig wedi'i hagor</translation>
        </message>
        <message>
            <source>Person added</source>
            <translation>Person wedi'i ychwanegu</translation>
        </message>
        <message>
            <source>Person's details changed</source>
            <translation>Manylion person wedi'u newid</translation>
        </message>
        <message>
            <source>Person's details opened</source>
            <translation>Manylion person wedi'u hagor</translation>
        </message>
        <message>
            <source>Chronology read</source>
            <translation>Cronoleg wedi'i darllen</translation>
        </message>
        <message>
            <source>Chronology saved as PDF</source>
            <translation>Cronoleg wedi'i chadw fel PDF</translation>
        </message>
        <message>
            <source>Concerns log exported</source>
            <translation>Log pryderon wedi'i allforio</translation>
        </message>
        <message>
            <source>Audit trail checked</source>
            <translation>Trywydd archwilio wedi'i wirio</translation>
        </message>
        <message>
            <source>File transferred to another school</source>
            <translation>Ffeil wedi'i throsglwyddo i ysgol arall</translation>
        </message>
        <message>
            <source>File received from another school</source>
            <translation>Ffeil wedi dod i law gan ysgol arall</translation>
        </message>
        <message>
            <source>Transfer receipt confirmed</source>
            <translation>Derbynneb trosglwyddo wedi'i chadarnhau</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Copi wrth gefn wedi'i wneud</translation>
        </message>
        <message>
            <source>Backup settings changed</source>
            <translation>Gosodiadau copi wrth gefn wedi'u newid</translation>
        </message>
        <message>
            <source>Retention rule changed</source>
            <translation>Rheol gadw wedi'i newid</translation>
        </message>
        <message>
            <source>Demonstration data added</source>
            <translation>Data arddangos wedi'i ychwanegu</translation>
        </message>
        <message>
            <source>School details changed</source>
            <translation>Manylion yr ysgol wedi'u newid</translation>
        </message>
        <message>
            <source>Local contacts changed</source>
            <translation>Cysylltiadau lleol wedi'u newid</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Gosodiad wedi'i newid</translation>
        </message>
        <message>
            <source>Account added</source>
            <translation>Cyfrif wedi'i ychwanegu</translation>
        </message>
        <message>
            <source>Account removed</source>
            <translation>Cyfrif wedi'i dynnu</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Cyfrinymadrodd wedi'i newid</translation>
        </message>
        <message>
            <source>Passphrase reset with the recovery code</source>
            <translation>Cyfrinymadrodd wedi'i ailosod gyda'r cod adfer</translation>
        </message>
        <message>
            <source>New recovery code made</source>
            <translation>Cod adfer newydd wedi'i wneud</translation>
        </message>
        <message>
            <source>Computer remembered</source>
            <translation>Cyfrifiadur wedi'i gofio</translation>
        </message>
        <message>
            <source>Computer forgotten</source>
            <translation>Cyfrifiadur wedi'i anghofio</translation>
        </message>
        <message>
            <source>Member of staff added</source>
            <translation>Aelod o staff wedi'i ychwanegu</translation>
        </message>
        <message>
            <source>Member of staff changed</source>
            <translation>Aelod o staff wedi'i newid</translation>
        </message>
        <message>
            <source>Member of staff left</source>
            <translation>Aelod o staff wedi gadael</translation>
        </message>
        <message>
            <source>Staff list imported</source>
            <translation>Rhestr staff wedi'i mewnforio</translation>
        </message>
        <message>
            <source>Course saved</source>
            <translation>Cwrs wedi'i gadw</translation>
        </message>
        <message>
            <source>Training requirement saved</source>
            <translation>Gofyniad hyfforddiant wedi'i gadw</translation>
        </message>
        <message>
            <source>Training requirement removed</source>
            <translation>Gofyniad hyfforddiant wedi'i dynnu</translation>
        </message>
        <message>
            <source>Training recorded</source>
            <translation>Hyfforddiant wedi'i gofnodi</translation>
        </message>
        <message>
            <source>Training record removed</source>
            <translation>Cofnod hyfforddiant wedi'i dynnu</translation>
        </message>
        <message>
            <source>Training session recorded</source>
            <translation>Sesiwn hyfforddiant wedi'i chofnodi</translation>
        </message>
        <message>
            <source>Job title rules changed</source>
            <translation>Rheolau teitl swydd wedi'u newid</translation>
        </message>
        <message>
            <source>Training defaults moved to the school's nation</source>
            <translation>Rhagosodiadau hyfforddi wedi'u symud i wlad yr ysgol</translation>
        </message>
        <message>
            <source>Training report exported</source>
            <translation>Adroddiad hyfforddiant wedi'i allforio</translation>
        </message>
        <message>
            <source>Staff report imported</source>
            <translation>Adroddiad gan staff wedi'i fewnforio</translation>
        </message>
        <message>
            <source>Intake key for staff reports made</source>
            <translation>Allwedd derbyn ar gyfer adroddiadau staff wedi'i gwneud</translation>
        </message>
        <message>
            <source>Intake key for staff reports replaced</source>
            <translation>Allwedd derbyn ar gyfer adroddiadau staff wedi'i disodli</translation>
        </message>
        <message>
            <source>Intake key file saved</source>
            <translation>Ffeil allwedd derbyn wedi'i chadw</translation>
        </message>
        <message>
            <source>Decision record printed</source>
            <translation>Argraffwyd y cofnod penderfyniad</translation>
        </message>
        <message>
            <source>Decision record saved</source>
            <translation>Cadwyd y cofnod penderfyniad</translation>
        </message>
        <message>
            <source>Referral form printed</source>
            <translation>Argraffwyd y ffurflen atgyfeirio</translation>
        </message>
        <message>
            <source>Referral form saved</source>
            <translation>Cadwyd y ffurflen atgyfeirio</translation>
        </message>
        <message>
            <source>Vault restored from a backup</source>
            <translation>Adferwyd y gladdgell o gopi wrth gefn</translation>
        </message>
        <message>
            <source>Open a concern</source>
            <translation>Agor pryder</translation>
        </message>
    </context>
    <context>
        <name>LogTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>Sylwyd</translation>
        </message>
        <message>
            <source>Type of concern</source>
            <translation>Math o bryder</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Cam</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Adolygiad nesaf</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Yng ngofal</translation>
        </message>
        <message>
            <source>The review date has passed</source>
            <translation>Mae'r dyddiad adolygu wedi mynd heibio</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (yn hwyr)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DSL Desktop</source>
            <translation>DSL Desktop</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Adrannau</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Tudalen</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Defnyddiwr sydd wedi mewngofnodi</translation>
        </message>
        <message>
            <source>DSL Desktop is locked. Sign in again to carry on.</source>
            <translation>Mae DSL Desktop wedi'i gloi. Mewngofnodwch eto i barhau.</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Wedi'i chloi</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>Cl&amp;oi</translation>
        </message>
        <message>
            <source>Lock the vault now; sign in again to carry on.</source>
            <translation>Cloi'r gladdgell nawr; mewngofnodwch eto i barhau.</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Allgofnodi</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Gadae&amp;l</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Mynd</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Gosodiadau</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Gosodiadau…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <source>&amp;Help contents</source>
            <translation>Cy&amp;nnwys y cymorth</translation>
        </message>
        <message>
            <source>Help about the screen you are on (F1).</source>
            <translation>Cymorth am y sgrin rydych arni (F1).</translation>
        </message>
        <message>
            <source>&amp;Urgent help…</source>
            <translation>Cymorth &amp;brys…</translation>
        </message>
        <message>
            <source>999, the other numbers to call and your local contacts (F12).</source>
            <translation>999, y rhifau eraill i'w ffonio a'ch cysylltiadau lleol (F12).</translation>
        </message>
        <message>
            <source>&amp;About DSL Desktop</source>
            <translation>&amp;Ynghylch DSL Desktop</translation>
        </message>
        <message>
            <source>Urgent help</source>
            <translation>Cymorth brys</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Help and urgent help</source>
            <translation>Cymorth a chymorth brys</translation>
        </message>
        <message>
            <source>Help (F1)</source>
            <translation>Cymorth (F1)</translation>
        </message>
        <message>
            <source>Urgent help: 999 and the numbers to call (F12)</source>
            <translation>Cymorth brys: 999 a'r rhifau i'w ffonio (F12)</translation>
        </message>
        <message>
            <source>%1 — DSL Desktop</source>
            <translation>%1 — DSL Desktop</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>Wedi mewngofnodi fel %1 (%2)</translation>
        </message>
        <message>
            <source>About DSL Desktop</source>
            <translation>Ynghylch DSL Desktop</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;DSL Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Safeguarding and Prevent records for a school's Designated Safeguarding Lead, kept in an encrypted vault on this computer. Nothing is sent over the internet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;DSL Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Cofnodion diogelu ac Atal ar gyfer Arweinydd Dynodedig Diogelu ysgol, wedi'u cadw mewn claddgell wedi'i hamgryptio ar y cyfrifiadur hwn. Nid oes dim yn cael ei anfon dros y rhyngrwyd.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <source>Member of staff</source>
            <translation>Aelod o staff</translation>
        </message>
        <message>
            <source>Role types</source>
            <translation>Mathau o rôl</translation>
        </message>
        <message>
            <source>%1 does not need %2.</source>
            <translation>Nid oes angen %2 ar %1.</translation>
        </message>
        <message>
            <source>%1 – %2: %3.</source>
            <translation>%1 – %2: %3.</translation>
        </message>
        <message>
            <source>Last done %1.</source>
            <translation>Gwnaed ddiwethaf %1.</translation>
        </message>
        <message>
            <source>Was due by %1.</source>
            <translation>Roedd yn ddyledus erbyn %1.</translation>
        </message>
        <message>
            <source>Due again by %1.</source>
            <translation>Yn ddyledus eto erbyn %1.</translation>
        </message>
        <message>
            <source>Needed once only.</source>
            <translation>Ei angen unwaith yn unig.</translation>
        </message>
    </context>
    <context>
        <name>MatrixTab</name>
        <message>
            <source>Training summary</source>
            <translation>Crynodeb hyfforddiant</translation>
        </message>
        <message>
            <source>✓ In date · ! Due soon · ✗ Overdue or never done · – not needed for the person's role types. Select a cell to see its dates.</source>
            <translation>✓ Mewn dyddiad · ! Yn ddyledus cyn bo hir · ✗ Yn hwyr neu heb ei wneud erioed · – dim ei angen ar gyfer mathau o rôl y person. Dewiswch gell i weld ei dyddiadau.</translation>
        </message>
        <message>
            <source>&amp;Role type:</source>
            <translation>&amp;Math o rôl:</translation>
        </message>
        <message>
            <source>Show staff with this role type</source>
            <translation>Dangos staff sydd â'r math hwn o rôl</translation>
        </message>
        <message>
            <source>All role types</source>
            <translation>Pob math o rôl</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatws:</translation>
        </message>
        <message>
            <source>Show staff by training status</source>
            <translation>Dangos staff yn ôl statws hyfforddiant</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Pawb</translation>
        </message>
        <message>
            <source>Anyone out of date</source>
            <translation>Unrhyw un sydd allan o ddyddiad</translation>
        </message>
        <message>
            <source>Anyone due soon</source>
            <translation>Unrhyw un sy'n ddyledus cyn bo hir</translation>
        </message>
        <message>
            <source>Fully in date</source>
            <translation>Yn gyfan gwbl mewn dyddiad</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Canfod:</translation>
        </message>
        <message>
            <source>Find a member of staff in the matrix</source>
            <translation>Canfod aelod o staff yn y matrics</translation>
        </message>
        <message>
            <source>Training matrix</source>
            <translation>Matrics hyfforddiant</translation>
        </message>
        <message>
            <source>About the selected cell</source>
            <translation>Am y gell a ddewiswyd</translation>
        </message>
        <message>
            <source>%1 of %2 current staff are fully in date; %3% of required courses are in date. %4 courses are overdue or never done, %5 due within %6 days.</source>
            <translation>Mae %1 o %2 aelod presennol o staff yn gyfan gwbl mewn dyddiad; mae %3% o'r cyrsiau gofynnol mewn dyddiad. Mae %4 cwrs yn hwyr neu heb eu gwneud erioed, %5 yn ddyledus o fewn %6 diwrnod.</translation>
        </message>
    </context>
    <context>
        <name>NationChange</name>
        <message>
            <source>Wales</source>
            <translation>Cymru</translation>
        </message>
        <message>
            <source>England</source>
            <translation>Lloegr</translation>
        </message>
        <message>
            <source>once only</source>
            <translation>unwaith yn unig</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>bob mis</translation>
        </message>
        <message>
            <source>every %1 months</source>
            <translation>bob %1 mis</translation>
        </message>
        <message>
            <source>%1 instead of %2</source>
            <translation>%1 yn lle %2</translation>
        </message>
        <message>
            <source>due within a day of starting</source>
            <translation>i'w wneud o fewn diwrnod i ddechrau</translation>
        </message>
        <message>
            <source>due within %1 days of starting</source>
            <translation>i'w wneud o fewn %1 diwrnod i ddechrau</translation>
        </message>
        <message>
            <source>new title “%1”</source>
            <translation>teitl newydd “%1”</translation>
        </message>
        <message>
            <source>new provider</source>
            <translation>darparwr newydd</translation>
        </message>
        <message>
            <source>new way of giving it</source>
            <translation>ffordd newydd o'i gyflwyno</translation>
        </message>
        <message>
            <source>new length</source>
            <translation>hyd newydd</translation>
        </message>
        <message>
            <source>new notes</source>
            <translation>nodiadau newydd</translation>
        </message>
        <message>
            <source>new reason</source>
            <translation>rheswm newydd</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Courses that change:</source>
            <translation>Cyrsiau sy'n newid:</translation>
        </message>
        <message>
            <source>Who needs which course:</source>
            <translation>Pwy sydd angen pa gwrs:</translation>
        </message>
        <message>
            <source>The job-title rules take the %1 defaults.</source>
            <translation>Mae'r rheolau teitl swydd yn cymryd rhagosodiadau %1.</translation>
        </message>
        <message>
            <source>Kept as your school changed them (the %1 default is shown):</source>
            <translation>Yn cael eu cadw fel y newidiodd eich ysgol nhw (dangosir rhagosodiad %1):</translation>
        </message>
        <message>
            <source>the job-title rules</source>
            <translation>y rheolau teitl swydd</translation>
        </message>
        <message>
            <source>One training setting still holds the %1 defaults and would take the %2 ones.</source>
            <translation>Mae un gosodiad hyfforddi yn dal i ddilyn rhagosodiadau %1 a byddai'n cymryd rhai %2.</translation>
        </message>
        <message>
            <source>%3 training settings still hold the %1 defaults and would take the %2 ones.</source>
            <translation>Mae %3 gosodiad hyfforddi yn dal i ddilyn rhagosodiadau %1 a byddent yn cymryd rhai %2.</translation>
        </message>
        <message>
            <source>So would the job-title rules.</source>
            <translation>Felly hefyd y rheolau teitl swydd.</translation>
        </message>
        <message>
            <source>One setting your school has changed stays as it is.</source>
            <translation>Mae un gosodiad a newidiwyd gan eich ysgol yn aros fel y mae.</translation>
        </message>
        <message>
            <source>%1 settings your school has changed stay as they are.</source>
            <translation>Mae %1 gosodiad a newidiwyd gan eich ysgol yn aros fel y maent.</translation>
        </message>
        <message>
            <source>Choosing %1 again later puts its defaults back the same way.</source>
            <translation>Bydd dewis %1 eto yn nes ymlaen yn rhoi ei rhagosodiadau yn ôl yn yr un ffordd.</translation>
        </message>
        <message>
            <source>The school is in Wales</source>
            <translation>Mae'r ysgol yng Nghymru</translation>
        </message>
        <message>
            <source>The school is in England</source>
            <translation>Mae'r ysgol yn Lloegr</translation>
        </message>
        <message>
            <source>Use the training defaults for schools in Wales as well?</source>
            <translation>Defnyddio'r rhagosodiadau hyfforddi ar gyfer ysgolion yng Nghymru hefyd?</translation>
        </message>
        <message>
            <source>Use the training defaults for schools in England as well?</source>
            <translation>Defnyddio'r rhagosodiadau hyfforddi ar gyfer ysgolion yn Lloegr hefyd?</translation>
        </message>
        <message>
            <source>Change the nation and the &amp;defaults</source>
            <translation>Newid y wlad a'r &amp;rhagosodiadau</translation>
        </message>
        <message>
            <source>Change the &amp;nation only</source>
            <translation>Newid y &amp;wlad yn unig</translation>
        </message>
    </context>
    <context>
        <name>NoticeForm</name>
        <message>
            <source>Record a new concern</source>
            <translation>Cofnodi pryder newydd</translation>
        </message>
        <message>
            <source>Step 1 of 4, Notice: write down what was seen or heard today, in the person's own words where something was said. Facts and opinions are kept apart. Your typing is kept as a draft until the concern is recorded.</source>
            <translation>Cam 1 o 4, Sylwi: ysgrifennwch beth a welwyd neu a glywyd heddiw, yng ngeiriau'r person ei hun lle dywedwyd rhywbeth. Cedwir ffeithiau a barn ar wahân. Cedwir eich teipio fel drafft nes bod y pryder wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>Discard the draft and start a&amp;gain</source>
            <translation>Taflu'r drafft a dechrau &amp;eto</translation>
        </message>
        <message>
            <source>Discard the draft and start again</source>
            <translation>Taflu'r drafft a dechrau eto</translation>
        </message>
        <message>
            <source>First: is anyone in immediate danger?</source>
            <translation>Yn gyntaf: a oes unrhyw un mewn perygl uniongyrchol?</translation>
        </message>
        <message>
            <source>Is anyone in immediate danger?</source>
            <translation>A oes unrhyw un mewn perygl uniongyrchol?</translation>
        </message>
        <message>
            <source>&amp;Yes, someone is in danger now</source>
            <translation>&amp;Oes, mae rhywun mewn perygl nawr</translation>
        </message>
        <message>
            <source>N&amp;o</source>
            <translation>&amp;Nac oes</translation>
        </message>
        <message>
            <source>Immediate danger:</source>
            <translation>Perygl uniongyrchol:</translation>
        </message>
        <message>
            <source>What was done, such as the 999 call, and by whom</source>
            <translation>Beth a wnaed, fel yr alwad 999, a chan bwy</translation>
        </message>
        <message>
            <source>For example: Mrs Evans called 999; police attended at 10:40.</source>
            <translation>Er enghraifft: ffoniodd Mrs Evans 999; daeth yr heddlu am 10:40.</translation>
        </message>
        <message>
            <source>What was &amp;done:</source>
            <translation>Beth a wn&amp;aed:</translation>
        </message>
        <message>
            <source>When the emergency action was taken</source>
            <translation>Pryd y cymerwyd y camau brys</translation>
        </message>
        <message>
            <source>&amp;When it was done:</source>
            <translation>Pr&amp;yd y'i gwnaed:</translation>
        </message>
        <message>
            <source>Who is the concern about?</source>
            <translation>Am bwy mae'r pryder?</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>What was noticed</source>
            <translation>Beth a sylwyd</translation>
        </message>
        <message>
            <source>Who noticed it</source>
            <translation>Pwy a sylwodd</translation>
        </message>
        <message>
            <source>name and role, for example Mr Rhys Evans, form tutor</source>
            <translation>enw a rôl, er enghraifft Mr Rhys Evans, tiwtor dosbarth</translation>
        </message>
        <message>
            <source>Noticed &amp;by:</source>
            <translation>Sylwyd &amp;gan:</translation>
        </message>
        <message>
            <source>When it was noticed</source>
            <translation>Pryd y sylwyd</translation>
        </message>
        <message>
            <source>Whe&amp;n:</source>
            <translation>Pry&amp;d:</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <source>for example the dining hall</source>
            <translation>er enghraifft y neuadd fwyta</translation>
        </message>
        <message>
            <source>W&amp;here:</source>
            <translation>B&amp;le:</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>Beth a welwyd neu a glywyd</translation>
        </message>
        <message>
            <source>Write exactly what was said, in quotation marks, and what was seen. Keep your own opinion out, or label it as opinion.</source>
            <translation>Ysgrifennwch yn union beth a ddywedwyd, mewn dyfynodau, a beth a welwyd. Cadwch eich barn eich hun allan ohono, neu labelwch hi fel barn.</translation>
        </message>
        <message>
            <source>What was &amp;seen or heard:</source>
            <translation>Beth a &amp;welwyd neu a glywyd:</translation>
        </message>
        <message>
            <source>Who else was present</source>
            <translation>Pwy arall oedd yn bresennol</translation>
        </message>
        <message>
            <source>Who &amp;else was present:</source>
            <translation>Pwy arall oedd yn &amp;bresennol:</translation>
        </message>
        <message>
            <source>Signs noticed and type of concern</source>
            <translation>Arwyddion a welwyd a math o bryder</translation>
        </message>
        <message>
            <source>Tick what applies. A sign on its own proves nothing; it helps the DSL see the whole picture.</source>
            <translation>Ticiwch beth sy'n berthnasol. Nid yw arwydd ar ei ben ei hun yn profi dim; mae'n helpu'r Arweinydd Diogelu i weld y darlun cyfan.</translation>
        </message>
        <message>
            <source>Signs noticed</source>
            <translation>Arwyddion a welwyd</translation>
        </message>
        <message>
            <source>Type of concern</source>
            <translation>Math o bryder</translation>
        </message>
        <message>
            <source>&amp;Type of concern:</source>
            <translation>&amp;Math o bryder:</translation>
        </message>
        <message>
            <source>Choose “Not yet known” if it is not clear yet; the DSL can change it later.</source>
            <translation>Dewiswch “Ddim yn hysbys eto” os nad yw'n glir eto; gall yr Arweinydd Diogelu ei newid yn nes ymlaen.</translation>
        </message>
        <message>
            <source>Fill in what you know now; it goes onto the Prevent referral form if one is made. Everything here can be added later too.</source>
            <translation>Llenwch yr hyn rydych yn ei wybod nawr; mae'n mynd ar y ffurflen atgyfeirio Atal os gwneir un. Gellir ychwanegu popeth yma yn nes ymlaen hefyd.</translation>
        </message>
        <message>
            <source>&amp;More detail for a referral</source>
            <translation>&amp;Rhagor o fanylion ar gyfer atgyfeiriad</translation>
        </message>
        <message>
            <source>Bac&amp;k to the list</source>
            <translation>Yn ôl i'r rhes&amp;tr</translation>
        </message>
        <message>
            <source>Back to the list; the draft is kept</source>
            <translation>Yn ôl i'r rhestr; cedwir y drafft</translation>
        </message>
        <message>
            <source>What you typed is kept as a draft</source>
            <translation>Cedwir yr hyn a deipiwyd gennych fel drafft</translation>
        </message>
        <message>
            <source>Draft status</source>
            <translation>Statws y drafft</translation>
        </message>
        <message>
            <source>Record the concern</source>
            <translation>Cofnodi'r pryder</translation>
        </message>
        <message>
            <source>Record the concern and go on to Check (Ctrl+Return)</source>
            <translation>Cofnodi'r pryder a mynd ymlaen i Wirio (Ctrl+Return)</translation>
        </message>
        <message>
            <source>This is the unfinished concern you were recording; carry on where you left off.</source>
            <translation>Dyma'r pryder heb ei orffen roeddech yn ei gofnodi; parhewch o'r man lle gwnaethoch adael.</translation>
        </message>
        <message>
            <source>Draft kept at %1</source>
            <translation>Drafft wedi'i gadw am %1</translation>
        </message>
        <message>
            <source>Record who noticed the concern.</source>
            <translation>Cofnodwch pwy a sylwodd ar y pryder.</translation>
        </message>
    </context>
    <context>
        <name>NoticeSummary</name>
        <message>
            <source>Immediate danger</source>
            <translation>Perygl uniongyrchol</translation>
        </message>
        <message>
            <source>What was noticed</source>
            <translation>Beth a sylwyd</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Noticed by:</source>
            <translation>Sylwyd gan:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Pryd:</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>Ble:</translation>
        </message>
        <message>
            <source>What was seen or heard:</source>
            <translation>Beth a welwyd neu a glywyd:</translation>
        </message>
        <message>
            <source>Who else was present:</source>
            <translation>Pwy arall oedd yn bresennol:</translation>
        </message>
        <message>
            <source>Signs noticed:</source>
            <translation>Arwyddion a welwyd:</translation>
        </message>
        <message>
            <source>Type of concern:</source>
            <translation>Math o bryder:</translation>
        </message>
        <message>
            <source>Recorded:</source>
            <translation>Cofnodwyd:</translation>
        </message>
        <message>
            <source>More detail for a referral</source>
            <translation>Rhagor o fanylion ar gyfer atgyfeiriad</translation>
        </message>
        <message>
            <source>⚠ Someone was in immediate danger. Action taken (%1): %2</source>
            <translation>⚠ Roedd rhywun mewn perygl uniongyrchol. Camau a gymerwyd (%1): %2</translation>
        </message>
        <message>
            <source>Nobody was in immediate danger.</source>
            <translation>Nid oedd neb mewn perygl uniongyrchol.</translation>
        </message>
        <message>
            <source>Immediate danger was not answered.</source>
            <translation>Ni atebwyd y cwestiwn am berygl uniongyrchol.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Heb ei gofnodi</translation>
        </message>
        <message>
            <source>Nobody recorded</source>
            <translation>Neb wedi'i gofnodi</translation>
        </message>
        <message>
            <source>None ticked</source>
            <translation>Dim wedi'u ticio</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 gan %2</translation>
        </message>
        <message>
            <source>None known</source>
            <translation>Dim yn hysbys</translation>
        </message>
        <message>
            <source>None recorded yet. The referral form's questions are asked at the Check step and in “Before you refer” at Share; other details can be added from the History step with “Amend or add…”.</source>
            <translation>Dim wedi'u cofnodi eto. Gofynnir cwestiynau'r ffurflen atgyfeirio yn y cam Gwirio ac yn “Cyn i chi atgyfeirio” yn y cam Rhannu; gellir ychwanegu manylion eraill o'r cam Hanes gyda “Diwygio neu ychwanegu…”.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeForm</name>
        <message>
            <source>3. What happened to the referral</source>
            <translation>3. Beth ddigwyddodd i'r atgyfeiriad</translation>
        </message>
        <message>
            <source>Record the outcome</source>
            <translation>Cofnodi'r canlyniad</translation>
        </message>
        <message>
            <source>The police gateway assesses the referral (often within about 5 days) and routes it: Channel, Prevent Case Management, or not for Prevent. Feedback may not always come; choose “Not known” until it does.</source>
            <translation>Mae porth yr heddlu yn asesu'r atgyfeiriad (yn aml o fewn tua 5 diwrnod) ac yn ei gyfeirio: Channel, Rheoli Achosion Atal, neu ddim ar gyfer Atal. Efallai na fydd adborth bob amser yn dod; dewiswch “Ddim yn hysbys” nes iddo ddod.</translation>
        </message>
        <message>
            <source>The outcome of the referral</source>
            <translation>Canlyniad yr atgyfeiriad</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Dewiswch…</translation>
        </message>
        <message>
            <source>Out&amp;come:</source>
            <translation>Can&amp;lyniad:</translation>
        </message>
        <message>
            <source>Date the outcome was learned</source>
            <translation>Dyddiad dysgu'r canlyniad</translation>
        </message>
        <message>
            <source>&amp;Date learned:</source>
            <translation>&amp;Dyddiad ei ddysgu:</translation>
        </message>
        <message>
            <source>Notes on the outcome</source>
            <translation>Nodiadau ar y canlyniad</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;odiadau:</translation>
        </message>
        <message>
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad fel dd/mm/bbbb.</translation>
        </message>
        <message>
            <source>Choose what happened to the referral.</source>
            <translation>Dewiswch beth ddigwyddodd i'r atgyfeiriad.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Trosolwg</translation>
        </message>
        <message>
            <source>Counts only: no names and nothing that was written down. Figures are for concerns first noticed in the period; open concerns and overdue reviews are as they stand today.</source>
            <translation>Niferoedd yn unig: dim enwau a dim o'r hyn a ysgrifennwyd. Mae'r ffigurau ar gyfer pryderon y sylwyd arnynt gyntaf yn y cyfnod; mae pryderon agored ac adolygiadau hwyr fel y maent heddiw.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Cyfnod</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>Y 12 mis diwethaf</translation>
        </message>
        <message>
            <source>This school year</source>
            <translation>Y flwyddyn ysgol hon</translation>
        </message>
        <message>
            <source>Last school year</source>
            <translation>Y flwyddyn ysgol ddiwethaf</translation>
        </message>
        <message>
            <source>Everything recorded</source>
            <translation>Popeth a gofnodwyd</translation>
        </message>
        <message>
            <source>Dates I choose</source>
            <translation>Dyddiadau o'm dewis</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Cyfnod:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hyd at</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;O</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;hyd at</translation>
        </message>
        <message>
            <source>concerns noticed in the period</source>
            <translation>pryder a sylwyd yn y cyfnod</translation>
        </message>
        <message>
            <source>decided so far</source>
            <translation>wedi'u penderfynu hyd yma</translation>
        </message>
        <message>
            <source>median days from notice to decision</source>
            <translation>diwrnod canolrif o sylwi i benderfynu</translation>
        </message>
        <message>
            <source>Prevent referrals sent</source>
            <translation>atgyfeiriad Atal wedi'u hanfon</translation>
        </message>
        <message>
            <source>concerns open today</source>
            <translation>pryder ar agor heddiw</translation>
        </message>
        <message>
            <source>reviews overdue today</source>
            <translation>adolygiad yn hwyr heddiw</translation>
        </message>
        <message>
            <source>Concerns noticed each month</source>
            <translation>Pryderon a sylwyd bob mis</translation>
        </message>
        <message>
            <source>Type of concern</source>
            <translation>Math o bryder</translation>
        </message>
        <message>
            <source>What was decided</source>
            <translation>Beth a benderfynwyd</translation>
        </message>
        <message>
            <source>Time from notice to decision</source>
            <translation>Amser o sylwi i benderfynu</translation>
        </message>
        <message>
            <source>Prevent referrals and their outcomes</source>
            <translation>Atgyfeiriadau Atal a'u canlyniadau</translation>
        </message>
        <message>
            <source>Where open concerns stand today</source>
            <translation>Ble mae pryderon agored yn sefyll heddiw</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Concerns</source>
            <translation>Pryderon</translation>
        </message>
        <message>
            <source>Concerns log</source>
            <translation>Log pryderon</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Trosolwg</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Trywydd archwilio</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Hafan</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <source>Backups &amp; records</source>
            <translation>Copïau wrth gefn a chofnodion</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Hyfforddiant</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>The printer could not be started.</source>
            <translation>Nid oedd modd cychwyn yr argraffydd.</translation>
        </message>
        <message>
            <source>The printer stopped before every page was printed.</source>
            <translation>Stopiodd yr argraffydd cyn i bob tudalen gael ei hargraffu.</translation>
        </message>
        <message>
            <source>Document preview</source>
            <translation>Rhagolwg o'r ddogfen</translation>
        </message>
        <message>
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Chwyddo allan</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Lefel chwyddo</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Chwyddo i mewn</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>Ffitio'r &amp;lled</translation>
        </message>
        <message>
            <source>Fit the page to the width of the window</source>
            <translation>Ffitio'r dudalen i led y ffenestr</translation>
        </message>
        <message>
            <source>Number of pages</source>
            <translation>Nifer y tudalennau</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Tudalennau</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Tudalen %1 o %2</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>Dim dogfen</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 dudalen</translation>
        </message>
        <message>
            <source>%1 pages</source>
            <translation>%1 tudalen</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>born %1</source>
            <translation>ganwyd %1</translation>
        </message>
        <message>
            <source>about %1 years old</source>
            <translation>tua %1 oed</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <source>&amp;Add a person…</source>
            <translation>&amp;Ychwanegu person…</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Ychwanegu person</translation>
        </message>
        <message>
            <source>Everyone a concern has been recorded about. Search by any part of a name, other name or UPN; accents and apostrophes do not matter.</source>
            <translation>Pawb y cofnodwyd pryder amdanynt. Chwiliwch yn ôl unrhyw ran o enw, enw arall neu UPN; nid yw acenion a chollnodau'n bwysig.</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Chwilio pobl</translation>
        </message>
        <message>
            <source>Type part of a name</source>
            <translation>Teipiwch ran o enw</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Chwilio:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>Year group or role</source>
            <translation>Grŵp blwyddyn neu rôl</translation>
        </message>
        <message>
            <source>Born or age</source>
            <translation>Ganwyd neu oed</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Pryderon</translation>
        </message>
        <message>
            <source>How many people are shown</source>
            <translation>Sawl person a ddangosir</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>&amp;Change details…</source>
            <translation>&amp;Newid manylion…</translation>
        </message>
        <message>
            <source>Change this person's details</source>
            <translation>Newid manylion y person hwn</translation>
        </message>
        <message>
            <source>Their concerns</source>
            <translation>Eu pryderon</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>Sylwyd</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Cam</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Penderfyniad</translation>
        </message>
        <message>
            <source>&amp;Open the chosen concern</source>
            <translation>&amp;Agor y pryder a ddewiswyd</translation>
        </message>
        <message>
            <source>Open the chosen concern</source>
            <translation>Agor y pryder a ddewiswyd</translation>
        </message>
        <message>
            <source>1 person shown</source>
            <translation>1 person yn cael ei ddangos</translation>
        </message>
        <message>
            <source>%1 people shown</source>
            <translation>%1 person yn cael eu dangos</translation>
        </message>
        <message>
            <source>Nobody matches “%1”. Check the spelling, or try part of the name.</source>
            <translation>Does neb yn cyfateb i “%1”. Gwiriwch y sillafu, neu rhowch gynnig ar ran o'r enw.</translation>
        </message>
        <message>
            <source>Nobody is on record yet. People are added when a concern is recorded, or with “Add a person”.</source>
            <translation>Does neb ar gofnod eto. Ychwanegir pobl pan gofnodir pryder, neu gydag “Ychwanegu person”.</translation>
        </message>
        <message>
            <source>Nobody is on record yet.</source>
            <translation>Does neb ar gofnod eto.</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>tua %1</translation>
        </message>
        <message>
            <source>Choose a person in the list to see their details and concerns.</source>
            <translation>Dewiswch berson yn y rhestr i weld ei fanylion a'i bryderon.</translation>
        </message>
        <message>
            <source>No person chosen.</source>
            <translation>Dim person wedi'i ddewis.</translation>
        </message>
        <message>
            <source>about %1 years old</source>
            <translation>tua %1 oed</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Enw:</translation>
        </message>
        <message>
            <source>Other names:</source>
            <translation>Enwau eraill:</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>Pwy:</translation>
        </message>
        <message>
            <source>Born:</source>
            <translation>Ganwyd:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Rhywedd:</translation>
        </message>
        <message>
            <source>Year group or role:</source>
            <translation>Grŵp blwyddyn neu rôl:</translation>
        </message>
        <message>
            <source>UPN or staff code:</source>
            <translation>UPN neu god staff:</translation>
        </message>
        <message>
            <source>Current address:</source>
            <translation>Cyfeiriad presennol:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Ffôn:</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>E-bost:</translation>
        </message>
        <message>
            <source>First language:</source>
            <translation>Iaith gyntaf:</translation>
        </message>
        <message>
            <source>Nationality:</source>
            <translation>Cenedligrwydd:</translation>
        </message>
        <message>
            <source>SEND:</source>
            <translation>ADY:</translation>
        </message>
        <message>
            <source>Family and carers:</source>
            <translation>Teulu a gofalwyr:</translation>
        </message>
        <message>
            <source>Other agencies:</source>
            <translation>Asiantaethau eraill:</translation>
        </message>
        <message>
            <source>On record since:</source>
            <translation>Ar gofnod ers:</translation>
        </message>
        <message>
            <source>No concerns recorded about this person.</source>
            <translation>Dim pryderon wedi'u cofnodi am y person hwn.</translation>
        </message>
        <message>
            <source>The Concerns page is not available to you.</source>
            <translation>Nid yw tudalen y Pryderon ar gael i chi.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Change a person's details</source>
            <translation>Newid manylion person</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Ychwanegu person</translation>
        </message>
        <message>
            <source>Only the names are needed now; fill in what you know. The rest is used on the referral form and can be added later.</source>
            <translation>Dim ond yr enwau sydd eu hangen nawr; llenwch yr hyn rydych yn ei wybod. Defnyddir y gweddill ar y ffurflen atgyfeirio a gellir ei ychwanegu'n nes ymlaen.</translation>
        </message>
        <message>
            <source>Who they are</source>
            <translation>Pwy ydynt</translation>
        </message>
        <message>
            <source>Who the person is</source>
            <translation>Pwy yw'r person</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Pwy:</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Enwau cyntaf</translation>
        </message>
        <message>
            <source>&amp;First names:</source>
            <translation>&amp;Enwau cyntaf:</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Cyfenw</translation>
        </message>
        <message>
            <source>&amp;Surname:</source>
            <translation>&amp;Cyfenw:</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Enwau eraill</translation>
        </message>
        <message>
            <source>known as, previous or alternative spellings</source>
            <translation>a elwir yn, sillafiadau blaenorol neu amgen</translation>
        </message>
        <message>
            <source>Other &amp;names:</source>
            <translation>E&amp;nwau eraill:</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Dyddiad geni</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Dyddiad &amp;geni:</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Ddim yn hysbys</translation>
        </message>
        <message>
            <source>Approximate age, if the date of birth is not known</source>
            <translation>Oed bras, os nad yw'r dyddiad geni'n hysbys</translation>
        </message>
        <message>
            <source>Or &amp;approximate age:</source>
            <translation>Neu &amp;oed bras:</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Benyw</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Gwryw</translation>
        </message>
        <message>
            <source>Non-binary</source>
            <translation>Anneuaidd</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Mae'n well ganddynt beidio â dweud</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Rhywedd</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>R&amp;hywedd:</translation>
        </message>
        <message>
            <source>Year group, class or job</source>
            <translation>Grŵp blwyddyn, dosbarth neu swydd</translation>
        </message>
        <message>
            <source>for example Year 9, or teaching assistant</source>
            <translation>er enghraifft Blwyddyn 9, neu gynorthwyydd addysgu</translation>
        </message>
        <message>
            <source>&amp;Year group or role:</source>
            <translation>Grŵp &amp;blwyddyn neu rôl:</translation>
        </message>
        <message>
            <source>UPN or staff code</source>
            <translation>UPN neu god staff</translation>
        </message>
        <message>
            <source>&amp;UPN or staff code:</source>
            <translation>&amp;UPN neu god staff:</translation>
        </message>
        <message>
            <source>First language</source>
            <translation>Iaith gyntaf</translation>
        </message>
        <message>
            <source>First &amp;language:</source>
            <translation>&amp;Iaith gyntaf:</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Cenedligrwydd</translation>
        </message>
        <message>
            <source>Na&amp;tionality:</source>
            <translation>Cened&amp;ligrwydd:</translation>
        </message>
        <message>
            <source>Special educational needs or disability</source>
            <translation>Anghenion dysgu ychwanegol neu anabledd</translation>
        </message>
        <message>
            <source>S&amp;END:</source>
            <translation>A&amp;DY:</translation>
        </message>
        <message>
            <source>Where they live, family and agencies</source>
            <translation>Ble maen nhw'n byw, teulu ac asiantaethau</translation>
        </message>
        <message>
            <source>A&amp;ddresses:</source>
            <translation>C&amp;yfeiriadau:</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Ffôn:</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>E&amp;mail:</source>
            <translation>E-bos&amp;t:</translation>
        </message>
        <message>
            <source>Family and carers</source>
            <translation>Teulu a gofalwyr</translation>
        </message>
        <message>
            <source>Name (relationship), phone; one person a line</source>
            <translation>Enw (perthynas), ffôn; un person ar bob llinell</translation>
        </message>
        <message>
            <source>Family and &amp;carers:</source>
            <translation>Teulu a gofal&amp;wyr:</translation>
        </message>
        <message>
            <source>Other agencies involved</source>
            <translation>Asiantaethau eraill sy'n ymwneud</translation>
        </message>
        <message>
            <source>Ot&amp;her agencies:</source>
            <translation>Asiantaethau e&amp;raill:</translation>
        </message>
        <message>
            <source>Why the details changed</source>
            <translation>Pam y newidiodd y manylion</translation>
        </message>
        <message>
            <source>optional, for example: moved house</source>
            <translation>dewisol, er enghraifft: symud tŷ</translation>
        </message>
        <message>
            <source>Reas&amp;on for the change:</source>
            <translation>Rhe&amp;swm dros y newid:</translation>
        </message>
        <message>
            <source>Sa&amp;ve the person</source>
            <translation>C&amp;adw'r person</translation>
        </message>
        <message>
            <source>Sa&amp;ve changes</source>
            <translation>C&amp;adw'r newidiadau</translation>
        </message>
        <message>
            <source>Type the date of birth as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad geni fel dd/mm/bbbb.</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Search people by name</source>
            <translation>Chwilio pobl yn ôl enw</translation>
        </message>
        <message>
            <source>Type part of a name, then choose from the list</source>
            <translation>Teipiwch ran o enw, yna dewiswch o'r rhestr</translation>
        </message>
        <message>
            <source>&amp;Add a new person…</source>
            <translation>&amp;Ychwanegu person newydd…</translation>
        </message>
        <message>
            <source>Add a new person</source>
            <translation>Ychwanegu person newydd</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>Pobl a ganfuwyd</translation>
        </message>
        <message>
            <source>Search for the person first, so their concerns stay together.</source>
            <translation>Chwiliwch am y person yn gyntaf, fel bod ei bryderon yn aros gyda'i gilydd.</translation>
        </message>
        <message>
            <source>Person chosen</source>
            <translation>Person a ddewiswyd</translation>
        </message>
        <message>
            <source>1 person found. Press Return to choose them, or choose with the arrow keys.</source>
            <translation>Canfuwyd 1 person. Pwyswch Return i'w ddewis, neu dewiswch gyda'r bysellau saeth.</translation>
        </message>
        <message>
            <source>%1 people found. Choose one with the arrow keys, or press Return for the first.</source>
            <translation>Canfuwyd %1 person. Dewiswch un gyda'r bysellau saeth, neu pwyswch Return ar gyfer y cyntaf.</translation>
        </message>
        <message>
            <source>Nobody on record matches “%1”. Check the spelling, or add a new person.</source>
            <translation>Does neb ar gofnod yn cyfateb i “%1”. Gwiriwch y sillafu, neu ychwanegwch berson newydd.</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>Dewiswyd: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the columns</source>
            <translation>Gwirio'r colofnau</translation>
        </message>
        <message>
            <source>Each detail is read from the column chosen here. Change a choice if a column was guessed wrongly; the choices are remembered for next time.</source>
            <translation>Darllenir pob manylyn o'r golofn a ddewisir yma. Newidiwch ddewis os dyfalwyd colofn yn anghywir; cofir y dewisiadau ar gyfer y tro nesaf.</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colofnau</translation>
        </message>
        <message>
            <source>Column for %1</source>
            <translation>Colofn ar gyfer %1</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation>Rhesi cyntaf y ffeil:</translation>
        </message>
        <message>
            <source>First rows of the file</source>
            <translation>Rhesi cyntaf y ffeil</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(ddim yn y ffeil)</translation>
        </message>
        <message>
            <source>Column %1: %2</source>
            <translation>Colofn %1: %2</translation>
        </message>
        <message>
            <source>%1: read as %2, %3-separated, with the column names on line %4; %5 rows.</source>
            <translation>%1: wedi'i darllen fel %2, wedi'i gwahanu gan %3, gydag enwau'r colofnau ar linell %4; %5 rhes.</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>coma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>hanner colon</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>bar fertigol</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <source>Please wait</source>
            <translation>Arhoswch</translation>
        </message>
        <message>
            <source>Work in progress</source>
            <translation>Gwaith ar y gweill</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Cynnydd</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Canslo</translation>
        </message>
        <message>
            <source>Cancel this work</source>
            <translation>Canslo'r gwaith hwn</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Cam %1 o %2</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wrthi'n canslo…</translation>
        </message>
        <message>
            <source>Stopping safely; nothing half-made is kept…</source>
            <translation>Wrthi'n stopio'n ddiogel; ni chedwir dim sydd wedi'i hanner gwneud…</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;Iawn</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Canslo</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>C&amp;au</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Cau heb Gadw</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ail-wneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y Cyfan</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Dangos Manylion...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Cuddio Manylion...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw'r Cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ie i'r C&amp;yfan</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Na i'r Cy&amp;fan</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Terfynu</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ailgynnig</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Gwaredu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Gweithredu</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y Rhagosodiadau</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Peidio â Chadw</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ail-wneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copïo &amp;Lleoliad y Ddolen</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y Cyfan</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>Go Back</source>
            <translation>Mynd yn Ôl</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Yn ôl</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Parhau</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Nesaf &gt;</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Ymrwymo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gorffen</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Gorffen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <source>Confirm receipt</source>
            <translation>Cadarnhau derbyn</translation>
        </message>
        <message>
            <source>When did %1 confirm they received %2's file?</source>
            <translation>Pryd y cadarnhaodd %1 eu bod wedi derbyn ffeil %2?</translation>
        </message>
        <message>
            <source>the pupil</source>
            <translation>y disgybl</translation>
        </message>
        <message>
            <source>Date receipt was confirmed</source>
            <translation>Dyddiad cadarnhau derbyn</translation>
        </message>
        <message>
            <source>&amp;Confirmed on:</source>
            <translation>&amp;Cadarnhawyd ar:</translation>
        </message>
        <message>
            <source>Confirm &amp;receipt</source>
            <translation>Cadarnhau &amp;derbyn</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>concerns</source>
            <translation>pryder</translation>
        </message>
        <message>
            <source>people</source>
            <translation>person</translation>
        </message>
        <message>
            <source>pieces of information</source>
            <translation>darn o wybodaeth</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>atodiad</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>training records</source>
            <translation>cofnod hyfforddiant</translation>
        </message>
        <message>
            <source>audit events</source>
            <translation>digwyddiad archwilio</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Yn gweithio</translation>
        </message>
        <message>
            <source>Child protection file</source>
            <translation>Ffeil amddiffyn plant</translation>
        </message>
        <message>
            <source>Concern about an adult</source>
            <translation>Pryder am oedolyn</translation>
        </message>
        <message>
            <source>Training history (former staff)</source>
            <translation>Hanes hyfforddiant (cyn-staff)</translation>
        </message>
        <message>
            <source>Reviewed: there is no longer a reason to keep it</source>
            <translation>Adolygwyd: nid oes rheswm i'w gadw mwyach</translation>
        </message>
        <message>
            <source>The school's records policy says it must now be deleted</source>
            <translation>Mae polisi cofnodion yr ysgol yn dweud bod rhaid ei ddileu nawr</translation>
        </message>
        <message>
            <source>The record is held by the pupil's new school or another agency</source>
            <translation>Mae'r cofnod yn cael ei gadw gan ysgol newydd y disgybl neu asiantaeth arall</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <source>Backups and records</source>
            <translation>Copïau wrth gefn a chofnodion</translation>
        </message>
        <message>
            <source>Backups and records sections</source>
            <translation>Adrannau copïau wrth gefn a chofnodion</translation>
        </message>
        <message>
            <source>Bac&amp;kups</source>
            <translation>&amp;Copïau wrth gefn</translation>
        </message>
        <message>
            <source>Re&amp;tention</source>
            <translation>Ca&amp;dw cofnodion</translation>
        </message>
        <message>
            <source>Tra&amp;nsfers</source>
            <translation>&amp;Trosglwyddiadau</translation>
        </message>
        <message>
            <source>Making the automatic backup…</source>
            <translation>Wrthi'n gwneud y copi wrth gefn awtomatig…</translation>
        </message>
        <message>
            <source>Automatic backup</source>
            <translation>Copi wrth gefn awtomatig</translation>
        </message>
        <message>
            <source>Replace this vault?</source>
            <translation>Disodli'r gladdgell hon?</translation>
        </message>
        <message>
            <source>Replace everything in this vault with the backup made %1?</source>
            <translation>Disodli popeth yn y gladdgell hon â'r copi wrth gefn a wnaed %1?</translation>
        </message>
        <message>
            <source>Everyone is signed out while the backup is restored. Records added since the backup was made are not in it; the current vault is kept beside the restored one until you keep or undo the restore.</source>
            <translation>Mae pawb yn cael eu hallgofnodi tra bo'r copi wrth gefn yn cael ei adfer. Nid yw cofnodion a ychwanegwyd ers gwneud y copi wrth gefn ynddo; cedwir y gladdgell bresennol wrth ochr yr un a adferwyd nes i chi gadw neu ddadwneud yr adferiad.</translation>
        </message>
        <message>
            <source>&amp;Sign out and restore</source>
            <translation>&amp;Allgofnodi ac adfer</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <source>Restoring the vault from the backup…</source>
            <translation>Wrthi'n adfer y gladdgell o'r copi wrth gefn…</translation>
        </message>
        <message>
            <source>The backup was restored: %1. Sign in and check the records, then keep the restored vault or undo the restore on the Backups &amp; records page.</source>
            <translation>Cafodd y copi wrth gefn ei adfer: %1. Mewngofnodwch a gwiriwch y cofnodion, yna cadwch y gladdgell a adferwyd neu dadwneud yr adferiad ar dudalen Copïau wrth gefn a chofnodion.</translation>
        </message>
        <message>
            <source>The restored vault is kept; %1 file(s) of the replaced vault were deleted.</source>
            <translation>Cedwir y gladdgell a adferwyd; dilëwyd %1 ffeil o'r gladdgell a ddisodlwyd.</translation>
        </message>
        <message>
            <source>Undo the restore?</source>
            <translation>Dadwneud yr adferiad?</translation>
        </message>
        <message>
            <source>Put back the vault as it was before the restore?</source>
            <translation>Rhoi'r gladdgell yn ôl fel yr oedd cyn yr adferiad?</translation>
        </message>
        <message>
            <source>Everyone is signed out. Anything recorded since the restore is lost with the restored vault.</source>
            <translation>Mae pawb yn cael eu hallgofnodi. Collir unrhyw beth a gofnodwyd ers yr adferiad gyda'r gladdgell a adferwyd.</translation>
        </message>
        <message>
            <source>&amp;Sign out and undo</source>
            <translation>&amp;Allgofnodi a dadwneud</translation>
        </message>
        <message>
            <source>Undo the restore</source>
            <translation>Dadwneud yr adferiad</translation>
        </message>
        <message>
            <source>The vault is back as it was before the restore.</source>
            <translation>Mae'r gladdgell yn ôl fel yr oedd cyn yr adferiad.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>New recovery code</source>
            <translation>Cod adfer newydd</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Close without keeping the code?</source>
            <translation>Cau heb gadw'r cod?</translation>
        </message>
        <message>
            <source>The new code will not be shown again, and the old one no longer works. Close anyway?</source>
            <translation>Ni fydd y cod newydd yn cael ei ddangos eto, ac nid yw'r hen un yn gweithio mwyach. Cau beth bynnag?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Use the recovery code</source>
            <translation>Defnyddio'r cod adfer</translation>
        </message>
        <message>
            <source>Type the recovery code printed or saved when the vault was set up. Capital letters, spaces and dashes do not matter.</source>
            <translation>Teipiwch y cod adfer a argraffwyd neu a gadwyd pan sefydlwyd y gladdgell. Nid yw priflythrennau, bylchau a llinellau toriad yn bwysig.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Cod adfer</translation>
        </message>
        <message>
            <source>Recovery &amp;code:</source>
            <translation>&amp;Cod adfer:</translation>
        </message>
        <message>
            <source>Step 1 of 3: the recovery code</source>
            <translation>Cam 1 o 3: y cod adfer</translation>
        </message>
        <message>
            <source>Step 2 of 3: a new passphrase</source>
            <translation>Cam 2 o 3: cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <source>The code is right. Choose your account and set a new passphrase for it. Then a new recovery code replaces the one you have just used.</source>
            <translation>Mae'r cod yn gywir. Dewiswch eich cyfrif a gosodwch gyfrinymadrodd newydd ar ei gyfer. Yna bydd cod adfer newydd yn cymryd lle'r un rydych newydd ei ddefnyddio.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cyfrif</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>C&amp;yfrif:</translation>
        </message>
        <message>
            <source>Step 3 of 3: a new recovery code</source>
            <translation>Cam 3 o 3: cod adfer newydd</translation>
        </message>
        <message>
            <source>The code you used no longer opens the vault. Keep this new one in its place, and destroy the old paper or file.</source>
            <translation>Nid yw'r cod a ddefnyddiwyd gennych yn agor y gladdgell mwyach. Cadwch yr un newydd hwn yn ei le, a dinistriwch yr hen bapur neu'r hen ffeil.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>&amp;Parhau</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Parhau</translation>
        </message>
        <message>
            <source>&amp;Set passphrase and sign in</source>
            <translation>&amp;Gosod cyfrinymadrodd a mewngofnodi</translation>
        </message>
        <message>
            <source>Set passphrase and sign in</source>
            <translation>Gosod cyfrinymadrodd a mewngofnodi</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Mewngofnodi</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Mewngofnodi</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Your recovery code</source>
            <translation>Eich cod adfer</translation>
        </message>
        <message>
            <source>The vault is ready. Keep this code safe before you finish.</source>
            <translation>Mae'r gladdgell yn barod. Cadwch y cod hwn yn ddiogel cyn i chi orffen.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Prevent referral form</source>
            <translation>Ffurflen atgyfeirio Atal</translation>
        </message>
        <message>
            <source>Reset a&amp;ll to generated</source>
            <translation>Ailosod y c&amp;yfan i'r hyn a gynhyrchwyd</translation>
        </message>
        <message>
            <source>Show the last &amp;generated form</source>
            <translation>Dangos y ffurflen ddiwethaf a &amp;gynhyrchwyd</translation>
        </message>
        <message>
            <source>Generate the &amp;form</source>
            <translation>Cynhyrchu'r &amp;ffurflen</translation>
        </message>
        <message>
            <source>Freeze the form as it reads now and show it (Ctrl+Return)</source>
            <translation>Rhewi'r ffurflen fel y mae'n darllen nawr a'i dangos (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Prevent referral</source>
            <translation>Atgyfeiriad Atal</translation>
        </message>
        <message>
            <source>Prevent referral.pdf</source>
            <translation>Atgyfeiriad Atal.pdf</translation>
        </message>
        <message>
            <source>About this version of the form</source>
            <translation>Am y fersiwn hon o'r ffurflen</translation>
        </message>
        <message>
            <source>Prepare a &amp;new version…</source>
            <translation>Paratoi fersiwn &amp;newydd…</translation>
        </message>
        <message>
            <source>Review the wording again from the case record as it is now</source>
            <translation>Adolygu'r geiriad eto o gofnod yr achos fel y mae nawr</translation>
        </message>
        <message>
            <source>The section to copy</source>
            <translation>Yr adran i'w chopïo</translation>
        </message>
        <message>
            <source>Copy the section</source>
            <translation>Copïo'r adran</translation>
        </message>
        <message>
            <source>Copy the chosen section as plain text</source>
            <translation>Copïo'r adran a ddewiswyd fel testun plaen</translation>
        </message>
        <message>
            <source>Where your area takes referrals only on the official form or an online portal (in Wales, online only), copy each section into it: this form is your prepared copy and the school's record.</source>
            <translation>Lle mae eich ardal yn derbyn atgyfeiriadau ar y ffurflen swyddogol neu drwy borth ar-lein yn unig (yng Nghymru, ar-lein yn unig), copïwch bob adran iddi: y ffurflen hon yw eich copi parod a chofnod yr ysgol.</translation>
        </message>
        <message>
            <source>Questions still unanswered</source>
            <translation>Cwestiynau heb eu hateb o hyd</translation>
        </message>
        <message>
            <source>Go &amp;back and answer them</source>
            <translation>Mynd yn ôl a'u &amp;hateb</translation>
        </message>
        <message>
            <source>Go back to the case and answer them</source>
            <translation>Mynd yn ôl i'r achos a'u hateb</translation>
        </message>
        <message>
            <source>Generate i&amp;t anyway</source>
            <translation>Creu'r ffurflen beth &amp;bynnag</translation>
        </message>
        <message>
            <source>Generate the form anyway</source>
            <translation>Creu'r ffurflen beth bynnag</translation>
        </message>
        <message>
            <source>Cop&amp;y all as plain text</source>
            <translation>Copïo'r c&amp;yfan fel testun plaen</translation>
        </message>
        <message>
            <source>Copy the whole form as plain text</source>
            <translation>Copïo'r ffurflen gyfan fel testun plaen</translation>
        </message>
        <message>
            <source>Every section, with its heading, for an online form</source>
            <translation>Pob adran, gyda'i phennawd, ar gyfer ffurflen ar-lein</translation>
        </message>
        <message>
            <source>Save as plain te&amp;xt…</source>
            <translation>Cadw fel &amp;testun plaen…</translation>
        </message>
        <message>
            <source>Save the whole form as a plain text file</source>
            <translation>Cadw'r ffurflen gyfan fel ffeil testun plaen</translation>
        </message>
        <message>
            <source>Copied “%1” to the clipboard.</source>
            <translation>Wedi copïo “%1” i'r clipfwrdd.</translation>
        </message>
        <message>
            <source>Paste it into the matching box of the online form.</source>
            <translation>Gludwch ef i'r blwch cyfatebol yn y ffurflen ar-lein.</translation>
        </message>
        <message>
            <source>The whole form is on the clipboard as plain text.</source>
            <translation>Mae'r ffurflen gyfan ar y clipfwrdd fel testun plaen.</translation>
        </message>
        <message>
            <source>Clear the clipboard (copy something else) once you have pasted it.</source>
            <translation>Cliriwch y clipfwrdd (copïwch rywbeth arall) ar ôl ei gludo.</translation>
        </message>
        <message>
            <source>Prevent referral %1.txt</source>
            <translation>Atgyfeiriad Atal %1.txt</translation>
        </message>
        <message>
            <source>Saved as plain text to %1</source>
            <translation>Wedi'i gadw fel testun plaen yn %1</translation>
        </message>
        <message>
            <source>A saved copy is not protected by the vault's encryption.</source>
            <translation>Nid yw copi sydd wedi'i gadw wedi'i ddiogelu gan amgryptio'r gladdgell.</translation>
        </message>
        <message>
            <source>Record sending</source>
            <translation>Cofnodi'r anfon</translation>
        </message>
        <message>
            <source>When the referral was sent</source>
            <translation>Pryd yr anfonwyd yr atgyfeiriad</translation>
        </message>
        <message>
            <source>Who the referral was sent to</source>
            <translation>At bwy yr anfonwyd yr atgyfeiriad</translation>
        </message>
        <message>
            <source>for example the police Prevent team's email</source>
            <translation>er enghraifft e-bost tîm Atal yr heddlu</translation>
        </message>
        <message>
            <source>How the referral was sent</source>
            <translation>Sut yr anfonwyd yr atgyfeiriad</translation>
        </message>
        <message>
            <source>Secure email</source>
            <translation>E-bost diogel</translation>
        </message>
        <message>
            <source>Online referral form</source>
            <translation>Ffurflen atgyfeirio ar-lein</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>Â llaw</translation>
        </message>
        <message>
            <source>By post</source>
            <translation>Drwy'r post</translation>
        </message>
        <message>
            <source>By phone, then the form by secure email</source>
            <translation>Dros y ffôn, yna'r ffurflen drwy e-bost diogel</translation>
        </message>
        <message>
            <source>Police reference</source>
            <translation>Cyfeirnod yr heddlu</translation>
        </message>
        <message>
            <source>if one was given</source>
            <translation>os rhoddwyd un</translation>
        </message>
        <message>
            <source>&amp;When sent:</source>
            <translation>&amp;Pryd yr anfonwyd:</translation>
        </message>
        <message>
            <source>Sent &amp;to:</source>
            <translation>Anfonwyd &amp;at:</translation>
        </message>
        <message>
            <source>&amp;How sent:</source>
            <translation>&amp;Sut yr anfonwyd:</translation>
        </message>
        <message>
            <source>Police &amp;reference:</source>
            <translation>Cyfeirnod yr &amp;heddlu:</translation>
        </message>
        <message>
            <source>Record s&amp;ending</source>
            <translation>C&amp;ofnodi'r anfon</translation>
        </message>
        <message>
            <source>Record that the referral was sent</source>
            <translation>Cofnodi bod yr atgyfeiriad wedi'i anfon</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Anfon</translation>
        </message>
        <message>
            <source>Prevent referral for %1 (%2)</source>
            <translation>Atgyfeiriad Atal ar gyfer %1 (%2)</translation>
        </message>
        <message>
            <source>Prevent referral form — %1</source>
            <translation>Ffurflen atgyfeirio Atal — %1</translation>
        </message>
        <message>
            <source>Prevent referral %1</source>
            <translation>Atgyfeiriad Atal %1</translation>
        </message>
        <message>
            <source>Prevent referral %1.pdf</source>
            <translation>Atgyfeiriad Atal %1.pdf</translation>
        </message>
        <message>
            <source>This concern's decision is not a Prevent referral.</source>
            <translation>Nid atgyfeiriad Atal yw penderfyniad y pryder hwn.</translation>
        </message>
        <message>
            <source>Its decision record can be printed or saved from the case.</source>
            <translation>Gellir argraffu neu gadw ei gofnod penderfyniad o'r achos.</translation>
        </message>
        <message>
            <source>No referral form has been generated for this concern yet.</source>
            <translation>Nid oes ffurflen atgyfeirio wedi'i chynhyrchu ar gyfer y pryder hwn eto.</translation>
        </message>
        <message>
            <source>The DSL or a deputy generates it at the Share step.</source>
            <translation>Mae'r Arweinydd Diogelu neu ddirprwy yn ei chynhyrchu yn y cam Rhannu.</translation>
        </message>
        <message>
            <source>Your unfinished wording was kept and is shown below.</source>
            <translation>Cadwyd eich geiriad heb ei orffen ac fe'i dangosir isod.</translation>
        </message>
        <message>
            <source>An earlier version of the form.</source>
            <translation>Fersiwn gynharach o'r ffurflen.</translation>
        </message>
        <message>
            <source>Generated on %1 by %2 (form %3).</source>
            <translation>Cynhyrchwyd ar %1 gan %2 (ffurflen %3).</translation>
        </message>
        <message>
            <source>an earlier user</source>
            <translation>defnyddiwr cynharach</translation>
        </message>
        <message>
            <source>In your own words: %1.</source>
            <translation>Yn eich geiriau eich hun: %1.</translation>
        </message>
        <message>
            <source>Sent on %1 to %2</source>
            <translation>Anfonwyd ar %1 at %2</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>gan %1</translation>
        </message>
        <message>
            <source>Police reference: %1.</source>
            <translation>Cyfeirnod yr heddlu: %1.</translation>
        </message>
        <message>
            <source>Once the form has gone, record when, to whom and how it was sent.</source>
            <translation>Pan fydd y ffurflen wedi mynd, cofnodwch pryd, at bwy a sut yr anfonwyd hi.</translation>
        </message>
        <message>
            <source>Not recorded as sent.</source>
            <translation>Heb ei gofnodi fel wedi'i anfon.</translation>
        </message>
        <message>
            <source>1 question the form asks has no answer yet:</source>
            <translation>Mae 1 cwestiwn ar y ffurflen heb ei ateb eto:</translation>
        </message>
        <message>
            <source>%1 questions the form asks have no answer yet:</source>
            <translation>Mae %1 o gwestiynau ar y ffurflen heb eu hateb eto:</translation>
        </message>
    </context>
    <context>
        <name>ReferralFields</name>
        <message>
            <source>How and why the school became concerned</source>
            <translation>Sut a pham y daeth yr ysgol yn bryderus</translation>
        </message>
        <message>
            <source>Anything to add to who noticed what, when and where (that part is filled in from the Notice step).</source>
            <translation>Unrhyw beth i'w ychwanegu at bwy a sylwodd ar beth, pryd a ble (mae'r rhan honno'n cael ei llenwi o'r cam Sylwi).</translation>
        </message>
        <message>
            <source>Sympathy or interest in extremism, hate crime or terrorism</source>
            <translation>Cydymdeimlad â neu ddiddordeb mewn eithafiaeth, troseddau casineb neu derfysgaeth</translation>
        </message>
        <message>
            <source>An ideology, group or cause; interest in school shooters, public massacres or murders of public figures.</source>
            <translation>Ideoleg, grŵp neu achos; diddordeb mewn saethwyr ysgol, cyflafanau cyhoeddus neu lofruddiaethau ffigurau cyhoeddus.</translation>
        </message>
        <message>
            <source>Worrying use of phone, internet or social media</source>
            <translation>Defnydd pryderus o ffôn, y rhyngrwyd neu gyfryngau cymdeithasol</translation>
        </message>
        <message>
            <source>How the online activity came to light</source>
            <translation>Sut y daeth y gweithgarwch ar-lein i'r amlwg</translation>
        </message>
        <message>
            <source>For example: seen on a school device, shown by another pupil, reported by a parent.</source>
            <translation>Er enghraifft: wedi'i weld ar ddyfais ysgol, wedi'i ddangos gan ddisgybl arall, wedi'i adrodd gan riant.</translation>
        </message>
        <message>
            <source>Contact with worrying groups or individuals</source>
            <translation>Cysylltiad â grwpiau neu unigolion pryderus</translation>
        </message>
        <message>
            <source>Who, how often, and why it is worrying.</source>
            <translation>Pwy, pa mor aml, a pham ei fod yn peri pryder.</translation>
        </message>
        <message>
            <source>Threats, or a wish to cause harm</source>
            <translation>Bygythiadau, neu ddymuniad i achosi niwed</translation>
        </message>
        <message>
            <source>To whom, when, and what was said (in the person's own words where possible).</source>
            <translation>I bwy, pryd, a beth a ddywedwyd (yng ngeiriau'r person ei hun lle bo modd).</translation>
        </message>
        <message>
            <source>Weapons, explosives or travel plans</source>
            <translation>Arfau, ffrwydron neu gynlluniau teithio</translation>
        </message>
        <message>
            <source>Special educational needs or disability (known or suspected)</source>
            <translation>Anghenion dysgu ychwanegol neu anabledd (hysbys neu a amheuir)</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Iechyd meddwl</translation>
        </message>
        <message>
            <source>Victim of bullying or crime</source>
            <translation>Dioddefwr bwlio neu drosedd</translation>
        </message>
        <message>
            <source>Family or peer concerns</source>
            <translation>Pryderon teuluol neu gyfoedion</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Tai</translation>
        </message>
        <message>
            <source>Substance misuse</source>
            <translation>Camddefnyddio sylweddau</translation>
        </message>
        <message>
            <source>Grievance or conspiracy beliefs</source>
            <translation>Cwyn neu gredoau cynllwyn</translation>
        </message>
        <message>
            <source>Other needs or vulnerabilities</source>
            <translation>Anghenion neu fregusrwydd eraill</translation>
        </message>
        <message>
            <source>Other safeguarding concerns (family, friends, surroundings)</source>
            <translation>Pryderon diogelu eraill (teulu, ffrindiau, amgylchedd)</translation>
        </message>
        <message>
            <source>Social media names and handles</source>
            <translation>Enwau a dolenni cyfryngau cymdeithasol</translation>
        </message>
        <message>
            <source>One per line, with the platform, for example “Instagram: @name”.</source>
            <translation>Un ar bob llinell, gyda'r platfform, er enghraifft “Instagram: @enw”.</translation>
        </message>
        <message>
            <source>Agencies and professionals already working with the person</source>
            <translation>Asiantaethau a gweithwyr proffesiynol sydd eisoes yn gweithio gyda'r person</translation>
        </message>
        <message>
            <source>Discussed with the designated safeguarding lead or Prevent lead</source>
            <translation>Wedi'i drafod gyda'r arweinydd dynodedig diogelu neu arweinydd Atal</translation>
        </message>
        <message>
            <source>The person knows about this referral</source>
            <translation>Mae'r person yn gwybod am yr atgyfeiriad hwn</translation>
        </message>
        <message>
            <source>A referral does not need the person's consent, but the form asks whether they know.</source>
            <translation>Nid oes angen cydsyniad y person ar gyfer atgyfeiriad, ond mae'r ffurflen yn gofyn a yw'n gwybod.</translation>
        </message>
        <message>
            <source>Parents or carers told or involved (under 18), and whether they support it</source>
            <translation>Rhieni neu ofalwyr wedi cael gwybod neu'n rhan ohono (dan 18), ac a ydynt yn ei gefnogi</translation>
        </message>
        <message>
            <source>Not if telling them would put the child at risk: say so in the details.</source>
            <translation>Nid os byddai dweud wrthynt yn rhoi'r plentyn mewn perygl: dywedwch hynny yn y manylion.</translation>
        </message>
        <message>
            <source>Conversations held with the child</source>
            <translation>Sgyrsiau a gynhaliwyd gyda'r plentyn</translation>
        </message>
        <message>
            <source>Action taken since the concern arose</source>
            <translation>Camau a gymerwyd ers i'r pryder godi</translation>
        </message>
        <message>
            <source>Discussed with other agencies</source>
            <translation>Wedi'i drafod gydag asiantaethau eraill</translation>
        </message>
        <message>
            <source>What worries us</source>
            <translation>Beth sy'n ein poeni</translation>
        </message>
        <message>
            <source>What may happen if nothing is done and the needs are not met</source>
            <translation>Beth allai ddigwydd os na wneir dim ac os na chaiff yr anghenion eu diwallu</translation>
        </message>
        <message>
            <source>The referrer's relationship to the person</source>
            <translation>Perthynas yr atgyfeiriwr â'r person</translation>
        </message>
    </context>
    <context>
        <name>ReferralQuestions</name>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Ddim yn hysbys</translation>
        </message>
        <message>
            <source>Yes, known or suspected</source>
            <translation>Oes, yn hysbys neu dan amheuaeth</translation>
        </message>
        <message>
            <source>None known</source>
            <translation>Dim yn hysbys</translation>
        </message>
        <message>
            <source>Children's social care or the MASH</source>
            <translation>Gofal cymdeithasol i blant neu'r MASH</translation>
        </message>
        <message>
            <source>Early help</source>
            <translation>Cymorth cynnar</translation>
        </message>
        <message>
            <source>Local authority designated officer (LADO)</source>
            <translation>Swyddog dynodedig yr awdurdod lleol (LADO)</translation>
        </message>
        <message>
            <source>Adult social care</source>
            <translation>Gofal cymdeithasol i oedolion</translation>
        </message>
        <message>
            <source>Another safeguarding route</source>
            <translation>Llwybr diogelu arall</translation>
        </message>
        <message>
            <source>No parallel referral (say why)</source>
            <translation>Dim atgyfeiriad cyfochrog (dywedwch pam)</translation>
        </message>
        <message>
            <source>How “%1” was explored and what was concluded</source>
            <translation>Sut yr archwiliwyd “%1” a beth oedd y casgliad</translation>
        </message>
        <message>
            <source>The referral made alongside this one (or why none was made)</source>
            <translation>Yr atgyfeiriad a wnaed ochr yn ochr â hwn (neu pam na wnaed un)</translation>
        </message>
        <message>
            <source>Your direct phone (Settings, Accounts)</source>
            <translation>Eich ffôn uniongyrchol (Gosodiadau, Cyfrifon)</translation>
        </message>
        <message>
            <source>Your professional email address (Settings, Accounts)</source>
            <translation>Eich cyfeiriad e-bost proffesiynol (Gosodiadau, Cyfrifon)</translation>
        </message>
        <message>
            <source>Another DSL or deputy to contact when you are away (Settings, Accounts)</source>
            <translation>Arweinydd diogelu neu ddirprwy arall i gysylltu â nhw pan fyddwch i ffwrdd (Gosodiadau, Cyfrifon)</translation>
        </message>
        <message>
            <source>Answered so far</source>
            <translation>Wedi'i ateb hyd yma</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Manylion: %1</translation>
        </message>
        <message>
            <source>details</source>
            <translation>manylion</translation>
        </message>
        <message>
            <source>Still to answer for the form</source>
            <translation>I'w ateb o hyd ar gyfer y ffurflen</translation>
        </message>
        <message>
            <source>Questions the referral form asks</source>
            <translation>Cwestiynau'r ffurflen atgyfeirio</translation>
        </message>
        <message>
            <source>Answer each one on purpose. “Not known” and “None known” are answers; a question left blank shows as not asked yet, and generating the form lists it.</source>
            <translation>Atebwch bob un yn fwriadol. Mae “Ddim yn hysbys” a “Dim yn hysbys” yn atebion; mae cwestiwn a adawyd yn wag yn dangos fel heb ei ofyn eto, ac mae creu'r ffurflen yn ei restru.</translation>
        </message>
        <message>
            <source>Checks already made</source>
            <translation>Gwiriadau a wnaed eisoes</translation>
        </message>
        <message>
            <source>Complex needs and vulnerabilities</source>
            <translation>Anghenion cymhleth a bregusrwydd</translation>
        </message>
        <message>
            <source>Save the answers</source>
            <translation>Cadw'r atebion</translation>
        </message>
        <message>
            <source>Save the answers to the form's questions</source>
            <translation>Cadw'r atebion i gwestiynau'r ffurflen</translation>
        </message>
        <message>
            <source>Answered for you: %1 You can answer it yourself instead.</source>
            <translation>Wedi'i ateb ar eich rhan: %1 Gallwch ei ateb eich hun yn lle hynny.</translation>
        </message>
        <message>
            <source>Not asked yet.</source>
            <translation>Heb ei ofyn eto.</translation>
        </message>
        <message>
            <source>Nothing new to save.</source>
            <translation>Dim byd newydd i'w gadw.</translation>
        </message>
        <message>
            <source>Saved %1 answers.</source>
            <translation>Wedi cadw %1 o atebion.</translation>
        </message>
        <message>
            <source>Saved 1 answer.</source>
            <translation>Wedi cadw 1 ateb.</translation>
        </message>
        <message>
            <source>The referrer is the school's designated safeguarding lead.</source>
            <translation>Yr atgyfeiriwr yw arweinydd dynodedig diogelu'r ysgol.</translation>
        </message>
        <message>
            <source>The referrer is a deputy designated safeguarding lead.</source>
            <translation>Mae'r atgyfeiriwr yn ddirprwy arweinydd dynodedig diogelu.</translation>
        </message>
        <message>
            <source>The parallel referral</source>
            <translation>Yr atgyfeiriad cyfochrog</translation>
        </message>
        <message>
            <source>Parallel referrals recorded</source>
            <translation>Atgyfeiriadau cyfochrog a gofnodwyd</translation>
        </message>
        <message>
            <source>Where the parallel referral went</source>
            <translation>I ble aeth yr atgyfeiriad cyfochrog</translation>
        </message>
        <message>
            <source>Route:</source>
            <translation>Llwybr:</translation>
        </message>
        <message>
            <source>Date the parallel referral was made</source>
            <translation>Y dyddiad y gwnaed yr atgyfeiriad cyfochrog</translation>
        </message>
        <message>
            <source>Date made:</source>
            <translation>Dyddiad ei wneud:</translation>
        </message>
        <message>
            <source>Their reference</source>
            <translation>Eu cyfeirnod</translation>
        </message>
        <message>
            <source>if one was given</source>
            <translation>os rhoddwyd un</translation>
        </message>
        <message>
            <source>Their reference:</source>
            <translation>Eu cyfeirnod:</translation>
        </message>
        <message>
            <source>Notes, or why no parallel referral was made</source>
            <translation>Nodiadau, neu pam na wnaed atgyfeiriad cyfochrog</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Nodiadau:</translation>
        </message>
        <message>
            <source>Record the parallel referral</source>
            <translation>Cofnodi'r atgyfeiriad cyfochrog</translation>
        </message>
        <message>
            <source>made on %1</source>
            <translation>wedi'i wneud ar %1</translation>
        </message>
        <message>
            <source>reference %1</source>
            <translation>cyfeirnod %1</translation>
        </message>
        <message>
            <source>None recorded yet.</source>
            <translation>Dim wedi'i gofnodi eto.</translation>
        </message>
        <message>
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad fel dd/mm/bbbb.</translation>
        </message>
        <message>
            <source>Immediate risk</source>
            <translation>Risg uniongyrchol</translation>
        </message>
        <message>
            <source>The immediate-risk statement</source>
            <translation>Y datganiad am risg uniongyrchol</translation>
        </message>
        <message>
            <source>Record a 999 call…</source>
            <translation>Cofnodi galwad 999…</translation>
        </message>
        <message>
            <source>Record a 999 call or other emergency action</source>
            <translation>Cofnodi galwad 999 neu gam brys arall</translation>
        </message>
        <message>
            <source>None identified at the time</source>
            <translation>Dim wedi'i nodi ar y pryd</translation>
        </message>
        <message>
            <source>Record that no immediate risk was identified</source>
            <translation>Cofnodi na nodwyd unrhyw risg uniongyrchol</translation>
        </message>
        <message>
            <source>If someone is in danger now, call 999 first. Then record what was done; the concern stays where it is, and a referral can still follow.</source>
            <translation>Os oes rhywun mewn perygl nawr, ffoniwch 999 yn gyntaf. Yna cofnodwch yr hyn a wnaed; mae'r pryder yn aros lle mae, a gall atgyfeiriad ddilyn o hyd.</translation>
        </message>
        <message>
            <source>What was done, such as the 999 call, and by whom</source>
            <translation>Beth a wnaed, fel yr alwad 999, a chan bwy</translation>
        </message>
        <message>
            <source>What was done:</source>
            <translation>Beth a wnaed:</translation>
        </message>
        <message>
            <source>When the emergency action was taken</source>
            <translation>Pryd y cymerwyd y camau brys</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Pryd:</translation>
        </message>
        <message>
            <source>Record the emergency action</source>
            <translation>Cofnodi'r cam brys</translation>
        </message>
        <message>
            <source>⚠ Immediate risk identified. Action taken (%1): %2</source>
            <translation>⚠ Nodwyd risg uniongyrchol. Y camau a gymerwyd (%1): %2</translation>
        </message>
        <message>
            <source>No immediate risk was identified at the time.</source>
            <translation>Ni nodwyd unrhyw risg uniongyrchol ar y pryd.</translation>
        </message>
        <message>
            <source>Immediate risk has not been answered yet.</source>
            <translation>Nid yw'r cwestiwn am risg uniongyrchol wedi'i ateb eto.</translation>
        </message>
        <message>
            <source>Before you refer</source>
            <translation>Cyn i chi atgyfeirio</translation>
        </message>
        <message>
            <source>What the form still needs</source>
            <translation>Yr hyn sydd ei angen ar y ffurflen o hyd</translation>
        </message>
        <message>
            <source>Questions still open</source>
            <translation>Cwestiynau sy'n dal ar agor</translation>
        </message>
        <message>
            <source>Your contact details on the form</source>
            <translation>Eich manylion cyswllt ar y ffurflen</translation>
        </message>
        <message>
            <source>✓ Everything the form asks has an answer.</source>
            <translation>✓ Mae ateb i bopeth y mae'r ffurflen yn ei ofyn.</translation>
        </message>
        <message>
            <source>1 thing the form asks is still open:</source>
            <translation>Mae 1 peth ar y ffurflen yn dal ar agor:</translation>
        </message>
        <message>
            <source>%1 things the form asks are still open:</source>
            <translation>Mae %1 o bethau ar y ffurflen yn dal ar agor:</translation>
        </message>
        <message>
            <source>%1 of the form's questions, below</source>
            <translation>%1 o gwestiynau'r ffurflen, isod</translation>
        </message>
        <message>
            <source>On the form as the referrer: %1, phone %2, email %3.</source>
            <translation>Ar y ffurflen fel yr atgyfeiriwr: %1, ffôn %2, e-bost %3.</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>heb ei roi</translation>
        </message>
        <message>
            <source>Alternative contact: %1 (%2).</source>
            <translation>Cyswllt arall: %1 (%2).</translation>
        </message>
        <message>
            <source>no phone or email yet</source>
            <translation>dim ffôn nac e-bost eto</translation>
        </message>
    </context>
    <context>
        <name>ReferralReviewPanel</name>
        <message>
            <source>Referral wording</source>
            <translation>Geiriad yr atgyfeiriad</translation>
        </message>
        <message>
            <source>Each section below was written from the case record. Read it through and change the wording where it helps the reader; what you change is printed in place of the generated text, and the change is kept on the case record. To change the facts themselves, correct the case record instead.</source>
            <translation>Ysgrifennwyd pob adran isod o gofnod yr achos. Darllenwch hi drwyddi a newidiwch y geiriad lle mae'n helpu'r darllenydd; mae'r hyn a newidiwch yn cael ei argraffu yn lle'r testun a gynhyrchwyd, a chedwir y newid ar gofnod yr achos. I newid y ffeithiau eu hunain, cywirwch gofnod yr achos yn lle hynny.</translation>
        </message>
        <message>
            <source>Changed sections</source>
            <translation>Adrannau a newidiwyd</translation>
        </message>
        <message>
            <source>&amp;About the person</source>
            <translation>&amp;Am y person</translation>
        </message>
        <message>
            <source>The &amp;concern</source>
            <translation>Y &amp;pryder</translation>
        </message>
        <message>
            <source>&amp;Information and where it came from</source>
            <translation>&amp;Gwybodaeth ac o ble y daeth</translation>
        </message>
        <message>
            <source>Complex &amp;needs and vulnerabilities</source>
            <translation>A&amp;nghenion cymhleth a bregusrwydd</translation>
        </message>
        <message>
            <source>&amp;Other information</source>
            <translation>Gwybodaeth a&amp;rall</translation>
        </message>
        <message>
            <source>Chec&amp;ks already made</source>
            <translation>G&amp;wiriadau a wnaed eisoes</translation>
        </message>
        <message>
            <source>What we are &amp;worried about</source>
            <translation>Beth sy'n ein p&amp;oeni</translation>
        </message>
        <message>
            <source>&amp;Referrer</source>
            <translation>A&amp;tgyfeiriwr</translation>
        </message>
        <message>
            <source>No section changed: the generated wording will be used.</source>
            <translation>Dim adran wedi'i newid: defnyddir y geiriad a gynhyrchwyd.</translation>
        </message>
        <message>
            <source>1 section in your own words: %1</source>
            <translation>1 adran yn eich geiriau eich hun: %1</translation>
        </message>
        <message>
            <source>%n sections in your own words: %1</source>
            <translation>%n adran yn eich geiriau eich hun: %1</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Chwilio:</translation>
        </message>
        <message>
            <source>name, job title, staff code or email</source>
            <translation>enw, teitl swydd, cod staff neu e-bost</translation>
        </message>
        <message>
            <source>Search the register</source>
            <translation>Chwilio'r gofrestr</translation>
        </message>
        <message>
            <source>Show &amp;leavers</source>
            <translation>&amp;Dangos y rhai sydd wedi gadael</translation>
        </message>
        <message>
            <source>Show people who have left</source>
            <translation>Dangos pobl sydd wedi gadael</translation>
        </message>
        <message>
            <source>Staff register</source>
            <translation>Cofrestr staff</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ychwanegu…</translation>
        </message>
        <message>
            <source>Add a member of staff</source>
            <translation>Ychwanegu aelod o staff</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Golygu…</translation>
        </message>
        <message>
            <source>Edit the selected member of staff</source>
            <translation>Golygu'r aelod o staff a ddewiswyd</translation>
        </message>
        <message>
            <source>&amp;Mark as left…</source>
            <translation>&amp;Marcio fel wedi gadael…</translation>
        </message>
        <message>
            <source>Mark the selected member of staff as left</source>
            <translation>Marcio bod yr aelod o staff a ddewiswyd wedi gadael</translation>
        </message>
        <message>
            <source>Showing %1 · %2 current staff</source>
            <translation>Yn dangos %1 · %2 aelod presennol o staff</translation>
        </message>
        <message>
            <source>%1 was added to the register.</source>
            <translation>Ychwanegwyd %1 at y gofrestr.</translation>
        </message>
        <message>
            <source>%1's details were saved.</source>
            <translation>Cadwyd manylion %1.</translation>
        </message>
        <message>
            <source>%1 is marked as left. Their training history is kept.</source>
            <translation>Mae %1 wedi'i farcio fel wedi gadael. Cedwir ei hanes hyfforddiant.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>What the import will do</source>
            <translation>Beth fydd y mewnforio'n ei wneud</translation>
        </message>
        <message>
            <source>Nothing has been changed yet. Check the list, then import.</source>
            <translation>Nid oes dim wedi'i newid eto. Gwiriwch y rhestr, yna mewnforiwch.</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Crynodeb y mewnforio</translation>
        </message>
        <message>
            <source>Rows of the file and what happens to each</source>
            <translation>Rhesi'r ffeil a beth sy'n digwydd i bob un</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Llinell</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Beth sy'n digwydd</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>Import the valid rows and &amp;skip the rejected ones</source>
            <translation>Mewnforio'r rhesi dilys a &amp;hepgor y rhai a wrthodwyd</translation>
        </message>
        <message>
            <source>Skip the rejected rows</source>
            <translation>Hepgor y rhesi a wrthodwyd</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ychwanegu</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Diweddaru</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Dim newid</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Wedi'i wrthod</translation>
        </message>
        <message>
            <source>%1: “%2” → “%3”</source>
            <translation>%1: “%2” → “%3”</translation>
        </message>
        <message>
            <source>%1 to add, %2 to update, %3 unchanged, %4 rejected</source>
            <translation>%1 i'w hychwanegu, %2 i'w diweddaru, %3 heb eu newid, %4 wedi'u gwrthod</translation>
        </message>
        <message>
            <source>Because %1 rows are rejected, nothing will be imported unless you tick the box above. You can also correct the file and start again.</source>
            <translation>Gan fod %1 rhes wedi'u gwrthod, ni fewnforir dim oni bai eich bod yn ticio'r blwch uchod. Gallwch hefyd gywiro'r ffeil a dechrau eto.</translation>
        </message>
        <message>
            <source>Importing the staff list…</source>
            <translation>Wrthi'n mewnforio'r rhestr staff…</translation>
        </message>
    </context>
    <context>
        <name>RequirementDialog</name>
        <message>
            <source>Add a requirement</source>
            <translation>Ychwanegu gofyniad</translation>
        </message>
        <message>
            <source>Edit a requirement</source>
            <translation>Golygu gofyniad</translation>
        </message>
        <message>
            <source>Role type</source>
            <translation>Math o rôl</translation>
        </message>
        <message>
            <source>Course needed</source>
            <translation>Y cwrs sydd ei angen</translation>
        </message>
        <message>
            <source> days after starting</source>
            <translation> diwrnod ar ôl dechrau</translation>
        </message>
        <message>
            <source>Due within days of starting</source>
            <translation>Yn ddyledus o fewn dyddiau o ddechrau</translation>
        </message>
        <message>
            <source>Refresh every</source>
            <translation>Adnewyddu bob</translation>
        </message>
        <message>
            <source>as the course says</source>
            <translation>fel y mae'r cwrs yn ei ddweud</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mis</translation>
        </message>
        <message>
            <source>Why this is required</source>
            <translation>Pam mae hyn yn ofynnol</translation>
        </message>
        <message>
            <source>&amp;Role type:</source>
            <translation>&amp;Math o rôl:</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Cwrs:</translation>
        </message>
        <message>
            <source>&amp;Due within:</source>
            <translation>&amp;Yn ddyledus o fewn:</translation>
        </message>
        <message>
            <source>Re&amp;fresh:</source>
            <translation>&amp;Adnewyddu:</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Pam:</translation>
        </message>
        <message>
            <source>Choose the course.</source>
            <translation>Dewiswch y cwrs.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <source>Restoring replaces everything in this vault with what the backup holds. The backup is checked in full first; the current vault is kept beside it until you choose to keep the restored one or undo the restore.</source>
            <translation>Mae adfer yn disodli popeth yn y gladdgell hon â'r hyn sydd yn y copi wrth gefn. Caiff y copi wrth gefn ei wirio'n llawn yn gyntaf; cedwir y gladdgell bresennol wrth ei ochr nes i chi ddewis cadw'r un a adferwyd neu ddadwneud yr adferiad.</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Ffeil y copi wrth gefn</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>P&amp;ori…</translation>
        </message>
        <message>
            <source>Choose the backup file</source>
            <translation>Dewis ffeil y copi wrth gefn</translation>
        </message>
        <message>
            <source>Backup &amp;file:</source>
            <translation>&amp;Ffeil y copi wrth gefn:</translation>
        </message>
        <message>
            <source>Passphrase or recovery code</source>
            <translation>Cyfrinymadrodd neu god adfer</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery code:</source>
            <translation>&amp;Cyfrinymadrodd neu god adfer:</translation>
        </message>
        <message>
            <source>Your own passphrase, a passphrase the backup was given, or the school's recovery code.</source>
            <translation>Eich cyfrinymadrodd eich hun, cyfrinymadrodd a roddwyd i'r copi wrth gefn, neu god adfer yr ysgol.</translation>
        </message>
        <message>
            <source>&amp;Check the backup</source>
            <translation>&amp;Gwirio'r copi wrth gefn</translation>
        </message>
        <message>
            <source>What the backup holds</source>
            <translation>Beth sydd yn y copi wrth gefn</translation>
        </message>
        <message>
            <source>Made:</source>
            <translation>Gwnaed:</translation>
        </message>
        <message>
            <source>School:</source>
            <translation>Ysgol:</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Cofnodion:</translation>
        </message>
        <message>
            <source>Audit trail:</source>
            <translation>Trywydd archwilio:</translation>
        </message>
        <message>
            <source>Opened with:</source>
            <translation>Agorwyd gyda:</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Adfer…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Dewis copi wrth gefn</translation>
        </message>
        <message>
            <source>DSL Desktop backups (*.dslbackup);;All files (*)</source>
            <translation>Copïau wrth gefn DSL Desktop (*.dslbackup);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Choose the backup file first.</source>
            <translation>Dewiswch ffeil y copi wrth gefn yn gyntaf.</translation>
        </message>
        <message>
            <source>Enter a passphrase or the recovery code.</source>
            <translation>Rhowch gyfrinymadrodd neu'r cod adfer.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Wrthi'n gwirio'r copi wrth gefn…</translation>
        </message>
        <message>
            <source>%1 events, every link checked</source>
            <translation>%1 digwyddiad, pob cyswllt wedi'i wirio</translation>
        </message>
        <message>
            <source>the backup's own passphrase</source>
            <translation>cyfrinymadrodd y copi wrth gefn ei hun</translation>
        </message>
        <message>
            <source>an account passphrase</source>
            <translation>cyfrinymadrodd cyfrif</translation>
        </message>
        <message>
            <source>the recovery code</source>
            <translation>y cod adfer</translation>
        </message>
        <message>
            <source>The backup is sound: every check passed.</source>
            <translation>Mae'r copi wrth gefn yn iawn: llwyddodd pob gwiriad.</translation>
        </message>
    </context>
    <context>
        <name>RetentionTab</name>
        <message>
            <source>How long records are kept before review</source>
            <translation>Am faint y cedwir cofnodion cyn eu hadolygu</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Math o gofnod</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Wedi'i gyfrif o</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Blynyddoedd</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Retention rules</source>
            <translation>Rheolau cadw</translation>
        </message>
        <message>
            <source>Save the &amp;rules</source>
            <translation>Cadw'r &amp;rheolau</translation>
        </message>
        <message>
            <source>Due for review</source>
            <translation>Yn ddyledus i'w adolygu</translation>
        </message>
        <message>
            <source>Review each record with the school's records policy in mind. Keep it if there is still a reason to (an open case, a request from another agency); otherwise delete it permanently.</source>
            <translation>Adolygwch bob cofnod gan gadw polisi cofnodion yr ysgol mewn cof. Cadwch ef os oes rheswm o hyd i wneud hynny (achos agored, cais gan asiantaeth arall); fel arall dilëwch ef yn barhaol.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Cofnod</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Adolygiad yn ddyledus</translation>
        </message>
        <message>
            <source>How the date was worked out</source>
            <translation>Sut y cyfrifwyd y dyddiad</translation>
        </message>
        <message>
            <source>Records due for review</source>
            <translation>Cofnodion sy'n ddyledus i'w hadolygu</translation>
        </message>
        <message>
            <source>Nothing is due for review.</source>
            <translation>Nid oes dim yn ddyledus i'w adolygu.</translation>
        </message>
        <message>
            <source>&amp;Delete permanently…</source>
            <translation>&amp;Dileu'n barhaol…</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Dyddiad geni</translation>
        </message>
        <message>
            <source>Date the concern was closed</source>
            <translation>Dyddiad cau'r pryder</translation>
        </message>
        <message>
            <source>Date they left</source>
            <translation>Dyddiad gadael</translation>
        </message>
        <message>
            <source>Years to keep: %1</source>
            <translation>Blynyddoedd i'w gadw: %1</translation>
        </message>
        <message>
            <source>The record was deleted permanently (%1 rows), and the vault's free space cleared.</source>
            <translation>Cafodd y cofnod ei ddileu'n barhaol (%1 rhes), a chliriwyd y lle gwag yn y gladdgell.</translation>
        </message>
        <message>
            <source>Backups made before today still hold it until they are replaced.</source>
            <translation>Mae copïau wrth gefn a wnaed cyn heddiw yn dal i'w gadw nes iddynt gael eu disodli.</translation>
        </message>
        <message>
            <source>Retention rules saved.</source>
            <translation>Rheolau cadw wedi'u cadw.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Designated Safeguarding Lead</source>
            <translation>Arweinydd Dynodedig Diogelu</translation>
        </message>
        <message>
            <source>Deputy DSL</source>
            <translation>Dirprwy Arweinydd Diogelu</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Adolygydd</translation>
        </message>
        <message>
            <source>Training administrator</source>
            <translation>Gweinyddwr hyfforddiant</translation>
        </message>
    </context>
    <context>
        <name>RuleDialog</name>
        <message>
            <source>Job-title rule</source>
            <translation>Rheol teitl swydd</translation>
        </message>
        <message>
            <source>Job titles this rule matches</source>
            <translation>Teitlau swyddi y mae'r rheol hon yn cyfateb iddynt</translation>
        </message>
        <message>
            <source>Unless the job title matches</source>
            <translation>Oni bai bod y teitl swydd yn cyfateb i</translation>
        </message>
        <message>
            <source>Note about the rule</source>
            <translation>Nodyn am y rheol</translation>
        </message>
        <message>
            <source>&amp;Matches:</source>
            <translation>&amp;Yn cyfateb i:</translation>
        </message>
        <message>
            <source>&amp;Unless:</source>
            <translation>&amp;Oni bai:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nodyn:</translation>
        </message>
        <message>
            <source>Patterns are regular expressions matched anywhere in the job title, ignoring case: “teacher|tutor” matches either word.</source>
            <translation>Mynegiadau rheolaidd yw'r patrymau, wedi'u paru unrhyw le yn y teitl swydd, gan anwybyddu priflythrennau: mae “teacher|tutor” yn cyfateb i'r naill air neu'r llall.</translation>
        </message>
        <message>
            <source>Role types it suggests</source>
            <translation>Mathau o rôl y mae'n eu hawgrymu</translation>
        </message>
        <message>
            <source>Suggest %1</source>
            <translation>Awgrymu %1</translation>
        </message>
    </context>
    <context>
        <name>SchoolPage</name>
        <message>
            <source>Your school</source>
            <translation>Eich ysgol</translation>
        </message>
        <message>
            <source>These details appear on referral forms. Only the name is needed now.</source>
            <translation>Mae'r manylion hyn yn ymddangos ar ffurflenni atgyfeirio. Dim ond yr enw sydd ei angen nawr.</translation>
        </message>
    </context>
    <context>
        <name>SectionEditor</name>
        <message>
            <source>Changed</source>
            <translation>Wedi newid</translation>
        </message>
        <message>
            <source>Reset to generated</source>
            <translation>Ailosod i'r hyn a gynhyrchwyd</translation>
        </message>
        <message>
            <source>Reset “%1” to the generated wording</source>
            <translation>Ailosod “%1” i'r geiriad a gynhyrchwyd</translation>
        </message>
        <message>
            <source>Go back to the wording made from the case record</source>
            <translation>Mynd yn ôl i'r geiriad a wnaed o gofnod yr achos</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copïo</translation>
        </message>
        <message>
            <source>Copy “%1” as plain text</source>
            <translation>Copïo “%1” fel testun plaen</translation>
        </message>
        <message>
            <source>Copy this section's text, to paste into an online referral form</source>
            <translation>Copïo testun yr adran hon, i'w gludo i ffurflen atgyfeirio ar-lein</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Wedi'i gopïo</translation>
        </message>
        <message>
            <source>Copied “%1” to the clipboard: paste it into the matching box of the online form.</source>
            <translation>Wedi copïo “%1” i'r clipfwrdd: gludwch ef i'r blwch cyfatebol yn y ffurflen ar-lein.</translation>
        </message>
        <message>
            <source>✎ Changed — your wording will be printed in place of the generated text</source>
            <translation>✎ Wedi newid — bydd eich geiriad yn cael ei argraffu yn lle'r testun a gynhyrchwyd</translation>
        </message>
        <message>
            <source>Empty — the generated wording will be printed</source>
            <translation>Gwag — bydd y geiriad a gynhyrchwyd yn cael ei argraffu</translation>
        </message>
    </context>
    <context>
        <name>SendingForm</name>
        <message>
            <source>2. Record sending</source>
            <translation>2. Cofnodi'r anfon</translation>
        </message>
        <message>
            <source>Record sending</source>
            <translation>Cofnodi'r anfon</translation>
        </message>
        <message>
            <source>When the referral was sent</source>
            <translation>Pryd yr anfonwyd yr atgyfeiriad</translation>
        </message>
        <message>
            <source>&amp;When sent:</source>
            <translation>&amp;Pryd yr anfonwyd:</translation>
        </message>
        <message>
            <source>Who the referral was sent to</source>
            <translation>At bwy yr anfonwyd yr atgyfeiriad</translation>
        </message>
        <message>
            <source>for example the police Prevent team's email</source>
            <translation>er enghraifft e-bost tîm Atal yr heddlu</translation>
        </message>
        <message>
            <source>Sent &amp;to:</source>
            <translation>Anfonwyd &amp;at:</translation>
        </message>
        <message>
            <source>How the referral was sent</source>
            <translation>Sut yr anfonwyd yr atgyfeiriad</translation>
        </message>
        <message>
            <source>Secure email</source>
            <translation>E-bost diogel</translation>
        </message>
        <message>
            <source>Online referral form</source>
            <translation>Ffurflen atgyfeirio ar-lein</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>Â llaw</translation>
        </message>
        <message>
            <source>By post</source>
            <translation>Drwy'r post</translation>
        </message>
        <message>
            <source>&amp;How sent:</source>
            <translation>&amp;Sut yr anfonwyd:</translation>
        </message>
        <message>
            <source>Police reference</source>
            <translation>Cyfeirnod yr heddlu</translation>
        </message>
        <message>
            <source>if one was given</source>
            <translation>os rhoddwyd un</translation>
        </message>
        <message>
            <source>Police &amp;reference:</source>
            <translation>Cyfeirnod yr &amp;heddlu:</translation>
        </message>
    </context>
    <context>
        <name>SessionRecord</name>
        <message>
            <source>A whole-staff session</source>
            <translation>Sesiwn i'r holl staff</translation>
        </message>
        <message>
            <source>Session course</source>
            <translation>Cwrs y sesiwn</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Dyddiad y sesiwn</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>Nodiadau'r sesiwn</translation>
        </message>
        <message>
            <source>for example: INSET day, delivered by the DSL</source>
            <translation>er enghraifft: diwrnod HMS, wedi'i gyflwyno gan yr Arweinydd Diogelu</translation>
        </message>
        <message>
            <source>Co&amp;urse:</source>
            <translation>C&amp;wrs:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>&amp;Dyddiad:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>No&amp;diadau:</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Canfod:</translation>
        </message>
        <message>
            <source>Find staff in the list</source>
            <translation>Canfod staff yn y rhestr</translation>
        </message>
        <message>
            <source>Tick all &amp;shown</source>
            <translation>&amp;Ticio pawb a ddangosir</translation>
        </message>
        <message>
            <source>Tick everyone shown</source>
            <translation>Ticio pawb a ddangosir</translation>
        </message>
        <message>
            <source>U&amp;ntick all</source>
            <translation>Dad-dicio &amp;pawb</translation>
        </message>
        <message>
            <source>Untick everyone</source>
            <translation>Dad-dicio pawb</translation>
        </message>
        <message>
            <source>Staff who attended</source>
            <translation>Staff a fynychodd</translation>
        </message>
        <message>
            <source>Record for &amp;ticked staff</source>
            <translation>C&amp;ofnodi ar gyfer y staff a diciwyd</translation>
        </message>
        <message>
            <source>Record the session for the ticked staff</source>
            <translation>Cofnodi'r sesiwn ar gyfer y staff a diciwyd</translation>
        </message>
        <message>
            <source>%1 ticked</source>
            <translation>%1 wedi'u ticio</translation>
        </message>
        <message>
            <source>Choose the course.</source>
            <translation>Dewiswch y cwrs.</translation>
        </message>
        <message numerus="yes">
            <source>Recorded %1 for %n person(s).</source>
            <translation>
                <numerusform>Cofnodwyd %1 ar gyfer %n person.</numerusform>
                <numerusform>Cofnodwyd %1 ar gyfer %n person.</numerusform>
                <numerusform>Cofnodwyd %1 ar gyfer %n person.</numerusform>
                <numerusform>Cofnodwyd %1 ar gyfer %n person.</numerusform>
                <numerusform>Cofnodwyd %1 ar gyfer %n person.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 already had it on record for that date.</source>
            <translation>Roedd %1 eisoes wedi'i gofnodi ar gyfer y dyddiad hwnnw.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>The system keychain did not respond as expected.</source>
            <translation>Ni ymatebodd storfa allweddi'r system yn ôl y disgwyl.</translation>
        </message>
        <message>
            <source>Try again later, or sign in with your passphrase.</source>
            <translation>Rhowch gynnig arall arni yn nes ymlaen, neu mewngofnodwch gyda'ch cyfrinymadrodd.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Gosodiadau</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Adrannau'r gosodiadau</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Cyffredinol</translation>
        </message>
        <message>
            <source>S&amp;chool</source>
            <translation>&amp;Ysgol</translation>
        </message>
        <message>
            <source>Local &amp;contacts</source>
            <translation>Cysylltiadau &amp;lleol</translation>
        </message>
        <message>
            <source>&amp;Accounts</source>
            <translation>Cyf&amp;rifon</translation>
        </message>
        <message>
            <source>Passphrase and &amp;recovery</source>
            <translation>Cyfrinymadrodd ac &amp;adfer</translation>
        </message>
        <message>
            <source>Staff reporting</source>
            <translation>Adrodd gan staff</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Cloi</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> munud</translation>
        </message>
        <message>
            <source>Lock after this many minutes without use</source>
            <translation>Cloi ar ôl hyn o funudau heb ddefnydd</translation>
        </message>
        <message>
            <source>&amp;Lock after:</source>
            <translation>Cl&amp;oi ar ôl:</translation>
        </message>
        <message>
            <source>Applies to everyone using this vault. Press Ctrl+L to lock at once. Whatever you were typing is kept.</source>
            <translation>Yn berthnasol i bawb sy'n defnyddio'r gladdgell hon. Pwyswch Ctrl+L i gloi ar unwaith. Cedwir beth bynnag roeddech yn ei deipio.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer</source>
            <translation>Co&amp;fio fi ar y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Remember me on this computer</source>
            <translation>Cofio fi ar y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>&amp;Forget this computer</source>
            <translation>Ang&amp;hofio'r cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Forget this computer</source>
            <translation>Anghofio'r cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Remembering keeps a key in this computer's keychain so you can sign in without your passphrase. Use it only on a computer nobody else signs in to.</source>
            <translation>Mae cofio yn cadw allwedd yn storfa allweddi'r cyfrifiadur hwn fel y gallwch fewngofnodi heb eich cyfrinymadrodd. Defnyddiwch hyn ar gyfrifiadur nad oes neb arall yn mewngofnodi iddo yn unig.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Iaith</translation>
        </message>
        <message>
            <source>Language of DSL Desktop on this computer</source>
            <translation>Iaith DSL Desktop ar y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>As this computer (%1)</source>
            <translation>Fel y cyfrifiadur hwn (%1)</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>&amp;Iaith:</translation>
        </message>
        <message>
            <source>The new language is used from the next time DSL Desktop starts.</source>
            <translation>Defnyddir yr iaith newydd o'r tro nesaf y bydd DSL Desktop yn dechrau.</translation>
        </message>
        <message>
            <source>Only the DSL or a deputy can change these.</source>
            <translation>Dim ond yr Arweinydd Diogelu neu ddirprwy all newid y rhain.</translation>
        </message>
        <message>
            <source>Who you contact locally about a Prevent concern.</source>
            <translation>Pwy rydych yn cysylltu â nhw'n lleol am bryder Atal.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cyfrifon</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Sign-in name</source>
            <translation>Enw mewngofnodi</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Direct phone</source>
            <translation>Ffôn uniongyrchol</translation>
        </message>
        <message>
            <source>Professional email</source>
            <translation>E-bost proffesiynol</translation>
        </message>
        <message>
            <source>A&amp;dd account…</source>
            <translation>Ych&amp;wanegu cyfrif…</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Ychwanegu cyfrif</translation>
        </message>
        <message>
            <source>Re&amp;move account…</source>
            <translation>&amp;Tynnu cyfrif…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Tynnu cyfrif</translation>
        </message>
        <message>
            <source>Removing an account stops it signing in; its history stays in the records.</source>
            <translation>Mae tynnu cyfrif yn ei atal rhag mewngofnodi; mae ei hanes yn aros yn y cofnodion.</translation>
        </message>
        <message>
            <source>Only the DSL can add or remove accounts.</source>
            <translation>Dim ond yr Arweinydd Diogelu all ychwanegu neu dynnu cyfrifon.</translation>
        </message>
        <message>
            <source>Contact details for referral forms</source>
            <translation>Manylion cyswllt ar gyfer ffurflenni atgyfeirio</translation>
        </message>
        <message>
            <source>Professional email address</source>
            <translation>Cyfeiriad e-bost proffesiynol</translation>
        </message>
        <message>
            <source>Direct p&amp;hone:</source>
            <translation>&amp;Ffôn uniongyrchol:</translation>
        </message>
        <message>
            <source>Professional &amp;email:</source>
            <translation>&amp;E-bost proffesiynol:</translation>
        </message>
        <message>
            <source>Save the contact details</source>
            <translation>Cadw'r manylion cyswllt</translation>
        </message>
        <message>
            <source>Alternative contact</source>
            <translation>Cyswllt arall</translation>
        </message>
        <message>
            <source>Your own line and address, printed on the referral forms you make.</source>
            <translation>Eich rhif ffôn a'ch cyfeiriad chi, wedi'u hargraffu ar y ffurflenni atgyfeirio rydych yn eu gwneud.</translation>
        </message>
        <message>
            <source>For %1: choose an account in the list above to change its details.</source>
            <translation>Ar gyfer %1: dewiswch gyfrif yn y rhestr uchod i newid ei fanylion.</translation>
        </message>
        <message>
            <source>no phone or email yet</source>
            <translation>dim ffôn nac e-bost eto</translation>
        </message>
        <message>
            <source>Named on your referral forms as the alternative contact when you are away: %1.</source>
            <translation>Wedi'i enwi ar eich ffurflenni atgyfeirio fel y cyswllt arall pan fyddwch i ffwrdd: %1.</translation>
        </message>
        <message>
            <source>No other DSL or deputy has an account, so your referral forms name no alternative contact. Add a deputy's account, with their phone and email.</source>
            <translation>Nid oes gan unrhyw arweinydd diogelu na dirprwy arall gyfrif, felly nid yw eich ffurflenni atgyfeirio yn enwi cyswllt arall. Ychwanegwch gyfrif dirprwy, gyda'i ffôn a'i e-bost.</translation>
        </message>
        <message>
            <source>Contact details saved for %1.</source>
            <translation>Manylion cyswllt wedi'u cadw ar gyfer %1.</translation>
        </message>
        <message>
            <source>Change my passphrase</source>
            <translation>Newid fy nghyfrinymadrodd</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Cyfrinymadrodd presennol</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>Cyfrinymadrodd &amp;presennol:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>Cyfrinymadrodd &amp;newydd:</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>Newi&amp;d y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Newid y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Cod adfer</translation>
        </message>
        <message>
            <source>Make a new recovery code if the old one is lost or someone else may have seen it. The old code stops working at once.</source>
            <translation>Gwnewch god adfer newydd os yw'r hen un ar goll neu os gallai rhywun arall fod wedi'i weld. Mae'r hen god yn stopio gweithio ar unwaith.</translation>
        </message>
        <message>
            <source>Make a &amp;new recovery code…</source>
            <translation>&amp;Gwneud cod adfer newydd…</translation>
        </message>
        <message>
            <source>Make a new recovery code</source>
            <translation>Gwneud cod adfer newydd</translation>
        </message>
        <message>
            <source>Only the DSL can do this.</source>
            <translation>Dim ond yr Arweinydd Diogelu all wneud hyn.</translation>
        </message>
        <message>
            <source>The vault's key</source>
            <translation>Allwedd y gladdgell</translation>
        </message>
        <message>
            <source>Rotate the key if an old copy of the vault's files, or a passphrase of an account that has been removed, may be in the wrong hands. Everyone signs in as before; old copies of the key file stop opening the vault. Removing an account rotates the key too. Backups made before keep opening with the passphrases of their time.</source>
            <translation>Cylchdrowch yr allwedd os gallai hen gopi o ffeiliau'r gladdgell, neu gyfrinymadrodd cyfrif a dynnwyd, fod yn y dwylo anghywir. Mae pawb yn mewngofnodi fel o'r blaen; mae hen gopïau o'r ffeil allweddi yn peidio ag agor y gladdgell. Mae tynnu cyfrif yn cylchdroi'r allwedd hefyd. Mae copïau wrth gefn a wnaed cyn hynny yn dal i agor gyda chyfrinymadroddion eu cyfnod.</translation>
        </message>
        <message>
            <source>Rotate the &amp;key…</source>
            <translation>Cylchdroi'r &amp;allwedd…</translation>
        </message>
        <message>
            <source>Rotate the key</source>
            <translation>Cylchdroi'r allwedd</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Gweithredol</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Wedi'i dynnu</translation>
        </message>
        <message>
            <source>Active (you)</source>
            <translation>Gweithredol (chi)</translation>
        </message>
        <message>
            <source>This computer remembers you: you can sign in without your passphrase.</source>
            <translation>Mae'r cyfrifiadur hwn yn eich cofio: gallwch fewngofnodi heb eich cyfrinymadrodd.</translation>
        </message>
        <message>
            <source>This computer does not remember you.</source>
            <translation>Nid yw'r cyfrifiadur hwn yn eich cofio.</translation>
        </message>
        <message>
            <source>This computer now remembers you.</source>
            <translation>Mae'r cyfrifiadur hwn yn eich cofio nawr.</translation>
        </message>
        <message>
            <source>This computer no longer remembers you. Sign in with your passphrase.</source>
            <translation>Nid yw'r cyfrifiadur hwn yn eich cofio mwyach. Mewngofnodwch gyda'ch cyfrinymadrodd.</translation>
        </message>
        <message>
            <source>Account added for %1.</source>
            <translation>Ychwanegwyd cyfrif ar gyfer %1.</translation>
        </message>
        <message>
            <source>Remove account?</source>
            <translation>Tynnu'r cyfrif?</translation>
        </message>
        <message>
            <source>Remove the account of %1? They will no longer be able to sign in. What they recorded stays.</source>
            <translation>Tynnu cyfrif %1? Ni fyddant yn gallu mewngofnodi mwyach. Mae'r hyn a gofnodwyd ganddynt yn aros.</translation>
        </message>
        <message>
            <source>The account was removed and the vault's key was rotated: its old passphrase no longer opens the vault, even with an old copy of its files.</source>
            <translation>Tynnwyd y cyfrif a chylchdrowyd allwedd y gladdgell: nid yw ei hen gyfrinymadrodd yn agor y gladdgell mwyach, hyd yn oed gyda hen gopi o'i ffeiliau.</translation>
        </message>
        <message>
            <source>The account was removed, but the vault's key was not rotated yet.</source>
            <translation>Tynnwyd y cyfrif, ond nid yw allwedd y gladdgell wedi'i chylchdroi eto.</translation>
        </message>
        <message>
            <source>Rotate the vault's key?</source>
            <translation>Cylchdroi allwedd y gladdgell?</translation>
        </message>
        <message>
            <source>The database is re-encrypted with a new key, which takes a moment. Everyone signs in as before. Rotate the key now?</source>
            <translation>Caiff y gronfa ddata ei hail-amgryptio ag allwedd newydd, sy'n cymryd ennyd. Mae pawb yn mewngofnodi fel o'r blaen. Cylchdroi'r allwedd nawr?</translation>
        </message>
        <message>
            <source>The vault's key was rotated. Old copies of its key file no longer open it; backups made before still open with the passphrases of their time.</source>
            <translation>Cylchdrowyd allwedd y gladdgell. Nid yw hen gopïau o'i ffeil allweddi yn ei hagor mwyach; mae copïau wrth gefn a wnaed cyn hynny yn dal i agor gyda chyfrinymadroddion eu cyfnod.</translation>
        </message>
        <message>
            <source>Your current passphrase is not right.</source>
            <translation>Nid yw eich cyfrinymadrodd presennol yn gywir.</translation>
        </message>
        <message>
            <source>Nothing was changed. Type your current passphrase again.</source>
            <translation>Ni newidiwyd dim. Teipiwch eich cyfrinymadrodd presennol eto.</translation>
        </message>
        <message>
            <source>Your passphrase has been changed. Use the new one next time you sign in.</source>
            <translation>Mae eich cyfrinymadrodd wedi'i newid. Defnyddiwch yr un newydd y tro nesaf y byddwch yn mewngofnodi.</translation>
        </message>
        <message>
            <source>Make a new recovery code?</source>
            <translation>Gwneud cod adfer newydd?</translation>
        </message>
        <message>
            <source>The current recovery code will stop working at once. Make a new one now?</source>
            <translation>Bydd y cod adfer presennol yn stopio gweithio ar unwaith. Gwneud un newydd nawr?</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up DSL Desktop</source>
            <translation>Sefydlu DSL Desktop</translation>
        </message>
        <message>
            <source>Set-up wizard</source>
            <translation>Dewin sefydlu</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Nesaf</translation>
        </message>
        <message>
            <source>Create the vault</source>
            <translation>Creu'r gladdgell</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Gorffen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Phone and email not saved: add them in Settings</source>
            <translation>Ni chadwyd y ffôn a'r e-bost: ychwanegwch nhw yn y Gosodiadau</translation>
        </message>
        <message>
            <source>Local contacts not saved</source>
            <translation>Cysylltiadau lleol heb eu cadw</translation>
        </message>
        <message>
            <source>Close set-up?</source>
            <translation>Cau'r sefydlu?</translation>
        </message>
        <message>
            <source>The vault has been created, but you have not confirmed that the recovery code is printed or saved. It will not be shown again; a DSL can make a new one later in Settings.

Close set-up anyway?</source>
            <translation>Mae'r gladdgell wedi'i chreu, ond nid ydych wedi cadarnhau bod y cod adfer wedi'i argraffu neu ei gadw. Ni fydd yn cael ei ddangos eto; gall Arweinydd Diogelu wneud un newydd yn nes ymlaen yn y Gosodiadau.

Cau'r sefydlu beth bynnag?</translation>
        </message>
    </context>
    <context>
        <name>ShareStep</name>
        <message>
            <source>Share: the Prevent referral</source>
            <translation>Rhannu: yr atgyfeiriad Atal</translation>
        </message>
        <message>
            <source>For a Prevent referral in Wales: prepare the referral here as the school's copy, then make it on the online National Referral Form (online only since 25 October 2024), which goes to counter-terrorism policing and the local authority together; record when, to whom and how it went.</source>
            <translation>Ar gyfer atgyfeiriad Atal yng Nghymru: paratowch yr atgyfeiriad yma fel copi'r ysgol, yna gwnewch ef ar y Ffurflen Atgyfeirio Genedlaethol ar-lein (ar-lein yn unig ers 25 Hydref 2024), sy'n mynd at blismona gwrthderfysgaeth a'r awdurdod lleol gyda'i gilydd; cofnodwch pryd, at bwy a sut yr aeth.</translation>
        </message>
        <message>
            <source>For a Prevent referral: prepare the national referral form, send it to the police Prevent team, and record when, to whom and how it went. For a child, a referral to children's social care may be needed as well.</source>
            <translation>Ar gyfer atgyfeiriad Atal: paratowch y ffurflen atgyfeirio genedlaethol, anfonwch hi at dîm Atal yr heddlu, a chofnodwch pryd, at bwy a sut yr aeth. Ar gyfer plentyn, efallai y bydd angen atgyfeiriad at ofal cymdeithasol i blant hefyd.</translation>
        </message>
        <message>
            <source>Decision recor&amp;d…</source>
            <translation>Cofnod penderf&amp;yniad…</translation>
        </message>
        <message>
            <source>Decision record: print or save it</source>
            <translation>Cofnod penderfyniad: ei argraffu neu ei gadw</translation>
        </message>
        <message>
            <source>1. The referral form</source>
            <translation>1. Y ffurflen atgyfeirio</translation>
        </message>
        <message>
            <source>The form is filled in from the case. Review the wording, generate it, then print it or save it as a PDF to send securely.</source>
            <translation>Mae'r ffurflen yn cael ei llenwi o'r achos. Adolygwch y geiriad, ei chynhyrchu, yna ei hargraffu neu ei chadw fel PDF i'w hanfon yn ddiogel.</translation>
        </message>
        <message>
            <source>Referral &amp;form…</source>
            <translation>&amp;Ffurflen atgyfeirio…</translation>
        </message>
        <message>
            <source>Referral form: review, generate, print or save</source>
            <translation>Ffurflen atgyfeirio: adolygu, cynhyrchu, argraffu neu gadw</translation>
        </message>
        <message>
            <source>The referral form</source>
            <translation>Y ffurflen atgyfeirio</translation>
        </message>
        <message>
            <source>2. Sending</source>
            <translation>2. Anfon</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Anfon</translation>
        </message>
        <message>
            <source>Police reference, when it arrives</source>
            <translation>Cyfeirnod yr heddlu, pan fydd yn cyrraedd</translation>
        </message>
        <message>
            <source>Police &amp;reference:</source>
            <translation>Cyfeirnod yr &amp;heddlu:</translation>
        </message>
        <message>
            <source>&amp;Add the reference</source>
            <translation>Ychwanegu'r &amp;cyfeirnod</translation>
        </message>
        <message>
            <source>Add the police reference</source>
            <translation>Ychwanegu cyfeirnod yr heddlu</translation>
        </message>
        <message>
            <source>3. What happened to the referral</source>
            <translation>3. Beth ddigwyddodd i'r atgyfeiriad</translation>
        </message>
        <message>
            <source>Outcome of the referral</source>
            <translation>Canlyniad yr atgyfeiriad</translation>
        </message>
        <message>
            <source>4. What next</source>
            <translation>4. Beth nesaf</translation>
        </message>
        <message>
            <source>Date of the next review</source>
            <translation>Dyddiad yr adolygiad nesaf</translation>
        </message>
        <message>
            <source>Next review da&amp;te:</source>
            <translation>&amp;Dyddiad yr adolygiad nesaf:</translation>
        </message>
        <message>
            <source>Why the concern can be closed</source>
            <translation>Pam y gellir cau'r pryder</translation>
        </message>
        <message>
            <source>only needed to close</source>
            <translation>dim ond ei angen i gau</translation>
        </message>
        <message>
            <source>Closing &amp;note:</source>
            <translation>&amp;Nodyn cau:</translation>
        </message>
        <message>
            <source>Move to Re&amp;view</source>
            <translation>Symud i'r cam Ad&amp;olygu</translation>
        </message>
        <message>
            <source>Move to Review on the date set</source>
            <translation>Symud i'r cam Adolygu ar y dyddiad a osodwyd</translation>
        </message>
        <message>
            <source>C&amp;lose the concern</source>
            <translation>C&amp;au'r pryder</translation>
        </message>
        <message>
            <source>Close the concern</source>
            <translation>Cau'r pryder</translation>
        </message>
        <message>
            <source>This step is for a Prevent referral. It opens when the decision at Decide is to refer.</source>
            <translation>Mae'r cam hwn ar gyfer atgyfeiriad Atal. Mae'n agor pan mai atgyfeirio yw'r penderfyniad yn y cam Penderfynu.</translation>
        </message>
        <message>
            <source>The decision was “%1”, so no referral is needed here. Actions and review dates are under “Actions and reviews”.</source>
            <translation>Y penderfyniad oedd “%1”, felly nid oes angen atgyfeiriad yma. Mae camau gweithredu a dyddiadau adolygu o dan “Camau gweithredu ac adolygiadau”.</translation>
        </message>
        <message>
            <source>You can read this step; only the DSL or a deputy can send a referral.</source>
            <translation>Gallwch ddarllen y cam hwn; dim ond yr Arweinydd Diogelu neu ddirprwy all anfon atgyfeiriad.</translation>
        </message>
        <message>
            <source>The concern is closed.</source>
            <translation>Mae'r pryder ar gau.</translation>
        </message>
        <message>
            <source>Generated %1 by %2 (form version %3).</source>
            <translation>Cynhyrchwyd %1 gan %2 (fersiwn %3 o'r ffurflen).</translation>
        </message>
        <message>
            <source>Not generated yet.</source>
            <translation>Heb ei gynhyrchu eto.</translation>
        </message>
        <message>
            <source>Sent on %1 to %2</source>
            <translation>Anfonwyd ar %1 at %2</translation>
        </message>
        <message>
            <source>, by %1</source>
            <translation>, gan %1</translation>
        </message>
        <message>
            <source>Police reference: %1.</source>
            <translation>Cyfeirnod yr heddlu: %1.</translation>
        </message>
        <message>
            <source>No police reference yet.</source>
            <translation>Dim cyfeirnod yr heddlu eto.</translation>
        </message>
        <message>
            <source>Not recorded as sent yet.</source>
            <translation>Heb ei gofnodi fel wedi'i anfon eto.</translation>
        </message>
        <message>
            <source>, learned on %1</source>
            <translation>, dysgwyd ar %1</translation>
        </message>
        <message>
            <source>Nothing heard yet.</source>
            <translation>Dim newyddion eto.</translation>
        </message>
        <message>
            <source>Move the concern to Review to look at it again on a set date, or close it once the outcome is known.</source>
            <translation>Symudwch y pryder i'r cam Adolygu i edrych arno eto ar ddyddiad penodol, neu caewch ef pan fydd y canlyniad yn hysbys.</translation>
        </message>
        <message>
            <source>Before closing: %1</source>
            <translation>Cyn cau: %1</translation>
        </message>
        <message>
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Teipiwch y dyddiad fel dd/mm/bbbb.</translation>
        </message>
        <message>
            <source>The concern cannot move to %1 yet:</source>
            <translation>Ni all y pryder symud i'r cam %1 eto:</translation>
        </message>
    </context>
    <context>
        <name>SingleRecord</name>
        <message>
            <source>One person</source>
            <translation>Un person</translation>
        </message>
        <message>
            <source>Member of staff</source>
            <translation>Aelod o staff</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cwrs</translation>
        </message>
        <message>
            <source>Date completed</source>
            <translation>Dyddiad cwblhau</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Dim ffeil wedi'i dewis</translation>
        </message>
        <message>
            <source>Certificate file</source>
            <translation>Ffeil y dystysgrif</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Dewis…</translation>
        </message>
        <message>
            <source>Choose the certificate file</source>
            <translation>Dewis ffeil y dystysgrif</translation>
        </message>
        <message>
            <source>Cl&amp;ear</source>
            <translation>C&amp;lirio</translation>
        </message>
        <message>
            <source>Remove the chosen certificate file</source>
            <translation>Tynnu ffeil y dystysgrif a ddewiswyd</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Cwrs:</translation>
        </message>
        <message>
            <source>Completed &amp;on:</source>
            <translation>Cwblhawyd &amp;ar:</translation>
        </message>
        <message>
            <source>Cer&amp;tificate:</source>
            <translation>&amp;Tystysgrif:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Nodiadau:</translation>
        </message>
        <message>
            <source>The certificate (a PDF, or a photo or scan of it) is kept inside the encrypted vault. The Home Office site keeps certificates only briefly.</source>
            <translation>Cedwir y dystysgrif (PDF, neu lun neu sgan ohoni) y tu mewn i'r gladdgell wedi'i hamgryptio. Dim ond am gyfnod byr y mae gwefan y Swyddfa Gartref yn cadw tystysgrifau.</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>C&amp;ofnodi</translation>
        </message>
        <message>
            <source>Record this training</source>
            <translation>Cofnodi'r hyfforddiant hwn</translation>
        </message>
        <message>
            <source>Training on record</source>
            <translation>Hyfforddiant ar gofnod</translation>
        </message>
        <message>
            <source>Training on record for this person</source>
            <translation>Hyfforddiant ar gofnod ar gyfer y person hwn</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Cwblhawyd</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Tystysgrif</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Cofnodwyd gan</translation>
        </message>
        <message>
            <source>Sa&amp;ve certificate as…</source>
            <translation>Cadw'r dystysgrif &amp;fel…</translation>
        </message>
        <message>
            <source>Save a copy of the certificate</source>
            <translation>Cadw copi o'r dystysgrif</translation>
        </message>
        <message>
            <source>A&amp;dd certificate…</source>
            <translation>&amp;Ychwanegu tystysgrif…</translation>
        </message>
        <message>
            <source>Add a certificate to the selected record</source>
            <translation>Ychwanegu tystysgrif at y cofnod a ddewiswyd</translation>
        </message>
        <message>
            <source>Re&amp;move record…</source>
            <translation>Tynn&amp;u'r cofnod…</translation>
        </message>
        <message>
            <source>Remove the selected training record</source>
            <translation>Tynnu'r cofnod hyfforddiant a ddewiswyd</translation>
        </message>
        <message>
            <source>Choose the certificate</source>
            <translation>Dewis y dystysgrif</translation>
        </message>
        <message>
            <source>PDF or picture (%1);;All files (*)</source>
            <translation>PDF neu lun (%1);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>“%1” is too large to keep (%2 MB at most).</source>
            <translation>Mae “%1” yn rhy fawr i'w gadw (%2 MB ar y mwyaf).</translation>
        </message>
        <message>
            <source>“%1” could not be read (%2).</source>
            <translation>Nid oedd modd darllen “%1” (%2).</translation>
        </message>
        <message>
            <source>“%1” is not a PDF or a picture.</source>
            <translation>Nid PDF na llun yw “%1”.</translation>
        </message>
        <message>
            <source>Keep the certificate as a PDF, or a photo or scan of it.</source>
            <translation>Cadwch y dystysgrif fel PDF, neu lun neu sgan ohoni.</translation>
        </message>
        <message>
            <source>Choose the member of staff from the list.</source>
            <translation>Dewiswch yr aelod o staff o'r rhestr.</translation>
        </message>
        <message>
            <source>Choose the course.</source>
            <translation>Dewiswch y cwrs.</translation>
        </message>
        <message>
            <source>Recorded %1 on %2 for %3.</source>
            <translation>Cofnodwyd %1 ar %2 ar gyfer %3.</translation>
        </message>
        <message>
            <source>The certificate is kept in the vault.</source>
            <translation>Cedwir y dystysgrif yn y gladdgell.</translation>
        </message>
        <message>
            <source>The copy could not be saved (%1).</source>
            <translation>Nid oedd modd cadw'r copi (%1).</translation>
        </message>
        <message>
            <source>Saved a copy to %1. It is not encrypted there: delete it when done.</source>
            <translation>Cadwyd copi yn %1. Nid yw wedi'i amgryptio yno: dilëwch ef pan fyddwch wedi gorffen.</translation>
        </message>
        <message>
            <source>Remove this record?</source>
            <translation>Tynnu'r cofnod hwn?</translation>
        </message>
        <message>
            <source>Remove %1 on %2 from this person's training, with its certificate? Only do this for a record entered by mistake.</source>
            <translation>Tynnu %1 ar %2 o hyfforddiant y person hwn, gyda'i dystysgrif? Gwnewch hyn dim ond ar gyfer cofnod a roddwyd i mewn trwy gamgymeriad.</translation>
        </message>
        <message>
            <source>The record was removed.</source>
            <translation>Tynnwyd y cofnod.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Add a member of staff</source>
            <translation>Ychwanegu aelod o staff</translation>
        </message>
        <message>
            <source>Edit staff details</source>
            <translation>Golygu manylion staff</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <source>Forename</source>
            <translation>Enw cyntaf</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Enw canol</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Enw dewisol</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Cyfenw</translation>
        </message>
        <message>
            <source>Staff code</source>
            <translation>Cod staff</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Cyfeiriad e-bost</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Dyddiad dechrau</translation>
        </message>
        <message>
            <source>Leaving date</source>
            <translation>Dyddiad gadael</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;Teitl:</translation>
        </message>
        <message>
            <source>&amp;Forename:</source>
            <translation>&amp;Enw cyntaf:</translation>
        </message>
        <message>
            <source>&amp;Middle name:</source>
            <translation>Enw c&amp;anol:</translation>
        </message>
        <message>
            <source>&amp;Preferred name:</source>
            <translation>Enw &amp;dewisol:</translation>
        </message>
        <message>
            <source>&amp;Surname:</source>
            <translation>&amp;Cyfenw:</translation>
        </message>
        <message>
            <source>Staff &amp;code:</source>
            <translation>C&amp;od staff:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>E-&amp;bost:</translation>
        </message>
        <message>
            <source>&amp;Job title:</source>
            <translation>Teitl &amp;swydd:</translation>
        </message>
        <message>
            <source>S&amp;tart date:</source>
            <translation>Dyddiad dec&amp;hrau:</translation>
        </message>
        <message>
            <source>&amp;Leaving date:</source>
            <translation>Dyddiad &amp;gadael:</translation>
        </message>
        <message>
            <source>Role types (what training this person needs)</source>
            <translation>Mathau o rôl (pa hyfforddiant sydd ei angen ar y person hwn)</translation>
        </message>
        <message>
            <source>Role type: %1</source>
            <translation>Math o rôl: %1</translation>
        </message>
        <message>
            <source>S&amp;uggest from job title</source>
            <translation>A&amp;wgrymu o'r teitl swydd</translation>
        </message>
        <message>
            <source>Suggest role types from the job title</source>
            <translation>Awgrymu mathau o rôl o'r teitl swydd</translation>
        </message>
        <message>
            <source>Enter the job title first.</source>
            <translation>Rhowch y teitl swydd yn gyntaf.</translation>
        </message>
        <message>
            <source>Suggested for “%1”: %2. Check them before saving.</source>
            <translation>Awgrymwyd ar gyfer “%1”: %2. Gwiriwch nhw cyn cadw.</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>dyddiad dechrau</translation>
        </message>
        <message>
            <source>leaving date</source>
            <translation>dyddiad gadael</translation>
        </message>
        <message>
            <source>The %1 %2.</source>
            <translation>Y %1 %2.</translation>
        </message>
    </context>
    <context>
        <name>StaffReportWindow</name>
        <message>
            <source>Report a safeguarding concern</source>
            <translation>Adrodd pryder diogelu</translation>
        </message>
        <message>
            <source>Use an intake &amp;key file…</source>
            <translation>Defnyddio ffeil &amp;allwedd derbyn…</translation>
        </message>
        <message>
            <source>Use an intake key file</source>
            <translation>Defnyddio ffeil allwedd derbyn</translation>
        </message>
        <message>
            <source>First: is anyone in immediate danger?</source>
            <translation>Yn gyntaf: a oes unrhyw un mewn perygl uniongyrchol?</translation>
        </message>
        <message>
            <source>Is anyone in immediate danger?</source>
            <translation>A oes unrhyw un mewn perygl uniongyrchol?</translation>
        </message>
        <message>
            <source>Immediate danger means someone could be hurt now or very soon: a threat of violence, a weapon, someone about to harm themselves or others, or about to travel to a conflict zone.</source>
            <translation>Ystyr perygl uniongyrchol yw y gallai rhywun gael ei anafu nawr neu'n fuan iawn: bygythiad o drais, arf, rhywun ar fin niweidio ei hun neu eraill, neu ar fin teithio i ardal o wrthdaro.</translation>
        </message>
        <message>
            <source>&amp;Yes, someone is in danger now</source>
            <translation>&amp;Oes, mae rhywun mewn perygl nawr</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Beth ddigwyddodd</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Eich enw</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>Eich rôl</translation>
        </message>
        <message>
            <source>For example: teaching assistant, cook</source>
            <translation>Er enghraifft: cynorthwyydd addysgu, cogydd</translation>
        </message>
        <message>
            <source>Who the concern is about</source>
            <translation>Am bwy mae'r pryder</translation>
        </message>
        <message>
            <source>Their name, and class or year if a pupil</source>
            <translation>Eu henw, a'r dosbarth neu'r flwyddyn os ydynt yn ddisgybl</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Pryd y digwyddodd</translation>
        </message>
        <message>
            <source>Where it happened</source>
            <translation>Ble y digwyddodd</translation>
        </message>
        <message>
            <source>What you saw or heard</source>
            <translation>Beth a welsoch neu a glywsoch</translation>
        </message>
        <message>
            <source>Write down exactly what was said, in the person's own words, and what you saw. Keep to the facts; if you add an opinion, say that it is one.</source>
            <translation>Ysgrifennwch yn union beth a ddywedwyd, yng ngeiriau'r person ei hun, a beth a welsoch. Cadwch at y ffeithiau; os ydych yn ychwanegu barn, dywedwch mai barn yw hi.</translation>
        </message>
        <message>
            <source>Who else was there</source>
            <translation>Pwy arall oedd yno</translation>
        </message>
        <message>
            <source>What you have done so far</source>
            <translation>Beth rydych wedi'i wneud hyd yma</translation>
        </message>
        <message>
            <source>Your &amp;name *</source>
            <translation>Eich &amp;enw *</translation>
        </message>
        <message>
            <source>Your &amp;role</source>
            <translation>Eich &amp;rôl</translation>
        </message>
        <message>
            <source>&amp;Who is it about? *</source>
            <translation>Am &amp;bwy mae e? *</translation>
        </message>
        <message>
            <source>Wh&amp;en?</source>
            <translation>&amp;Pryd?</translation>
        </message>
        <message>
            <source>W&amp;here?</source>
            <translation>B&amp;le?</translation>
        </message>
        <message>
            <source>What did you &amp;see or hear? *</source>
            <translation>Beth a &amp;welsoch neu a glywsoch? *</translation>
        </message>
        <message>
            <source>Who else was &amp;there?</source>
            <translation>Pwy arall oedd &amp;yno?</translation>
        </message>
        <message>
            <source>What have you &amp;done so far?</source>
            <translation>Beth rydych wedi'i w&amp;neud hyd yma?</translation>
        </message>
        <message>
            <source>* must be filled in</source>
            <translation>* rhaid ei lenwi</translation>
        </message>
        <message>
            <source>Seal and send to the DS&amp;L</source>
            <translation>Selio a'i anfon at yr &amp;Arweinydd Diogelu</translation>
        </message>
        <message>
            <source>Seal and send to the DSL</source>
            <translation>Selio a'i anfon at yr Arweinydd Diogelu</translation>
        </message>
        <message>
            <source>Seal and save &amp;as…</source>
            <translation>Selio a'i gadw &amp;fel…</translation>
        </message>
        <message>
            <source>Seal and save as a file for email</source>
            <translation>Selio a'i gadw fel ffeil i'w e-bostio</translation>
        </message>
        <message>
            <source>Save the sealed report as a file to attach to an email to the DSL</source>
            <translation>Cadw'r adroddiad wedi'i selio fel ffeil i'w hatodi at e-bost i'r Arweinydd Diogelu</translation>
        </message>
        <message>
            <source>Your report has been sealed</source>
            <translation>Mae eich adroddiad wedi'i selio</translation>
        </message>
        <message>
            <source>Receipt code</source>
            <translation>Cod derbynneb</translation>
        </message>
        <message>
            <source>Nothing you typed is kept on this computer: the form has been emptied. Only the school's DSL can open the sealed report. If you remember something more, or the situation changes, make another report or speak to the DSL.</source>
            <translation>Nid oes dim a deipiwyd gennych yn cael ei gadw ar y cyfrifiadur hwn: mae'r ffurflen wedi'i gwagio. Dim ond Arweinydd Diogelu'r ysgol all agor yr adroddiad wedi'i selio. Os cofiwch rywbeth arall, neu os bydd y sefyllfa'n newid, gwnewch adroddiad arall neu siaradwch â'r Arweinydd Diogelu.</translation>
        </message>
        <message>
            <source>Report &amp;another concern</source>
            <translation>Adrodd pryder &amp;arall</translation>
        </message>
        <message>
            <source>Report another concern</source>
            <translation>Adrodd pryder arall</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>C&amp;au</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Use this form to pass a safeguarding concern to your school's Designated Safeguarding Lead (DSL).</source>
            <translation>Defnyddiwch y ffurflen hon i drosglwyddo pryder diogelu i Arweinydd Diogelu Dynodedig eich ysgol.</translation>
        </message>
        <message>
            <source>Ask your DSL, or the school's IT support, to install the school's intake key (a file called school.dslintake) on this computer. Until then, tell the DSL in person or use the school's paper form.</source>
            <translation>Gofynnwch i'ch Arweinydd Diogelu, neu i gymorth TG yr ysgol, osod allwedd derbyn yr ysgol (ffeil o'r enw school.dslintake) ar y cyfrifiadur hwn. Tan hynny, dywedwch wrth yr Arweinydd Diogelu wyneb yn wyneb neu defnyddiwch ffurflen bapur yr ysgol.</translation>
        </message>
        <message>
            <source>This computer is not set up to send reports to a school yet.</source>
            <translation>Nid yw'r cyfrifiadur hwn wedi'i osod i anfon adroddiadau at ysgol eto.</translation>
        </message>
        <message>
            <source>What you write here is sealed on this computer so that only the DSL of %1 can read it. Nothing is kept on this computer.</source>
            <translation>Mae'r hyn a ysgrifennwch yma yn cael ei selio ar y cyfrifiadur hwn fel mai dim ond Arweinydd Diogelu %1 all ei ddarllen. Nid oes dim yn cael ei gadw ar y cyfrifiadur hwn.</translation>
        </message>
        <message>
            <source>The school's intake key</source>
            <translation>Allwedd derbyn yr ysgol</translation>
        </message>
        <message>
            <source>Intake key (*.dslintake)</source>
            <translation>Allwedd derbyn (*.dslintake)</translation>
        </message>
        <message>
            <source>The school has not named a folder for reports: use Seal and save as.</source>
            <translation>Nid yw'r ysgol wedi enwi ffolder ar gyfer adroddiadau: defnyddiwch Selio a'i gadw fel.</translation>
        </message>
        <message>
            <source>Call 999 now.</source>
            <translation>Ffoniwch 999 nawr.</translation>
        </message>
        <message>
            <source>Phone the police or an ambulance on 999 before anything else, then tell the DSL in person straight away. When everyone is safe, come back and finish this report.</source>
            <translation>Ffoniwch yr heddlu neu ambiwlans ar 999 cyn dim arall, yna dywedwch wrth yr Arweinydd Diogelu wyneb yn wyneb ar unwaith. Pan fydd pawb yn ddiogel, dewch yn ôl i orffen yr adroddiad hwn.</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>eich enw</translation>
        </message>
        <message>
            <source>who the concern is about</source>
            <translation>am bwy mae'r pryder</translation>
        </message>
        <message>
            <source>what you saw or heard</source>
            <translation>beth a welsoch neu a glywsoch</translation>
        </message>
        <message>
            <source>First answer: is anyone in immediate danger?</source>
            <translation>Atebwch yn gyntaf: a oes unrhyw un mewn perygl uniongyrchol?</translation>
        </message>
        <message>
            <source>Please fill in %1.</source>
            <translation>Llenwch %1, os gwelwch yn dda.</translation>
        </message>
        <message>
            <source>Part of the report is too long to send.</source>
            <translation>Mae rhan o'r adroddiad yn rhy hir i'w anfon.</translation>
        </message>
        <message>
            <source>The report could not be written to %1.</source>
            <translation>Nid oedd modd ysgrifennu'r adroddiad i %1.</translation>
        </message>
        <message>
            <source>Try Seal and save as, or tell the DSL in person.</source>
            <translation>Rhowch gynnig ar Selio a'i gadw fel, neu dywedwch wrth yr Arweinydd Diogelu wyneb yn wyneb.</translation>
        </message>
        <message>
            <source>The school's folder for reports cannot be reached: %1</source>
            <translation>Nid oes modd cyrraedd ffolder adroddiadau'r ysgol: %1</translation>
        </message>
        <message>
            <source>Check that you are connected to the school network, or use Seal and save as and email the file to the DSL.</source>
            <translation>Gwiriwch eich bod wedi'ch cysylltu â rhwydwaith yr ysgol, neu defnyddiwch Selio a'i gadw fel ac e-bostio'r ffeil at yr Arweinydd Diogelu.</translation>
        </message>
        <message>
            <source>Save the sealed report</source>
            <translation>Cadw'r adroddiad wedi'i selio</translation>
        </message>
        <message>
            <source>Sealed report (*%1)</source>
            <translation>Adroddiad wedi'i selio (*%1)</translation>
        </message>
        <message>
            <source>It is in the school's folder for reports, and the DSL will see it the next time they open DSL Desktop. Your receipt code is:</source>
            <translation>Mae yn ffolder adroddiadau'r ysgol, a bydd yr Arweinydd Diogelu yn ei weld y tro nesaf y bydd yn agor DSL Desktop. Eich cod derbynneb yw:</translation>
        </message>
        <message>
            <source>Attach the saved file to an email to the DSL, then delete it. Your receipt code is:</source>
            <translation>Atodwch y ffeil a gadwyd at e-bost i'r Arweinydd Diogelu, yna ei dileu. Eich cod derbynneb yw:</translation>
        </message>
        <message>
            <source>Written to %1. Write the code down: the DSL sees the same code.</source>
            <translation>Wedi'i ysgrifennu i %1. Ysgrifennwch y cod: mae'r Arweinydd Diogelu yn gweld yr un cod.</translation>
        </message>
        <message>
            <source>Close without sending?</source>
            <translation>Cau heb anfon?</translation>
        </message>
        <message>
            <source>Your report has not been sent. Nothing is kept on this computer, so what you typed will be lost.</source>
            <translation>Nid yw eich adroddiad wedi'i anfon. Nid oes dim yn cael ei gadw ar y cyfrifiadur hwn, felly bydd yr hyn a deipiwyd gennych yn cael ei golli.</translation>
        </message>
    </context>
    <context>
        <name>StaffReportingTab</name>
        <message>
            <source>Any member of staff can report a concern from their own computer with “Report a safeguarding concern”. Each report is sealed on their computer so that only this vault can open it, and arrives here as a new concern at Notice.</source>
            <translation>Gall unrhyw aelod o staff adrodd pryder o'i gyfrifiadur ei hun gydag “Adrodd pryder diogelu”. Mae pob adroddiad yn cael ei selio ar ei gyfrifiadur fel mai dim ond y gladdgell hon all ei agor, ac mae'n cyrraedd yma fel pryder newydd yn y cam Sylwi.</translation>
        </message>
        <message>
            <source>The school's intake key</source>
            <translation>Allwedd derbyn yr ysgol</translation>
        </message>
        <message>
            <source>&amp;Save the intake key file…</source>
            <translation>&amp;Cadw'r ffeil allwedd derbyn…</translation>
        </message>
        <message>
            <source>&amp;Replace the key…</source>
            <translation>&amp;Disodli'r allwedd…</translation>
        </message>
        <message>
            <source>Replace the key</source>
            <translation>Disodli'r allwedd</translation>
        </message>
        <message>
            <source>The key file holds no secret and no record. Give it to IT to install for every user of the staff computers, or send it to staff who report from home. Replace the key if a copy went somewhere it should not; reports sealed to the old key still open here.</source>
            <translation>Nid oes cyfrinach na chofnod yn y ffeil allwedd. Rhowch hi i'r adran TG i'w gosod ar gyfer pob defnyddiwr ar gyfrifiaduron y staff, neu anfonwch hi at staff sy'n adrodd o gartref. Disodlwch yr allwedd os aeth copi i rywle na ddylai; mae adroddiadau a seliwyd â'r hen allwedd yn dal i agor yma.</translation>
        </message>
        <message>
            <source>Folder for reports</source>
            <translation>Ffolder ar gyfer adroddiadau</translation>
        </message>
        <message>
            <source>A folder every member of staff can write to, such as a shared network folder, that this computer can read. The key file tells staff computers to use it; save the key file again after changing it. Reports can also be emailed: save the attachment into this folder.</source>
            <translation>Ffolder y gall pob aelod o staff ysgrifennu iddi, megis ffolder rwydwaith a rennir, ac y gall y cyfrifiadur hwn ei darllen. Mae'r ffeil allwedd yn dweud wrth gyfrifiaduron y staff am ei defnyddio; cadwch y ffeil allwedd eto ar ôl ei newid. Gellir e-bostio adroddiadau hefyd: cadwch yr atodiad yn y ffolder hon.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>P&amp;ori…</translation>
        </message>
        <message>
            <source>Choose the folder for reports</source>
            <translation>Dewis y ffolder ar gyfer adroddiadau</translation>
        </message>
        <message>
            <source>Use this &amp;folder</source>
            <translation>Defnyddio'r &amp;ffolder hon</translation>
        </message>
        <message>
            <source>Use this folder</source>
            <translation>Defnyddio'r ffolder hon</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>Ffurflen bapur</translation>
        </message>
        <message>
            <source>A blank “Record of concern” with the same questions, for staff who do not use a computer. Attach the scan of a completed form to the concern.</source>
            <translation>“Cofnod o bryder” gwag gyda'r un cwestiynau, ar gyfer staff nad ydynt yn defnyddio cyfrifiadur. Atodwch sgan o ffurflen wedi'i llenwi at y pryder.</translation>
        </message>
        <message>
            <source>Save the &amp;paper form as PDF…</source>
            <translation>Cadw'r ffurflen &amp;bapur fel PDF…</translation>
        </message>
        <message>
            <source>Save the paper form as PDF</source>
            <translation>Cadw'r ffurflen bapur fel PDF</translation>
        </message>
        <message>
            <source>There is no intake key yet. Saving the key file makes one; only then can staff send reports.</source>
            <translation>Nid oes allwedd derbyn eto. Mae cadw'r ffeil allwedd yn creu un; dim ond wedyn y gall staff anfon adroddiadau.</translation>
        </message>
        <message>
            <source>Key %1, made on %2. Reports imported so far: %3.</source>
            <translation>Allwedd %1, a wnaed ar %2. Adroddiadau a fewnforiwyd hyd yma: %3.</translation>
        </message>
        <message>
            <source>Earlier keys kept for older reports: %1.</source>
            <translation>Allweddi cynharach a gadwyd ar gyfer adroddiadau hŷn: %1.</translation>
        </message>
        <message>
            <source>Save the intake key file</source>
            <translation>Cadw'r ffeil allwedd derbyn</translation>
        </message>
        <message>
            <source>Intake key (*.dslintake)</source>
            <translation>Allwedd derbyn (*.dslintake)</translation>
        </message>
        <message>
            <source>The intake key file was saved to %1.</source>
            <translation>Cadwyd y ffeil allwedd derbyn yn %1.</translation>
        </message>
        <message>
            <source>Replace the intake key?</source>
            <translation>Disodli'r allwedd derbyn?</translation>
        </message>
        <message>
            <source>Staff computers will need the new key file before they can send reports again. Reports sealed to the old key still open here.</source>
            <translation>Bydd angen y ffeil allwedd newydd ar gyfrifiaduron y staff cyn y gallant anfon adroddiadau eto. Mae adroddiadau a seliwyd â'r hen allwedd yn dal i agor yma.</translation>
        </message>
        <message>
            <source>A new intake key was made. Save the key file and give it to IT.</source>
            <translation>Gwnaed allwedd derbyn newydd. Cadwch y ffeil allwedd a'i rhoi i'r adran TG.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be found.</source>
            <translation>Nid oes modd dod o hyd i'r ffolder %1.</translation>
        </message>
        <message>
            <source>Check that it is connected, or choose another.</source>
            <translation>Gwiriwch ei bod wedi'i chysylltu, neu dewiswch un arall.</translation>
        </message>
        <message>
            <source>Reports will be looked for in this folder.</source>
            <translation>Bydd adroddiadau'n cael eu ceisio yn y ffolder hon.</translation>
        </message>
        <message>
            <source>Save the paper form</source>
            <translation>Cadw'r ffurflen bapur</translation>
        </message>
        <message>
            <source>record-of-concern.pdf</source>
            <translation>cofnod-o-bryder.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The form could not be saved.</source>
            <translation>Nid oedd modd cadw'r ffurflen.</translation>
        </message>
        <message>
            <source>The paper form was saved to %1.</source>
            <translation>Cadwyd y ffurflen bapur yn %1.</translation>
        </message>
    </context>
    <context>
        <name>StaffReportsNotice</name>
        <message>
            <source>Staff reports</source>
            <translation>Adroddiadau gan staff</translation>
        </message>
        <message>
            <source>&amp;Import staff reports</source>
            <translation>&amp;Mewnforio adroddiadau gan staff</translation>
        </message>
        <message>
            <source>Import staff reports</source>
            <translation>Mewnforio adroddiadau gan staff</translation>
        </message>
        <message>
            <source>1 new staff report is waiting to be imported.</source>
            <translation>Mae 1 adroddiad newydd gan staff yn aros i'w fewnforio.</translation>
        </message>
        <message>
            <source>%1 new staff reports are waiting to be imported.</source>
            <translation>Mae %1 adroddiad newydd gan staff yn aros i'w mewnforio.</translation>
        </message>
        <message>
            <source>No staff reports are waiting.</source>
            <translation>Nid oes adroddiadau gan staff yn aros.</translation>
        </message>
        <message>
            <source>Imported %1, already imported %2, refused %3.</source>
            <translation>Wedi mewnforio %1, wedi'u mewnforio eisoes %2, wedi'u gwrthod %3.</translation>
        </message>
        <message>
            <source>Report from %1, receipt code %2: recorded at Notice as %3.</source>
            <translation>Adroddiad gan %1, cod derbynneb %2: wedi'i gofnodi yn y cam Sylwi fel %3.</translation>
        </message>
        <message>
            <source>Not imported: %1 (%2). It was left in the folder.</source>
            <translation>Heb ei fewnforio: %1 (%2). Fe'i gadawyd yn y ffolder.</translation>
        </message>
        <message>
            <source>%1 was imported but could not be removed from the folder.</source>
            <translation>Mewnforiwyd %1 ond nid oedd modd ei dynnu o'r ffolder.</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <source>Surname</source>
            <translation>Cyfenw</translation>
        </message>
        <message>
            <source>Forename</source>
            <translation>Enw cyntaf</translation>
        </message>
        <message>
            <source>Known as</source>
            <translation>Enw arferol</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <source>Role types</source>
            <translation>Mathau o rôl</translation>
        </message>
        <message>
            <source>Staff code</source>
            <translation>Cod staff</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Dechreuodd</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Gadawodd</translation>
        </message>
        <message>
            <source>Left on %1</source>
            <translation>Gadawodd ar %1</translation>
        </message>
    </context>
    <context>
        <name>StepBar</name>
        <message>
            <source>Steps</source>
            <translation>Camau</translation>
        </message>
        <message>
            <source>&amp;1 Notice</source>
            <translation>&amp;1 Sylwi</translation>
        </message>
        <message>
            <source>&amp;2 Check</source>
            <translation>&amp;2 Gwirio</translation>
        </message>
        <message>
            <source>&amp;3 Decide</source>
            <translation>&amp;3 Penderfynu</translation>
        </message>
        <message>
            <source>&amp;4 Share</source>
            <translation>&amp;4 Rhannu</translation>
        </message>
        <message>
            <source>&amp;5 Actions and reviews</source>
            <translation>&amp;5 Camau gweithredu ac adolygiadau</translation>
        </message>
        <message>
            <source>&amp;6 History</source>
            <translation>&amp;6 Hanes</translation>
        </message>
        <message>
            <source>done</source>
            <translation>wedi'i wneud</translation>
        </message>
        <message>
            <source>you are here</source>
            <translation>rydych chi yma</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>i ddod</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>dim angen</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Essential awareness</source>
            <translation>Ymwybyddiaeth hanfodol</translation>
        </message>
        <message>
            <source>Alerter</source>
            <translation>Rhybuddiwr</translation>
        </message>
        <message>
            <source>Responder</source>
            <translation>Ymatebwr</translation>
        </message>
        <message>
            <source>Decision maker</source>
            <translation>Gwneuthurwr penderfyniadau</translation>
        </message>
        <message>
            <source>Governance</source>
            <translation>Llywodraethu</translation>
        </message>
        <message>
            <source>DSL</source>
            <translation>Arweinydd Diogelu</translation>
        </message>
        <message>
            <source>Deputy DSL</source>
            <translation>Dirprwy Arweinydd Diogelu</translation>
        </message>
        <message>
            <source>Volunteers and visitors: what Prevent is and how to report.</source>
            <translation>Gwirfoddolwyr ac ymwelwyr: beth yw Atal a sut i roi gwybod.</translation>
        </message>
        <message>
            <source>All paid and unpaid staff: the signs to notice, how to report and record.</source>
            <translation>Yr holl staff cyflogedig a di-dâl: yr arwyddion i sylwi arnynt, sut i roi gwybod a chofnodi.</translation>
        </message>
        <message>
            <source>DSLs, deputies, pastoral leads and teachers doing direct work with a pupil.</source>
            <translation>Arweinwyr Diogelu, dirprwyon, arweinwyr bugeiliol ac athrawon sy'n gwneud gwaith uniongyrchol gyda disgybl.</translation>
        </message>
        <message>
            <source>The DSL, the head and managers who decide on referrals.</source>
            <translation>Yr Arweinydd Diogelu, y pennaeth a rheolwyr sy'n penderfynu ar atgyfeiriadau.</translation>
        </message>
        <message>
            <source>Governors, trustees and senior leaders.</source>
            <translation>Llywodraethwyr, ymddiriedolwyr ac uwch arweinwyr.</translation>
        </message>
        <message>
            <source>The designated safeguarding lead.</source>
            <translation>Yr arweinydd dynodedig diogelu.</translation>
        </message>
        <message>
            <source>A deputy designated safeguarding lead.</source>
            <translation>Dirprwy arweinydd dynodedig diogelu.</translation>
        </message>
        <message>
            <source>In date</source>
            <translation>Mewn dyddiad</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Yn ddyledus cyn bo hir</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Yn hwyr</translation>
        </message>
        <message>
            <source>Never done</source>
            <translation>Heb ei wneud erioed</translation>
        </message>
        <message>
            <source>Not required</source>
            <translation>Dim yn ofynnol</translation>
        </message>
        <message>
            <source>Staff code</source>
            <translation>Cod staff</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <source>Forename</source>
            <translation>Enw cyntaf</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Enw canol</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Enw dewisol</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Cyfenw</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Cyfeiriad e-bost</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Dyddiad dechrau</translation>
        </message>
        <message>
            <source>Leaving date</source>
            <translation>Dyddiad gadael</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Staff training</source>
            <translation>Hyfforddiant staff</translation>
        </message>
        <message>
            <source>Training that needs attention</source>
            <translation>Hyfforddiant sydd angen sylw</translation>
        </message>
        <message>
            <source>You can read the training records; changes are made by the DSL or the training administrator.</source>
            <translation>Gallwch ddarllen y cofnodion hyfforddiant; gwneir newidiadau gan yr Arweinydd Diogelu neu'r gweinyddwr hyfforddiant.</translation>
        </message>
        <message>
            <source>Training sections</source>
            <translation>Adrannau hyfforddiant</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Cofrestr</translation>
        </message>
        <message>
            <source>I&amp;mport</source>
            <translation>&amp;Mewnforio</translation>
        </message>
        <message>
            <source>Record &amp;training</source>
            <translation>Cofnodi &amp;hyfforddiant</translation>
        </message>
        <message>
            <source>M&amp;atrix</source>
            <translation>M&amp;atrics</translation>
        </message>
        <message>
            <source>&amp;Courses and requirements</source>
            <translation>C&amp;yrsiau a gofynion</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>A&amp;llforio</translation>
        </message>
        <message>
            <source>Staff training: %1</source>
            <translation>Hyfforddiant staff: %1</translation>
        </message>
        <message>
            <source>No staff are on the register yet. Add them on the Register tab, or import the school's staff list on the Import tab.</source>
            <translation>Does dim staff ar y gofrestr eto. Ychwanegwch nhw ar y tab Cofrestr, neu mewnforiwch restr staff yr ysgol ar y tab Mewnforio.</translation>
        </message>
        <message>
            <source>No staff are on the register yet.</source>
            <translation>Does dim staff ar y gofrestr eto.</translation>
        </message>
        <message>
            <source>Everyone's training is in date for this month.</source>
            <translation>Mae hyfforddiant pawb mewn dyddiad ar gyfer y mis hwn.</translation>
        </message>
        <message>
            <source>%1 out of date, %2 due this month</source>
            <translation>%1 allan o ddyddiad, %2 yn ddyledus y mis hwn</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with training overdue or never done.</source>
            <translation>
                <numerusform>Mae gan %n person hyfforddiant sy'n hwyr neu heb ei wneud erioed.</numerusform>
                <numerusform>Mae gan %n person hyfforddiant sy'n hwyr neu heb ei wneud erioed.</numerusform>
                <numerusform>Mae gan %n person hyfforddiant sy'n hwyr neu heb ei wneud erioed.</numerusform>
                <numerusform>Mae gan %n person hyfforddiant sy'n hwyr neu heb ei wneud erioed.</numerusform>
                <numerusform>Mae gan %n person hyfforddiant sy'n hwyr neu heb ei wneud erioed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with training due before the end of this month.</source>
            <translation>
                <numerusform>Mae gan %n person hyfforddiant sy'n ddyledus cyn diwedd y mis hwn.</numerusform>
                <numerusform>Mae gan %n person hyfforddiant sy'n ddyledus cyn diwedd y mis hwn.</numerusform>
                <numerusform>Mae gan %n person hyfforddiant sy'n ddyledus cyn diwedd y mis hwn.</numerusform>
                <numerusform>Mae gan %n person hyfforddiant sy'n ddyledus cyn diwedd y mis hwn.</numerusform>
                <numerusform>Mae gan %n person hyfforddiant sy'n ddyledus cyn diwedd y mis hwn.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransferInDialog</name>
        <message>
            <source>Receive a pupil's file from another school</source>
            <translation>Derbyn ffeil disgybl gan ysgol arall</translation>
        </message>
        <message>
            <source>The pupil and every concern in the package are added to this vault. Each concern gets a reference of this school; the other school's reference and who recorded what are kept with it.</source>
            <translation>Ychwanegir y disgybl a phob pryder yn y pecyn at y gladdgell hon. Mae pob pryder yn cael cyfeirnod gan yr ysgol hon; cedwir cyfeirnod yr ysgol arall a phwy a gofnododd beth gydag ef.</translation>
        </message>
        <message>
            <source>Transfer package</source>
            <translation>Pecyn trosglwyddo</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>P&amp;ori…</translation>
        </message>
        <message>
            <source>Choose the transfer package</source>
            <translation>Dewis y pecyn trosglwyddo</translation>
        </message>
        <message>
            <source>&amp;Package:</source>
            <translation>&amp;Pecyn:</translation>
        </message>
        <message>
            <source>Package passphrase</source>
            <translation>Cyfrinymadrodd y pecyn</translation>
        </message>
        <message>
            <source>Package pass&amp;phrase:</source>
            <translation>C&amp;yfrinymadrodd y pecyn:</translation>
        </message>
        <message>
            <source>&amp;Read in</source>
            <translation>&amp;Darllen i mewn</translation>
        </message>
        <message>
            <source>DSL Desktop transfer packages (*.dsltransfer);;All files (*)</source>
            <translation>Pecynnau trosglwyddo DSL Desktop (*.dsltransfer);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Choose the package file first.</source>
            <translation>Dewiswch ffeil y pecyn yn gyntaf.</translation>
        </message>
        <message>
            <source>Reading the package…</source>
            <translation>Wrthi'n darllen y pecyn…</translation>
        </message>
    </context>
    <context>
        <name>TransferOutDialog</name>
        <message>
            <source>Send a pupil's file to their new school</source>
            <translation>Anfon ffeil disgybl i'w ysgol newydd</translation>
        </message>
        <message>
            <source>The file should reach the new school within 5 school days, separately from the main pupil file. Two files are made: the chronology as a PDF, and an encrypted package holding every record and attachment, which the new school's DSL Desktop can read in. Send the passphrase separately, for example by phone.</source>
            <translation>Dylai'r ffeil gyrraedd yr ysgol newydd o fewn 5 diwrnod ysgol, ar wahân i brif ffeil y disgybl. Gwneir dwy ffeil: y gronoleg fel PDF, a phecyn wedi'i amgryptio sy'n cynnwys pob cofnod ac atodiad, y gall DSL Desktop yr ysgol newydd ei ddarllen i mewn. Anfonwch y cyfrinymadrodd ar wahân, er enghraifft dros y ffôn.</translation>
        </message>
        <message>
            <source>Find the pupil</source>
            <translation>Canfod y disgybl</translation>
        </message>
        <message>
            <source>Name or UPN</source>
            <translation>Enw neu UPN</translation>
        </message>
        <message>
            <source>&amp;Find the pupil:</source>
            <translation>&amp;Canfod y disgybl:</translation>
        </message>
        <message>
            <source>Matching people</source>
            <translation>Pobl sy'n cyfateb</translation>
        </message>
        <message>
            <source>Ma&amp;tching pupils:</source>
            <translation>Disgyblion sy'n cyfa&amp;teb:</translation>
        </message>
        <message>
            <source>New school</source>
            <translation>Ysgol newydd</translation>
        </message>
        <message>
            <source>&amp;New school:</source>
            <translation>Ysgol &amp;newydd:</translation>
        </message>
        <message>
            <source>How it will be sent</source>
            <translation>Sut y caiff ei hanfon</translation>
        </message>
        <message>
            <source>Secure email</source>
            <translation>E-bost diogel</translation>
        </message>
        <message>
            <source>Secure file transfer (for example S2S)</source>
            <translation>Trosglwyddo ffeiliau'n ddiogel (er enghraifft S2S)</translation>
        </message>
        <message>
            <source>By hand, on an encrypted drive</source>
            <translation>Â llaw, ar yriant wedi'i amgryptio</translation>
        </message>
        <message>
            <source>Recorded delivery, on an encrypted drive</source>
            <translation>Danfon wedi'i gofnodi, ar yriant wedi'i amgryptio</translation>
        </message>
        <message>
            <source>&amp;How it will be sent:</source>
            <translation>&amp;Sut y caiff ei hanfon:</translation>
        </message>
        <message>
            <source>Package passphrase</source>
            <translation>Cyfrinymadrodd y pecyn</translation>
        </message>
        <message>
            <source>Package &amp;passphrase:</source>
            <translation>Cyfrinymadrodd y &amp;pecyn:</translation>
        </message>
        <message>
            <source>Repeat the package passphrase</source>
            <translation>Ailadrodd cyfrinymadrodd y pecyn</translation>
        </message>
        <message>
            <source>R&amp;epeat it:</source>
            <translation>&amp;Ailadrodd:</translation>
        </message>
        <message>
            <source>Folder to save the files in</source>
            <translation>Ffolder i gadw'r ffeiliau ynddo</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>P&amp;ori…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Dewis y ffolder</translation>
        </message>
        <message>
            <source>&amp;Save in:</source>
            <translation>Cadw &amp;yn:</translation>
        </message>
        <message>
            <source>&amp;Make the transfer files</source>
            <translation>&amp;Gwneud y ffeiliau trosglwyddo</translation>
        </message>
        <message>
            <source>Where to save the transfer files</source>
            <translation>Ble i gadw'r ffeiliau trosglwyddo</translation>
        </message>
        <message>
            <source>Choose the pupil whose file is being sent.</source>
            <translation>Dewiswch y disgybl y mae ei ffeil yn cael ei hanfon.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Mae'r ddau gyfrinymadrodd yn wahanol.</translation>
        </message>
        <message>
            <source>Making the transfer files…</source>
            <translation>Wrthi'n gwneud y ffeiliau trosglwyddo…</translation>
        </message>
    </context>
    <context>
        <name>TransfersTab</name>
        <message>
            <source>When a pupil moves school, their safeguarding file goes to the new school within 5 school days, separately from the main pupil file, and the new school confirms it has arrived.</source>
            <translation>Pan fydd disgybl yn symud ysgol, mae ei ffeil ddiogelu yn mynd i'r ysgol newydd o fewn 5 diwrnod ysgol, ar wahân i brif ffeil y disgybl, ac mae'r ysgol newydd yn cadarnhau ei bod wedi cyrraedd.</translation>
        </message>
        <message>
            <source>Send a &amp;pupil's file…</source>
            <translation>&amp;Anfon ffeil disgybl…</translation>
        </message>
        <message>
            <source>&amp;Receive a file…</source>
            <translation>&amp;Derbyn ffeil…</translation>
        </message>
        <message>
            <source>&amp;Confirm receipt…</source>
            <translation>&amp;Cadarnhau derbyn…</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <source>Pupil</source>
            <translation>Disgybl</translation>
        </message>
        <message>
            <source>Other school</source>
            <translation>Ysgol arall</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Anfonwyd</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Sut</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Derbynneb</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Trosglwyddiadau</translation>
        </message>
        <message>
            <source>No files have been sent or received yet.</source>
            <translation>Nid oes ffeiliau wedi'u hanfon na'u derbyn eto.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Derbyniwyd</translation>
        </message>
        <message>
            <source>(record deleted)</source>
            <translation>(cofnod wedi'i ddileu)</translation>
        </message>
        <message>
            <source>Received on %1</source>
            <translation>Derbyniwyd ar %1</translation>
        </message>
        <message>
            <source>Confirmed on %1</source>
            <translation>Cadarnhawyd ar %1</translation>
        </message>
        <message>
            <source>Overdue: not confirmed (due by %1)</source>
            <translation>Yn hwyr: heb ei gadarnhau (yn ddyledus erbyn %1)</translation>
        </message>
        <message>
            <source>Waiting (due by %1)</source>
            <translation>Yn aros (yn ddyledus erbyn %1)</translation>
        </message>
        <message>
            <source>The transfer files are ready: %1 and %2.</source>
            <translation>Mae'r ffeiliau trosglwyddo'n barod: %1 a %2.</translation>
        </message>
        <message>
            <source>They are in %1. Send them securely, give the passphrase separately, and confirm receipt here when the new school replies.</source>
            <translation>Maen nhw yn %1. Anfonwch nhw'n ddiogel, rhowch y cyfrinymadrodd ar wahân, a chadarnhewch dderbyn yma pan fydd yr ysgol newydd yn ymateb.</translation>
        </message>
        <message>
            <source>The file from %1 was read in: %2.</source>
            <translation>Darllenwyd y ffeil gan %1 i mewn: %2.</translation>
        </message>
        <message>
            <source>no concerns</source>
            <translation>dim pryderon</translation>
        </message>
        <message>
            <source>Let %1 know that it arrived.</source>
            <translation>Rhowch wybod i %1 ei bod wedi cyrraedd.</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <source>The system keychain did not respond as expected.</source>
            <translation>Ni ymatebodd storfa allweddi'r system yn ôl y disgwyl.</translation>
        </message>
        <message>
            <source>Sign in with your passphrase. If this keeps happening, use “Forget this computer” in Settings.</source>
            <translation>Mewngofnodwch gyda'ch cyfrinymadrodd. Os yw hyn yn dal i ddigwydd, defnyddiwch “Anghofio'r cyfrifiadur hwn” yn y Gosodiadau.</translation>
        </message>
        <message>
            <source>Unlock — DSL Desktop</source>
            <translation>Datgloi — DSL Desktop</translation>
        </message>
        <message>
            <source>Unlock DSL Desktop</source>
            <translation>Datgloi DSL Desktop</translation>
        </message>
        <message>
            <source>DSL Desktop logo</source>
            <translation>Logo DSL Desktop</translation>
        </message>
        <message>
            <source>DSL Desktop</source>
            <translation>DSL Desktop</translation>
        </message>
        <message>
            <source>The vault is locked. Sign in to continue.</source>
            <translation>Mae'r gladdgell wedi'i chloi. Mewngofnodwch i barhau.</translation>
        </message>
        <message>
            <source>Urgent &amp;help…</source>
            <translation>Cymorth &amp;brys…</translation>
        </message>
        <message>
            <source>Urgent help: 999 and national numbers (F12)</source>
            <translation>Cymorth brys: 999 a rhifau cenedlaethol (F12)</translation>
        </message>
        <message>
            <source>999 and the national numbers to call (F12)</source>
            <translation>999 a'r rhifau cenedlaethol i'w ffonio (F12)</translation>
        </message>
        <message>
            <source>Sign-in name</source>
            <translation>Enw mewngofnodi</translation>
        </message>
        <message>
            <source>your sign-in name</source>
            <translation>eich enw mewngofnodi</translation>
        </message>
        <message>
            <source>&amp;Sign-in name:</source>
            <translation>Enw &amp;mewngofnodi:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cyfrinymadrodd</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cyfrinymadrodd:</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer</source>
            <translation>Co&amp;fio fi ar y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Remember me on this computer</source>
            <translation>Cofio fi ar y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Why remembering is unavailable</source>
            <translation>Pam nad oes modd cofio</translation>
        </message>
        <message>
            <source>Keeps a key in this computer's keychain so you can sign in without typing your passphrase. Use only on a computer nobody else signs in to.</source>
            <translation>Mae'n cadw allwedd yn storfa allweddi'r cyfrifiadur hwn fel y gallwch fewngofnodi heb deipio eich cyfrinymadrodd. Defnyddiwch ar gyfrifiadur nad oes neb arall yn mewngofnodi iddo yn unig.</translation>
        </message>
        <message>
            <source>Use recovery &amp;code…</source>
            <translation>Defnyddio'r cod &amp;adfer…</translation>
        </message>
        <message>
            <source>Use recovery code</source>
            <translation>Defnyddio'r cod adfer</translation>
        </message>
        <message>
            <source>Sign in &amp;without passphrase</source>
            <translation>Mewngofnodi &amp;heb gyfrinymadrodd</translation>
        </message>
        <message>
            <source>Sign in without passphrase</source>
            <translation>Mewngofnodi heb gyfrinymadrodd</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Datgloi</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Datgloi</translation>
        </message>
        <message>
            <source>Vault folder: %1</source>
            <translation>Ffolder y gladdgell: %1</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong attempts. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Gormod o ymdrechion anghywir. Gallwch roi cynnig arall arni mewn %n eiliad.</numerusform>
                <numerusform>Gormod o ymdrechion anghywir. Gallwch roi cynnig arall arni mewn %n eiliad.</numerusform>
                <numerusform>Gormod o ymdrechion anghywir. Gallwch roi cynnig arall arni mewn %n eiliad.</numerusform>
                <numerusform>Gormod o ymdrechion anghywir. Gallwch roi cynnig arall arni mewn %n eiliad.</numerusform>
                <numerusform>Gormod o ymdrechion anghywir. Gallwch roi cynnig arall arni mewn %n eiliad.</numerusform>
            </translation>
        </message>
        <message>
            <source>Please wait.</source>
            <translation>Arhoswch.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Gallwch roi cynnig arall arni nawr.</translation>
        </message>
        <message>
            <source>Enter your sign-in name.</source>
            <translation>Rhowch eich enw mewngofnodi.</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>Rhowch eich cyfrinymadrodd.</translation>
        </message>
        <message>
            <source>Not remembered</source>
            <translation>Heb ei gofio</translation>
        </message>
    </context>
    <context>
        <name>UrgentHelp</name>
        <message>
            <source>Emergency services</source>
            <translation>Gwasanaethau brys</translation>
        </message>
        <message>
            <source>Police non-emergency line</source>
            <translation>Llinell ddi-frys yr heddlu</translation>
        </message>
        <message>
            <source>ACT Early support line</source>
            <translation>Llinell gymorth ACT Early</translation>
        </message>
        <message>
            <source>Anti-Terrorist Hotline</source>
            <translation>Llinell Gymorth Gwrthderfysgaeth</translation>
        </message>
        <message>
            <source>Phone now if someone is in immediate danger, a crime is happening or about to, or someone may be about to travel to a conflict zone. Record what was done afterwards.</source>
            <translation>Ffoniwch nawr os oes rhywun mewn perygl uniongyrchol, os oes trosedd yn digwydd neu ar fin digwydd, neu os gallai rhywun fod ar fin teithio i ardal o wrthdaro. Cofnodwch beth a wnaed wedyn.</translation>
        </message>
        <message>
            <source>The police, when nobody is in immediate danger.</source>
            <translation>Yr heddlu, pan nad oes neb mewn perygl uniongyrchol.</translation>
        </message>
        <message>
            <source>Advice from Prevent officers for family, friends and community members worried that someone is being drawn into extremism.</source>
            <translation>Cyngor gan swyddogion Atal i deulu, ffrindiau ac aelodau o'r gymuned sy'n poeni bod rhywun yn cael ei dynnu i mewn i eithafiaeth.</translation>
        </message>
        <message>
            <source>Report anything suspicious that could be linked to terrorism, in confidence: by phone at any hour, by textphone, or online.</source>
            <translation>Rhowch wybod yn gyfrinachol am unrhyw beth amheus a allai fod yn gysylltiedig â therfysgaeth: dros y ffôn ar unrhyw awr, drwy ffôn testun, neu ar-lein.</translation>
        </message>
        <message>
            <source>9am–5pm</source>
            <translation>9yb–5yh</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 awr</translation>
        </message>
        <message>
            <source>Phone now if someone is in immediate danger.</source>
            <translation>Ffoniwch nawr os oes rhywun mewn perygl uniongyrchol.</translation>
        </message>
    </context>
    <context>
        <name>UrgentHelpDialog</name>
        <message>
            <source>Urgent help — DSL Desktop</source>
            <translation>Cymorth brys — DSL Desktop</translation>
        </message>
        <message>
            <source>Urgent help</source>
            <translation>Cymorth brys</translation>
        </message>
    </context>
    <context>
        <name>UrgentHelpPanel</name>
        <message>
            <source>Urgent help</source>
            <translation>Cymorth brys</translation>
        </message>
        <message>
            <source>Other national numbers</source>
            <translation>Rhifau cenedlaethol eraill</translation>
        </message>
        <message>
            <source>Your school's local contacts</source>
            <translation>Cysylltiadau lleol eich ysgol</translation>
        </message>
        <message>
            <source>Read: &amp;when to call 999</source>
            <translation>Darllen: &amp;pryd i ffonio 999</translation>
        </message>
        <message>
            <source>Open the help topic: when to call 999</source>
            <translation>Agor y pwnc cymorth: pryd i ffonio 999</translation>
        </message>
        <message>
            <source>Copy status</source>
            <translation>Statws copïo</translation>
        </message>
        <message>
            <source>Emergency number: %1</source>
            <translation>Rhif argyfwng: %1</translation>
        </message>
        <message>
            <source>Call 999 first if anyone is in danger</source>
            <translation>Ffoniwch 999 yn gyntaf os oes unrhyw un mewn perygl</translation>
        </message>
        <message>
            <source>Emergency services</source>
            <translation>Gwasanaethau brys</translation>
        </message>
        <message>
            <source>Emergency: 999</source>
            <translation>Argyfwng: 999</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Text relay</source>
            <translation>Cyfnewid testun</translation>
        </message>
        <message>
            <source>%1, text relay</source>
            <translation>%1, cyfnewid testun</translation>
        </message>
        <message>
            <source>Textphone</source>
            <translation>Ffôn testun</translation>
        </message>
        <message>
            <source>%1, textphone</source>
            <translation>%1, ffôn testun</translation>
        </message>
        <message>
            <source>Report online</source>
            <translation>Rhoi gwybod ar-lein</translation>
        </message>
        <message>
            <source>%1, online</source>
            <translation>%1, ar-lein</translation>
        </message>
        <message>
            <source>Your school's local contacts are kept in the encrypted vault, so they are shown here once you have signed in.</source>
            <translation>Cedwir cysylltiadau lleol eich ysgol yn y gladdgell wedi'i hamgryptio, felly fe'u dangosir yma ar ôl i chi fewngofnodi.</translation>
        </message>
        <message>
            <source>No local contacts have been entered yet. Add the police Prevent team, the local authority Prevent lead, your MASH or children's services front door and the out-of-hours service in Settings, under Local contacts.</source>
            <translation>Nid oes cysylltiadau lleol wedi'u rhoi i mewn eto. Ychwanegwch dîm Atal yr heddlu, arweinydd Atal yr awdurdod lleol, eich MASH neu ddrws ffrynt y gwasanaethau plant a'r gwasanaeth y tu allan i oriau yn y Gosodiadau, o dan Cysylltiadau lleol.</translation>
        </message>
        <message>
            <source>No local contacts have been entered yet. Ask your DSL to add them in Settings.</source>
            <translation>Nid oes cysylltiadau lleol wedi'u rhoi i mewn eto. Gofynnwch i'ch Arweinydd Diogelu eu hychwanegu yn y Gosodiadau.</translation>
        </message>
        <message>
            <source>Open &amp;Settings…</source>
            <translation>Agor y &amp;Gosodiadau…</translation>
        </message>
        <message>
            <source>Open Settings to add local contacts</source>
            <translation>Agor y Gosodiadau i ychwanegu cysylltiadau lleol</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>ffôn</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-bost</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copïo</translation>
        </message>
        <message>
            <source>Copy %1: %2</source>
            <translation>Copïo %1: %2</translation>
        </message>
        <message>
            <source>Copy %1 to the clipboard</source>
            <translation>Copïo %1 i'r clipfwrdd</translation>
        </message>
        <message>
            <source>Copied %1.</source>
            <translation>Copïwyd %1.</translation>
        </message>
    </context>
    <context>
        <name>WarningsPanel</name>
        <message>
            <source>Be careful before deciding:</source>
            <translation>Byddwch yn ofalus cyn penderfynu:</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Rhybuddion</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to DSL Desktop</source>
            <translation>Croeso i DSL Desktop</translation>
        </message>
        <message>
            <source>Set up this computer's safeguarding vault in a few steps.</source>
            <translation>Sefydlwch gladdgell ddiogelu'r cyfrifiadur hwn mewn ychydig o gamau.</translation>
        </message>
        <message>
            <source>&lt;p&gt;DSL Desktop keeps your school's safeguarding and Prevent records in one encrypted vault on this computer. Nothing is sent anywhere: the only files that leave the vault are the ones you choose to export or print.&lt;/p&gt;&lt;p&gt;You will need:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the school's name, and its URN and address if you have them to hand;&lt;/li&gt;&lt;li&gt;your local Prevent contacts, if you know them (you can add them later);&lt;/li&gt;&lt;li&gt;a passphrase for your own account: a few unrelated words work well;&lt;/li&gt;&lt;li&gt;a printer or a USB stick, to keep the recovery code safe.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Mae DSL Desktop yn cadw cofnodion diogelu ac Atal eich ysgol mewn un gladdgell wedi'i hamgryptio ar y cyfrifiadur hwn. Nid oes dim yn cael ei anfon i unman: yr unig ffeiliau sy'n gadael y gladdgell yw'r rhai rydych yn dewis eu hallforio neu eu hargraffu.&lt;/p&gt;&lt;p&gt;Bydd angen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;enw'r ysgol, a'i URN a'i chyfeiriad os ydynt wrth law;&lt;/li&gt;&lt;li&gt;eich cysylltiadau Atal lleol, os ydych yn eu gwybod (gallwch eu hychwanegu'n nes ymlaen);&lt;/li&gt;&lt;li&gt;cyfrinymadrodd ar gyfer eich cyfrif eich hun: mae ychydig o eiriau digyswllt yn gweithio'n dda;&lt;/li&gt;&lt;li&gt;argraffydd neu gof bach USB, i gadw'r cod adfer yn ddiogel.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>The vault will be created in: %1</source>
            <translation>Bydd y gladdgell yn cael ei chreu yn: %1</translation>
        </message>
        <message>
            <source>Vault folder</source>
            <translation>Ffolder y gladdgell</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>Message</source>
            <translation>Neges</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Cryfder y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Heb ei osod</translation>
        </message>
        <message>
            <source>At least %1 characters. A few unrelated words make a strong passphrase that is easy to remember.</source>
            <translation>O leiaf %1 nod. Mae ychydig o eiriau digyswllt yn gwneud cyfrinymadrodd cryf sy'n hawdd ei gofio.</translation>
        </message>
        <message>
            <source>Very weak</source>
            <translation>Gwan iawn</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Gwan</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Gweddol</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Cryf</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <source>Confirm new passphrase</source>
            <translation>Cadarnhau'r cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cyfrinymadrodd:</translation>
        </message>
        <message>
            <source>Con&amp;firm passphrase:</source>
            <translation>Cada&amp;rnhau'r cyfrinymadrodd:</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>Nid yw'r ddau gyfrinymadrodd yr un fath eto.</translation>
        </message>
        <message>
            <source>Type the same passphrase in both boxes.</source>
            <translation>Teipiwch yr un cyfrinymadrodd yn y ddau flwch.</translation>
        </message>
        <message>
            <source>School name</source>
            <translation>Enw'r ysgol</translation>
        </message>
        <message>
            <source>Unique reference number (URN)</source>
            <translation>Cyfeirnod unigryw (URN)</translation>
        </message>
        <message>
            <source>for example 100000</source>
            <translation>er enghraifft 100000</translation>
        </message>
        <message>
            <source>School address</source>
            <translation>Cyfeiriad yr ysgol</translation>
        </message>
        <message>
            <source>School phone number</source>
            <translation>Rhif ffôn yr ysgol</translation>
        </message>
        <message>
            <source>School email address</source>
            <translation>Cyfeiriad e-bost yr ysgol</translation>
        </message>
        <message>
            <source>Local authority</source>
            <translation>Awdurdod lleol</translation>
        </message>
        <message>
            <source>Where the school is</source>
            <translation>Ble mae'r ysgol</translation>
        </message>
        <message>
            <source>England (Keeping children safe in education)</source>
            <translation>Lloegr (Cadw plant yn ddiogel mewn addysg)</translation>
        </message>
        <message>
            <source>Wales (Keeping learners safe)</source>
            <translation>Cymru (Cadw dysgwyr yn ddiogel)</translation>
        </message>
        <message>
            <source>Schools in Wales have a Designated Safeguarding Person and follow Keeping learners safe; schools in England have a Designated Safeguarding Lead and follow KCSIE.</source>
            <translation>Mae gan ysgolion yng Nghymru Berson Dynodedig Diogelu ac maent yn dilyn Cadw dysgwyr yn ddiogel; mae gan ysgolion yn Lloegr Arweinydd Dynodedig Diogelu ac maent yn dilyn KCSIE.</translation>
        </message>
        <message>
            <source>School &amp;name:</source>
            <translation>&amp;Enw'r ysgol:</translation>
        </message>
        <message>
            <source>&amp;URN:</source>
            <translation>&amp;URN:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>C&amp;yfeiriad:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Ffôn:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>E-&amp;bost:</translation>
        </message>
        <message>
            <source>&amp;Local authority:</source>
            <translation>&amp;Awdurdod lleol:</translation>
        </message>
        <message>
            <source>School is &amp;in:</source>
            <translation>&amp;Gwlad yr ysgol:</translation>
        </message>
        <message>
            <source>Enter the school's name.</source>
            <translation>Rhowch enw'r ysgol.</translation>
        </message>
        <message>
            <source>The URN is a number, for example 100000.</source>
            <translation>Rhif yw'r URN, er enghraifft 100000.</translation>
        </message>
        <message>
            <source>The school email address does not look right.</source>
            <translation>Nid yw cyfeiriad e-bost yr ysgol yn edrych yn iawn.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>name@example.gov.uk</source>
            <translation>enw@example.gov.uk</translation>
        </message>
        <message>
            <source>DSL Desktop recovery code</source>
            <translation>Cod adfer DSL Desktop</translation>
        </message>
        <message>
            <source>School:</source>
            <translation>Ysgol:</translation>
        </message>
        <message>
            <source>Made on:</source>
            <translation>Gwnaed ar:</translation>
        </message>
        <message>
            <source>This code opens the vault if every passphrase is forgotten. Keep it somewhere safe and locked, such as the school safe. Anyone who has this code and the vault files can read every record.</source>
            <translation>Mae'r cod hwn yn agor y gladdgell os anghofir pob cyfrinymadrodd. Cadwch ef rywle diogel a than glo, fel sêff yr ysgol. Gall unrhyw un sydd â'r cod hwn a ffeiliau'r gladdgell ddarllen pob cofnod.</translation>
        </message>
        <message>
            <source>If a new recovery code is made, this one stops working: destroy this sheet then.</source>
            <translation>Os gwneir cod adfer newydd, mae'r un hwn yn stopio gweithio: dinistriwch y daflen hon bryd hynny.</translation>
        </message>
        <message>
            <source>School: %1</source>
            <translation>Ysgol: %1</translation>
        </message>
        <message>
            <source>Made on: %1</source>
            <translation>Gwnaed ar: %1</translation>
        </message>
        <message>
            <source>This code opens the vault if every passphrase is forgotten. Keep it somewhere safe and locked. Anyone who has this code and the vault files can read every record.</source>
            <translation>Mae'r cod hwn yn agor y gladdgell os anghofir pob cyfrinymadrodd. Cadwch ef rywle diogel a than glo. Gall unrhyw un sydd â'r cod hwn a ffeiliau'r gladdgell ddarllen pob cofnod.</translation>
        </message>
        <message>
            <source>This recovery code opens the vault if every passphrase is forgotten. It is shown only now. Print it or save it, then keep it somewhere safe and locked, such as the school safe.</source>
            <translation>Mae'r cod adfer hwn yn agor y gladdgell os anghofir pob cyfrinymadrodd. Dim ond nawr y caiff ei ddangos. Argraffwch ef neu ei gadw, yna cadwch ef rywle diogel a than glo, fel sêff yr ysgol.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Cod adfer</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Argraffu…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Argraffu'r cod adfer</translation>
        </message>
        <message>
            <source>&amp;Save to file…</source>
            <translation>&amp;Cadw mewn ffeil…</translation>
        </message>
        <message>
            <source>Save the recovery code to a file</source>
            <translation>Cadw'r cod adfer mewn ffeil</translation>
        </message>
        <message>
            <source>Anyone who has this code and the vault's files can read every record. Do not email it or keep it in a shared folder. If you save it to a file, move the file to a USB stick kept in the safe, or print it and delete the file.</source>
            <translation>Gall unrhyw un sydd â'r cod hwn a ffeiliau'r gladdgell ddarllen pob cofnod. Peidiwch â'i e-bostio na'i gadw mewn ffolder a rennir. Os ydych yn ei gadw mewn ffeil, symudwch y ffeil i gof bach USB a gedwir yn y sêff, neu argraffwch hi a dileu'r ffeil.</translation>
        </message>
        <message>
            <source>I have printed or saved this code and will keep it somewhere &amp;safe</source>
            <translation>Rwyf wedi argraffu neu gadw'r cod hwn a byddaf yn ei gadw rywle &amp;diogel</translation>
        </message>
        <message>
            <source>I have printed or saved this code</source>
            <translation>Rwyf wedi argraffu neu gadw'r cod hwn</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Wedi'i anfon i'r argraffydd.</translation>
        </message>
        <message>
            <source>DSL Desktop recovery code.txt</source>
            <translation>Cod adfer DSL Desktop.txt</translation>
        </message>
        <message>
            <source>Discard what you typed?</source>
            <translation>Taflu'r hyn a deipiwyd gennych?</translation>
        </message>
        <message>
            <source>What you typed here has not been saved.</source>
            <translation>Nid yw'r hyn a deipiwyd gennych yma wedi'i gadw.</translation>
        </message>
        <message>
            <source>Discard it, or go back and keep editing?</source>
            <translation>Ei daflu, neu fynd yn ôl a pharhau i olygu?</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Taflu</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Parhau i olygu</translation>
        </message>
        <message>
            <source>Save the recovery code</source>
            <translation>Cadw'r cod adfer</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Ffeiliau testun (*.txt)</translation>
        </message>
        <message>
            <source>The file could not be saved (%1). Choose another place.</source>
            <translation>Nid oedd modd cadw'r ffeil (%1). Dewiswch le arall.</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Cadwyd yn %1</translation>
        </message>
        <message>
            <source>Use at least 12 characters (a few words work well).</source>
            <translation>Defnyddiwch o leiaf 12 nod (mae ychydig o eiriau'n gweithio'n dda).</translation>
        </message>
        <message>
            <source>Do not start or end with a space.</source>
            <translation>Peidiwch â dechrau na gorffen gyda bwlch.</translation>
        </message>
        <message>
            <source>Use more than a few different characters.</source>
            <translation>Defnyddiwch fwy nag ychydig o nodau gwahanol.</translation>
        </message>
        <message>
            <source>Avoid common words on their own; add more words.</source>
            <translation>Osgowch eiriau cyffredin ar eu pen eu hunain; ychwanegwch ragor o eiriau.</translation>
        </message>
    </context>
    <context>
        <name>Worklist</name>
        <message>
            <source>What needs doing</source>
            <translation>Beth sydd angen ei wneud</translation>
        </message>
        <message>
            <source>Nothing needs your attention today: no open concerns, no reviews or actions due, and no staff training out of date.</source>
            <translation>Does dim angen eich sylw heddiw: dim pryderon agored, dim adolygiadau na chamau gweithredu i'w gwneud, a dim hyfforddiant staff wedi dyddio.</translation>
        </message>
        <message>
            <source>Nothing needs your attention today: no open concerns.</source>
            <translation>Does dim angen eich sylw heddiw: dim pryderon agored.</translation>
        </message>
        <message>
            <source>Nothing needs your attention today: no staff training is out of date.</source>
            <translation>Does dim angen eich sylw heddiw: does dim hyfforddiant staff wedi dyddio.</translation>
        </message>
        <message>
            <source>Nothing to do</source>
            <translation>Dim i'w wneud</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>a %n arall</numerusform>
                <numerusform>a %n arall</numerusform>
                <numerusform>a %n arall</numerusform>
                <numerusform>a %n arall</numerusform>
                <numerusform>a %n arall</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open concern(s)</source>
            <translation>
                <numerusform>%n pryder agored</numerusform>
                <numerusform>%n pryder agored</numerusform>
                <numerusform>%n pryder agored</numerusform>
                <numerusform>%n pryder agored</numerusform>
                <numerusform>%n pryder agored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n review(s) overdue</source>
            <translation>
                <numerusform>%n adolygiad yn hwyr</numerusform>
                <numerusform>%n adolygiad yn hwyr</numerusform>
                <numerusform>%n adolygiad yn hwyr</numerusform>
                <numerusform>%n adolygiad yn hwyr</numerusform>
                <numerusform>%n adolygiad yn hwyr</numerusform>
            </translation>
        </message>
        <message>
            <source>review was due %1</source>
            <translation>roedd yr adolygiad i fod ar %1</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s) due in the next two weeks</source>
            <translation>
                <numerusform>%n adolygiad i'w gynnal yn y pythefnos nesaf</numerusform>
                <numerusform>%n adolygiad i'w gynnal yn y pythefnos nesaf</numerusform>
                <numerusform>%n adolygiad i'w gynnal yn y pythefnos nesaf</numerusform>
                <numerusform>%n adolygiad i'w gynnal yn y pythefnos nesaf</numerusform>
                <numerusform>%n adolygiad i'w gynnal yn y pythefnos nesaf</numerusform>
            </translation>
        </message>
        <message>
            <source>review due %1</source>
            <translation>adolygiad i fod ar %1</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) due or overdue</source>
            <translation>
                <numerusform>%n cam gweithredu i'w wneud neu'n hwyr</numerusform>
                <numerusform>%n cam gweithredu i'w wneud neu'n hwyr</numerusform>
                <numerusform>%n cam gweithredu i'w wneud neu'n hwyr</numerusform>
                <numerusform>%n cam gweithredu i'w wneud neu'n hwyr</numerusform>
                <numerusform>%n cam gweithredu i'w wneud neu'n hwyr</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, yn hwyr</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>i'w wneud erbyn %1</translation>
        </message>
        <message numerus="yes">
            <source>%n concern(s) not yet submitted</source>
            <translation>
                <numerusform>%n pryder heb ei gyflwyno eto</numerusform>
                <numerusform>%n pryder heb ei gyflwyno eto</numerusform>
                <numerusform>%n pryder heb ei gyflwyno eto</numerusform>
                <numerusform>%n pryder heb ei gyflwyno eto</numerusform>
                <numerusform>%n pryder heb ei gyflwyno eto</numerusform>
            </translation>
        </message>
        <message>
            <source>The new concern you started (last typed %1)</source>
            <translation>Y pryder newydd a ddechreuwyd gennych (teipiwyd ddiwethaf %1)</translation>
        </message>
        <message>
            <source>kept as a draft</source>
            <translation>wedi'i gadw fel drafft</translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s) waiting for an outcome or feedback</source>
            <translation>
                <numerusform>%n atgyfeiriad yn aros am ganlyniad neu adborth</numerusform>
                <numerusform>%n atgyfeiriad yn aros am ganlyniad neu adborth</numerusform>
                <numerusform>%n atgyfeiriad yn aros am ganlyniad neu adborth</numerusform>
                <numerusform>%n atgyfeiriad yn aros am ganlyniad neu adborth</numerusform>
                <numerusform>%n atgyfeiriad yn aros am ganlyniad neu adborth</numerusform>
            </translation>
        </message>
        <message>
            <source>sent %1</source>
            <translation>anfonwyd %1</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) of staff with training overdue or never done</source>
            <translation>
                <numerusform>%n aelod o staff â hyfforddiant sy'n hwyr neu heb ei wneud erioed</numerusform>
                <numerusform>%n aelod o staff â hyfforddiant sy'n hwyr neu heb ei wneud erioed</numerusform>
                <numerusform>%n aelod o staff â hyfforddiant sy'n hwyr neu heb ei wneud erioed</numerusform>
                <numerusform>%n aelod o staff â hyfforddiant sy'n hwyr neu heb ei wneud erioed</numerusform>
                <numerusform>%n aelod o staff â hyfforddiant sy'n hwyr neu heb ei wneud erioed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) of staff with training due soon</source>
            <translation>
                <numerusform>%n aelod o staff â hyfforddiant sy'n ddyledus cyn bo hir</numerusform>
                <numerusform>%n aelod o staff â hyfforddiant sy'n ddyledus cyn bo hir</numerusform>
                <numerusform>%n aelod o staff â hyfforddiant sy'n ddyledus cyn bo hir</numerusform>
                <numerusform>%n aelod o staff â hyfforddiant sy'n ddyledus cyn bo hir</numerusform>
                <numerusform>%n aelod o staff â hyfforddiant sy'n ddyledus cyn bo hir</numerusform>
            </translation>
        </message>
        <message>
            <source>(within %1 days)</source>
            <translation>(o fewn %1 diwrnod)</translation>
        </message>
    </context>
    <context>
        <name>_DocumentDialog</name>
        <message>
            <source>A saved or printed copy is not protected by the vault's encryption. Keep it somewhere secure, share it only with those who need it, and destroy copies you no longer need.</source>
            <translation>Nid yw copi sydd wedi'i gadw neu ei argraffu wedi'i ddiogelu gan amgryptio'r gladdgell. Cadwch ef rywle diogel, rhannwch ef â'r rhai sydd ei angen yn unig, a dinistriwch gopïau nad oes eu hangen arnoch mwyach.</translation>
        </message>
    </context>
</TS>
