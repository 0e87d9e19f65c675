"""``DSLDesktop --smoke-test``: a quick end-to-end check that a build works, frozen or from source.

It proves that what a PyInstaller bundle easily loses is there and working: the data files
(fonts, icons, catalogues, translations, the Alembic migrations), SQLCipher, Argon2id, the
keychain backends, reportlab with the embedded fonts, pdfium, and Qt with its plugins. It works
in a temporary folder and never touches the user's vault, settings or keychain.

Each check prints one line, ``smoke: <check>: <detail>``; the last line is ``smoke test passed``
(exit 0) or ``smoke test FAILED: <check>: <reason>`` (exit 1). Any Python warning fails it, and
so does any Qt warning not in :data:`HARMLESS_QT_MESSAGES`. With ``DSL_SMOKE_TRACEBACK=1`` in
the environment a failure also prints its traceback.

This module is Qt-free (the dependency rule): the Qt part is handed in by ``main.py`` as
``gui``, a function that builds the unlock window offscreen and reports what it saw.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from dsl_desktop import APP_NAME, __version__

PASSPHRASE = "smoke test correct horse battery"
SIGN_IN = "smoke"
# Letters outside ASCII on purpose: they must survive the database and the PDF's font.
ACCOUNT = "Smoke test: Gwŷn Siân said “they deserve it” in the dining hall."

HARMLESS_QT_MESSAGES: tuple[tuple[str, str], ...] = (
    (
        "This plugin does not support propagateSizeHints()",
        "the offscreen platform has no window manager to pass a window's size hints to",
    ),
)
"""Qt messages expected on the offscreen platform only, each with why it is harmless."""

KEYRING_BACKENDS = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyring.backends.chainer",
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
)


class SmokeFailure(Exception):
    """One check failed; the message says what was wrong."""


@dataclass
class QtMessages:
    """A Qt message handler (``qInstallMessageHandler``) that keeps every warning it is sent.

    Debug and info messages are dropped; warnings, critical and fatal messages are kept as
    ``problems`` unless they are listed in :data:`HARMLESS_QT_MESSAGES`.
    """

    problems: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def __call__(self, mode: Any, context: Any, message: str) -> None:
        level = str(getattr(mode, "name", mode))
        if level.endswith(("DebugMsg", "InfoMsg")):
            return
        category = str(getattr(context, "category", "") or "")
        text = f"{level} [{category}] {message}" if category else f"{level} {message}"
        if any(message.startswith(known) for known, _why in HARMLESS_QT_MESSAGES):
            self.ignored.append(text)
        else:
            self.problems.append(text)


GuiCheck = Callable[[Path, QtMessages], str]
"""Builds the unlock window for the vault in the folder, offscreen; returns a line to print."""


@dataclass
class _Run:
    out: TextIO
    passed: int = 0
    facts: dict[str, Any] = field(default_factory=dict)

    def ok(self, check: str, detail: str) -> None:
        self.passed += 1
        print(f"smoke: {check}: {detail}", file=self.out, flush=True)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


# ---- the checks -------------------------------------------------------------------------------
def _check_build(run: _Run) -> None:
    frozen = bool(getattr(sys, "frozen", False))
    run.ok(
        "build",
        f"{APP_NAME} {__version__}, {'frozen bundle' if frozen else 'source'}, "
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}",
    )


def _check_resources(run: _Run) -> None:
    from dsl_desktop import catalogues
    from dsl_desktop.resources import load_json, resource_path, resource_root

    root = resource_root()
    _require(root.is_dir(), f"the resources folder is missing ({root})")
    run.ok("resources", str(root))

    fonts = [resource_path("fonts", name) for name in (
        "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "LICENSE-DejaVu.txt",
    )]  # fmt: skip
    run.ok("fonts", f"{fonts[0].parent} ({', '.join(p.name for p in fonts)})")

    icons = resource_path("icons", "app.svg").parent
    run.ok("icons", f"{icons} ({len(list(icons.glob('*.svg')))} SVG)")

    indicators = catalogues.load_indicators()
    categories = catalogues.load_categories()
    catalogues.load_contacts()
    catalogues.load_vaf_prompts()
    for parts in (("training", "courses.json"), ("training", "requirements.json"),
                  ("training", "role_rules.json"), ("records", "retention.json")):  # fmt: skip
        load_json(*parts)
    count = sum(len(g.indicators) for g in indicators.groups)
    run.facts["indicator"] = indicators.groups[0].indicators[0].code
    run.facts["category"] = categories.categories[0].code
    run.ok(
        "catalogues",
        f"{root / catalogues.CATALOGUE_DIR} ({count} indicators, "
        f"{len(categories.categories)} categories; training and records defaults read)",
    )

    translations = root / "translations"
    if translations.is_dir():
        qm = sorted(p.name for p in translations.glob("*.qm"))
        ts = list(translations.glob("*.ts"))
        run.ok("translations", f"{translations} ({len(qm)} .qm, {len(ts)} .ts)")
    else:
        run.ok("translations", f"none bundled yet ({translations} absent)")

    licences = root.parent / "licenses" / "THIRD-PARTY-NOTICES.md"
    if getattr(sys, "frozen", False):
        _require(licences.is_file(), f"the third-party notices are missing ({licences})")
        run.ok("licences", str(licences))


def _check_migrations(run: _Run) -> None:
    from alembic.script import ScriptDirectory

    from db import schema

    folder = schema.MIGRATIONS
    for name in ("env.py", "script.py.mako", "versions"):
        _require((folder / name).exists(), f"the migrations are incomplete: {folder / name}")
    head = ScriptDirectory.from_config(schema.alembic_config()).get_current_head()
    _require(head == schema.HEAD, f"Alembic's head is {head}, the code expects {schema.HEAD}")
    versions = sorted(p.name for p in (folder / "versions").glob("*.py"))
    run.ok("migrations", f"{folder} (head {head}; {', '.join(versions)})")


def _check_vault(run: _Run, data_dir: Path) -> None:
    from db.engine import cipher_version
    from db.keyslots import KdfParams
    from db.vault import Vault
    from dsl_desktop.services import concerns, people
    from dsl_desktop.services.setup import seed_catalogues

    # The OWASP floor (19 MiB, t=2): the default cost would only make the check slower.
    kdf = KdfParams(19456, 2, 1)
    started = time.perf_counter()
    ov, _code = Vault(data_dir).create(
        school_name="Smoke Test School",
        sign_in_name=SIGN_IN,
        display_name="Smoke Test",
        passphrase=PASSPHRASE,
        kdf=kdf,
        seed=seed_catalogues,
    )
    try:
        version = cipher_version(ov.engine)
    finally:
        ov.close()
    _require(bool(version), "SQLCipher reported no cipher_version: the database is not encrypted")
    run.ok("sqlcipher", f"SQLCipher {version}")
    run.ok(
        "vault created", f"{data_dir} ({time.perf_counter() - started:.2f} s, Argon2id m=19 MiB)"
    )

    ov = Vault(data_dir).unlock(SIGN_IN, PASSPHRASE)
    try:
        run.ok("vault unlocked", f"signed in as {ov.user.display_name if ov.user else '?'}")
        person = people.add_person(
            ov,
            people.PersonInput(
                forenames="Gwŷn", surname="O'Neill", date_of_birth=dt.date(2011, 5, 3)
            ),
        )
        ref = concerns.create_concern(
            ov,
            concerns.NoticeInput(
                person_id=person.id,
                noticed_by="Mr Smoke Test",
                noticed_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=1),
                account=ACCOUNT,
                immediate_danger=False,
                location="Dining hall",
                indicators=(str(run.facts["indicator"]),),
                category=str(run.facts["category"]),
            ),
        )
        case = concerns.case_view(ov, ref.id)
        _require(case.account == ACCOUNT, "the concern read back differs from what was written")
        _require(case.person.forenames == "Gwŷn", "the person read back differs")
        report = ov.verify()
        _require(report.ok, f"verify found problems: {report.problems}")
    finally:
        ov.close()
    raw = b"".join(p.read_bytes() for p in data_dir.glob("vault.db*") if p.is_file())
    _require(
        ACCOUNT.encode("utf-8") not in raw and b"SQLite format 3" not in raw[:16],
        "the concern's text is readable in the database file: it is not encrypted",
    )
    run.facts["reference"] = case.reference
    run.facts["person"] = (case.person.forenames, case.person.surname)
    run.ok("concern", f"{case.reference} written, read back and verified; the file is ciphertext")


def _check_referral_pdf(run: _Run) -> None:
    import pypdfium2 as pdfium

    from dsl_desktop.pdf.referral import referral_pdf_bytes
    from dsl_desktop.referral_form import (
        ConcernDescription,
        PersonDetails,
        ReferralForm,
        Referrer,
    )

    reference = str(run.facts.get("reference", "C-2026-0001"))
    forenames, surname = run.facts.get("person", ("Gwŷn", "O'Neill"))
    form = ReferralForm(
        concern_reference=reference,
        school_name="Smoke Test School",
        school_urn="100000",
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        person=PersonDetails(forenames=forenames, surname=surname),
        referrer=Referrer(name="Smoke Test", role="Designated Safeguarding Lead"),
        concern=ConcernDescription(what_happened=ACCOUNT),
    )
    started = time.perf_counter()
    data = referral_pdf_bytes(form)
    elapsed = time.perf_counter() - started
    _require(data.startswith(b"%PDF-"), "the referral PDF does not start with %PDF-")
    document = pdfium.PdfDocument(data)
    try:
        pages = len(document)
        text = ""
        for index in range(pages):
            page = document[index]
            textpage = page.get_textpage()
            text += textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        document.close()
    _require(pages >= 1, "the referral PDF has no pages")
    _require(reference in text, f"the reference {reference} is not in the PDF's text")
    _require("Gwŷn" in text, "the name Gwŷn did not survive into the PDF (font embedding)")
    run.ok(
        "referral pdf",
        f"{len(data):,} bytes, {pages} page(s), {elapsed:.2f} s; parsed back with pdfium "
        f"{getattr(pdfium, 'PDFIUM_INFO', '')}".rstrip(),
    )


def _check_keychain(run: _Run) -> None:
    from importlib.metadata import entry_points

    from db import keychain

    bundled = []
    for name in KEYRING_BACKENDS:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        bundled.append(name.removeprefix("keyring.backends."))
    _require("fail" in bundled, "keyring's backends are not bundled")
    # keyring picks a backend through entry points: without its metadata it sees none at all.
    points = sorted(e.name for e in entry_points(group="keyring.backends"))
    _require(bool(points), "keyring's entry points are missing (its metadata is not bundled)")
    st = keychain.status()
    state = "available" if st.available else f"unavailable ({st.reason})"
    run.ok(
        "keychain",
        f"backend {st.backend}, {state}; importable: {', '.join(bundled)}; "
        f"entry points: {', '.join(points)}",
    )


def _check_gui(run: _Run, data_dir: Path, gui: GuiCheck) -> None:
    messages = QtMessages()
    detail = gui(data_dir, messages)
    _require(not messages.problems, "Qt warned: " + " | ".join(messages.problems))
    if messages.ignored:
        detail += f"; ignored as harmless offscreen: {' | '.join(sorted(set(messages.ignored)))}"
    run.ok("qt", detail)


# ---- the run ----------------------------------------------------------------------------------
def run_smoke_test(gui: GuiCheck | None = None, *, out: TextIO | None = None) -> int:
    """Run every check; 0 when all pass. ``gui`` is the Qt part (None leaves it out)."""
    run = _Run(out if out is not None else sys.stdout)
    started = time.perf_counter()
    check = "start"
    with (
        warnings.catch_warnings(),
        tempfile.TemporaryDirectory(prefix="dsl-smoke-", ignore_cleanup_errors=True) as tmp,
    ):
        warnings.simplefilter("error")
        data_dir = Path(tmp) / "vault"
        steps: list[tuple[str, Callable[[], None]]] = [
            ("build", lambda: _check_build(run)),
            ("resources", lambda: _check_resources(run)),
            ("migrations", lambda: _check_migrations(run)),
            ("vault", lambda: _check_vault(run, data_dir)),
            ("referral pdf", lambda: _check_referral_pdf(run)),
            ("keychain", lambda: _check_keychain(run)),
        ]
        if gui is not None:
            steps.append(("qt", lambda: _check_gui(run, data_dir, gui)))
        try:
            for name, step in steps:
                check = name
                step()
        except Exception as exc:  # every failure is one line: what failed and why
            print(
                f"smoke test FAILED: {check}: {type(exc).__name__}: {exc}",
                file=run.out,
                flush=True,
            )
            if os.environ.get("DSL_SMOKE_TRACEBACK"):
                import traceback

                traceback.print_exc(file=run.out)
            return 1
    print(
        f"smoke test passed ({run.passed} checks, {time.perf_counter() - started:.1f} s)",
        file=run.out,
        flush=True,
    )
    return 0
