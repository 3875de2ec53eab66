#!/usr/bin/env python3
"""Build the frozen app and, on Debian, its .deb — standard library only.

    python3 packaging/build.py [--python PY] [--target-glibc 2.28] [--strict-glibc] [--no-deb]

(``python3 packaging/bootstrap.py build`` and ``make dist`` set up .venv first, then run this.)

1. PyInstaller, with ``packaging/inspect_app.spec``: ``dist/inspect-app/`` (one folder).
2. Linux: Qt's ICU data (``libicudata.so.NN``, 32 MB) cut to what the app uses, about 5 MB
   (``packaging/icu_data.py``; ``--full-icu`` keeps it whole); debug sections and static
   symbol tables stripped from the ELF files where that leaves the loaded image unchanged;
   the holes patchelf left in libraries closed (``compact_gaps``), likewise.
3. The glibc ceiling: the highest ``GLIBC_x.y`` (and ``GLIBCXX_``) symbol version any ELF file of
   the bundle needs, against the oldest target (UOS 20: glibc 2.28; ``--strict-glibc`` fails
   the build above it).
4. The libraries the bundle takes from the system, each with its Debian package, checked
   against the .deb's Depends.
5. ``dist/inspect-app_VERSION_ARCH.deb`` (dpkg-deb): ``/opt/inspect-app``, ``/usr/bin/inspect-app``,
   a desktop entry and icons; only a postrm that gives back an emptied ``/opt``, so ``dpkg -r``
   removes every file.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
SPEC = ROOT / "packaging" / "inspect_app.spec"
ICONS = ROOT / "inspect_app" / "resources" / "icons"
INSTALL_DIR = "/opt/inspect-app"

# The oldest systems the Linux build is for: UOS 20 (Debian 10 based) has glibc 2.28 and
# libstdc++ of GCC 8 (GLIBCXX_3.4.25); Kylin V10 has glibc 2.31 and GCC 9 (GLIBCXX_3.4.28).
DEFAULT_GLIBC = "2.28"
DEFAULT_GLIBCXX = "3.4.25"

# What the bundle takes from the system (see SYSTEM_LIBRARIES in the spec): Qt's xcb platform
# plugin and its X11 libraries, fonts, D-Bus, GLib, OpenGL/EGL, the C++ runtime. Alternatives
# cover Debian 13 / Ubuntu 24.04's renamed 64-bit-time packages.
DEPENDS = [
    "libc6 (>= 2.28)", "libstdc++6 (>= 8)", "libgcc-s1 | libgcc1", "zlib1g",
    "libglib2.0-0t64 | libglib2.0-0", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libzstd1", "libgl1", "libegl1", "libx11-6", "libx11-xcb1", "libxcb1", "libxkbcommon0",
    "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0",
    "libxcb-xinerama0", "libxcb-xkb1", "libxcb-render0", "libxcb-shm0", "libxcb-sync1",
    "libxcb-xfixes0", "libxcb-xinput0", "libxcb-glx0", "libxcb-randr0",
    "libgssapi-krb5-2",
    "tzdata",  # /usr/share/zoneinfo: Python's zoneinfo and QTimeZone (the bundle has no tzdata)
]
SUGGESTS = ["fcitx5 | ibus"]  # not Recommends: apt would pull in ~450 more packages (1.4 GB)
POSTRM = """#!/bin/sh
# /opt belongs to no package (base-files makes it), so dpkg removes it with the app when it
# is left empty: make it again. Nothing else: the app writes only in the user's folders.
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
    [ -d /opt ] || install -d -m 755 /opt
fi
exit 0
"""


def say(message: str) -> None:
    """Print one build step."""
    print(f"[build] {message}", flush=True)


def project() -> dict:
    """The ``[project]`` table of pyproject.toml (name and version come from there only)."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]


# --- 1. freeze -------------------------------------------------------------------------------

def freeze(python: Path) -> Path:
    """Run PyInstaller on the spec; return the one-folder bundle (``dist/NAME``)."""
    name = project()["name"]
    command = [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), str(SPEC)]
    say("freezing: " + " ".join(command[1:]))
    subprocess.run(command, cwd=ROOT, check=True)
    return DIST / name


# --- ELF reading (no binutils needed) -------------------------------------------------------

SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NEEDED = 1
DT_RPATH = 15
DT_RUNPATH = 29
PT_LOAD = 1
PT_PHDR = 6
SHF_ALLOC = 2
SHT_NOBITS = 8


@dataclass
class Elf:
    """What the build needs to know of one ELF file."""

    path: Path
    needed: list[str] = field(default_factory=list)  # DT_NEEDED sonames
    runpath: str = ""  # DT_RUNPATH (or DT_RPATH)
    versions: dict[str, set[str]] = field(default_factory=dict)  # library -> version names
    sections: set[str] = field(default_factory=set)


def read_elf(path: Path) -> Elf | None:
    """Parse ``path``'s section headers, DT_NEEDED and version needs; None if not an ELF."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if data[:4] != b"\x7fELF" or len(data) < 64:
        return None
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        shoff, = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", data, 0x3A)
    else:
        shoff, = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", data, 0x2E)
    sections = []
    for i in range(shnum):
        base = shoff + i * shentsize
        if is64:
            name, kind, _flags, _addr, offset, size, link = struct.unpack_from(
                end + "IIQQQQI", data, base)
        else:
            name, kind, _flags, _addr, offset, size, link = struct.unpack_from(
                end + "IIIIIII", data, base)
        sections.append((name, kind, offset, size, link))
    if not sections:
        return Elf(path)

    def text(table: int, offset: int) -> str:
        start = sections[table][2] + offset
        stop = data.index(b"\0", start)
        return data[start:stop].decode("ascii", "replace")

    elf = Elf(path, sections={text(shstrndx, s[0]) for s in sections})
    for _name, kind, offset, size, link in sections:
        if kind == SHT_DYNAMIC:
            fmt, step = (end + "qQ", 16) if is64 else (end + "iI", 8)
            for pos in range(offset, offset + size, step):
                tag, value = struct.unpack_from(fmt, data, pos)
                if tag == 0:
                    break
                if tag == DT_NEEDED:
                    elf.needed.append(text(link, value))
                elif tag in (DT_RPATH, DT_RUNPATH):
                    elf.runpath = text(link, value)
        elif kind == SHT_GNU_VERNEED:
            pos = offset
            while True:
                _ver, count, file_off, aux, nxt = struct.unpack_from(end + "HHIII", data, pos)
                names = elf.versions.setdefault(text(link, file_off), set())
                apos = pos + aux
                for _ in range(count):
                    _hash, _flags, _other, name_off, anext = struct.unpack_from(
                        end + "IHHII", data, apos)
                    names.add(text(link, name_off))
                    apos += anext
                if not nxt:
                    break
                pos += nxt
    return elf


def elf_files(bundle: Path) -> list[Elf]:
    """Every ELF file in the bundle (symbolic links skipped)."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            elf = read_elf(path)
            if elf is not None:
                found.append(elf)
    return found


def version_key(text: str) -> tuple[int, ...]:
    """``"2.28"`` -> ``(2, 28)``."""
    return tuple(int(part) for part in re.findall(r"\d+", text))


# --- 2. ICU data, strip --------------------------------------------------------------------

def trim_icu(bundle: Path) -> None:
    """Replace Qt's ICU data library with one holding only what the app uses.

    See ``packaging/icu_data.py`` for what stays (root, Chinese and English locale data,
    pinyin and the other Chinese collations, GB18030/GBK/GB2312/Big5 and single-byte codecs,
    time-zone data) and why the rest is never read. If the file is not what that module
    expects, it is left whole and the build says so.
    """
    import icu_data  # packaging/icu_data.py (standard library only)

    for path in sorted(bundle.rglob("libicudata.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        rel = path.relative_to(bundle)
        try:
            done = icu_data.trim_library(path)
        except (OSError, ValueError) as exc:
            say(f"ICU data left whole: {rel}: {exc}")
            continue
        say(f"ICU data trimmed: {rel} {done.before / 1e6:.1f} MB -> {done.after / 1e6:.1f} MB "
            f"({done.items_after} of {done.items_before} items kept)")


def loaded_image(path: Path, with_align: bool = True) -> tuple:
    """What a process sees of an ELF file once the dynamic loader has mapped it.

    That is: the ELF header without its section-header fields (strip changes those, the
    loader never reads them); the program headers without file offsets (and, for PT_LOAD,
    without sizes); the bytes at the run-time address of every allocated section, read
    through the PT_LOAD segments as the loader maps them (zeros past a segment's file size);
    and whether every ``.bss``-like section still lies in a segment. Bytes no section covers
    (alignment gaps, patchelf's leftovers) do not count. ``with_align=False`` leaves the
    segments' alignment out too (``compact_gaps`` lowers it).
    """
    data = path.read_bytes()
    end = "<" if data[5] == 1 else ">"
    if data[4] == 2:  # 64-bit
        phoff, shoff = struct.unpack_from(end + "QQ", data, 0x20)
        phentsize, phnum, shentsize, shnum = struct.unpack_from(end + "HHHH", data, 0x36)
        header = data[:0x28] + data[0x30:0x3A]
        program = [struct.unpack_from(end + "IIQQQQQQ", data, phoff + i * phentsize)
                   for i in range(phnum)]  # type flags offset vaddr paddr filesz memsz align
        sections = [struct.unpack_from(end + "IIQQQQ", data, shoff + i * shentsize)
                    for i in range(shnum)]  # name type flags addr offset size
    else:
        phoff, shoff = struct.unpack_from(end + "II", data, 0x1C)
        phentsize, phnum, shentsize, shnum = struct.unpack_from(end + "HHHH", data, 0x2A)
        header = data[:0x20] + data[0x24:0x2E]
        program = []
        for i in range(phnum):
            kind, offset, vaddr, paddr, filesz, memsz, flags, align = struct.unpack_from(
                end + "IIIIIIII", data, phoff + i * phentsize)
            program.append((kind, flags, offset, vaddr, paddr, filesz, memsz, align))
        sections = [struct.unpack_from(end + "IIIIII", data, shoff + i * shentsize)
                    for i in range(shnum)]
    loads = [(vaddr, offset, filesz, memsz)
             for kind, _f, offset, vaddr, _p, filesz, memsz, _a in program if kind == PT_LOAD]

    def mapped(addr: int, size: int) -> bytes | None:
        for vaddr, offset, filesz, memsz in loads:
            if vaddr <= addr and addr + size <= vaddr + memsz:
                start = addr - vaddr
                chunk = data[offset + start:offset + min(filesz, start + size)]
                return chunk + bytes(size - len(chunk))
        return None

    headers = tuple((kind, flags, vaddr, paddr) + ((align,) if with_align else ())
                    + (() if kind == PT_LOAD else (filesz, memsz))
                    for kind, flags, _o, vaddr, paddr, filesz, memsz, align in program)
    allocated = sorted((addr, size, kind == SHT_NOBITS)
                       for _n, kind, flags, addr, _o, size in sections
                       if flags & SHF_ALLOC and size)
    contents = tuple(any(v <= addr and addr + size <= v + m for v, _o, _f, m in loads)
                     if nobits else mapped(addr, size) for addr, size, nobits in allocated)
    # PT_PHDR (executables mostly): the table must still be where it says it is
    phdr_in_place = all(mapped(vaddr, filesz) == data[phoff:phoff + filesz]
                        for kind, _f, _o, vaddr, _p, filesz, _m, _a in program
                        if kind == PT_PHDR)
    return header, headers, tuple(allocated), contents, phdr_in_place


def strip_symbols(bundle: Path, name: str) -> None:
    """Strip what running the app never reads from the bundle's ELF files (with binutils).

    ``strip --strip-unneeded`` takes debug sections (the build machine's own Python has them)
    and static symbol tables (``.symtab``: read by debuggers and backtraces only; the dynamic
    symbols that linking uses stay) from every ELF file under ``_internal`` that has them.
    Not the launchers: their archive is appended to the ELF file. Each stripped file
    must keep exactly what a process sees of it (``loaded_image``: the same program headers
    and the same bytes at the same addresses for every allocated section and segment); a
    file where strip changed any of that gets its original back. Libraries that auditwheel
    rewrote with patchelf (the ones a wheel vendors, and the extension modules pointing at
    them) are where that can happen.
    """
    launchers = {bundle / name, bundle / (name + ".exe")}
    carriers = [e.path for e in elf_files(bundle)
                if e.path not in launchers and any(s == ".symtab" or s.startswith(".debug_")
                                                   for s in e.sections)]
    if not carriers:
        return
    tool = shutil.which("strip")
    before = sum(p.stat().st_size for p in carriers)
    if not tool:
        say(f"{len(carriers)} files carry symbols ({before / 1e6:.0f} MB); "
            "no `strip` here (binutils), left as they are")
        return
    kept = []
    for path in carriers:
        original = path.read_bytes()
        image = loaded_image(path)
        mode = path.stat().st_mode
        path.chmod(mode | stat.S_IWUSR)
        done = subprocess.run([tool, "--strip-unneeded", str(path)], capture_output=True,
                              text=True)
        if (done.returncode != 0 or loaded_image(path) != image
                or path.stat().st_size >= len(original)):
            path.write_bytes(original)
            kept.append(str(path.relative_to(bundle)))
        path.chmod(mode)
    after = sum(p.stat().st_size for p in carriers)
    say(f"stripped symbols from {len(carriers) - len(kept)} files: "
        f"{before / 1e6:.1f} MB -> {after / 1e6:.1f} MB"
        + (f"; left as they were (strip would change what is loaded, or gain nothing): "
           f"{', '.join(kept)}" if kept else ""))


# Gaps: a library rewritten by patchelf (auditwheel) can carry a hole the size of its old
# segment alignment between its original contents and the segment patchelf appended (Pillow's
# libXau: 2.1 MB for 9 KB of code). Only holes of zeros this large are closed.
MIN_GAP = 256 * 1024
# Segments move by a multiple of this, and LOAD segments aligned above it are given this
# alignment: a multiple of every page size the Linux loaders use (4 KiB on x86_64, up to
# 64 KiB on arm64). glibc requires (p_vaddr - p_offset) % p_align == 0 for every LOAD
# segment (elf/dl-load.c), which this keeps.
GAP_STEP = 0x10000


def close_gap(data: bytes) -> bytes | None:
    """``data`` (a 64-bit ELF file) without the zeros of its largest hole, or None.

    A hole is a file range that no header table, section or segment covers. The bytes after
    it move back by a multiple of :data:`GAP_STEP`; every file offset past the hole (program
    and section header tables, segments, sections) moves with them; LOAD segments aligned
    above ``GAP_STEP`` get ``GAP_STEP``. Addresses, sizes and every byte a process maps stay
    as they were (``compact_gaps`` checks with :func:`loaded_image`). None when there is no
    hole of :data:`MIN_GAP` zeros, or the file is not a 64-bit ELF file.
    """
    if data[:4] != b"\x7fELF" or data[4] != 2 or len(data) < 64:
        return None
    end = "<" if data[5] == 1 else ">"
    phoff, shoff = struct.unpack_from(end + "QQ", data, 0x20)
    ehsize, phentsize, phnum, shentsize, shnum = struct.unpack_from(end + "HHHHH", data, 0x34)
    ph_fmt, sh_fmt = end + "IIQQQQQQ", end + "IIQQQQIIQQ"
    program = [list(struct.unpack_from(ph_fmt, data, phoff + i * phentsize))
               for i in range(phnum)]  # type flags offset vaddr paddr filesz memsz align
    sections = [list(struct.unpack_from(sh_fmt, data, shoff + i * shentsize))
                for i in range(shnum)]  # name type flags addr offset size link info align ent
    used = [(0, ehsize), (phoff, phoff + phnum * phentsize),
            (shoff, shoff + shnum * shentsize)]
    used += [(seg[2], seg[2] + seg[5]) for seg in program if seg[5]]
    used += [(sec[4], sec[4] + sec[5]) for sec in sections if sec[1] != SHT_NOBITS and sec[5]]
    best, reach = (0, 0), 0
    for start, stop in sorted(used):
        if start > reach and start - reach > best[1] - best[0]:
            best = (reach, start)
        reach = max(reach, stop)
    gap_start, gap_end = best
    step = (gap_end - gap_start) // GAP_STEP * GAP_STEP
    if gap_end - gap_start < MIN_GAP or step == 0 or any(data[gap_end - step:gap_end]):
        return None
    out = bytearray(data[:gap_end - step] + data[gap_end:])

    def moved(offset: int) -> int:
        return offset - step if offset >= gap_end else offset

    struct.pack_into(end + "QQ", out, 0x20, moved(phoff), moved(shoff))
    new_phoff, new_shoff = moved(phoff), moved(shoff)
    for i, seg in enumerate(program):
        seg[2] = moved(seg[2])
        if seg[0] == PT_LOAD and seg[7] > GAP_STEP:
            seg[7] = GAP_STEP
        struct.pack_into(ph_fmt, out, new_phoff + i * phentsize, *seg)
    for i, sec in enumerate(sections):
        sec[4] = moved(sec[4])
        struct.pack_into(sh_fmt, out, new_shoff + i * shentsize, *sec)
    return bytes(out)


def loads(path: Path, bundle: Path) -> bool:
    """True when a fresh Python process can ``dlopen`` ``path`` beside the bundle's libraries."""
    env = dict(os.environ)
    folders = [str(path.parent), str(bundle / "_internal")]
    env["LD_LIBRARY_PATH"] = os.pathsep.join(folders + [env.get("LD_LIBRARY_PATH", "")])
    done = subprocess.run([sys.executable, "-c", "import ctypes, sys; ctypes.CDLL(sys.argv[1])",
                           str(path)], env=env, capture_output=True)
    return done.returncode == 0


def compact_gaps(bundle: Path) -> None:
    """Close the holes patchelf left in the bundle's libraries (see :func:`close_gap`).

    A file is rewritten (temporary file, then rename) only when what a process maps of it
    is unchanged (:func:`loaded_image`, alignment aside) and the new file loads.
    """
    saved, done = 0, []
    for elf in elf_files(bundle):
        path = elf.path
        original = path.read_bytes()
        closed = close_gap(original)
        if closed is None:
            continue
        trial = path.with_name(path.name + ".compact")
        trial.write_bytes(closed)
        trial.chmod(path.stat().st_mode)
        if loaded_image(trial, with_align=False) != loaded_image(path, with_align=False) \
                or not loads(trial, bundle):
            trial.unlink()
            say(f"hole left in {path.relative_to(bundle)} (the rewritten file differed or did "
                "not load)")
            continue
        os.replace(trial, path)
        saved += len(original) - len(closed)
        done.append(f"{path.relative_to(bundle)} {len(original) / 1e6:.1f} MB -> "
                    f"{len(closed) / 1e6:.2f} MB")
    if done:
        say(f"closed patchelf's holes: {'; '.join(done)} ({saved / 1e6:.1f} MB)")


# --- 3. glibc ceiling ------------------------------------------------------------------------

@dataclass
class Ceiling:
    """The highest symbol version of one family (GLIBC, GLIBCXX) the bundle needs."""

    family: str
    version: str
    files: list[str]


def ceilings(bundle: Path, elves: list[Elf] | None = None) -> dict[str, Ceiling]:
    """Highest ``GLIBC_`` and ``GLIBCXX_`` versions needed by any ELF file of ``bundle``."""
    best: dict[str, Ceiling] = {}
    for elf in elves if elves is not None else elf_files(bundle):
        for names in elf.versions.values():
            for name in names:
                family, _, version = name.partition("_")
                if family not in ("GLIBC", "GLIBCXX") or not re.fullmatch(r"[\d.]+", version):
                    continue
                rel = str(elf.path.relative_to(bundle))
                now = best.get(family)
                if now is None or version_key(version) > version_key(now.version):
                    best[family] = Ceiling(family, version, [rel])
                elif version_key(version) == version_key(now.version) and rel not in now.files:
                    now.files.append(rel)
    return best


def file_glibc(elf: Elf) -> str | None:
    """The highest ``GLIBC_`` version one ELF file needs."""
    found = [name.partition("_")[2] for names in elf.versions.values() for name in names
             if name.startswith("GLIBC_") and re.fullmatch(r"GLIBC_[\d.]+", name)]
    return max(found, key=version_key) if found else None


def check_glibc(bundle: Path, target: str, target_cxx: str, elves: list[Elf]) -> bool:
    """Print the glibc (and libstdc++) ceiling against the targets; True when within them."""
    found = ceilings(bundle, elves)
    ok = True
    for family, wanted, note in (("GLIBC", target, "UOS 20: 2.28, Kylin V10: 2.31"),
                                 ("GLIBCXX", target_cxx, "UOS 20: 3.4.25, Kylin V10: 3.4.28")):
        ceiling = found.get(family)
        if ceiling is None:
            say(f"{family}: no versioned symbols needed")
            continue
        within = version_key(ceiling.version) <= version_key(wanted)
        ok = ok and within
        files = ", ".join(ceiling.files[:4]) + (" …" if len(ceiling.files) > 4 else "")
        say(f"{family} ceiling {ceiling.version} (target {wanted}; {note}): "
            f"{'OK' if within else 'ABOVE TARGET'} — needed by {files}")
    above = sorted(((v, str(e.path.relative_to(bundle))) for e in elves
                    if (v := file_glibc(e)) and version_key(v) > version_key(target)),
                   key=lambda item: (version_key(item[0]), item[1]), reverse=True)
    if above:
        say(f"{len(above)} of {len(elves)} ELF files need glibc > {target}, e.g.:")
        for version, rel in above[:8]:
            print(f"  GLIBC_{version:<6} {rel}")
    return ok


# --- 4. system libraries ---------------------------------------------------------------------

def system_libraries(elves: list[Elf]) -> dict[str, set[str]]:
    """Sonames the bundle needs but does not carry -> the bundled files that need them."""
    carried = {e.path.name for e in elves}
    for elf in elves:  # symlinked sonames (libfoo.so.1 -> libfoo-abc.so.1.2) count as carried
        carried.update(p.name for p in elf.path.parent.glob("*") if p.is_symlink())
    wanted: dict[str, set[str]] = {}
    for elf in elves:
        for soname in elf.needed:
            if soname not in carried:
                wanted.setdefault(soname, set()).add(elf.path.name)
    return wanted


def debian_package(soname: str) -> str | None:
    """The Debian package that ships ``soname`` on this machine (ldconfig + dpkg -S)."""
    if not shutil.which("ldconfig") or not shutil.which("dpkg"):
        return None
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in cache.splitlines():
        parts = line.strip().split(" => ")
        if len(parts) == 2 and parts[0].split(" ")[0] == soname:
            path = os.path.realpath(parts[1])
            for candidate in (parts[1], path):
                owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True,
                                       text=True)
                if owner.returncode == 0:
                    return owner.stdout.split(":")[0].strip()
    return None


def check_depends(elves: list[Elf]) -> bool:
    """Print each system library the bundle needs with its package; True when Depends covers all.

    A library not installed on the build machine cannot be mapped to a package and is listed
    as unknown (Qt's xcb libraries, until the desktop packages are installed).
    """
    declared = {alt.strip().split(" ")[0] for dep in DEPENDS for alt in dep.split("|")}
    glibc = re.compile(r"(libc|libm|libdl|libpthread|librt|libutil|libresolv|libcrypt|"
                       r"ld-linux[-\w]*)\.so")
    ok = True
    rows = []
    for soname, users in sorted(system_libraries(elves).items()):
        if glibc.match(soname):
            continue
        package = debian_package(soname)
        base = package.split(":")[0] if package else None
        covered = base in declared if base else None
        if covered is False:
            ok = False
        mark = {True: "in Depends", False: "NOT IN DEPENDS", None: "not installed here"}[covered]
        rows.append(f"  {soname:<28} {base or '?':<24} {mark}  (for {sorted(users)[0]})")
    say(f"libraries taken from the system: {len(rows)}")
    for row in rows:
        print(row)
    return ok


# --- 5. the .deb -----------------------------------------------------------------------------

WRAPPER = """#!/bin/sh
# inspect-app: starts the app installed in {install_dir} (see packaging/README.md).
#
# Chinese input: UOS and Kylin run fcitx5 and set QT_IM_MODULE=fcitx, but the bundled Qt has
# no fcitx plugin (Qt input plugins use Qt's private API: one built for another Qt does not
# load). fcitx5 also serves the IBus portal protocol, which the bundled Qt's ibus plugin
# speaks once IBUS_USE_PORTAL is set (without it, that plugin wants ibus-daemon installed).
# So when fcitx is the input method and no other Qt input module was chosen, use ibus
# through the portal. INSPECT_APP_QT_IM_MODULE=... overrides all of this.
use_fcitx_portal() {{
    QT_IM_MODULE=ibus
    export QT_IM_MODULE
    if [ -z "${{IBUS_USE_PORTAL:-}}" ]; then
        IBUS_USE_PORTAL=1
        export IBUS_USE_PORTAL
    fi
}}
if [ -n "${{INSPECT_APP_QT_IM_MODULE:-}}" ]; then
    QT_IM_MODULE="$INSPECT_APP_QT_IM_MODULE"
    export QT_IM_MODULE
else
    case "${{QT_IM_MODULE:-}}" in
        fcitx|fcitx5) use_fcitx_portal ;;
        "")
            case "${{XMODIFIERS:-}}${{GTK_IM_MODULE:-}}" in
                *fcitx*) use_fcitx_portal ;;
            esac ;;
    esac
fi
exec {install_dir}/inspect-app "$@"
"""

DESKTOP = """[Desktop Entry]
Type=Application
Version=1.0
Name=Joint Environmental Inspection
Name[zh_CN]=联合执法现场检查
GenericName=Field inspections and rectification notices
GenericName[zh_CN]=执法巡查与整改通知书
Comment=Patrols, evidence photos, inspection records and rectification notices, offline
Comment[zh_CN]=离线执法巡查、证据照片、现场检查笔录与责令改正决定书
Exec=inspect-app
Icon=inspect-app
Terminal=false
Categories=Office;
Keywords=inspection;enforcement;environment;执法;巡查;环境;
StartupWMClass=inspect-app
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {name}
Comment: The app is proprietary. It bundles third-party software under their own licences:
 Python, Qt and PySide6 (LGPL-3.0), and the Python packages listed in the .dist-info folders
 under {install_dir}/_internal (each with its licence file), the fonts under
 {install_dir}/_internal/inspect_app/resources/fonts (each with its licence file), and
 libheif/libde265 (LGPL-3.0) under {install_dir}/_internal/pi_heif.libs, and the SQLite
 engine in {install_dir}/_internal/pysqlite3: pysqlite3 (zlib), SQLite (public domain) and
 SQLite3 Multiple Ciphers (MIT, with the AEGIS, Argon2, miniz and other code it bundles; see
 {install_dir}/_internal/inspect_app/resources/licenses/SQLite3MultipleCiphers.txt).

Files: *
Copyright: the inspect_app authors
License: proprietary
"""


def deb_version(version: str) -> str:
    """A PEP 440 version as a Debian version (``1.0rc1`` -> ``1.0~rc1``)."""
    return re.sub(r"(\d)(a|b|rc|\.dev)(\d*)", r"\1~\2\3", version)


def copy_tree(src: Path, dst: Path) -> None:
    """Copy ``src`` to ``dst`` keeping symlinks, then set 0755 dirs/executables, 0644 files."""
    shutil.copytree(src, dst, symlinks=True)
    for path in [dst, *dst.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def write(path: Path, text: str, mode: int = 0o644) -> None:
    """Write a UTF-8 file with ``mode``, making its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def tree_size_kib(root: Path) -> int:
    """Installed-Size: the size in KiB of the files under ``root`` (links as their own size)."""
    total = 0
    for path in root.rglob("*"):
        total += path.lstat().st_size if not path.is_dir() else 0
    return (total + 1023) // 1024


def make_deb(bundle: Path, compression: str) -> Path:
    """Build ``dist/NAME_VERSION_ARCH.deb`` from the bundle; return its path."""
    meta = project()
    name, version = meta["name"], deb_version(meta["version"])
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    stage = WORK / "deb" / name
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / INSTALL_DIR.lstrip("/")
    copy_tree(bundle, opt)
    write(stage / "usr/bin/inspect-app", WRAPPER.format(install_dir=INSTALL_DIR), 0o755)
    write(stage / "usr/share/applications/inspect-app.desktop", DESKTOP)
    icons = stage / "usr/share/icons/hicolor"
    for source, target in (("inspect-app.svg", "scalable/apps/inspect-app.svg"),
                           ("inspect-app-256.png", "256x256/apps/inspect-app.png"),
                           ("inspect-app-48.png", "48x48/apps/inspect-app.png")):
        (icons / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICONS / source, icons / target)
        (icons / target).chmod(0o644)
    write(stage / f"usr/share/doc/{name}/copyright",
          COPYRIGHT.format(name=name, install_dir=INSTALL_DIR))
    for folder in [stage, *stage.rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)
    control = {
        "Package": name,
        "Version": version,
        "Architecture": arch,
        "Maintainer": "inspect_app team <inspect-app@localhost>",
        "Installed-Size": str(tree_size_kib(stage)),
        "Depends": ", ".join(dict.fromkeys(DEPENDS)),
        "Suggests": ", ".join(SUGGESTS),
        "Section": "utils",
        "Priority": "optional",
        "Description": meta.get("description", name) + "\n"
        " 联合执法现场检查：执法巡查、证据照片、现场检查笔录、责令改正违法行为决定书（离线）。\n"
        " The whole app (Python, Qt) is bundled in " + INSTALL_DIR + ".",
    }
    write(stage / "DEBIAN/control", "".join(f"{k}: {v}\n" for k, v in control.items()))
    write(stage / "DEBIAN/postrm", POSTRM, 0o755)
    (stage / "DEBIAN").chmod(0o755)
    out = DIST / f"{name}_{version}_{arch}.deb"
    say(f"packing {out.name} ({compression})")
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build",
                    str(stage), str(out)], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    return out


# --- size ------------------------------------------------------------------------------------

def size_report(bundle: Path, top: int = 10) -> tuple[int, list[tuple[str, int]]]:
    """Total bytes of the bundle and its ``top`` largest contributors (folders or files).

    A contributor is a top-level entry of ``_internal`` (a package folder, a library), with
    PySide6's Qt libraries split out, the way the README's size figure is explained.
    """
    sizes: dict[str, int] = {}
    total = 0
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        rel = path.relative_to(bundle).parts
        if rel[0] == "_internal" and len(rel) > 1:
            key = "/".join(rel[:2])
            if rel[1] == "PySide6" and len(rel) > 4 and rel[2:4] == ("Qt", "lib"):
                key = "/".join(rel[:5])
            elif rel[1] == "inspect_app" and "fonts" in rel:
                key = "_internal/inspect_app/resources/fonts"
        else:
            key = rel[0]
        sizes[key] = sizes.get(key, 0) + size
    return total, sorted(sizes.items(), key=lambda kv: -kv[1])[:top]


def main(argv: list[str] | None = None) -> int:
    """Build; return 0, or 1 when ``--strict-glibc`` finds the bundle above its target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", type=Path, default=Path(sys.executable),
                        help="the Python with PyInstaller and the project (default: this one)")
    parser.add_argument("--target-glibc", default=DEFAULT_GLIBC,
                        help=f"oldest glibc to run on (default {DEFAULT_GLIBC}, UOS 20)")
    parser.add_argument("--target-glibcxx", default=DEFAULT_GLIBCXX,
                        help=f"oldest libstdc++ (default GLIBCXX_{DEFAULT_GLIBCXX})")
    parser.add_argument("--strict-glibc", action="store_true",
                        help="fail when the bundle needs a newer glibc/libstdc++ than the target")
    parser.add_argument("--skip-freeze", action="store_true", help="reuse dist/inspect-app")
    parser.add_argument("--no-deb", action="store_true", help="do not make the .deb")
    parser.add_argument("--full-icu", action="store_true",
                        help="keep Qt's ICU data whole (Linux; see packaging/icu_data.py)")
    parser.add_argument("--compression", default="xz", choices=["xz", "gzip", "zstd", "none"],
                        help="the .deb's compression (xz: readable by every dpkg; default)")
    args = parser.parse_args(argv)

    started = time.monotonic()
    bundle = DIST / project()["name"] if args.skip_freeze else freeze(args.python)
    frozen = time.monotonic()
    if sys.platform.startswith("linux"):
        if not args.full_icu:
            trim_icu(bundle)
        strip_symbols(bundle, project()["name"])
        compact_gaps(bundle)
        elves = elf_files(bundle)
        within = check_glibc(bundle, args.target_glibc, args.target_glibcxx, elves)
        check_depends(elves)
    else:
        within = True
    total, top = size_report(bundle)
    say(f"bundle {bundle.relative_to(ROOT)}: {total / 1e6:.1f} MB; largest:")
    for key, size in top:
        print(f"  {size / 1e6:7.1f} MB  {key}")
    deb = None
    if not args.no_deb and shutil.which("dpkg-deb"):
        deb = make_deb(bundle, args.compression)
    elif not args.no_deb:
        say("no dpkg-deb here: the .deb is made on Debian-like systems only")
    say(f"done in {time.monotonic() - started:.0f} s (freeze {frozen - started:.0f} s)"
        + (f": {deb.relative_to(ROOT)} ({deb.stat().st_size / 1e6:.1f} MB)" if deb else ""))
    if not within and args.strict_glibc:
        say("FAILED: the bundle needs a newer glibc/libstdc++ than the target (--strict-glibc)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
