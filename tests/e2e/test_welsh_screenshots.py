"""``python -m tools.screenshots OUTDIR --welsh`` renders the Welsh app for a school in Wales at
the two laptop sizes, and the Welsh PDF pages."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_the_welsh_screenshots_are_made_at_both_sizes(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tools.screenshots", str(tmp_path), "--welsh"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    listed = {Path(line).name for line in done.stdout.split()}
    for screen in ("decide", "share", "training-matrix"):
        for width, height in ((1024, 700), (1366, 768)):
            name = f"welsh-{screen}-{width}.png"
            assert name in listed
            assert png_size(tmp_path / name) == (width, height)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed: the PDF pages are not drawn")
    for pdf in ("decision-record", "referral-form"):
        assert f"welsh-{pdf}-p1.png" in listed
        width, height = png_size(tmp_path / f"welsh-{pdf}-p1.png")
        assert height > width > 400  # an A4 page, portrait
