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

**The op log** (:mod:`.hub_log`): the office hub's log is its store's own ``ops`` table
(:class:`~.hub_log.SqliteHubLog`); the province hub (``hub serve --database``) keeps it in
PostgreSQL behind one or several processes, each judging on its local projection cache
(:class:`~.hub_pg.PgHubLog`): idempotency replies, pairing slots and the identity live there too.

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

**Where photos live** (:mod:`.hub_blobs`): the handlers call only :class:`.HubBlobs` — by
default the data folder as described above (:class:`.hub_blobs_dir.DirBlobs`); with
``hub serve --blobs DIR`` a folder shared by the hub processes of one machine, or with
``--blobs s3://bucket/prefix`` an S3-compatible object store (:mod:`.hub_blobs_s3`: each
chunk an object, so an upload may continue on another process). A store that cannot be
reached answers 503 with the keyed ``hub.blobs_down`` (its address and error, keyed
``hub.blobs_unavailable``, go to the hub's log); a database that cannot be reached likewise
answers ``hub.database_down`` (:class:`DatabaseDownError`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import re
import socket
import sys
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import asdict
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
from inspect_app.storage.hygiene import sweep_temp_files
from inspect_app.storage.keyed_reasons import encode_message, set_aside_message
from inspect_app.storage.migrations import SCHEMA_VERSION
from inspect_app.storage.receive import receive, trusted_key
from inspect_app.storage.sealed_files import SealedFileError
from inspect_app.storage.store import Store
from inspect_app.sync import pairing
from inspect_app.sync.hub_blobs import (
    BlobsUnavailableError,
    ForeignPartialError,
    HubBlobs,
    SweepReport,
)
from inspect_app.sync.hub_blobs_dir import DirBlobs
from inspect_app.sync.hub_door import Door, HubLimits, door_protocol
from inspect_app.sync.hub_log import IDEMPOTENCY_CACHE, CursorMismatchError, HubLog, SqliteHubLog
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
PARTIAL_MAX_AGE_S = 14 * 24 * 3600
"""A partial upload untouched for this long (14 days: a laptop away on a long patrol comes
back within it) is removed at the hub's start; the laptop uploads that photo again."""
BLOB_TEMP_STALE_S = 600.0
"""A ``photos/.incoming-*.part`` not modified for this long (10 min, as
``storage.hygiene.STALE_AFTER_SECONDS``) is the leftover of a killed write and is removed at
the hub's start; a younger one may be another process's write in progress."""
_DIGITS = re.compile(r"[0-9]{1,15}")
_MAX_PARAM = 10**15 - 1
"""The largest number a query parameter may be (what :data:`_DIGITS` admits)."""
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
    "DatabaseDownError",
    "HubError",
    "HubLimits",
    "HubThread",
    "IDEMPOTENCY_CACHE",
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


class DatabaseDownError(HubError):
    """The hub's database cannot be reached (keyed ``hub.database_unreachable``, for the operator).

    Its message names the database and quotes the driver: a laptop is answered 503 with the
    keyed ``hub.database_down`` only, and the detail goes to the hub's log.
    """


class HttpError(Exception):
    """An error answer: HTTP ``status`` and a JSON body ``{"error": message, **extra}``."""

    def __init__(self, status: int, message: Message, **extra: Any) -> None:
        super().__init__(message.english())
        self.status = status
        self.message = message
        self.extra = extra


def _json_error(status: int, message: Message, **extra: Any) -> JSONResponse:
    return JSONResponse(error_body(message, **extra), status_code=status)


class Hub:
    """The hub's state: its store, photo folders, the door and the caches of the handlers.

    Args:
        store: the hub's open store (the caller closes it).
        clock: Unix time in seconds (tests may pass a fake clock).
        limits: the door's limits (:class:`HubLimits`).
        hub_log: where the op log, idempotency replies and pairing slots live (default
            :class:`~.hub_log.SqliteHubLog` over ``store``; the province hub passes a
            :class:`~.hub_pg.PgHubLog`, whose ``store`` is its local projection cache).
        blobs: where photos and partial uploads are (default: the store's data folder,
            ``photos/`` and ``partial/``; see :func:`.hub_blobs.open_hub_blobs`).
    """

    def __init__(
        self,
        store: Store,
        clock: Callable[[], float] = time.time,
        limits: HubLimits | None = None,
        tsa: TimestampService | None = None,
        hub_log: HubLog | None = None,
        blobs: HubBlobs | None = None,
    ) -> None:
        self.store = store
        self.log: HubLog = hub_log if hub_log is not None else SqliteHubLog(store)
        self.clock = clock
        self.tsa = tsa  # the RFC 3161 TSA (``POST /tsa``) and B-LTA copies, when configured
        self.lta = LtaDesk(store, tsa, blobs=blobs) if tsa is not None else None
        # photos: the store's own folder (sealed under its data key when encrypted), or the
        # store ``hub serve --blobs`` names (:func:`.hub_blobs.open_hub_blobs`)
        self.blobs: HubBlobs = (
            blobs if blobs is not None else DirBlobs(store.blobs, store.data_dir / "partial")
        )
        self.limits = limits or HubLimits()
        self.refusals = RefusalLog(store.data_dir / REFUSALS_FILE)
        self.door = Door(self.limits, self.refusals)
        self.swept: SweepReport | None = None
        # new laptops pairing by a lead's code; slots where the log keeps them
        self.pairing = PairingDesk(clock, self.log.pairing_slots(), self.log.own_write)

    def close(self) -> None:
        """Stop the B-LTA desk; write the refusal log's pending counts; close it and the log."""
        if self.lta is not None:
            self.lta.stop()
        self.refusals.close()
        self.log.close()
        self.blobs.close()

    def refuse(self, peer: str, replica: str | None, status: int, message: str | Message) -> None:
        """Count one refused HTTP answer in the refusal log (other statuses are not counted).

        ``message``: what the client was told, keyed (kept keyed: ``hub refusals`` shows it in
        the reader's language) or English text.
        """
        reason = _REFUSED_STATUS.get(status)
        if reason is not None:
            self.refusals.record(peer, replica, reason, message)

    # -- authentication ----------------------------------------------------------------------
    def key_of(self, replica: str) -> str | None:
        """The enrolled, active public key of ``replica`` on the hub, else None.

        A replica unknown to the store is looked up again after the log's :meth:`refresh`
        (another hub process may have enrolled it: the PostgreSQL hub's cache catches up).
        """
        with self.store._lock:
            key = trusted_key(self.store, replica)
        if key is None and self.log.refresh():
            with self.store._lock:
                key = trusted_key(self.store, replica)
        return key

    # -- ops --------------------------------------------------------------------------------
    def frontier(self, replica: str = "") -> dict[str, Any]:
        """The hub's frontier (highest seq per origin replica), op count, and the caller's own.

        ``yours`` is what the hub holds of the calling replica's own chain: its highest
        sequence number and that op's id, and the sequence number where the hub saw the
        caller's history fork (None). A laptop compares it with its own log, so a push never
        says "complete" while the hub lacks this laptop's ops — or holds a different history
        of them (the laptop was cloned or restored from a backup).
        """
        return self.log.frontier(replica)

    def apply_ops(
        self, replica: str, idem_key: str | None, body_sha: str, entries: list[tuple[str, Any]]
    ) -> dict[str, Any]:
        """Apply pushed ops with :func:`receive`; a retried batch gets the first answer again.

        The log (:attr:`log`) keeps the answer per (replica, Idempotency-Key, body hash) and,
        on PostgreSQL, records the ops; :func:`receive` on :attr:`store` judges them.

        Raises:
            StoreError: the hub store could not be written (nothing was).
        """
        return self.log.apply_ops(
            replica, idem_key, body_sha, entries, lambda: self._judge(entries)
        )

    def _judge(self, entries: list[tuple[str, Any]]) -> dict[str, Any]:
        """Receive ``entries`` into the store: the report, its set-aside reasons keyed."""
        report = asdict(receive(self.store, entries))
        if self.lta is not None:
            self.lta.offer_ops(entries)  # documents whose bytes may already be here
        for item in report["quarantined"]:  # the laptop says why in its own language
            item["keyed"] = encode_message(set_aside_message(item))
        report["replayed"] = False
        return report

    def ops_after(
        self, after: int, after_op: str | None, limit: int, replica: str = ""
    ) -> dict[str, Any]:
        """Ops after log position ``after`` in log order, at most ``limit`` (for ``replica``).

        Raises:
            HttpError: 409 when ``after_op`` is not the op at ``after`` (or ``after`` is past
                the end of the log): the hub was restored; the client restarts from 0.
        """
        try:
            return self.log.ops_after(after, after_op, limit, replica)
        except CursorMismatchError as exc:
            raise HttpError(
                409, SyncMsg.HUB_CURSOR_MISMATCH(after=exc.after), reason="cursor_mismatch"
            ) from None

    # -- photos (the blob store: :mod:`.hub_blobs`) -------------------------------------------
    def _check_sha(self, sha: str) -> str:
        if not is_sha256(sha):  # checked by every caller too: never a path from raw input
            raise HttpError(400, SyncMsg.HUB_NOT_SHA256(value=repr(sha[:80])))
        return sha

    def has_photo(self, sha: str) -> bool:
        """True when photo ``sha`` is stored, complete and verified.

        Raises:
            HttpError: 503 when the blob store cannot be reached (keyed).
        """
        with _blob_errors():
            return self.blobs.has(self._check_sha(sha))

    def photo_state(self, sha: str) -> tuple[str, int]:
        """(``complete``|``partial``|``absent``, bytes held) for one photo, leftovers settled.

        Raises:
            HttpError: 503 when the blob store cannot be reached (keyed).
            OSError: the hub's disk could not be read or written.
        """
        self._check_sha(sha)
        with _blob_errors(), self.blobs.upload_lock(sha):
            upload = self.blobs.settle(sha)
        return upload.state, upload.held

    def missing(self, shas: list[str]) -> dict[str, Any]:
        """Which of ``shas`` the hub lacks, and how many bytes it holds of partial ones.

        Reads the partial uploads once (not per photo); leftovers are settled when a photo's
        upload starts (``HEAD``), so an offset here may still be settled to 0 or complete.

        Raises:
            HttpError: 503 when the blob store cannot be reached (keyed).
        """
        with _blob_errors():
            held = self.blobs.partial_sizes()
            present = self.blobs.present(shas)
        missing = [sha for sha in shas if sha not in present]
        partial = {sha: held[sha] for sha in missing if sha in held}
        return {"missing": missing, "partial": partial}

    def put_chunk(self, sha: str, offset: int, total: int, chunk: bytes) -> dict[str, Any]:
        """Append one chunk at ``offset``; at ``total`` bytes verify and store the photo.

        Raises:
            HttpError: 409 when ``offset`` is not the size held (answer carries ``offset``),
                or when the partial held was declared with another total (discarded:
                ``offset`` 0, the upload restarts); 400 for a chunk past ``total`` or an
                empty chunk; 413 for a photo over the limit; 422 when the complete bytes do
                not hash to ``sha`` (discarded); 503 when the blob store cannot be reached
                (keyed; the chunk is not counted).
            OSError: the hub's disk could not be written (the chunk is not counted).
        """
        self._check_sha(sha)
        if total < 1:
            raise HttpError(400, SyncMsg.HUB_TOTAL_TOO_SMALL(name="total"))
        if total > MAX_PHOTO_BYTES:
            raise HttpError(413, SyncMsg.HUB_PHOTO_OVER_LIMIT(size=total, limit=MAX_PHOTO_BYTES))
        with _blob_errors(), self.blobs.upload_lock(sha):
            upload = self.blobs.settle(sha)
            held = upload.held
            if upload.state == "complete":
                return {"sha256": sha, "offset": held, "complete": True}
            if upload.state == "partial" and upload.total != total:
                self.blobs.discard_partials(sha)
                log.warning(
                    "photo %s: upload declared %s bytes, the partial held %s: restarted",
                    sha,
                    total,
                    upload.total,
                )
                held = 0
                if offset != 0:
                    raise HttpError(
                        409,
                        SyncMsg.HUB_UPLOAD_RESTARTED(sha=sha, total=total, held=upload.total or 0),
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
            try:  # sealed as a piece of its own; on failure not counted: the client resends it
                self.blobs.append(sha, total, held, chunk)
            except ForeignPartialError:  # not a partial of this hub's: restart the upload
                raise HttpError(
                    409, SyncMsg.HUB_UPLOAD_RESTARTED(sha=sha, total=total, held=held), offset=0
                ) from None
            if end < total:
                return {"sha256": sha, "offset": end, "complete": False}
            if not self.blobs.finalise(sha, total):
                raise HttpError(422, SyncMsg.HUB_UPLOAD_HASH(total=total, sha=sha), offset=0)
        if self.lta is not None:
            self.lta.offer([sha])  # a signed document's bytes: its B-LTA copy may be due
        return {"sha256": sha, "offset": total, "complete": True}

    # -- start-up ---------------------------------------------------------------------------
    def sweep(self, now: float | None = None) -> SweepReport:
        """Settle the leftovers of a previous run (at start; never raises).

        Every partial upload is settled (:meth:`.HubBlobs.settle`): complete ones are
        verified and stored, wrong ones discarded, the others kept for resuming unless
        untouched for :data:`PARTIAL_MAX_AGE_S`. The BlobStore's ``.incoming-*.part``
        temporary files of killed writes, not modified for :data:`BLOB_TEMP_STALE_S`, are
        removed (and an S3 store's multipart uploads of killed writes aborted).

        Args:
            now: Unix time to judge ages by (default: the wall clock).
        """
        now = time.time() if now is None else now
        try:
            report = self.blobs.sweep(now, PARTIAL_MAX_AGE_S, BLOB_TEMP_STALE_S)
        except (OSError, InspectError) as exc:
            report = SweepReport(problems=[f"photos: {exc}"])
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


@contextlib.contextmanager
def _blob_errors() -> Iterator[None]:
    """Turn a blob store that cannot be reached into a 503 answer with its keyed message."""
    try:
        yield
    except BlobsUnavailableError as exc:  # the store's address and error: the operator's log
        log.error("hub photo store: %s", exc)
        raise HttpError(503, SyncMsg.HUB_BLOBS_DOWN()) from exc


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
            hub.refuse(peer, claimed, exc.status, _refused(request, exc.message))
            return _json_error(exc.status, exc.message)
        except HttpError as exc:
            hub.refuse(
                peer,
                replica or claimed,
                exc.status,
                _refused(request, exc.message),
            )
            return _json_error(exc.status, exc.message, **exc.extra)
        except ClientDisconnect:
            # gone before its body arrived (or cut off by the door, which counted it): this
            # answer is never sent
            return Response(status_code=400)
        except DatabaseDownError as exc:  # address and driver's text: the operator's log only
            log.error("hub %s %s: %s", request.method, request.url.path, exc)
            return _json_error(503, SyncMsg.HUB_DATABASE_DOWN())
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


def _refused(request: Request, message: Message) -> Message:
    """What the refusal log keeps of a refused request: ``METHOD /path: message`` (keyed)."""
    return SyncMsg.HUB_REFUSED_REQUEST(
        request=f"{request.method} {request.url.path}", reason=message
    )


def _int_param(request: Request, name: str, default: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        if default is None:
            raise HttpError(400, SyncMsg.HUB_PARAM_REQUIRED(name=repr(name)))
        return default
    if not _DIGITS.fullmatch(raw):  # 1 to 15 digits: 0 … 10**15 - 1 (fits PostgreSQL's bigint)
        raise HttpError(
            400,
            SyncMsg.HUB_PARAM_NOT_NUMBER(name=repr(name), value=repr(raw[:40]), limit=_MAX_PARAM),
        )
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
            "scoped_pull": bool(getattr(hub.log, "scoped_pull", False)),  # GET /ops?scoped=1
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
    if request.query_params.get("scoped") == "1":
        return await _get_scoped_ops(request, hub, replica)
    after = _int_param(request, "after", 0)
    limit = min(max(_int_param(request, "limit", PULL_LIMIT), 1), MAX_PULL_LIMIT)
    after_op = request.query_params.get("after_op") or None
    if after_op is not None and not is_sha256(after_op):
        raise HttpError(400, SyncMsg.HUB_BAD_OP_ID(name="after_op"))
    return JSONResponse(await run_in_threadpool(hub.ops_after, after, after_op, limit, replica))


async def _get_scoped_ops(request: Request, hub: Hub, replica: str) -> Response:
    """``GET /ops?scoped=1&cursors=…&epoch=…&at=…&limit=N``: a page of the caller's scope.

    The scope is the signing replica's ``replica.scope`` on the hub (docs/design/scoped-pull.md
    2.4); ``{"scoped": false}`` when it is everything or the hub keeps no tags.
    """
    from inspect_app.sync.hub_scope_pull import MAX_EPOCH_TEXT, BadCursorsError, parse_cursors

    limit = min(max(_int_param(request, "limit", PULL_LIMIT), 1), MAX_PULL_LIMIT)
    try:
        cursors = parse_cursors(request.query_params.get("cursors"))
    except BadCursorsError as exc:
        raise HttpError(400, SyncMsg.HUB_BAD_CURSORS(name="cursors", error=str(exc)[:80])) from None
    epoch = request.query_params.get("epoch", "")
    if len(epoch) > MAX_EPOCH_TEXT or not epoch.isascii():
        raise HttpError(400, SyncMsg.HUB_BAD_CURSORS(name="epoch", error=repr(epoch[:40])))
    at = request.query_params.get("at", "")  # the op id at the cursors (hub_scope_pull)
    if at and not is_sha256(at):
        raise HttpError(400, SyncMsg.HUB_BAD_OP_ID(name="at"))
    return JSONResponse(
        await run_in_threadpool(hub.log.scoped_page, replica, cursors, epoch, limit, at)
    )


async def _post_pin(request: Request, hub: Hub, replica: str) -> Response:
    """``POST /scope/pins`` ``{"entity": E, "id": I}``: fetch a record on demand (design 4.2).

    404 keyed ``hub.record_unknown`` when the hub holds no op of the record.
    """
    payload = _json_body(request)
    entity = payload.get("entity") if isinstance(payload, dict) else None
    entity_id = payload.get("id") if isinstance(payload, dict) else None
    if (
        not isinstance(entity, str)
        or not isinstance(entity_id, str)
        or not 0 < len(entity) <= 64
        or not 0 < len(entity_id) <= 200
        or not _is_text(entity + entity_id)
    ):
        raise HttpError(400, SyncMsg.HUB_BODY_SHAPE(shape='{"entity": string, "id": string}'))
    answer = await run_in_threadpool(hub.log.pin, replica, entity, entity_id)
    if answer is None:
        raise HttpError(
            404, SyncMsg.HUB_RECORD_UNKNOWN(record=f"{entity}:{entity_id}"), reason="unknown"
        )
    return JSONResponse(answer)


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
    if not await run_in_threadpool(hub.has_photo, sha):
        raise HttpError(404, SyncMsg.HUB_PHOTO_ABSENT(sha=sha))
    return await run_in_threadpool(_blob_response, hub, sha, request.headers.get("range"))


_RANGE = re.compile(r"bytes=([0-9]{1,15})-")


def _set_aside(hub: Hub, sha: str) -> None:
    """Move aside a stored photo that failed its seal (``HubBlobs.set_aside``).

    The next push of a laptop holding it stores it again; logged without a traceback.
    """
    log.warning("photo %s failed its seal check in the hub's photo store: set aside", sha)
    try:
        hub.blobs.set_aside(sha)
    except (OSError, BlobsUnavailableError) as exc:
        log.warning("photo %s could not be set aside: %s", sha, exc)


def _blob_response(hub: Hub, sha: str, wanted: str | None) -> Response:
    """The photo's plaintext, streamed out of the (sealed) store; ``Range: bytes=N-`` honoured.

    A download resumed after a cut asks for the rest (``bytes=N-``, what the client sends):
    206 with ``Content-Range``; any other range form gets the whole file (200), as a server
    may answer. One chunk in memory; decrypted as it goes.
    """
    with _blob_errors():
        size = hub.blobs.size(sha)
        try:
            source = hub.blobs.open(sha)
        except SealedFileError:
            _set_aside(hub, sha)
            raise HttpError(404, SyncMsg.HUB_PHOTO_ABSENT(sha=sha)) from None
    match = _RANGE.fullmatch((wanted or "").strip())
    start = int(match.group(1)) if match else 0
    if start >= size and match:
        source.close()
        return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
    source.seek(start)

    def blocks() -> Iterator[bytes]:
        with source:
            try:
                while block := source.read(1 << 20):
                    yield block
            except SealedFileError:  # the answer is cut short: the laptop retries later
                _set_aside(hub, sha)

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
    hub.refusals.record(peer, request.headers.get(REPLICA_HEADER), "no_such_route", message)
    return _json_error(status, message)


def create_app(
    store: Store,
    clock: Callable[[], float] = time.time,
    limits: HubLimits | None = None,
    tsa: TimestampService | None = None,
    hub_log: HubLog | None = None,
    blobs: HubBlobs | None = None,
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
        hub_log: the hub's op log (default: ``store``'s own; :class:`~.hub_pg.PgHubLog` for
            PostgreSQL); the hub closes it at shutdown.
    """
    hub = Hub(store, clock, limits, tsa, hub_log, blobs)

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
        Route("/scope/pins", _endpoint(_post_pin, body_limit=1024), methods=["POST"]),
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
    hub_log: HubLog | None = None,
    blobs: HubBlobs | None = None,
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
        hub_log: the hub's op log (``hub serve --database``: a :class:`~.hub_pg.PgHubLog`).

    Raises:
        HubError: the address cannot be used.
    """
    sock = bind(host, port)
    app = create_app(store, limits=limits, tsa=tsa, hub_log=hub_log, blobs=blobs)
    config = server_config(app, "info", 5)
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
        hub_log: the hub's op log (default: the store's own), closed when the hub stops.

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
        hub_log: HubLog | None = None,
        blobs: HubBlobs | None = None,
    ) -> None:
        self._sock = bind(host, port)
        bound = self._sock.getsockname()[1]
        self.url = f"http://{host}:{bound}"
        app = create_app(store, clock, limits, tsa, hub_log, blobs)
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
