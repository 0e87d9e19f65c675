"""Render every screen of the app shell to PNG files, with fictional data, offscreen.

    python -m tools.screenshots OUTDIR
    python -m tools.screenshots OUTDIR --variants   # a11y-*: light, dark, 200% and large text
    python -m tools.screenshots OUTDIR --small      # Home, Decide, history, audit at 1024 and 1366
    python -m tools.screenshots OUTDIR --welsh      # welsh-*: the app in Welsh, a school in Wales

A temporary data folder is used and removed afterwards; nothing touches a real vault, the
real keychain or the user's settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from db.keyslots import KdfParams
from db.vault import Vault
from dsl_desktop.domain import Role
from dsl_desktop.services.accounts import ContactEntry, add_account, save_local_contacts

# The lowest Argon2id cost the vault accepts: screenshots need no real protection.
SCREENSHOT_KDF = KdfParams(19456, 2, 1)

SCHOOL = "Bryn Celyn Primary School"
DSL_NAME = "emorgan"
DSL_DISPLAY = "Ms Eleri Morgan"
PASSPHRASE = "meadow lantern copper 5"


class _InstancePriority:
    def __get__(self, instance: Any, owner: type) -> float:
        if instance is None:
            raise RuntimeError("only for screenshots")
        return 1.0


class _ScreenshotKeyring(KeyringBackend):
    """An in-memory keychain, so "remember me" can be shown without touching the real one."""

    priority = _InstancePriority()  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def _quiet_offscreen_notes(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform's notes about window-manager features are not problems."""
    if "does not support" in message:
        return
    sys.stderr.write(message + "\n")


class Shooter:
    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.saved: list[Path] = []

    def settle(self) -> None:
        for _ in range(5):
            QApplication.processEvents()

    def __call__(self, widget: QWidget, name: str) -> Path:
        widget.show()
        self.settle()
        path = self.outdir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        return path


def _fill_wizard(shoot: Shooter, data_dir: Path) -> None:
    from ui.setup_wizard import SetupWizard

    wizard = SetupWizard(Vault(data_dir / "new"), kdf=SCREENSHOT_KDF)
    wizard.resize(720, 640)
    shoot(wizard, "01-setup-welcome")
    wizard.next()
    form = wizard.school_page.form
    form.name.setText(SCHOOL)
    form.urn.setText("409876")
    form.address.setPlainText("Ffordd yr Ysgol\nLlanfair Celyn\nLL00 1AA")
    form.phone.setText("01234 567890")
    form.email.setText("office@bryncelyn.example.sch.uk")
    form.local_authority.setText("Conwy County Borough Council")
    shoot(wizard, "02-setup-school")
    wizard.next()
    contacts = wizard.contacts_page.form
    contacts.fields[("police_prevent_referral_email", "email")].setText(
        "prevent.referrals@example.police.uk"
    )
    contacts.fields[("la_prevent_lead", "name")].setText("Gareth Price")
    contacts.fields[("la_prevent_lead", "phone")].setText("01234 100200")
    contacts.fields[("mash_front_door", "name")].setText("Children's Services Front Door")
    contacts.fields[("mash_front_door", "phone")].setText("01234 300400")
    contacts.fields[("out_of_hours", "phone")].setText("0300 123 4567")
    shoot(wizard, "03-setup-contacts")
    wizard.next()
    page = wizard.account_page
    page.display_name.setText(DSL_DISPLAY)
    page.sign_in_name.setText(DSL_NAME)
    page.passphrase.new_edit.setText("lantern")
    shoot(wizard, "04-setup-account-weak")
    page.passphrase.new_edit.setText(PASSPHRASE)
    page.passphrase.confirm_edit.setText(PASSPHRASE)
    shoot(wizard, "05-setup-account")
    wizard.next()
    shoot(wizard, "06-setup-recovery-code")
    if wizard.open_vault is not None:
        wizard.open_vault.close("sign_out")
    wizard.hide()
    wizard.deleteLater()


def _make_vault(data_dir: Path, backend: Any) -> Vault:
    vault = Vault(data_dir, keyring_backend=backend)
    open_vault, _code = vault.create(
        school_name=SCHOOL,
        sign_in_name=DSL_NAME,
        display_name=DSL_DISPLAY,
        passphrase=PASSPHRASE,
        kdf=SCREENSHOT_KDF,
        school={
            "urn": "409876",
            "address": "Ffordd yr Ysgol, Llanfair Celyn, LL00 1AA",
            "phone": "01234 567890",
            "email": "office@bryncelyn.example.sch.uk",
            "local_authority": "Conwy County Borough Council",
        },
    )
    save_local_contacts(
        open_vault,
        [
            ContactEntry(None, "police_prevent_referral_email", "", "",
                         "prevent.referrals@example.police.uk"),
            ContactEntry(None, "la_prevent_lead", "Gareth Price", "01234 100200",
                         "prevent@conwy.example.gov.uk"),
            ContactEntry(None, "mash_front_door", "Children's Services Front Door",
                         "01234 300400", ""),
            ContactEntry(None, "out_of_hours", "", "0300 123 4567", ""),
        ],
    )  # fmt: skip
    add_account(
        open_vault, sign_in_name="hjames", display_name="Mr Huw James", role=Role.DEPUTY,
        passphrase="harbour thistle pebble 2", kdf=SCREENSHOT_KDF,
    )  # fmt: skip
    add_account(
        open_vault, sign_in_name="sbeynon", display_name="Mrs Sian Beynon",
        role=Role.TRAINING_ADMIN, passphrase="orchard violet kettle 6", kdf=SCREENSHOT_KDF,
    )  # fmt: skip
    open_vault.close("sign_out")
    return vault


def render_all(outdir: Path) -> list[Path]:
    from ui.account_dialogs import AddAccountDialog
    from ui.app import make_application
    from ui.controller import AppController
    from ui.errors import ErrorReportDialog
    from ui.settings_dialog import SettingsDialog

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen_notes)
    make_application(["dsl-desktop-screenshots"])
    outdir.mkdir(parents=True, exist_ok=True)
    shoot = Shooter(outdir)
    with tempfile.TemporaryDirectory(prefix="dsl-screens-") as tmp:
        root = Path(tmp)
        _fill_wizard(shoot, root)

        keyring = _ScreenshotKeyring()
        vault = _make_vault(root / "vault", keyring)
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)

        def controller_for(v: Vault) -> AppController:
            return AppController(v, settings=settings, kdf=SCREENSHOT_KDF, quit_app=lambda: None)

        controller = controller_for(vault)
        controller.names.add("hjames")
        controller.names.add(DSL_NAME)
        controller.start()
        unlock = controller.unlock_window
        assert unlock is not None
        shoot(unlock, "07-unlock")
        unlock.passphrase_edit.setText("not the right one")
        unlock.unlock()
        shoot(unlock, "08-unlock-wrong-passphrase")
        for _ in range(2):
            unlock.passphrase_edit.setText("still not the right one")
            unlock.unlock()
        shoot(unlock, "09-unlock-wait")
        unlock.dismiss()
        vault.throttle.succeeded()

        no_keychain = controller_for(Vault(root / "vault", keyring_backend=fail.Keyring()))
        no_keychain.start()
        assert no_keychain.unlock_window is not None
        shoot(no_keychain.unlock_window, "10-unlock-no-keychain")
        no_keychain.unlock_window.dismiss()

        controller.show_unlock(prefill=DSL_NAME)
        unlock = controller.unlock_window
        assert unlock is not None
        unlock.open_recovery()
        assert unlock.recovery_dialog is not None
        shoot(unlock.recovery_dialog, "11-unlock-recovery-code")
        unlock.recovery_dialog.reject()

        unlock.passphrase_edit.setText(PASSPHRASE)
        unlock.unlock()
        main = controller.main_window
        assert main is not None and main.context is not None
        main.resize(1100, 720)
        shoot(main, "12-main-home")

        dialog = SettingsDialog(main.context, main)
        names = ("general", "school", "contacts", "accounts", "security")
        for index, name in enumerate(names):
            dialog.tabs.setCurrentIndex(index)
            shoot(dialog, f"{13 + index}-settings-{name}")
        add = AddAccountDialog(main.context, dialog)
        add.display_name.setText("Mr Rhodri Lewis")
        add.sign_in_name.setText("rlewis")
        shoot(add, "18-settings-add-account")
        add.reject()
        dialog.reject()

        report = ErrorReportDialog(
            "DSL Desktop 0.1.0\nPython 3.11.7, PySide6 6.12.0, Linux\n\n"
            "Exception: ValueError\n  ui/home_page.py:120 in refresh\n"
            "  dsl_desktop/services/accounts.py:70 in school_details",
            root / "logs" / "dsl-desktop.log",
        )
        shoot(report, "19-unexpected-error")
        report.reject()

        # Remembered on this computer: the unlock window offers a sign-in without passphrase.
        from dsl_desktop.services.ui_support import remember_this_computer

        remember_this_computer(main.context.vault)
        controller.lock()
        assert controller.unlock_window is not None
        shoot(controller.unlock_window, "20-unlock-remembered")
        controller.unlock_window.unlock_with_device()
        main = controller.main_window
        assert main is not None and main.context is not None

        from tools.screenshots.referral import shoot_referral_screens

        shoot_referral_screens(shoot, main.context)

        from tools.screenshots.referral import shoot_issue13_screens

        shoot_issue13_screens(shoot, main.context)

        from tools.screenshots.concern import shoot_concern_screens

        shoot_concern_screens(shoot, main.context)

        from tools.screenshots.training import render_training

        render_training(shoot, root, SCREENSHOT_KDF, SCHOOL)

        from tools.screenshots.records import render_records

        render_records(shoot, root, SCREENSHOT_KDF, SCHOOL)

        from tools.screenshots.log import render_log

        render_log(shoot, root, SCREENSHOT_KDF, SCHOOL)

        controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        QApplication.processEvents()
    return shoot.saved


# ---- accessibility variants: light, dark, 200% and large text ---------------------------------
VARIANT_SCALES = {"200": {"QT_SCALE_FACTOR": "2"}, "largetext": {}}
LARGE_TEXT_FACTOR = 2.0


def _variant_session(root: Path, *, nation: str = "england", school: str = SCHOOL) -> Any:
    """A demo-like vault (30 fictional concerns, 10 staff) of a school in ``nation``, signed in
    as its DSL (its DSP in Wales)."""
    from dsl_desktop import demo
    from dsl_desktop.services.setup import seed_catalogues
    from ui.controller import AppController

    vault = Vault(root / "vault")
    opened, _code = vault.create(
        school_name=school, sign_in_name=DSL_NAME, display_name=DSL_DISPLAY,
        passphrase=PASSPHRASE, kdf=SCREENSHOT_KDF, school={"urn": "409876", "nation": nation},
        seed=seed_catalogues,
    )  # fmt: skip
    save_local_contacts(
        opened,
        [
            ContactEntry(None, "police_prevent_referral_email", "", "",
                         "prevent.referrals@example.police.uk"),
            ContactEntry(None, "la_prevent_lead", "Gareth Price", "01234 100200",
                         "prevent@conwy.example.gov.uk"),
            ContactEntry(None, "mash_front_door", "Children's Services Front Door",
                         "01234 300400", ""),
            ContactEntry(None, "out_of_hours", "", "0300 123 4567", ""),
        ],
    )  # fmt: skip
    demo.generate(opened, concerns=30, staff=10, seed=1)
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(vault, settings=settings, kdf=SCREENSHOT_KDF, quit_app=lambda: None)
    controller.enter(opened)
    return controller


def _shoot_variant(shoot: Shooter, controller: Any, prefix: str) -> None:
    from tools.screenshots.concern import _concern_at_check, _people

    main = controller.main_window
    ctx = main.context
    main.resize(1100, 720)
    main.show_page("home")
    shoot(main, f"{prefix}-home")
    person = _people(ctx)["tomasz"]
    concern = _concern_at_check(ctx, person)
    main.show_page("concerns")
    page = main.page("concerns")
    case = page.open_case(concern, "check")
    case.check.info_form.content.setPlainText("Saw the flag sticker on his planner myself.")
    shoot(main, f"{prefix}-concern-check")
    urgent = main.open_urgent_help()
    shoot(urgent, f"{prefix}-urgent-help")
    urgent.close()
    case.steps.buttons["check"].setFocus()
    help_window = main.open_help()
    shoot(help_window, f"{prefix}-help")
    help_window.close()
    case.check.info_form.drafts.discard()
    page.show_list()
    main.show_page("home")


def render_variants(outdir: Path, variant: str = "") -> list[Path]:
    """``a11y-light-*``, ``a11y-dark-*`` (the scheme switched while the app runs), and, each in
    a process of its own, ``a11y-200-*`` (QT_SCALE_FACTOR=2) and ``a11y-largetext-*`` (the
    system font twice its size)."""
    import subprocess

    from PySide6.QtCore import Qt

    from ui.app import make_application
    from ui.theme import apply_scheme, relative_font

    if not variant:
        saved: list[Path] = []
        for name, extra in VARIANT_SCALES.items():
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
            done = subprocess.run(
                [sys.executable, "-m", "tools.screenshots", str(outdir), f"--variant={name}"],
                env=env, check=True, capture_output=True, text=True,
            )  # fmt: skip
            saved += [Path(line) for line in done.stdout.splitlines() if line.strip()]
        return render_variants(outdir, "themes") + saved

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen_notes)
    app = make_application(["dsl-desktop-screenshots"])
    if variant == "largetext":
        app.setFont(relative_font(app.font(), factor=LARGE_TEXT_FACTOR))
    outdir.mkdir(parents=True, exist_ok=True)
    shoot = Shooter(outdir)
    with tempfile.TemporaryDirectory(prefix="dsl-a11y-") as tmp:
        root = Path(tmp)
        controller = _variant_session(root)
        try:
            if variant == "themes":
                apply_scheme(Qt.ColorScheme.Light)
                _shoot_variant(shoot, controller, "a11y-light")
                apply_scheme(Qt.ColorScheme.Dark)
                _shoot_variant(shoot, controller, "a11y-dark")
                controller.lock()
                assert controller.unlock_window is not None
                shoot(controller.unlock_window.open_urgent_help(), "a11y-dark-unlock-urgent-help")
                apply_scheme(Qt.ColorScheme.Light)
            else:
                _shoot_variant(shoot, controller, f"a11y-{variant}")
        finally:
            controller.shutdown()
            for widget in QApplication.topLevelWidgets():
                widget.hide()
            QApplication.processEvents()
    return shoot.saved


# ---- the small laptop sizes: Home's worklist, Decide, history, audit -------------------------
SMALL_SIZES = ((1024, 700), (1366, 768))


def render_small(outdir: Path) -> list[Path]:
    """``home-worklist-*``, ``decide-*``, ``history-*`` and ``audit-*`` at 1024×700 (also what
    1366×768 at 125 % leaves) and 1366×768, on a demo-like vault."""
    import datetime as dt

    from dsl_desktop.domain import Stage
    from dsl_desktop.services import concerns as cs
    from dsl_desktop.services import log as log_service
    from ui.app import make_application

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen_notes)
    make_application(["dsl-desktop-screenshots"])
    outdir.mkdir(parents=True, exist_ok=True)
    shoot = Shooter(outdir)
    with tempfile.TemporaryDirectory(prefix="dsl-small-") as tmp:
        controller = _variant_session(Path(tmp))
        try:
            main = controller.main_window
            ctx = main.context
            rows = log_service.load_log(ctx.vault).rows
            deciding = next(r.id for r in rows if r.stage == Stage.DECIDE.value)
            reviewed = next(r.id for r in rows if r.stage == Stage.REVIEW.value)
            cs.amend(ctx.vault, "concern", reviewed, "location", "The library, upstairs",
                     "The first note did not say which floor.")  # fmt: skip
            cs.add_action(ctx.vault, reviewed, cs.ActionInput(
                "Check in with him each Friday", "Mr Rhys Evans",
                dt.date.today() + dt.timedelta(days=3)))  # fmt: skip
            for width, height in SMALL_SIZES:
                main.resize(width, height)
                main.show_page("home")
                shoot(main, f"home-worklist-{width}")
                main.show_page("concerns")
                page = main.page("concerns")
                page.open_case(deciding, "decide")
                shoot(main, f"decide-{width}")
                page.open_case(reviewed, "history")
                shoot(main, f"history-{width}")
                page.show_list()
                main.show_page("audit")
                audit = main.page("audit")
                audit.model.reload()
                shoot(main, f"audit-{width}")
        finally:
            controller.shutdown()
            for widget in QApplication.topLevelWidgets():
                widget.hide()
            QApplication.processEvents()
    return shoot.saved


def main(argv: list[str] | None = None, render: Callable[[Path], list[Path]] = render_all) -> int:
    args = sys.argv[1:] if argv is None else argv
    flags = [a for a in args if a.startswith("--")]
    places = [a for a in args if not a.startswith("--")]
    known = ("--variants", "--small", "--welsh")
    if len(places) != 1 or any(f not in known and not f.startswith("--variant=") for f in flags):
        print(
            "usage: python -m tools.screenshots OUTDIR [--variants | --small | --welsh]",
            file=sys.stderr,
        )
        return 2
    outdir = Path(places[0])
    if "--welsh" in flags:
        from tools.screenshots.welsh import render_welsh

        paths = render_welsh(outdir)
    elif "--small" in flags:
        paths = render_small(outdir)
    elif "--variants" in flags:
        paths = render_variants(outdir)
    elif flags:
        paths = render_variants(outdir, flags[0].partition("=")[2])
    else:
        paths = render(outdir)
    for path in paths:
        print(path)
    return 0
