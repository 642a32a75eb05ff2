"""Name keys: the readings fieldvisit computes equal pypinyin's full dictionaries'."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fieldvisit.text import address_key, natural_key, sound_key

#: Heteronyms (several readings), rare surname characters and Extension A, where a
#: reduced dictionary would show a difference first.
SAMPLE = "重行长乐单解仇区朴查曾盖缪覃尉迟万俟乜隗㐀㑇䶵翟那蕃种沈"

_READINGS = (
    "import json, sys\n"
    "from fieldvisit.text import _char_keys\n"
    "print(json.dumps([_char_keys(c)[2] for c in sys.argv[1]]))\n"
)
_FULL = (
    "import json, sys\n"
    "from pypinyin import Style, lazy_pinyin\n"
    "print(json.dumps(['' .join(lazy_pinyin(c, style=Style.NORMAL, errors='ignore')).lower()"
    " for c in sys.argv[1]]))\n"
)


def _run(code: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYPINYIN_")}
    out = subprocess.run(
        [sys.executable, "-c", code, SAMPLE], env=env, capture_output=True, text=True, check=True
    )
    return list(json.loads(out.stdout))


def test_readings_without_the_phrase_dictionary_match_the_full_one() -> None:
    assert _run(_READINGS) == _run(_FULL)


def test_sound_and_address_keys() -> None:
    assert sound_key("张晓明") == sound_key("張曉明") == sound_key("张小明") == "zhangxiaoming"
    assert sound_key("王小明") != sound_key("张晓明")
    assert sound_key("John  Smith") == "johnsmith"
    assert address_key("上城區 某街道 12-3號") == "上城区某街道123号"
    assert sound_key(None) == address_key(None) == ""


def test_names_sort_by_the_numbers_in_them() -> None:
    names = [
        "第十二走访组",
        "办公室",
        "第三走访组",
        "10组",
        "第二走访组",
        "2组",
        "第千千组",
        "第十组",
    ]
    assert sorted(names, key=natural_key) == [
        *("2组", "10组", "办公室", "第二走访组", "第三走访组", "第十组", "第十二走访组", "第千千组")
    ]
