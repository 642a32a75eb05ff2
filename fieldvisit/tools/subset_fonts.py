"""Rebuild the bundled fallback fonts for rare Chinese characters (resources/fonts/fv-han-*.ttf).

    pip install fonttools   # only for this tool
    apt-get install fonts-hanazono
    python -m fieldvisit.tools.subset_fonts [HANAZONO_DIR]

Names of needy households contain characters outside every common CJK font
(𠮷, 䶮, Hong Kong names from HKSCS). The Hanazono Mincho fonts (GlyphWiki project,
Hanazono Font License: use, copy, modify and redistribute freely) cover them but
weigh 53 MB, so only what names are likely to use is kept (~1.5 MB):

* Extension A (HanaMinA): the characters of HKSCS (Hong Kong), JIS X 0213 and GBK;
* Extensions B-F (HanaMinB): HKSCS and JIS X 0213 characters (𠮷 is one), and every
  character of Extensions C-F that pypinyin has a reading for (the Mainland's
  standard-character additions used in names).

The subsets are renamed ("FV Han ExtA", "FV Han ExtB") so they are never mistaken
for the full fonts; the GUI registers them at start as fallbacks (fieldvisit.ui.fonts).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from fieldvisit.resources import resource_path

SOURCE = Path("/usr/share/fonts/truetype/hanazono")
#: output file -> (source file, family name)
FONTS = {
    "fv-han-exta.ttf": ("HanaMinA.ttf", "FV Han ExtA"),
    "fv-han-extb.ttf": ("HanaMinB.ttf", "FV Han ExtB"),
}
#: Characters kept whatever the tables say: variants people have in their names.
ALWAYS = (0x20BB7, 0x4DAE)
_CODECS = ("big5hkscs", "euc_jis_2004", "gbk")


def _in(cp: int, codec: str) -> bool:
    try:
        chr(cp).encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def wanted(cmap: dict[int, str], extension_a: bool) -> list[int]:
    from pypinyin.pinyin_dict import pinyin_dict

    if extension_a:
        chosen = {c for c in cmap if 0x3400 <= c <= 0x4DBF and any(_in(c, k) for k in _CODECS)}
    else:
        plane2 = [c for c in cmap if c >= 0x20000]
        chosen = {c for c in plane2 if _in(c, "big5hkscs") or _in(c, "euc_jis_2004")}
        chosen |= {c for c in plane2 if c >= 0x2A700 and c in pinyin_dict}
    return sorted(chosen | {c for c in ALWAYS if c in cmap})


def build(source_dir: Path = SOURCE) -> list[Path]:
    tt = importlib.import_module("fontTools.ttLib")
    subset = importlib.import_module("fontTools.subset")
    written = []
    for out_name, (src, family) in FONTS.items():
        font = tt.TTFont(str(source_dir / src))
        options = subset.Options()
        options.hinting = False
        options.name_IDs = ["*"]
        options.drop_tables += ["FFTM"]
        sub = subset.Subsetter(options)
        sub.populate(unicodes=wanted(font.getBestCmap(), src.endswith("A.ttf")))
        sub.subset(font)
        names = font["name"]
        for rec in list(names.names):
            if rec.nameID in (1, 4, 16):
                names.setName(family, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
            elif rec.nameID == 6:
                names.setName(family.replace(" ", ""), 6, rec.platformID, rec.platEncID, rec.langID)
        out = resource_path("fonts", out_name)
        font.save(str(out))
        written.append(out)
        print(f"{out.name}: {len(font.getBestCmap())} characters, {out.stat().st_size // 1024} KB")
    return written


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE)
