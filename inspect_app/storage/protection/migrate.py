"""``db encrypt``: a clear store encrypted in place, safe against a kill at any moment.

The clear store (a store of a version before encryption, or one set up with
``--no-encryption``) becomes an encrypted one in four phases, written in a journal
(``encrypting/journal.json`` in the data folder, replaced atomically at each step):

1. ``prepared`` — the new key file is written to ``encrypting/protection.json``; with the
   clear store's write lock held (``BEGIN IMMEDIATE``: no other writer gets in) a consistent
   copy is made (``VACUUM INTO encrypting/clear-backup.sqlite3``), exported encrypted under
   the new key (copied, then ``PRAGMA rekey``: ``database.write_encrypted_copy``) into
   ``encrypting/encrypted.sqlite3`` and **verified**: ``PRAGMA integrity_check`` of the copy,
   every table's rows hashed alike in both, and the store's ``derived_digest`` equal. The
   live files are untouched: a kill leaves the clear store as it was; a re-run starts over.
2. ``switching`` — the commit point. The clear store file moves into ``encrypting/``
   (``clear-old.sqlite3``), the new key file and the encrypted store move into place. A
   kill part-way is finished by :func:`settle`, which ``unlocking.protection_of`` calls
   before it looks at a folder: every path that opens a store first rolls the switch forward.
3. ``sealing`` — the store is encrypted and opens; the other SQLite files of the folder
   (migration backups, the hub's refusal log) are encrypted one by one, and every evidence
   file and derived file is sealed (:mod:`.seal_files`), each atomically (a sealed copy
   renamed over the clear one). Clear and sealed files are read alike meanwhile.
4. ``cleanup`` — the clear copies in ``encrypting/`` are overwritten with zeros and deleted,
   then the journal. On SSDs and flash memory an overwrite does not reach every copy the
   device keeps (wear levelling, TRIM): ``ProtectMsg.MIGRATION_REMNANTS`` says so, and
   recommends full-disk encryption too.

The test hook :data:`TEST_KILL_ENV` makes the process kill itself (SIGKILL) at a named
step, so the tests can prove each point is safe with a real ``kill -9``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection import keyfile, session, unlocking
from inspect_app.storage.protection.keyfile import KEY_FILE, DataKey
from inspect_app.storage.protection.seal_files import fsync_dir_quietly as _fsync_dir

WORK_DIR = "encrypting"
"""The data folder's work folder of an encryption in progress."""
JOURNAL = "journal.json"
ENCRYPTED = "encrypted.sqlite3"
BACKUP = "clear-backup.sqlite3"
CLEAR_OLD = "clear-old.sqlite3"
STORE_FILE = unlocking.STORE_FILE
TEST_KILL_ENV = "INSPECT_APP_TEST_KILL_AT"
"""TEST HOOK ONLY: a step name (see :data:`KILL_POINTS`); the process SIGKILLs itself there."""
KILL_POINTS = (
    "after_key",
    "after_backup",
    "after_export",
    "after_verify",
    "after_commit",
    "mid_switch",
    "after_switch",
    "mid_sealing",
    "after_sealing",
    "mid_cleanup",
)
ENCRYPT_COMMAND = "inspect-app db encrypt"


class Phase:
    """The journal's phases (strings, as written)."""

    PREPARED = "prepared"
    SWITCHING = "switching"
    SEALING = "sealing"
    CLEANUP = "cleanup"


@dataclass
class EncryptReport:
    """What ``db encrypt`` did: the store switched now, files encrypted and sealed, removed."""

    data_dir: str
    store_encrypted_now: bool = False
    resumed_from: str | None = None
    side_files_encrypted: list[str] = field(default_factory=list)
    files_sealed: int = 0
    files_already_sealed: int = 0
    removed: list[str] = field(default_factory=list)
    left_clear: list[str] = field(default_factory=list)
    """Clear originals that do not hash to their names: left for ``db check`` to report."""


def test_kill_point(step: str) -> None:
    """TEST HOOK: SIGKILL this process when :data:`TEST_KILL_ENV` names ``step``."""
    if os.environ.get(TEST_KILL_ENV) == step and hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)


def work_dir(data_dir: Path) -> Path:
    """The folder of an encryption in progress (``<data dir>/encrypting``)."""
    return Path(data_dir) / WORK_DIR


def phase(data_dir: Path) -> str | None:
    """The journal's phase, or None when no encryption is in progress (or it is unreadable)."""
    try:
        raw = json.loads((work_dir(data_dir) / JOURNAL).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    found = raw.get("phase") if isinstance(raw, dict) else None
    return found if isinstance(found, str) else None


def _write_journal(data_dir: Path, new_phase: str) -> None:
    """Replace the journal atomically (temp, fsync, rename, fsync of the folder)."""
    folder = work_dir(data_dir)
    tmp = folder / f".{JOURNAL}.part"
    body = {"phase": new_phase, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps(body) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, folder / JOURNAL)
    _fsync_dir(folder)


def settle(data_dir: Path) -> None:
    """Finish a switch a kill interrupted (phase ``switching``); nothing in any other phase.

    Called by ``unlocking.protection_of`` (so by every path that opens a store) when the
    work folder exists: afterwards the folder holds a consistent store, old or new.

    Raises:
        OSError: a rename failed (the switch stays where it was; a later call finishes it).
    """
    if phase(data_dir) == Phase.SWITCHING:
        _roll_forward(Path(data_dir))


def _roll_forward(data_dir: Path) -> None:
    """Move the clear store aside and the new key file and encrypted store in (idempotent).

    ``encrypting/encrypted.sqlite3`` still there means the store was not moved in yet, so a
    ``inspect.sqlite3`` beside it is the clear one.
    """
    folder = work_dir(data_dir)
    encrypted = folder / ENCRYPTED
    if encrypted.exists():
        live = data_dir / STORE_FILE
        for suffix in ("", "-wal", "-shm", "-journal"):
            if Path(str(live) + suffix).exists():
                os.replace(str(live) + suffix, folder / (CLEAR_OLD + suffix))
        test_kill_point("mid_switch")
        pending = folder / KEY_FILE
        if pending.exists():
            os.replace(pending, data_dir / KEY_FILE)
        os.replace(encrypted, live)
        _fsync_dir(data_dir)
        _fsync_dir(folder)
    _write_journal(data_dir, Phase.SEALING)


# -- phase 1: the encrypted copy ---------------------------------------------------------------
def _table_digests(conn: Any) -> dict[str, str]:
    """SHA-256 of every table's rows (by rowid, or by every column), keyed by table name."""
    out: dict[str, str] = {}
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for name in sorted(names):
        quoted = '"' + name.replace('"', '""') + '"'
        digest = hashlib.sha256()
        try:
            rows = conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
        except Exception:  # noqa: BLE001 - WITHOUT ROWID or virtual: order by every column
            width = len(conn.execute(f"SELECT * FROM {quoted} LIMIT 0").description)
            order = ", ".join(str(i + 1) for i in range(width))
            rows = conn.execute(f"SELECT * FROM {quoted} ORDER BY {order}")
        for row in rows:
            digest.update(repr(row).encode("utf-8"))
        out[name] = digest.hexdigest()
    return out


def _store_digests(conn: Any) -> tuple[dict[str, str], str, int]:
    """Every table's digest, the store's ``derived_digest`` and ``user_version``."""
    from sqlite_utils import Database

    from inspect_app.storage.projection import derived_digest

    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    derived = derived_digest(Database(conn)) if version else ""
    return _table_digests(conn), derived, version


def _export_encrypted(source: Path, target: Path, key: DataKey) -> None:
    """Write ``source`` (clear) encrypted under ``key`` to ``target`` (fsynced).

    Raises:
        StoreError: SQLite refused (``STORE_CANNOT_OPEN``).
    """
    from inspect_app.storage.database import write_encrypted_copy

    write_encrypted_copy(source, target, key)


def _verify(clear: Path, encrypted: Path, key: DataKey) -> None:
    """Check the encrypted copy: integrity, every table and the derived digest equal.

    Raises:
        StoreError: ``ProtectMsg.MIGRATION_VERIFY_FAILED`` (nothing is switched).
    """
    from inspect_app.storage.database import connect

    plain = connect(clear, key=None)
    sealed = connect(encrypted, key=key)
    try:
        check = sealed.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise StoreError(ProtectMsg.MIGRATION_VERIFY_FAILED(path=clear, what=str(check)))
        before, after = _store_digests(plain), _store_digests(sealed)
    finally:
        plain.close()
        sealed.close()
    if before[0] != after[0]:
        differ = sorted(t for t in {*before[0], *after[0]} if before[0].get(t) != after[0].get(t))
        raise StoreError(ProtectMsg.MIGRATION_VERIFY_FAILED(path=clear, what=", ".join(differ)))
    if before[1:] != after[1:]:
        raise StoreError(ProtectMsg.MIGRATION_VERIFY_FAILED(path=clear, what="derived_digest"))


def _prepare(data_dir: Path, passphrase: str) -> DataKey:
    """Phase 1: new key file, consistent backup, encrypted copy, verified; then the switch.

    Raises:
        StoreError: the store is busy in another program, or the copy does not verify.
        ValidationError: the passphrase is too short.
    """
    from inspect_app.storage.database import connect, looks_encrypted
    from inspect_app.storage.hygiene import make_private_dir

    passphrase = unlocking.check_new_passphrase(passphrase)
    if looks_encrypted(data_dir / STORE_FILE):  # its key file is gone or says clear (H8)
        if (data_dir / KEY_FILE).exists():
            raise StoreError(
                ProtectMsg.KEY_FILE_DAMAGED(path=data_dir / KEY_FILE, reason="mode: clear")
            )
        raise StoreError(ProtectMsg.KEY_FILE_MISSING(folder=data_dir, file=KEY_FILE))
    folder = make_private_dir(work_dir(data_dir))
    for leftover in folder.iterdir():  # an earlier attempt that never reached the switch
        _wipe(leftover)
    _write_journal(data_dir, Phase.PREPARED)
    made, key = keyfile.new_encrypted(passphrase)
    made.save(folder)
    test_kill_point("after_key")
    live = data_dir / STORE_FILE
    holder = connect(live, key=None, timeout=30.0)
    try:
        holder.execute("BEGIN IMMEDIATE")  # no other writer until the copy is made
        copier = connect(live, key=None)
        try:
            copier.execute("VACUUM INTO ?", [str(folder / BACKUP)])
        finally:
            copier.close()
        holder.rollback()
    finally:
        holder.close()
    test_kill_point("after_backup")
    try:
        _export_encrypted(folder / BACKUP, folder / ENCRYPTED, key)
        test_kill_point("after_export")
        _verify(folder / BACKUP, folder / ENCRYPTED, key)
        test_kill_point("after_verify")
        _require_unchanged_and_closed(data_dir, folder / BACKUP)
    except StoreError:  # refused before the switch: the clear store stays, its copies go
        _wipe(folder)
        raise
    _write_journal(data_dir, Phase.SWITCHING)  # the commit point
    test_kill_point("after_commit")
    _roll_forward(data_dir)
    test_kill_point("after_switch")
    session.remember(data_dir, key)
    return key


def _require_unchanged_and_closed(data_dir: Path, backup: Path) -> None:
    """Refuse the switch when another program has the store open or wrote since the copy.

    SQLite removes ``-wal`` when the last connection closes after a checkpoint: one left
    after ours closed means another connection is open (the window, a hub).

    Raises:
        StoreError: ``ProtectMsg.MIGRATION_STORE_BUSY``.
    """
    from inspect_app.storage.database import connect

    live = data_dir / STORE_FILE
    conn = connect(live, key=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        now = _table_digests(conn)
    finally:
        conn.close()
    busy = any(Path(str(live) + s).exists() for s in ("-wal", "-shm", "-journal"))
    copy = connect(backup, key=None)
    try:
        copied = _table_digests(copy)
    finally:
        copy.close()
    if busy or now != copied:
        raise StoreError(ProtectMsg.MIGRATION_STORE_BUSY(path=live, command=ENCRYPT_COMMAND))


# -- phase 4: removing the clear copies --------------------------------------------------------
def _wipe(path: Path) -> None:
    """Overwrite a file with zeros (fsynced), then delete it; a folder is emptied and removed.

    The overwrite reaches the blocks of a hard disk; on SSDs and flash it may not (see the
    module's docstring).
    """
    if path.is_dir():
        for inner in path.iterdir():
            _wipe(inner)
        with contextlib.suppress(OSError):
            path.rmdir()
        return
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
        with open(path, "r+b") as f:
            zeros = bytes(1 << 20)
            left = size
            while left > 0:
                left -= f.write(zeros[: min(left, len(zeros))])
            f.flush()
            os.fsync(f.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _cleanup(data_dir: Path, report: EncryptReport) -> None:
    folder = work_dir(data_dir)
    _write_journal(data_dir, Phase.CLEANUP)
    for name in sorted(p.name for p in folder.iterdir()):
        if name in (JOURNAL, f".{JOURNAL}.part"):
            continue
        _wipe(folder / name)
        report.removed.append(f"{WORK_DIR}/{name}")
        test_kill_point("mid_cleanup")
    _wipe(folder / JOURNAL)
    with contextlib.suppress(OSError):
        folder.rmdir()
    _fsync_dir(data_dir)


# -- the whole job -----------------------------------------------------------------------------
def needs_new_passphrase(data_dir: Path) -> bool:
    """True when ``db encrypt`` sets a new passphrase (nothing committed yet).

    False when it finishes a job past the switch, or seals what is left in an encrypted
    store: that needs the store's existing passphrase.
    """
    found = phase(data_dir)
    if found in (Phase.SWITCHING, Phase.SEALING, Phase.CLEANUP):
        return False
    return unlocking.protection_of(data_dir) is not unlocking.Protection.ENCRYPTED


def encrypt(
    data_dir: Path,
    passphrase: str | None,
    key: DataKey | None = None,
    seal_derived: Callable[[Path, DataKey], int] | None = None,
) -> EncryptReport:
    """Encrypt the clear store in ``data_dir`` in place, or finish an interrupted encryption.

    Args:
        data_dir: the data folder.
        passphrase: the new passphrase (when :func:`needs_new_passphrase`), else unused.
        key: the unlocked data key of an encrypted folder (an interrupted job past the
            switch, or sealing what is left); None takes the one unlocked in this process.
        seal_derived: seals the clear derived files (``Derivatives.seal_clear`` of the
            photos layer, above this one); returns how many.

    Raises:
        StoreError: busy store, a copy that does not verify, a locked folder (``LOCKED``).
        ValidationError: a new passphrase too short.
        OSError: a file could not be written (the folder stays usable; run again).
    """
    from inspect_app.storage.protection import seal_files

    data_dir = Path(data_dir)
    report = EncryptReport(str(data_dir))
    report.resumed_from = phase(data_dir)
    settle(data_dir)
    if needs_new_passphrase(data_dir):
        if not (data_dir / STORE_FILE).exists():
            raise StoreError(ProtectMsg.NOTHING_TO_ENCRYPT(folder=data_dir))
        if passphrase is None:
            raise StoreError(ProtectMsg.PASSPHRASE_EMPTY())
        key = _prepare(data_dir, passphrase)
        report.store_encrypted_now = True
    elif key is None:
        key = session.key_for(data_dir) or unlocking.key_for_open(data_dir)
        if key is None:  # a clear folder that is not ours to finish: nothing to do
            raise StoreError(ProtectMsg.NOTHING_TO_ENCRYPT(folder=data_dir))
    report.side_files_encrypted = seal_files.encrypt_side_databases(data_dir, key)
    sealed, already, left = seal_files.seal_folder_files(data_dir, key, seal_derived)
    report.files_sealed, report.files_already_sealed = sealed, already
    report.left_clear = left
    test_kill_point("after_sealing")
    if work_dir(data_dir).exists():
        _cleanup(data_dir, report)
    return report
