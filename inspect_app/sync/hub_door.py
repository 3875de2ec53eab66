"""The hub's door: connection limits and read deadlines under the HTTP app (slowloris).

uvicorn reads a request with no deadline of its own: its keep-alive timer covers only the
idle time between requests and is reset by every byte received, so a client that trickles
header or body bytes holds a connection and a file descriptor for ever, and enough of them
stop the hub. ASGI middleware cannot help: it first runs when the headers are complete. So
the hub serves HTTP/1.1 with its own subclass of uvicorn's h11 protocol
(:func:`door_protocol`), always h11 whatever else is installed, that gives every
connection a phase and every phase but ``working`` a deadline:

=============  ===========================================================================
phase          deadline (:class:`HubLimits`)
=============  ===========================================================================
``headers``    ``header_timeout_s`` from the connection opening or the first byte of a
               request: then 408, close
``body``       after ``body_grace_s`` the bytes received must keep up with
               ``min_body_rate`` since the end of the headers: a body that stalls is cut
               ``body_grace_s`` after its last useful byte, and a whole body may take at
               most ``body_grace_s + Content-Length / min_body_rate``: then 408, close
``working``    none for reading (the request is complete; the app answers). A client that
               stops reading the answer for ``write_stall_s`` is cut off.
``draining``   the app answered before the body arrived (a refusal): the rest of the body
               is dropped for at most ``drain_s``, then close
``waiting``    kept alive between requests: ``keep_alive_s``, then a quiet close
=============  ===========================================================================

A request head over ``max_header_bytes`` or that is not HTTP/1.1 is answered 400; a body
over ``max_body_bytes`` (every route's limit is lower) is answered 413 before one byte of it
is read; a body without ``Content-Length`` (chunked) is answered 411, as the deadline needs
the size up front and the hub's clients always send it. Each of these closes the connection.

**Limits and displacement.** One peer address may hold ``max_connections_per_peer``
connections and the hub ``max_connections`` in all. When a new connection would exceed a
limit, the door first *displaces* the most stalled connection under that limit — the oldest
one still in ``headers`` or ``draining``, else the longest ``waiting`` (kept-alive, idle) —
answering it 503 when it was owed an answer; only when every connection is receiving a body
or being answered is the newcomer refused (503, close). Limits alone would let a client
that parks slow connections lock out a laptop that shares its address (or, with enough
addresses, everybody) until the deadlines free them; with displacement, stalling costs an
attacker its own connections, while a laptop's connection is stalled for no longer than it
takes its headers to cross the LAN. Per-peer limits keep one address from taking the whole
table; the deadlines bound how long any connection can hold a slot without progress.

Everything refused or cut off is counted in the hub's :class:`RefusalLog`, with the replica
id the request claimed once its headers were read. The door runs entirely on the server's
event loop thread, so its counters need no lock.
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, ClassVar

import h11
from uvicorn.config import Config
from uvicorn.protocols.http.flow_control import FlowControl
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

from inspect_app.domain.messages import Message
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.sync.hub_protocol import (
    BODY_GRACE_S,
    DRAIN_AFTER_REFUSAL_S,
    HEADER_TIMEOUT_S,
    KEEP_ALIVE_S,
    MAX_CHUNK_BYTES,
    MAX_CONNECTIONS,
    MAX_CONNECTIONS_PER_PEER,
    MAX_HEADER_BYTES,
    MAX_OPS_BODY_BYTES,
    MIN_BODY_BYTES_PER_S,
    REPLICA_HEADER,
    WRITE_STALL_S,
    error_body,
)
from inspect_app.sync.hub_refusals import RefusalLog

log = logging.getLogger(__name__)

_DIGITS = re.compile(r"[0-9]{1,19}")
_REPLICA_HEADER = REPLICA_HEADER.lower().encode("ascii")


@dataclass(frozen=True)
class HubLimits:
    """The door's limits; the defaults are the constants of :mod:`.hub_protocol`.

    Tests pass short deadlines to watch them act; a hub in an office keeps the defaults.

    Attributes:
        header_timeout_s: seconds for a request line and headers.
        body_grace_s: seconds a body may take on top of its size at ``min_body_rate``.
        min_body_rate: slowest average body rate accepted, bytes per second.
        drain_s: seconds the rest of a refused request's body is read and dropped.
        write_stall_s: seconds a client may read nothing of an answer.
        keep_alive_s: seconds an idle kept-alive connection is kept.
        max_header_bytes: largest request line plus headers.
        max_body_bytes: largest body of any request (each route has its own lower limit).
        max_connections: connections held at once.
        max_connections_per_peer: connections one peer address may hold at once.
    """

    header_timeout_s: float = HEADER_TIMEOUT_S
    body_grace_s: float = BODY_GRACE_S
    min_body_rate: int = MIN_BODY_BYTES_PER_S
    drain_s: float = DRAIN_AFTER_REFUSAL_S
    write_stall_s: float = WRITE_STALL_S
    keep_alive_s: int = KEEP_ALIVE_S
    max_header_bytes: int = MAX_HEADER_BYTES
    max_body_bytes: int = max(MAX_OPS_BODY_BYTES, MAX_CHUNK_BYTES)
    max_connections: int = MAX_CONNECTIONS
    max_connections_per_peer: int = MAX_CONNECTIONS_PER_PEER

    def body_deadline(self, length: int) -> float:
        """Seconds a body of ``length`` bytes may take to arrive, at most.

        More precisely, ``body_deadline(n)`` is when the byte after the first ``n`` must
        have arrived: a body that stops after ``n`` bytes is cut then.
        """
        return self.body_grace_s + length / max(self.min_body_rate, 1)


class Phase(enum.Enum):
    """Where a connection is in its current request (see the module docstring)."""

    HEADERS = "headers"
    BODY = "body"
    WORKING = "working"
    DRAINING = "draining"
    WAITING = "waiting"


_STALLED = (Phase.HEADERS, Phase.DRAINING)  # displaced first, oldest first
_IDLE = (Phase.WAITING,)  # then these


class Door:
    """The connections the hub holds, by peer address, and the limits over them.

    Used only from the server's event loop thread.

    Args:
        limits: the limits.
        refusals: where refusals are counted.
    """

    def __init__(self, limits: HubLimits, refusals: RefusalLog) -> None:
        self.limits = limits
        self.refusals = refusals
        self._by_peer: dict[str, set[DoorProtocol]] = {}
        self._count = 0

    @property
    def open_connections(self) -> int:
        """Connections admitted and not yet closed."""
        return self._count

    def connections_of(self, peer: str) -> int:
        """Connections admitted from ``peer`` and not yet closed."""
        return len(self._by_peer.get(peer, ()))

    def admit(self, conn: DoorProtocol) -> tuple[str, Message] | None:
        """Admit a new connection, displacing a stalled one when a limit is reached.

        Returns:
            None when admitted, else (reason, message) of the refusal.
        """
        limits = self.limits
        mine = self._by_peer.get(conn.peer, set())
        if len(mine) >= limits.max_connections_per_peer:
            victim = _most_stalled(mine)
            if victim is None:
                return (
                    "too_many_connections",
                    SyncMsg.HUB_TOO_MANY_CONNECTIONS(peer=conn.peer, count=len(mine)),
                )
            victim.displace()
        if self._count >= limits.max_connections:
            victim = _most_stalled(c for conns in self._by_peer.values() for c in conns)
            if victim is None:
                return ("hub_full", SyncMsg.HUB_FULL(count=self._count))
            victim.displace()
        self._by_peer.setdefault(conn.peer, set()).add(conn)
        self._count += 1
        return None

    def release(self, conn: DoorProtocol) -> None:
        """Forget a connection (closed or displaced); a no-op for one not admitted."""
        mine = self._by_peer.get(conn.peer)
        if mine is None or conn not in mine:
            return
        mine.discard(conn)
        self._count -= 1
        if not mine:
            del self._by_peer[conn.peer]


def _most_stalled(conns: Iterable[DoorProtocol]) -> DoorProtocol | None:
    best: DoorProtocol | None = None
    best_key: tuple[int, float] | None = None
    for conn in conns:
        if conn.phase in _STALLED:
            key = (0, conn.phase_since)
        elif conn.phase in _IDLE:
            key = (1, conn.phase_since)
        else:
            continue
        if best_key is None or key < best_key:
            best, best_key = conn, key
    return best


def json_answer(status: int, message: Message) -> bytes:
    """A complete HTTP/1.1 answer ``{"error": message, "keyed": …}`` that closes the connection."""
    body = json.dumps(error_body(message), ensure_ascii=False).encode("utf-8")
    phrase = HTTPStatus(status).phrase
    head = (
        f"HTTP/1.1 {status} {phrase}\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class _DoorFlow(FlowControl):
    """uvicorn's flow control, telling the protocol when the *hub* stops reading.

    uvicorn stops reading a body when more than 64 KiB wait for the app (it is busy, e.g.
    waiting for the store); that time is not the client's, so the body's clock stops until
    the app reads again.
    """

    def __init__(self, transport: asyncio.Transport, protocol: DoorProtocol) -> None:
        super().__init__(transport)
        self._protocol = protocol

    def pause_reading(self) -> None:
        was = self.read_paused
        super().pause_reading()
        if not was:
            self._protocol.suspend_deadline()

    def resume_reading(self) -> None:
        was = self.read_paused
        super().resume_reading()
        if was:
            self._protocol.resume_deadline()


class DoorProtocol(H11Protocol):
    """uvicorn's h11 protocol with the door's phases, deadlines and limits.

    Use :func:`door_protocol` to get a subclass bound to one :class:`Door`.
    """

    door: ClassVar[Door]

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.peer = "?"
        self.phase = Phase.HEADERS
        self.phase_since = 0.0
        self._deadline: asyncio.TimerHandle | None = None
        self._body_length = 0  # Content-Length of the body being received
        self._body_got = 0  # bytes of it received (not counting those with the headers)
        self._body_start = 0.0  # loop time the body's clock started (moved on by pauses)
        self._paused_at: float | None = None  # loop time the hub stopped reading the body
        self._stall: asyncio.TimerHandle | None = None
        self._done = False  # refused, cut off or displaced: ignore whatever still arrives

    # -- asyncio.Protocol ---------------------------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Admit the connection (or refuse it 503) and start the header deadline."""
        super().connection_made(transport)
        self.flow = _DoorFlow(transport, self)
        self.peer = str(self.client[0]) if self.client else "?"
        refused = self.door.admit(self)
        if refused is not None:
            reason, message = refused
            self._refuse(503, reason, message)
            return
        self._enter(Phase.HEADERS, self.door.limits.header_timeout_s)

    def data_received(self, data: bytes) -> None:
        """Feed h11, then follow the request into its next phase."""
        if self._done:
            return
        if self.phase is Phase.WAITING:  # the first byte of the next request
            self._enter(Phase.HEADERS, self.door.limits.header_timeout_s)
        elif self.phase is Phase.BODY:
            self._body_got += len(data)
        cycle = self.cycle
        super().data_received(data)
        if not self._done:
            self._follow(new_request=self.cycle is not cycle)

    def connection_lost(self, exc: Exception | None) -> None:
        """Cancel the timers and leave the door's table."""
        self._cancel()
        if self._stall is not None:
            self._stall.cancel()
            self._stall = None
        self.door.release(self)
        super().connection_lost(exc)

    def pause_writing(self) -> None:
        """The client is not reading fast enough: start the write-stall timer."""
        super().pause_writing()
        if self._stall is None:
            self._stall = self.loop.call_later(self.door.limits.write_stall_s, self._write_stalled)

    def resume_writing(self) -> None:
        """The client reads again: stop the write-stall timer."""
        super().resume_writing()
        if self._stall is not None:
            self._stall.cancel()
            self._stall = None

    # -- uvicorn hooks ------------------------------------------------------------------------
    def on_response_complete(self) -> None:
        """After an answer: wait for the next request, or drain a refused body."""
        cycle = self.cycle
        super().on_response_complete()
        if self._done or self.transport.is_closing():
            return
        if self.cycle is not cycle:  # a pipelined request was parsed meanwhile
            self._follow(new_request=True)
        elif self.conn.their_state is h11.SEND_BODY:
            remaining = self._remaining()
            self._enter(Phase.DRAINING, min(remaining, self.door.limits.drain_s))
        else:
            self._follow(new_request=False)

    def send_400_response(self, msg: str) -> None:
        """Answer a malformed or oversized request head with JSON (uvicorn sends text)."""
        self._refuse(
            400,
            "bad_http",
            SyncMsg.HUB_BAD_HTTP(limit=self.door.limits.max_header_bytes, error=str(msg)),
        )

    def shutdown(self) -> None:
        """Server stopping: drop connections that are only receiving; let answers finish."""
        if self.phase is Phase.WORKING:
            super().shutdown()
        else:
            self._done = True
            self._cancel()
            self.transport.close()

    def displace(self) -> None:
        """Close this stalled connection to make room (called by the :class:`Door`)."""
        self.door.release(self)
        if self.phase is Phase.HEADERS:
            self._refuse(503, "displaced", SyncMsg.HUB_DISPLACED(), release=False)
        else:
            self._done = True
            self._cancel()
            self.transport.close()

    # -- phases ---------------------------------------------------------------------------------
    def _follow(self, new_request: bool) -> None:
        """Move to the phase h11's view of the client says (after bytes or an answer)."""
        if new_request and self._head_size() > self.door.limits.max_header_bytes:
            # h11 bounds a head that trickles in; this one arrived whole
            self._refuse(
                431,
                "bad_http",
                SyncMsg.HUB_HEAD_TOO_LARGE(limit=self.door.limits.max_header_bytes),
            )
            return
        state = self.conn.their_state
        if state is h11.SEND_BODY:
            if new_request or self.phase is Phase.HEADERS:
                self._start_body()
        elif state is h11.IDLE:
            if self.phase is not Phase.HEADERS:
                self._enter(Phase.WAITING, self.door.limits.keep_alive_s)
        elif self.phase is not Phase.WORKING:
            self._enter(Phase.WORKING, None)

    def _start_body(self) -> None:
        limits = self.door.limits
        length = self._content_length()
        if length is None:
            self._refuse(
                411, "length_required", SyncMsg.HUB_LENGTH_REQUIRED(header="Content-Length")
            )
        elif length > limits.max_body_bytes:
            self._refuse(
                413,
                "too_large",
                SyncMsg.HUB_BODY_OVER_DOOR(size=length, limit=limits.max_body_bytes),
            )
        else:
            already = len(self.cycle.body) if self.cycle is not None else 0  # came with the head
            self._body_length, self._body_got = length, already
            self._enter(Phase.BODY, limits.body_grace_s)
            self._body_start = self.phase_since
            if self.flow.read_paused:  # uvicorn stopped reading already (the app is behind)
                self.suspend_deadline()

    def _body_due(self) -> float:
        """Loop time by which the next byte of the body must have arrived."""
        got = min(self._body_got, self._body_length)
        return self._body_start + self.door.limits.body_deadline(got)

    def suspend_deadline(self) -> None:
        """The hub stopped reading the body (the app is busy): stop the body's clock."""
        if self.phase is Phase.BODY and self._paused_at is None:
            self._paused_at = self.loop.time()
            self._cancel()

    def resume_deadline(self) -> None:
        """The hub reads the body again: the body's clock goes on from where it stopped."""
        if self.phase is Phase.BODY and self._paused_at is not None and not self._done:
            now = self.loop.time()
            self._body_start += now - self._paused_at
            self._paused_at = None
            self._cancel()
            self._deadline = self.loop.call_later(max(self._body_due() - now, 0), self._expired)

    def _enter(self, phase: Phase, deadline: float | None) -> None:
        """Switch phase; ``deadline`` seconds from now (None: no read deadline)."""
        self._cancel()
        self._paused_at = None
        self.phase_since = self.loop.time()
        self.phase = phase
        if deadline is not None:
            self._deadline = self.loop.call_later(deadline, self._expired)

    def _cancel(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _remaining(self) -> float:
        """Seconds left for the body being received (its whole-body bound)."""
        if self.phase is not Phase.BODY:
            return self.door.limits.drain_s
        now = self.loop.time() if self._paused_at is None else self._paused_at
        bound = self._body_start + self.door.limits.body_deadline(self._body_length)
        return max(bound - now, 0.0)

    def _expired(self) -> None:
        self._deadline = None
        if self._done or self.transport.is_closing():
            return
        limits = self.door.limits
        if self.phase is Phase.HEADERS:
            self._refuse(
                408,
                "header_timeout",
                SyncMsg.HUB_HEADER_TIMEOUT(seconds=float(limits.header_timeout_s)),
            )
        elif self.phase is Phase.BODY:
            if self._paused_at is not None:
                return  # the hub is not reading: not the client's time
            late = self.loop.time() - self._body_due()
            if late < 0:  # bytes arrived meanwhile: the deadline moved on
                self._deadline = self.loop.call_later(-late, self._expired)
                return
            self._refuse(
                408,
                "body_timeout",
                SyncMsg.HUB_BODY_TOO_SLOW(
                    got=self._body_got,
                    length=self._body_length,
                    elapsed=f"{self.loop.time() - self._body_start:.1f}",
                    rate=limits.min_body_rate // 1024,
                    grace=float(limits.body_grace_s),
                ),
            )
        else:  # waiting (idle keep-alive) or draining a refused body: close quietly
            self._done = True
            self.transport.close()

    def _write_stalled(self) -> None:
        self._stall = None
        if self._done or self.transport.is_closing():
            return
        self._done = True
        self._cancel()
        self._record(
            "write_stall",
            SyncMsg.HUB_WRITE_STALL(seconds=float(self.door.limits.write_stall_s)),
        )
        self.transport.abort()  # close() would wait for a buffer the client never reads

    # -- refusing ---------------------------------------------------------------------------------
    def _refuse(self, status: int, reason: str, message: Message, release: bool = True) -> None:
        """Answer ``status`` with ``{"error": message}`` (unless an answer started) and close."""
        self._done = True
        self._cancel()
        self._record(reason, message)
        cycle = self.cycle
        answered = cycle is not None and cycle.response_started and not cycle.response_complete
        if cycle is not None:
            cycle.disconnected = True  # the app's answer, if it comes, is dropped
            cycle.message_event.set()
        if not answered and not self.transport.is_closing():
            self.transport.write(json_answer(status, message))
        self.transport.close()
        if release:
            self.door.release(self)

    def _record(self, reason: str, message: Message) -> None:
        self.door.refusals.record(self.peer, self._claimed(), reason, message)

    def _claimed(self) -> str:
        """The replica id the current request names, once its headers were read."""
        if self.phase is Phase.HEADERS or not self.headers:
            return ""
        for name, value in self.headers:
            if name == _REPLICA_HEADER:
                return value.decode("latin-1")
        return ""

    def _head_size(self) -> int:
        """Bytes of the current request's line and headers (as parsed)."""
        scope = self.scope or {}
        size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") + 16
        return size + sum(len(name) + len(value) + 4 for name, value in self.headers or ())

    def _content_length(self) -> int | None:
        for name, value in self.headers or ():
            if name == b"content-length":
                text = value.decode("latin-1").strip()
                return int(text) if _DIGITS.fullmatch(text) else None
        return None


def door_protocol(door: Door) -> type[DoorProtocol]:
    """A :class:`DoorProtocol` subclass bound to ``door`` (pass it as uvicorn's ``http``)."""
    return type("HubDoorProtocol", (DoorProtocol,), {"door": door})
