#!/usr/bin/env python3
"""Draws the web app's icons into www/icons/ (committed; rerun only to change them).

A calendar page with a tick, white on the app's blue, drawn edge to edge so the same picture
serves as a maskable icon: everything that matters sits inside the middle 80%, the safe zone
an installed app's mask may cut to. Standard library only (zlib for PNG): each pixel is the
coverage of 4x4 samples of the shapes below, so edges are smooth.

    python3 scripts/icons.py
"""
import math
import struct
import zlib
from pathlib import Path

BLUE = (11, 87, 208)  # --blue of www/style.css
WHITE = (255, 255, 255)
GREEN = (23, 105, 47)  # --green
OUT = Path(__file__).resolve().parent.parent / "www" / "icons"
SIZES = [192, 512]
SAMPLES = 4


def rounded_box(x, y, left, top, right, bottom, radius):
    """Whether (x, y) is inside the rectangle with rounded corners (units of the icon's side)."""
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2 and left <= x <= right and top <= y <= bottom


def near_segment(x, y, ax, ay, bx, by, width):
    """Whether (x, y) is within width/2 of the segment from a to b (a stroke with round ends)."""
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - ax - t * dx, y - ay - t * dy) <= width / 2


def colour(x, y):
    """The colour of the point (x, y), both from 0 to 1."""
    page = rounded_box(x, y, 0.24, 0.26, 0.76, 0.76, 0.05)
    header = page and y < 0.38
    rings = any(rounded_box(x, y, cx - 0.025, 0.2, cx + 0.025, 0.32, 0.025) for cx in (0.36, 0.64))
    tick = near_segment(x, y, 0.37, 0.57, 0.46, 0.66, 0.06) or near_segment(
        x, y, 0.46, 0.66, 0.64, 0.47, 0.06
    )
    if rings:
        return WHITE
    if page and not header:
        return GREEN if tick else WHITE
    if header:
        return (220, 231, 251)  # --blue-soft
    return BLUE


def png(size):
    """The icon of `size` pixels as PNG bytes."""
    rows = bytearray()
    step = 1 / (size * SAMPLES)
    for py in range(size):
        rows.append(0)  # filter: none
        for px in range(size):
            total = [0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour((px * SAMPLES + sx + 0.5) * step, (py * SAMPLES + sy + 0.5) * step)
                    total = [t + v for t, v in zip(total, c)]
            rows.extend(round(t / SAMPLES**2) for t in total)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for size in SIZES:
        path = OUT / f"icon-{size}.png"
        path.write_bytes(png(size))
        print(f"{path.relative_to(OUT.parent.parent)}: {path.stat().st_size} bytes")
