"""The third-party summary shipped in ``inspect_app/resources/licenses/THIRD-PARTY.txt``.

Made from ``pyproject.toml``'s runtime dependencies and the licences their installed
metadata declare (then the packages they bring, resolved on this machine). Regenerate after a
dependency change with::

    .venv/bin/python tests/third_party.py > inspect_app/resources/licenses/THIRD-PARTY.txt

``tests/test_third_party.py`` fails while the file and this summary differ.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = ROOT / "inspect_app" / "resources" / "licenses" / "THIRD-PARTY.txt"
HEADER = """\
Third-party software in inspect_app
===================================

The app runs on the packages below; a frozen build (the Windows and Linux installers)
ships them inside the application folder. Each keeps its own licence, as its own metadata
declares it (an SPDX expression where given); its full licence texts are the files named
under it, in the package's distribution. Some packages carry native libraries with their own
licences: pi-heif's libheif and libde265 (LGPL), the libraries Pillow's licence file lists,
the OpenSSL in cryptography's wheels (Apache-2.0). The SQLite engine is built with the app
(below): see SQLite3MultipleCiphers.txt beside this file. Qt and PySide6 are used under the
GNU LGPL, version 3: see Qt-PySide6.txt, LGPL-3.0.txt and GPL-3.0.txt beside this file. The
bundled fonts' licences are in the fonts folder of the app's resources.
"""
ENGINE = """\
The SQLite engine, built with the app
-------------------------------------

pysqlite3 0.6.1+sqlite3mc.2.4.0 (built by packaging/engine.py from pysqlite3 0.6.1 and the
SQLite3 Multiple Ciphers 2.4.0 amalgamation; not a PyPI package in this form)
    licence: Zlib (pysqlite3) AND blessing (SQLite 3.53.4, public domain) AND MIT (SQLite3
    Multiple Ciphers, with libaegis and miniz) AND BSD-3-Clause (its SHA-2) AND CC0-1.0
    (its Argon2)
    licence texts: SQLite3MultipleCiphers.txt beside this file
    https://github.com/utelle/SQLite3MultipleCiphers
"""
"""Not in pyproject.toml (PyPI's pysqlite3 has no encryption): packaging/engine.py builds it."""


def runtime_requirements() -> list[Requirement]:
    """The ``[project] dependencies`` of ``pyproject.toml``."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return [Requirement(d) for d in tomllib.load(f)["project"]["dependencies"]]


UNDECLARED: dict[str, str] = {}
"""Licences read by hand, for distributions whose metadata declares none (by their name)."""


def licence_of(name: str) -> str:
    """A distribution's licence from its installed metadata (expression, field, classifiers).

    Where the classifiers name another licence than the field (a wheel that bundles native
    libraries, e.g. pi-heif's LGPL libheif), both are given.
    """
    meta = metadata(name)
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    field = (meta.get("License") or "").strip()
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    short = field if "\n" not in field and len(field) <= 60 and field.upper() != "UNKNOWN" else ""
    if short and classifiers and not any(short.lower() in c.lower() for c in classifiers):
        return f"{short} (classifiers: {' / '.join(classifiers)})"
    if short:
        return short
    if classifiers:
        return " / ".join(classifiers)
    return field.splitlines()[0][:60] if field else UNDECLARED.get(name, "see the package")


def licence_texts(name: str) -> str:
    """The licence files the distribution carries (``License-File``), comma-separated."""
    return ", ".join(Path(f).name for f in metadata(name).get_all("License-File") or [])


def entry(name: str) -> str:
    """One package's lines in the summary."""
    lines = [metadata(name)["Name"], f"    licence: {licence_of(name)}"]
    texts = licence_texts(name)
    if texts:
        lines.append(f"    licence texts in the package: {texts}")
    home = home_of(name)
    if home:
        lines.append(f"    {home}")
    return "\n".join(lines)


def home_of(name: str) -> str:
    """The package's home page, from its metadata."""
    meta = metadata(name)
    urls = dict(
        (u.split(",", 1)[0].strip().lower(), u.split(",", 1)[1].strip())
        for u in meta.get_all("Project-URL") or []
        if "," in u
    )
    for key in ("homepage", "home", "source", "repository", "source code", "documentation"):
        if key in urls:
            return urls[key]
    return meta.get("Home-page") or (next(iter(urls.values())) if urls else "")


def brought_in(direct: list[Requirement]) -> list[str]:
    """Names of the packages the direct dependencies need, with their extras, on this machine."""
    env = default_environment()
    direct_names = {canonicalize_name(r.name) for r in direct}
    found: dict[str, str] = {}
    todo = [(r.name, set(r.extras)) for r in direct]
    done: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, extras = todo.pop()
        key = (canonicalize_name(name), frozenset(extras))
        if key in done:
            continue
        done.add(key)
        try:
            meta = metadata(name)
        except PackageNotFoundError:
            continue
        for text in meta.get_all("Requires-Dist") or []:
            req = Requirement(text)
            if req.marker is not None and not any(
                req.marker.evaluate({**env, "extra": e}) for e in (extras or {""})
            ):
                continue
            canon = canonicalize_name(req.name)
            if canon not in direct_names:
                found[canon] = metadata(req.name)["Name"] if _installed(req.name) else req.name
            todo.append((req.name, set(req.extras)))
    return sorted((n for n in found.values() if _installed(n)), key=str.lower)


def _installed(name: str) -> bool:
    try:
        metadata(name)
    except PackageNotFoundError:
        return False
    return True


def summary() -> str:
    """The whole text of ``THIRD-PARTY.txt``."""
    direct = runtime_requirements()
    lines = [HEADER, ENGINE, "Direct dependencies", "-------------------", ""]
    lines += [entry(req.name) for req in direct]
    lines += ["", "Packages they bring", "-------------------", ""]
    lines += [entry(name) for name in brought_in(direct)]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    print(summary(), end="")
