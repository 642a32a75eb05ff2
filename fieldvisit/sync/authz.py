"""Who may do what: one rules table, applied by every replica before folding.

The hub applies the same table at push (``fv_push``, see
``hub_migrations/versions/0002_push_rules.py``): ``hub init`` copies
:data:`RULES` into the hub's ``fv_rules`` table, and the payload checks below
are mirrored in SQL; ``tests/sync/test_authz_agreement.py`` runs both over the
same cases. A replica checks every operation it receives (hub pull, bundle)
with :func:`check` and keeps what fails in quarantine, never folded.

The check is a pure function of the operation and the author's registry entry
(team and role, which never change for a device), so every replica that holds
the same operations and registry decides the same. Whether the author is
revoked is deliberately not part of it: revocation stops the login at the hub;
what the device wrote before stays what it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import hlc as hlc_clock
from fieldvisit.store.merge import Op

# The largest amount of one payment: ¥999,999,999.99.
MAX_FEN = 99_999_999_999

# Scopes: which rows a role may write with a kind.
ANY = "any"  # any team, or global rows
TEAM = "team"  # the operation's team_id is the device's own team
OWN_TEAM = "own_team"  # the device's own team row (the record every replica makes of it)
SELF = "self"  # the device's own registry row

_EDIT = frozenset({"create", "update", "delete", "restore", "resolve"})
_HOUSEHOLD = _EDIT | {"merge"}
_NEED = _EDIT | {"transition", "reopen"}
_APPEND = frozenset({"append"})
_CREATE = frozenset({"create"})

# entity -> role -> (kinds it may write, scope). A role not listed may not write the entity.
RULES: dict[str, dict[str, tuple[frozenset[str], str]]] = {
    # unmerge (undoing a merge) is the office's, like deciding a merge in the first place
    "household": {"field": (_HOUSEHOLD, TEAM), "office": (_HOUSEHOLD | {"unmerge"}, ANY)},
    "member": {"field": (_EDIT, TEAM), "office": (_EDIT, ANY)},
    # a unit merge (and undoing one) is the office's: a unit is often known to several teams
    "unit": {"field": (_EDIT, TEAM), "office": (_EDIT | {"merge", "unmerge"}, ANY)},
    "unit_visit": {"field": (_APPEND, TEAM), "office": (_APPEND, ANY)},
    "distribution": {"field": (_APPEND, TEAM), "office": (_APPEND, ANY)},
    "roster_entry": {"field": (_APPEND, TEAM), "office": (_APPEND, ANY)},
    "organisation": {"office": (_EDIT, ANY)},
    "need": {"field": (_NEED, TEAM), "office": (_NEED, ANY)},
    "visit": {"field": (_APPEND, TEAM), "office": (_APPEND, ANY)},
    "photo": {"field": (_APPEND, TEAM), "office": (_APPEND, ANY)},
    "payment": {"field": (_APPEND, TEAM), "office": (_APPEND, ANY)},
    "receipt_event": {"field": (_APPEND, TEAM), "office": (_APPEND, ANY)},
    "duplicate_dismissal": {"field": (_APPEND, TEAM), "office": (_APPEND, ANY)},
    "finding_decision": {"office": (_APPEND, ANY)},
    "campaign": {"office": (_EDIT, ANY)},
    "team": {"field": (_CREATE, OWN_TEAM), "office": (_EDIT, ANY)},
    "device": {"field": (_CREATE, SELF), "office": (_CREATE, SELF)},
}

# Append-only entities whose payload names the writing device (``fields.device_id``).
NAMES_DEVICE = frozenset(
    {
        "payment",
        "receipt_event",
        "visit",
        "duplicate_dismissal",
        "finding_decision",
        "unit_visit",
        "distribution",
    }
)
# Entities whose created row names its team (``fields.team_id``): it must be the operation's.
NAMES_TEAM = frozenset(
    {"payment", "visit", "need", "household", "unit", "unit_visit", "distribution"}
)

# Refusal codes, the same words the hub's fv_push uses.
CODES = (
    "unknown_device",
    "unknown_entity",
    "not_allowed",
    "team_scope",
    "own_record",
    "bad_payload",
    "payload_device",
    "payload_team",
    "amount_range",
    "reversal_mismatch",
    "reversal_unknown",
)
# Codes that may clear when more arrives (re-checked at every fold, never final).
PENDING = frozenset({"unknown_device", "reversal_unknown"})


@dataclass(frozen=True)
class Sender:
    """The author's entry in the device registry, as far as the rules need it."""

    id: str
    team_id: str | None
    role: str
    revoked: bool = False
    #: the same laptop's other device ids (its incarnations, sync/incarnation.py): a record
    #: made before a copy knew it was a copy names the id that signed its receipt
    family: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Refusal:
    code: str
    detail: str = ""

    @property
    def pending(self) -> bool:
        return self.code in PENDING

    def message(self) -> str:
        text = messages().get(self.code, self.code)
        return f"{text} ({self.detail})" if self.detail else text


def messages() -> dict[str, str]:
    """What each refusal code means (built when asked, so it is translated)."""
    return {
        "unknown_device": translate("Authz", "written by a device this replica does not know"),
        "unknown_entity": translate("Authz", "an unknown kind of record or change"),
        "not_allowed": translate("Authz", "this device's role may not make this change"),
        "team_scope": translate("Authz", "outside the writing device's team"),
        "own_record": translate("Authz", "a device may only record itself and its own team"),
        "bad_payload": translate("Authz", "the operation's content is malformed"),
        "payload_device": translate("Authz", "the record names another device than its writer"),
        "payload_team": translate("Authz", "the record names another team than its operation"),
        "amount_range": translate("Authz", "an amount outside 0 to 999,999,999.99 yuan"),
        "reversal_mismatch": translate(
            "Authz", "a reversal that does not exactly cancel the payment it names"
        ),
        "reversal_unknown": translate(
            "Authz", "a reversal of a payment this replica has not received"
        ),
    }


def sender_of(registry: Mapping[str, Mapping[str, Any]], device_id: str) -> Sender | None:
    """The registry entry (``device_keys`` setting / hub ``fv_device``) of a device."""
    d = registry.get(device_id)
    if d is None:
        return None
    root = d.get("incarnation_of") or device_id
    family = frozenset(
        k for k, info in registry.items() if (info.get("incarnation_of") or k) == root
    )
    return Sender(
        device_id,
        d.get("team_id"),
        str(d.get("role", "field")),
        bool(d.get("revoked")),
        family - {device_id},
    )


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def check(op: Op, sender: Sender | None) -> Refusal | None:
    """Why ``op``, written by ``sender`` (the registry entry of ``op.device_id``), is refused;
    None when the rules allow it. Pure: no lookups (see :func:`check_reversal`)."""
    if sender is None or sender.id != op.device_id:
        return Refusal("unknown_device", op.device_id)
    if not isinstance(op.hlc, str) or not hlc_clock.WELL_FORMED.match(op.hlc):
        return Refusal("bad_payload", "hlc")
    if not _is_int(op.seq) or op.seq < 1:
        return Refusal("bad_payload", "seq")
    by_role = RULES.get(op.entity)
    if by_role is None:
        return Refusal("unknown_entity", op.entity)
    rule = by_role.get(sender.role)
    if rule is None or op.kind not in rule[0]:
        return Refusal("not_allowed", f"{sender.role}: {op.entity}/{op.kind}")
    scope = rule[1]
    if scope == TEAM and op.team_id != sender.team_id:
        return Refusal("team_scope", str(op.team_id))
    if scope == OWN_TEAM and (op.row_id != sender.team_id or op.team_id is not None):
        return Refusal("own_record", f"team {op.row_id}")
    if scope == SELF and (op.row_id != op.device_id or op.team_id is not None):
        return Refusal("own_record", f"device {op.row_id}")
    if not isinstance(op.payload, dict):
        return Refusal("bad_payload", "payload")
    fields = op.payload.get("fields", {})
    if not isinstance(fields, dict):
        return Refusal("bad_payload", "fields")
    return _payload(op, sender, fields)


def _payload(op: Op, sender: Sender, fields: dict[str, Any]) -> Refusal | None:
    """Payload fields that name a device, team or amount agree with the operation."""
    creating = op.kind in ("append", "create")
    named = fields.get("device_id")
    if (
        creating
        and op.entity in NAMES_DEVICE
        and named != op.device_id
        and named not in sender.family
    ):
        return Refusal("payload_device", str(named))
    if creating and op.entity in NAMES_TEAM and fields.get("team_id") != op.team_id:
        return Refusal("payload_team", str(fields.get("team_id")))
    if op.kind == "update" and "team_id" in fields and sender.role != "office":
        return Refusal("payload_team", translate("Authz", "only an office moves a record"))
    if op.entity == "device" and (
        fields.get("role") != sender.role or fields.get("team_id") != sender.team_id
    ):
        return Refusal("own_record", f"{fields.get('role')}/{fields.get('team_id')}")
    if op.entity in ("payment", "distribution"):
        return _money(fields)
    return None


def _money(fields: dict[str, Any]) -> Refusal | None:
    reversal = fields.get("reverses_id") is not None
    low, high = (-MAX_FEN, 0) if reversal else (0, MAX_FEN)
    cash, goods_value = fields.get("cash_fen", 0), fields.get("goods_value_fen", 0)
    goods = fields.get("goods") or []
    if not _is_int(cash) or not _is_int(goods_value) or not isinstance(goods, list):
        return Refusal("bad_payload", "amount")
    if not (low <= cash <= high and low <= goods_value <= high):
        return Refusal("amount_range", f"{cash}/{goods_value}")
    total = 0
    for line in goods:
        value = line.get("value_fen") if isinstance(line, dict) else None
        if not isinstance(value, int) or isinstance(value, bool):
            return Refusal("bad_payload", "goods")
        if not low <= value <= high:
            return Refusal("amount_range", str(value))
        total += value
    if total != goods_value:
        return Refusal("bad_payload", f"goods {total} != {goods_value}")
    return None


#: ledgers whose rows are voided by a reversal row (``reverses_id``)
REVERSIBLE = frozenset({"payment", "distribution"})


def reverses(op: Op) -> str | None:
    """The payment (or distribution) an operation reverses, if it is a reversal."""
    if op.entity not in REVERSIBLE or not isinstance(op.payload, dict):
        return None
    fields = op.payload.get("fields")
    rid = fields.get("reverses_id") if isinstance(fields, dict) else None
    return str(rid) if rid is not None else None


def check_reversal(op: Op, original: Mapping[str, Any] | None) -> Refusal | None:
    """A reversal points at an existing payment and negates it exactly.

    ``original`` is the ``fields`` of the payment it names, as its operation carried
    them (None when this replica does not hold it: refused for now, re-checked later)."""
    if original is None:
        return Refusal("reversal_unknown", str(reverses(op)))
    fields = op.payload["fields"]
    try:
        lines = [
            (g.get("item"), g.get("unit"), -g.get("quantity", 0), -g.get("value_fen", 0))
            for g in original.get("goods") or []
            if isinstance(g, dict)
        ]
        mine = [
            (g.get("item"), g.get("unit"), g.get("quantity"), g.get("value_fen"))
            for g in fields.get("goods") or []
            if isinstance(g, dict)
        ]
        same = _negates(fields, original, mine, lines)
    except TypeError:
        same = False
    return None if same else Refusal("reversal_mismatch", str(reverses(op)))


def _negates(
    fields: Mapping[str, Any], original: Mapping[str, Any], mine: list[Any], lines: list[Any]
) -> bool:
    return (
        original.get("reverses_id") is None
        and fields.get("cash_fen", 0) == -original.get("cash_fen", 0)
        and fields.get("goods_value_fen", 0) == -original.get("goods_value_fen", 0)
        and fields.get("packages", 0) == -original.get("packages", 0)
        and fields.get("workers_reached", 0) == -original.get("workers_reached", 0)
        and mine == lines
        and fields.get("team_id") == original.get("team_id")
        and fields.get("household_id") == original.get("household_id")
        and fields.get("unit_id") == original.get("unit_id")
    )


def local_guard(
    registry: Mapping[str, Mapping[str, Any]], device_id: str
) -> Callable[[Op], None] | None:
    """For an enrolled replica: refuse, before it is recorded, a change of this laptop's own
    that the hub and the other replicas would refuse, so it never blocks the outbox.
    None where the registry does not know this device yet (not enrolled)."""
    me = sender_of(registry, device_id)
    if me is None:
        return None

    def guard(op: Op) -> None:
        why = check(op, me)
        if why is not None and not why.pending:
            raise FieldVisitError(
                translate(
                    "Authz",
                    "This laptop may not make this change: %1. The hub and the other "
                    "laptops would refuse it; ask the office.",
                ).replace("%1", why.message())
            )

    return guard
