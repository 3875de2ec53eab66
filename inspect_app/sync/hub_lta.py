"""The hub's B-LTA desk: a long-term copy of every signed document that reaches the hub.

A signed document reaches the hub in two parts, in either order: its bytes (the photo/blob
channel, ``PUT /photos/{sha}``) and its ``document`` record (``POST /ops``). When both are
there and the hub runs a TSA (``hub serve --tsa``), the desk makes the B-LTA copy
(``TimestampService.upgrade``, i.e. :func:`inspect_app.notices.ltv.upgrade_to_lta`: DSS
with the chain and the team CA's latest CRL, then a document timestamp from the hub's own
TSA), stores its bytes as a new content-addressed blob and writes a ``document`` record
with ``level="B-LTA"`` and ``upgrade_of`` = the original's SHA-256. Laptops pull both like
any document.

**Why the hub writes the record** (and not a laptop): the hub is a replica with its own
log, key and store (it already writes ops: pairing enrols laptops in a lead's name), it holds
the TSA key, and it sees every document first, so each document gets exactly one copy,
made once, whether or not its signer's laptop comes back. The record is written in the name
of the officer who signed the original (``signed_by``; the judge asks a team lead for a
decision, as for the original), so the same judge rules apply on every replica.

The work runs on one background thread fed by a queue (never on a request): the request
that completed an upload or applied ops only names the candidates. At start the desk looks
once (one indexed query) for documents still lacking a copy.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from inspect_app.domain.entities import SignatureLevel
from inspect_app.domain.errors import InspectError
from inspect_app.storage.documents import (
    document_change,
    find_document,
    store_document_bytes,
    team_ca_pems,
)
from inspect_app.storage.lasting import latest_crls, lta_copy_of
from inspect_app.storage.store import Store

log = logging.getLogger(__name__)

QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"
MAX_TSA_REQUEST_BYTES = 4096
"""``POST /tsa`` (RFC 3161 section 3.4): a TimeStampReq is a few hundred bytes."""


class TimestampService(Protocol):
    """What the hub needs of its TSA.

    ``inspect_app.notices.ltv.HubTimestampService``; the composition root builds it, as the
    sync layer does not import the notices layer.
    """

    def respond(self, request_der: bytes) -> bytes:
        """A DER TimeStampResp for a DER TimeStampReq (never raises)."""
        ...

    def upgrade(self, pdf: bytes, roots: Sequence[bytes], crls: Sequence[bytes]) -> bytes:
        """The B-LTA copy of a signed PDF.

        DSS with ``roots``' chain and ``crls``, then a document timestamp. Raises the
        notices layer's ``SigningError``.
        """
        ...


@dataclass
class LtaDesk:
    """Makes the B-LTA copies of a hub (one worker thread).

    Args:
        store: the hub's store.
        tsa: the hub's timestamp service.

    Attributes:
        made: {original SHA-256: B-LTA copy SHA-256} made since start (tests, benchmark).
        failed: {original SHA-256: reason} of copies that could not be made.
    """

    store: Store
    tsa: TimestampService
    made: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    _queue: queue.Queue[str | None] = field(default_factory=queue.Queue)
    _thread: threading.Thread | None = None
    _idle: threading.Event = field(default_factory=threading.Event)
    blobs: Any = None
    """The hub's photo store (:class:`~.hub_blobs.HubBlobs`: ``hub serve --blobs``), where
    documents are read and copies written; None: the store's own ``photos/``."""

    def start(self) -> None:
        """Start the worker and queue every document still lacking a copy (one query)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="hub-lta", daemon=True)
        self._thread.start()
        with self.store._lock:
            rows = self.store.db.conn.execute(
                "SELECT d.id FROM document d WHERE d.withdrawn = 0"
                " AND coalesce(d.level, '') <> ? AND NOT EXISTS"
                " (SELECT 1 FROM document u WHERE u.upgrade_of = d.id)",
                [SignatureLevel.B_LTA.value],
            ).fetchall()
        self.offer(str(r[0]) for r in rows)

    def stop(self) -> None:
        """Stop the worker after the copy in hand (pending ones are made at the next start)."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=10)
            self._thread = None

    def offer(self, shas: Iterable[str]) -> None:
        """Name documents (or blobs) that may now be complete; the worker checks each."""
        for sha in shas:
            self._idle.clear()
            self._queue.put(sha)

    def offer_ops(self, entries: Iterable[tuple[str, Any]]) -> None:
        """Name the documents that pushed ops create (``document`` creates among ``entries``)."""
        found = []
        for body, _sig in entries:
            if '"document"' not in body:
                continue
            try:
                op = json.loads(body)
            except ValueError:
                continue
            if op.get("entity") == "document" and op.get("kind") == "create":
                found.append(str(op.get("id")))
        self.offer(found)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until the queue is worked off (tests, benchmark); True if it was."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        while True:
            try:
                sha = self._queue.get(timeout=0.5)
            except queue.Empty:
                self._idle.set()
                continue
            if sha is None:
                return
            try:
                self.upgrade(sha)
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the desk
                log.exception("B-LTA copy of %s failed", sha[:12])
                self.failed[sha] = f"{type(exc).__name__}: {exc}"
            if self._queue.empty():
                self._idle.set()

    def upgrade(self, sha: str) -> str | None:
        """Make the B-LTA copy of document ``sha`` if it is due; return the copy's SHA-256.

        Due: the record and the bytes are both on the hub, it is not itself a B-LTA copy and
        has none yet. Returns None when not due.

        Raises:
            SigningError: pyHanko could not make the copy.
            InspectError: the hub's store refused the record (e.g. the signer is no longer a
                team lead).
        """
        blobs = self.blobs if self.blobs is not None else self.store.blobs
        with self.store._lock:
            original = find_document(self.store, sha)
            if original is None or original.level == SignatureLevel.B_LTA.value:
                return None
            if lta_copy_of(self.store, sha) is not None or not blobs.has(sha):
                return None
            roots = team_ca_pems(self.store)
            crls = [c.der for c in latest_crls(self.store)]
        pdf = blobs.read_bytes(sha)  # decrypted from the hub's sealed store
        lta = self.tsa.upgrade(pdf, roots, crls)
        copy = store_document_bytes(self.store, lta)
        if self.blobs is not None:  # the hub's photo store (a shared folder, a bucket)
            self.blobs.put_bytes(lta)
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        change = document_change(
            copy,
            kind=original.kind,
            subject_id=original.subject_id,
            size_bytes=len(lta),
            signed_by=original.signed_by,
            signed_at=now,
            number=original.number,
            signer_fingerprint=original.signer_fingerprint,
            level=SignatureLevel.B_LTA.value,
            upgrade_of=sha,
        )
        try:
            self.store.write([change], original.signed_by)
        except InspectError:
            log.warning("B-LTA copy of %s: the hub's store refused its record", sha[:12])
            raise
        self.made[sha] = copy
        return copy
