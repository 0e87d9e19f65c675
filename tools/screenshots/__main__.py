"""``python -m tools.screenshots OUTDIR [--variants | --small]``: every screen, offscreen."""

import os

from tools.screenshots import main

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
raise SystemExit(main())
