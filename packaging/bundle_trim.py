"""What the spec leaves out of the bundle after PyInstaller's analysis (room for SQLCipher).

Standard library only; ``packaging/inspect_app.spec`` calls :func:`trim` on its ``Analysis``.
Each rule removes files the installed app never reads, or swaps a compiled module for the
Python it was built from (or falls back to); packaging/README.md gives the sizes.

1. **Installer bookkeeping** in each ``.dist-info``: ``RECORD`` (read by ``pip uninstall`` and
   ``importlib.metadata.files()``, which nothing here calls), ``INSTALLER``, ``REQUESTED``,
   ``direct_url.json``, and an SBOM that lists no component. ``METADATA`` (version, licence),
   ``entry_points.txt`` (pluggy's sqlite-utils plugins) and the licence files stay.
2. **Long descriptions**: ``METADATA`` without the README after its headers, when the
   distribution has licence files of its own (``importlib.metadata`` reads headers only).
3. **Compiled copies of Python modules**: fontTools' Cython accelerators and
   charset_normalizer's mypyc builds give way to the ``.py`` sources they were compiled
   from, when every import of the source is in the archive.
4. **Optional accelerators** of aiohttp's stack, when the pure-Python module each package
   falls back to is in the archive.
"""

from __future__ import annotations

import ast
import importlib.util
import json
from pathlib import Path
from typing import Any

INSTALLER_FILES = frozenset({"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"})

ACCELERATED = ("fontTools.", "charset_normalizer.")
"""Packages whose extension modules are compiled from ``.py`` files shipped beside them:
fontTools' Cython accelerators (bezierTools 0.5 MB, iup 0.2 MB; fontTools.misc.cython stands
in for Cython) and charset_normalizer's mypyc ``md`` and ``cd`` (0.4 MB; reportlab's
smartDecode is its only user)."""

OPTIONAL_ACCELERATORS = {  # compiled module: the module used without it
    "aiohttp._http_parser": "aiohttp.http_parser",  # HttpResponseParserPy, same module
    "aiohttp._http_writer": "aiohttp.http_writer",
    "aiohttp._websocket.reader_c": "aiohttp._websocket.reader_py",
    "aiohttp._websocket.mask": "aiohttp._websocket.helpers",
    "multidict._multidict": "multidict._multidict_py",
    "yarl._quoting_c": "yarl._quoting_py",
    "frozenlist._frozenlist": "frozenlist",
    "propcache._helpers_c": "propcache._helpers_py",
}
"""aiohttp's stack (pyHanko's HTTP client: the hub's timestamps) ships Cython builds beside
pure-Python modules it falls back to when they cannot be imported (as on PyPy, or with
``AIOHTTP_NO_EXTENSIONS`` and the like; tests/sync/test_hub_tsa.py passes that way): 1.4 MB
for a few small requests."""

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (name or dest, source, typecode)


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def module_of(dest: str) -> str:
    """``fontTools/misc/bezierTools.cpython-311-x86_64-linux-gnu.so`` -> its module name."""
    return _posix(dest).split(".", 1)[0].replace("/", ".")


def sbom_components(source: str) -> int:
    """How many components the CycloneDX SBOM at ``source`` lists (-1 when unreadable)."""
    try:
        return len(json.loads(Path(source).read_text(encoding="utf-8")).get("components", []))
    except (OSError, ValueError, AttributeError):
        return -1  # unknown: keep it


def installer_file(dest: str, source: str) -> bool:
    """True for a ``.dist-info`` file only installers read (rule 1)."""
    parts = Path(_posix(dest)).parts
    if len(parts) < 2 or not parts[0].endswith(".dist-info"):
        return False
    if len(parts) == 2 and parts[1] in INSTALLER_FILES:
        return True
    return parts[1] == "sboms" and sbom_components(source) == 0


def short_metadata(dest: str, source: str, workdir: Path) -> str:
    """The ``METADATA`` file to bundle for ``dest``: ``source``, or a copy without its README.

    Kept whole when the distribution names no licence file (asn1crypto, oscrypto…: the
    README may be where the licence is told) or has no description. The copy is written
    under ``workdir`` (the build's work folder); its path is returned.
    """
    text = Path(source).read_text(encoding="utf-8")
    headers, blank, description = text.partition("\n\n")
    if not blank or "\nLicense-File:" not in "\n" + headers or not description.strip():
        return source
    short = Path(workdir) / "metadata" / _posix(dest)
    short.parent.mkdir(parents=True, exist_ok=True)
    short.write_text(headers + "\n", encoding="utf-8")
    return str(short)


def _is_module(name: str) -> bool:
    """True when ``name`` is an importable module (not an attribute of one)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def python_copy(dest: str, archived: set[str]) -> tuple[str, str] | None:
    """For an extension module of :data:`ACCELERATED`: (module, its ``.py`` source), or None.

    None when ``dest`` is no such module, the source is not installed, or the source
    imports a module of its own package that is not in ``archived``.
    """
    path = _posix(dest)
    module = module_of(dest)
    if not (module + ".").startswith(ACCELERATED) or not path.endswith((".so", ".pyd")):
        return None
    spec = importlib.util.find_spec(module)
    source = Path(spec.origin).with_name(module.rsplit(".", 1)[1] + ".py") if spec else None
    if source is None or not source.is_file():
        return None
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom):
            # `from fontTools.misc import cython`, `from .md import …`: the module, and the
            # submodule when the name is one
            base = importlib.util.resolve_name(
                "." * node.level + (node.module or ""), module.rsplit(".", 1)[0]
            )
            names = [base] + [
                f"{base}.{alias.name}" for alias in node.names if _is_module(f"{base}.{alias.name}")
            ]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        if any(n.startswith(ACCELERATED) and n not in archived for n in names):
            return None
    return module, str(source)


def trim(analysis: Any, workdir: Path) -> None:
    """Apply rules 1–4 to a PyInstaller ``Analysis`` in place (datas, binaries, pure).

    ``analysis.pure`` is extended in place, never replaced: PyInstaller finds the code
    objects it compiled for that list by the list's identity.
    """
    analysis.datas = [
        (dest, short_metadata(dest, src, workdir), kind)
        if _posix(dest).endswith(".dist-info/METADATA")
        else (dest, src, kind)
        for dest, src, kind in analysis.datas
        if not installer_file(dest, src)
    ]
    archived = {name for name, _src, _kind in analysis.pure}
    replaced: dict[str, tuple[str, str]] = {}
    while True:  # until no more: cd's copy can go in once md's has
        new = {}
        for entry in analysis.binaries:
            if entry[0] not in replaced and (copy := python_copy(entry[0], archived)):
                new[entry[0]] = copy
        if not new:
            break
        replaced.update(new)
        archived.update(module for module, _source in new.values())
    for module, source in replaced.values():
        analysis.pure.append((module, source, "PYMODULE"))
    analysis.binaries = [
        entry
        for entry in analysis.binaries
        if entry[0] not in replaced
        and OPTIONAL_ACCELERATORS.get(module_of(entry[0])) not in archived
    ]
