"""The Welsh of the error family: what the vault, the disk and the domain's refusals say.

Part of the one catalogue of the core's words, :data:`dsl_desktop.pdf.text_cy.WELSH`, which
takes these in as its last section; kept apart only so that neither file is too long to read.
English template -> Welsh; placeholders in braces stay as they are. The UI shows an error
through ``ui.errors.error_text``; ``tests/unit/test_error_welsh.py`` fails when an error raised in
``db/`` or ``dsl_desktop/`` has no Welsh here.
"""

from __future__ import annotations

ERRORS: dict[str, str] = {
    # advice of the error family (db/errors.py)
    "It may have been deleted already. Refresh the list and try again.": "Efallai ei fod wedi'i "
    "ddileu eisoes. Adnewyddwch y rhestr a rhowch gynnig arall arni.",
    "Record an amendment instead: the old value is kept beside the new one, with why.": "Cofnodwch "
    "ddiwygiad yn lle hynny: cedwir yr hen werth wrth ymyl yr un newydd, gyda'r rheswm.",
    "Move the concern to the right stage first.": "Symudwch y pryder i'r cam cywir yn gyntaf.",
    "Ask the DSL if you need to do this.": "Gofynnwch i'r Arweinydd Diogelu os oes angen i chi "
    "wneud hyn.",
    "Check the account and try again, or use the recovery code.": "Gwiriwch y cyfrif a rhowch "
    "gynnig arall arni, neu defnyddiwch y cod adfer.",
    "Choose the right data folder, restore from a backup, or set up a new vault.": "Dewiswch y "
    "ffolder data cywir, adferwch o gopi wrth gefn, neu sefydlwch gladdgell newydd.",
    "Use the existing vault, or choose an empty folder for a new one.": "Defnyddiwch y gladdgell "
    "sy'n bodoli, neu dewiswch ffolder gwag ar gyfer un newydd.",
    "The key file beside the database has been changed or damaged. Restore it from a backup.": (
        "Mae'r ffeil allwedd wrth ymyl y gronfa ddata wedi'i newid neu ei difrodi. Adferwch hi o "
        "gopi wrth gefn."
    ),
    "The database file is damaged. Restore the latest backup; keep the damaged file.": "Mae ffeil "
    "y gronfa ddata wedi'i difrodi. Adferwch y copi wrth gefn diweddaraf; cadwch y ffeil sydd "
    "wedi'i difrodi.",
    "Install the latest version of DSL Desktop to open this vault.": "Gosodwch y fersiwn "
    "ddiweddaraf o DSL Desktop i agor y gladdgell hon.",
    "Close any other copy of DSL Desktop using this vault, then try again.": "Caewch unrhyw gopi "
    "arall o DSL Desktop sy'n defnyddio'r gladdgell hon, yna rhowch gynnig arall arni.",
    "Check the disk or the network folder that holds the vault, then try again.": "Gwiriwch y "
    "ddisg neu'r ffolder rhwydwaith sy'n dal y gladdgell, yna rhowch gynnig arall arni.",
    "Nothing was changed. Start it again when you are ready.": "Ni newidiwyd dim. Dechreuwch eto "
    "pan fyddwch yn barod.",
    "Free some disk space, then try again. Nothing you saved before this was lost.": "Rhyddhewch "
    "ychydig o le ar y ddisg, yna rhowch gynnig arall arni. Ni chollwyd dim a gadwoch cyn hyn.",
    "The data folder cannot be written to. Check its permissions or choose another.": "Ni ellir "
    "ysgrifennu i'r ffolder data. Gwiriwch ei ganiatâd neu dewiswch un arall.",
    "Use stronger key-derivation settings.": "Defnyddiwch osodiadau deillio allwedd cryfach.",
    "Sign in with your passphrase instead.": "Mewngofnodwch gyda'ch cyfrinymadrodd yn lle hynny.",
    "The audit trail has been altered. Keep this vault as evidence and restore a backup.": "Mae'r "
    "trywydd archwilio wedi'i newid. Cadwch y gladdgell hon fel tystiolaeth ac adferwch gopi wrth "
    "gefn.",
    "Choose another file name.": "Dewiswch enw ffeil arall.",
    "Close the other window or wait for the other command to finish, then try again.": "Caewch y "
    "ffenestr arall neu arhoswch i'r gorchymyn arall orffen, yna rhowch gynnig arall arni.",
    # the environment's failures, named by SQLite's error code (db/engine.py)
    "The vault is in use by another program.": "Mae'r gladdgell yn cael ei defnyddio gan raglen "
    "arall.",
    "DSL Desktop is not allowed to open the vault's files.": "Nid oes caniatâd i DSL Desktop agor "
    "ffeiliau'r gladdgell.",
    "The vault's files cannot be written.": "Ni ellir ysgrifennu ffeiliau'r gladdgell.",
    "The vault's files cannot be opened.": "Ni ellir agor ffeiliau'r gladdgell.",
    "The disk is full, so the change could not be saved.": "Mae'r ddisg yn llawn, felly nid oedd "
    "modd cadw'r newid.",
    "The vault's files could not be read or written: the disk is full or failing.": "Nid oedd modd "
    "darllen nac ysgrifennu ffeiliau'r gladdgell: mae'r ddisg yn llawn neu'n methu.",
    "The database file is damaged.": "Mae ffeil y gronfa ddata wedi'i difrodi.",
    "The database file is damaged or is not a DSL Desktop vault.": "Mae ffeil y gronfa ddata wedi'i "
    "difrodi neu nid yw'n gladdgell DSL Desktop.",
    "The work was stopped before it finished.": "Cafodd y gwaith ei atal cyn iddo orffen.",
    # files and folders (db/fsutil.py, db/outputs.py, db/checks.py)
    "A file could not be written: {reason}.": "Nid oedd modd ysgrifennu ffeil: {reason}.",
    "The disk is full, so {where} could not be written.": "Mae'r ddisg yn llawn, felly nid oedd "
    "modd ysgrifennu {where}.",
    "DSL Desktop is not allowed to write to {where}.": "Nid oes caniatâd i DSL Desktop ysgrifennu "
    "i {where}.",
    "The file name is too long: {where}": "Mae enw'r ffeil yn rhy hir: {where}",
    "Choose a shorter name for the file.": "Dewiswch enw byrrach i'r ffeil.",
    "{where} is a folder.": "Ffolder yw {where}.",
    "Choose a file name, not a folder.": "Dewiswch enw ffeil, nid ffolder.",
    "The folder for {where} does not exist.": "Nid yw'r ffolder ar gyfer {where} yn bodoli.",
    "Choose a folder that exists.": "Dewiswch ffolder sy'n bodoli.",
    "No file name was given.": "Ni roddwyd enw ffeil.",
    "Give the name of the file to write.": "Rhowch enw'r ffeil i'w hysgrifennu.",
    "The file name is too long ({count} characters; at most {max_name_bytes} bytes).": "Mae enw'r "
    "ffeil yn rhy hir ({count} nod; {max_name_bytes} beit ar y mwyaf).",
    "{target} is a folder.": "Ffolder yw {target}.",
    "Give a file name, not a folder.": "Rhowch enw ffeil, nid ffolder.",
    "{target} is not an ordinary file (it is a device, a pipe or a socket).": "Nid ffeil gyffredin "
    "yw {target} (dyfais, pibell neu soced ydyw).",
    "Choose a new file name in a folder of your own.": "Dewiswch enw ffeil newydd mewn ffolder sy'n "
    "eiddo i chi.",
    "{target} is one of the vault's own files; writing there would destroy the vault.": "Mae "
    "{target} yn un o ffeiliau'r gladdgell ei hun; byddai ysgrifennu yno'n dinistrio'r gladdgell.",
    "Choose a file name outside the vault's data folder.": "Dewiswch enw ffeil y tu allan i ffolder "
    "data'r gladdgell.",
    "{target} is inside the vault's own folder, where a readable copy would sit beside the "
    "encrypted records.": "Mae {target} y tu mewn i ffolder y gladdgell ei hun, lle byddai copi "
    "darllenadwy yn eistedd wrth ymyl y cofnodion wedi'u hamgryptio.",
    "Choose a folder outside the vault's data folder.": "Dewiswch ffolder y tu allan i ffolder "
    "data'r gladdgell.",
    "{target} is a backup of the vault; it will not be overwritten.": "Copi wrth gefn o'r gladdgell "
    "yw {target}; ni chaiff ei drosysgrifo.",
    "The folder {parent} cannot be written to.": "Ni ellir ysgrifennu i'r ffolder {parent}.",
    "Choose a folder you are allowed to write to.": "Dewiswch ffolder y mae gennych ganiatâd i "
    "ysgrifennu iddo.",
    "{target} cannot be used ({reason}).": "Ni ellir defnyddio {target} ({reason}).",
    "Choose another file name or folder.": "Dewiswch enw ffeil neu ffolder arall.",
    "{what} is too long ({count:,} characters; at most {limit}).": "Mae {what} yn rhy hir ({count:,} "
    "nod; {limit} ar y mwyaf).",
    "Shorten it.": "Byrhewch ef.",
    "The database file is too short to be a vault: it is damaged.": "Mae ffeil y gronfa ddata yn "
    "rhy fyr i fod yn gladdgell: mae wedi'i difrodi.",
    "{what} is not valid text: it has bytes that are not UTF-8.": "Nid yw {what} yn destun dilys: "
    "mae ganddo feitiau nad ydynt yn UTF-8.",
    "Type it again, or save the file as UTF-8.": "Teipiwch ef eto, neu cadwch y ffeil fel UTF-8.",
    # the vault and its folder (db/vault.py, db/install.py, db/throttle.py, db/schema.py)
    "The vault is locked.": "Mae'r gladdgell wedi'i chloi.",
    "Nobody is signed in.": "Nid oes neb wedi mewngofnodi.",
    "Too many wrong attempts. Wait {seconds} seconds before trying again.": "Gormod o ymdrechion "
    "anghywir. Arhoswch {seconds} eiliad cyn rhoi cynnig arall arni.",
    "The wait grows with each wrong attempt, to slow down guessing.": "Mae'r aros yn tyfu gyda "
    "phob ymdrech anghywir, i arafu dyfalu.",
    "Move that file, and any folder whose name starts with .vault-build-, out of the data "
    "folder, then restore the latest backup if the vault does not open.": "Symudwch y ffeil "
    "honno, ac unrhyw ffolder y mae ei enw'n dechrau gyda .vault-build-, allan o'r ffolder data, "
    "yna adferwch y copi wrth gefn diweddaraf os nad yw'r gladdgell yn agor.",
    "There is already a vault in {data_dir}.": "Mae claddgell yn {data_dir} eisoes.",
    "{data_dir} is a file, not a folder.": "Ffeil yw {data_dir}, nid ffolder.",
    "Choose the vault's data folder, or a new folder for a new vault.": "Dewiswch ffolder data'r "
    "gladdgell, neu ffolder newydd ar gyfer claddgell newydd.",
    "The data folder {data_dir} cannot be written to.": "Ni ellir ysgrifennu i'r ffolder data "
    "{data_dir}.",
    "Check its permissions, or copy the vault to a folder you can write to.": "Gwiriwch ei "
    "ganiatâd, neu copïwch y gladdgell i ffolder y gallwch ysgrifennu iddo.",
    "Enter the school's name.": "Rhowch enw'r ysgol.",
    "Enter a sign-in name for the first account.": "Rhowch enw mewngofnodi ar gyfer y cyfrif "
    "cyntaf.",
    "No vault was found in {data_dir}.": "Ni chafwyd claddgell yn {data_dir}.",
    "The vault's database ({db_file}) is missing from {data_dir}, though its key file is there.": (
        "Mae cronfa ddata'r gladdgell ({db_file}) ar goll o {data_dir}, er bod ei ffeil allwedd "
        "yno."
    ),
    "The vault's key file ({keys_file}) is missing from {data_dir}.": "Mae ffeil allwedd y "
    "gladdgell ({keys_file}) ar goll o {data_dir}.",
    "The vault's key file ({keys_file}) has gone missing.": "Mae ffeil allwedd y gladdgell "
    "({keys_file}) wedi mynd ar goll.",
    "The record of the newest audit event ({head_path}) is a folder, not a file.": "Ffolder yw "
    "cofnod y digwyddiad archwilio diweddaraf ({head_path}), nid ffeil.",
    "The record of wrong attempts ({path}) is a folder, not a file.": "Ffolder yw cofnod yr "
    "ymdrechion anghywir ({path}), nid ffeil.",
    "Move that folder out of the data folder, then sign in again.": "Symudwch y ffolder hwnnw allan "
    "o'r ffolder data, yna mewngofnodwch eto.",
    "The record of an unfinished set-up or restore ({journal_file}) is damaged.": "Mae cofnod "
    "sefydlu neu adfer heb ei orffen ({journal_file}) wedi'i ddifrodi.",
    "This vault was written by a newer version of DSL Desktop (schema {current}); this version "
    "understands up to schema {head}.": "Ysgrifennwyd y gladdgell hon gan fersiwn mwy newydd o DSL "
    "Desktop (sgema {current}); mae'r fersiwn hwn yn deall hyd at sgema {head}.",
    "The database file has no DSL Desktop tables: it is damaged or was replaced.": "Nid oes gan "
    "ffeil y gronfa ddata dablau DSL Desktop: mae wedi'i difrodi neu wedi'i disodli.",
    "This computer no longer holds the key. Sign in with your passphrase.": "Nid yw'r cyfrifiadur "
    "hwn yn dal yr allwedd mwyach. Mewngofnodwch gyda'ch cyfrinymadrodd.",
    "The database does not open with its key file.": "Nid yw'r gronfa ddata yn agor gyda'i ffeil "
    "allwedd.",
    "The key file beside the database belongs to another vault.": "Mae'r ffeil allwedd wrth ymyl y "
    "gronfa ddata yn perthyn i gladdgell arall.",
    "Ask them to sign in once, then rotate the key in Settings.": "Gofynnwch iddynt fewngofnodi "
    "unwaith, yna newidiwch yr allwedd yn y Gosodiadau.",
    "This computer cannot be remembered for an account whose key slot could not be brought up to "
    "date.": "Ni ellir cofio'r cyfrifiadur hwn ar gyfer cyfrif nad oedd modd diweddaru ei slot "
    "allwedd.",
    "Check that the data folder can be written to, then sign in again.": "Gwiriwch fod modd "
    "ysgrifennu i'r ffolder data, yna mewngofnodwch eto.",
    "The vault's key was replaced in another window or command since you signed in, so this "
    "window can no longer use the vault.": "Disodlwyd allwedd y gladdgell mewn ffenestr neu "
    "orchymyn arall ers i chi fewngofnodi, felly ni all y ffenestr hon ddefnyddio'r gladdgell "
    "mwyach.",
    "Close this window and sign in again.": "Caewch y ffenestr hon a mewngofnodwch eto.",
    "That account has been removed. Ask the DSL.": "Mae'r cyfrif hwnnw wedi'i dynnu. Gofynnwch i'r "
    "Arweinydd Diogelu.",
    "This account's signing key is recorded for another account.": "Mae allwedd llofnodi'r cyfrif "
    "hwn wedi'i chofnodi ar gyfer cyfrif arall.",
    "The system keychain refused to keep the key ({kind}).": "Gwrthododd storfa allweddi'r system "
    "gadw'r allwedd ({kind}).",
    "The system keychain could not be read ({kind}).": "Nid oedd modd darllen storfa allweddi'r "
    "system ({kind}).",
    # passphrases and key slots (db/keyslots.py)
    "That passphrase does not open this vault.": "Nid yw'r cyfrinymadrodd hwnnw'n agor y gladdgell "
    "hon.",
    "The sign-in name or passphrase is not right.": "Nid yw'r enw mewngofnodi na'r cyfrinymadrodd "
    "yn gywir.",
    "That recovery code is not right.": "Nid yw'r cod adfer hwnnw'n gywir.",
    "This computer is not remembered for that account.": "Nid yw'r cyfrifiadur hwn yn cael ei gofio "
    "ar gyfer y cyfrif hwnnw.",
    "That account has no passphrase slot. Ask the DSL.": "Nid oes gan y cyfrif hwnnw slot "
    "cyfrinymadrodd. Gofynnwch i'r Arweinydd Diogelu.",
    "The key kept on this computer no longer matches. Sign in with your passphrase.": "Nid yw'r "
    "allwedd a gedwir ar y cyfrifiadur hwn yn cyfateb mwyach. Mewngofnodwch gyda'ch "
    "cyfrinymadrodd.",
    "The key file has no recovery slot.": "Nid oes gan y ffeil allwedd slot adfer.",
    "The key file has a field of the wrong type.": "Mae gan y ffeil allwedd faes o'r math anghywir.",
    "The key file has a field far larger than any key: it is damaged.": "Mae gan y ffeil allwedd "
    "faes llawer mwy nag unrhyw allwedd: mae wedi'i difrodi.",
    "The key file has a damaged field.": "Mae gan y ffeil allwedd faes wedi'i ddifrodi.",
    "The key file is not a DSL Desktop key file.": "Nid ffeil allwedd DSL Desktop yw'r ffeil "
    "allwedd.",
    "The key file was written by an unknown version.": "Ysgrifennwyd y ffeil allwedd gan fersiwn "
    "anhysbys.",
    "The key file has been changed or damaged: its checksum fails.": "Mae'r ffeil allwedd wedi'i "
    "newid neu ei difrodi: mae ei siec-swm yn methu.",
    "The key file is {size_kb} KB, far larger than any key file: it has been damaged or "
    "replaced.": "Mae'r ffeil allwedd yn {size_kb} KB, llawer mwy nag unrhyw ffeil allwedd: mae "
    "wedi'i difrodi neu wedi'i disodli.",
    "The key file ({path}) is a folder, not a file.": "Ffolder yw'r ffeil allwedd ({path}), nid "
    "ffeil.",
    "The key file is not readable: it has been damaged.": "Ni ellir darllen y ffeil allwedd: mae "
    "wedi'i difrodi.",
    "The key file's list of slots is damaged.": "Mae rhestr slotiau'r ffeil allwedd wedi'i difrodi.",
    "The key file's vault id is damaged.": "Mae dynodydd claddgell y ffeil allwedd wedi'i ddifrodi.",
    "The key file's key generation is damaged.": "Mae cenhedlaeth allwedd y ffeil allwedd wedi'i "
    "difrodi.",
    "The key file is missing required fields.": "Mae meysydd gofynnol ar goll o'r ffeil allwedd.",
    "A key slot is damaged.": "Mae slot allwedd wedi'i ddifrodi.",
    "A key slot is of an unknown kind.": "Mae slot allwedd o fath anhysbys.",
    "A key slot's account is damaged.": "Mae cyfrif slot allwedd wedi'i ddifrodi.",
    "A key slot's nonce is damaged.": "Mae nonce slot allwedd wedi'i ddifrodi.",
    "A key slot has no key-derivation settings.": "Nid oes gan slot allwedd osodiadau deillio "
    "allwedd.",
    "A key slot has damaged key-derivation settings.": "Mae gan slot allwedd osodiadau deillio "
    "allwedd wedi'u difrodi.",
    "A key slot's salt is too short: the key file is damaged.": "Mae halen slot allwedd yn rhy "
    "fyr: mae'r ffeil allwedd wedi'i difrodi.",
    "A key slot's public key is damaged.": "Mae allwedd gyhoeddus slot allwedd wedi'i difrodi.",
    "A key slot's sealed key is damaged.": "Mae allwedd seliedig slot allwedd wedi'i difrodi.",
    "A key slot's sealed data key is damaged.": "Mae allwedd ddata seliedig slot allwedd wedi'i "
    "difrodi.",
    "A key slot holds a key of the wrong size.": "Mae slot allwedd yn dal allwedd o'r maint "
    "anghywir.",
    "A key slot has lost its sealed data key: it is damaged.": "Mae slot allwedd wedi colli ei "
    "allwedd ddata seliedig: mae wedi'i ddifrodi.",
    "A key slot asks for weaker settings than DSL Desktop accepts: it has been tampered with.": (
        "Mae slot allwedd yn gofyn am osodiadau gwannach nag y mae DSL Desktop yn eu derbyn: mae "
        "rhywun wedi ymyrryd ag ef."
    ),
    "A key slot asks for Argon2id settings beyond what DSL Desktop will run (m={memory_kib} KiB, "
    "t={iterations}, p={lanes}; at most {most_mib} MiB, t={max_iterations}, p={max_lanes}): the "
    "key file has been damaged or tampered with.": "Mae slot allwedd yn gofyn am osodiadau "
    "Argon2id y tu hwnt i'r hyn y bydd DSL Desktop yn ei redeg (m={memory_kib} KiB, "
    "t={iterations}, p={lanes}; {most_mib} MiB ar y mwyaf, t={max_iterations}, p={max_lanes}): "
    "mae'r ffeil allwedd wedi'i difrodi neu mae rhywun wedi ymyrryd â hi.",
    "Argon2id settings m={memory_kib} KiB, t={iterations}, p={lanes} are below the accepted "
    "minimum (for example 19 MiB with t=2).": "Mae gosodiadau Argon2id m={memory_kib} KiB, "
    "t={iterations}, p={lanes} yn is na'r isafswm a dderbynnir (er enghraifft 19 MiB gyda t=2).",
    "its wrapped key has the wrong size": "mae ei allwedd wedi'i lapio o'r maint anghywir",
    "its sealed data key is missing or damaged": "mae ei allwedd ddata seliedig ar goll neu wedi'i "
    "difrodi",
    # backups (db/backup/)
    "Try another backup. Keep this file: it may still be useful to someone who can repair it.": (
        "Rhowch gynnig ar gopi wrth gefn arall. Cadwch y ffeil hon: gall fod o ddefnydd o hyd i "
        "rywun sy'n gallu ei thrwsio."
    ),
    "Plug in the drive or choose another folder, then try again.": "Cysylltwch y gyriant neu "
    "dewiswch ffolder arall, yna rhowch gynnig arall arni.",
    "Keep the restored vault or undo the restore first (Backups & records page).": "Cadwch y "
    "gladdgell a adferwyd neu dadwnewch yr adfer yn gyntaf (tudalen Copïau wrth gefn a "
    "chofnodion).",
    "That passphrase or recovery code does not open this backup.": "Nid yw'r cyfrinymadrodd na'r "
    "cod adfer hwnnw'n agor y copi wrth gefn hwn.",
    "Use the backup's own passphrase if one was set, a passphrase that opened the vault when the "
    "backup was made, or the school's recovery code.": "Defnyddiwch gyfrinymadrodd y copi wrth "
    "gefn ei hun os gosodwyd un, cyfrinymadrodd a oedd yn agor y gladdgell pan wnaed y copi, neu "
    "god adfer yr ysgol.",
    "A passphrase or recovery code is needed to open this backup.": "Mae angen cyfrinymadrodd neu "
    "god adfer i agor y copi wrth gefn hwn.",
    "This backup was made from another vault.": "Gwnaed y copi wrth gefn hwn o gladdgell arall.",
    "Give the backup's passphrase or the recovery code of the school it came from.": "Rhowch "
    "gyfrinymadrodd y copi wrth gefn neu god adfer yr ysgol y daeth ohoni.",
    "The file is too short to be a DSL Desktop backup.": "Mae'r ffeil yn rhy fyr i fod yn gopi "
    "wrth gefn DSL Desktop.",
    "The file is not a DSL Desktop backup, or its first bytes are damaged.": "Nid copi wrth gefn "
    "DSL Desktop yw'r ffeil, neu mae ei beitiau cyntaf wedi'u difrodi.",
    "The backup file {path} was not found.": "Ni chafwyd y ffeil wrth gefn {path}.",
    "{path} is a folder, not a backup file.": "Ffolder yw {path}, nid ffeil wrth gefn.",
    "The backup file is incomplete or has extra bytes: it was cut short or damaged.": "Mae'r ffeil "
    "wrth gefn yn anghyflawn neu mae ganddi feitiau ychwanegol: cafodd ei thorri'n fyr neu ei "
    "difrodi.",
    "This backup was made by another version of DSL Desktop (format {version}).": "Gwnaed y copi "
    "wrth gefn hwn gan fersiwn arall o DSL Desktop (fformat {version}).",
    "The backup was made by a newer version of DSL Desktop (schema {schema}).": "Gwnaed y copi "
    "wrth gefn gan fersiwn mwy newydd o DSL Desktop (sgema {schema}).",
    "Install the latest version of DSL Desktop to restore it.": "Gosodwch y fersiwn ddiweddaraf o "
    "DSL Desktop i'w adfer.",
    "The backup's header is damaged.": "Mae pennyn y copi wrth gefn wedi'i ddifrodi.",
    "The backup's header is damaged: its checksum does not match.": "Mae pennyn y copi wrth gefn "
    "wedi'i ddifrodi: nid yw ei siec-swm yn cyfateb.",
    "The backup's header has a field of the wrong type.": "Mae gan bennyn y copi wrth gefn faes o'r "
    "math anghywir.",
    "The backup's header has a damaged field.": "Mae gan bennyn y copi wrth gefn faes wedi'i "
    "ddifrodi.",
    "The backup's header is not readable.": "Ni ellir darllen pennyn y copi wrth gefn.",
    "The backup's header is incomplete.": "Mae pennyn y copi wrth gefn yn anghyflawn.",
    "The backup's header has been altered: its seal does not match.": "Mae pennyn y copi wrth gefn "
    "wedi'i newid: nid yw ei sêl yn cyfateb.",
    "The backup's keys do not agree with each other.": "Nid yw allweddi'r copi wrth gefn yn cytuno "
    "â'i gilydd.",
    "The backup's contents are damaged: their checksum does not match.": "Mae cynnwys y copi wrth "
    "gefn wedi'i ddifrodi: nid yw ei siec-swm yn cyfateb.",
    "The key slots inside the backup are damaged: {message}": "Mae'r slotiau allwedd y tu mewn i'r "
    "copi wrth gefn wedi'u difrodi: {message}",
    "A key slot in the backup is damaged.": "Mae slot allwedd yn y copi wrth gefn wedi'i ddifrodi.",
    "The database inside the backup cannot be read: it is damaged.": "Ni ellir darllen y gronfa "
    "ddata y tu mewn i'r copi wrth gefn: mae wedi'i difrodi.",
    "The database inside the backup is damaged.": "Mae'r gronfa ddata y tu mewn i'r copi wrth gefn "
    "wedi'i difrodi.",
    "The database inside the backup failed its integrity check.": "Methodd y gronfa ddata y tu "
    "mewn i'r copi wrth gefn ei gwiriad cywirdeb.",
    "{count} encrypted page(s) inside the backup are damaged.": "Mae {count} tudalen wedi'i "
    "hamgryptio y tu mewn i'r copi wrth gefn wedi'u difrodi.",
    "The backup does not hold the number of records it should.": "Nid yw'r copi wrth gefn yn dal y "
    "nifer o gofnodion y dylai.",
    "The audit trail inside the backup does not verify.": "Nid yw'r trywydd archwilio y tu mewn i'r "
    "copi wrth gefn yn cael ei wirio'n gywir.",
    "The audit trail inside the backup is not the one that was sealed.": "Nid y trywydd archwilio "
    "y tu mewn i'r copi wrth gefn yw'r un a seliwyd.",
    "The folder {parent} does not exist or is not available.": "Nid yw'r ffolder {parent} yn "
    "bodoli neu nid yw ar gael.",
    "The backup did not read back as it was written.": "Ni ddarllenwyd y copi wrth gefn yn ôl fel "
    "y'i hysgrifennwyd.",
    "The backup changed or was damaged while it was being read.": "Newidiodd y copi wrth gefn neu "
    "cafodd ei ddifrodi tra oedd yn cael ei ddarllen.",
    "Restore into an empty folder, or choose to replace the current vault.": "Adferwch i ffolder "
    "gwag, neu dewiswch ddisodli'r gladdgell bresennol.",
    "An earlier restore into this folder has not been kept or undone yet.": "Nid yw adfer cynharach "
    "i'r ffolder hwn wedi'i gadw na'i ddadwneud eto.",
    "There is no restore to undo in this folder.": "Nid oes adfer i'w ddadwneud yn y ffolder hwn.",
    "The replaced vault's database is no longer there, so the restore cannot be undone.": "Nid "
    "yw cronfa ddata'r gladdgell a ddisodlwyd yno mwyach, felly ni ellir dadwneud yr adfer.",
    # the domain's refusals (dsl_desktop/services, dsl_desktop/intake, dsl_desktop/pdf)
    "Correct the highlighted details and save again.": "Cywirwch y manylion sydd wedi'u hamlygu a "
    "chadw eto.",
    "Make the school's intake key first (Settings, Staff reporting).": "Gwnewch allwedd derbyn yr "
    "ysgol yn gyntaf (Gosodiadau, Adrodd gan staff).",
    "Attach a smaller copy (for example a compressed PDF or a photo of lower resolution).": (
        "Atodwch gopi llai (er enghraifft PDF wedi'i gywasgu neu lun o gydraniad is)."
    ),
    "Ask the sending school to make the package again and send it once more.": "Gofynnwch i'r "
    "ysgol sy'n anfon wneud y pecyn eto a'i anfon unwaith eto.",
    "A referral form is made only when the decision is a Prevent referral. The decision record "
    "is available for every decision.": "Dim ond pan mai atgyfeiriad Atal yw'r penderfyniad y "
    "gwneir ffurflen atgyfeirio. Mae'r cofnod penderfyniad ar gael ar gyfer pob penderfyniad.",
    "Record the decision at the Decide step first.": "Cofnodwch y penderfyniad yn y cam "
    "Penderfynu yn gyntaf.",
    "Generate the referral form first.": "Cynhyrchwch y ffurflen atgyfeirio yn gyntaf.",
    "The form stays as it was sent. To share new information, take the concern back to Check "
    "through a review, and decide again.": "Mae'r ffurflen yn aros fel y'i hanfonwyd. I rannu "
    "gwybodaeth newydd, ewch â'r pryder yn ôl i Wirio drwy adolygiad, a phenderfynwch eto.",
    "Record the sending against the newest version of the form.": "Cofnodwch yr anfon yn erbyn y "
    "fersiwn ddiweddaraf o'r ffurflen.",
    "Export the staff list from the school's system as CSV and try again.": "Allforiwch y rhestr "
    "staff o system yr ysgol fel CSV a rhowch gynnig arall arni.",
    "Correct those rows in the file, or choose to import the valid rows only.": "Cywirwch y rhesi "
    "hynny yn y ffeil, neu dewiswch fewnforio'r rhesi dilys yn unig.",
    "The intake key file cannot be saved inside the vault's own folder; choose another place.": (
        "Ni ellir cadw'r ffeil allwedd derbyn y tu mewn i ffolder y gladdgell ei hun; dewiswch le "
        "arall."
    ),
    "The drop folder cannot be inside the vault's own folder; choose a shared folder.": "Ni all y "
    "ffolder gollwng fod y tu mewn i ffolder y gladdgell ei hun; dewiswch ffolder a rennir.",
    "The school has no intake key yet.": "Nid oes gan yr ysgol allwedd derbyn eto.",
    "Shorten the longest name or text, then try again.": "Byrhewch yr enw neu'r testun hiraf, yna "
    "rhowch gynnig arall arni.",
    "Your account does not allow this.": "Nid yw eich cyfrif yn caniatáu hyn.",
    "Auto-lock must be between 1 and 120 minutes.": "Rhaid i'r cloi awtomatig fod rhwng 1 a 120 "
    "munud.",
    "Only the DSL can change another account's contact details.": "Dim ond yr Arweinydd Diogelu "
    "all newid manylion cyswllt cyfrif arall.",
    "Enter a sign-in name.": "Rhowch enw mewngofnodi.",
    "You cannot remove your own account while signed in with it.": "Ni allwch dynnu eich cyfrif "
    "eich hun tra byddwch wedi mewngofnodi ag ef.",
    "The signed-in account is missing from the vault.": "Mae'r cyfrif sydd wedi mewngofnodi ar "
    "goll o'r gladdgell.",
    "That account does not exist or was removed.": "Nid yw'r cyfrif hwnnw'n bodoli neu cafodd ei "
    "dynnu.",
    "There is already an account signing in as “{name}”.": "Mae cyfrif yn mewngofnodi fel "
    "“{name}” eisoes.",
    "That account does not exist or was already removed.": "Nid yw'r cyfrif hwnnw'n bodoli neu "
    "cafodd ei dynnu eisoes.",
    "There is no account signing in as “{name}”.": "Nid oes cyfrif yn mewngofnodi fel “{name}”.",
    "The vault must keep at least one DSL account.": "Rhaid i'r gladdgell gadw o leiaf un cyfrif "
    "Arweinydd Diogelu.",
    "That attachment is not on record.": "Nid yw'r atodiad hwnnw ar gofnod.",
    "That concern is not on record.": "Nid yw'r pryder hwnnw ar gofnod.",
    "This concern is closed; files can no longer be attached to it.": "Mae'r pryder hwn wedi'i "
    "gau; ni ellir atodi ffeiliau iddo mwyach.",
    "That piece of information is not on record.": "Nid yw'r darn hwnnw o wybodaeth ar gofnod.",
    "That training record is not on record.": "Nid yw'r cofnod hyfforddiant hwnnw ar gofnod.",
    "That person is not on record.": "Nid yw'r person hwnnw ar gofnod.",
    "That action is not on record.": "Nid yw'r cam gweithredu hwnnw ar gofnod.",
    "This action is already recorded as done.": "Mae'r cam gweithredu hwn wedi'i gofnodi fel un "
    "a wnaed eisoes.",
    "That record is not on record any more.": "Nid yw'r cofnod hwnnw ar gofnod mwyach.",
    "This has already been recorded. To change it, record an amendment with the reason.": "Mae "
    "hyn wedi'i gofnodi eisoes. I'w newid, cofnodwch ddiwygiad gyda'r rheswm.",
    "The person this concern is about is missing from the store.": "Mae'r person y mae'r pryder "
    "hwn yn ymwneud ag ef ar goll o'r storfa.",
    "That referral is not on record.": "Nid yw'r atgyfeiriad hwnnw ar gofnod.",
    "Record when and to whom the referral was sent first.": "Cofnodwch pryd ac at bwy yr "
    "anfonwyd yr atgyfeiriad yn gyntaf.",
    "The outcome of this referral is already recorded. To correct it, record an amendment.": (
        "Mae canlyniad yr atgyfeiriad hwn wedi'i gofnodi eisoes. I'w gywiro, cofnodwch ddiwygiad."
    ),
    "The referral for this concern is already recorded as sent. To correct when, to whom or how, "
    "record an amendment.": "Mae'r atgyfeiriad ar gyfer y pryder hwn wedi'i gofnodi fel un a "
    "anfonwyd eisoes. I gywiro pryd, at bwy neu sut, cofnodwch ddiwygiad.",
    "The end of the period is before its start.": "Mae diwedd y cyfnod cyn ei ddechrau.",
    "Swap the two dates.": "Cyfnewidiwch y ddau ddyddiad.",
    "Choose when to back up: never, on sign-out or once a day.": "Dewiswch pryd i wneud copi wrth "
    "gefn: byth, wrth allgofnodi neu unwaith y dydd.",
    "Keep between 1 and {most} automatic backups.": "Cadwch rhwng 1 a {most} o gopïau wrth gefn "
    "awtomatig.",
    "The backup passphrase is too weak. {problem}": "Mae cyfrinymadrodd y copi wrth gefn yn rhy "
    "wan. {problem}",
    "Choose a folder for the automatic backups.": "Dewiswch ffolder ar gyfer y copïau wrth gefn "
    "awtomatig.",
    "DSL Desktop is not allowed to write to {folder}.": "Nid oes caniatâd i DSL Desktop ysgrifennu "
    "i {folder}.",
    "Choose a folder outside the vault's own data folder, ideally on another drive: a backup "
    "beside the vault is lost with it.": "Dewiswch ffolder y tu allan i ffolder data'r gladdgell "
    "ei hun, ar yriant arall yn ddelfrydol: collir copi wrth gefn sydd wrth ymyl y gladdgell "
    "gyda hi.",
    "Enter a number of years between 1 and 100.": "Rhowch nifer o flynyddoedd rhwng 1 a 100.",
    "The only action after the period is a review by the DSL.": "Yr unig gam ar ôl y cyfnod yw "
    "adolygiad gan yr Arweinydd Diogelu.",
    "Choose why the record is being deleted.": "Dewiswch pam mae'r cofnod yn cael ei ddileu.",
    "There is no retention rule for that kind of record.": "Nid oes rheol gadw ar gyfer y math "
    "hwnnw o gofnod.",
    "That record was not found.": "Ni chafwyd y cofnod hwnnw.",
    "This record is not due for review until {date}; it cannot be deleted before then.": "Nid yw'r "
    "cofnod hwn i'w adolygu tan {date}; ni ellir ei ddileu cyn hynny.",
    "The file is too short to be a transfer package.": "Mae'r ffeil yn rhy fyr i fod yn becyn "
    "trosglwyddo.",
    "The file is not a DSL Desktop transfer package.": "Nid pecyn trosglwyddo DSL Desktop yw'r "
    "ffeil.",
    "The transfer package's header is damaged.": "Mae pennyn y pecyn trosglwyddo wedi'i ddifrodi.",
    "The transfer package's header is damaged: its checksum does not match.": "Mae pennyn y pecyn "
    "trosglwyddo wedi'i ddifrodi: nid yw ei siec-swm yn cyfateb.",
    "The transfer package is damaged or incomplete.": "Mae'r pecyn trosglwyddo wedi'i ddifrodi neu'n "
    "anghyflawn.",
    "Install the latest version of DSL Desktop to read it.": "Gosodwch y fersiwn ddiweddaraf o DSL "
    "Desktop i'w ddarllen.",
    "The transfer package's contents are not a DSL Desktop transfer.": "Nid trosglwyddiad DSL "
    "Desktop yw cynnwys y pecyn trosglwyddo.",
    "Enter the school the file is going to.": "Rhowch yr ysgol y mae'r ffeil yn mynd iddi.",
    "Say how the file will be sent (for example: secure email, by hand).": "Dywedwch sut yr "
    "anfonir y ffeil (er enghraifft: e-bost diogel, â llaw).",
    "The package passphrase is too weak. {problem}": "Mae cyfrinymadrodd y pecyn yn rhy wan. "
    "{problem}",
    "The date of receipt cannot be in the future.": "Ni all y dyddiad derbyn fod yn y dyfodol.",
    "The transfer package's header is not readable.": "Ni ellir darllen pennyn y pecyn "
    "trosglwyddo.",
    "That passphrase does not open this transfer package.": "Nid yw'r cyfrinymadrodd hwnnw'n agor "
    "y pecyn trosglwyddo hwn.",
    "Ask the sending school's DSL for the package passphrase (sent separately from the file).": (
        "Gofynnwch i Arweinydd Diogelu'r ysgol sy'n anfon am gyfrinymadrodd y pecyn (a anfonir ar "
        "wahân i'r ffeil)."
    ),
    "The transfer package's contents are not readable.": "Ni ellir darllen cynnwys y pecyn "
    "trosglwyddo.",
    "The transfer package is missing parts it should have.": "Mae rhannau y dylai eu cael ar goll "
    "o'r pecyn trosglwyddo.",
    "This package was already read in on {date}.": "Darllenwyd y pecyn hwn i mewn eisoes ar "
    "{date}.",
    "The pupil and their concerns are in the vault already; nothing was added.": "Mae'r disgybl "
    "a'i bryderon yn y gladdgell eisoes; ni ychwanegwyd dim.",
    "That transfer was not found.": "Ni chafwyd y trosglwyddiad hwnnw.",
    "Receipt is confirmed for files this school sent, not for files it received.": "Cadarnheir "
    "derbyn ar gyfer ffeiliau a anfonodd yr ysgol hon, nid ar gyfer ffeiliau a dderbyniodd.",
    "The file cannot have been received before it was sent.": "Ni allai'r ffeil fod wedi'i "
    "derbyn cyn iddi gael ei hanfon.",
    "The transfer package holds a value that cannot be read.": "Mae'r pecyn trosglwyddo yn dal "
    "gwerth na ellir ei ddarllen.",
    "That person was not found.": "Ni chafwyd y person hwnnw.",
    "An attachment in the transfer package does not match its checksum.": "Nid yw atodiad yn y "
    "pecyn trosglwyddo yn cyfateb i'w siec-swm.",
    "That alternative explanation is not on record.": "Nid yw'r esboniad amgen hwnnw ar gofnod.",
    "This concern's decision is not a Prevent referral.": "Nid atgyfeiriad Atal yw penderfyniad y "
    "pryder hwn.",
    "That decision is not on record for this concern.": "Nid yw'r penderfyniad hwnnw ar gofnod ar "
    "gyfer y pryder hwn.",
    "That decision is not on record.": "Nid yw'r penderfyniad hwnnw ar gofnod.",
    "No referral form has been generated for this referral.": "Nid oes ffurflen atgyfeirio wedi'i "
    "chynhyrchu ar gyfer yr atgyfeiriad hwn.",
    "Use decision-record for what was decided; to send a new form, take the concern back to "
    "Check through a review and decide again.": "Defnyddiwch decision-record ar gyfer yr hyn a "
    "benderfynwyd; i anfon ffurflen newydd, ewch â'r pryder yn ôl i Wirio drwy adolygiad a "
    "phenderfynwch eto.",
    "Move the concern to Share first.": "Symudwch y pryder i Rannu yn gyntaf.",
    "Ask the DSL or a deputy to generate it: your account cannot.": "Gofynnwch i'r Arweinydd "
    "Diogelu neu ddirprwy ei chynhyrchu: ni all eich cyfrif chi.",
    "The stored referral form could not be read.": "Nid oedd modd darllen y ffurflen atgyfeirio a "
    "gadwyd.",
    "It may have been made by a newer version of DSL Desktop; install the latest version.": (
        "Efallai iddi gael ei gwneud gan fersiwn mwy newydd o DSL Desktop; gosodwch y fersiwn "
        "ddiweddaraf."
    ),
    "This referral is already recorded as sent. To correct when, to whom or how, record an "
    "amendment.": "Mae'r atgyfeiriad hwn wedi'i gofnodi fel un a anfonwyd eisoes. I gywiro pryd, "
    "at bwy neu sut, cofnodwch ddiwygiad.",
    "A newer version of this referral form has been generated since this one.": "Cynhyrchwyd "
    "fersiwn mwy newydd o'r ffurflen atgyfeirio hon ers yr un hon.",
    "That member of staff is not on the register.": "Nid yw'r aelod hwnnw o staff ar y gofrestr.",
    "That course is not in the catalogue.": "Nid yw'r cwrs hwnnw yn y catalog.",
    "That requirement is no longer there.": "Nid yw'r gofyniad hwnnw yno mwyach.",
    # messages with values from the services (attachments, referrals, training, sign-in)
    "“{name}” is {size}; files up to {limit} can be attached.": "Mae “{name}” yn {size}; gellir "
    "atodi ffeiliau hyd at {limit}.",
    "The stored copy of “{name}” does not match its checksum.": "Nid yw'r copi o “{name}” sydd "
    "wedi'i gadw yn cyfateb i'w siec-swm.",
    "No decision has been recorded for concern {reference} yet.": "Nid oes penderfyniad wedi'i "
    "gofnodi ar gyfer pryder {reference} eto.",
    "A referral form is generated at the Share stage; concern {reference} is at {stage}.": "Caiff "
    "ffurflen atgyfeirio ei chreu ar y cam Rhannu; mae pryder {reference} ar y cam {stage}.",
    "“{name}” is {size} MB; certificates up to {limit} MB can be kept.": "Mae “{name}” yn {size} "
    "MB; gellir cadw tystysgrifau hyd at {limit} MB.",
    "{count} of the people ticked are no longer on the register.": "Nid yw {count} o'r bobl a "
    "diciwyd ar y gofrestr mwyach.",
    "No vault was found in {folder}.": "Ni chafwyd hyd i gladdgell yn {folder}.",
    "The vault's database ({file}) is missing from {folder}, though its key file is there.": "Mae "
    "cronfa ddata'r gladdgell ({file}) ar goll o {folder}, er bod ei ffeil allweddi yno.",
    "The vault's key file ({file}) is missing from {folder}.": "Mae ffeil allweddi'r gladdgell "
    "({file}) ar goll o {folder}.",
    # a step refused at the concern's stage: {doing} is what was tried, {where} the stages
    "Concern {reference} is closed, so you cannot {doing}. Record new information as a new "
    "concern about the same person.": "Mae pryder {reference} ar gau, felly nid oes modd "
    "{doing}. Cofnodwch wybodaeth newydd fel pryder newydd am yr un person.",
    "You can {doing} at the {where} stage; concern {reference} is at {stage}.": "Mae modd "
    "{doing} ar y cam {where}; mae pryder {reference} ar y cam {stage}.",
    "add information": "ychwanegu gwybodaeth",
    "record an alternative explanation": "cofnodi esboniad arall",
    "conclude an alternative explanation": "dod i gasgliad am esboniad arall",
    "record a consultation": "cofnodi ymgynghoriad",
    "record a review": "cofnodi adolygiad",
    "record a decision": "cofnodi penderfyniad",
    "add an action": "ychwanegu cam gweithredu",
    "prepare a referral": "paratoi atgyfeiriad",
    "record sending a referral": "cofnodi anfon atgyfeiriad",
    "record the outcome of a referral": "cofnodi canlyniad atgyfeiriad",
    "record a parallel referral": "cofnodi atgyfeiriad cyfochrog",
    "record the immediate risk": "cofnodi'r perygl uniongyrchol",
    "answer the checks": "ateb y gwiriadau",
    "The vault is open in another window or command.": "Mae'r gladdgell ar agor mewn ffenestr "
    "neu orchymyn arall.",
    "answer the complex needs": "ateb yr anghenion cymhleth",
    "Notice or Check": "Sylwi neu Wirio",
    "Share or Review": "Rhannu neu Adolygu",
}
