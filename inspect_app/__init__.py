"""inspect_app: offline-first field inspections for joint environmental enforcement teams."""

from __future__ import annotations

import os
from pathlib import Path

from inspect_app import sqlite_engine as _sqlite_engine  # noqa: F401  (before anything imports sqlite3)

DISTRIBUTION = "inspect-app"


def _version() -> str:
    """The version of the ``inspect-app`` distribution: one source, ``pyproject.toml``.

    Read from the installed package metadata (a wheel, an editable install, the frozen app,
    which carries the metadata); a bare checkout without metadata reads ``pyproject.toml``.
    """
    found = _metadata_version()
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        import tomllib

        with pyproject.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0+unknown"


def _metadata_version() -> str | None:
    """The ``Version:`` of the first ``inspect_app`` dist-info (or egg-info) on ``sys.path``.

    What :func:`importlib.metadata.version` finds, read without importing that module (and
    the email parser it pulls in): the window's start imports this package first. None when
    there is no metadata (then :func:`importlib.metadata.version` has the last word).
    """
    import sys

    project = DISTRIBUTION.replace("-", "_")
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, _, kind = name.rpartition(".")
            if stem.split("-")[0] != project or kind not in ("dist-info", "egg-info"):
                continue
            metadata = os.path.join(
                entry or ".", name, "METADATA" if kind == "dist-info" else "PKG-INFO"
            )
            try:
                with open(metadata, encoding="utf-8") as f:
                    for line in f:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():  # the headers end here
                            break
            except OSError:
                continue
    return None


__version__ = _version()
