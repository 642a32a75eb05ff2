"""The QR payload and its keyed tag.

``FV1|<receipt no>|<cash fen>|<household id, 8 hex>|<yyyymmdd>|<tag>``, plain
ASCII so any phone scanner shows it (a receipt number with a Chinese prefix is
percent-encoded). The tag is HMAC-SHA256 over everything
before it, under the replica setting ``receipt_key`` (hex), truncated to 16 hex
digits (64 bits: forging one tag takes ~2^63 guesses, and an office notices
long before that). The sync layer installs the organisation's key at
enrolment, so an office replica can check any laptop's receipts; a laptop
without one makes a random key of its own.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, unquote

from sqlalchemy.orm import Session

from fieldvisit.store.models import Setting

VERSION = "FV1"
KEY_SETTING = "receipt_key"
TAG_LEN = 16
_SHAPE = re.compile(
    r"^FV1\|(?P<no>[A-Za-z0-9_.~%-]{1,200})\|(?P<fen>\d{1,12})\|(?P<hh>[0-9a-f]{8})\|"
    r"(?P<day>\d{8})\|(?P<tag>[0-9a-f]{16})$"
)


@dataclass(frozen=True)
class Payload:
    receipt_no: str
    cash_fen: int
    household: str
    day: date
    tag: str

    def body(self) -> str:
        no = quote(self.receipt_no, safe="-_.~")  # a prefix may be a Chinese device name
        return f"{VERSION}|{no}|{self.cash_fen}|{self.household}|{self.day:%Y%m%d}"

    def text(self) -> str:
        return f"{self.body()}|{self.tag}"


def receipt_key(session: Session) -> bytes:
    """This replica's receipt key; made (random, 256 bits) the first time it is needed."""
    row = session.get(Setting, KEY_SETTING)
    if row is None or not row.value:
        row = session.merge(Setting(key=KEY_SETTING, value=secrets.token_hex(32)))
        session.flush()
    return bytes.fromhex(str(row.value))


def tag(key: bytes, body: str) -> str:
    return hmac.new(key, body.encode("ascii"), hashlib.sha256).hexdigest()[:TAG_LEN]


def make(key: bytes, receipt_no: str, cash_fen: int, household_id: str, day: date) -> Payload:
    hh = household_id.replace("-", "")[:8].lower()
    unsigned = Payload(receipt_no, cash_fen, hh, day, "")
    return Payload(receipt_no, cash_fen, hh, day, tag(key, unsigned.body()))


def parse(text: str) -> Payload | None:
    """The payload's fields, or None when the text does not have its shape."""
    m = _SHAPE.match(text.strip())
    if not m:
        return None
    try:
        day = date(int(m["day"][:4]), int(m["day"][4:6]), int(m["day"][6:]))
    except ValueError:
        return None
    no = unquote(m["no"])
    if quote(no, safe="-_.~") != m["no"]:  # only the one canonical spelling is accepted
        return None
    return Payload(no, int(m["fen"]), m["hh"], day, m["tag"])


def tag_ok(key: bytes, p: Payload) -> bool:
    return hmac.compare_digest(tag(key, p.body()), p.tag)
