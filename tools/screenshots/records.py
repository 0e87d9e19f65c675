"""Screenshots of the Backups & records page, with fictional data (called from ``tools.screenshots``).

Everything goes through the services, into the screenshot vault and a temporary folder. The
native file choosers are replaced by fixed answers while the screens are drawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from db.keyslots import KdfParams
from db.vault import Vault
from dsl_desktop.domain import PersonType
from dsl_desktop.services import records
from dsl_desktop.services.concerns import NoticeInput, create_concern
from dsl_desktop.services.people import PersonInput, add_person
from dsl_desktop.services.setup import seed_catalogues
from ui.main_window import MainWindow
from ui.records import common

PACKAGE_PASSPHRASE = "otter quilt saffron 2026"
PASSPHRASE = "meadow lantern copper 5"


@contextmanager
def _answers(**replacements: Callable[..., Any]) -> Iterator[None]:
    saved = {name: getattr(common, name) for name in replacements}
    for name, fn in replacements.items():
        setattr(common, name, fn)
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(common, name, fn)


def _fictional_records(main: MainWindow) -> None:
    assert main.context is not None
    vault = main.context.vault
    old = [
        ("Rhys", "Bevan", dt.date(1998, 4, 3), dt.datetime(2011, 3, 14, 10, 20)),
        ("Chloe", "Okafor", dt.date(1999, 11, 21), dt.datetime(2013, 6, 5, 13, 5)),
    ]
    for forenames, surname, born, noticed in old:
        person = add_person(
            vault,
            PersonInput(forenames=forenames, surname=surname, person_type=PersonType.PUPIL,
                        date_of_birth=born, school_or_occupation="Year 7"),
        )  # fmt: skip
        create_concern(
            vault,
            NoticeInput(person_id=person.id, noticed_by="Class teacher", noticed_at=noticed,
                        account="A fictional account kept for the screenshots.",
                        immediate_danger=False),
        )  # fmt: skip
    for forenames, surname, born in (
        ("Gwŷn", "Roberts", dt.date(2014, 5, 17)),
        ("Amira", "Haddad", dt.date(2015, 1, 9)),
    ):
        person = add_person(
            vault,
            PersonInput(forenames=forenames, surname=surname, person_type=PersonType.PUPIL,
                        date_of_birth=born, school_or_occupation="Year 6",
                        upn_or_staff_code="A123456789012"),
        )  # fmt: skip
        create_concern(
            vault,
            NoticeInput(person_id=person.id, noticed_by="Teaching assistant",
                        noticed_at=dt.datetime(2026, 2, 3, 11, 15),
                        account="Fictional: repeated a slogan from an online video.",
                        immediate_danger=False),
        )  # fmt: skip


def render_records(
    shoot: Callable[[QWidget, str], Path], root: Path, kdf: KdfParams, school: str
) -> None:
    """Shoot the page in a vault of its own, seeded as a real school's would be."""
    from ui.controller import AppController

    vault = Vault(root / "records-vault")
    opened, _code = vault.create(
        school_name=school, sign_in_name="emorgan", display_name="Ms Eleri Morgan",
        passphrase=PASSPHRASE, kdf=kdf, school={"urn": "409876"}, seed=seed_catalogues,
    )  # fmt: skip
    settings = QSettings(str(root / "records-settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(vault, settings=settings, kdf=kdf, quit_app=lambda: None)
    window = controller.enter(opened)
    try:
        shoot_records_screens(shoot, window, root)
    finally:
        controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        QApplication.processEvents()


def shoot_records_screens(
    shoot: Callable[[QWidget, str], Path], main: MainWindow, root: Path
) -> None:
    from ui.records.dialogs import DeleteRecordDialog, RestoreDialog, TransferOutDialog
    from ui.records.page import RecordsPage

    assert main.context is not None
    ctx = main.context
    _fictional_records(main)
    folder = root / "backups"
    folder.mkdir(exist_ok=True)
    out = root / "transfers"
    out.mkdir(exist_ok=True)
    people = {name.split()[0]: pid for pid, name, _extra in records.people_for_transfer(ctx.vault)}
    sent = records.export_transfer(
        ctx.vault, people["Amira"], out, "Ysgol Uwchradd Bryn Celyn", "Secure email",
        PACKAGE_PASSPHRASE, kdf=ctx.kdf,
    )  # fmt: skip
    records.confirm_receipt(ctx.vault, sent.transfer_id, dt.date.today())
    records.export_transfer(
        ctx.vault, people["Gwŷn"], out, "Ysgol Aberconwy", "By hand, on an encrypted drive",
        PACKAGE_PASSPHRASE, kdf=ctx.kdf,
    )  # fmt: skip
    records.set_auto_backup(ctx.vault, records.AutoBackupSettings(str(folder), 7, "sign_out"))
    records.maybe_auto_backup(ctx.vault, "sign_out")

    main.show_page("records")
    page = main.page("records")
    assert isinstance(page, RecordsPage)
    page.refresh()
    backup_file = folder / "dsl-desktop-backup-before-the-move.dslbackup"
    with _answers(ask_save_path=lambda *_a: backup_file):
        backing_up = page.backups.back_up_now()
    assert backing_up is not None
    backing_up.wait()  # an operation: the result is shown when it is done
    main.resize(1100, 760)
    shoot(main, "records-01-backups")

    page.tabs.setCurrentWidget(page.retention)
    page.retention.table.selectRow(0)
    shoot(main, "records-02-retention")
    due = page.retention.selected()
    assert due is not None
    dialog = DeleteRecordDialog(ctx, due, main)
    dialog.reason.setCurrentIndex(0)
    dialog.typed.setText(dialog.word)
    shoot(dialog, "records-03-delete")
    dialog.reject()

    page.tabs.setCurrentWidget(page.transfers)
    shoot(main, "records-04-transfers")
    send = TransferOutDialog(ctx, main)
    send.search.setText("Roberts")
    send.to_school.setText("Ysgol David Hughes")
    send.passphrase.setText(PACKAGE_PASSPHRASE)
    send.repeat.setText(PACKAGE_PASSPHRASE)
    send.folder.setText(str(out))
    shoot(send, "records-05-transfer-send")
    send.reject()

    restore = RestoreDialog(ctx, main)
    restore.path.setText(str(backup_file))
    restore.secret.setText(PASSPHRASE)
    checking = restore.run_check()
    assert checking is not None
    checking.wait()
    shoot(restore, "records-06-restore-check")
    restore.reject()
    page.tabs.setCurrentWidget(page.backups)
