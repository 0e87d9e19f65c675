"""Attachments as plain, frozen data: what a file is attached to, and a file without its bytes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class OwnerType(StrEnum):
    CONCERN = "concern"
    INFORMATION_ITEM = "information_item"
    TRAINING_RECORD = "training_record"


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment without its bytes."""

    id: int
    owner_type: OwnerType
    owner_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: dt.datetime
