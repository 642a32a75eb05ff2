"""The committed icons are the drawing in packaging/make_icons.py, at every size."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from PIL import Image, ImageChops, ImageStat

from tests.packaging.conftest import ROOT

ICONS = ROOT / "resources" / "icons"


def test_png_sizes_match_their_names(make_icons: ModuleType) -> None:
    for size in make_icons.SIZES:
        with Image.open(ICONS / f"fieldvisit-{size}.png") as img:
            assert img.size == (size, size)
            assert img.mode == "RGBA"
            corner = img.getpixel((0, 0))
            assert isinstance(corner, tuple) and corner[3] < 16, "corners stay clear (rounded tile)"


def test_ico_holds_every_size_for_windows(make_icons: ModuleType) -> None:
    with Image.open(ICONS / "fieldvisit.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in make_icons.SIZES}


def test_committed_icons_are_up_to_date(make_icons: ModuleType, tmp_path: Path) -> None:
    make_icons.main(tmp_path)
    assert (tmp_path / "fieldvisit.svg").read_text() == (ICONS / "fieldvisit.svg").read_text()
    for size in make_icons.SIZES:
        with (
            Image.open(tmp_path / f"fieldvisit-{size}.png") as fresh,
            Image.open(ICONS / f"fieldvisit-{size}.png") as committed,
        ):
            diff = ImageChops.difference(fresh.convert("RGBA"), committed.convert("RGBA"))
            # Resampling may differ by a shade between Pillow versions, never in the drawing.
            assert max(ImageStat.Stat(diff).mean) < 2, size
