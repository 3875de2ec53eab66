"""Where things live: the per-user data directory and the app's resources.

All file lookups of the app go through this module. The resources (reference data, compiled
translations, fonts and their licences) are package data in ``inspect_app/resources/``,
found through :mod:`importlib.resources`, so the same lookup works in a source checkout, an
installed wheel and a PyInstaller app (which collects them as ``inspect_app/resources`` under
``sys._MEIPASS``; an older spec that put them at ``_MEIPASS/resources`` is found too).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

from inspect_app.domain.errors import InspectError

APP_NAME = "inspect_app"
DATA_DIR_ENV = "INSPECT_APP_DATA_DIR"
RESOURCES = "resources"
"""Name of the resource folder inside the ``inspect_app`` package."""


class ResourcesMissingError(InspectError):
    """The resource folder is not where the installation put it (a damaged installation)."""


@cache
def resource_root() -> Path:
    """Return the ``inspect_app/resources`` folder of this installation.

    Tried in order: the package's own folder (``importlib.resources.files``: a checkout, a
    wheel, a frozen app whose spec collects the package data); then, in a frozen app,
    ``sys._MEIPASS/inspect_app/resources`` and ``sys._MEIPASS/resources``.

    Returns:
        An existing folder on disk.

    Raises:
        ResourcesMissingError: no candidate is a folder on disk (a damaged installation, or
            the package imported from a zip file); the message names where it looked.
    """
    candidates: list[Path] = []
    packaged = files(APP_NAME) / RESOURCES
    if isinstance(packaged, Path):  # on disk; a zip import gives a zipfile.Path instead
        candidates.append(packaged)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates += [Path(frozen) / APP_NAME / RESOURCES, Path(frozen) / RESOURCES]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates) or str(packaged)
    raise ResourcesMissingError(
        f"The app's resource folder is missing (looked in {looked}); the installation is"
        " damaged: reinstall the app. 程序资源文件缺失，请重新安装本软件。"
    )


def resource(*parts: str) -> Path:
    """Return the path of one resource, e.g. ``resource("reference", "categories.json")``.

    The path is not checked: callers test ``is_file()`` where a missing file is expected.

    Raises:
        ResourcesMissingError: the resource folder itself is missing (see
            :func:`resource_root`).
    """
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
