"""Trim Qt's ICU data library to what the app uses — standard library only.

    python3 packaging/icu_data.py LIBICUDATA [--out FILE] [--list]

PySide6's Qt on Linux links ICU, and ICU reads all its data from one symbol,
``icudtNN_dat``, exported by ``libicudata.so.NN`` (about 32 MB: the names of ~700 locales,
currencies, units, time zones in every language, 190 codec tables, transliteration, break
dictionaries). libQt6Core calls only these ICU functions (``nm -D --undefined-only
libQt6Core.so.6 | grep _73``): collation (``ucol_*``: QCollator, locale-aware string
comparison), codecs (``ucnv_*``: QStringConverter/QStringDecoder for names other than UTF-*
and Latin-1), calendars and time-zone display names (``ucal_*``: QTimeZone::displayName,
QLocale's long date-time format), and case mapping (``u_strToUpper/Lower``: its data is
compiled into libicuuc, not read from here). Nothing else in the bundle loads ICU.

So the data keeps:

- locale data of root, Chinese (``zh`` and every ``zh_*``) and English (``en``, ``en_001``,
  ``en_GB``, ``en_US``, ``en_US_POSIX``) in the main tree and the collation, zone, region,
  language, currency and unit trees, with each tree's ``pool.res`` and ``res_index.res``;
- collation: ``coll/ucadata.icu`` (the root collation every tailoring builds on),
  ``coll/root.res``, ``coll/zh*.res`` (pinyin, stroke, zhuyin…) and ``coll/en*.res``;
- every non-locale resource (supplementalData, likelySubtags, metadata, keyTypeData,
  metaZones, timezoneTypes, zoneinfo64, windowsZones, plurals…; about 1.5 MB together);
- codecs: the alias table, every single-byte table (windows-125x, ISO-8859-x, KOI8, IBM PC
  code pages…; about 0.4 MB together), and the Chinese multi-byte ones: GB18030, GBK
  (windows-936-2000 and the ibm-1386 table it extends), GB2312 (ibm-1383) and Big5
  (windows-950-2000 and ibm-1373). UTF-8/16/32, US-ASCII and Latin-1 are algorithmic (no
  data).

and leaves out: the other ~700 locales (QCollator for them falls back to the root order,
which is the Unicode default), Japanese/Korean/EBCDIC/compound multi-byte codecs, break
iterators and their dictionaries (``brkitr``: Qt's QTextBoundaryFinder uses its own tables),
transliteration, rule-based number spell-out (``rbnf``), character names (``unames.icu``),
StringPrep/IDNA/spoof-check data (Qt does IDNA itself). 32 MB -> 5.2 MB (3921 -> 310 items).

The trimmed data is written into a new ``libicudata.so.NN`` with the same SONAME and the same
exported symbol (a minimal ELF shared object written here: no compiler or binutils needed),
with the CPU type and page alignment of the original. It is checked by loading it (ctypes)
and reading the symbol back; if anything does not fit, the original stays.
"""

from __future__ import annotations

import argparse
import ctypes
import re
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

# --- which items stay ------------------------------------------------------------------------

LOCALES = re.compile(r"(root|zh|zh_\w+|en|en_001|en_GB|en_US|en_US_POSIX)\.res")
"""Locales whose data stays, in every tree (main, coll, zone, region, lang, curr, unit)."""
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
"""What a locale's file looks like (``de.res``, ``sr_Latn_RS.res``, ``es_419.res``)."""
TREES_KEPT = {"coll", "zone", "region", "lang", "curr", "unit"}
TREES_DROPPED = {"brkitr", "translit", "rbnf"}
DROPPED_FILES = {
    "unames.icu",  # u_charName: Unicode character names
    "confusables.cfu",  # uspoof: spoof checks
    "uts46.nrm",  # IDNA (Qt's QUrl does IDNA itself)
}
MULTIBYTE_CODECS = {
    "gb18030.cnv",  # GB18030
    "windows-936-2000.cnv",  # GBK, CP936 (an extension of ibm-1386, "windows-936")
    "ibm-1383_P110-1999.cnv",  # GB2312, EUC-CN
    "windows-950-2000.cnv",  # Big5, CP950 (an extension of ibm-1373)
}
"""The multi-byte codecs that stay; the tables they extend are added (``codec_base``)."""


def keep(name: str, data: bytes) -> bool:
    """True when the item ``name`` (without the ``icudtNNl/`` prefix) stays in the data."""
    tree, _, leaf = name.rpartition("/")
    if tree in TREES_DROPPED:
        return False
    if tree:
        if tree not in TREES_KEPT:
            return True  # a tree this list does not know: keep it
        return leaf in ("pool.res", "res_index.res") or bool(LOCALES.fullmatch(leaf)) \
            or not leaf.endswith(".res")  # coll/ucadata.icu
    if leaf in DROPPED_FILES or leaf.endswith(".spp"):  # .spp: StringPrep profiles
        return False
    if leaf.endswith(".cnv"):
        return leaf in MULTIBYTE_CODECS or codec_max_bytes(data) == 1
    if LOCALE.fullmatch(leaf) and leaf not in ("pool.res", "res_index.res"):
        return bool(LOCALES.fullmatch(leaf))
    return True  # supplemental data, cnvalias.icu, nfkc*.nrm, uemoji/ulayout.icu, …


def codec_max_bytes(data: bytes) -> int:
    """``maxBytesPerChar`` of a ``.cnv`` item (its UConverterStaticData)."""
    header_size, = struct.unpack_from("<H", data, 0)
    return data[header_size + 71]


MBCS_OUTPUT_EXT_ONLY = 14


def codec_base(data: bytes) -> str | None:
    """The table an extension-only ``.cnv`` builds on (``windows-936-2000`` -> ``ibm-1386…``).

    After the 100-byte UConverterStaticData comes the MBCS header; its ``flags`` (the 7th
    word) hold the output type in bits 0-7, and an extension-only table (type 14) names its
    base table right after the 8-word header of format 4.
    """
    mbcs = struct.unpack_from("<H", data, 0)[0] + 100
    flags, = struct.unpack_from("<I", data, mbcs + 24)
    if flags & 0xFF != MBCS_OUTPUT_EXT_ONLY:
        return None
    if data[mbcs] != 4:
        raise ValueError(f"MBCS format {data[mbcs]} not understood")
    return data[mbcs + 32:data.index(b"\0", mbcs + 32)].decode("ascii") + ".cnv"


# --- the common data package ("CmnD") --------------------------------------------------------

@dataclass
class Package:
    """An ICU common data package: its header and its items, in name order."""

    header: bytes
    items: list[tuple[str, bytes]]  # full name ("icudt73l/coll/zh.res"), bytes incl. padding


def read_package(blob: bytes) -> Package:
    """Parse an ICU common data blob (little-endian, format ``CmnD`` 1)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27):
        raise ValueError("not ICU data (magic)")
    is_big_endian = blob[8]
    if is_big_endian or blob[12:16] != b"CmnD" or blob[16] != 1:
        raise ValueError(f"not a little-endian CmnD 1 package ({blob[12:17]!r})")
    count, = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(blob) - header_size
        items.append((name, blob[header_size + data_offset:header_size + end]))
    return Package(blob[:header_size], items)


def write_package(package: Package) -> bytes:
    """The package as a blob: header, table of contents, names, items (16-byte aligned)."""
    items = sorted(package.items, key=lambda item: item[0].encode("ascii"))  # binary search
    header = package.header
    toc_size = 4 + 8 * len(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    name_offsets, at = [], toc_size
    for name, _ in items:
        name_offsets.append(at)
        at += len(name) + 1
    first = toc_size + len(names)
    first += -(len(header) + first) % 16  # items start 16-byte aligned in the blob
    toc = [struct.pack("<I", len(items))]
    body, at = [], first
    for (_, data), name_offset in zip(items, name_offsets, strict=True):
        toc.append(struct.pack("<II", name_offset, at))
        padded = data + b"\xaa" * (-len(data) % 16)
        body.append(padded)
        at += len(padded)
    gap = b"\xaa" * (first - toc_size - len(names))
    return header + b"".join(toc) + names + gap + b"".join(body)


def trim_package(blob: bytes) -> tuple[bytes, list[str]]:
    """The blob with only the items ``keep`` wants, and the names left out.

    A kept codec that extends another table (``codec_base``) brings that table along.
    """
    package = read_package(blob)
    prefix = package.items[0][0].split("/", 1)[0] + "/"  # "icudt73l/"
    wanted = {name for name, data in package.items if keep(name[len(prefix):], data)}
    by_name = dict(package.items)
    todo = [name for name in wanted if name.endswith(".cnv")]
    while todo:
        base = codec_base(by_name[todo.pop()])
        if base is not None:
            if prefix + base not in by_name:
                raise ValueError(f"codec base table {base} is not in the data")
            if prefix + base not in wanted:
                wanted.add(prefix + base)
                todo.append(prefix + base)
    kept = [(name, data) for name, data in package.items if name in wanted]
    dropped = [name for name, _ in package.items if name not in wanted]
    return write_package(Package(package.header, kept)), dropped


# --- the shared library ----------------------------------------------------------------------

PT_LOAD, PT_DYNAMIC, PT_GNU_STACK = 1, 2, 0x6474E551
SHT_PROGBITS, SHT_STRTAB, SHT_HASH, SHT_DYNAMIC, SHT_DYNSYM = 1, 3, 5, 6, 11
DT_NULL, DT_HASH, DT_STRTAB, DT_SYMTAB, DT_STRSZ, DT_SYMENT, DT_SONAME = 0, 4, 5, 6, 10, 11, 14


@dataclass
class DataLibrary:
    """What is read from the original libicudata: the data symbol and how to rebuild it."""

    soname: str
    symbol: str
    data: bytes
    osabi: int
    machine: int
    flags: int
    page: int  # the largest PT_LOAD alignment


def read_library(path: Path) -> DataLibrary:
    """Find the exported ``icudt*_dat`` symbol of an ELF64 little-endian libicudata."""
    raw = path.read_bytes()
    if raw[:4] != b"\x7fELF" or raw[4] != 2 or raw[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    osabi = raw[7]
    machine, = struct.unpack_from("<H", raw, 18)
    phoff, shoff, flags = struct.unpack_from("<QQI", raw, 32)
    phentsize, phnum, shentsize, shnum, _shstrndx = struct.unpack_from("<HHHHH", raw, 54)
    page = max((struct.unpack_from("<Q", raw, phoff + i * phentsize + 48)[0]
                for i in range(phnum)
                if struct.unpack_from("<I", raw, phoff + i * phentsize)[0] == PT_LOAD),
               default=0)
    sections = [struct.unpack_from("<IIQQQQIIQQ", raw, shoff + i * shentsize)
                for i in range(shnum)]
    soname = symbol = None
    data = b""
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        strtab = sections[link][4]

        def text(at: int, strtab: int = strtab) -> str:
            return raw[strtab + at:raw.index(b"\0", strtab + at)].decode("ascii")

        if kind == SHT_DYNAMIC:
            for pos in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", raw, pos)
                if tag == DT_SONAME:
                    soname = text(value)
        elif kind == SHT_DYNSYM:
            for pos in range(offset + entsize, offset + size, entsize):
                st_name, st_info, _other, shndx, value, st_size = struct.unpack_from(
                    "<IBBHQQ", raw, pos)
                name = text(st_name)
                if re.fullmatch(r"icudt\d+_dat", name) and shndx:
                    home = sections[shndx]  # the section holding it: file offset of the value
                    start = home[4] + value - home[3]
                    symbol, data = name, raw[start:start + st_size]
    if not (soname and symbol and data and page):
        raise ValueError(f"no SONAME or icudt*_dat symbol found (soname={soname}, "
                         f"symbol={symbol}, page={page})")
    return DataLibrary(soname, symbol, data, osabi, machine, flags, page)


def build_library(original: DataLibrary, data: bytes) -> bytes:
    """A minimal ELF64 shared object: SONAME ``original.soname``, exporting the data symbol.

    Layout: ELF header, 4 program headers (read-only PT_LOAD, read-write PT_LOAD for
    .dynamic, PT_DYNAMIC, PT_GNU_STACK non-executable), .hash, .dynsym, .dynstr, .rodata (the
    data, page-aligned), .dynamic, .shstrtab, section headers. No relocations, no NEEDED.
    """
    def align(value: int, to: int) -> int:
        return value + (-value % to)

    page = original.page
    dynstr = b"\0" + original.soname.encode() + b"\0" + original.symbol.encode() + b"\0"
    soname_at, symbol_at = 1, 2 + len(original.soname)
    phnum = 4
    hash_at = 64 + 56 * phnum
    hash_table = struct.pack("<5I", 1, 2, 1, 0, 0)  # one bucket -> symbol 1; chains end
    dynsym_at = align(hash_at + len(hash_table), 8)
    dynstr_at = dynsym_at + 48
    rodata_at = align(dynstr_at + len(dynstr), page)
    rodata_end = rodata_at + len(data)
    dynamic_at = align(rodata_end, 8)
    dynamic_addr = dynamic_at + page  # congruent to its offset, on a page of its own
    dynamic = b"".join(struct.pack("<qQ", tag, value) for tag, value in (
        (DT_HASH, hash_at), (DT_STRTAB, dynstr_at), (DT_SYMTAB, dynsym_at),
        (DT_STRSZ, len(dynstr)), (DT_SYMENT, 24), (DT_SONAME, soname_at), (DT_NULL, 0)))
    shstrtab = b"\0.hash\0.dynsym\0.dynstr\0.rodata\0.dynamic\0.shstrtab\0"

    def sh_name(name: str) -> int:
        return shstrtab.index(name.encode() + b"\0")

    shstrtab_at = dynamic_at + len(dynamic)
    shoff = align(shstrtab_at + len(shstrtab), 8)
    rodata_index = 4
    dynsym = bytes(24) + struct.pack("<IBBHQQ", symbol_at, 0x11, 0, rodata_index,  # GLOBAL OBJECT
                                     rodata_at, len(data))
    header = (b"\x7fELF" + bytes([2, 1, 1, original.osabi]) + bytes(8)
              + struct.pack("<HHIQQQIHHHHHH", 3, original.machine, 1, 0, 64, shoff,
                            original.flags, 64, 56, phnum, 64, 7, 6))
    phdrs = b"".join(struct.pack("<IIQQQQQQ", *p) for p in (
        (PT_LOAD, 4, 0, 0, 0, rodata_end, rodata_end, page),
        (PT_LOAD, 6, dynamic_at, dynamic_addr, dynamic_addr, len(dynamic), len(dynamic), page),
        (PT_DYNAMIC, 6, dynamic_at, dynamic_addr, dynamic_addr, len(dynamic), len(dynamic), 8),
        (PT_GNU_STACK, 6, 0, 0, 0, 0, 0, 16)))
    sections = [
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        (sh_name(".hash"), SHT_HASH, 2, hash_at, hash_at, len(hash_table), 2, 0, 8, 4),
        (sh_name(".dynsym"), SHT_DYNSYM, 2, dynsym_at, dynsym_at, 48, 3, 1, 8, 24),
        (sh_name(".dynstr"), SHT_STRTAB, 2, dynstr_at, dynstr_at, len(dynstr), 0, 0, 1, 0),
        (sh_name(".rodata"), SHT_PROGBITS, 2, rodata_at, rodata_at, len(data), 0, 0, 16, 0),
        (sh_name(".dynamic"), SHT_DYNAMIC, 3, dynamic_addr, dynamic_at, len(dynamic), 3, 0,
         8, 16),
        (sh_name(".shstrtab"), SHT_STRTAB, 0, 0, shstrtab_at, len(shstrtab), 0, 0, 1, 0),
    ]
    out = bytearray(shoff + 64 * len(sections))
    for at, chunk in ((0, header), (64, phdrs), (hash_at, hash_table), (dynsym_at, dynsym),
                      (dynstr_at, dynstr), (rodata_at, data), (dynamic_at, dynamic),
                      (shstrtab_at, shstrtab)):
        out[at:at + len(chunk)] = chunk
    for i, section in enumerate(sections):
        struct.pack_into("<IIQQQQIIQQ", out, shoff + 64 * i, *section)
    return bytes(out)


def check_library(path: Path, symbol: str, data: bytes) -> None:
    """Load ``path`` with the system's dynamic loader and compare the symbol with ``data``."""
    library = ctypes.CDLL(str(path.resolve()), mode=getattr(ctypes, "RTLD_LOCAL", 0))
    loaded = ctypes.string_at(ctypes.addressof(ctypes.c_char.in_dll(library, symbol)),
                              len(data))
    if loaded != data:
        raise ValueError(f"{path.name}: {symbol} does not read back as written")


@dataclass
class Trimmed:
    """The outcome of one trim."""

    before: int
    after: int
    items_before: int
    items_after: int
    dropped: list[str]


def trim_library(path: Path, out: Path | None = None) -> Trimmed:
    """Rewrite ``path`` (or write ``out``) with the trimmed data; raise ValueError if unfit."""
    original = read_library(path)
    blob, dropped = trim_package(original.data)
    kept = read_package(blob)  # read back what was written
    if not any(name.endswith("/coll/ucadata.icu") for name, _ in kept.items):
        raise ValueError("the trimmed data lost the root collation")
    library = build_library(original, blob)
    target = out or path
    scratch = target.with_name(target.name + ".trimmed")
    scratch.write_bytes(library)
    try:
        again = read_library(scratch)
        if (again.soname, again.symbol, again.data) != (original.soname, original.symbol, blob):
            raise ValueError("the new library does not read back as written")
        if sys.platform.startswith("linux") and read_machine() == original.machine:
            check_library(scratch, original.symbol, blob)
        mode = path.stat().st_mode
        before = path.stat().st_size
        scratch.replace(target)
        target.chmod(mode)
    finally:
        scratch.unlink(missing_ok=True)
    return Trimmed(before, target.stat().st_size, len(read_package(original.data).items),
                   len(kept.items), dropped)


def read_machine() -> int:
    """This Python's ELF machine type (so a cross-architecture file is not loaded here)."""
    return struct.unpack_from("<H", Path(sys.executable).resolve().read_bytes()[:20], 18)[0]


def main(argv: list[str] | None = None) -> int:
    """Trim one libicudata file (for trying the list by hand; build.py calls trim_library)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--out", type=Path, help="write here instead of replacing the file")
    parser.add_argument("--list", action="store_true", help="print the items left out")
    args = parser.parse_args(argv)
    done = trim_library(args.library, args.out)
    print(f"{args.library.name}: {done.before / 1e6:.1f} MB -> {done.after / 1e6:.1f} MB, "
          f"{done.items_before} -> {done.items_after} items")
    if args.list:
        print("\n".join(done.dropped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
