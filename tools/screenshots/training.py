"""Screenshots of the Training page, with fictional staff (called from ``tools.screenshots``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from db.keyslots import KdfParams
from db.vault import OpenVault, Vault
from dsl_desktop.services import training
from dsl_desktop.services.setup import seed_catalogues
from dsl_desktop.services.training import CertificateFile

STAFF_CSV = """Staff Code,Title,Forename,Surname,Work Email Address,Role,Start Date
EMO,Ms,Eleri,Morgan,e.morgan@bryncelyn.example.sch.uk,Designated Safeguarding Lead,01/09/2014
HJA,Mr,Huw,James,h.james@bryncelyn.example.sch.uk,Deputy DSL,01/09/2017
GLL,Mr,Gwŷn,Llywelyn,g.llywelyn@bryncelyn.example.sch.uk,Headteacher,01/01/2016
SOB,Ms,Siân,O'Brien,s.obrien@bryncelyn.example.sch.uk,Teacher,02/09/2019
ZNK,Miss,Zoë,Nkemelu-Smith,z.nkemelu@bryncelyn.example.sch.uk,Teaching Assistant,15/04/2024
RFO,Ms,Róisín,Foley,r.foley@bryncelyn.example.sch.uk,SENCO,03/09/2023
KJO,Dr,Kateřina,Jones,k.jones@bryncelyn.example.sch.uk,Chair of Governors,01/09/2021
PWH,Mr,Paul,White,p.white@bryncelyn.example.sch.uk,Site Manager,06/06/2022
LCH,Mrs,Li,Chen,l.chen@bryncelyn.example.sch.uk,School Business Manager,01/01/2020
TPR,Mr,Tomos,Pritchard,t.pritchard@bryncelyn.example.sch.uk,Teacher,01/09/2025
"""

UPDATE_CSV = """Staff list - exported 12/11/2026
Surname,Forename,Job title,E-mail,Start date
Morgan,Eleri,Designated Safeguarding Lead,e.morgan@bryncelyn.example.sch.uk,01/09/2014
Pritchard,Tomos,Teacher (Year 4),t.pritchard@bryncelyn.example.sch.uk,01/09/2025
Dupont,Émile,Cover supervisor,e.dupont@bryncelyn.example.sch.uk,05/01/2026
Müller,Jürgen,Exams officer,j.mueller@bryncelyn.example.sch.uk,31/02/2024
Evans,,Lunchtime supervisor,,01/09/2024
"""

PDF_CERTIFICATE = b"%PDF-1.4\n% fictional certificate for a screenshot\n"


def make_training_vault(folder: Path, kdf: KdfParams, *, school: str) -> tuple[Vault, OpenVault]:
    """A seeded vault with fictional staff and some training on record."""
    vault = Vault(folder)
    opened, _code = vault.create(
        school_name=school,
        sign_in_name="emorgan",
        display_name="Ms Eleri Morgan",
        passphrase="meadow lantern copper 5",
        kdf=kdf,
        school={"urn": "409876"},
        seed=seed_catalogues,
    )
    training.apply_import(opened, STAFF_CSV.encode("utf-8"))
    staff = {p.staff_code: p for p in training.list_staff(opened)}
    courses = {c.code: c for c in training.list_courses(opened)}
    today = dt.date.today()
    everyone = [p.id for p in staff.values()]
    training.record_session(
        opened, courses["safeguarding_update"].id, today - dt.timedelta(days=70), everyone
    )
    training.record_session(
        opened,
        courses["safeguarding_induction"].id,
        dt.date(2024, 9, 2),
        [p.id for code, p in staff.items() if code != "TPR"],
    )
    done = {
        "prevent_awareness": ["EMO", "HJA", "GLL", "SOB", "RFO", "LCH"],
        "prevent_referrals": ["EMO", "HJA", "RFO"],
        "channel_awareness": ["EMO", "HJA", "GLL"],
        "dsl_training": ["EMO", "HJA"],
        "dsl_update": ["EMO"],
        "governance_briefing": ["GLL"],
    }
    for number, (course, codes) in enumerate(done.items()):
        for i, code in enumerate(codes):
            when = today - dt.timedelta(days=120 + 190 * ((number + i) % 6))
            training.record_training(
                opened,
                staff[code].id,
                courses[course].id,
                when,
                certificate=CertificateFile("certificate.pdf", PDF_CERTIFICATE)
                if course == "prevent_awareness"
                else None,
            )
    return vault, opened


def render_training(
    shoot: Callable[[QWidget, str], Path], root: Path, kdf: KdfParams, school: str
) -> None:
    from ui.controller import AppController
    from ui.training.page import TrainingPage

    vault, opened = make_training_vault(root / "training-vault", kdf, school=school)
    settings = QSettings(str(root / "training-settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(vault, settings=settings, kdf=kdf, quit_app=lambda: None)
    window = controller.enter(opened)
    window.resize(1180, 760)
    window.show_page("training")
    page: Any = window.page("training")
    assert isinstance(page, TrainingPage)
    page.tabs.setCurrentWidget(page.register)
    shoot(window, "training-01-register")

    upload = root / "staff-update.csv"
    upload.write_bytes(UPDATE_CSV.encode("cp1252", errors="replace"))
    assert page.import_tab is not None
    page.tabs.setCurrentWidget(page.import_tab)
    wizard = page.import_tab.open_wizard()
    wizard.file_page.path.setText(str(upload))
    wizard.next()
    shoot(wizard, "training-02-import-preview")
    wizard.next()
    shoot(wizard, "training-03-import-report")
    wizard.reject()

    assert page.record is not None
    page.tabs.setCurrentWidget(page.record)
    page.record.single.choose_person(training.list_staff(opened)[0].id)
    shoot(window, "training-04-record")

    page.tabs.setCurrentWidget(page.matrix)
    shoot(window, "training-05-matrix")
    page.tabs.setCurrentWidget(page.courses)
    shoot(window, "training-06-courses")

    controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    QApplication.processEvents()
