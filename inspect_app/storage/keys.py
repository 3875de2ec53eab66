"""This replica's Ed25519 key pair (``cryptography``) and op signature checks.

The private key lives in the store's ``meta`` table (it travels with the file, which is how
a cloned or restored laptop is later recognised: same replica, same sequence numbers,
different ops). Ops are signed over their 32-byte id (SHA-256 of the canonical body), so the
signature covers every field of the op.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

HAND_OVER_S = 0.003
"""How long a thread needing a verdict lets the pool deliver it before checking work itself."""

SignatureItem = tuple[str, str, str | None]
"""(public key hex, op id hex, signature hex or None): one signature to check."""


def load_or_create_key(db: Database) -> Ed25519PrivateKey:
    """Return this replica's private key, creating and storing it on first use (in a txn)."""
    row = db.conn.execute("SELECT value FROM meta WHERE key = 'replica_private_key'").fetchone()
    if row:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row[0]))
    key, raw = new_key()
    db.conn.execute("INSERT INTO meta (key, value) VALUES ('replica_private_key', ?)", [raw])
    return key


BOX_KEY_META = "replica_box_private_key"
"""``meta`` key of this replica's X25519 private key (hex), to which bundles are sealed."""


def load_or_create_box_key(db: Database) -> X25519PrivateKey:
    """This replica's X25519 *box* key pair, created and stored on first use.

    Bundles are sealed to its public half (``replica.box_key``, HPKE RFC 9180); the private
    half lives in ``meta`` like the signing key, so it is as protected as the store is.
    Call inside a write transaction when the key may not exist yet.
    """
    row = db.conn.execute("SELECT value FROM meta WHERE key = ?", [BOX_KEY_META]).fetchone()
    if row:
        return X25519PrivateKey.from_private_bytes(bytes.fromhex(row[0]))
    key, raw = new_box_key()
    db.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [BOX_KEY_META, raw])
    return key


def new_box_key() -> tuple[X25519PrivateKey, str]:
    """A fresh X25519 key pair and its private key as hex (what ``meta`` stores)."""
    key = X25519PrivateKey.generate()
    return key, key.private_bytes_raw().hex()


def box_public_hex(key: X25519PrivateKey) -> str:
    """The X25519 public key as 64 hex characters (``replica.box_key``)."""
    return key.public_key().public_bytes_raw().hex()


def new_key() -> tuple[Ed25519PrivateKey, str]:
    """A fresh key pair and its private key as hex (what ``meta`` stores)."""
    key = Ed25519PrivateKey.generate()
    return key, key.private_bytes_raw().hex()


def public_hex(key: Ed25519PrivateKey) -> str:
    """The public key as 64 hex characters (what ``replica show`` prints and enrolment takes)."""
    return key.public_key().public_bytes_raw().hex()


def sign_op(key: Ed25519PrivateKey, op_id: str) -> str:
    """Sign an op id (64 hex) and return the signature as 128 hex characters."""
    return key.sign(bytes.fromhex(op_id)).hex()


def verify(public_key_hex: str, message: bytes, signature_hex: str | None) -> bool:
    """True if ``signature_hex`` is the Ed25519 signature of ``message`` by that key."""
    if not signature_hex:
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


class KeyCache:
    """Trusted keys and decoded public keys for one batch of ops (decoded once per replica).

    Args:
        lookup: replica id → its trusted public key hex, or None (e.g. ``trusted_key``).
    """

    def __init__(self, lookup: Callable[[str], str | None]) -> None:
        self._lookup = lookup
        self._trusted: dict[str, str | None] = {}
        self._decoded: dict[str, Ed25519PublicKey | None] = {}

    def key(self, replica: str) -> str | None:
        """The trusted key of ``replica`` (cached until :meth:`forget`)."""
        if replica not in self._trusted:
            self._trusted[replica] = self._lookup(replica)
        return self._trusted[replica]

    def forget(self) -> None:
        """Drop the trusted-key answers (an enrolment or revocation was applied)."""
        self._trusted.clear()

    def decoded(self, public_key_hex: str) -> Ed25519PublicKey | None:
        """The key object for ``public_key_hex`` (decoded once), or None when it is malformed."""
        if public_key_hex not in self._decoded:
            try:
                self._decoded[public_key_hex] = Ed25519PublicKey.from_public_bytes(
                    bytes.fromhex(public_key_hex)
                )
            except ValueError:
                self._decoded[public_key_hex] = None
        return self._decoded[public_key_hex]

    def verify(self, public_key_hex: str, op_id: str, signature_hex: str | None) -> bool:
        """True if ``signature_hex`` signs the 32-byte op id by that key (as :func:`verify`)."""
        return signed_by(self.decoded(public_key_hex), op_id, signature_hex)


def signed_by(key: Ed25519PublicKey | None, op_id: str, signature_hex: str | None) -> bool:
    """True if ``signature_hex`` is ``key``'s Ed25519 signature of the 32-byte op id.

    Touches no shared state. (The verification holds the GIL: large batches are checked
    on a worker process, see :class:`SignatureBatches`.)
    """
    if key is None or not signature_hex:
        return False
    try:
        key.verify(bytes.fromhex(signature_hex), bytes.fromhex(op_id))
    except (InvalidSignature, ValueError):
        return False
    return True


def verify_chunk(items: Sequence[SignatureItem]) -> list[bool]:
    """Whether each signature verifies (each public key decoded once); runs in any process."""
    keys = KeyCache(lambda replica: None)  # only its decoding cache is used
    return [keys.verify(key_hex, op_id, signature_hex) for key_hex, op_id, signature_hex in items]


class SignatureTicket:
    """One chunk of signatures handed to :class:`SignatureBatches`; its verdicts, once known."""

    def __init__(
        self, batches: SignatureBatches, items: list[SignatureItem], future: Future[list[bool]]
    ) -> None:
        self.batches = batches
        self.items = items
        self.future = future
        self._verdicts: list[bool] | None = None

    def verdicts(self) -> list[bool]:
        """One verdict per item; while the worker has not got to it, the caller checks others.

        Waiting would leave this thread idle, so it takes the newest chunk the worker has not
        started (or this one) and checks it itself: the two cores share the work whatever
        the worker's start-up or hand-over costs.
        """
        while self._verdicts is None:
            if self.future.done():
                self._verdicts = self.batches.collect(self)
            elif self.batches.work_meanwhile():
                continue  # the caller's own work done instead of waiting (see SignatureBatches)
            elif self._answered_soon():
                self._verdicts = self.batches.collect(self)
            elif not self.batches.check_one_here():
                self._verdicts = self.batches.collect(self)  # all started: wait for it
        return self._verdicts

    def _answered_soon(self) -> bool:
        """Give the pool's hand-over thread the GIL for a moment: the answer may be in."""
        try:
            self.future.exception(timeout=HAND_OVER_S)
        except TimeoutError:
            return False
        except CancelledError:
            return True  # cancelled by shutdown: collect() checks it here
        return True

    def check_here(self) -> bool:
        """Check this chunk in this thread if the worker has not started it; True if done so."""
        if self._verdicts is None and self.future.cancel():
            self._verdicts = verify_chunk(self.items)
            return True
        return False


class SignatureBatches:
    """Checks op signatures in chunks, on a second process when there are many.

    Ed25519 verification in ``cryptography`` holds the GIL, so a thread cannot run it beside
    the main thread's Python work; a worker process can (the floor of a ``db check`` or an
    import moves off the main thread, which meanwhile parses, judges and writes). The worker
    is started with ``spawn`` (safe beside threads, the same on Windows; the frozen app calls
    ``multiprocessing.freeze_support``). Anything wrong with the worker — it cannot start, it
    dies — and chunks are checked here instead: the verdict never depends on it.

    Use as a context manager; ``parallel_from``: the fewest signatures worth a process
    (starting one costs about 0.1–0.3 s). ``meanwhile``: the caller's own work that does not
    depend on verdicts still to come (a receive recomputes the records it has finished with);
    called, one small unit at a time, while a verdict is awaited — before this thread takes
    chunks from the worker, so that both cores keep doing work only they can do. It returns
    False when it has nothing to do. ``kept``: use the worker kept between batches (a pull's
    pages, :func:`_kept_worker`) instead of one of this batch's own.
    """

    CHUNK = 1024

    def __init__(
        self,
        expected: int,
        parallel_from: int = 4096,
        meanwhile: Callable[[], bool] | None = None,
        *,
        kept: bool = False,
    ) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._meanwhile = meanwhile
        self._open: list[SignatureTicket] = []  # submitted to the worker, verdicts not taken
        self._kept = kept
        self._using_kept = False  # counted among the kept worker's users (see __exit__)
        if expected >= parallel_from and (os.cpu_count() or 1) > 1:
            try:
                self._pool = _kept_worker() if kept else _new_worker()
                self._using_kept = kept
            except (OSError, ValueError, NotImplementedError) as exc:
                log.info("signatures checked in-process: %s", exc)

    def __enter__(self) -> SignatureBatches:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._kept:
            for ticket in self._open:  # this batch's chunks only: the worker stays up
                ticket.future.cancel()
            self._open.clear()
            if self._using_kept:
                self._using_kept = False
                _rest_kept_worker()
            self._pool = None
        elif self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    @property
    def parallel(self) -> bool:
        """Whether chunks go to a worker process."""
        return self._pool is not None

    def submit(self, items: Sequence[SignatureItem]) -> SignatureTicket:
        """Start checking one chunk (on the worker, or here at once)."""
        chunk = list(items)
        if self._pool is not None:
            try:
                ticket = SignatureTicket(self, chunk, self._pool.submit(verify_chunk, chunk))
                self._open.append(ticket)
                return ticket
            except (BrokenProcessPool, RuntimeError, OSError) as exc:
                log.warning("signature worker unavailable, checking here: %s", exc)
                _drop_kept_worker(self._pool)
                self._pool = None
        done: Future[list[bool]] = Future()
        done.set_result(verify_chunk(chunk))
        return SignatureTicket(self, chunk, done)

    def work_meanwhile(self) -> bool:
        """Do one unit of the caller's own work while a verdict is awaited; False if none."""
        return self._meanwhile is not None and self._pool is not None and self._meanwhile()

    def check_one_here(self) -> bool:
        """Check the newest chunk the worker has not started, in this thread; False if none."""
        while self._open:
            ticket = self._open.pop()
            if ticket.check_here():
                return True
            if not ticket.future.done():
                self._open.append(ticket)  # started: the worker finishes it
                return False
        return False

    def collect(self, ticket: SignatureTicket) -> list[bool]:
        """Wait for the worker's verdicts on ``ticket``; checked here if the worker failed."""
        try:
            return ticket.future.result()
        except (BrokenProcessPool, OSError, EOFError, CancelledError) as exc:
            log.warning("signature worker failed, checking here: %s", exc)
            if isinstance(exc, BrokenProcessPool):
                _drop_kept_worker(self._pool)
            return verify_chunk(ticket.items)


def _new_worker() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))


KEPT_IDLE_S = 30.0
"""Seconds the kept signature worker stays up after its last batch (then it exits)."""
_kept_lock = threading.Lock()
_kept: dict[str, Any] = {"pool": None, "timer": None, "users": 0}


def _kept_worker() -> ProcessPoolExecutor:
    """The signature worker kept between batches (a pull's pages), started if need be.

    Starting a process costs 0.1–0.3 s: a page of a pull is too small to pay it each time,
    but the pages of one pull follow each other. The worker exits :data:`KEPT_IDLE_S`
    seconds after the last batch that used it, and at interpreter exit.
    """
    with _kept_lock:
        timer = _kept["timer"]
        if timer is not None:
            timer.cancel()
            _kept["timer"] = None
        if _kept["pool"] is None:
            _kept["pool"] = _new_worker()
        _kept["users"] += 1
        return cast(ProcessPoolExecutor, _kept["pool"])


def _rest_kept_worker() -> None:
    """A batch is done with the kept worker: stop it unless another batch comes soon."""
    with _kept_lock:
        _kept["users"] = max(0, _kept["users"] - 1)
        if _kept["pool"] is None or _kept["users"]:
            return  # gone, or another batch still uses it (it rests the worker after)
        if _kept["timer"] is not None:
            _kept["timer"].cancel()
        timer = threading.Timer(KEPT_IDLE_S, _stop_kept_worker)
        timer.daemon = True
        _kept["timer"] = timer
        timer.start()


def _drop_kept_worker(pool: ProcessPoolExecutor | None) -> None:
    """Forget the kept worker if it is ``pool`` (broken: the next batch starts another)."""
    with _kept_lock:
        if pool is not None and _kept["pool"] is pool:
            _kept["pool"] = None
            pool.shutdown(wait=False, cancel_futures=True)


def _stop_kept_worker() -> None:
    with _kept_lock:
        pool, _kept["pool"] = _kept["pool"], None
        _kept["timer"] = None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(_stop_kept_worker)
