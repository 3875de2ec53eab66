"""Unlocked data keys, held in this process's memory only, one per data folder.

The window's unlock screen and the command line's passphrase sources put a key here
(:func:`remember`); every connection to the store, every sealed file read or written looks
it up (:func:`key_for`); locking forgets it (:func:`forget`). Nothing here touches the disk.
Python cannot wipe memory reliably: forgetting drops the references so the bytes are freed,
which is what the auto-lock promises — a later reader of this process's memory is outside
what this protects against (a lost, powered-off or locked laptop is inside).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from inspect_app.storage.protection.keyfile import DataKey

_lock = threading.Lock()
_keys: dict[str, DataKey] = {}


def _slot(data_dir: Path | str) -> str:
    return os.path.normcase(os.path.realpath(os.fspath(data_dir)))


def remember(data_dir: Path | str, key: DataKey) -> None:
    """Hold ``key`` as the unlocked data key of ``data_dir``."""
    with _lock:
        _keys[_slot(data_dir)] = key


def key_for(data_dir: Path | str) -> DataKey | None:
    """The unlocked data key of ``data_dir``, or None when it is locked (or clear)."""
    with _lock:
        return _keys.get(_slot(data_dir))


def forget(data_dir: Path | str) -> None:
    """Lock ``data_dir``: drop its key from memory."""
    with _lock:
        _keys.pop(_slot(data_dir), None)


def forget_all() -> None:
    """Lock every data folder of this process."""
    with _lock:
        _keys.clear()
