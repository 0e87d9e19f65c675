"""Every screen of ``tools.screenshots`` in Welsh, offscreen, with a check for clipped words.

    .venv/bin/python resources/translations/screenshots_cy.py OUTDIR [--language cy|en]

Welsh is often longer than English. Besides the PNG files, this lists each label squeezed below
the height its wrapped text needs, each unwrapped label narrower than its text and each button
narrower than its caption, per screen; it exits 1 if there are any. (Text in table cells and
elided chart labels are not checked: look at the pictures.) ``docs/screenshots/cy-*.png`` are
copies of a few of these.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def clipped(widget: object) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    assert isinstance(widget, QWidget)
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or child.width() <= 0:
            continue
        if isinstance(child, QLabel) and child.text():
            if child.wordWrap():
                need = child.heightForWidth(child.width())
                if need > 0 and child.height() + 2 < need:
                    found.append(f"label squeezed ({child.height()} < {need}): {child.text()!r}")
            elif child.width() + 2 < child.sizeHint().width():
                found.append(f"label cut ({child.width()} < {child.sizeHint().width()}): "
                             f"{child.text()!r}")  # fmt: skip
        elif (
            isinstance(child, QAbstractButton)
            and child.text()
            and child.width() + 2 < child.sizeHint().width()
        ):
            found.append(f"button cut ({child.width()} < {child.sizeHint().width()}): "
                         f"{child.text()!r}")  # fmt: skip
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", choices=("cy", "en"), default="cy")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    import tools.screenshots as screenshots
    from ui import i18n
    from ui.app import make_application

    app = make_application(["dsl-desktop-screenshots"])
    if not i18n.install(app, args.language):
        print("the Welsh catalogue could not be loaded", file=sys.stderr)
        return 2
    problems: dict[str, list[str]] = {}
    shoot = screenshots.Shooter.__call__

    def shoot_and_check(self: screenshots.Shooter, widget: object, name: str) -> Path:
        path = shoot(self, widget, name)  # type: ignore[arg-type]
        found = clipped(widget)
        if found:
            problems[name] = found
        return path

    screenshots.Shooter.__call__ = shoot_and_check  # type: ignore[method-assign]
    saved = screenshots.render_all(args.outdir)
    print(f"{len(saved)} screens in {args.outdir}")
    for name, found in problems.items():
        print(name)
        for line in found:
            print("   ", line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
