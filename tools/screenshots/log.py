"""Screenshots of the concerns log, a chronology, the overview and the audit trail, with the
demo generator's fictional concerns (called from ``tools.screenshots``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from db.keyslots import KdfParams
from db.vault import OpenVault, Vault
from dsl_desktop import demo
from dsl_desktop.services.setup import seed_catalogues

CONCERNS = 400


def make_log_vault(folder: Path, kdf: KdfParams, *, school: str) -> tuple[Vault, OpenVault]:
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
    demo.generate(opened, concerns=CONCERNS, seed=11)
    return vault, opened


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def render_log(
    shoot: Callable[[QWidget, str], Path], root: Path, kdf: KdfParams, school: str
) -> None:
    from ui.controller import AppController
    from ui.log.audit_page import AuditTrailPage
    from ui.log.chronology import open_chronology
    from ui.log.overview_page import OverviewPage
    from ui.log.page import ConcernsLogPage

    vault, opened = make_log_vault(root / "log-vault", kdf, school=school)
    settings = QSettings(str(root / "log-settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(vault, settings=settings, kdf=kdf, quit_app=lambda: None)
    window = controller.enter(opened)
    window.resize(1280, 800)
    window.show_page("log")
    page: Any = window.page("log")
    assert isinstance(page, ConcernsLogPage)
    settle()
    if page.log is None:
        page.reload()
    shoot(window, "log-01-concerns-log")

    page.search.setText("Siân")
    page.apply_filter()
    shoot(window, "log-02-search")
    page.clear_filters()
    page.show_overdue()
    shoot(window, "log-03-overdue-reviews")
    page.clear_filters()

    page.table.selectRow(0)
    person_id = page.model.rows[0].person_id
    dialog = open_chronology(page.ctx, person_id, page)
    assert dialog is not None
    dialog.resize(1100, 700)
    shoot(dialog, "log-04-chronology")
    dialog.reject()

    export = page.open_export()
    shoot(export, "log-05-export")
    export.reject()

    window.show_page("overview")
    overview: Any = window.page("overview")
    assert isinstance(overview, OverviewPage)
    overview.period.setCurrentIndex(3)  # everything recorded
    shoot(window, "log-06-overview")

    window.show_page("audit")
    audit: Any = window.page("audit")
    assert isinstance(audit, AuditTrailPage)
    checking = audit.verify()
    assert checking is not None
    checking.wait()  # an operation: the result is shown when it is done
    shoot(window, "log-07-audit-trail")

    controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    QApplication.processEvents()
