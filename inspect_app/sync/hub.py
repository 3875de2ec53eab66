"""The office hub: an HTTP server (Starlette + uvicorn) over one ordinary store.

The hub is just another replica with its own store, id and key. Laptops enrolled on the hub
(``replica enroll``) push and pull ops and photos; every request but ``/hello`` is signed
(see :mod:`inspect_app.sync.hub_protocol`). Routes::

    GET  /hello?nonce=N         hub replica id, public key, schema version, hub time (signed)
    GET  /frontier              highest seq held per origin replica, op count
    POST /ops                   {"ops": [{"body", "sig"}, ...]} + Idempotency-Key header;
                                applied with receive() (set union); answers its report
    GET  /ops?after=P&limit=N   ops in hub log order after position P (``ops.pos``), with the
                                next cursor; ``after_op`` (op id at P) detects a restored hub
    POST /photos/missing        {"sha256": [...]} -> which the hub lacks, and partial offsets
    HEAD /photos/{sha}          Upload-Offset (bytes held) and X-Photo-State headers
    GET  /photos/{sha}          the bytes (Range supported); only complete, verified photos
    PUT  /photos/{sha}?offset=N&total=T   append one chunk to partial/<sha>.<T>.part; at T
                                bytes the SHA-256 is checked and only then the file enters the
                                BlobStore (atomic); a mismatch discards it (422)
    POST /pairing               {"officer": LEAD} -> a slot and an 8-digit code (a team lead)
    GET  /pairing/{slot}        open / paired (the new laptop's id, key, label) / gone
    POST /pair                  (not signed) a new laptop's id, key, label and code proof;
                                enrolled in the lead's name (:mod:`.pairing`)
    POST /tsa                   (not signed; with ``hub serve --tsa``) an RFC 3161
                                TimeStampReq -> TimeStampResp (:class:`.hub_lta.TimestampService`);
                                the hub also makes a B-LTA copy of every signed document that
                                reaches it (:mod:`.hub_lta`)

Errors are JSON ``{"error": message, "keyed": {"id", "params"}}`` with an HTTP status, never a
traceback: ``error`` is the English sentence, ``keyed`` the same message as a catalog id with
its parameters (``storage.keyed_reasons.encode_message``), so a laptop says it in its own
language; a hub of an older version sends ``error`` alone. The ``quarantined`` items of a
``POST /ops`` answer carry their reason keyed the same way. Every file the
hub writes is under its data folder: ``photos/`` (BlobStore), ``partial/`` and the refusal
log ``hub-refusals.sqlite3``, with names built only from validated SHA-256 hex and numbers.

**The door** (:mod:`.hub_door`): the hub is served over uvicorn's h11 protocol with read
deadlines for headers and bodies, a bound on header size, and connection limits per peer
address and in all that displace stalled connections first, so a hostile client on the LAN
cannot stop other laptops from syncing. Every refused request is counted, with the replica
id it claimed, in the aggregated refusal log (:mod:`.hub_refusals`, read with
:func:`read_refusals`), which a flood cannot rotate away.

**Partial uploads** are named ``partial/<sha>.<total>.part``, so the hub knows each one's
declared size. Before a photo's state is answered or a chunk appended, its leftovers are
settled (:meth:`Hub.photo_state`): a partial as long as its total (the hub died between the
last write and storing it) is verified and stored, or discarded when its bytes are wrong; one
longer than its total, or a legacy ``<sha>.part`` that does not hash to its name, is
discarded; a chunk declaring another total than the partial held restarts the upload from 0
(answered 409 with offset 0, which the client follows). A leftover of any size therefore
never blocks a later upload. At start (:meth:`Hub.sweep`) the hub settles every partial,
removes those untouched for :data:`PARTIAL_MAX_AGE_S`, and removes the BlobStore's
``photos/.incoming-*.part`` temporary files of killed writes.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import socket
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from inspect_app import __version__
from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.blobs import BlobMismatchError, fsync_directory
from inspect_app.storage.hygiene import sweep_temp_files
from inspect_app.storage.keyed_reasons import encode_message, set_aside_message
from inspect_app.storage.migrations import SCHEMA_VERSION
from inspect_app.storage.receive import frontier, receive, relayed_outside, trusted_key
from inspect_app.storage.sealed_appends import AppendFile
from inspect_app.storage.sealed_files import SealedFileError
from inspect_app.storage.store import Store
from inspect_app.sync import pairing
from inspect_app.sync.hub_door import Door, HubLimits, door_protocol
from inspect_app.sync.hub_lta import (
    MAX_TSA_REQUEST_BYTES,
    QUERY_TYPE,
    REPLY_TYPE,
    LtaDesk,
    TimestampService,
)
from inspect_app.sync.hub_protocol import (
    IDEMPOTENCY_HEADER,
    MAX_CHUNK_BYTES,
    MAX_OPS_BODY_BYTES,
    MAX_PHOTO_BYTES,
    MAX_PULL_LIMIT,
    OFFSET_HEADER,
    PROTOCOL_VERSION,
    PULL_LIMIT,
    REPLICA_HEADER,
    STATE_HEADER,
    TIMESTAMP_HEADER,
    AuthError,
    check_signature,
    error_body,
    hello_message,
    is_sha256,
    not_enrolled,
    parse_headers,
)
from inspect_app.sync.hub_refusals import REFUSALS_FILE, Refusal, RefusalLog, read_refusals
from inspect_app.sync.pairing import PairingDesk

log = logging.getLogger(__name__)

MAX_OPS_PER_REQUEST = 20_000
MAX_SHAS_PER_REQUEST = 20_000
_NONCE = re.compile(r"[0-9A-Za-z-]{0,128}")
IDEMPOTENCY_CACHE = 512
"""Answers to ``POST /ops`` kept per (replica, Idempotency-Key, body hash), newest first."""
PARTIAL_MAX_AGE_S = 14 * 24 * 3600
"""A partial upload untouched for this long (14 days: a laptop away on a long patrol comes
back within it) is removed at the hub's start; the laptop uploads that photo again."""
BLOB_TEMP_STALE_S = 600.0
"""A ``photos/.incoming-*.part`` not modified for this long (10 min, as
``storage.hygiene.STALE_AFTER_SECONDS``) is the leftover of a killed write and is removed at
the hub's start; a younger one may be another process's write in progress."""
_UPLOAD_LOCKS = 64
_DIGITS = re.compile(r"[0-9]{1,15}")
_PART = re.compile(r"([0-9a-f]{64})(?:\.([0-9]{1,12}))?\.part")
_REFUSED_STATUS = {
    400: "bad_request",
    401: "unsigned",
    403: "forbidden",
    408: "body_timeout",
    411: "length_required",
    413: "too_large",
    422: "hash_mismatch",
}
"""HTTP answers of the app that are refusals, and the reason they are counted under."""

__all__ = [
    "REFUSALS_FILE",
    "Hub",
    "HubError",
    "HubLimits",
    "HubThread",
    "Refusal",
    "SweepReport",
    "bind",
    "create_app",
    "read_refusals",
    "serve",
    "server_config",
]


class HubError(InspectError):
    """The hub cannot start (e.g. the port is taken)."""


class HttpError(Exception):
    """An error answer: HTTP ``status`` and a JSON body ``{"error": message, **extra}``."""

    def __init__(self, status: int, message: Message, **extra: Any) -> None:
        super().__init__(message.english())
        self.status = status
        self.message = message
        self.extra = extra


def _json_error(status: int, message: Message, **extra: Any) -> JSONResponse:
    return JSONResponse(error_body(message, **extra), status_code=status)


@dataclass
class SweepReport:
    """What :meth:`Hub.sweep` found in the hub's folders at start.

    Attributes:
        stored: photos whose complete partial upload was verified and stored.
        discarded: partial uploads removed as wrong (too long, bad bytes, unknown size).
        expired: partial uploads removed as untouched for :data:`PARTIAL_MAX_AGE_S`.
        kept: partial uploads kept for resuming, as {sha: bytes held}.
        temp_removed: temporary files of killed BlobStore writes removed.
        problems: one line per file that could not be read or removed.
    """

    stored: list[str] = field(default_factory=list)
    discarded: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    kept: dict[str, int] = field(default_factory=dict)
    temp_removed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Hub:
    """The hub's state: its store, photo folders, the door and the caches of the handlers.

    Args:
        store: the hub's open store (the caller closes it).
        clock: Unix time in seconds (tests may pass a fake clock).
        limits: the door's limits (:class:`HubLimits`).
    """

    def __init__(
        self,
        store: Store,
        clock: Callable[[], float] = time.time,
        limits: HubLimits | None = None,
        tsa: TimestampService | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.tsa = tsa  # the RFC 3161 TSA (``POST /tsa``) and B-LTA copies, when configured
        self.lta = LtaDesk(store, tsa) if tsa is not None else None
        self.blobs = store.blobs  # sealed under the hub's own data key when encrypted
        self.partial_dir = store.data_dir / "partial"
        self.limits = limits or HubLimits()
        self.refusals = RefusalLog(store.data_dir / REFUSALS_FILE)
        self.door = Door(self.limits, self.refusals)
        self.swept: SweepReport | None = None
        self._upload_locks = [threading.Lock() for _ in range(_UPLOAD_LOCKS)]
        self._replies: OrderedDict[tuple[str, str, str], dict[str, Any]] = OrderedDict()
        self._replies_lock = threading.Lock()
        self.pairing = PairingDesk(clock)  # new laptops pairing by a lead's code

    def close(self) -> None:
        """Stop the B-LTA desk; write the refusal log's pending counts and close it."""
        if self.lta is not None:
            self.lta.stop()
        self.refusals.close()

    def refuse(self, peer: str, replica: str | None, status: int, message: str) -> None:
        """Count one refused HTTP answer in the refusal log (other statuses are not counted)."""
        reason = _REFUSED_STATUS.get(status)
        if reason is not None:
            self.refusals.record(peer, replica, reason, message)

    # -- authentication ----------------------------------------------------------------------
    def key_of(self, replica: str) -> str | None:
        """The enrolled, active public key of ``replica`` on the hub, else None."""
        with self.store._lock:
            return trusted_key(self.store, replica)

    # -- ops --------------------------------------------------------------------------------
    def frontier(self, replica: str = "") -> dict[str, Any]:
        """The hub's frontier (highest seq per origin replica), op count, and the caller's own.

        ``yours`` is what the hub holds of the calling replica's own chain: its highest
        sequence number and that op's id, and the sequence number where the hub saw the
        caller's history fork (None). A laptop compares it with its own log, so a push never
        says "complete" while the hub lacks this laptop's ops — or holds a different history
        of them (the laptop was cloned or restored from a backup).
        """
        with self.store._lock:
            conn = self.store.db.conn
            own = conn.execute(
                "SELECT seq, op_id FROM ops WHERE replica = ? ORDER BY seq DESC LIMIT 1",
                [replica],
            ).fetchone()
            forked = conn.execute("SELECT seq FROM forks WHERE replica = ?", [replica]).fetchone()
            return {
                "frontier": frontier(self.store),
                "op_count": self.store.op_count(),
                "yours": {
                    "seq": int(own[0]) if own else 0,
                    "op_id": str(own[1]) if own else None,
                    "forked_at": int(forked[0]) if forked else None,
                },
            }

    def apply_ops(
        self, replica: str, idem_key: str | None, body_sha: str, entries: list[tuple[str, Any]]
    ) -> dict[str, Any]:
        """Apply pushed ops with :func:`receive`; a retried batch gets the first answer again.

        Raises:
            StoreError: the hub store could not be written (nothing was).
        """
        cache_key = (replica, idem_key or "", body_sha)
        if idem_key:
            with self._replies_lock:
                cached = self._replies.get(cache_key)
            if cached is not None:
                return {**cached, "replayed": True}
        report = asdict(receive(self.store, entries))
        if self.lta is not None:
            self.lta.offer_ops(entries)  # documents whose bytes may already be here
        for item in report["quarantined"]:  # the laptop says why in its own language
            item["keyed"] = encode_message(set_aside_message(item))
        report["replayed"] = False
        if idem_key:
            with self._replies_lock:
                self._replies[cache_key] = report
                while len(self._replies) > IDEMPOTENCY_CACHE:
                    self._replies.popitem(last=False)
        return report

    def ops_after(self, after: int, after_op: str | None, limit: int) -> dict[str, Any]:
        """Ops after log position ``after`` in log order, at most ``limit``.

        Raises:
            HttpError: 409 when ``after_op`` is not the op at ``after`` (or ``after`` is past
                the end of the log): the hub was restored; the client restarts from 0.
        """
        conn = self.store.db.conn
        with self.store._lock:
            last = conn.execute("SELECT coalesce(max(pos), 0) FROM ops").fetchone()[0]
            if after > 0:
                row = conn.execute("SELECT op_id FROM ops WHERE pos = ?", [after]).fetchone()
                if row is None or (after_op and row[0] != after_op):
                    raise HttpError(
                        409, SyncMsg.HUB_CURSOR_MISMATCH(after=after), reason="cursor_mismatch"
                    )
            rows = conn.execute(
                "SELECT pos, op_id, body, sig FROM ops WHERE pos > ? AND pos <= ? ORDER BY pos "
                "LIMIT ?",
                [after, last, limit],
            ).fetchall()
        if rows:
            nxt, nxt_op = int(rows[-1][0]), str(rows[-1][1])
        else:
            nxt, nxt_op = after, after_op
        page: dict[str, Any] = {
            "ops": [{"body": body, "sig": sig} for _, _, body, sig in rows],
            "next": nxt,
            "next_op": nxt_op,
            "more": nxt < last,
        }
        if not page["more"]:  # the last page also relays what the hub keeps outside its log
            page["outside"] = [{"body": b, "sig": s} for b, s in relayed_outside(self.store)]
        return page

    # -- photos -----------------------------------------------------------------------------
    def _lock_for(self, sha: str) -> threading.Lock:
        """The upload lock of one photo (striped: uploads of other photos go on meanwhile)."""
        return self._upload_locks[int(sha[:8], 16) % _UPLOAD_LOCKS]

    def _check_sha(self, sha: str) -> str:
        if not is_sha256(sha):  # checked by every caller too: never a path from raw input
            raise HttpError(400, SyncMsg.HUB_NOT_SHA256(value=repr(sha[:80])))
        return sha

    def _part_path(self, sha: str, total: int) -> Path:
        return self.partial_dir / f"{self._check_sha(sha)}.{int(total)}.part"

    def _parts_of(self, sha: str) -> list[tuple[Path, int | None]]:
        """The partial uploads held for ``sha``: (path, declared total or None for legacy)."""
        self._check_sha(sha)
        found: list[tuple[Path, int | None]] = []
        for path in self.partial_dir.glob(f"{sha}*.part"):
            match = _PART.fullmatch(path.name)
            if match and match.group(1) == sha and not path.is_symlink() and path.is_file():
                found.append((path, int(match.group(2)) if match.group(2) else None))
        return found

    def _upload(self, part: Path) -> AppendFile:
        """A partial upload, sealed piece by piece under the hub's key (clear without one)."""
        return AppendFile(part, self.blobs.key, f"partial/{part.name}")

    def _finalise(self, part: Path, sha: str) -> bool:
        """Store ``part`` as photo ``sha`` if its bytes hash to it; else remove it.

        One pass: the pieces are decrypted, hashed and sealed into the blob store together;
        bytes that do not hash to ``sha`` (or a piece failing authentication) store nothing.

        Returns:
            True when the photo is now stored; False when the partial was wrong (removed).
        """
        try:
            with self._upload(part).open() as src:
                self.blobs.put_stream(src, sha)
        except (BlobMismatchError, SealedFileError):
            part.unlink(missing_ok=True)
            return False
        part.unlink(missing_ok=True)
        return True

    def _settle(self, sha: str) -> tuple[str, int, int | None]:
        """Resolve the leftovers of ``sha`` (call with its upload lock held).

        A complete-sized partial is verified and stored or discarded; an oversized one, a
        wrong legacy one and all but the longest of several are removed; a partial beside a
        stored photo (the hub died after storing it) is removed.

        Returns:
            (``complete``|``partial``|``absent``, bytes held, declared total of the partial).
        """
        parts = self._parts_of(sha)
        if self.blobs.has(sha):
            for path, _ in parts:
                path.unlink(missing_ok=True)
            return "complete", self.blobs.size(sha), None
        best: tuple[Path, int, int] | None = None
        for path, total in parts:
            try:
                size = self._upload(path).size()
            except SealedFileError:  # not a partial of this hub's: it goes
                path.unlink(missing_ok=True)
                continue
            if total is None or size == total:  # the bytes decide: the photo, or wrong
                if self._finalise(path, sha):
                    log.info("photo %s: a finished upload left unstored is now stored", sha)
                    return self._settle(sha)
                log.warning("photo %s: a leftover upload did not hash to it: discarded", sha)
            elif size > total:
                path.unlink(missing_ok=True)
                log.warning("photo %s: a leftover upload longer than its size: discarded", sha)
            elif best is None or size > best[1]:
                if best is not None:
                    best[0].unlink(missing_ok=True)
                best = (path, size, total)
            else:
                path.unlink(missing_ok=True)
        if best is None:
            return "absent", 0, None
        return "partial", best[1], best[2]

    def photo_state(self, sha: str) -> tuple[str, int]:
        """(``complete``|``partial``|``absent``, bytes held) for one photo, leftovers settled.

        Raises:
            OSError: the hub's disk could not be read or written.
        """
        self._check_sha(sha)
        with self._lock_for(sha):
            state, held, _ = self._settle(sha)
        return state, held

    def missing(self, shas: list[str]) -> dict[str, Any]:
        """Which of ``shas`` the hub lacks, and how many bytes it holds of partial ones.

        Reads the partial folder once (not per photo); leftovers are settled when a photo's
        upload starts (``HEAD``), so an offset here may still be settled to 0 or complete.
        """
        held: dict[str, int] = {}
        with (
            contextlib.suppress(FileNotFoundError, NotADirectoryError),
            os.scandir(self.partial_dir) as scan,
        ):
            for entry in scan:
                match = _PART.fullmatch(entry.name)
                if match and entry.is_file(follow_symlinks=False):
                    try:
                        size = self._upload(Path(entry.path)).size()
                    except SealedFileError:
                        continue  # settled (removed) when its upload starts
                    held[match.group(1)] = max(size, held.get(match.group(1), 0))
        missing, partial = [], {}
        for sha in shas:
            if not self.blobs.has(sha):
                missing.append(sha)
                if sha in held:
                    partial[sha] = held[sha]
        return {"missing": missing, "partial": partial}

    def put_chunk(self, sha: str, offset: int, total: int, chunk: bytes) -> dict[str, Any]:
        """Append one chunk at ``offset``; at ``total`` bytes verify and store the photo.

        Raises:
            HttpError: 409 when ``offset`` is not the size held (answer carries ``offset``),
                or when the partial held was declared with another total (discarded:
                ``offset`` 0, the upload restarts); 400 for a chunk past ``total`` or an
                empty chunk; 413 for a photo over the limit; 422 when the complete bytes do
                not hash to ``sha`` (discarded).
            OSError: the hub's disk could not be written (the chunk is not counted).
        """
        self._check_sha(sha)
        if total < 1:
            raise HttpError(400, SyncMsg.HUB_TOTAL_TOO_SMALL(name="total"))
        if total > MAX_PHOTO_BYTES:
            raise HttpError(413, SyncMsg.HUB_PHOTO_OVER_LIMIT(size=total, limit=MAX_PHOTO_BYTES))
        with self._lock_for(sha):
            state, held, held_total = self._settle(sha)
            if state == "complete":
                return {"sha256": sha, "offset": held, "complete": True}
            if state == "partial" and held_total != total:
                for path, _ in self._parts_of(sha):
                    path.unlink(missing_ok=True)
                log.warning(
                    "photo %s: upload declared %s bytes, the partial held %s: restarted",
                    sha,
                    total,
                    held_total,
                )
                held = 0
                if offset != 0:
                    raise HttpError(
                        409,
                        SyncMsg.HUB_UPLOAD_RESTARTED(sha=sha, total=total, held=held_total or 0),
                        offset=0,
                    )
            if offset != held:
                raise HttpError(
                    409, SyncMsg.HUB_WRONG_OFFSET(sha=sha, offset=offset, held=held), offset=held
                )
            if not chunk:
                raise HttpError(400, SyncMsg.HUB_EMPTY_CHUNK())
            end = held + len(chunk)
            if end > total:
                raise HttpError(400, SyncMsg.HUB_CHUNK_PAST_END(end=end, total=total))
            part = self._part_path(sha, total)
            made = not self.partial_dir.is_dir()
            self.partial_dir.mkdir(parents=True, exist_ok=True)
            if made:
                fsync_directory(self.partial_dir.parent)
            try:  # sealed as a piece of its own; on failure not counted: the client resends it
                self._upload(part).append(chunk)
            except SealedFileError:  # not a partial of this hub's: restart the upload
                part.unlink(missing_ok=True)
                raise HttpError(
                    409, SyncMsg.HUB_UPLOAD_RESTARTED(sha=sha, total=total, held=held), offset=0
                ) from None
            if end < total:
                return {"sha256": sha, "offset": end, "complete": False}
            if not self._finalise(part, sha):
                raise HttpError(422, SyncMsg.HUB_UPLOAD_HASH(total=total, sha=sha), offset=0)
            if self.lta is not None:
                self.lta.offer([sha])  # a signed document's bytes: its B-LTA copy may be due
            return {"sha256": sha, "offset": total, "complete": True}

    # -- start-up ---------------------------------------------------------------------------
    def sweep(self, now: float | None = None) -> SweepReport:
        """Settle the leftovers of a previous run (at start; never raises).

        Every partial upload is settled (:meth:`_settle`): complete ones are verified and
        stored, wrong ones discarded, the others kept for resuming unless untouched for
        :data:`PARTIAL_MAX_AGE_S`. The BlobStore's ``.incoming-*.part`` temporary files of
        killed writes, not modified for :data:`BLOB_TEMP_STALE_S`, are removed.

        Args:
            now: Unix time to judge ages by (default: the wall clock).
        """
        now = time.time() if now is None else now
        report = SweepReport()
        shas: set[str] = set()
        for entry in _scan(self.partial_dir, report):
            match = _PART.fullmatch(entry.name)
            if not match or not entry.is_file(follow_symlinks=False):
                continue  # not an upload of this hub: left alone
            sha = match.group(1)
            try:
                age = now - entry.stat(follow_symlinks=False).st_mtime
                if age > PARTIAL_MAX_AGE_S:
                    os.unlink(entry.path)
                    report.expired.append(sha)
                else:
                    shas.add(sha)
            except OSError as exc:
                report.problems.append(f"partial/{entry.name}: {exc.strerror or exc}")
        for sha in sorted(shas):
            try:
                with self._lock_for(sha):
                    state, held, _ = self._settle(sha)
            except OSError as exc:
                report.problems.append(f"partial upload of {sha}: {exc.strerror or exc}")
                continue
            if state == "complete":
                report.stored.append(sha)
            elif state == "partial":
                report.kept[sha] = held
            else:
                report.discarded.append(sha)
        # the data folder's one sweep of killed writes (it leaves partial/ to the above)
        removed = sweep_temp_files(self.store.data_dir, BLOB_TEMP_STALE_S)
        report.temp_removed.extend(path.name for path in removed)
        if any((report.stored, report.discarded, report.expired, report.temp_removed)):
            log.warning(
                "hub start: %d finished upload(s) stored, %d wrong and %d expired partial "
                "upload(s) removed, %d temporary file(s) of killed writes removed; %d partial "
                "upload(s) kept for resuming",
                len(report.stored),
                len(report.discarded),
                len(report.expired),
                len(report.temp_removed),
                len(report.kept),
            )
        for problem in report.problems:
            log.error("hub start: %s", problem)
        self.swept = report
        return report


def _scan(folder: Path, report: SweepReport) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as scan:
            return list(scan)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        report.problems.append(f"{folder.name}/: cannot read ({exc.strerror or exc})")
        return []


# -- HTTP layer ----------------------------------------------------------------------------------
Handler = Callable[[Request, Hub, str], Awaitable[Response]]


def _path_qs(request: Request) -> str:
    raw = request.scope.get("raw_path") or request.scope["path"].encode("utf-8")
    query = request.scope.get("query_string", b"")
    text = raw.decode("latin-1")
    return f"{text}?{query.decode('latin-1')}" if query else text


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, at most ``limit`` bytes (the door bounds how long it may take).

    Raises:
        HttpError: 413 when the body is (or is declared) over ``limit``.
        ClientDisconnect: the connection closed first (or the door cut a too slow body).
    """
    declared = request.headers.get("content-length", "").strip()
    if _DIGITS.fullmatch(declared) and int(declared) > limit:
        raise HttpError(413, SyncMsg.HUB_BODY_DECLARED_TOO_LARGE(size=int(declared), limit=limit))
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HttpError(413, SyncMsg.HUB_BODY_TOO_LARGE(limit=limit))
        chunks.append(chunk)
    return b"".join(chunks)


def _endpoint(
    func: Handler, *, signed: bool = True, body_limit: int = 0
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a handler: check the signature, map every error to a JSON answer."""

    @functools.wraps(func)
    async def wrapper(request: Request) -> Response:
        hub: Hub = request.app.state.hub
        replica = ""
        claimed = request.headers.get(REPLICA_HEADER, "")
        peer = request.client.host if request.client else "?"
        try:
            if signed:
                stamp = request.headers.get(TIMESTAMP_HEADER, "").strip()
                if stamp and not _DIGITS.fullmatch(stamp):
                    raise AuthError(401, SyncMsg.HUB_BAD_TIMESTAMP(header=TIMESTAMP_HEADER))
                headers = parse_headers(request.headers)
                key = await run_in_threadpool(hub.key_of, headers.replica)
                if key is None:  # refuse unknown replicas before reading any body
                    raise not_enrolled(headers.replica)
                body = await _read_body(request, body_limit)
                check_signature(
                    headers,
                    key,
                    hub.store.replica_id,
                    request.method,
                    _path_qs(request),
                    body,
                    hub.clock(),
                )
                replica = headers.replica
                request.state.body = body
            return await func(request, hub, replica)
        except AuthError as exc:
            hub.refuse(peer, claimed, exc.status, f"{request.method} {request.url.path}: {exc}")
            return _json_error(exc.status, exc.message)
        except HttpError as exc:
            hub.refuse(
                peer,
                replica or claimed,
                exc.status,
                f"{request.method} {request.url.path}: {exc}",
            )
            return _json_error(exc.status, exc.message, **exc.extra)
        except ClientDisconnect:
            # gone before its body arrived (or cut off by the door, which counted it): this
            # answer is never sent
            return Response(status_code=400)
        except InspectError as exc:
            detail = exc.keyed_message if exc.keyed_message is not None else str(exc)
            return _json_error(503, SyncMsg.HUB_STORE_BUSY(detail=detail))
        except OSError as exc:
            log.exception("hub disk error")
            return _json_error(507, SyncMsg.HUB_DISK(error=str(exc.strerror or exc)))
        except Exception as exc:  # noqa: BLE001 - last guard: JSON, never a traceback
            log.exception("unexpected hub error")
            return _json_error(500, SyncMsg.HUB_UNEXPECTED(error=type(exc).__name__))

    return wrapper


def _int_param(request: Request, name: str, default: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        if default is None:
            raise HttpError(400, SyncMsg.HUB_PARAM_REQUIRED(name=repr(name)))
        return default
    if not _DIGITS.fullmatch(raw):
        raise HttpError(400, SyncMsg.HUB_PARAM_NOT_NUMBER(name=repr(name), value=repr(raw[:40])))
    return int(raw)


def json_body(request: Request) -> Any:
    """The signed request's body as JSON (read by :func:`_endpoint`).

    Raises:
        HttpError: 400 when it is not JSON or nests too deep.
    """
    return _json_body(request)


async def read_body(request: Request, limit: int) -> bytes:
    """The body of an unsigned request, at most ``limit`` bytes (see :func:`_read_body`)."""
    return await _read_body(request, limit)


def _json_body(request: Request) -> Any:
    try:
        return json.loads(request.state.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HttpError(400, SyncMsg.HUB_BODY_NOT_JSON(error=str(exc))) from exc
    except RecursionError as exc:
        raise HttpError(400, SyncMsg.HUB_BODY_TOO_DEEP()) from exc


def _sha_param(request: Request) -> str:
    sha = str(request.path_params["sha"])
    if not is_sha256(sha):
        raise HttpError(400, SyncMsg.HUB_NOT_SHA256(value=repr(sha[:80])))
    return sha


async def _hello(request: Request, hub: Hub, replica: str) -> Response:
    nonce = request.query_params.get("nonce", "")
    if not _NONCE.fullmatch(nonce):
        raise HttpError(400, SyncMsg.HUB_BAD_NONCE(name="nonce", limit=128))
    now = int(hub.clock())
    store = hub.store
    signature = store.key.sign(hello_message(nonce, store.replica_id, store.public_key, now))
    return JSONResponse(
        {
            "protocol": PROTOCOL_VERSION,
            "replica_id": store.replica_id,
            "public_key": store.public_key,
            "schema_version": SCHEMA_VERSION,
            "app_version": __version__,
            "tsa": hub.tsa is not None,  # POST /tsa answers (RFC 3161)
            "hub_time": now,
            "nonce": nonce,
            "signature": signature.hex(),
        }
    )


async def _frontier(request: Request, hub: Hub, replica: str) -> Response:
    return JSONResponse(await run_in_threadpool(hub.frontier, replica))


async def _post_ops(request: Request, hub: Hub, replica: str) -> Response:
    payload = _json_body(request)
    items = payload.get("ops") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        raise HttpError(
            400, SyncMsg.HUB_BODY_SHAPE(shape='{"ops": [{"body": ..., "sig": ...}, ...]}')
        )
    if len(items) > MAX_OPS_PER_REQUEST:
        raise HttpError(413, SyncMsg.HUB_TOO_MANY_OPS(count=len(items), limit=MAX_OPS_PER_REQUEST))
    entries: list[tuple[str, Any]] = []
    for number, item in enumerate(items):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("body"), str)
            or not isinstance(item.get("sig"), str | None)
        ):
            raise HttpError(
                400,
                SyncMsg.HUB_OP_SHAPE(number=number, shape="{'body': string, 'sig': hex string}"),
            )
        if not _is_text(item["body"]) or not _is_text(item["sig"] or ""):
            raise HttpError(400, SyncMsg.HUB_OP_NOT_TEXT(number=number))
        entries.append((item["body"], item["sig"]))
    idem_key = request.headers.get(IDEMPOTENCY_HEADER)
    if idem_key is not None and (len(idem_key) > 128 or not idem_key.isascii()):
        raise HttpError(400, SyncMsg.HUB_BAD_IDEMPOTENCY_KEY(header=IDEMPOTENCY_HEADER, limit=128))
    body_sha = hashlib.sha256(request.state.body).hexdigest()
    report = await run_in_threadpool(hub.apply_ops, replica, idem_key, body_sha, entries)
    return JSONResponse(report)


def _is_text(value: str) -> bool:
    """True when ``value`` can be stored as UTF-8 text (it holds no lone surrogate)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


async def _get_ops(request: Request, hub: Hub, replica: str) -> Response:
    after = _int_param(request, "after", 0)
    limit = min(max(_int_param(request, "limit", PULL_LIMIT), 1), MAX_PULL_LIMIT)
    after_op = request.query_params.get("after_op") or None
    if after_op is not None and not is_sha256(after_op):
        raise HttpError(400, SyncMsg.HUB_BAD_OP_ID(name="after_op"))
    return JSONResponse(await run_in_threadpool(hub.ops_after, after, after_op, limit))


async def _photos_missing(request: Request, hub: Hub, replica: str) -> Response:
    payload = _json_body(request)
    shas = payload.get("sha256") if isinstance(payload, dict) else None
    if not isinstance(shas, list) or len(shas) > MAX_SHAS_PER_REQUEST:
        raise HttpError(
            400,
            SyncMsg.HUB_BODY_SHAPE(shape=f'{{"sha256": [up to {MAX_SHAS_PER_REQUEST} hashes]}}'),
        )
    bad = [s for s in shas if not is_sha256(s)]
    if bad:
        raise HttpError(400, SyncMsg.HUB_NOT_SHA256(value=repr(str(bad[0])[:80])))
    return JSONResponse(await run_in_threadpool(hub.missing, shas))


async def _photo(request: Request, hub: Hub, replica: str) -> Response:
    sha = _sha_param(request)
    if request.method == "HEAD":
        state, held = await run_in_threadpool(hub.photo_state, sha)
        return Response(status_code=200, headers={OFFSET_HEADER: str(held), STATE_HEADER: state})
    if request.method == "PUT":
        offset = _int_param(request, "offset")
        total = _int_param(request, "total")
        result = await run_in_threadpool(hub.put_chunk, sha, offset, total, request.state.body)
        return JSONResponse(result)
    if not await run_in_threadpool(hub.blobs.has, sha):
        raise HttpError(404, SyncMsg.HUB_PHOTO_ABSENT(sha=sha))
    return await run_in_threadpool(_blob_response, hub, sha, request.headers.get("range"))


_RANGE = re.compile(r"bytes=([0-9]{1,15})-")


def _blob_response(hub: Hub, sha: str, wanted: str | None) -> Response:
    """The photo's plaintext, streamed out of the (sealed) store; ``Range: bytes=N-`` honoured.

    A download resumed after a cut asks for the rest (``bytes=N-``, what the client sends):
    206 with ``Content-Range``; any other range form gets the whole file (200), as a server
    may answer. One chunk in memory; decrypted as it goes.
    """
    source = hub.blobs.open(sha)
    size = hub.blobs.size(sha)
    match = _RANGE.fullmatch((wanted or "").strip())
    start = int(match.group(1)) if match else 0
    if start >= size and match:
        source.close()
        return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
    source.seek(start)

    def blocks() -> Iterator[bytes]:
        with source:
            while block := source.read(1 << 20):
                yield block

    headers = {"Content-Length": str(size - start), "Accept-Ranges": "bytes"}
    if match:
        headers["Content-Range"] = f"bytes {start}-{size - 1}/{size}"
    return StreamingResponse(
        blocks(),
        status_code=206 if match else 200,
        headers=headers,
        media_type="application/octet-stream",
    )


async def _tsa(request: Request, hub: Hub, replica: str) -> Response:
    """``POST /tsa`` (not signed, as any RFC 3161 TSA): a TimeStampReq -> a TimeStampResp."""
    if hub.tsa is None:
        raise HttpError(404, SyncMsg.HUB_NO_ROUTE(method=request.method, path=request.url.path))
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    if content_type != QUERY_TYPE:
        raise HttpError(400, SyncMsg.HUB_BODY_SHAPE(shape=QUERY_TYPE))
    body = await _read_body(request, MAX_TSA_REQUEST_BYTES)
    reply = await run_in_threadpool(hub.tsa.respond, body)
    return Response(reply, media_type=REPLY_TYPE)


async def _not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    kind = SyncMsg.HUB_METHOD_NOT_ALLOWED if status == 405 else SyncMsg.HUB_NO_ROUTE
    message = kind(method=request.method, path=request.url.path)
    hub: Hub = request.app.state.hub
    peer = request.client.host if request.client else "?"
    hub.refusals.record(
        peer, request.headers.get(REPLICA_HEADER), "no_such_route", message.english()
    )
    return _json_error(status, message)


def create_app(
    store: Store,
    clock: Callable[[], float] = time.time,
    limits: HubLimits | None = None,
    tsa: TimestampService | None = None,
) -> Starlette:
    """The hub's ASGI app over an open store (the caller keeps and closes the store).

    Its :class:`Hub` is ``app.state.hub``. At start-up (ASGI lifespan) it sweeps the leftovers
    of a previous run (:meth:`Hub.sweep`); at shutdown it writes the refusal log. Serve it with
    :func:`server_config` so that the door's deadlines and limits apply.

    Args:
        store: the hub's store.
        clock: Unix time in seconds, used for ``/hello`` and the timestamp check.
        limits: the door's limits (default :class:`HubLimits`).
        tsa: the hub's timestamp authority (``POST /tsa``, B-LTA copies), or None.
    """
    hub = Hub(store, clock, limits, tsa)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            await run_in_threadpool(hub.sweep)
        except Exception:  # noqa: BLE001 - a failed tidy-up must not keep the hub down
            log.exception("hub start: the leftovers of the last run could not be swept")
        if hub.lta is not None:
            await run_in_threadpool(hub.lta.start)
        try:
            yield
        finally:
            await run_in_threadpool(hub.close)

    routes = [
        Route("/hello", _endpoint(_hello, signed=False), methods=["GET"]),
        Route("/frontier", _endpoint(_frontier), methods=["GET"]),
        Route(
            "/ops",
            _endpoint(_ops_dispatch, body_limit=MAX_OPS_BODY_BYTES),
            methods=["GET", "POST"],
        ),
        Route(
            "/photos/missing",
            _endpoint(_photos_missing, body_limit=MAX_OPS_BODY_BYTES),
            methods=["POST"],
        ),
        Route(
            "/photos/{sha}",
            _endpoint(_photo, body_limit=MAX_CHUNK_BYTES),
            methods=["GET", "HEAD", "PUT"],
        ),
        Route("/pairing", _endpoint(pairing.open_route, body_limit=1024), methods=["POST"]),
        Route("/pairing/{slot}", _endpoint(pairing.state_route), methods=["GET"]),
        Route("/pair", _endpoint(pairing.pair_route, signed=False), methods=["POST"]),
        Route("/tsa", _endpoint(_tsa, signed=False), methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={404: _not_found, 405: _not_found},
        lifespan=lifespan,
    )
    app.state.hub = hub
    return app


def server_config(app: Starlette, log_level: str, graceful_s: int) -> uvicorn.Config:
    """The uvicorn configuration that serves ``app`` (from :func:`create_app`) behind its door.

    Always HTTP/1.1 over h11 with the hub's :mod:`.hub_door` protocol (deadlines, connection
    limits, refusal log), whatever optional HTTP parsers are installed; no WebSocket upgrade
    (it would hand the connection past the door); the request head bounded to
    ``max_header_bytes``.
    """
    hub: Hub = app.state.hub
    return uvicorn.Config(
        app,
        http=door_protocol(hub.door),
        ws="none",
        lifespan="auto",  # "on" would log a traceback when a second Ctrl-C forces the exit
        log_level=log_level,
        timeout_keep_alive=hub.limits.keep_alive_s,
        timeout_graceful_shutdown=graceful_s,
        h11_max_incomplete_event_size=hub.limits.max_header_bytes,
    )


async def _ops_dispatch(request: Request, hub: Hub, replica: str) -> Response:
    if request.method == "POST":
        return await _post_ops(request, hub, replica)
    return await _get_ops(request, hub, replica)


def bind(host: str, port: int) -> socket.socket:
    """Open the listening socket (port 0 picks a free port).

    Raises:
        HubError: the address cannot be used (port taken, no such interface, no permission).
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family = infos[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
    except OSError as exc:
        raise HubError(
            SyncMsg.HUB_CANNOT_LISTEN(host=host, port=str(port), error=str(exc.strerror or exc))
        ) from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise HubError(
            SyncMsg.HUB_PORT_TAKEN(host=host, port=str(port), error=str(exc.strerror or exc))
        ) from exc
    return sock


def serve(
    store: Store,
    host: str = "127.0.0.1",
    port: int = 8765,
    limits: HubLimits | None = None,
    announce: Callable[[Message], str] = Message.english,
    tsa: TimestampService | None = None,
) -> None:
    """Run the hub in the foreground until Ctrl-C (SIGINT/SIGTERM).

    Args:
        store: the hub's open store.
        host: interface to listen on.
        port: TCP port.
        limits: the door's limits (default :class:`HubLimits`).
        announce: renders the line saying where laptops reach the hub (``hub.listening``)
            in the terminal's language (default English).
        tsa: the hub's timestamp authority (``hub serve --tsa``), or None.

    Raises:
        HubError: the address cannot be used.
    """
    sock = bind(host, port)
    config = server_config(create_app(store, limits=limits, tsa=tsa), "info", 5)
    log.info("hub replica %s listening on http://%s:%s", store.replica_id, host, port)
    url = f"http://{host}:{sock.getsockname()[1]}"
    print(  # the terminal that runs the hub says where laptops reach it
        announce(SyncMsg.HUB_LISTENING(replica=store.replica_id, url=url, keys="Ctrl+C")),
        file=sys.stderr,
        flush=True,
    )
    uvicorn.Server(config).run(sockets=[sock])


class HubThread:
    """A hub served by uvicorn in a background thread (tests, benchmarks, an embedded hub).

    Use as a context manager; :attr:`url` is ready (``/hello`` answers) on entry.

    Args:
        store: the hub's open store.
        host: interface to listen on.
        port: TCP port; 0 picks a free one.
        clock: Unix time in seconds for the hub.
        limits: the door's limits (default :class:`HubLimits`).
        tsa: the hub's timestamp authority, or None.

    Attributes:
        url: the hub's base URL.
        hub: the served :class:`Hub` (its door, refusal log and photo folders).
    """

    def __init__(
        self,
        store: Store,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
        limits: HubLimits | None = None,
        tsa: TimestampService | None = None,
    ) -> None:
        self._sock = bind(host, port)
        bound = self._sock.getsockname()[1]
        self.url = f"http://{host}:{bound}"
        app = create_app(store, clock, limits, tsa)
        self.hub: Hub = app.state.hub
        config = server_config(app, "warning", 2)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def start(self, timeout: float = 10.0) -> HubThread:
        """Start serving and wait until the server has started.

        Raises:
            HubError: the server did not start within ``timeout`` seconds.
        """
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise HubError(SyncMsg.HUB_DID_NOT_START(url=self.url))
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Ask the server to exit and wait for its thread (at most 10 s)."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self._sock.close()
        self.hub.close()

    def __enter__(self) -> HubThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
