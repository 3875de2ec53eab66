"""Unlocking a data folder: the one rule every path follows (window, command line, hub).

:func:`key_for_open` decides, for a data folder about to be opened, which data key its
connections and sealed files use: None for a clear store (made with ``--no-encryption``, or
by a version before encryption), the key already unlocked in this process, or the key
unwrapped with the passphrase in the file :data:`PASSPHRASE_FILE_ENV` names; otherwise
:class:`StoreLockedError`. The window unlocks with :func:`unlock` (its unlock screen), the
command line with :func:`read_passphrase_file` / a prompt and then :func:`unlock`.
"""

from __future__ import annotations

import enum
import os
import unicodedata
from pathlib import Path

from inspect_app.domain.errors import StoreError, ValidationError
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection import keyfile, session
from inspect_app.storage.protection.keyfile import DataKey, KeyFile, KeyFileError

PASSPHRASE_FILE_ENV = "INSPECT_APP_STORE_PASSPHRASE_FILE"
"""Environment variable: the path of a file holding the passphrase (first line)."""
PASSPHRASE_FILE_OPTION = "--store-passphrase-file"
"""The command line's option naming that file."""
MIN_PASSPHRASE = 8
"""Characters a *new* passphrase needs at least (an existing one is never judged)."""
MAX_PASSPHRASE_FILE = 4096
"""A passphrase file longer than this (bytes) is refused unread (it is not a passphrase)."""
STORE_FILE = "inspect.sqlite3"


class StoreLockedError(StoreError):
    """The data folder is encrypted and no key for it is unlocked in this process."""


class WrongPassphraseError(StoreError):
    """A passphrase (or recovery key) that does not unwrap the folder's data key."""


class Protection(enum.Enum):
    """What a data folder is, as far as protection at rest goes."""

    NEW = "new"
    """No store yet: the set-up decides."""
    ENCRYPTED = "encrypted"
    CLEAR_OPTED_OUT = "clear"
    """Set up with ``--no-encryption`` (a training laptop): shown in the status bar."""
    CLEAR_LEGACY = "legacy"
    """A clear store of a version before encryption: ``db encrypt`` encrypts it."""


def normalise_passphrase(passphrase: str) -> str:
    """NFC-normalise a passphrase (the same characters typed on Windows or Kylin unlock)."""
    return unicodedata.normalize("NFC", passphrase)


def load_key_file(data_dir: Path) -> KeyFile | None:
    """The folder's key file, or None.

    Raises:
        StoreError: ``ProtectMsg.KEY_FILE_DAMAGED``.
    """
    try:
        return keyfile.load(data_dir)
    except KeyFileError as exc:
        raise StoreError(
            ProtectMsg.KEY_FILE_DAMAGED(path=Path(data_dir) / keyfile.KEY_FILE, reason=str(exc))
        ) from exc


def protection_of(data_dir: Path) -> Protection:
    """Say what ``data_dir`` is (see :class:`Protection`).

    Raises:
        StoreError: a damaged key file.
    """
    if (Path(data_dir) / "encrypting").is_dir():  # a db encrypt a kill interrupted: finish
        from inspect_app.storage.protection import migrate  # its switch (protection/migrate.py)

        migrate.settle(Path(data_dir))
    found = load_key_file(data_dir)
    if found is not None:
        return Protection.ENCRYPTED if found.encrypted else Protection.CLEAR_OPTED_OUT
    return Protection.CLEAR_LEGACY if (Path(data_dir) / STORE_FILE).exists() else Protection.NEW


def read_passphrase_file(path: Path | str) -> str:
    """The passphrase in ``path``: its first line, without the line end, NFC-normalised.

    Raises:
        StoreError: ``ProtectMsg.PASSPHRASE_FILE_UNREADABLE`` (missing, unreadable, not
            UTF-8, over :data:`MAX_PASSPHRASE_FILE` bytes) or ``PASSPHRASE_EMPTY``.
    """
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_PASSPHRASE_FILE + 1)
        if len(raw) > MAX_PASSPHRASE_FILE:
            raise ValueError(f"longer than {MAX_PASSPHRASE_FILE} bytes")
        text = raw.decode("utf-8-sig")
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(ProtectMsg.PASSPHRASE_FILE_UNREADABLE(path=path, reason=reason)) from exc
    first = text.splitlines()[0] if text else ""
    if not first:
        raise StoreError(ProtectMsg.PASSPHRASE_EMPTY())
    return normalise_passphrase(first)


def check_new_passphrase(passphrase: str, again: str | None = None) -> str:
    """Return the NFC form of a new passphrase if it may be used.

    Raises:
        ValidationError: shorter than :data:`MIN_PASSPHRASE` characters, or ``again``
            given and different.
    """
    passphrase = normalise_passphrase(passphrase)
    if not passphrase:
        raise ValidationError(ProtectMsg.PASSPHRASE_EMPTY())
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            ProtectMsg.PASSPHRASE_TOO_SHORT(length=len(passphrase), minimum=MIN_PASSPHRASE)
        )
    if again is not None and normalise_passphrase(again) != passphrase:
        raise ValidationError(ProtectMsg.PASSPHRASES_DIFFER())
    return passphrase


def _require_engine() -> None:
    from inspect_app.sqlite_engine import ENCRYPTION_AVAILABLE, ENGINE_SETUP_COMMAND

    if not ENCRYPTION_AVAILABLE:
        raise StoreError(ProtectMsg.ENCRYPTION_UNAVAILABLE(command=ENGINE_SETUP_COMMAND))


def create_encrypted(data_dir: Path, passphrase: str) -> DataKey:
    """Set up encryption for a new data folder: write its key file; hold the key unlocked.

    Call before the store file is created. The passphrase is checked as a new one.

    Raises:
        ValidationError: a passphrase too short.
        StoreError: a folder that already has a store or a key file; no page cipher in the engine.
        OSError: the key file cannot be written.
    """
    _require_engine()
    passphrase = check_new_passphrase(passphrase)
    if (
        protection_of(data_dir) is not Protection.NEW
        or (Path(data_dir) / keyfile.KEY_FILE).exists()
    ):
        raise StoreError(
            ProtectMsg.KEY_FILE_DAMAGED(path=Path(data_dir) / keyfile.KEY_FILE, reason="exists")
        )
    made, key = keyfile.new_encrypted(passphrase)
    made.save(Path(data_dir))
    session.remember(data_dir, key)
    return key


def create_clear(data_dir: Path) -> None:
    """Set up a new data folder without encryption (``--no-encryption``; a training laptop).

    Raises:
        OSError: the key file cannot be written.
    """
    keyfile.new_clear().save(Path(data_dir))


def unlock(data_dir: Path, passphrase: str) -> DataKey:
    """Unwrap the folder's data key with ``passphrase`` and hold it unlocked (~0.5 s).

    Returns the key (None is never returned: a clear folder raises nothing and returns its
    own None through :func:`key_for_open`; call this only for an encrypted folder).

    Raises:
        WrongPassphraseError: ``ProtectMsg.WRONG_PASSPHRASE``; nothing changed.
        StoreError: no key file (``KEY_FILE_MISSING``) or a damaged one.
    """
    _require_engine()
    found = load_key_file(data_dir)
    if found is None or not found.encrypted:
        raise StoreError(ProtectMsg.KEY_FILE_MISSING(folder=data_dir, file=keyfile.KEY_FILE))
    try:
        key = found.unlock(normalise_passphrase(passphrase))
    except keyfile.WrongPassphraseError as exc:
        raise WrongPassphraseError(ProtectMsg.WRONG_PASSPHRASE(folder=data_dir)) from exc
    except KeyFileError as exc:
        raise StoreError(
            ProtectMsg.KEY_FILE_DAMAGED(path=Path(data_dir) / keyfile.KEY_FILE, reason=str(exc))
        ) from exc
    session.remember(data_dir, key)
    return key


def key_for_open(data_dir: Path) -> DataKey | None:
    """The data key to open ``data_dir`` with — the one rule of every path.

    None for a clear folder (opted out, or legacy) and for a new one without
    :data:`PASSPHRASE_FILE_ENV`; a new folder with that variable set is set up encrypted
    with its passphrase. An encrypted folder gives the key unlocked in this process, else
    the key unwrapped with the variable's passphrase file.

    Raises:
        StoreLockedError: ``ProtectMsg.LOCKED`` — encrypted, locked, no passphrase file.
        WrongPassphraseError: the passphrase file's passphrase is wrong.
        StoreError: a damaged key file; a store file whose key file is missing is opened
            as clear by SQLite and then fails as "not a database" in the caller.
    """
    state = protection_of(data_dir)
    if state in (Protection.CLEAR_OPTED_OUT, Protection.CLEAR_LEGACY):
        return None
    env = os.environ.get(PASSPHRASE_FILE_ENV)
    if state is Protection.NEW:
        return create_encrypted(data_dir, read_passphrase_file(env)) if env else None
    key = session.key_for(data_dir)
    if key is not None:
        return key
    if env:
        return unlock(data_dir, read_passphrase_file(env))
    raise StoreLockedError(
        ProtectMsg.LOCKED(
            folder=data_dir, option=PASSPHRASE_FILE_OPTION, variable=PASSPHRASE_FILE_ENV
        )
    )


def change_passphrase(data_dir: Path, old: str, new: str) -> None:
    """Re-wrap the data key under ``new``; nothing else is re-encrypted (one file rewritten).

    Raises:
        WrongPassphraseError: ``old`` is wrong; nothing changed.
        ValidationError: ``new`` too short, or the same as ``old``.
        StoreError: no or a damaged key file.
        OSError: the key file cannot be written (the old one stays).
    """
    new = check_new_passphrase(new)
    key = unlock(data_dir, old)
    if normalise_passphrase(old) == new:  # checked after the old one proved right
        raise ValidationError(ProtectMsg.PASSPHRASE_UNCHANGED())
    found = load_key_file(data_dir)
    assert found is not None  # unlock() succeeded
    from inspect_app.storage.protection import kdf

    found.wrap_passphrase(key, new, kdf.params_for_new_key())
    found.save(Path(data_dir))
