"""DejaVu Sans for every PDF: it covers Welsh and most European names (ŵ, ŷ, ř, ë) and the
ballot-box glyphs used for yes/no answers, and it is embedded so a print looks the same anywhere.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dsl_desktop.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the three faces with reportlab once per process (later calls do nothing)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        already = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in already:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        # No bold oblique face is shipped: <b><i> falls back to bold.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, OBLIQUE)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
