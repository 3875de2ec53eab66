"""Protection at rest on the command line: passphrase sources, db encrypt / passphrase / recover.

Every command that opens a store first goes through :func:`prepare` (called by
``cli.run``), which applies the one unlocking rule (``storage/protection/unlocking.py``)
with the command line's passphrase sources, in this order:

1. ``--store-passphrase-file FILE`` (global option): the passphrase is the file's first line;
2. the environment variable ``INSPECT_APP_STORE_PASSPHRASE_FILE`` (a path, the same);
3. on a terminal, a hidden prompt (``getpass``) in the command line's language — three tries.

A new data folder is set up encrypted with that passphrase (the prompt asks twice), or
clear with ``--no-encryption`` (a training laptop); with neither and no terminal the
command is refused and told both ways (``ProtectMsg.NEW_FOLDER_NEEDS_CHOICE``). A wrong
passphrase exits 1 with ``ProtectMsg.WRONG_PASSPHRASE`` and nothing changed.

``db encrypt``, ``db passphrase`` and ``db recover`` open the folder themselves (they are
in :data:`OWN_OPENING`): encrypting a clear store in place (``protection/migrate.py``),
changing the passphrase (only ``protection.json`` is rewritten), and setting a new one with
the team's recovery key (``protection/recovery.py``). ``pki recovery-key`` gives a team whose
CA predates encryption its recovery key.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from inspect_app.cli.inputs import read_passphrase
from inspect_app.cli.messages import say, translate
from inspect_app.domain.errors import StoreError, ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection import session, unlocking
from inspect_app.storage.protection.unlocking import (
    PASSPHRASE_FILE_ENV,
    PASSPHRASE_FILE_OPTION,
    Protection,
)
from inspect_app.storage.store import Store

NO_ENCRYPTION_OPTION = "--no-encryption"
NEW_PASSPHRASE_OPTION = "--new-passphrase-file"
PROMPT_TRIES = 3
MAX_KEY_FILE_BYTES = 64 << 10
"""A recovery key PEM longer than this is refused unread (it is not one)."""


# -- options ---------------------------------------------------------------------------------
def add_global_options(common: argparse.ArgumentParser) -> None:
    """Add ``--store-passphrase-file FILE`` and ``--no-encryption`` to every command."""
    common.add_argument(
        PASSPHRASE_FILE_OPTION,
        dest="store_passphrase_file",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "the store's passphrase: the first line of FILE (default: the file named by "
            "$INSPECT_APP_STORE_PASSPHRASE_FILE, else a prompt on a terminal); a new data "
            "folder is set up encrypted with it",
        ),
    )
    common.add_argument(
        NO_ENCRYPTION_OPTION,
        dest="no_encryption",
        action="store_true",
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "set up a new data folder without encryption (a training laptop only; shown "
            "in the window and by 'db check')",
        ),
    )


def _new_passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        NEW_PASSPHRASE_OPTION,
        dest="new_passphrase_file",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine",
            "the new store passphrase: the first line of FILE (default: asked twice on "
            "the terminal; at least 8 characters)",
        ),
    )


def add_db_commands(db: Any, leaf: Callable[..., Any]) -> None:
    """Add ``db encrypt``, ``db passphrase`` and ``db recover`` to the ``db`` group."""
    leaf(
        db,
        "encrypt",
        _db_encrypt,
        translate(
            "CommandLine",
            "encrypt a clear store in place, with its photos and files (backup first, "
            "verified; safe to interrupt: run it again to finish); the new passphrase from "
            "--store-passphrase-file, the variable, or asked twice",
        ),
    )
    p = leaf(
        db,
        "passphrase",
        _db_passphrase,
        translate(
            "CommandLine",
            "change the store's passphrase (the current one as for every command, the new "
            "one from --new-passphrase-file or asked twice); nothing is re-encrypted",
        ),
    )
    _new_passphrase_option(p)
    p = leaf(
        db,
        "recover",
        _db_recover,
        translate(
            "CommandLine",
            "set a new passphrase for a laptop whose passphrase is forgotten, with the "
            "team's recovery key (team lead)",
        ),
    )
    p.add_argument(
        "--recovery-key",
        required=True,
        type=Path,
        metavar="FILE.pem",
        help=translate("CommandLine", "the team's recovery key file (made with the team CA)"),
    )
    p.add_argument(
        "--recovery-passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine", "the recovery key's passphrase: the first line of FILE (default: asked)"
        ),
    )
    _new_passphrase_option(p)


def add_pki_commands(pki: Any, leaf: Callable[..., Any]) -> None:
    """Add ``pki recovery-key`` to the ``pki`` group."""
    p = leaf(
        pki,
        "recovery-key",
        _pki_recovery_key,
        translate(
            "CommandLine",
            "make the team's recovery key, for a team CA made before encryption (team "
            "lead); 'pki init-ca' makes it with the CA",
        ),
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "the recovery key's new passphrase: the first line of FILE"),
    )


# -- passphrase sources ----------------------------------------------------------------------
def data_dir_from(args: argparse.Namespace) -> Path:
    """The data folder a command works on (``--data-dir``, the variable, the default).

    Raises:
        ValidationError: ``--data-dir ''``.
    """
    from inspect_app.paths import default_data_dir

    explicit = getattr(args, "data_dir", None)
    if explicit is not None and not explicit.strip():
        raise ValidationError(CliMsg.DATA_DIR_EMPTY(option="--data-dir"))
    return default_data_dir(explicit)


def _passphrase_file(args: argparse.Namespace) -> Path | None:
    """The store passphrase file: the option, else the environment variable, else None."""
    given = getattr(args, "store_passphrase_file", None)
    if given is not None:
        return Path(given)
    env = os.environ.get(PASSPHRASE_FILE_ENV)
    return Path(env) if env else None


def _terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _prompt(prompt: Message) -> str:
    return getpass.getpass(say(CliMsg.PROMPT(prompt=prompt)))


def new_passphrase(file: Path | None, option: str) -> str:
    """A new store passphrase: ``file``'s first line, or asked twice on a terminal.

    Raises:
        ValidationError: too short, the two differ, or no file and no terminal (naming
            ``option``).
        StoreError: the file cannot be read.
    """
    if file is not None:
        return unlocking.check_new_passphrase(unlocking.read_passphrase_file(file))
    if not _terminal():
        raise ValidationError(
            CliMsg.PASSPHRASE_NO_TERMINAL(
                prompt=ProtectMsg.PROMPT_NEW_STORE(), option=f"{option} FILE"
            )
        )
    first = _prompt(ProtectMsg.PROMPT_NEW_STORE())
    again = getpass.getpass(say(CliMsg.PROMPT_AGAIN()))
    return unlocking.check_new_passphrase(first, again)


def unlock_existing(data_dir: Path, args: argparse.Namespace) -> str:
    """Unlock the encrypted ``data_dir`` from the command's passphrase source; return it.

    Raises:
        WrongPassphraseError: ``ProtectMsg.WRONG_PASSPHRASE`` (nothing changed).
        StoreLockedError: no passphrase file and no terminal (``ProtectMsg.LOCKED``).
        StoreError: the file cannot be read; a damaged key file.
    """
    file = _passphrase_file(args)
    if file is not None:
        passphrase = unlocking.read_passphrase_file(file)
        unlocking.unlock(data_dir, passphrase)
        return passphrase
    if not _terminal():
        raise unlocking.StoreLockedError(
            ProtectMsg.LOCKED(
                folder=data_dir, option=PASSPHRASE_FILE_OPTION, variable=PASSPHRASE_FILE_ENV
            )
        )
    for attempt in range(PROMPT_TRIES):
        passphrase = unlocking.normalise_passphrase(_prompt(ProtectMsg.PROMPT_STORE()))
        try:
            unlocking.unlock(data_dir, passphrase)
            return passphrase
        except unlocking.WrongPassphraseError as exc:
            if attempt == PROMPT_TRIES - 1:
                raise
            shown = exc.keyed_message or str(exc)
            print(say(CliMsg.ERROR_LINE(message=say(shown))), file=sys.stderr)
    raise AssertionError("unreachable")  # pragma: no cover


def prepare(data_dir: Path, args: argparse.Namespace) -> None:
    """Set up or unlock ``data_dir`` before a command opens its store (see the module doc).

    Raises:
        ValidationError: both ``--store-passphrase-file`` and ``--no-encryption``; a new
            folder with no passphrase source and no terminal; ``--no-encryption`` for an
            encrypted folder; a new passphrase too short.
        WrongPassphraseError, StoreLockedError, StoreError: as :func:`unlock_existing`.
    """
    no_encryption = bool(getattr(args, "no_encryption", False))
    if no_encryption and getattr(args, "store_passphrase_file", None) is not None:
        raise ValidationError(
            ProtectMsg.CHOOSE_ONE(option=PASSPHRASE_FILE_OPTION, no_encryption=NO_ENCRYPTION_OPTION)
        )
    if data_dir.exists() and not data_dir.is_dir():
        return  # Store.open says what is wrong
    state = unlocking.protection_of(data_dir)
    if state is Protection.NEW:
        photos = data_dir / "photos"
        if photos.is_dir() and any(photos.iterdir()):
            return  # a store file gone missing: Store.open refuses, nothing is set up
        _set_up_new(data_dir, args, no_encryption)
    elif state is Protection.ENCRYPTED:
        if no_encryption:
            raise ValidationError(
                ProtectMsg.NO_ENCRYPTION_NOT_NEW(
                    folder=data_dir, no_encryption=NO_ENCRYPTION_OPTION
                )
            )
        if session.key_for(data_dir) is None:
            unlock_existing(data_dir, args)


def _set_up_new(data_dir: Path, args: argparse.Namespace, no_encryption: bool) -> None:
    from inspect_app.storage.hygiene import make_private_dir

    if no_encryption:
        make_private_dir(data_dir)
        unlocking.create_clear(data_dir)
        return
    file = _passphrase_file(args)
    if file is None and not _terminal():
        raise ValidationError(
            ProtectMsg.NEW_FOLDER_NEEDS_CHOICE(
                folder=data_dir, option=PASSPHRASE_FILE_OPTION, no_encryption=NO_ENCRYPTION_OPTION
            )
        )
    passphrase = new_passphrase(file, PASSPHRASE_FILE_OPTION)
    make_private_dir(data_dir)
    unlocking.create_encrypted(data_dir, passphrase)


# -- commands --------------------------------------------------------------------------------
def _require_encrypted(data_dir: Path) -> None:
    state = unlocking.protection_of(data_dir)
    if state is Protection.CLEAR_OPTED_OUT:
        raise ValidationError(ProtectMsg.NOT_ENCRYPTED())
    if state is Protection.CLEAR_LEGACY:
        raise ValidationError(ProtectMsg.NOT_YET_ENCRYPTED(command="db encrypt"))
    if state is Protection.NEW:
        raise StoreError(ProtectMsg.NOTHING_TO_ENCRYPT(folder=data_dir))


def _db_encrypt(store: None, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.storage.protection import migrate

    data_dir = data_dir_from(args)
    if migrate.needs_new_passphrase(data_dir):
        if unlocking.protection_of(data_dir) is Protection.NEW:
            raise StoreError(ProtectMsg.NOTHING_TO_ENCRYPT(folder=data_dir))
        passphrase = new_passphrase(_passphrase_file(args), PASSPHRASE_FILE_OPTION)
        report = migrate.encrypt(data_dir, passphrase, seal_derived=_seal_derived)
    else:
        if session.key_for(data_dir) is None:
            unlock_existing(data_dir, args)
        report = migrate.encrypt(data_dir, None, seal_derived=_seal_derived)
    with Store.open(data_dir) as opened:  # it opens, migrated; recovery wraps added
        ops = opened.op_count()
    out: dict[str, Any] = {**asdict(report), "ops": ops}
    if report.removed:
        out["note"] = ProtectMsg.MIGRATION_REMNANTS()
    return out


def _seal_derived(data_dir: Path, key: Any) -> int:
    """Seal the clear thumbnails and print copies (the photos layer knows their names)."""
    from inspect_app.photos.derivatives import seal_clear_derived

    return seal_clear_derived(data_dir, key)


def _db_passphrase(store: None, args: argparse.Namespace) -> dict[str, Any]:
    data_dir = data_dir_from(args)
    _require_encrypted(data_dir)
    old = unlock_existing(data_dir, args)
    new = new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_OPTION)
    unlocking.change_passphrase(data_dir, old, new)
    return {"data_dir": str(data_dir), "passphrase_changed": True}


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise ValidationError(ProtectMsg.RECOVERY_KEY_UNREADABLE(path=path))
        return path.read_bytes()
    except OSError as exc:
        from inspect_app.cli.inputs import unreadable

        raise ValidationError(unreadable(path, exc)) from None


def _db_recover(store: None, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.storage.protection import recovery

    data_dir = data_dir_from(args)
    _require_encrypted(data_dir)
    pem = _read_key_file(args.recovery_key)
    secret = read_passphrase(
        args.recovery_passphrase_file,
        ProtectMsg.PROMPT_RECOVERY(),
        option="--recovery-passphrase-file",
    )
    private = recovery.load_recovery_key(pem, secret, args.recovery_key)
    new = new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_OPTION)
    recovery.recover(data_dir, private, new)
    with Store.open(data_dir) as opened:  # the evidence is there again
        ops = opened.op_count()
    return {"data_dir": str(data_dir), "recovered": True, "ops": ops}


def _pki_recovery_key(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.cli import _acting
    from inspect_app.notices.team_pki import make_recovery_key

    officer = _acting(store, args)
    secret = read_passphrase(args.passphrase_file, ProtectMsg.PROMPT_NEW_RECOVERY(), confirm=True)
    path = make_recovery_key(store, officer, secret)
    return {"key": path, "advice": ProtectMsg.RECOVERY_KEY_ADVICE(path=path)}


OWN_OPENING = {_db_encrypt, _db_passphrase, _db_recover}
"""Commands that open (or set up) the data folder themselves: ``cli.run`` opens no store."""
