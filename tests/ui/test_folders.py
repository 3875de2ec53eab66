"""File dialogs start in the folder last chosen for the same purpose (issue 12).

Real ``QSettings`` in an INI file and real folders: a choice is remembered per purpose, a
file's folder is kept (not the file), a folder that is gone (an unplugged USB stick) falls
back, and nothing is remembered without settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from inspect_app.ui import folders


def test_the_last_folder_is_remembered_per_purpose(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    home, card, stick = tmp_path / "home", tmp_path / "DCIM", tmp_path / "USB"
    for folder in (home, card, stick):
        folder.mkdir()
    assert folders.start_folder(settings, folders.PHOTOS, home) == home  # nothing yet
    folders.remember_choice(settings, folders.PHOTOS, card / "IMG_0001.JPG")
    folders.remember_choice(settings, folders.BUNDLES, stick)
    again = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)  # a new session
    assert folders.start_folder(again, folders.PHOTOS, home) == card
    assert folders.start_folder(again, folders.BUNDLES, home) == stick
    assert folders.start_folder(again, folders.DOCUMENTS, home) == home
    assert folders.start_path(again, folders.BUNDLES, home, "a.zip") == str(stick / "a.zip")
    stick.rmdir()  # the stick is unplugged: back to the fallback, no error
    assert folders.start_folder(again, folders.BUNDLES, home) == home


def test_without_settings_nothing_is_remembered(tmp_path: Path) -> None:
    fallback = tmp_path / "fallback"
    folders.remember_choice(None, folders.PHOTOS, tmp_path / "x.jpg")
    assert folders.start_folder(None, folders.PHOTOS, fallback) == fallback
