"""The conflicts inbox as a report table: the open conflicts side by side.

Listing and resolving belong to :mod:`fieldvisit.sync.conflicts` (``list_open``,
``resolve``); this module only lays their views out for the screen, Excel and
PDF, with each edit's device and local time.
"""

from __future__ import annotations

from typing import Any

from fieldvisit.i18n import translate
from fieldvisit.reports.common import local_time
from fieldvisit.reports.table import Column, Table
from fieldvisit.sync.conflicts import ConflictView, Contender


def who(side: Contender, sep: str = " ") -> str:
    """The device and local time of one side's edit."""
    return f"{side.device_name}{sep}{local_time(side.time):%Y-%m-%d %H:%M}"


def conflicts_table(items: list[ConflictView]) -> Table:
    rows = []
    for c in items:
        a = c.contenders[0] if c.contenders else None
        b = c.contenders[1] if len(c.contenders) > 1 else None
        rows.append(
            (
                c.label,
                c.field_label,
                show(c.base_value),
                show(a.value) if a else "",
                who(a) if a else "",
                show(b.value) if b else "",
                who(b) if b else "",
                c.id,
            )
        )
    n_items = len(items)  # a plain name: pyside6-lupdate skips calls with expressions
    return Table(
        name=translate("Reports", "Conflicts"),
        title=translate("Reports", "Conflicting edits to settle"),
        columns=[
            Column("label", translate("Reports", "Record")),
            Column("field", translate("Reports", "Field")),
            Column("base", translate("Reports", "Value before")),
            Column("a", translate("Reports", "First value")),
            Column("a_who", translate("Reports", "Edited by / when")),
            Column("b", translate("Reports", "Second value")),
            Column("b_who", translate("Reports", "Edited by / when")),
            Column("id", translate("Reports", "Conflict id"), printed=False),
        ],
        rows=rows,
        note=translate("Reports", "%n open conflicts", None, n_items),
    )


def show(value: Any) -> str:
    """A conflicting value as text: lists joined, dicts as key=value."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return "; ".join(f"{k}={val}" for k, val in value.items())
    if isinstance(value, list):
        return "、".join(map(str, value))
    return str(value)
