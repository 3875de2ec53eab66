"""Hybrid logical clock (Kulkarni et al., 2014) for ordering ops across replicas.

A timestamp is wall-clock milliseconds since the Unix epoch (UTC) plus a counter that breaks
ties; its text form ``"0001733000000000-0000"`` sorts as the clock does. The clock orders
history; it never decides a conflict.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Hlc:
    """One hybrid-logical-clock timestamp: ``wall_ms`` (UTC milliseconds) and a ``counter``."""

    wall_ms: int
    counter: int = 0

    def __str__(self) -> str:
        return f"{self.wall_ms:016d}-{self.counter:04d}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        """Parse the text form; raises ``ValueError`` when it is not ``NNNN…-NNNN``."""
        if not isinstance(text, str) or not _HLC_TEXT.fullmatch(text):
            raise ValueError(f"not a hybrid logical clock timestamp: {str(text)[:40]!r}")
        wall, _, counter = text.partition("-")
        return cls(int(wall), int(counter))


_HLC_TEXT = re.compile(r"[0-9]{1,16}-[0-9]{1,8}")  # ASCII digits only (not "²"), bounded


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """A replica's clock: every :meth:`tick` is later than every timestamp it has seen."""

    def __init__(self, last: Hlc | None = None, now_ms: Callable[[], int] = _now_ms) -> None:
        """Start after ``last`` (the store's newest timestamp); read time from ``now_ms``."""
        self._last = last or Hlc(0, 0)
        self._now_ms = now_ms

    @property
    def last(self) -> Hlc:
        """The newest timestamp issued or observed."""
        return self._last

    def observe(self, seen: Hlc) -> None:
        """Note a timestamp already in the store, so later ticks come after it."""
        self._last = max(self._last, seen)

    def tick(self) -> Hlc:
        """Return a new timestamp for a local event."""
        now = self._now_ms()
        if now > self._last.wall_ms:
            self._last = Hlc(now, 0)
        else:
            self._last = Hlc(self._last.wall_ms, self._last.counter + 1)
        return self._last
