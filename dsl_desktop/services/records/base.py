"""What the records services share beyond ``services.base``: their not-found error."""

from __future__ import annotations

from db.errors import VaultError


class NotFound(VaultError):
    advice = "It may have been deleted already. Refresh the list."
