"""Register import against openpyxl alone: ``python -m bench import``.

A 20,000-row register in the shape offices keep (title, 填报 line, header, rows,
合计) is written once; then, in the same process, openpyxl alone reads it in
read-only mode (the floor: no import can be faster than reading the cells), the
importer imports it into a fresh replica, and imports it again (nothing changes).
The ratio to openpyxl is the figure to watch; absolute seconds vary with the machine.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("FIELDVISIT_PASSPHRASE", "bench-passphrase")
os.environ.setdefault("FIELDVISIT_NO_KEYRING", "1")

HEADER = [
    "序号",
    "姓名",
    "性别",
    "身份证号",
    "联系电话",
    "工作单位",
    "所属区县",
    "家庭住址",
    "困难类别",
    "致困原因",
    "家庭人口",
    "月人均收入(元)",
    "建档立卡编号",
]


def write_register(path: Path, n: int, seed: int = 5) -> Path:
    import openpyxl

    from fieldvisit import demo
    from fieldvisit.validation import id_check_char

    rng = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["2025年困难职工建档立卡花名册"])
    ws.append(["填报单位：某区总工会", None, None, None, "填报日期：2025年1月8日"])
    ws.append(HEADER)
    for i in range(n):
        body = (
            f"330106{rng.randrange(1950, 2000)}{rng.randrange(1, 13):02d}"
            f"{rng.randrange(1, 29):02d}{rng.randrange(0, 1000):03d}"
        )
        ws.append(
            [
                i + 1,
                demo._person(rng),
                "男",
                body + id_check_char(body),
                f"13{rng.randrange(10**8, 10**9)}",
                "市纺织厂",
                "西湖区",
                f"文新街道{i}号",
                "困难职工",
                "患重病、子女就学",
                3,
                f"{rng.randrange(500, 3000):,}",
                f"JD{i:08d}",
            ]
        )
    ws.append(["合计", f"{n}户"])
    wb.save(path)
    return path


def openpyxl_alone(path: Path) -> float:
    import openpyxl

    t0 = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for ws in wb.worksheets:
        for _ in ws.iter_rows(values_only=True):
            pass
    wb.close()
    return time.perf_counter() - t0


def run(n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="fv-bench-import-") as tmp:
        return _run(Path(tmp), n)


def _run(folder: Path, n: int) -> dict[str, float]:
    from fieldvisit.importing.register import import_register
    from fieldvisit.store.replica import Replica

    path = write_register(folder / "register.xlsx", n)
    raw = openpyxl_alone(path)
    r = Replica.create(folder / "replica", device="BENCH", team="一组")
    t0 = time.perf_counter()
    with r.session() as s:
        first = import_register(s, path)
    took = time.perf_counter() - t0
    t0 = time.perf_counter()
    with r.session() as s:
        again = import_register(s, path)
    took2 = time.perf_counter() - t0
    r.close()
    assert again.operations == 0 and again.created == 0, "a re-import must change nothing"
    return {"openpyxl": raw, "import": took, "reimport": took2, "created": first.created}


def main(quick: bool) -> None:
    n = 2_000 if quick else 20_000
    f = run(n)
    target = "< 20 s" if n >= 20_000 else "(quick)"
    print(f"   openpyxl alone, read-only      {f['openpyxl']:>8.1f} s", flush=True)
    print(
        f"   import {n}-row register     {f['import']:>8.1f} s   target {target:<8}"
        f"  x{f['import'] / f['openpyxl']:.2f} vs openpyxl  ({f['created']:.0f} new)",
        flush=True,
    )
    print(
        f"   re-import, nothing changed     {f['reimport']:>8.1f} s"
        f"                    x{f['reimport'] / f['openpyxl']:.2f} vs openpyxl",
        flush=True,
    )


if __name__ == "__main__":
    main(quick=True)
