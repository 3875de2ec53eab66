"""Hostile clients for the hub's door tests: raw sockets that stall, trickle and flood.

Every client can take its source address from the loopback net (127.0.0.2, 127.0.0.3 … are
all this machine on Linux), so the hub sees several peers although everything runs here.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from inspect_app.sync.hub_protocol import sign_request


def loopback_alias(last: int) -> str | None:
    """``127.0.0.<last>`` when this machine can use it as a source address, else None."""
    address = f"127.0.0.{last}"
    try:
        with socket.socket() as probe:
            probe.bind((address, 0))
    except OSError:
        return None
    return address


def wait_until(predicate: Callable[[], Any], timeout: float, step: float = 0.02) -> Any:
    """Poll ``predicate`` until truthy (returned); AssertionError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout} s: {predicate}")
        time.sleep(step)


def signed_request(
    key: Any,
    replica: str,
    hub_id: str,
    method: str,
    path: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> tuple[bytes, bytes]:
    """(head, body) of a correctly signed HTTP/1.1 request, ``Content-Length`` included."""
    signed = sign_request(key, replica, hub_id, method, path, body, int(time.time()))
    lines = [f"{method} {path} HTTP/1.1", "Host: hub"]
    lines += [f"{k}: {v}" for k, v in {**signed, **(headers or {})}.items()]
    if body or method in ("POST", "PUT"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"), body


def parse_answer(raw: bytes) -> tuple[int, dict[str, Any] | None]:
    """(status, JSON body or None) of a raw HTTP answer; status 0 when there is none."""
    if not raw.startswith(b"HTTP/1.1 "):
        return 0, None
    status = int(raw[9:12])
    _, _, body = raw.partition(b"\r\n\r\n")
    try:
        return status, json.loads(body)
    except ValueError:
        return status, None


class RawClient:
    """One TCP connection to the hub, written byte by byte as a test wants.

    Args:
        url: the hub's base URL.
        source: the local address to connect from.
        rcvbuf: a receive buffer size to set before connecting (a client that reads slowly).
    """

    def __init__(self, url: str, source: str = "127.0.0.1", rcvbuf: int | None = None) -> None:
        parts = urlsplit(url)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf is not None:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        self.sock.bind((source, 0))
        self.sock.settimeout(5)
        self.sock.connect((parts.hostname or "127.0.0.1", parts.port or 80))
        self.opened = time.monotonic()
        self.received = b""

    def send(self, data: bytes) -> bool:
        """Send bytes; False when the hub has closed the connection."""
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def poll_closed(self) -> bool:
        """Read what has arrived without waiting; True once the hub has closed."""
        while True:
            ready, _, _ = select.select([self.sock], [], [], 0)
            if not ready:
                return False
            try:
                data = self.sock.recv(65536)
            except OSError:
                return True
            if not data:
                return True
            self.received += data

    def wait_closed(self, timeout: float) -> float:
        """Wait until the hub closes the connection; return the connection's age then.

        Raises:
            AssertionError: still open after ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        while not self.poll_closed():
            if time.monotonic() > deadline:
                raise AssertionError(f"the hub kept the connection open for {timeout} s")
            select.select([self.sock], [], [], 0.02)
        return time.monotonic() - self.opened

    def answer(self) -> tuple[int, dict[str, Any] | None]:
        """The hub's answer received so far."""
        return parse_answer(self.received)

    def close(self) -> None:
        """Close the socket."""
        with contextlib.suppress(OSError):
            self.sock.close()


@dataclass
class AttackStats:
    """What one attacker saw.

    Attributes:
        opened: connections opened.
        cut: connections the hub closed.
        longest: longest life of a connection the hub closed (seconds).
        statuses: HTTP statuses of the hub's answers on the cut connections (0: none).
    """

    opened: int = 0
    cut: int = 0
    longest: float = 0.0
    statuses: dict[int, int] = field(default_factory=dict)


class Attacker(threading.Thread):
    """Keeps ``count`` connections from ``source`` stalled; reconnects each one the hub cuts.

    Modes: ``silent`` sends nothing; ``headers`` sends a request line and then one header
    byte every ``interval`` (never finishing); ``body`` sends the complete head from
    ``request()`` and then its body one byte every ``interval``.

    Args:
        url: the hub's base URL.
        source: local address to connect from.
        count: connections kept.
        mode: ``silent``, ``headers`` or ``body``.
        interval: seconds between trickled bytes (and between reconnects of one slot).
        request: for ``body``: returns a fresh (head, body).
    """

    def __init__(
        self,
        url: str,
        source: str,
        count: int,
        mode: str,
        interval: float = 0.2,
        request: Callable[[], tuple[bytes, bytes]] | None = None,
    ) -> None:
        super().__init__(daemon=True, name=f"attacker-{mode}-{source}")
        self.url, self.source, self.count, self.mode = url, source, count, mode
        self.interval, self.request = interval, request
        self.stats = AttackStats()
        self._stop_event = threading.Event()
        self._slots: list[tuple[RawClient, bytes] | None] = [None] * count

    def run(self) -> None:
        while not self._stop_event.is_set():
            for i in range(self.count):
                self._tend(i)
            self._stop_event.wait(self.interval)
        for slot in self._slots:
            if slot is not None:
                slot[0].close()

    def stop(self) -> AttackStats:
        """Stop, close every connection and return the stats."""
        self._stop_event.set()
        self.join(timeout=10)
        return self.stats

    def _tend(self, i: int) -> None:
        slot = self._slots[i]
        if slot is None:
            try:
                client = RawClient(self.url, self.source)
            except OSError:
                return
            self.stats.opened += 1
            rest = self._open(client)
            self._slots[i] = (client, rest)
            return
        client, rest = slot
        if client.poll_closed() or (rest and not client.send(rest[:1])):
            self._cut(i, client)
            return
        self._slots[i] = (client, rest[1:]) if rest else (client, rest)

    def _open(self, client: RawClient) -> bytes:
        if self.mode == "silent":
            return b""
        if self.mode == "headers":
            client.send(b"PUT /photos/" + b"ab" * 32 + b"?offset=0&total=10 HTTP/1.1\r\n")
            return b"X-Slow: " + b"z" * 100_000  # never ends before the deadline
        assert self.request is not None
        head, body = self.request()
        client.send(head)
        return body

    def _cut(self, i: int, client: RawClient) -> None:
        life = time.monotonic() - client.opened
        self.stats.cut += 1
        self.stats.longest = max(self.stats.longest, life)
        status, _ = client.answer()
        self.stats.statuses[status] = self.stats.statuses.get(status, 0) + 1
        client.close()
        self._slots[i] = None

    def oldest_open(self) -> float:
        """Age of the oldest connection still open (0 when none)."""
        now = time.monotonic()
        ages = [now - slot[0].opened for slot in self._slots if slot is not None]
        return max(ages, default=0.0)
