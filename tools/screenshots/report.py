"""Screenshots of staff reporting, with fictional data, offscreen, at 1024×700 and 1366×768.

    python -m tools.screenshots.report OUTDIR

The staff form (immediate danger answered yes, then filled in), its receipt, the "new staff
reports" notice on Home and after importing, the imported concern, and Settings → Staff
reporting. A temporary data folder is used and removed afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

SIZES = (QSize(1024, 700), QSize(1366, 768))


def _shoot(
    widget: QWidget, outdir: Path, name: str, saved: list[Path], sizes: tuple[QSize, ...] = SIZES
) -> None:
    for size in sizes:
        widget.resize(size)
        widget.show()
        for _ in range(6):
            QApplication.processEvents()
        path = outdir / f"{name}-{size.width()}x{size.height()}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        saved.append(path)


def render(outdir: Path) -> list[Path]:
    from db.vault import Vault
    from dsl_desktop.intake import service
    from dsl_desktop.intake.envelope import seal
    from dsl_desktop.intake.locate import FoundKey
    from dsl_desktop.intake.report import StaffReport
    from dsl_desktop.services.setup import seed_catalogues
    from tools.screenshots import DSL_DISPLAY, DSL_NAME, PASSPHRASE, SCHOOL, SCREENSHOT_KDF
    from ui.app import make_application
    from ui.controller import AppController
    from ui.report.form import StaffReportWindow
    from ui.settings_dialog import SettingsDialog

    qInstallMessageHandler(lambda *a: None)
    make_application([sys.argv[0]])
    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dsl-shots-") as tmp:
        root = Path(tmp)
        drop = root / "Staff reports"
        drop.mkdir()
        vault = Vault(root / "vault")
        opened, _ = vault.create(
            school_name=SCHOOL, sign_in_name=DSL_NAME, display_name=DSL_DISPLAY,
            passphrase=PASSPHRASE, kdf=SCREENSHOT_KDF, school={"urn": "409876"},
            seed=seed_catalogues,
        )  # fmt: skip
        service.create_key(opened)
        service.set_drop_folder(opened, str(drop))
        key = service.public_key(opened)

        form = StaffReportWindow(FoundKey(key, None))
        form.danger_yes.setChecked(True)
        _shoot(form, outdir, "report-01-staff-form-999", saved)
        form.danger_no.setChecked(True)
        form.reporter.setText("Gwŷn O'Neill")
        form.reporter_role.setText("Midday supervisor")
        form.person.setText("Siân Williams, Year 8")
        form.where.setText("Playground, by the science block")
        form.account.setPlainText(
            "Siân told two friends: “people like them should be got rid of, all of them”. She "
            "showed them a video on her phone of men in masks with a flag, and said she watches "
            "that channel every night. When she saw me she put the phone away and said it was "
            "a joke."
        )
        form.present.setPlainText("Two pupils from Year 8 (I do not know their names)")
        form.action_taken.setPlainText("Nothing yet; I am reporting it straight away.")
        _shoot(form, outdir, "report-02-staff-form-filled", saved)
        form.send()
        _shoot(form, outdir, "report-03-receipt", saved)
        form.hide()
        second = StaffReport(
            reporter="Zoë Evans", reporter_role="Teaching assistant", person="Dylan Hughes",
            account="Dylan drew a symbol on his planner and said it was “for the race war”.",
            noticed_at=dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=2),
            where="Classroom 4", immediate_danger=False,
        )  # fmt: skip
        sealed = seal(key, second)
        (drop / sealed.file_name).write_bytes(sealed.data)

        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        controller = AppController(
            vault, settings=settings, kdf=SCREENSHOT_KDF, quit_app=lambda: None
        )
        controller.enter(opened)
        main = controller.main_window
        assert main is not None
        main.show_page("home")
        _shoot(main, outdir, "report-04-home-notice", saved)
        home = main.page("home")
        summary = home.reports_notice.import_now()  # type: ignore[attr-defined]
        assert summary is not None and len(summary.imported) == 2
        _shoot(main, outdir, "report-05-home-imported", saved)
        main.show_page("concerns")
        page = main.page("concerns")
        first = next(i for i in summary.imported if i.reporter == "Gwŷn O'Neill")
        page.open_case(first.concern_id)  # type: ignore[attr-defined]
        _shoot(main, outdir, "report-06-imported-concern", saved)
        dialog = SettingsDialog(main.context, main)
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
        _shoot(dialog, outdir, "report-07-settings-staff-reporting", saved, (QSize(820, 640),))
        dialog.close()
        controller.shutdown()
        from ui import i18n

        i18n.install(QApplication.instance(), i18n.WELSH)  # type: ignore[arg-type]
        welsh = StaffReportWindow(FoundKey(key, None))
        welsh.danger_yes.setChecked(True)
        _shoot(welsh, outdir, "report-cy-staff-form", saved, (SIZES[0],))
        welsh.hide()
        i18n.install(QApplication.instance(), i18n.ENGLISH)  # type: ignore[arg-type]
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        QApplication.processEvents()
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tools.screenshots.report OUTDIR", file=sys.stderr)
        return 2
    for path in render(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
