"""Draw the application icon once, as SVG and as PNG/ICO, from one set of shapes.

A gold house on a deep-red tile with a red heart at its door: visits to households, done
with care. Pillow cannot read SVG, so both outputs are drawn from the same polygons here;
PNGs are drawn at 1024 px and scaled down, which anti-aliases them. Run after changing
the design and commit the outputs:

    python packaging/make_icons.py            # writes resources/icons/
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
VIEW = 256  # design grid

RED = "#B3202A"
DARK_RED = "#8E1620"
GOLD = "#F2C14E"
LIGHT_GOLD = "#FBE3A1"

TILE_RADIUS = 44
HOUSE = [(128, 40), (234, 130), (206, 130), (206, 214), (50, 214), (50, 130), (22, 130)]
CHIMNEY = [(172, 58), (194, 58), (194, 96), (172, 78)]
GROUND = [(36, 214), (220, 214), (220, 224), (36, 224)]


def heart(cx: float, cy: float, scale: float, steps: int = 72) -> list[tuple[float, float]]:
    """The classic parametric heart, centred at (cx, cy)."""
    points = []
    for i in range(steps):
        t = 2 * math.pi * i / steps
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((cx + scale * x, cy - scale * (y + 2.5)))
    return points


HEART = heart(128, 170, 2.05)


def svg() -> str:
    def poly(points: Sequence[tuple[float, float]], fill: str) -> str:
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        return f'  <polygon points="{coords}" fill="{fill}"/>\n'

    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW} {VIEW}" '
        f'width="{VIEW}" height="{VIEW}">\n'
        "  <title>fieldvisit</title>\n"
        f'  <rect x="4" y="4" width="248" height="248" rx="{TILE_RADIUS}" fill="{RED}" '
        f'stroke="{DARK_RED}" stroke-width="4"/>\n'
        + poly(CHIMNEY, LIGHT_GOLD)
        + poly(HOUSE, GOLD)
        + poly(GROUND, LIGHT_GOLD)
        + poly(HEART, RED)
        + "</svg>\n"
    )


def raster(size: int) -> Image.Image:
    big = 1024
    k = big / VIEW
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)

    def scaled(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x * k, y * k) for x, y in points]

    draw.rounded_rectangle(
        (4 * k, 4 * k, 252 * k, 252 * k),
        radius=TILE_RADIUS * k,
        fill=RED,
        outline=DARK_RED,
        width=round(4 * k),
    )
    draw.polygon(scaled(CHIMNEY), fill=LIGHT_GOLD)
    draw.polygon(scaled(HOUSE), fill=GOLD)
    draw.polygon(scaled(GROUND), fill=LIGHT_GOLD)
    draw.polygon(scaled(HEART), fill=RED)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main(out: Path = OUT) -> int:
    out.mkdir(parents=True, exist_ok=True)
    (out / "fieldvisit.svg").write_text(svg(), encoding="utf-8")
    images = {size: raster(size) for size in SIZES}
    for size, img in images.items():
        img.save(out / f"fieldvisit-{size}.png", optimize=True)
    images[256].save(
        out / "fieldvisit.ico",
        sizes=[(s, s) for s in SIZES],
        append_images=[images[s] for s in SIZES if s != 256],
    )
    print(f"wrote {len(SIZES)} PNGs, fieldvisit.ico and fieldvisit.svg to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
