"""Syncing a laptop with the office hub over HTTP (httpx): push, pull, both.

* **push**: ``/hello`` (the hub proves its key; the laptop must have enrolled it), the hub's
  frontier, then the photos the hub lacks (chunked, resumed from the hub's offset), then the
  ops it lacks in batches with an idempotency key. A photo that cannot be uploaded does not
  hold the ops back (it is listed as failed and expected).
* **pull**: pages of ``GET /ops`` from the stored cursor; each page is applied and the cursor
  (``meta`` key ``hub_cursor:<hub replica id>``) written in **one** transaction, so the cursor
  never moves past ops not stored durably. Then the photos the store refers to but lacks are
  downloaded, verified by SHA-256 and only then stored.

Summaries never claim success while something is missing: ``ok`` is False and
``photos_expected`` lists the photos still awaited. What a person reads is keyed: errors are
raised with a ``hub.*`` message (a hub's own answer decoded from its ``keyed`` member and
nested in it), progress is reported as ``sync.progress_*`` messages, and the summary's
``message`` (English) comes with ``keyed`` (the message as :func:`encode_message` makes it);
every item of ``quarantined`` and ``photos_failed`` carries its reason the same way. Every
request is idempotent (reads, set-union op batches, offset-checked photo chunks), so timeouts
and dropped connections are retried (3 tries); a hub that refuses the laptop (403) or cannot
be reached is a :class:`HubSyncError` with a message saying what to do.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
import uuid
from collections.abc import Callable, Generator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

import httpx

from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.sync import SyncMsg, joined
from inspect_app.storage import oplog
from inspect_app.storage.blobs import file_references_sql
from inspect_app.storage.database import put_meta, write_transaction
from inspect_app.storage.keyed_reasons import decode_message, encode_message, keyed_item
from inspect_app.storage.keys import verify
from inspect_app.storage.lasting import set_tsa_url
from inspect_app.storage.migrations import SCHEMA_VERSION
from inspect_app.storage.receive import (
    ReceiveReport,
    mark_fork,
    news,
    ops_missing_from,
    receive,
    remember_peer,
    trusted_key,
)
from inspect_app.storage.sealed_files import SealedFileError
from inspect_app.storage.store import Store, put_write_block
from inspect_app.sync.hub_protocol import (
    CHUNK_BYTES,
    IDEMPOTENCY_HEADER,
    OFFSET_HEADER,
    OPS_BATCH,
    PROTOCOL_VERSION,
    PULL_LIMIT,
    STATE_HEADER,
    hello_message,
    is_sha256,
    sign_request,
)

CURSOR_PREFIX = "hub_cursor:"
DEFAULT_TIMEOUT_S = 30.0
TRIES = 3
_BACKOFF_S = (0.2, 0.6, 1.5)
_SHA_BATCH = 2000


class HubSyncError(InspectError):
    """Sync with the hub failed: unreachable, refused (not enrolled), timed out, or bad reply."""


class HubRefusedError(HubSyncError):
    """The hub answered 403: this laptop is not enrolled there, revoked, or its request forged."""


class HubUnreachableError(HubSyncError):
    """The hub cannot be reached, or did not answer in time (after the retries)."""


@dataclass(frozen=True)
class HubInfo:
    """What ``/hello`` said, checked against the hub key enrolled on this laptop.

    Attributes:
        replica_id: the hub's replica id.
        public_key: its Ed25519 public key (hex).
        schema_version: the hub store's schema version.
        app_version: the hub's app version.
        clock_offset_s: hub clock minus laptop clock (seconds); requests are stamped with
            laptop time plus this, so a wrong laptop clock never stops sync.
        scoped_pull: the hub keeps scope tags and answers scoped pulls (the PostgreSQL hub;
            absent from an older hub's answer: False). See :mod:`hub_scope_client`.
    """

    replica_id: str
    public_key: str
    schema_version: int
    app_version: str
    clock_offset_s: float
    scoped_pull: bool = False


class _SignedAuth(httpx.Auth):
    """Signs every request (see :mod:`hub_protocol`) with the laptop's replica key."""

    requires_request_body = True

    def __init__(self, session: HubSession) -> None:
        self.session = session

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        info = self.session.info
        if info is not None:
            stamp = time.time() + info.clock_offset_s
            headers = sign_request(
                self.session.store.key,
                self.session.store.replica_id,
                info.replica_id,
                request.method,
                request.url.raw_path.decode("ascii"),
                request.content,
                int(stamp),
            )
            request.headers.update(headers)
        yield request


class HubSession:
    """One connection to a hub for one laptop store. Use as a context manager.

    Args:
        store: the laptop's store.
        url: the hub's base URL, e.g. ``http://192.0.2.10:8765``.
        timeout: seconds to wait for the hub on each request.
        transport: an httpx transport (tests); None for the network.
    """

    def __init__(
        self,
        store: Store,
        url: str,
        timeout: float = DEFAULT_TIMEOUT_S,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.store = store
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.info: HubInfo | None = None
        try:
            parsed = httpx.URL(self.url)
        except (ValueError, httpx.InvalidURL) as exc:
            raise HubSyncError(SyncMsg.HUB_BAD_ADDRESS(url=repr(url), error=str(exc))) from exc
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise HubSyncError(
                SyncMsg.HUB_ADDRESS_FORM(
                    url=repr(url), form="http://HOST:PORT or https://HOST:PORT"
                )
            )
        try:
            self.client = httpx.Client(
                base_url=self.url,
                timeout=timeout,
                auth=_SignedAuth(self),
                transport=transport,
                follow_redirects=False,
            )
        except (ValueError, httpx.InvalidURL) as exc:
            raise HubSyncError(SyncMsg.HUB_BAD_ADDRESS(url=repr(url), error=str(exc))) from exc

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()

    def __enter__(self) -> HubSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests -----------------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        content: bytes = b"",
        headers: dict[str, str] | None = None,
        expect: Sequence[int] = (200,),
    ) -> httpx.Response:
        """Send one signed request, retrying timeouts and dropped connections.

        Returns:
            The response, whose status is one of ``expect``.

        Raises:
            HubSyncError: the hub cannot be reached or does not answer in time (after
                :data:`TRIES` tries), refuses this laptop (403), or answers an unexpected
                status (its JSON message is quoted).
        """
        last: Exception | None = None
        for attempt in range(TRIES):
            if attempt:
                time.sleep(_BACKOFF_S[attempt - 1])
            try:
                response = self.client.request(
                    method, path, params=params, content=content, headers=headers
                )
            except httpx.ConnectError as exc:
                last = exc
                continue
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                last = exc
                continue
            if response.status_code in expect:
                return response
            if response.status_code in (502, 503, 504) and attempt + 1 < TRIES:
                continue
            raise self._status_error(method, path, response)
        raise self._transport_error(last)

    def _transport_error(self, exc: Exception | None) -> HubUnreachableError:
        if isinstance(exc, httpx.ConnectError):
            return HubUnreachableError(
                SyncMsg.HUB_UNREACHABLE(
                    url=self.url, error=str(exc), command="inspect-app hub serve"
                )
            )
        if isinstance(exc, httpx.TimeoutException):
            return HubUnreachableError(
                SyncMsg.HUB_TIMEOUT(url=self.url, seconds=float(self.timeout), tries=TRIES)
            )
        return HubUnreachableError(
            SyncMsg.HUB_CONNECTION_FAILED(
                url=self.url, error=f"{type(exc).__name__}: {exc}", tries=TRIES
            )
        )

    def _status_error(self, method: str, path: str, response: httpx.Response) -> HubSyncError:
        detail = hub_said(response)
        if response.status_code == 403:
            return HubRefusedError(
                SyncMsg.HUB_REFUSED_LAPTOP(
                    url=self.url, replica=self.store.replica_id, detail=detail
                )
            )
        return HubSyncError(
            SyncMsg.HUB_ANSWERED(
                url=self.url,
                status=str(response.status_code),
                method=method,
                path=path,
                detail=detail,
            )
        )

    # -- protocol steps -----------------------------------------------------------------------
    def hello(self) -> HubInfo:
        """Ask ``/hello``, check the hub's signature and that this laptop enrolled the hub.

        Raises:
            HubSyncError: unreachable; not an inspect_app hub; a hub this laptop has not
                enrolled (or enrolled with another key); a forged answer.
        """
        nonce = secrets.token_hex(16)
        sent = time.time()
        response = self.request("GET", "/hello", params={"nonce": nonce})
        received = time.time()
        try:
            data = response.json()
            hub_id, public_key = str(data["replica_id"]), str(data["public_key"])
            hub_time, signature = int(data["hub_time"]), str(data["signature"])
            protocol = int(data["protocol"])
        except (ValueError, KeyError, TypeError) as exc:
            raise HubSyncError(SyncMsg.HUB_NOT_A_HUB(url=self.url, path="/hello")) from exc
        if protocol != PROTOCOL_VERSION:
            raise HubSyncError(SyncMsg.HUB_PROTOCOL(hub=str(protocol), ours=str(PROTOCOL_VERSION)))
        enrolled = trusted_key(self.store, hub_id)
        if enrolled is None:
            raise HubSyncError(
                SyncMsg.HUB_NOT_ENROLLED_HERE(
                    hub=hub_id, command=f"replica enroll {hub_id} {public_key}"
                )
            )
        if enrolled != public_key or not verify(
            enrolled, hello_message(nonce, hub_id, public_key, hub_time), signature
        ):
            raise HubSyncError(SyncMsg.HUB_IMPOSTOR(url=self.url, hub=hub_id))
        offset = hub_time - (sent + received) / 2
        # the hub's RFC 3161 TSA, used when signing (B-T) while it stays reachable
        set_tsa_url(self.store, self.url.rstrip("/") + "/tsa" if data.get("tsa") is True else None)
        self.info = HubInfo(
            hub_id,
            public_key,
            int(data["schema_version"]),
            str(data["app_version"]),
            offset,
            data.get("scoped_pull") is True,
        )
        return self.info

    def frontier(self) -> dict[str, int]:
        """The hub's highest seq held per origin replica."""
        return {str(k): int(v) for k, v in self.frontier_answer()["frontier"].items()}

    def frontier_answer(self) -> dict[str, Any]:
        """The whole ``/frontier`` answer (with ``yours``: the hub's view of this laptop)."""
        return dict(self.request("GET", "/frontier").json())

    def missing_photos(self, shas: Sequence[str]) -> list[str]:
        """Which of ``shas`` the hub does not hold complete and verified."""
        missing: list[str] = []
        for i in range(0, len(shas), _SHA_BATCH):
            body = json.dumps({"sha256": list(shas[i : i + _SHA_BATCH])}).encode()
            missing += self.request("POST", "/photos/missing", content=body).json()["missing"]
        return missing

    def photo_offset(self, sha: str) -> tuple[str, int]:
        """(``complete``|``partial``|``absent``, bytes the hub holds) for one photo."""
        response = self.request("HEAD", f"/photos/{sha}")
        return response.headers.get(STATE_HEADER, "absent"), int(
            response.headers.get(OFFSET_HEADER, "0")
        )

    def put_chunk(self, sha: str, offset: int, total: int, chunk: bytes) -> httpx.Response:
        """Send one chunk; the response is 200 (accepted), 409 (offset moved) or 422 (hash)."""
        return self.request(
            "PUT",
            f"/photos/{sha}",
            params={"offset": offset, "total": total},
            content=chunk,
            expect=(200, 409, 422),
        )

    def upload_photo(
        self, sha: str, path: Path | Callable[[], BinaryIO], chunk_bytes: int = CHUNK_BYTES
    ) -> int:
        """Upload one photo file, resuming from the offset the hub holds.

        ``path``: a clear file, or a function opening the stored original
        (``BlobStore.opener``): a sealed one is decrypted chunk by chunk on its way out —
        the hub gets the plaintext inside HTTP, as from a clear store.

        Returns:
            The offset the upload resumed from (0 for a fresh upload, or when the hub already
            holds the photo).

        Raises:
            HubSyncError: the hub refused the bytes (hash mismatch: 422) or the transfer failed.
            OSError: the local file cannot be read.
            SealedFileError: the stored original was altered (``ProtectMsg.FILE_ALTERED``).
        """
        state, offset = self.photo_offset(sha)
        if state == "complete":
            return 0
        resumed = offset
        with path() if callable(path) else open(path, "rb") as src:
            total = src.seek(0, os.SEEK_END)
            for _ in range(total // max(chunk_bytes, 1) + 2 * TRIES + 2):
                src.seek(offset)
                chunk = src.read(chunk_bytes)
                response = self.put_chunk(sha, offset, total, chunk)
                data = response.json()
                if response.status_code == 422:
                    raise HubSyncError(
                        SyncMsg.HUB_PHOTO_REFUSED(sha=sha, detail=hub_said(response))
                    )
                if response.status_code == 409:
                    offset = int(data["offset"])  # a retried chunk had landed: go on from there
                elif data.get("complete"):
                    return resumed
                else:
                    offset = int(data["offset"])
        raise HubSyncError(SyncMsg.HUB_UPLOAD_STUCK(sha=sha))

    def post_ops(self, entries: Sequence[tuple[str, str | None]], key: str) -> dict[str, Any]:
        """Send one batch of ops with an idempotency key; return the hub's receive report."""
        body = json.dumps(
            {"ops": [{"body": b, "sig": s} for b, s in entries]}, ensure_ascii=False
        ).encode("utf-8")
        response = self.request("POST", "/ops", content=body, headers={IDEMPOTENCY_HEADER: key})
        return dict(response.json())

    def get_ops(self, after: int, after_op: str | None, limit: int) -> dict[str, Any] | None:
        """One page of the hub's ops after ``after``; None when the cursor no longer matches."""
        params: dict[str, Any] = {"after": after, "limit": limit}
        if after_op:
            params["after_op"] = after_op
        response = self.request("GET", "/ops", params=params, expect=(200, 409))
        if response.status_code == 409:
            return None
        return dict(response.json())

    def download_photo(self, sha: str) -> bytes:
        """Download one photo and check its SHA-256 (resuming with Range after a cut).

        Raises:
            HubSyncError: the hub lacks it (404), the bytes do not match the hash, or the
                transfer failed.
        """
        data = bytearray()
        last: Exception | None = None
        for attempt in range(TRIES):
            if attempt:
                time.sleep(_BACKOFF_S[attempt - 1])
            headers = {"Range": f"bytes={len(data)}-"} if data else {}
            try:
                with self.client.stream("GET", f"/photos/{sha}", headers=headers) as response:
                    if response.status_code not in (200, 206):
                        response.read()
                        raise self._status_error("GET", f"/photos/{sha}", response)
                    if response.status_code == 200:
                        data.clear()
                    for block in response.iter_bytes():
                        data.extend(block)
                break
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                last = exc
        else:
            raise self._transport_error(last)
        if hashlib.sha256(data).hexdigest() != sha:
            raise HubSyncError(SyncMsg.HUB_PHOTO_MISMATCH(sha=sha))
        return bytes(data)


def hub_said(response: httpx.Response) -> Message | str:
    """What a hub's error answer says: its keyed message, else its English text.

    A hub of this version sends ``{"error": English, "keyed": …}``; an older one ``error``
    alone, and anything else (a proxy's page) is quoted, cut to 300 characters.
    """
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, dict):
        keyed = decode_message(data.get("keyed"))
        if keyed is not None:
            return keyed
        if "error" in data:
            return str(data["error"])[:300]
    return response.text[:300] or response.reason_phrase


def _failed(sha: str, exc: InspectError) -> dict[str, Any]:
    """One photo that could not be sent or fetched: its hash and why (English and keyed)."""
    message = exc.keyed_message
    item: dict[str, Any] = {"sha256": sha, "reason": str(exc)}
    if message is not None:
        item["keyed"] = encode_message(message)
    return item


# -- receiving with the cursor in the same transaction --------------------------------------------
def receive_with_cursor(
    store: Store, entries: Sequence[tuple[str, str | None]], cursor_key: str, cursor: str
) -> ReceiveReport:
    """:func:`~inspect_app.storage.receive.receive`, plus the pull cursor, in ONE transaction.

    The cursor never moves past ops that are not stored durably.

    Raises:
        StoreError: the database could not be written (neither ops nor cursor were).
    """
    return receive(store, entries, also=lambda: put_meta(store.db, cursor_key, cursor))


def cursor_of(store: Store, hub_id: str) -> tuple[int, str | None]:
    """The stored pull cursor for a hub: (log position, op id there), (0, None) if none."""
    raw = store.setting(CURSOR_PREFIX + hub_id)
    if not raw:
        return 0, None
    pos, _, op_id = raw.partition(":")
    return (int(pos), op_id or None) if pos.isdigit() else (0, None)


# -- what the store refers to ----------------------------------------------------------------------
def referenced_photos(store: Store) -> list[str]:
    """SHA-256 of every evidence file a record refers to.

    Photos (photo records, finding and inspection-record photo sets), signed documents and
    the files other records name (``FILE_FIELDS``: clips, extracts, scans, consents) — their bytes
    travel through the same content-addressed blob channel.
    """
    with store._lock:
        rows = store.db.conn.execute(
            "SELECT id FROM photo UNION SELECT photo_id FROM finding_photos "
            "UNION SELECT photo_id FROM inspection_record_photos "
            f"UNION SELECT id FROM document {file_references_sql()} ORDER BY 1"
        ).fetchall()
    return [str(r[0]) for r in rows if is_sha256(str(r[0]))]


def _merge(total: dict[str, Any], part: dict[str, Any]) -> None:
    for name in ("accepted", "duplicate", "conflicts_opened"):
        total[name] += int(part.get(name, 0))
    total["quarantined"].extend(keyed_item(item) for item in part.get("quarantined", []))
    total["flagged"].extend(part.get("flagged", []))


def _blank() -> dict[str, Any]:
    return {"accepted": 0, "duplicate": 0, "quarantined": [], "flagged": [], "conflicts_opened": 0}


Progress = Callable[[Message], None]
"""Called with one ``sync.progress_*`` message per step (on the syncing thread)."""


def _malformed(url: str, exc: Exception) -> HubSyncError:
    return HubSyncError(SyncMsg.HUB_MALFORMED(url=url, error=f"{type(exc).__name__}: {exc}"))


def push(
    store: Store,
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    chunk_bytes: int = CHUNK_BYTES,
    batch: int = OPS_BATCH,
    progress: Progress | None = None,
    transport: httpx.BaseTransport | None = None,
) -> dict[str, Any]:
    """Send the hub the photos and ops it lacks: photos first, then ops in batches.

    Args:
        store: the laptop's store.
        url: the hub's base URL.
        timeout: seconds per request.
        chunk_bytes: photo upload chunk size in bytes.
        batch: ops per ``POST /ops``.
        progress: called with a ``sync.progress_*`` message per step (e.g. for a progress bar).
        transport: an httpx transport (tests).

    Returns:
        A summary: ``message`` (English) and ``keyed`` (the same, keyed), ``ops_sent``, the
        hub's ``accepted`` / ``duplicate`` / ``quarantined`` / ``flagged`` /
        ``conflicts_opened``, ``photos_sent``, ``photos_resumed``, ``photos_failed`` (sha,
        reason, keyed), ``photos_expected`` (referenced photos the hub still
        lacks), and ``ok`` — True only when nothing was refused and no photo is missing.

    Raises:
        HubSyncError: unreachable, refused (403), timed out, or a malformed answer. Whatever
            was sent before is kept on the hub; pushing again finishes the job.
    """
    try:
        return _push(store, url, timeout, chunk_bytes, batch, progress, transport)
    except (KeyError, TypeError, ValueError, json.JSONDecodeError) as exc:
        raise _malformed(url, exc) from exc


def _push(
    store: Store,
    url: str,
    timeout: float,
    chunk_bytes: int,
    batch: int,
    progress: Progress | None,
    transport: httpx.BaseTransport | None,
) -> dict[str, Any]:
    say = progress or (lambda _line: None)
    with HubSession(store, url, timeout, transport) as session:
        info = session.hello()
        summary: dict[str, Any] = {"hub": session.url, "hub_replica": info.replica_id}
        summary |= _blank()
        wanted = referenced_photos(store)
        blobs = store.blobs
        on_hub_missing = session.missing_photos(wanted)
        sent, resumed, failed = 0, 0, []
        for number, sha in enumerate(m for m in on_hub_missing if blobs.has(m)):
            say(SyncMsg.SYNC_PROGRESS_PHOTO_OUT(number=number + 1, sha=sha[:12]))
            try:
                start = session.upload_photo(sha, blobs.opener(sha), chunk_bytes)
            except HubRefusedError:
                raise
            except SealedFileError as exc:  # altered here (db check says so): not sent
                failed.append(_failed(sha, exc))
                continue
            except HubSyncError as exc:  # one photo never holds back the ops (SYNC.md case 6)
                failed.append(_failed(sha, exc))
                if isinstance(exc, HubUnreachableError):
                    break
                continue
            sent += 1
            resumed += 1 if start else 0
        before = session.frontier_answer()
        known = {str(k): int(v) for k, v in before["frontier"].items()}
        if _diverged(store, before.get("yours")):
            known[store.replica_id] = 0  # show the hub this laptop's whole history: it judges
        entries = ops_missing_from(store, known)
        batch = max(batch, 1)
        for i in range(0, len(entries), batch):
            say(
                SyncMsg.SYNC_PROGRESS_OPS_OUT(
                    first=i + 1, last=min(i + batch, len(entries)), total=len(entries)
                )
            )
            _merge(summary, session.post_ops(entries[i : i + batch], uuid.uuid4().hex))
        answer = session.frontier_answer()
        hub_frontier = {str(k): int(v) for k, v in answer["frontier"].items()}
        with store._lock, write_transaction(store.db):
            remember_peer(store, info.replica_id, hub_frontier)
        own = own_ops_on_hub(store, answer.get("yours"))
        expected = session.missing_photos(wanted)
    summary.update(
        ops_sent=len(entries),
        photos_sent=sent,
        photos_resumed=resumed,
        photos_failed=failed,
        photos_expected=expected,
        own_ops_missing=own["missing"],
        identity_problem=own["problem"],
    )
    if own.get("problem_keyed") is not None:
        summary["identity_problem_keyed"] = own["problem_keyed"]
    summary["ok"] = not (
        news(summary["quarantined"]) or failed or expected or own["missing"] or own["problem"]
    )
    _say_summary(summary, _message("push", summary, own.get("problem_message")))
    return summary


def _say_summary(summary: dict[str, Any], message: Message) -> None:
    """Put a summary's message in it: ``message`` in English, ``keyed`` the same, keyed."""
    summary["message"] = message.english()
    summary["keyed"] = encode_message(message)


def own_ops_on_hub(store: Store, yours: Any) -> dict[str, Any]:
    """Compare this laptop's own chain with what the hub holds of it (``/frontier`` ``yours``).

    Returns ``{"missing": n, "problem": message or None}``: ``missing`` counts this
    laptop's ops the hub does not hold; ``problem`` says the hub holds a *different* or
    *longer* history of this laptop's identity (it was cloned, or restored from a backup) —
    then writing stops here too, with what to do (English; ``problem_message`` is the keyed
    message and ``problem_keyed`` its JSON). An older hub that does not answer ``yours``
    gives no verdict.
    """
    if not isinstance(yours, dict):
        return {"missing": 0, "problem": None}
    with store._lock:
        last, last_id = oplog.last_op(store.db, store.replica_id)
    seq, op_id, forked = int(yours.get("seq") or 0), yours.get("op_id"), yours.get("forked_at")
    message: Message | None = None
    reset = "inspect-app replica reset"
    if forked is not None or (seq == last and seq and op_id != last_id):
        mark_fork(store, store.replica_id, int(forked if forked is not None else seq))
        message = SyncMsg.HUB_IDENTITY_FORKED(command=reset)
    elif seq > last:
        message = (
            SyncMsg.HUB_IDENTITY_AHEAD_ONE(seq=str(seq), command=reset)
            if seq == last + 1
            else SyncMsg.HUB_IDENTITY_AHEAD(first=str(last + 1), last=str(seq), command=reset)
        )
    if message is not None:
        with store._lock, write_transaction(store.db):
            put_write_block(store.db, message)
        return {
            "missing": 0,
            "problem": message.english(),
            "problem_message": message,
            "problem_keyed": encode_message(message),
        }
    return {"missing": max(last - seq, 0), "problem": None}


def _diverged(store: Store, yours: Any) -> bool:
    """True when the hub holds another op than this laptop at the same sequence number."""
    if not isinstance(yours, dict) or not yours.get("seq"):
        return False
    if yours.get("forked_at") is not None:
        return True
    with store._lock:
        mine = store.db.conn.execute(
            "SELECT op_id FROM ops WHERE replica = ? AND seq = ?",
            [store.replica_id, int(yours["seq"])],
        ).fetchone()
    return mine is not None and mine[0] != yours.get("op_id")


def pull(
    store: Store,
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    limit: int = PULL_LIMIT,
    progress: Progress | None = None,
    transport: httpx.BaseTransport | None = None,
) -> dict[str, Any]:
    """Fetch the hub's ops after the stored cursor, then the photos this store lacks.

    Each page of ops and the new cursor are stored in one transaction; a photo counts as
    present only once its bytes match its SHA-256.

    Args:
        store: the laptop's store.
        url: the hub's base URL.
        timeout: seconds per request.
        limit: ops per page.
        progress: called with a ``sync.progress_*`` message per step.
        transport: an httpx transport (tests).

    Returns:
        A summary: ``message`` and ``keyed`` (as for :func:`push`), ``warning`` and
        ``warning_keyed`` when the hub runs a newer schema, ``accepted`` / ``duplicate`` /
        ``quarantined`` / ``flagged`` / ``conflicts_opened``, ``pages``, ``cursor`` (the log
        position; absent after a scoped pull), ``scoped``, ``scope_keys``,
        ``cursor_reset`` (the hub's log did not match the cursor, so everything was fetched
        again — a no-op for ops held),
        ``photos_received``, ``photos_failed`` and ``photos_expected`` (photos referenced
        here whose bytes have not arrived), ``scoped`` and ``scope_keys`` (a scoped pull:
        :mod:`hub_scope_client`; then photos are those of member records), and ``ok``.

    Raises:
        HubSyncError: unreachable, refused (403), timed out, or a malformed answer. Ops
            already stored stay stored with their cursor; pulling again finishes the job.
    """
    try:
        return _pull(store, url, timeout, limit, progress, transport)
    except (KeyError, TypeError, ValueError, json.JSONDecodeError) as exc:
        raise _malformed(url, exc) from exc


def _pull(
    store: Store,
    url: str,
    timeout: float,
    limit: int,
    progress: Progress | None,
    transport: httpx.BaseTransport | None,
) -> dict[str, Any]:
    say = progress or (lambda _line: None)
    with HubSession(store, url, timeout, transport) as session:
        info = session.hello()
        summary: dict[str, Any] = {"hub": session.url, "hub_replica": info.replica_id}
        summary |= _blank()
        summary["pages"], summary["cursor_reset"] = 0, False
        if info.schema_version > SCHEMA_VERSION:
            warning = SyncMsg.HUB_SCHEMA_AHEAD(
                hub=str(info.schema_version), ours=str(SCHEMA_VERSION)
            )
            summary["warning"] = warning.english()
            summary["warning_keyed"] = encode_message(warning)
        key = CURSOR_PREFIX + info.replica_id
        summary["scoped"], summary["scope_keys"], files = False, [], referenced_photos
        if info.scoped_pull:  # issue 15: a scoped laptop pulls its scope only (PostgreSQL hub)
            from inspect_app.sync import hub_scope_client as scoped

            if scoped.wants_scoped(store, info):
                summary["scoped"] = scoped.scoped_pull(session, store, info, summary, limit, say)
                files = scoped.files_wanted if summary["scoped"] else files
        after, after_op = cursor_of(store, info.replica_id)
        while not summary["scoped"]:
            page = session.get_ops(after, after_op, limit)
            if page is None:
                if after == 0:
                    raise HubSyncError(SyncMsg.HUB_CURSOR_DAMAGED())
                summary["cursor_reset"] = True
                after, after_op = 0, None
                continue
            entries = [(str(e["body"]), e.get("sig")) for e in page["ops"]]
            entries += [(str(e["body"]), e.get("sig")) for e in page.get("outside") or ()]
            nxt, nxt_op = int(page["next"]), page.get("next_op")
            if entries or nxt != after:
                report = receive_with_cursor(store, entries, key, f"{nxt}:{nxt_op or ''}")
                _merge(summary, asdict(report))
            summary["pages"] += 1
            say(SyncMsg.SYNC_PROGRESS_PAGE_IN(page=summary["pages"], count=len(entries)))
            after, after_op = nxt, nxt_op
            if not page.get("more"):
                break
        if not summary["scoped"]:  # a scoped pull keeps per-key cursors, not a position
            summary["cursor"] = after
        blobs = store.blobs
        received, failed = 0, []
        for sha in (s for s in files(store) if not blobs.has(s)):
            say(SyncMsg.SYNC_PROGRESS_PHOTO_IN(sha=sha[:12]))
            try:
                data = session.download_photo(sha)
            except HubRefusedError:
                raise
            except HubSyncError as exc:
                failed.append(_failed(sha, exc))
                if isinstance(exc, HubUnreachableError):
                    break
                continue
            stored, _ = blobs.put_bytes(data)
            if stored == sha:
                received += 1
    expected = [s for s in files(store) if not blobs.has(s)]
    summary.update(photos_received=received, photos_failed=failed, photos_expected=expected)
    summary["ok"] = not (news(summary["quarantined"]) or failed or expected)
    _say_summary(summary, _message("pull", summary))
    return summary


def both(store: Store, url: str, **options: Any) -> dict[str, Any]:
    """Push, then pull; ``ok`` only when both are.

    Args:
        store: the laptop's store.
        url: the hub's base URL.
        **options: ``timeout``, ``progress``, ``transport`` (passed to both).

    Raises:
        HubSyncError: as :func:`push` and :func:`pull`.
    """
    pushed = push(store, url, **options)
    pulled = pull(store, url, **options)
    ok = bool(pushed["ok"] and pulled["ok"])
    summary = {
        "hub": pushed["hub"],
        "hub_replica": pushed["hub_replica"],
        "push": pushed,
        "pull": pulled,
        "ok": ok,
    }
    parts = [decode_message(part["keyed"]) for part in (pushed, pulled)]
    push_said, pull_said = (
        said if said is not None else part["message"]
        for said, part in zip(parts, (pushed, pulled), strict=True)
    )
    _say_summary(summary, SyncMsg.SYNC_BOTH(push=push_said, pull=pull_said))
    return summary


def _message(what: str, summary: dict[str, Any], identity: Message | None = None) -> Message:
    """The one-line verdict of a push or pull: complete, or what is missing (keyed)."""
    problems: list[Message] = []
    if identity is not None:
        problems.append(identity)
    if summary.get("own_ops_missing"):
        problems.append(SyncMsg.SYNC_OWN_OPS_MISSING(count=int(summary["own_ops_missing"])))
    fresh = news(summary["quarantined"])
    if fresh:
        problems.append(SyncMsg.SYNC_SET_ASIDE(count=len(fresh), command="sync quarantine list"))
    if summary["photos_failed"]:
        problems.append(SyncMsg.SYNC_PHOTOS_FAILED(count=len(summary["photos_failed"])))
    if summary["photos_expected"]:
        expected = (
            SyncMsg.SYNC_PHOTOS_EXPECTED_HUB
            if what == "push"
            else SyncMsg.SYNC_PHOTOS_EXPECTED_HERE
        )
        problems.append(expected(count=len(summary["photos_expected"])))
    if identity is not None:
        return SyncMsg.SYNC_PUSH_STOPPED(problems=joined(problems))
    if problems:
        incomplete = (
            SyncMsg.SYNC_PUSH_INCOMPLETE if what == "push" else SyncMsg.SYNC_PULL_INCOMPLETE
        )
        return incomplete(problems=joined(problems))
    complete = SyncMsg.SYNC_PUSH_COMPLETE if what == "push" else SyncMsg.SYNC_PULL_COMPLETE
    return complete(accepted=int(summary["accepted"]), duplicate=int(summary["duplicate"]))
