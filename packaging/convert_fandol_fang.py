"""Make ``inspect_app/resources/fonts/FandolFang-Regular.ttf`` from Fandol's CFF font.

FandolFang (仿宋, the GB/T 9704 body face) is published only as an OpenType font
with CFF (PostScript) outlines, which reportlab cannot embed. This script converts the
outlines to TrueType quadratics (fontTools ``cu2qu``, at most 1 font unit away from the
original curves) and keeps every other table, so the face, metrics, ``cmap`` and names stay
the same; it adds a note to the version string saying the font was modified (the GPL asks
modified versions to say so). The result is byte-for-byte reproducible (no time stamps
recalculated), so the committed file can be checked against its source at any time.

Source: Debian's ``texlive-lang-chinese`` package (``apt-get download texlive-lang-chinese``,
then ``dpkg-deb -x``), file
``usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf``.
See ``inspect_app/resources/fonts/README.md`` for versions and checksums.

Usage::

    .venv/bin/python packaging/convert_fandol_fang.py FandolFang-Regular.otf \
        inspect_app/resources/fonts/FandolFang-Regular.ttf

Needs fontTools (installed with the app's dependencies, through pyHanko's ``[opentype]``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

MAX_ERROR = 1.0
"""Largest distance (font units, of 1000 per em) between a cubic curve and its quadratics."""

MODIFIED_NOTE = "; TrueType outlines converted from the CFF original by inspect_app 2026-12-05"


def convert(source: Path, target: Path) -> None:
    """Write ``target``: the CFF font ``source`` with TrueType (``glyf``) outlines.

    Args:
        source: an OpenType font with a ``CFF `` table.
        target: where the TrueType font is written (overwritten).

    Raises:
        ValueError: ``source`` has no CFF outlines.
    """
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(source), recalcTimestamp=False)
    if font.sfntVersion != "OTTO" or "CFF " not in font:
        raise ValueError(f"{source} has no CFF outlines")
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise: reverse them.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:  # CFF-only vertical origins; TrueType uses vmtx + glyph bounds
        del font["VORG"]

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1

    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order

    names = font["name"]
    for record in list(names.names):
        if record.nameID == 5 and MODIFIED_NOTE not in str(record):
            names.setName(
                str(record) + MODIFIED_NOTE, 5, record.platformID, record.platEncID, record.langID
            )
    font.sfntVersion = "\x00\x01\x00\x00"
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))


def main(argv: list[str] | None = None) -> int:
    """Command line: ``convert_fandol_fang.py SOURCE.otf TARGET.ttf``; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="FandolFang-Regular.otf")
    parser.add_argument("target", type=Path, help="the .ttf to write")
    args = parser.parse_args(argv)
    try:
        convert(args.source, args.target)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
