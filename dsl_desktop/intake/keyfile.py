"""The school's public intake key file, ``school.dslintake``.

A small UTF-8 JSON document: the format name and version, the school's name, the public key
(X25519, base64), its key id and, optionally, the drop folder the school suggests. It holds no
secret: anyone may have a copy, and a copy only lets them seal a report that the school alone
can open. The key id is derived from the public key, so a damaged key is noticed on loading.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

from dsl_desktop.nation import parse_nation

KEY_FORMAT = "dsl-desktop-intake-key"
KEY_VERSION = 1
KEY_SUFFIX = ".dslintake"
KEY_FILE_NAME = "school" + KEY_SUFFIX
MAX_KEY_FILE = 64 * 1024


class IntakeKeyError(ValueError):
    """The intake key file cannot be used; the message says why, in a sentence."""


def key_id_for(public_key: bytes) -> str:
    """16 characters naming a public key (BLAKE2b of the key, base32): shown to the DSL and
    carried in the clear on each sealed report so the vault can pick the right private key."""
    digest = hashlib.blake2b(public_key, digest_size=10, person=b"dsl-intake-id").digest()
    return base64.b32encode(digest).decode("ascii")


@dataclass(frozen=True)
class IntakeKey:
    school: str
    public_key: bytes
    key_id: str
    drop_folder: str = ""
    nation: str = "england"
    """Where the school is ("england" or "wales"): the form names the role as that nation does.
    Files made before it was carried have none and read as England."""

    def to_bytes(self) -> bytes:
        doc = {
            "format": KEY_FORMAT,
            "version": KEY_VERSION,
            "school": self.school,
            "key_id": self.key_id,
            "public_key": base64.b64encode(self.public_key).decode("ascii"),
        }
        if self.drop_folder:
            doc["drop_folder"] = self.drop_folder
        if self.nation != "england":
            doc["nation"] = self.nation
        return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> IntakeKey:
        if len(data) > MAX_KEY_FILE:
            raise IntakeKeyError("The file is far too large to be an intake key file.")
        try:
            doc = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise IntakeKeyError("The file is not an intake key file (it is not text).") from exc
        except ValueError as exc:
            raise IntakeKeyError("The file is not an intake key file, or it is damaged.") from exc
        if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT:
            raise IntakeKeyError("The file is not a DSL Desktop intake key file.")
        if doc.get("version") != KEY_VERSION:
            raise IntakeKeyError(
                "The intake key file was made by another version of DSL Desktop; ask the DSL "
                "for a new one."
            )
        school, key_id, encoded = doc.get("school"), doc.get("key_id"), doc.get("public_key")
        folder, nation = doc.get("drop_folder", ""), doc.get("nation", "england")
        if not all(isinstance(v, str) for v in (school, key_id, encoded, folder, nation)):
            raise IntakeKeyError("The intake key file is damaged.")
        assert isinstance(encoded, str) and isinstance(school, str) and isinstance(key_id, str)
        try:
            public_key = base64.b64decode(encoded, validate=True)
        except ValueError as exc:
            raise IntakeKeyError("The intake key file is damaged.") from exc
        if len(public_key) != 32 or key_id_for(public_key) != key_id:
            raise IntakeKeyError("The intake key file is damaged.")
        if not school.strip():
            raise IntakeKeyError("The intake key file names no school.")
        return cls(school=school.strip(), public_key=public_key, key_id=key_id,
                   drop_folder=str(folder).strip(),
                   nation=parse_nation(nation).value)  # fmt: skip
