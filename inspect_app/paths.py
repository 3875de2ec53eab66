"""Where things live: the per-user data directory and the resource root (dev vs frozen).

All file lookups of the app go through this module.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "inspect_app"
DATA_DIR_ENV = "INSPECT_APP_DATA_DIR"


def resource_root() -> Path:
    """Return the ``resources/`` folder: beside the package, or in ``_MEIPASS`` when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource("reference", "categories.json")``."""
    return resource_root().joinpath(*parts)


def default_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory.

    ``explicit`` (``--data-dir``) wins, then ``$INSPECT_APP_DATA_DIR``, then the platform's
    per-user data directory (platformdirs).
    """
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))
