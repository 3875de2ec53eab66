"""The office-hub HTTP protocol: names, limits and request signing shared by hub and client.

Every request but ``GET /hello`` is signed by the calling replica's Ed25519 key. The
signature covers one canonical message (UTF-8, lines joined by newlines)::

    inspect-hub-request-v1
    <hub replica id>          the audience: a request for one hub is refused by another
    <METHOD>                  upper case
    <raw path and query>      exactly as sent, e.g. /ops?after=10&limit=500
    <timestamp>               Unix time in whole seconds (decimal)
    <SHA-256 of the body>     64 lowercase hex (of b"" when there is no body)

and travels in three headers (:data:`REPLICA_HEADER`, :data:`TIMESTAMP_HEADER`,
:data:`SIGNATURE_HEADER`). The hub refuses a timestamp more than :data:`MAX_SKEW_S` seconds
from its own clock; a laptop whose clock is wrong signs with the hub's time learnt from
``/hello`` (the hello answer is itself signed by the hub over a client nonce), so a wrong
laptop clock never stops sync. A replayed request within the window is harmless: pushing ops
is a set union, photo chunks are checked against the offset held, reads change nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from inspect_app.domain.messages import Message
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.keyed_reasons import encode_message
from inspect_app.storage.keys import verify

PROTOCOL_VERSION = 1
REPLICA_HEADER = "X-Inspect-Replica"
TIMESTAMP_HEADER = "X-Inspect-Timestamp"
SIGNATURE_HEADER = "X-Inspect-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
OFFSET_HEADER = "Upload-Offset"
STATE_HEADER = "X-Photo-State"
"""HEAD /photos/{sha}: ``complete``, ``partial`` or ``absent``."""

MAX_SKEW_S = 300
"""Largest accepted difference between a request's timestamp and the hub's clock (seconds)."""
CHUNK_BYTES = 1 << 20
"""Default photo upload chunk (1 MiB)."""
MAX_CHUNK_BYTES = 8 << 20
"""Largest photo chunk the hub accepts in one PUT (8 MiB)."""
MAX_PHOTO_BYTES = 512 << 20
"""Largest photo the hub accepts (512 MiB, as for bundle members)."""
MAX_OPS_BODY_BYTES = 64 << 20
"""Largest ``POST /ops`` (or other JSON) body the hub reads (64 MiB)."""
OPS_BATCH = 1000
"""Ops the client sends per ``POST /ops``."""
PULL_LIMIT = 1000
"""Default ``limit`` of ``GET /ops``; the hub caps it at :data:`MAX_PULL_LIMIT`."""
MAX_PULL_LIMIT = 5000

# -- the hub's door: what a client must do in time (see inspect_app.sync.hub_door) --------------
HEADER_TIMEOUT_S = 10.0
"""A request line and its headers must arrive within this many seconds of the connection
opening (or of the first byte of a later request on a kept-alive connection). A laptop sends
its ~0.5 KiB of headers in one packet, so 10 s is generous even over a poor link; a client
that trickles them (slowloris) is answered 408 and disconnected."""
BODY_GRACE_S = 10.0
"""Seconds a request body may lag behind :data:`MIN_BODY_BYTES_PER_S` (start-up of the
transfer, a Wi-Fi hiccup): a body that stops arriving is cut this long after the point its
bytes so far would have lasted at the minimum rate."""
MIN_BODY_BYTES_PER_S = 64 * 1024
"""The slowest rate the hub accepts for a request body: 64 KiB/s (about 0.5 Mbit/s, a poor
Wi-Fi link; an office LAN moves 1-100 MiB/s). ``t`` seconds after its headers, at least
``(t - BODY_GRACE_S) * MIN_BODY_BYTES_PER_S`` bytes of a body must have arrived (or all of
it), so a whole body may take ``BODY_GRACE_S + Content-Length / MIN_BODY_BYTES_PER_S``: 26 s
for a 1 MiB photo chunk (:data:`CHUNK_BYTES`), 138 s for the largest chunk, about 17 min for
the largest ops body — and a body that stalls is cut after 10 s whatever it declared. A slower
body is answered 408 and disconnected; the client resends (photo chunks resume from the hub's
offset, op batches are idempotent). Time the hub itself is not reading (busy) is not counted."""
DRAIN_AFTER_REFUSAL_S = 5.0
"""When the hub answers before the body has arrived (a refusal: 401, 403, 413 …), the rest of
the body is read and dropped for at most this long, then the connection is closed."""
WRITE_STALL_S = 30.0
"""A client that reads nothing of the hub's answer for this long (the hub's send buffer stays
full) is disconnected, so a download that is never read does not hold a connection."""
KEEP_ALIVE_S = 5
"""An idle kept-alive connection is closed after this many seconds without a new request."""
MAX_HEADER_BYTES = 8 * 1024
"""Largest request line plus headers the hub reads (8 KiB; a signed request needs ~0.5 KiB).
A larger head is answered 400 and disconnected."""
MAX_CONNECTIONS = 256
"""Connections the hub holds at once (well under the usual limit of 1024 open files)."""
MAX_CONNECTIONS_PER_PEER = 16
"""Connections one peer address may hold at once. A laptop syncs over one connection; 16
leaves room for a few laptops behind one address. A new connection over the limit first
displaces that peer's most stalled connection (see :mod:`inspect_app.sync.hub_door`)."""

_SHA256 = re.compile(r"[0-9a-f]{64}")
_REPLICA = re.compile(r"[0-9a-f]{32}")
_HEX = re.compile(r"[0-9a-f]+")


class AuthError(Exception):
    """A request whose signature headers are refused.

    Attributes:
        status: the HTTP status to answer (401 missing headers, 403 refused).
        message: what is wrong, naming the replica when one was given (keyed; ``str()`` of
            the error is its English).
    """

    def __init__(self, status: int, message: Message) -> None:
        super().__init__(message.english())
        self.status = status
        self.message = message


def error_body(message: Message, **extra: Any) -> dict[str, Any]:
    """The JSON of the hub's error answers: ``{"error": English, "keyed": …, **extra}``.

    ``keyed`` is the message as its catalog id and typed parameters
    (:func:`~inspect_app.storage.keyed_reasons.encode_message`), so a laptop renders it in
    its own language; ``error`` is what older laptops (and people reading the raw answer) read.
    """
    return {"error": message.english(), "keyed": encode_message(message), **extra}


def is_sha256(value: str) -> bool:
    """True when ``value`` is 64 lowercase hex characters (a photo name that is safe in paths)."""
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def body_sha256(body: bytes) -> str:
    """SHA-256 of a request body, 64 lowercase hex."""
    return hashlib.sha256(body).hexdigest()


def request_message(hub_id: str, method: str, path_qs: str, timestamp: str, body_sha: str) -> bytes:
    """The bytes a request signature covers (see the module docstring).

    Args:
        hub_id: the hub's replica id (32 hex).
        method: HTTP method; upper-cased here.
        path_qs: raw path plus ``?query`` when there is one, as sent on the wire.
        timestamp: Unix seconds as a decimal string.
        body_sha: SHA-256 hex of the body.
    """
    lines = ["inspect-hub-request-v1", hub_id, method.upper(), path_qs, timestamp, body_sha]
    return "\n".join(lines).encode("utf-8")


def hello_message(nonce: str, hub_id: str, public_key: str, hub_time: int) -> bytes:
    """The bytes the hub signs in its ``/hello`` answer (proves it holds the hub's key)."""
    return "\n".join(["inspect-hub-hello-v1", nonce, hub_id, public_key, str(hub_time)]).encode(
        "utf-8"
    )


def sign_request(
    key: Ed25519PrivateKey,
    replica_id: str,
    hub_id: str,
    method: str,
    path_qs: str,
    body: bytes,
    timestamp: int,
) -> dict[str, str]:
    """Return the three signature headers for one request.

    Args:
        key: the calling replica's private key.
        replica_id: the calling replica's id.
        hub_id: the hub's replica id (from ``/hello``).
        method: HTTP method.
        path_qs: raw path and query as sent.
        body: the exact body bytes (b"" for none).
        timestamp: Unix time in seconds (the hub's clock as best known).
    """
    stamp = str(int(timestamp))
    message = request_message(hub_id, method, path_qs, stamp, body_sha256(body))
    return {
        REPLICA_HEADER: replica_id,
        TIMESTAMP_HEADER: stamp,
        SIGNATURE_HEADER: key.sign(message).hex(),
    }


@dataclass(frozen=True)
class SignedRequest:
    """The parts of an incoming request that its signature covers."""

    replica: str
    timestamp: str
    signature: str


def parse_headers(headers: Mapping[str, str]) -> SignedRequest:
    """Read the signature headers from a case-insensitive mapping.

    Raises:
        AuthError: 401 when a header is missing or malformed.
    """
    values = {}
    for name in (REPLICA_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER):
        value = headers.get(name)
        if not value:
            raise AuthError(401, SyncMsg.HUB_UNSIGNED(header=name))
        values[name] = str(value).strip().lower()
    replica = values[REPLICA_HEADER]
    if not _REPLICA.fullmatch(replica):
        raise AuthError(
            401, SyncMsg.HUB_BAD_REPLICA_HEADER(header=REPLICA_HEADER, value=repr(replica)[:80])
        )
    if not re.fullmatch(r"[0-9]{1,12}", values[TIMESTAMP_HEADER]):
        raise AuthError(401, SyncMsg.HUB_BAD_TIMESTAMP(header=TIMESTAMP_HEADER))
    signature = values[SIGNATURE_HEADER]
    if len(signature) != 128 or not _HEX.fullmatch(signature):
        raise AuthError(403, SyncMsg.HUB_SIGNATURE_MALFORMED(replica=replica))
    return SignedRequest(replica, values[TIMESTAMP_HEADER], signature)


def not_enrolled(replica: str) -> AuthError:
    """The 403 for a replica that is unknown to the hub or revoked there."""
    return AuthError(
        403,
        SyncMsg.HUB_NOT_ENROLLED(replica=replica, command=f"replica enroll {replica} PUBLIC_KEY"),
    )


def check_signature(
    signed: SignedRequest,
    public_key: str | None,
    hub_id: str,
    method: str,
    path_qs: str,
    body: bytes,
    now: float,
) -> None:
    """Check one request against the calling replica's enrolled key and the hub's clock.

    Args:
        signed: the parsed headers.
        public_key: the caller's key if it is enrolled and active on the hub, else None.
        hub_id: this hub's replica id.
        method: HTTP method.
        path_qs: raw path and query as received.
        body: the body bytes received.
        now: the hub's Unix time (seconds).

    Raises:
        AuthError: 403 naming the replica: not enrolled or revoked, stale or future
            timestamp, or a signature that does not verify.
    """
    if public_key is None:
        raise not_enrolled(signed.replica)
    skew = int(signed.timestamp) - now
    if abs(skew) > MAX_SKEW_S:
        stamped = SyncMsg.HUB_STAMP_AHEAD if skew > 0 else SyncMsg.HUB_STAMP_BEHIND
        raise AuthError(
            403,
            stamped(
                replica=signed.replica, seconds=abs(int(skew)), limit=MAX_SKEW_S, path="/hello"
            ),
        )
    message = request_message(hub_id, method, path_qs, signed.timestamp, body_sha256(body))
    if not verify(public_key, message, signed.signature):
        raise AuthError(403, SyncMsg.HUB_FORGED(replica=signed.replica))
