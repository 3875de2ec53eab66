"""Opening the SQLite file: the data key first, WAL journal, foreign keys, ``synchronous=FULL``.

:func:`connect` is THE way to open a connection to a file of a data folder — the store, the
read-only connections of pool threads, migration backups, the hub's refusal log. It asks
:func:`~inspect_app.storage.protection.unlocking.key_for_open` for the folder's data key (or
takes the caller's) and, for an encrypted folder, gives SQLCipher the key before anything
else touches the file; a wrong key, a clear file in an encrypted folder and an encrypted
file whose key file is gone each get their own keyed refusal, never "file is not a database".

One writer connection per store. Transactions are explicit (``BEGIN IMMEDIATE``) so a
write takes the lock up front and either all of it lands or none of it does.

Page cipher (``protection/keyfile.py`` :class:`DataKey`): a folder encrypted by this version
uses SQLite3 Multiple Ciphers' **AEGIS-256** — 4096-byte pages, each encrypted and
authenticated as it is written (a changed page is refused, not read), a raw 256-bit key so
no key derivation runs at open (the passphrase's Argon2id runs once per unlock). A folder
encrypted by the versions of schema v11–v12 keeps its SQLCipher 4 files (AES-256-CBC with page
HMAC-SHA256), read through sqlite3mc's ``sqlcipher`` scheme; its key file says so. Why AEGIS:
adding a finding writes ~50 pages; SQLCipher's ~7–10 µs a page made it 1.4× as slow as clear,
AEGIS-256 1.04× (``benchmarks/protection.py``; ``inspect_app/sqlite_engine.py``). The 64 MiB
page cache holds decrypted pages.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from sqlite_utils import Database

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.sqlite_engine import (
    ENCRYPTION_AVAILABLE,
    ENGINE_SETUP_COMMAND,
    ENGINE_VERSION,
    sqlite3,
)
from inspect_app.storage.protection import unlocking
from inspect_app.storage.protection.keyfile import KEY_FILE, DataKey

BACKUPS_DIR = "backups"
"""The data folder's folder of migration backups (their key is the folder's)."""
SQLITE_HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every clear SQLite file (an SQLCipher file has a random salt there)."""
ENCRYPT_COMMAND = "inspect-app db encrypt"
"""The command that finishes encrypting a clear store (named in refusals)."""


class _Find:
    """The type of :data:`FIND` (a sentinel: "ask the unlocking rule")."""

    def __repr__(self) -> str:
        return "FIND"


FIND: Final = _Find()
"""``key=FIND`` (the default): the key comes from ``unlocking.key_for_open`` of the folder."""


def cipher_version() -> str | None:
    """The engine's cipher version (``"SQLite3 Multiple Ciphers 2.4.0"``); None without one."""
    return ENGINE_VERSION


def data_dir_of(path: Path | str) -> Path:
    """The data folder a file of it belongs to: its parent, or above ``backups/``."""
    parent = Path(path).absolute().parent
    return parent.parent if parent.name == BACKUPS_DIR else parent


def connect_key(path: Path | str) -> DataKey | None:
    """The data key :func:`connect` would use for ``path`` (the unlocking rule of its folder).

    Only the store file itself sets a new folder up (encrypted when the passphrase-file
    variable is set): another file in a folder without a store (a hub's refusal log opened
    first, a test's scratch file) is clear and leaves the folder as it was.

    Raises:
        StoreLockedError: the folder is encrypted and locked.
        StoreError: a wrong passphrase file, a damaged key file.
    """
    folder = data_dir_of(path)
    if Path(path).name != unlocking.STORE_FILE and (
        unlocking.protection_of(folder) is unlocking.Protection.NEW
    ):
        return None
    return unlocking.key_for_open(folder)


def is_clear_sqlite(path: Path | str) -> bool:
    """True when ``path`` starts with the clear SQLite header (False when unreadable)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def looks_encrypted(path: Path | str) -> bool:
    """True when ``path`` looks like an SQLCipher file: whole 4096-byte pages of random bytes.

    A heuristic (an encrypted page cannot be told from noise): no SQLite header, a size that is
    a whole number of pages, and a first page using nearly every byte value (random bytes use
    ~256 of 256 in 4096 bytes; text, JPEG headers and zero-filled files far fewer).
    """
    try:
        with open(path, "rb") as f:
            first = f.read(4096)
            size = f.seek(0, 2)
    except OSError:
        return False
    return (
        len(first) == 4096
        and size % 4096 == 0
        and not first.startswith(SQLITE_HEADER)
        and len(set(first)) > 200
    )


def _says_clear(folder: Path) -> bool:
    """True when ``folder``'s key file is a readable ``"mode": "clear"`` one."""
    from inspect_app.storage.protection import keyfile

    try:
        found = keyfile.load(folder)
    except keyfile.KeyFileError:
        return False
    return found is not None and not found.encrypted


def _refusal(path: Path | str, key: DataKey | None, exc: sqlite3.DatabaseError) -> StoreError:
    """The keyed refusal for a file SQLite (or SQLCipher) would not read."""
    if path != ":memory:" and "not a database" in str(exc):
        if key is not None and is_clear_sqlite(path):
            return StoreError(ProtectMsg.STORE_FILE_CLEAR(path=path, command=ENCRYPT_COMMAND))
        if key is not None:
            return StoreError(ProtectMsg.STORE_KEY_MISMATCH(path=path))
        folder = data_dir_of(path)
        if not (folder / KEY_FILE).exists() and looks_encrypted(path):
            return StoreError(ProtectMsg.KEY_FILE_MISSING(folder=folder, file=KEY_FILE))
        if looks_encrypted(path) and _says_clear(folder):  # written over an encrypted store
            return StoreError(
                ProtectMsg.KEY_FILE_DAMAGED(path=folder / KEY_FILE, reason="mode: clear")
            )
    return StoreError(StoreMsg.STORE_CANNOT_OPEN(path=path, reason=str(exc)))


def connect(
    path: Path | str,
    *,
    key: DataKey | None | _Find = FIND,
    readonly: bool = False,
    timeout: float = 10.0,
    check_same_thread: bool = True,
) -> sqlite3.Connection:
    """Open a connection to an SQLite file of a data folder, keyed when the folder is encrypted.

    Args:
        path: the file (``<data dir>/inspect.sqlite3``, a backup in ``<data dir>/backups/``,
            another file of the folder), or ``":memory:"`` (never keyed).
        key: the data key; :data:`FIND` asks ``unlocking.key_for_open(data_dir_of(path))``
            (which may set up encryption for a new folder when the passphrase-file variable
            is set); None opens the file clear.
        readonly: open with ``mode=ro`` (pool threads' readers; never creates the file).
        timeout: seconds to wait for another connection's lock.
        check_same_thread: as ``sqlite3.connect``.

    Returns:
        An open connection whose key has been proved by reading ``sqlite_master``.

    Raises:
        StoreLockedError: the folder is encrypted and locked (``ProtectMsg.LOCKED``).
        WrongPassphraseError: the passphrase file's passphrase is wrong.
        StoreError: a wrong key (``STORE_KEY_MISMATCH``), a clear file in an encrypted folder
            (``STORE_FILE_CLEAR``), an encrypted file without its key file
            (``KEY_FILE_MISSING``), a damaged key file, or any file SQLite will not open
            (``StoreMsg.STORE_CANNOT_OPEN``).
    """
    memory = str(path) == ":memory:"
    if memory:
        key = None
    elif isinstance(key, _Find):
        key = connect_key(path)
    target = f"{Path(path).resolve().as_uri()}?mode=ro" if readonly and not memory else str(path)
    try:
        conn = sqlite3.connect(
            target,
            uri=readonly and not memory,
            timeout=timeout,
            check_same_thread=check_same_thread,
        )
    except sqlite3.Error as exc:
        raise StoreError(StoreMsg.STORE_CANNOT_OPEN(path=path, reason=str(exc))) from exc
    try:
        if key is not None:
            if not ENCRYPTION_AVAILABLE:
                raise StoreError(ProtectMsg.ENCRYPTION_UNAVAILABLE(command=ENGINE_SETUP_COMMAND))
            for statement in key.store_pragmas():
                conn.execute(statement).fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _refusal(path, key, exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def write_encrypted_copy(source: Path | str, target: Path | str, key: DataKey) -> None:
    """Write the clear SQLite file ``source`` to ``target`` encrypted under ``key`` (fsynced).

    ``source`` must be whole on its own — a ``VACUUM INTO`` copy, or a file checkpointed with
    ``wal_checkpoint(TRUNCATE)`` that nobody writes meanwhile. Its bytes are copied to
    ``target`` (whatever was there, and its journal, removed first), which is then encrypted
    in place with ``PRAGMA rekey`` in the folder's page cipher — one transaction with a
    rollback journal: a kill leaves the clear copy whole, and the caller starts again.
    ``user_version`` and every table come along unchanged.

    Raises:
        StoreError: SQLite refused the copy (``STORE_CANNOT_OPEN``).
        OSError: the copy could not be written.
    """
    import shutil

    target = Path(target)
    for leftover in (target, *(Path(f"{target}{s}") for s in ("-journal", "-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    conn = sqlite3.connect(str(target))
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
        for statement in key.cipher_pragmas():
            conn.execute(statement).fetchall()
        conn.execute(f"PRAGMA rekey = {key.key_literal()}").fetchall()
    except sqlite3.DatabaseError as exc:
        raise StoreError(StoreMsg.STORE_CANNOT_OPEN(path=target, reason=str(exc))) from exc
    finally:
        conn.close()
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def open_database(path: Path | str, key: DataKey | None | _Find = FIND) -> Database:
    """Open (creating if needed) the store file at ``path`` with the store's pragmas.

    Args:
        path: the store file, or ``":memory:"`` (a scratch store).
        key: as :func:`connect` (default: the folder's key by the unlocking rule).

    Raises:
        StoreLockedError: the folder is encrypted and locked.
        StoreError: when the file cannot be opened as a store (see :func:`connect`).
    """
    conn = connect(path, key=key, check_same_thread=False)
    try:
        db = Database(conn)
        if str(path) != ":memory:":
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=FULL")
        # 64 MiB of page cache: the op log's indexes on random op ids outgrow the 2 MiB default
        # at ~30k ops, and every insert then reads pages from disk (import 100k: 2.5 → 1.9×).
        db.execute("PRAGMA cache_size=-65536")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(StoreMsg.STORE_CANNOT_OPEN(path=path, reason=str(exc))) from exc
    return db


def put_meta(db: Database, key: str, value: str) -> None:
    """Set one local ``meta`` value (inside the caller's write transaction)."""
    db.conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Run the block in one ``BEGIN IMMEDIATE`` transaction: all of it commits or none of it.

    Raises:
        StoreError: when the database is locked by another program or the disk is full.
    """
    conn = db.conn
    if conn.in_transaction:
        raise StoreError(StoreMsg.STORE_NESTED_TRANSACTION())
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(StoreMsg.STORE_BUSY(reason=str(exc))) from exc
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(StoreMsg.STORE_NOT_SAVED(reason=str(exc))) from exc
