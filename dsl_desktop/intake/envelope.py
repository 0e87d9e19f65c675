"""Sealing one staff report to the school, and opening it in the school's vault.

The construction is libsodium's **sealed box** (X25519 + XSalsa20-Poly1305, through PyNaCl): the
member of staff's computer needs only the school's public key, keeps no secret, and cannot open
the report again once it is sealed. A sealed file is::

    MAGIC (8 bytes) | header length (2 bytes, big-endian) | header (ASCII JSON) | sealed box

The header names the key the report was sealed to (its key id), in the clear, so the vault can
pick the right private key. Everything else is inside the box. The box's plaintext starts with
the same magic, length and header bytes, and opening compares them: a byte changed anywhere in
the file — header included — makes the report refused, never half-read.

The receipt code is derived from the sealed file's bytes, so the member of staff and the DSL see
the same code for the same file.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from dsl_desktop.intake.keyfile import IntakeKey
from dsl_desktop.intake.report import ReportInvalid, StaffReport

MAGIC = b"DSLRPT\x00\x01"
REPORT_FORMAT = "dsl-desktop-staff-report"
REPORT_VERSION = 1
REPORT_SUFFIX = ".dslreport"
MAX_SEALED = 2 * 1024 * 1024
_LENGTH = struct.Struct(">H")


class Refusal(StrEnum):
    NOT_A_REPORT = "not_a_report"
    FOREIGN = "foreign"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"


class ReportRefused(Exception):
    """A sealed file that cannot be opened here; ``reason`` says why, in a sentence."""

    def __init__(self, kind: Refusal, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


@dataclass(frozen=True)
class SealedReport:
    data: bytes
    receipt: str
    report_id: str

    @property
    def file_name(self) -> str:
        return f"concern-{self.receipt}{REPORT_SUFFIX}"


@dataclass(frozen=True)
class OpenedReport:
    report: StaffReport
    report_id: str
    sealed_at: dt.datetime | None
    key_id: str
    receipt: str
    sealed_sha256: str
    payload: bytes
    """The decrypted report exactly as the member of staff's computer wrote it (UTF-8 JSON)."""


def receipt_for(data: bytes) -> str:
    """``ABCD-EFGH``: 40 bits of the sealed file's SHA-256, in base32 (no 0/1/8/9 to misread)."""
    code = base64.b32encode(hashlib.sha256(data).digest()[:5]).decode("ascii")
    return f"{code[:4]}-{code[4:]}"


def _prefix(key_id: str) -> bytes:
    header = json.dumps(
        {"format": REPORT_FORMAT, "version": REPORT_VERSION, "key_id": key_id},
        separators=(",", ":"),
        sort_keys=True,
    ).encode("ascii")
    return MAGIC + _LENGTH.pack(len(header)) + header


def seal(
    key: IntakeKey,
    report: StaffReport,
    *,
    report_id: str | None = None,
    sealed_at: dt.datetime | None = None,
) -> SealedReport:
    """Seal ``report`` to the school's public key. Only the school's vault can open the result."""
    rid = report_id or secrets.token_hex(16)
    when = (sealed_at or dt.datetime.now()).replace(microsecond=0)
    prefix = _prefix(key.key_id)
    payload = json.dumps(
        {"report_id": rid, "sealed_at": when.isoformat(), "school": key.school,
         "report": report.to_json()},
        ensure_ascii=False, sort_keys=True,
    ).encode("utf-8")  # fmt: skip
    box = SealedBox(PublicKey(key.public_key))
    data = prefix + box.encrypt(prefix + payload)
    return SealedReport(data=data, receipt=receipt_for(data), report_id=rid)


def key_id_of(data: bytes) -> str:
    """The key id a sealed file names in its header (not yet authenticated)."""
    if len(data) < len(MAGIC) + _LENGTH.size or not data.startswith(MAGIC):
        raise ReportRefused(Refusal.NOT_A_REPORT, "it is not a sealed staff report")
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + _LENGTH.size
    header = data[start : start + length]
    try:
        doc = json.loads(header.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ReportRefused(Refusal.DAMAGED, "it is damaged (its header cannot be read)") from exc
    if (
        not isinstance(doc, dict)
        or doc.get("format") != REPORT_FORMAT
        or not isinstance(doc.get("key_id"), str)
    ):
        raise ReportRefused(Refusal.DAMAGED, "it is damaged (its header is not a report's)")
    if doc.get("version") != REPORT_VERSION:
        raise ReportRefused(Refusal.UNREADABLE, "it was sealed by another version of DSL Desktop")
    key_id: str = doc["key_id"]
    if data[: start + length] != _prefix(key_id):
        raise ReportRefused(Refusal.DAMAGED, "it is damaged (its header was changed)")
    return key_id


def open_sealed(data: bytes, private_keys: Mapping[str, bytes]) -> OpenedReport:
    """Open a sealed file with one of the school's private keys (by key id), or refuse it."""
    if len(data) > MAX_SEALED:
        raise ReportRefused(Refusal.NOT_A_REPORT, "it is far too large to be a staff report")
    key_id = key_id_of(data)
    private = private_keys.get(key_id)
    if private is None:
        raise ReportRefused(
            Refusal.FOREIGN,
            "it was sealed for another school's vault, or with a key this vault does not hold",
        )
    prefix = _prefix(key_id)
    try:
        plain = SealedBox(PrivateKey(private)).decrypt(data[len(prefix) :])
    except CryptoError as exc:
        raise ReportRefused(
            Refusal.DAMAGED, "it is damaged or was changed after it was sealed"
        ) from exc
    if not plain.startswith(prefix):
        raise ReportRefused(Refusal.DAMAGED, "its header does not match what was sealed")
    payload = plain[len(prefix) :]
    try:
        doc = json.loads(payload.decode("utf-8"))
        report = StaffReport.from_json(doc["report"])
        rid = doc["report_id"]
        if not isinstance(rid, str) or not 16 <= len(rid) <= 64:
            raise ValueError("report id")
        sealed_at = dt.datetime.fromisoformat(doc["sealed_at"]) if doc.get("sealed_at") else None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, ReportInvalid) as exc:
        raise ReportRefused(Refusal.UNREADABLE, "its contents cannot be read") from exc
    return OpenedReport(
        report=report, report_id=rid, sealed_at=sealed_at, key_id=key_id,
        receipt=receipt_for(data), sealed_sha256=hashlib.sha256(data).hexdigest(),
        payload=payload,
    )  # fmt: skip
