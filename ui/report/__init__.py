"""The staff side: "Report a safeguarding concern", for any member of staff (no vault, no
account). Started with ``main.py report`` or its own desktop entry / Start-menu shortcut."""
