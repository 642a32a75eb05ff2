"""The QR payload: signed by the issuing device (FV2), or the old shared-key seal (FV1).

``FV2|<receipt no>|<cash fen>|<goods fen>|<household, 8 hex>|<yyyymmdd>|<device, 8 hex>|<sig>``
is plain ASCII so any phone scanner shows it (a receipt number with a Chinese
prefix is percent-encoded). ``sig`` is the Ed25519 signature (base64url, no
padding, 86 characters) by the issuing device's own private key over
everything before it. Verifying needs only public keys (the device registry),
so no laptop can make a code that verifies as another device's receipt. The
device field is the first 8 hex digits of the device id: a hint for finding
the key; the key that verifies is what names the issuer.

``FV1|<receipt no>|<cash fen>|<household>|<yyyymmdd>|<tag>`` is the old
scheme, kept so receipts already printed keep verifying: an HMAC-SHA256 tag
(16 hex) under the organisation-wide ``receipt_key`` that every laptop
enrolled before the change holds. Nothing prints it any more.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

OLD_VERSION = "FV1"
VERSION = "FV2"
PREFIXES = (OLD_VERSION + "|", VERSION + "|")
KEY_SETTING = "receipt_key"  # the old scheme's shared key (hex), on replicas enrolled before FV2
TAG_LEN = 16
SIG_LEN = 86  # 64 bytes in base64url without padding
_NO = r"(?P<no>[A-Za-z0-9_.~%-]{1,200})"
_DAY = r"(?P<day>\d{8})"
_OLD = re.compile(
    rf"^FV1\|{_NO}\|(?P<fen>\d{{1,12}})\|(?P<hh>[0-9a-f]{{8}})\|{_DAY}\|(?P<tag>[0-9a-f]{{16}})$"
)
_NEW = re.compile(
    rf"^FV2\|{_NO}\|(?P<fen>\d{{1,12}})\|(?P<goods>\d{{1,12}})\|(?P<hh>[0-9a-f]{{8}})\|{_DAY}\|"
    rf"(?P<dev>[0-9a-f]{{8}})\|(?P<sig>[A-Za-z0-9_-]{{{SIG_LEN}}})$"
)


@dataclass(frozen=True)
class Payload:
    receipt_no: str
    cash_fen: int
    household: str  # 8 hex digits of the household id at payment time
    day: date
    tag: str  # FV1: the HMAC tag; FV2: the signature (base64url)
    version: str = VERSION
    goods_fen: int | None = None  # FV2 only
    device: str = ""  # FV2 only: 8 hex digits of the issuing device id

    @property
    def old_scheme(self) -> bool:
        return self.version == OLD_VERSION

    def body(self) -> str:
        no = quote(self.receipt_no, safe="-_.~")  # a prefix may be a Chinese device name
        if self.old_scheme:
            return f"{OLD_VERSION}|{no}|{self.cash_fen}|{self.household}|{self.day:%Y%m%d}"
        return (
            f"{VERSION}|{no}|{self.cash_fen}|{self.goods_fen or 0}|{self.household}|"
            f"{self.day:%Y%m%d}|{self.device}"
        )

    def text(self) -> str:
        return f"{self.body()}|{self.tag}"


def short(ident: str) -> str:
    """The 8 hex digits a payload carries for a household or device id."""
    return ident.replace("-", "")[:8].lower()


# ---------------------------------------------------------------- signing (FV2)


def private_key(hex_key: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(hex_key))


def public_hex(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    return (
        key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(
    key: Ed25519PrivateKey,
    device_id: str,
    receipt_no: str,
    cash_fen: int,
    goods_fen: int,
    household_id: str,
    day: date,
) -> Payload:
    unsigned = Payload(
        receipt_no, cash_fen, short(household_id), day, "", VERSION, goods_fen, short(device_id)
    )
    sig = _b64(key.sign(unsigned.body().encode("ascii")))
    return Payload(
        receipt_no, cash_fen, unsigned.household, day, sig, VERSION, goods_fen, unsigned.device
    )


def signature_ok(public_key_hex: str, p: Payload) -> bool:
    """True when ``p`` was signed by the private half of ``public_key_hex``."""
    try:
        sig = _unb64(p.tag)
        if _b64(sig) != p.tag:  # one spelling only: spare low bits of the last character
            return False
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(
            sig, p.body().encode("ascii")
        )
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


# ---------------------------------------------------------------- the old scheme (FV1)


def tag(key: bytes, body: str) -> str:
    return hmac.new(key, body.encode("ascii"), hashlib.sha256).hexdigest()[:TAG_LEN]


def make_old(key: bytes, receipt_no: str, cash_fen: int, household_id: str, day: date) -> Payload:
    """An FV1 code, as receipts printed before the signed scheme carry (tests, migration)."""
    unsigned = Payload(receipt_no, cash_fen, short(household_id), day, "", OLD_VERSION)
    return Payload(
        receipt_no, cash_fen, unsigned.household, day, tag(key, unsigned.body()), OLD_VERSION
    )


def tag_ok(key: bytes, p: Payload) -> bool:
    return hmac.compare_digest(tag(key, p.body()), p.tag)


# ---------------------------------------------------------------- reading


def parse(text: str) -> Payload | None:
    """The payload's fields (either scheme), or None when the text does not have its shape."""
    text = text.strip()
    m = _NEW.match(text) or _OLD.match(text)
    if not m:
        return None
    try:
        day = date(int(m["day"][:4]), int(m["day"][4:6]), int(m["day"][6:]))
    except ValueError:
        return None
    no = unquote(m["no"])
    if quote(no, safe="-_.~") != m["no"]:  # only the one canonical spelling is accepted
        return None
    if text.startswith(OLD_VERSION):
        return Payload(no, int(m["fen"]), m["hh"], day, m["tag"], OLD_VERSION)
    # canonical numbers only: "007" and "7" must not both verify
    if str(int(m["fen"])) != m["fen"] or str(int(m["goods"])) != m["goods"]:
        return None
    return Payload(no, int(m["fen"]), m["hh"], day, m["sig"], VERSION, int(m["goods"]), m["dev"])
