"""The app in Welsh for a school in Wales: Decide, Share and the training matrix at 1024×700 and
1366×768, and the first pages of the Welsh decision record and referral form.

    python -m tools.screenshots docs/screenshots --welsh

writes ``welsh-decide-1024.png``, ``welsh-decide-1366.png``, ``welsh-share-*``,
``welsh-training-matrix-*``, and the first two pages of the Welsh decision record and
referral form, ``welsh-decision-record-p1.png``… (drawn with ``pdftoppm -r 60`` when it is
installed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from tools.screenshots import Shooter, _quiet_offscreen_notes, _variant_session

SIZES = ((1024, 700), (1366, 768))
SCHOOL = "Ysgol Gynradd Bryn Celyn"


def _pdf_pages(pdf: bytes, stem: Path, pages: int = 2) -> list[Path]:
    """The first ``pages`` pages of ``pdf`` as ``stem-p1.png``… (60 dpi), if pdftoppm is
    installed."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    saved = []
    with tempfile.TemporaryDirectory(prefix="dsl-welsh-pdf-") as tmp:
        source = Path(tmp) / "page.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [tool, "-png", "-r", "60", "-f", "1", "-l", str(pages), str(source),
             str(Path(tmp) / "page")],
            check=True, capture_output=True,
        )  # fmt: skip
        for n, made in enumerate(sorted(Path(tmp).glob("page-*.png")), start=1):
            target = stem.with_name(f"{stem.name}-p{n}.png")
            shutil.move(str(made), target)
            saved.append(target)
    return saved


def _shoot_pdfs(ctx: Any, outdir: Path, decided: int) -> list[Path]:
    from dsl_desktop.services import referrals

    saved = []
    record = referrals.decision_record_document(ctx.vault, decided, language="cy").pdf
    saved += _pdf_pages(record, outdir / "welsh-decision-record")
    from sqlalchemy import select

    from db.models import Referral

    with ctx.vault.reading() as s:
        referral_id = s.scalars(select(Referral.id).order_by(Referral.id.desc())).first()
    if referral_id is not None:
        form = referrals.referral_pdf(ctx.vault, referral_id, "cy")
        saved += _pdf_pages(form, outdir / "welsh-referral-form")
    return saved


def render_welsh(outdir: Path) -> list[Path]:
    from dsl_desktop.domain import Stage
    from dsl_desktop.services import log as log_service
    from ui import i18n
    from ui.app import make_application

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen_notes)
    app = make_application(["dsl-desktop-screenshots"])
    i18n.install(app, i18n.WELSH)
    outdir.mkdir(parents=True, exist_ok=True)
    shoot = Shooter(outdir)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dsl-welsh-") as tmp:
        controller = _variant_session(Path(tmp), nation="wales", school=SCHOOL)
        try:
            main = controller.main_window
            ctx = main.context
            rows = log_service.load_log(ctx.vault).rows
            deciding = next(r.id for r in rows if r.stage == Stage.DECIDE.value)
            sharing = next(r.id for r in rows if r.stage == Stage.SHARE.value)
            decided = next(r.id for r in rows if r.stage in (Stage.REVIEW.value, "closed"))
            for width, height in SIZES:
                main.resize(width, height)
                main.show_page("concerns")
                page = main.page("concerns")
                page.open_case(deciding, "decide")
                shoot(main, f"welsh-decide-{width}")
                page.open_case(sharing, "share")
                shoot(main, f"welsh-share-{width}")
                page.show_list()
                main.show_page("training")
                training = main.page("training")
                training.tabs.setCurrentWidget(training.matrix)
                shoot(main, f"welsh-training-matrix-{width}")
            saved += _shoot_pdfs(ctx, outdir, decided)
        finally:
            controller.shutdown()
            for widget in QApplication.topLevelWidgets():
                widget.hide()
            QApplication.processEvents()
            i18n.install(app, i18n.ENGLISH)
    return shoot.saved + saved
