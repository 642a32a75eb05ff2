"""The rows an import could not take, as a workbook the clerk fixes and imports again.

One sheet, the register's columns under their usual wording (so the file is a
register the importer reads like any other), then where each row came from and
what is wrong with it. The last two columns have headers no register uses, so a
re-import ignores them. An ID number that was stored as a number is written the
way Excel showed it (``4.41302E+17``): writing its digits out would turn a lost
number back into a plausible, wrong one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from fieldvisit.cellsafe import cleaned, xlsx_text
from fieldvisit.files import written_atomically
from fieldvisit.i18n import translate
from fieldvisit.importing import cells, headers
from fieldvisit.importing.register import Plan
from fieldvisit.importing.table import Record

#: The wording each field gets in the file (the first of the vocabulary's, or its own).
WORDING = {
    "member_name": "成员姓名",
    "member_id_number": "成员身份证号",
    "relation": "与户主关系",
}
SOURCE = "原表位置"
PROBLEM = "问题说明"


def _text(fld: str, value: Any) -> str:
    if value is None:
        return ""
    if fld.endswith("id_number") and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{float(value):.5E}".replace("E+", "E+")
    code = cells.error_code(value)
    return code if code else cells.safe_text(value)


class Rejections(Protocol):
    """What a plan gives back: its sheets' headers and the rows it could not take
    (a household register's :class:`Plan`, or a unit list's)."""

    headers: list[tuple[str, headers.Header]]
    rejected: list[tuple[Record, list[Record], list[str]]]


def write(
    plan: Plan | Rejections, path: Path, vocabulary: headers.Vocabulary = headers.REGISTER
) -> int:
    """Write the plan's rejected rows to ``path`` (.xlsx), headed in ``vocabulary``'s
    wording so the file reads back as a list of its kind; returns how many rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    # the columns in the order the register has them, then any others
    order = [f for _s, h in plan.headers for _c, f in sorted(h.columns.items())]
    order = list(dict.fromkeys([*order, *vocabulary.synonyms]))
    used = {f for _s, h in plan.headers for f in h.columns.values()}
    for rec, kids, _why in plan.rejected:
        used |= set(rec.values) | {f for k in kids for f in k.values}
    fields = [f for f in order if f in used and f != "serial"]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = translate("Import", "Rows to fix")[:31]
    written: dict[str, str] = {}  # the register's own wording, when it reads back the same
    for _s, h in plan.headers:
        for c, f in h.columns.items():
            if vocabulary.field_of(h.labels.get(c, "")) == f:
                written.setdefault(f, h.labels[c])
    wording = [written.get(f) or WORDING.get(f) or vocabulary.synonyms[f][0] for f in fields]
    ws.append([*wording, SOURCE, PROBLEM])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    count = 0
    for rec, kids, why in plan.rejected:
        same = [k for k in rec.children if k.number == rec.number]
        lines = [{**rec.values, **{f: x for k in same for f, x in k.values.items()}}]
        lines += [k.values for k in kids if k.number != rec.number]
        for i, (r, line) in enumerate(
            zip([rec, *[k for k in kids if k.number != rec.number]], lines, strict=True)
        ):
            values = [_text(f, line.get(f)) for f in fields]
            where = (
                translate("Import", "%1 row %2").replace("%1", r.sheet).replace("%2", str(r.number))
            )
            ws.append([cleaned(v) for v in values] + [where, "；".join(why) if i == 0 else ""])
            for j, f in enumerate(fields, start=1):
                c = ws.cell(ws.max_row, j)
                xlsx_text(c)
                if f.endswith(("id_number", "phone")):
                    c.number_format = "@"
            count += 1
    for j, f in enumerate(fields, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = 22 if "id_number" in f else 14
    ws.column_dimensions[ws.cell(1, len(fields) + 2).column_letter].width = 60
    ws.freeze_panes = "A2"
    with written_atomically(path) as tmp:
        wb.save(tmp)
    return count
