"""Amounts as receipts print them: ``¥1,200.00`` and ``人民币壹仟贰佰元整``.

The words follow the official rules for 中文大写金额 (《支付结算办法》附一): 零 for
inner zero runs, 整 after 元 when there are no 角/分, 零 before 分 when 角 is
zero. cn2an implements them; we feed it an exact decimal string made from
integer fen, never a float, and guard the range receipts accept.
"""

from __future__ import annotations

import cn2an

MAX_FEN = 99_999_999_999  # ¥999,999,999.99


def figures(fen: int) -> str:
    """¥1,200.00 (negative amounts, i.e. reversals, as -¥1,200.00)."""
    sign = "-" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{rest:02d}"


def words(fen: int) -> str:
    """人民币壹仟贰佰元整; 0 gives 人民币零元整."""
    if fen < 0 or fen > MAX_FEN:
        raise ValueError(f"amount out of range for a receipt: {fen} fen")
    yuan, rest = divmod(fen, 100)
    return "人民币" + str(cn2an.an2cn(f"{yuan}.{rest:02d}", "rmb"))


def words_or_dash(fen: int) -> str:
    """words(), or a dash for a sum beyond what 大写 on a receipt covers (several goods lines)."""
    return words(fen) if 0 <= fen <= MAX_FEN else "—"
