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
    PUT  /photos/{sha}?offset=N&total=T   append one chunk to partial/<sha>.part; at T bytes
                                the SHA-256 is checked and only then the file enters the
                                BlobStore (atomic); a mismatch discards it (422)

Errors are JSON ``{"error": message}`` with an HTTP status, never a traceback. Every file the
hub writes is under its data folder: ``photos/`` (BlobStore) and ``partial/``, with names
built only from validated SHA-256 hex.
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
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from inspect_app import __version__
from inspect_app.domain.errors import InspectError
from inspect_app.storage.blobs import BlobStore, fsync_directory
from inspect_app.storage.migrations import SCHEMA_VERSION
from inspect_app.storage.receive import frontier, receive, trusted_key
from inspect_app.storage.store import Store
from inspect_app.sync.hub_protocol import (
    IDEMPOTENCY_HEADER,
    MAX_CHUNK_BYTES,
    MAX_OPS_BODY_BYTES,
    MAX_PHOTO_BYTES,
    MAX_PULL_LIMIT,
    OFFSET_HEADER,
    PROTOCOL_VERSION,
    PULL_LIMIT,
    STATE_HEADER,
    AuthError,
    check_signature,
    hello_message,
    is_sha256,
    not_enrolled,
    parse_headers,
)

log = logging.getLogger(__name__)

MAX_OPS_PER_REQUEST = 20_000
MAX_SHAS_PER_REQUEST = 20_000
_NONCE = re.compile(r"[0-9A-Za-z-]{0,128}")
IDEMPOTENCY_CACHE = 512
"""Answers to ``POST /ops`` kept per (replica, Idempotency-Key, body hash), newest first."""


class HubError(InspectError):
    """The hub cannot start (e.g. the port is taken)."""


class HttpError(Exception):
    """An error answer: HTTP ``status`` and a JSON body ``{"error": message, **extra}``."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra


def _json_error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


class Hub:
    """The hub's state: its store, photo folders and the caches of the HTTP handlers.

    Args:
        store: the hub's open store (the caller closes it).
        clock: Unix time in seconds (tests may pass a fake clock).
    """

    def __init__(self, store: Store, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock
        self.blobs = BlobStore(store.photos_dir)
        self.partial_dir = store.data_dir / "partial"
        self._upload_lock = threading.Lock()
        self._replies: OrderedDict[tuple[str, str, str], dict[str, Any]] = OrderedDict()
        self._replies_lock = threading.Lock()

    # -- authentication ----------------------------------------------------------------------
    def key_of(self, replica: str) -> str | None:
        """The enrolled, active public key of ``replica`` on the hub, else None."""
        with self.store._lock:
            return trusted_key(self.store, replica)

    # -- ops --------------------------------------------------------------------------------
    def frontier(self) -> dict[str, Any]:
        """The hub's frontier (highest seq per origin replica) and op count."""
        with self.store._lock:
            return {"frontier": frontier(self.store), "op_count": self.store.op_count()}

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
                        409,
                        f"cursor {after} does not match this hub's log (the hub was restored "
                        "or replaced): pull again from the start (nothing is duplicated)",
                        reason="cursor_mismatch",
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
        return {
            "ops": [{"body": body, "sig": sig} for _, _, body, sig in rows],
            "next": nxt,
            "next_op": nxt_op,
            "more": nxt < last,
        }

    # -- photos -----------------------------------------------------------------------------
    def _partial(self, sha: str) -> Path:
        if not is_sha256(sha):  # checked by every caller too: never a path from raw input
            raise HttpError(400, f"not a SHA-256 (64 lowercase hex): {sha[:80]!r}")
        return self.partial_dir / f"{sha}.part"

    def photo_state(self, sha: str) -> tuple[str, int]:
        """(``complete``|``partial``|``absent``, bytes held) for one photo."""
        if self.blobs.has(sha):
            return "complete", self.blobs.path(sha).stat().st_size
        part = self._partial(sha)
        if part.is_file():
            return "partial", part.stat().st_size
        return "absent", 0

    def missing(self, shas: list[str]) -> dict[str, Any]:
        """Which of ``shas`` the hub lacks, and how many bytes it holds of partial ones."""
        missing, partial = [], {}
        for sha in shas:
            state, held = self.photo_state(sha)
            if state != "complete":
                missing.append(sha)
                if state == "partial":
                    partial[sha] = held
        return {"missing": missing, "partial": partial}

    def put_chunk(self, sha: str, offset: int, total: int, chunk: bytes) -> dict[str, Any]:
        """Append one chunk at ``offset``; at ``total`` bytes verify and store the photo.

        Raises:
            HttpError: 409 when ``offset`` is not the size held (answer carries ``offset``);
                400 for a chunk past ``total`` or an empty chunk; 413 for a photo over the
                limit; 422 when the complete bytes do not hash to ``sha`` (discarded).
            OSError: the hub's disk could not be written (the chunk is not counted).
        """
        if total < 1:
            raise HttpError(400, "total must be the photo's size in bytes (at least 1)")
        if total > MAX_PHOTO_BYTES:
            raise HttpError(413, f"photo of {total} bytes is over the hub limit {MAX_PHOTO_BYTES}")
        with self._upload_lock:
            state, held = self.photo_state(sha)
            if state == "complete":
                return {"sha256": sha, "offset": held, "complete": True}
            if offset != held:
                raise HttpError(
                    409,
                    f"upload of {sha} at offset {offset}, but the hub holds {held} bytes: "
                    f"resume from {held}",
                    offset=held,
                )
            if not chunk:
                raise HttpError(400, "empty chunk")
            end = held + len(chunk)
            if end > total:
                raise HttpError(400, f"chunk ends at byte {end}, past the declared total {total}")
            part = self._partial(sha)
            made = not self.partial_dir.is_dir()
            self.partial_dir.mkdir(parents=True, exist_ok=True)
            if made:
                fsync_directory(self.partial_dir.parent)
            try:
                with open(part, "ab") as out:
                    out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
            except OSError:
                with contextlib.suppress(OSError), open(part, "ab") as out:
                    out.truncate(held)  # the chunk is not counted: the client resends it
                raise
            if end < total:
                return {"sha256": sha, "offset": end, "complete": False}
            digest = hashlib.sha256()
            with open(part, "rb") as src:
                for block in iter(lambda: src.read(1 << 20), b""):
                    digest.update(block)
            if digest.hexdigest() != sha:
                part.unlink()
                raise HttpError(
                    422,
                    f"the {total} bytes uploaded do not hash to {sha} (they hash to "
                    f"{digest.hexdigest()}): discarded, upload the photo again",
                    offset=0,
                )
            stored, _ = self.blobs.put_file(part)
            part.unlink()
            if stored != sha:  # the file changed under us: never count it present
                raise HttpError(422, f"photo {sha} changed while being stored; upload again")
            return {"sha256": sha, "offset": total, "complete": True}


# -- HTTP layer ----------------------------------------------------------------------------------
Handler = Callable[[Request, Hub, str], Awaitable[Response]]


def _path_qs(request: Request) -> str:
    raw = request.scope.get("raw_path") or request.scope["path"].encode("utf-8")
    query = request.scope.get("query_string", b"")
    text = raw.decode("latin-1")
    return f"{text}?{query.decode('latin-1')}" if query else text


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HttpError(413, f"request body of {declared} bytes is over the limit of {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HttpError(413, f"request body is over the limit of {limit} bytes")
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
        try:
            if signed:
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
            log.warning("refused %s %s: %s", request.method, request.url.path, exc.message)
            return _json_error(exc.status, exc.message)
        except HttpError as exc:
            return _json_error(exc.status, exc.message, **exc.extra)
        except InspectError as exc:
            return _json_error(503, f"the hub store cannot do this now: {exc}")
        except OSError as exc:
            log.exception("hub disk error")
            return _json_error(507, f"the hub could not write its disk: {exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001 - last guard: JSON, never a traceback
            log.exception("unexpected hub error")
            return _json_error(500, f"unexpected hub error {type(exc).__name__} (see hub log)")

    return wrapper


def _int_param(request: Request, name: str, default: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        if default is None:
            raise HttpError(400, f"query parameter {name!r} is required")
        return default
    if not raw.isdigit() or len(raw) > 15:
        raise HttpError(400, f"query parameter {name!r} must be a whole number ≥ 0: {raw[:40]!r}")
    return int(raw)


def _json_body(request: Request) -> Any:
    try:
        return json.loads(request.state.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HttpError(400, f"the body is not valid JSON: {exc}") from exc


def _sha_param(request: Request) -> str:
    sha = str(request.path_params["sha"])
    if not is_sha256(sha):
        raise HttpError(400, f"not a SHA-256 (64 lowercase hex): {sha[:80]!r}")
    return sha


async def _hello(request: Request, hub: Hub, replica: str) -> Response:
    nonce = request.query_params.get("nonce", "")
    if not _NONCE.fullmatch(nonce):
        raise HttpError(400, "nonce must be up to 128 letters, digits or '-'")
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
            "hub_time": now,
            "nonce": nonce,
            "signature": signature.hex(),
        }
    )


async def _frontier(request: Request, hub: Hub, replica: str) -> Response:
    return JSONResponse(await run_in_threadpool(hub.frontier))


async def _post_ops(request: Request, hub: Hub, replica: str) -> Response:
    payload = _json_body(request)
    items = payload.get("ops") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        raise HttpError(400, 'the body must be {"ops": [{"body": ..., "sig": ...}, ...]}')
    if len(items) > MAX_OPS_PER_REQUEST:
        raise HttpError(413, f"{len(items)} ops in one request; send at most {MAX_OPS_PER_REQUEST}")
    entries: list[tuple[str, Any]] = []
    for number, item in enumerate(items):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("body"), str)
            or not isinstance(item.get("sig"), str | None)
        ):
            raise HttpError(400, f"op #{number} must be {{'body': string, 'sig': hex string}}")
        entries.append((item["body"], item["sig"]))
    idem_key = request.headers.get(IDEMPOTENCY_HEADER)
    if idem_key is not None and (len(idem_key) > 128 or not idem_key.isascii()):
        raise HttpError(400, f"{IDEMPOTENCY_HEADER} must be up to 128 ASCII characters")
    body_sha = hashlib.sha256(request.state.body).hexdigest()
    report = await run_in_threadpool(hub.apply_ops, replica, idem_key, body_sha, entries)
    return JSONResponse(report)


async def _get_ops(request: Request, hub: Hub, replica: str) -> Response:
    after = _int_param(request, "after", 0)
    limit = min(max(_int_param(request, "limit", PULL_LIMIT), 1), MAX_PULL_LIMIT)
    after_op = request.query_params.get("after_op") or None
    if after_op is not None and not is_sha256(after_op):
        raise HttpError(400, "after_op must be an op id (64 lowercase hex)")
    return JSONResponse(await run_in_threadpool(hub.ops_after, after, after_op, limit))


async def _photos_missing(request: Request, hub: Hub, replica: str) -> Response:
    payload = _json_body(request)
    shas = payload.get("sha256") if isinstance(payload, dict) else None
    if not isinstance(shas, list) or len(shas) > MAX_SHAS_PER_REQUEST:
        raise HttpError(
            400, f'the body must be {{"sha256": [up to {MAX_SHAS_PER_REQUEST} hashes]}}'
        )
    bad = [s for s in shas if not is_sha256(s)]
    if bad:
        raise HttpError(400, f"not a SHA-256 (64 lowercase hex): {str(bad[0])[:80]!r}")
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
        raise HttpError(404, f"the hub does not hold photo {sha} (it is expected)")
    return FileResponse(hub.blobs.path(sha), media_type="application/octet-stream")


async def _not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    detail = getattr(exc, "detail", None) or "not found"
    return _json_error(status, f"{detail}: {request.method} {request.url.path}")


def create_app(store: Store, clock: Callable[[], float] = time.time) -> Starlette:
    """The hub's ASGI app over an open store (the caller keeps and closes the store).

    Args:
        store: the hub's store.
        clock: Unix time in seconds, used for ``/hello`` and the timestamp check.
    """
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
    ]
    app = Starlette(routes=routes, exception_handlers={404: _not_found, 405: _not_found})
    app.state.hub = Hub(store, clock)
    return app


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
        raise HubError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise HubError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc} (is another hub running?)"
        ) from exc
    return sock


def serve(store: Store, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Run the hub in the foreground until Ctrl-C (SIGINT/SIGTERM).

    Raises:
        HubError: the address cannot be used.
    """
    sock = bind(host, port)
    config = uvicorn.Config(create_app(store), log_level="info", timeout_graceful_shutdown=5)
    log.info("hub replica %s listening on http://%s:%s", store.replica_id, host, port)
    uvicorn.Server(config).run(sockets=[sock])


class HubThread:
    """A hub served by uvicorn in a background thread (tests, benchmarks, an embedded hub).

    Use as a context manager; :attr:`url` is ready (``/hello`` answers) on entry.

    Args:
        store: the hub's open store.
        host: interface to listen on.
        port: TCP port; 0 picks a free one.
        clock: Unix time in seconds for the hub.
    """

    def __init__(
        self,
        store: Store,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._sock = bind(host, port)
        bound = self._sock.getsockname()[1]
        self.url = f"http://{host}:{bound}"
        config = uvicorn.Config(
            create_app(store, clock), log_level="warning", timeout_graceful_shutdown=2
        )
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
                raise HubError(f"the hub at {self.url} did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Ask the server to exit and wait for its thread (at most 10 s)."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self._sock.close()

    def __enter__(self) -> HubThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
