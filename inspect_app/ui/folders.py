"""Where file dialogs start: the folder the user last chose for the same purpose.

A field officer imports photos from the same card reader and a lead saves documents into
the same folder every day; a dialog that always starts in the home folder makes them walk
there each time (issue 12: "last folders remembered"). The folders live in the user's UI
settings (``QSettings``, key ``folders/<purpose>``), never in the store: they belong to
this laptop's account, not to the team's records.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

PHOTOS = "photos"
BUNDLES = "bundles"
DOCUMENTS = "documents"
SEALS = "seals"
CERTIFICATES = "certificates"


def start_folder(settings: QSettings | None, purpose: str, fallback: Path) -> Path:
    """The folder a file dialog for ``purpose`` opens in.

    Args:
        settings: the user's UI settings (None: nothing is remembered).
        purpose: one of the module's purposes (``PHOTOS``, ``BUNDLES`` …).
        fallback: where to start when nothing is remembered or the folder is gone
            (e.g. an unplugged USB stick).
    """
    if settings is not None:
        value = settings.value(f"folders/{purpose}", "")
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
    return fallback


def start_path(settings: QSettings | None, purpose: str, fallback: Path, name: str = "") -> str:
    """:func:`start_folder` joined with a suggested file ``name``, as a dialog takes it."""
    folder = start_folder(settings, purpose, fallback)
    return str(folder / name) if name else str(folder)


def remember_choice(settings: QSettings | None, purpose: str, chosen: str | Path) -> None:
    """Remember the folder of ``chosen`` (a file, or a folder itself) for ``purpose``."""
    if settings is None or not str(chosen):
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings.setValue(f"folders/{purpose}", str(folder))
