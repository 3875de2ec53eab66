r"""Subset the title and body fonts to GB2312 and the symbols documents print (reproducible).

The 宋体 title face (Noto Serif SC Bold, 14.8 MB upstream, full GBK and more) and the 仿宋 body
face (FandolFang, 7.6 MB after ``convert_fandol_fang.py``) are cut down to:

- every character of GB2312 (its 6763 hanzi and 682 symbols: punctuation, full-width forms,
  Greek, Cyrillic, kana, bopomofo, pinyin letters with tones, box drawing, ①…⑩, Ⅰ…Ⅻ);
- every non-ideograph character of GBK (more symbols, e.g. ㎎ ㎏ ㎡ ℡ 〡…〩 and vertical forms);
- the Unicode blocks documents draw from: Basic Latin, Latin-1 and Latin Extended-A/B,
  spacing modifiers, Greek, Cyrillic, general punctuation, currency, letterlike symbols
  (℃ №), number forms, arrows, mathematical operators, technical symbols, enclosed
  alphanumerics, box drawing, block elements, geometric shapes, miscellaneous symbols,
  dingbats, CJK symbols and punctuation (〔〕【】《》「」『』〇), kana, bopomofo, enclosed CJK
  letters, CJK compatibility (units such as ㎎ ㎏ ㎡), vertical and CJK compatibility forms,
  half-width and full-width forms;

whatever of that the face has. Rare hanzi beyond GB2312 (personal and company names: 堃 玥 喆…)
are then missing from these two faces: the documents issue falls back, character by
character, to WenQuanYi Micro Hei, which is not subset (it covers every GBK hanzi).

Everything else stays: TrueType outlines (``glyf``) and hinting as they were, every OpenType
layout feature (vertical forms, ``locl``…), vertical metrics, all ``name`` records; the
version string (name ID 5) says the file was subset (both licences ask modified versions to
say so). Glyph names are dropped (``post`` format 3). No time stamp is recalculated, so the
output is byte-for-byte the same on every run with the same fontTools (4.68.0).

Usage (the sources and their checksums: ``inspect_app/resources/fonts/README.md``)::

    .venv/bin/python packaging/subset_fonts.py NotoSerifSC_700Bold.ttf \
        inspect_app/resources/fonts/NotoSerifSC-Bold.ttf
    .venv/bin/python packaging/convert_fandol_fang.py FandolFang-Regular.otf /tmp/fang.ttf
    .venv/bin/python packaging/subset_fonts.py /tmp/fang.ttf \
        inspect_app/resources/fonts/FandolFang-Regular.ttf
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

BLOCKS = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B (pinyin ā á ǎ à)
    (0x02B0, 0x02FF),  # spacing modifier letters (ˇ ˉ ˊ ˋ ˙)
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x2000, 0x206F),  # general punctuation (— … ‘ ’ “ ” ‰ ※)
    (0x20A0, 0x20CF),  # currency symbols (€)
    (0x2100, 0x214F),  # letterlike symbols (℃ № ℉)
    (0x2150, 0x218F),  # number forms (Ⅰ Ⅱ ⅰ)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (≤ ≥ ≠ ± ∶)
    (0x2300, 0x23FF),  # miscellaneous technical
    (0x2460, 0x24FF),  # enclosed alphanumerics (① ⑴ ⒈)
    (0x2500, 0x257F),  # box drawing
    (0x2580, 0x259F),  # block elements
    (0x25A0, 0x25FF),  # geometric shapes (■ □ ▲ ○ ●)
    (0x2600, 0x26FF),  # miscellaneous symbols (★ ☆)
    (0x2700, 0x27BF),  # dingbats (✓ ✔)
    (0x3000, 0x303F),  # CJK symbols and punctuation (、 。 〔 〕 【 】 《 》 〇)
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x3200, 0x32FF),  # enclosed CJK letters and months (㈠ ㊣)
    (0x3300, 0x33FF),  # CJK compatibility (㎎ ㎏ ㎡ ㎜)
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms (０ Ａ （ ）)
]
"""Unicode blocks kept whole (as far as the face has them)."""

MODIFIED_NOTE = "; subset to GB2312 and document symbols by inspect_app"
"""Appended to the version string (name ID 5) of a subset face."""


def is_ideograph(char: str) -> bool:
    """True for CJK unified (incl. extension A) and compatibility ideographs."""
    code = ord(char)
    return 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF


def double_byte(codec: str, lead: range, trail: range) -> set[str]:
    """Every character one double-byte code of ``codec`` decodes to."""
    found = set()
    for high in lead:
        for low in trail:
            try:
                found.add(bytes([high, low]).decode(codec))
            except UnicodeDecodeError:
                continue
    return found


def kept_characters() -> set[str]:
    """GB2312 (all of it), GBK's non-ideographs and :data:`BLOCKS`."""
    gb2312 = double_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    gbk_symbols = {c for c in double_byte("gbk", range(0x81, 0xFF), range(0x40, 0xFF))
                   if not is_ideograph(c)}
    blocks = {chr(code) for start, end in BLOCKS for code in range(start, end + 1)}
    return gb2312 | gbk_symbols | blocks


def subset(source: Path, target: Path) -> tuple[int, int]:
    """Write the subset of the TrueType font ``source`` to ``target``; return glyph counts.

    Raises:
        ValueError: ``source`` is not a TrueType-outlined font.
    """
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), recalcTimestamp=False, recalcBBoxes=False)
    if "glyf" not in font:
        raise ValueError(f"{source} has no TrueType (glyf) outlines")
    before = len(font.getGlyphOrder())
    options = ft_subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False
    options.recalc_bounds = False
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in kept_characters()))
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID == 5 and MODIFIED_NOTE not in str(record):
            names.setName(str(record) + MODIFIED_NOTE, 5, record.platformID,
                          record.platEncID, record.langID)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))
    return before, len(font.getGlyphOrder())


def main(argv: list[str] | None = None) -> int:
    """Command line: ``subset_fonts.py SOURCE.ttf TARGET.ttf``; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the whole TrueType font")
    parser.add_argument("target", type=Path, help="the subset to write")
    args = parser.parse_args(argv)
    try:
        before, after = subset(args.source, args.target)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.target}: {before} -> {after} glyphs, "
          f"{args.source.stat().st_size / 1e6:.1f} MB -> {args.target.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
