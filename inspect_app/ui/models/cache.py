"""A small least-recently-used cache of records, shared by the lazy item models."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class RecordCache(Generic[T]):
    """Keeps at most ``size`` records fetched by id.

    Args:
        fetch: loads one record by id (a read query on the GUI thread's connection).
        size: how many records to keep.
    """

    def __init__(self, fetch: Callable[[str], T], size: int = 256) -> None:
        self._fetch = fetch
        self._size = size
        self._items: OrderedDict[str, T] = OrderedDict()

    def get(self, record_id: str) -> T:
        """Return the record, fetching it on a miss."""
        if record_id in self._items:
            self._items.move_to_end(record_id)
            return self._items[record_id]
        record = self._fetch(record_id)
        self._items[record_id] = record
        if len(self._items) > self._size:
            self._items.popitem(last=False)
        return record

    def forget(self, record_id: str) -> None:
        """Drop one record so the next :meth:`get` re-reads it."""
        self._items.pop(record_id, None)

    def clear(self) -> None:
        """Drop every record."""
        self._items.clear()
