"""inspect_app: offline-first field inspections for joint environmental enforcement teams."""

from __future__ import annotations

from pathlib import Path

DISTRIBUTION = "inspect-app"


def _version() -> str:
    """The version of the ``inspect-app`` distribution: one source, ``pyproject.toml``.

    Read from the installed package metadata (a wheel, an editable install, the frozen app,
    which carries the metadata); a bare checkout without metadata reads ``pyproject.toml``.
    """
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


__version__ = _version()
