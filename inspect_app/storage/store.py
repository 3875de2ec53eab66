"""The store: one SQLite file plus a folder of photo files, and its single write path.

Every change goes through :meth:`Store.write`: each :class:`Change` is validated, stamped
into an :class:`Op` (replica id, sequence number, previous op id, hybrid logical clock,
officer, entity heads), appended to the op log and applied to the derived tables, all in
one transaction. Nothing else writes the tables.

Layout of a data directory::

    inspect.sqlite3      the store (WAL)
    photos/ab/abcd…      original evidence photos by SHA-256, read-only
    derived/             thumbnails and print copies (regenerable)
    backups/             copies made before schema migrations
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlite_utils import Database

from inspect_app.domain.entities import spec_for
from inspect_app.domain.errors import InspectError, StoreError, ValidationError
from inspect_app.domain.hlc import Hlc, HybridClock
from inspect_app.domain.merge import LIFECYCLE
from inspect_app.domain.messages import Message, MessageKind, all_kinds
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.domain.messages.store import StoreMsg, entity_label
from inspect_app.domain.ops import Change, Op, OpKind
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage import oplog
from inspect_app.storage.blobs import BlobState, BlobStore, file_references_sql
from inspect_app.storage.database import open_database, put_meta, write_transaction
from inspect_app.storage.high_water import HighWater
from inspect_app.storage.hygiene import HygieneReport, make_private_dir, tidy_data_dir
from inspect_app.storage.judge import Judge, consequences
from inspect_app.storage.keys import (
    BOX_KEY_META,
    SignatureBatches,
    box_public_hex,
    load_or_create_box_key,
    load_or_create_key,
    new_box_key,
    new_key,
    public_hex,
    sign_op,
)
from inspect_app.storage.migrations import migrate
from inspect_app.storage.projection import derived_digest, rebuild_all, recompute, replay
from inspect_app.storage.protection import session, unlocking
from inspect_app.storage.protection.keyfile import DataKey
from inspect_app.storage.protection.status import ProtectionStatus, protection_status
from inspect_app.storage.protection.unlocking import Protection
from inspect_app.storage.scope import not_here_files, outside_frontier
from inspect_app.storage.sealed_files import SealedFileError
from inspect_app.storage.search import index_digest

log = logging.getLogger(__name__)

OWN_HEAD = "own_head:"
"""``meta`` key prefix: the newest op this store itself wrote under a replica id."""

WRITE_BLOCKED = "write_blocked"
"""``meta`` key: why this laptop stopped writing, as an English sentence (absent: it writes)."""
WRITE_BLOCKED_MESSAGE = "write_blocked_message"
"""``meta`` key: the same reason as a keyed message, JSON ``{"message_id", "params"}``."""

DB_NAME = "inspect.sqlite3"
MAX_CLOCK_LEAD_MS = 10 * 60 * 1000
"""A remote timestamp further ahead of local time than this never moves the local clock."""


def normalise(change: Change) -> dict[str, object]:
    """Return ``change.data`` in the normalised form ops carry (trimmed text, known fields).

    This is the author's half of validation (turning what a person typed into canonical
    values); the :class:`~inspect_app.storage.judge.Judge` then checks the op built from it
    like any received op.

    Raises:
        ValidationError: an unknown entity, field or set, or a value that breaks a rule.
    """
    spec = spec_for(change.entity)
    kind, data = change.kind, change.data
    if kind is OpKind.CREATE:
        return spec.validate_fields(data, creating=True)
    if kind in (OpKind.SET, OpKind.RESOLVE):
        if not data:
            raise ValidationError(StoreMsg.STORE_NOTHING_TO_CHANGE())
        rest = {k: v for k, v in data.items() if k != LIFECYCLE}
        clean = spec.validate_fields(rest, creating=False) if rest else {}
        if LIFECYCLE in data:
            if kind is not OpKind.RESOLVE:
                raise ValidationError(
                    StoreMsg.STORE_NO_SUCH_FIELD(
                        entity=entity_label(change.entity), field=LIFECYCLE
                    )
                )
            clean[LIFECYCLE] = bool(data[LIFECYCLE])
        return clean
    if kind in (OpKind.WITHDRAW, OpKind.RESTORE):
        return {}
    clean = {}
    for set_name, members in data.items():
        if set_name not in spec.sets:
            raise ValidationError(
                StoreMsg.STORE_NO_SUCH_SET(entity=entity_label(change.entity), name=repr(set_name))
            )
        if not isinstance(members, list) or not members:
            raise ValidationError(StoreMsg.STORE_SET_NEEDS_IDS(name=set_name))
        clean[set_name] = sorted(set(members), key=members.index)
    return clean


def put_write_block(db: Database, message: Message) -> None:
    """Stop writing on this laptop, saying why (inside the caller's write transaction).

    ``meta.write_blocked`` holds the English sentence (what older versions and logs read);
    ``meta.write_blocked_message`` the keyed message, read back by :meth:`Store.write_block`.
    """
    put_meta(db, WRITE_BLOCKED, message.english())
    keyed = {"message_id": message.id, "params": message.json_params()}
    put_meta(db, WRITE_BLOCKED_MESSAGE, json.dumps(keyed, ensure_ascii=False))


def _keyed_block(english: str, stored: str | None) -> Message | None:
    """The keyed message saved with a write block, if it still says ``english``."""
    try:
        keyed = json.loads(stored or "")
        kind = _kinds_by_id()[keyed["message_id"]]
        message = Message(kind, dict(keyed["params"]))
    except (ValueError, KeyError, TypeError):
        return None
    return message if message.english() == english else None


@functools.cache
def _kinds_by_id() -> dict[str, MessageKind]:
    return {kind.id: kind for kind in all_kinds()}


_MISSING = StoreMsg.STORE_EVIDENCE_MISSING.id
"""A file no longer here: for a dependency's file, "not on this laptop" (scoped pull)."""


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class ResetReport:
    """What :meth:`Store.reset_identity` did.

    Attributes:
        replica_id: the new identity (a team lead must enrol it).
        previous_id: the old identity.
        rewritten: ops of a forked history written again under the new identity.
        not_rewritten: ``{"op_id", "reason"}`` for ops that could not be (e.g. a record
            that was withdrawn meanwhile); they stay held under the old identity.
    """

    replica_id: str
    previous_id: str
    rewritten: int = 0
    not_rewritten: list[dict[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class CheckReport:
    """Result of :meth:`Store.check`.

    Attributes:
        integrity: ``PRAGMA integrity_check`` lines (``["ok"]`` when sound) or the error.
        chain_breaks: problems in the op log (hash, sequence, prev link).
        tables_match_log: the derived tables equal a replay of the log.
        op_count: ops in the log.
        photo_problems: (sha256, problem) for evidence files missing or not matching their hash
            (``StoreMsg.STORE_EVIDENCE_MISSING`` / ``STORE_EVIDENCE_ALTERED``).
        held: ops in the log the judge did not apply, by code — held by design, not a break.
        quarantined: ops kept outside the log, by code — also by design.
        forks: replica id → sequence number where it was seen with two histories.
        write_blocked: why this laptop stopped writing (English), or None.
        waiting_gaps: other replicas' chains with ops not arrived yet (sync fills them).
        outside_gaps: gaps in other replicas' chains outside this laptop's scope (scoped
            pull, issue 15): every missing op was held by the hub at the last complete
            scoped pull and left out (``storage/scope.outside_frontier``) — by design.
        not_here: SHA-256 of evidence files named only by records held as dependencies of
            this laptop's scope and not on it (``storage/scope.not_here_files``) — not
            problems: they are downloaded when such a record is fetched.
        protection: the data folder's protection at rest (None: not read, a scratch store);
            a clear folder or weak passphrase parameters warn but never fail the check.
    """

    integrity: list[str]
    chain_breaks: list[oplog.ChainBreak]
    tables_match_log: bool
    op_count: int
    photo_problems: list[tuple[str, Message]] = field(default_factory=list)
    held: dict[str, int] = field(default_factory=dict)
    quarantined: dict[str, int] = field(default_factory=dict)
    forks: dict[str, int] = field(default_factory=dict)
    write_blocked: str | None = None
    waiting_gaps: int = 0
    protection: ProtectionStatus | None = None
    outside_gaps: int = 0
    not_here: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the file, the chain, the tables and every evidence file are sound."""
        return (
            self.integrity == ["ok"]
            and not self.chain_breaks
            and self.tables_match_log
            and not self.photo_problems
        )


class Store:
    """An open store. Use :meth:`open`; close with :meth:`close` (or ``with``).

    Thread use: one write at a time (a lock serialises :meth:`write`); reads may come from
    any thread that holds no transaction.
    """

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        replica_id: str,
        clock: HybridClock,
        data_key: DataKey | None = None,
    ) -> None:
        """Wrap an opened, migrated database. Prefer :meth:`open`.

        ``data_key`` is the folder's data key; None takes the one unlocked in this process
        (a second connection of an open store: the window's pool readers), which is None for
        a clear folder.
        """
        self.db = db
        self.data_dir = data_dir
        self.data_key: DataKey | None = data_key or session.key_for(data_dir)
        """The data key blobs are sealed with (None: a clear folder)."""
        self._protection: Protection | None = None
        self.replica_id = replica_id
        self.clock = clock
        self.backup_made: Path | None = None
        self.key = load_or_create_key(db)
        self._box_key: X25519PrivateKey | None = None
        self._lock = threading.RLock()
        self.high_water: HighWater | None = HighWater(data_dir)
        self.hygiene = HygieneReport(data_dir)

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open (creating if needed) the store in ``data_dir`` and migrate it.

        Raises:
            StoreError: when the folder cannot be created or the file is not a usable store.
        """
        if data_dir.exists() and not data_dir.is_dir():
            raise StoreError(StoreMsg.STORE_NOT_A_FOLDER(folder=data_dir))
        try:
            make_private_dir(data_dir)
        except OSError as exc:
            raise StoreError(
                StoreMsg.STORE_FOLDER_NOT_CREATED(folder=data_dir, reason=str(exc.strerror or exc))
            ) from exc
        if (data_dir / "encrypting").is_dir():  # a 'db encrypt' a kill interrupted (issue 14):
            from inspect_app.storage.protection import migrate as encrypting

            encrypting.settle(data_dir)  # its switch is finished before the files are looked at
        path = data_dir / DB_NAME
        if path.exists() and path.stat().st_size == 0:
            raise StoreError(StoreMsg.STORE_FILE_EMPTY(path=path, backups=data_dir / "backups"))
        photos = data_dir / "photos"
        if not path.exists() and photos.is_dir() and any(photos.iterdir()):
            raise StoreError(StoreMsg.STORE_FILE_MISSING(path=path, photos=photos))
        if path.exists() and not os.access(data_dir, os.W_OK):
            raise StoreError(StoreMsg.STORE_FOLDER_READ_ONLY(folder=data_dir))
        new = not path.exists()
        # the one unlocking rule: locked → StoreLockedError (ProtectMsg.LOCKED); a new folder
        # with a passphrase file is set up encrypted; a wrong passphrase changes nothing
        data_key = unlocking.key_for_open(data_dir)
        db = open_database(path, key=data_key)
        if new and os.name != "nt":  # owner-only from birth, before anything is in it
            for made_now in (path, *path.parent.glob(DB_NAME + "-*")):
                with contextlib.suppress(OSError):
                    os.chmod(made_now, 0o600)
        try:
            made = migrate(db, data_dir / "backups")
            replica_id = cls._ensure_replica_id(db)
            with write_transaction(db):
                key = load_or_create_key(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(StoreMsg.STORE_NOT_USABLE(path=path, reason=str(exc))) from exc
        except StoreError:
            db.close()
            raise
        store = cls(db, data_dir, replica_id, HybridClock(), data_key)
        try:
            return store._finish_open(key, made, data_key)
        except sqlite3.DatabaseError as exc:  # a damaged page past the schema (issue 14: one
            db.close()  # the page cipher refuses, e.g. in the op log's index): keyed, not raw
            raise StoreError(StoreMsg.STORE_NOT_USABLE(path=path, reason=str(exc))) from exc

    def _finish_open(
        self, key: Ed25519PrivateKey, made: Path | None, data_key: DataKey | None
    ) -> Store:
        """The rest of :meth:`open` on the migrated store: checks, tidying, own replica record.

        Raises:
            sqlite3.DatabaseError: a page that cannot be read (:meth:`open` makes it keyed).
        """
        store, db, data_dir, replica_id = self, self.db, self.data_dir, self.replica_id
        store.data_key = data_key
        store.key = key
        store.backup_made = made
        store._sign_legacy_ops()
        store._check_high_water()
        store.hygiene = tidy_data_dir(data_dir)  # owner-only modes, leftovers of killed writes
        for line in store.hygiene.lines():
            log.warning("data folder %s: %s", data_dir, line)
        if store.setting("needs_rebuild"):
            store.rebuild(force=True)
            with write_transaction(db):
                db.conn.execute("DELETE FROM meta WHERE key = 'needs_rebuild'")
        if not store.exists("replica", replica_id, include_withdrawn=True):
            store.write(
                [
                    Change(
                        OpKind.CREATE,
                        "replica",
                        replica_id,
                        {
                            "public_key": public_hex(key),
                            "status": "active",
                            "box_key": box_public_hex(store.box_key),
                        },
                    )
                ],
                None,
            )
        else:
            store._publish_box_key()
        # issue 14: the data key wrapped for the team's recovery key(s), once each (cheap after)
        from inspect_app.storage.protection.recovery import ensure_recovery_wraps

        ensure_recovery_wraps(data_dir, db.conn, data_key)
        return store

    @property
    def box_key(self) -> X25519PrivateKey:
        """This replica's X25519 box key (bundles are sealed to its public half).

        Created in ``meta`` on first use (:func:`~inspect_app.storage.keys.load_or_create_box_key`).
        """
        if self._box_key is None:
            with self._lock, write_transaction(self.db):
                self._box_key = load_or_create_box_key(self.db)
        return self._box_key

    def _publish_box_key(self) -> None:
        """Write ``replica.box_key`` for this replica once (a store made before schema v11).

        Only the replica itself sets its box key (the judge's rule). A store whose writes are
        blocked, or whose own record refuses the change, publishes it later: logged, not raised.
        """
        public = box_public_hex(self.box_key)
        found = self.db.conn.execute(
            "SELECT box_key FROM replica WHERE id = ?", [self.replica_id]
        ).fetchone()
        if found is None or found[0] == public or self.write_block() is not None:
            return
        try:
            self.write([Change(OpKind.SET, "replica", self.replica_id, {"box_key": public})], None)
        except (ValidationError, StoreError) as exc:
            log.warning("box key of replica %s not published: %s", self.replica_id, exc)

    def _check_high_water(self) -> None:
        """Stop writing when the log ends before what this laptop is known to have written.

        See :mod:`inspect_app.storage.high_water`: a backup (or another laptop's copy) was
        copied over the data folder. Nothing is changed but the write block.
        """
        if self.high_water is None:
            return
        mark = self.high_water.read(self.replica_id)
        if mark is None:
            return
        seq, op_id = mark
        last, _ = oplog.last_op(self.db, self.replica_id)
        found = self.db.conn.execute(
            "SELECT op_id FROM ops WHERE replica = ? AND seq = ?", [self.replica_id, seq]
        ).fetchone()
        if last >= seq and found is not None and found[0] == op_id:
            return
        self.block_writes(
            StoreMsg.STORE_OTHER_HISTORY(  # op numbers are names, not amounts: no separators
                seq=str(seq), last=str(last), command="inspect-app replica reset"
            )
        )

    def _sign_legacy_ops(self) -> None:
        """Sign this replica's ops written before signatures existed (schema v1), once.

        Runs only after the v2 upgrade (``meta.sign_legacy_ops``), so opening a store never
        scans its log.
        """
        if not self.setting("sign_legacy_ops"):
            return
        unsigned = self.db.conn.execute(
            "SELECT op_id FROM ops WHERE replica = ? AND sig IS NULL", [self.replica_id]
        ).fetchall()
        if unsigned:
            with self._lock, write_transaction(self.db):
                self.db.conn.executemany(
                    "UPDATE ops SET sig = ? WHERE op_id = ?",
                    [(sign_op(self.key, op_id), op_id) for (op_id,) in unsigned],
                )
        with self._lock, write_transaction(self.db):
            self.db.conn.execute("DELETE FROM meta WHERE key = 'sign_legacy_ops'")

    def reset_identity(self, adopt_other_history: bool = False) -> ResetReport:
        """Give this store a new replica id and key pair (after a clone or a restore).

        Ops already written keep their old replica id (history is never rewritten); new ops
        are written under the new id, which a team lead must enrol. When the old identity's
        history forked (another copy wrote different ops under the same sequence numbers),
        every op of *this* copy's history from the fork on is written again under the new
        identity — same change, same officer — so it reaches every replica; the originals
        stay held by design. With ``adopt_other_history`` (a laptop restored from a backup,
        whose other history was its own past) the ops of the other history that arrived here
        are written again too.

        Returns:
            What was done: the new and old ids and how many ops were written again.

        Raises:
            StoreError: the store could not be written.
        """
        old = self.replica_id
        key, raw = new_key()
        replica_id = uuid.uuid4().hex
        with self._lock, write_transaction(self.db):
            put_meta(self.db, "replica_id", replica_id)
            put_meta(self.db, "replica_private_key", raw)
            box, box_raw = new_box_key()
            put_meta(self.db, BOX_KEY_META, box_raw)
            self.db.conn.execute(
                "DELETE FROM meta WHERE key IN (?, ?)", [WRITE_BLOCKED, WRITE_BLOCKED_MESSAGE]
            )
        self.replica_id, self.key, self._box_key = replica_id, key, box
        self.write(
            [
                Change(
                    OpKind.CREATE,
                    "replica",
                    replica_id,
                    {
                        "public_key": public_hex(key),
                        "status": "active",
                        "box_key": box_public_hex(box),
                    },
                )
            ],
            None,
        )
        report = ResetReport(replica_id, old)
        fork = self.db.conn.execute("SELECT seq FROM forks WHERE replica = ?", [old]).fetchone()
        if fork is None:
            return report
        bodies = self._forked_history(old, int(fork[0]), adopt_other_history)
        for body in bodies:
            try:
                op = Op.from_body_json(body)
            except ValueError:
                continue
            if op.replica != old or op.entity == "replica" or not isinstance(op.kind, OpKind):
                continue
            try:
                change = Change(op.kind, op.entity, op.entity_id, op.data, reason=op.reason)
                self.write([change], op.officer)
            except InspectError as exc:
                report.not_rewritten.append({"op_id": op.op_id, "reason": str(exc)})
            else:
                report.rewritten += 1
        return report

    def _forked_history(self, old: str, fork: int, adopt_other: bool) -> list[str]:
        """Bodies of ``old``'s ops from ``fork`` on to write again, in sequence order.

        This copy's own history is the chain back from the newest op it wrote (``prev`` links,
        in the log or kept outside it); with ``adopt_other`` every other op of ``old`` from
        the fork on is added (each history is whole in itself, so sequence order puts every
        record's create before its edits). A store without the own-head mark (written by an
        older version) takes its log's ops.
        """
        conn = self.db.conn
        found: dict[str, tuple[int, str | None, str]] = {}
        for op_id, seq, prev, body in conn.execute(
            "SELECT op_id, seq, prev, body FROM ops WHERE replica = ? AND seq >= ?", [old, fork]
        ):
            found[op_id] = (int(seq), prev, body)
        in_log = set(found)
        for op_id, body in conn.execute("SELECT op_id, body FROM quarantine"):
            try:
                op = Op.from_body_json(body)
            except ValueError:
                continue
            if op.replica == old and op.seq >= fork:
                found[op_id] = (op.seq, op.prev, body)
        head = self.setting(OWN_HEAD + old)
        if head is None:
            own = in_log
        else:
            own, cursor = set(), head
            while cursor in found:
                own.add(cursor)
                cursor = found[cursor][1] or ""
        chosen = [i for i in found if i in own or adopt_other]
        chosen.sort(key=lambda i: (found[i][0], i not in own))
        return [found[i][2] for i in chosen]

    @property
    def public_key(self) -> str:
        """This replica's Ed25519 public key, 64 hex characters."""
        return public_hex(self.key)

    def _observe_clock(self) -> None:
        """Move the clock past the newest op that is not implausibly far in the future."""
        limit = Hlc(time.time_ns() // 1_000_000 + MAX_CLOCK_LEAD_MS, 9999)
        newest = self.db.conn.execute(
            "SELECT max(hlc) FROM ops WHERE hlc <= ?", [str(limit)]
        ).fetchone()[0]
        if newest:
            self.clock.observe(Hlc.parse(newest))

    @staticmethod
    def _ensure_replica_id(db: Database) -> str:
        row = db.conn.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()
        if row:
            return str(row[0])
        replica_id = uuid.uuid4().hex
        with write_transaction(db):
            db.conn.execute("INSERT INTO meta (key, value) VALUES ('replica_id', ?)", [replica_id])
        return replica_id

    @property
    def protection(self) -> Protection:
        """The data folder's protection state (read from its key file once).

        Raises:
            StoreError: a damaged key file.
        """
        if self._protection is None:
            self._protection = unlocking.protection_of(self.data_dir)
        return self._protection

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def photos_dir(self) -> Path:
        """Folder of the original photo files."""
        return self.data_dir / "photos"

    @property
    def derived_dir(self) -> Path:
        """Folder of thumbnails and print copies (sealed under :attr:`data_key` when set)."""
        return self.data_dir / "derived"

    @property
    def blobs(self) -> BlobStore:
        """The evidence originals of :attr:`photos_dir`, sealed under :attr:`data_key`.

        Every reader and writer of evidence files goes through it (never a file path).
        """
        return BlobStore(self.photos_dir, self.data_key)

    # -- local settings (not synced) ----------------------------------------------------------
    def setting(self, key: str) -> str | None:
        """Return one local setting of this replica (e.g. ``current_officer``), or None."""
        row = self.db.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        """Store one local setting of this replica (not an op: it never syncs)."""
        with self._lock, write_transaction(self.db):
            put_meta(self.db, key, value)

    def block_writes(self, message: Message) -> None:
        """Stop writing on this laptop until :meth:`reset_identity`, saying why.

        Every later :meth:`write` raises ``StoreMsg.STORE_WRITING_STOPPED`` with ``message``
        as its reason. Inside a write transaction already, use :func:`put_write_block`.
        """
        with self._lock, write_transaction(self.db):
            put_write_block(self.db, message)

    def write_block(self) -> Message | str | None:
        """Why this laptop stopped writing: the keyed message, or None when it writes.

        A reason saved as an English sentence only (by an older version) comes back as that
        ``str``.
        """
        blocked = self.setting(WRITE_BLOCKED)
        if not blocked:
            return None
        return _keyed_block(blocked, self.setting(WRITE_BLOCKED_MESSAGE)) or blocked

    # -- the write path -----------------------------------------------------------------------
    def write(self, changes: Sequence[Change], officer: str | None) -> list[Op]:
        """Normalise ``changes``, judge them as ops, append and apply them, in one transaction.

        Each change is normalised (:func:`normalise`), stamped into an op and judged by the
        same :class:`~inspect_app.storage.judge.Judge` that judges ops from other replicas
        (with the author's preconditions added).

        Args:
            changes: what to change, applied in order (later ones may refer to earlier ones).
            officer: id of the officer acting; None only for setting up agencies and officers.

        Returns:
            The ops written, in order.

        Raises:
            ValidationError: a field value breaks a rule, or no officer is given.
            NotFoundError: a change names a record (or reference) that does not exist.
            StoreError: the database could not be written, or writing is stopped on this
                laptop (cloned or restored); nothing was written.
        """
        with self._lock, write_transaction(self.db):
            blocked = self.write_block()
            if blocked:
                raise StoreError(StoreMsg.STORE_WRITING_STOPPED(reason=blocked))
            self._observe_clock()
            judge = Judge(self)
            written = []
            for change in changes:
                clean = normalise(change)
                seq, prev = oplog.last_op(self.db, self.replica_id)
                op = Op.make(
                    replica=self.replica_id,
                    seq=seq + 1,
                    prev=prev,
                    hlc=str(self.clock.tick()),
                    wall=_utc_now(),
                    officer=officer,
                    kind=change.kind,
                    entity=change.entity,
                    entity_id=change.entity_id,
                    data=clean,
                    deps=oplog.heads(self.db, change.entity, change.entity_id),
                    reason=change.reason,
                )
                refusal = judge.judge(op, authoring=True)
                if refusal is not None:
                    raise refusal.error
                oplog.append(self.db, op, sign_op(self.key, op.op_id))
                recompute(self.db, change.entity, change.entity_id)
                for entity, entity_id in consequences(self.db.conn, op):
                    recompute(self.db, entity, entity_id)
                written.append(op)
            if written:  # this copy's own history, told apart from another copy's after a fork
                put_meta(self.db, OWN_HEAD + self.replica_id, written[-1].op_id)
        if written and self.high_water is not None:
            self.high_water.mark(self.replica_id, written[-1].seq, written[-1].op_id)
        return written

    def require_lead(self, officer: str | None) -> None:
        """Raise :class:`ValidationError` unless ``officer`` is a live team lead."""
        row = self.db.conn.execute(
            "SELECT role FROM officer WHERE id = ? AND withdrawn = 0", [officer]
        ).fetchone()
        if row is None or row[0] != "lead":
            raise ValidationError(StoreMsg.STORE_LEAD_ONLY())

    def exists(self, entity: str, entity_id: str, include_withdrawn: bool = False) -> bool:
        """True if the record exists (and, unless ``include_withdrawn``, is not withdrawn)."""
        spec_for(entity)
        sql = f"SELECT withdrawn FROM {entity} WHERE id = ?"
        row = self.db.conn.execute(sql, [entity_id]).fetchone()
        return row is not None and (include_withdrawn or row[0] == 0)

    # -- audit and repair ---------------------------------------------------------------------
    def history(self, entity: str, entity_id: str) -> list[Op]:
        """Return one record's ops (its audit trail), oldest first."""
        return oplog.ops_of(self.db, entity, entity_id)

    def op_count(self) -> int:
        """Number of ops in the log."""
        return int(self.db.conn.execute("SELECT count(*) FROM ops").fetchone()[0])

    def rebuild(self, force: bool = False) -> int:
        """Rebuild every derived table from the op log in one transaction; return ops applied.

        Refused while the op log's hash chain is broken (a tampered log must not become the
        tables) unless ``force``.

        Raises:
            StoreError: the chain is broken, or an op cannot be read or applied (the old tables
                are kept).
        """
        if not force:
            breaks = oplog.check_chain(self.db)
            if breaks:
                raise StoreError(
                    StoreMsg.STORE_REBUILD_REFUSED(
                        breaks=len(breaks),
                        position=str(breaks[0].pos),
                        problem=breaks[0].problem,
                        option="--force",
                    )
                )
        with self._lock, write_transaction(self.db):
            try:
                return rebuild_all(self.db)
            except (ValueError, sqlite3.IntegrityError) as exc:
                raise StoreError(StoreMsg.STORE_REBUILD_FAILED(reason=str(exc))) from exc

    def digest(self) -> str:
        """SHA-256 over the derived tables (what the app shows)."""
        return derived_digest(self.db)

    def check(self) -> CheckReport:
        """Check SQLite integrity, the op-log hash chain, and that the tables match the log.

        The last check replays the log into a scratch in-memory store and compares digests.
        """
        try:
            integrity = [r[0] for r in self.db.conn.execute("PRAGMA integrity_check")]
            keys = dict(self.db.conn.execute("SELECT id, public_key FROM replica"))
            keys[self.replica_id] = self.public_key
            count = self.op_count()
        except sqlite3.DatabaseError as exc:
            return CheckReport([f"the store file is damaged: {exc}"], [], False, 0)
        protection = protection_status(self.data_dir)
        with SignatureBatches(count) as batches:  # signatures checked while the rest runs
            try:
                signature_breaks = oplog.start_signature_check(self.db, keys, batches)
                gaps: list[oplog.ChainBreak] = []
                outside: list[oplog.ChainBreak] = []
                parsed: dict[int, Op] = {}
                breaks = oplog.check_chain(
                    self.db, self.replica_id, gaps, parsed, outside_frontier(self), outside
                )
                held = {r[0] for r in self.db.conn.execute("SELECT op_id FROM held")}
            except sqlite3.DatabaseError as exc:
                return CheckReport([f"the store file is damaged: {exc}"], [], False, 0)
            matches = self._replay_matches(parsed, held)
            breaks = sorted([*breaks, *signature_breaks()], key=lambda b: b.pos)
        conn = self.db.conn
        try:  # a page the cipher refuses in these tables: a failed check, never a raw error
            not_here = not_here_files(self)
            problems = self._check_photo_files()
            away = sorted(sha for sha, why in problems if sha in not_here and why.id == _MISSING)
            return CheckReport(
                integrity,
                breaks,
                matches,
                count,
                [(sha, why) for sha, why in problems if sha not in away],
                held=dict(conn.execute("SELECT code, count(*) FROM held GROUP BY code")),
                quarantined=dict(
                    conn.execute("SELECT code, count(*) FROM quarantine GROUP BY code")
                ),
                forks=dict(conn.execute("SELECT replica, seq FROM forks")),
                waiting_gaps=len(gaps),
                write_blocked=self.setting(WRITE_BLOCKED),
                protection=protection,
                outside_gaps=len(outside),
                not_here=away,
            )
        except sqlite3.DatabaseError as exc:
            damaged = integrity if integrity != ["ok"] else [str(exc)]  # SQLite's words, as above
            return CheckReport(damaged, breaks, False, count, protection=protection)

    def _replay_matches(self, parsed: dict[int, Op], held: set[str]) -> bool:
        """Whether replaying the applied ops into a scratch store gives these tables."""
        scratch = open_database(":memory:")
        try:
            migrate(scratch, None)
            applied = (parsed[pos] for pos in sorted(parsed) if parsed[pos].op_id not in held)
            replay(scratch, applied)
            same_index = index_digest(scratch.conn) == index_digest(self.db.conn)
            return bool(derived_digest(scratch) == self.digest()) and same_index
        except (ValueError, sqlite3.Error):
            return False
        finally:
            scratch.close()

    def _check_photo_files(self) -> list[tuple[str, Message]]:
        """Re-hash every evidence photo, signed document and file a record names.

        Files a record names: clips, extracts, scans, consents (``FILE_FIELDS``). Reads every
        byte, decrypting a sealed file one chunk at a time: O(file bytes). In an encrypted
        store a file still in clear is a problem too (``db encrypt`` seals it).
        """
        blobs = self.blobs
        problems = []
        query = (
            f"SELECT id FROM photo UNION SELECT id FROM document {file_references_sql()} ORDER BY 1"
        )
        found = {
            BlobState.MISSING: StoreMsg.STORE_EVIDENCE_MISSING(),
            BlobState.ALTERED: StoreMsg.STORE_EVIDENCE_ALTERED(),
            BlobState.CLEAR: ProtectMsg.EVIDENCE_NOT_SEALED(command="inspect-app db encrypt"),
        }
        for (sha,) in self.db.conn.execute(query):
            try:
                state = blobs.state(sha)
            except SealedFileError as exc:  # sealed, and this store has no key
                problems.append((sha, exc.keyed_message or StoreMsg.STORE_EVIDENCE_ALTERED()))
                continue
            if state in found:
                problems.append((sha, found[state]))
        return problems
